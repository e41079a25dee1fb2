// Mirrors aliyun/darabonba-openapi, csharp/core/Models/Config.cs
// (commit 09ed68f4; NuGet AlibabaCloud.OpenApiClient). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the Darabonba.Model base class, the [NameInMap]/[Validation] attributes, and
// the properties of types from other packages: Credential (Aliyun.Credentials.Client),
// GlobalParameters and RetryOptions. Type is [Obsolete] there too.
namespace AlibabaCloud.OpenApiClient.Models
{
    public class Config {
        public string AccessKeyId { get; set; }
        public string AccessKeySecret { get; set; }
        public string SecurityToken { get; set; }
        public string BearerToken { get; set; }
        public string Protocol { get; set; }
        public string Method { get; set; }
        public string RegionId { get; set; }
        public int? ReadTimeout { get; set; }
        public int? ConnectTimeout { get; set; }
        public string HttpProxy { get; set; }
        public string HttpsProxy { get; set; }
        public string Endpoint { get; set; }
        public string NoProxy { get; set; }
        public int? MaxIdleConns { get; set; }
        public string Network { get; set; }
        public string UserAgent { get; set; }
        public string Suffix { get; set; }
        public string Socks5Proxy { get; set; }
        public string Socks5NetWork { get; set; }
        public string EndpointType { get; set; }
        public string OpenPlatformEndpoint { get; set; }
        [System.Obsolete]
        public string Type { get; set; }
        public string SignatureVersion { get; set; }
        public string SignatureAlgorithm { get; set; }
        public string Key { get; set; }
        public string Cert { get; set; }
        public string Ca { get; set; }
        public bool? DisableHttp2 { get; set; }
        public string TlsMinVersion { get; set; }
    }
}
