// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Models/DescribeSslVpnServersRequest.cs
// (commit 1363c06c). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class and the [NameInMap]/[Validation] attributes.
namespace AlibabaCloud.SDK.Vpc20160428.Models
{
    public class DescribeSslVpnServersRequest {
        public string Name { get; set; }
        public string OwnerAccount { get; set; }
        public long? OwnerId { get; set; }
        public int? PageNumber { get; set; }
        public int? PageSize { get; set; }
        public string RegionId { get; set; }
        public string ResourceGroupId { get; set; }
        public string ResourceOwnerAccount { get; set; }
        public long? ResourceOwnerId { get; set; }
        public string SslVpnServerId { get; set; }
        public string VpnGatewayId { get; set; }
    }
}
