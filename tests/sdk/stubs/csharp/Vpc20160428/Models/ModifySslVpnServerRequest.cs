// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Models/ModifySslVpnServerRequest.cs
// (newest stored copy, with DnsServers and DryRun; the copy at 1363c06c lacks those two). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class and the [NameInMap]/[Validation] attributes.
namespace AlibabaCloud.SDK.Vpc20160428.Models
{
    public class ModifySslVpnServerRequest {
        public string Cipher { get; set; }
        public string ClientIpPool { get; set; }
        public string ClientToken { get; set; }
        public bool? Compress { get; set; }
        public string DnsServers { get; set; }
        public bool? DryRun { get; set; }
        public bool? EnableMultiFactorAuth { get; set; }
        public string IDaaSApplicationId { get; set; }
        public string IDaaSInstanceId { get; set; }
        public string IDaaSRegionId { get; set; }
        public string LocalSubnet { get; set; }
        public string Name { get; set; }
        public string OwnerAccount { get; set; }
        public long? OwnerId { get; set; }
        public int? Port { get; set; }
        public string Proto { get; set; }
        public string RegionId { get; set; }
        public string ResourceOwnerAccount { get; set; }
        public long? ResourceOwnerId { get; set; }
        public string SslVpnServerId { get; set; }
    }
}
