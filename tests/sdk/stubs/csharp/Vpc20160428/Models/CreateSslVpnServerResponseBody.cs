// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Models/CreateSslVpnServerResponseBody.cs
// (stored copy: Name, RequestId, SslVpnServerId). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class and the [NameInMap]/[Validation] attributes.
namespace AlibabaCloud.SDK.Vpc20160428.Models
{
    public class CreateSslVpnServerResponseBody {
        public string Name { get; set; }
        public string RequestId { get; set; }
        public string SslVpnServerId { get; set; }
    }
}
