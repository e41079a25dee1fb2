// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Models/DeleteSslVpnServerRequest.cs
// (commit 260bebb1). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class and the [NameInMap]/[Validation] attributes.
namespace AlibabaCloud.SDK.Vpc20160428.Models
{
    public class DeleteSslVpnServerRequest {
        public string ClientToken { get; set; }
        public string OwnerAccount { get; set; }
        public long? OwnerId { get; set; }
        public string RegionId { get; set; }
        public string ResourceOwnerAccount { get; set; }
        public long? ResourceOwnerId { get; set; }
        public string SslVpnServerId { get; set; }
    }
}
