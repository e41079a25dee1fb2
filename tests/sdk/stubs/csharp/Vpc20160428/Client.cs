// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Client.cs (commit 0072c262; NuGet
// AlibabaCloud.SDK.Vpc20160428): the constructor and, for the four SSL-VPN server operations,
// XxxWithOptions(request, AlibabaCloud.TeaUtil.Models.RuntimeOptions) and Xxx(request).
// CreateSslVpnServer's were read there; the other three follow the same generated pattern
// (read for them in the Java SDK, not one by one in this file).
// Stub for compile/run checks of generated snippets: instead of calling the API, each
// operation records the request and the Config (SdkStub.Recorder, not part of the SDK) and
// returns a fixed response.
// Not mirrored: the Async variants, the endpoint map, GetEndpoint and every other operation.
using AlibabaCloud.SDK.Vpc20160428.Models;

namespace AlibabaCloud.SDK.Vpc20160428
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config): base(config)
        {
        }

        public CreateSslVpnServerResponse CreateSslVpnServerWithOptions(CreateSslVpnServerRequest request, AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime)
        {
            SdkStub.Recorder.Record("CreateSslVpnServer", stubConfig, request);
            return new CreateSslVpnServerResponse { StatusCode = 200, Body = SdkStub.Recorder.Body(new CreateSslVpnServerResponseBody()) };
        }

        public CreateSslVpnServerResponse CreateSslVpnServer(CreateSslVpnServerRequest request)
        {
            AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime = new AlibabaCloud.TeaUtil.Models.RuntimeOptions();
            return CreateSslVpnServerWithOptions(request, runtime);
        }

        public ModifySslVpnServerResponse ModifySslVpnServerWithOptions(ModifySslVpnServerRequest request, AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime)
        {
            SdkStub.Recorder.Record("ModifySslVpnServer", stubConfig, request);
            return new ModifySslVpnServerResponse { StatusCode = 200, Body = SdkStub.Recorder.Body(new ModifySslVpnServerResponseBody()) };
        }

        public ModifySslVpnServerResponse ModifySslVpnServer(ModifySslVpnServerRequest request)
        {
            AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime = new AlibabaCloud.TeaUtil.Models.RuntimeOptions();
            return ModifySslVpnServerWithOptions(request, runtime);
        }

        public DeleteSslVpnServerResponse DeleteSslVpnServerWithOptions(DeleteSslVpnServerRequest request, AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime)
        {
            SdkStub.Recorder.Record("DeleteSslVpnServer", stubConfig, request);
            return new DeleteSslVpnServerResponse { StatusCode = 200, Body = SdkStub.Recorder.Body(new DeleteSslVpnServerResponseBody()) };
        }

        public DeleteSslVpnServerResponse DeleteSslVpnServer(DeleteSslVpnServerRequest request)
        {
            AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime = new AlibabaCloud.TeaUtil.Models.RuntimeOptions();
            return DeleteSslVpnServerWithOptions(request, runtime);
        }

        public DescribeSslVpnServersResponse DescribeSslVpnServersWithOptions(DescribeSslVpnServersRequest request, AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime)
        {
            SdkStub.Recorder.Record("DescribeSslVpnServers", stubConfig, request);
            return new DescribeSslVpnServersResponse { StatusCode = 200, Body = SdkStub.Recorder.Body(new DescribeSslVpnServersResponseBody()) };
        }

        public DescribeSslVpnServersResponse DescribeSslVpnServers(DescribeSslVpnServersRequest request)
        {
            AlibabaCloud.TeaUtil.Models.RuntimeOptions runtime = new AlibabaCloud.TeaUtil.Models.RuntimeOptions();
            return DescribeSslVpnServersWithOptions(request, runtime);
        }
    }
}
