// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Models/ModifySslVpnServerResponseBody.cs
// (commit 1363c06c). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class and the [NameInMap]/[Validation] attributes.
namespace AlibabaCloud.SDK.Vpc20160428.Models
{
    public class ModifySslVpnServerResponseBody {
        public string Cipher { get; set; }
        public string ClientIpPool { get; set; }
        public bool? Compress { get; set; }
        public int? Connections { get; set; }
        public long? CreateTime { get; set; }
        public bool? EnableMultiFactorAuth { get; set; }
        public string IDaaSApplicationId { get; set; }
        public string IDaaSInstanceId { get; set; }
        public string IDaaSInstanceVersion { get; set; }
        public string InternetIp { get; set; }
        public string LocalSubnet { get; set; }
        public int? MaxConnections { get; set; }
        public string Name { get; set; }
        public int? Port { get; set; }
        public string Proto { get; set; }
        public string RegionId { get; set; }
        public string RequestId { get; set; }
        public string ResourceGroupId { get; set; }
        public string SslVpnServerId { get; set; }
        public string VpnGatewayId { get; set; }
    }
}
