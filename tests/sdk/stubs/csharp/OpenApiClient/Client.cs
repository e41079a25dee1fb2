// Mirrors the base class of the VPC client: aliyun/darabonba-openapi, csharp/core/Client.cs
// (NuGet AlibabaCloud.OpenApiClient), as the VPC client uses it
// (`public class Client : AlibabaCloud.OpenApiClient.Client`, `: base(config)` in
// aliyun/alibabacloud-csharp-sdk vpc-20160428/core/Client.cs at 0072c262).
// Stub for compile/run checks of generated snippets: only a constructor that takes the
// Config; none of its members are mirrored (the stub keeps the Config in a field of its own).
namespace AlibabaCloud.OpenApiClient
{
    public class Client
    {
        internal readonly AlibabaCloud.OpenApiClient.Models.Config stubConfig;

        public Client(AlibabaCloud.OpenApiClient.Models.Config config)
        {
            stubConfig = config;
        }
    }
}
