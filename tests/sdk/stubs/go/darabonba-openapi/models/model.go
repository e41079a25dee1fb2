// Mirrors aliyun/darabonba-openapi, golang/models/model.go (commit 916d034a), the package
// github.com/alibabacloud-go/darabonba-openapi/v2/models. Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the embedded dara.Model, the fields of types from other modules (Credential,
// GlobalParameters, RetryOptions, HttpClient), the Get*/Set* methods, GlobalParameters,
// Params and OpenApiRequest.

package models

// Model for initing client
type Config struct {
	AccessKeyId          *string `json:"accessKeyId,omitempty" xml:"accessKeyId,omitempty"`
	AccessKeySecret      *string `json:"accessKeySecret,omitempty" xml:"accessKeySecret,omitempty"`
	SecurityToken        *string `json:"securityToken,omitempty" xml:"securityToken,omitempty"`
	BearerToken          *string `json:"bearerToken,omitempty" xml:"bearerToken,omitempty"`
	Protocol             *string `json:"protocol,omitempty" xml:"protocol,omitempty"`
	Method               *string `json:"method,omitempty" xml:"method,omitempty"`
	RegionId             *string `json:"regionId,omitempty" xml:"regionId,omitempty"`
	ReadTimeout          *int    `json:"readTimeout,omitempty" xml:"readTimeout,omitempty"`
	ConnectTimeout       *int    `json:"connectTimeout,omitempty" xml:"connectTimeout,omitempty"`
	IdleTimeout          *int    `json:"idleTimeout,omitempty" xml:"idleTimeout,omitempty"`
	HttpProxy            *string `json:"httpProxy,omitempty" xml:"httpProxy,omitempty"`
	HttpsProxy           *string `json:"httpsProxy,omitempty" xml:"httpsProxy,omitempty"`
	Endpoint             *string `json:"endpoint,omitempty" xml:"endpoint,omitempty"`
	NoProxy              *string `json:"noProxy,omitempty" xml:"noProxy,omitempty"`
	MaxIdleConns         *int    `json:"maxIdleConns,omitempty" xml:"maxIdleConns,omitempty"`
	Network              *string `json:"network,omitempty" xml:"network,omitempty"`
	UserAgent            *string `json:"userAgent,omitempty" xml:"userAgent,omitempty"`
	Suffix               *string `json:"suffix,omitempty" xml:"suffix,omitempty"`
	Socks5Proxy          *string `json:"socks5Proxy,omitempty" xml:"socks5Proxy,omitempty"`
	Socks5NetWork        *string `json:"socks5NetWork,omitempty" xml:"socks5NetWork,omitempty"`
	EndpointType         *string `json:"endpointType,omitempty" xml:"endpointType,omitempty"`
	OpenPlatformEndpoint *string `json:"openPlatformEndpoint,omitempty" xml:"openPlatformEndpoint,omitempty"`
	Type                 *string `json:"type,omitempty" xml:"type,omitempty"`
	SignatureVersion     *string `json:"signatureVersion,omitempty" xml:"signatureVersion,omitempty"`
	SignatureAlgorithm   *string `json:"signatureAlgorithm,omitempty" xml:"signatureAlgorithm,omitempty"`
	Key                  *string `json:"key,omitempty" xml:"key,omitempty"`
	Cert                 *string `json:"cert,omitempty" xml:"cert,omitempty"`
	Ca                   *string `json:"ca,omitempty" xml:"ca,omitempty"`
	DisableHttp2         *bool   `json:"disableHttp2,omitempty" xml:"disableHttp2,omitempty"`
	TlsMinVersion        *string `json:"tlsMinVersion,omitempty" xml:"tlsMinVersion,omitempty"`
	Ipv4Only             *bool   `json:"ipv4Only,omitempty" xml:"ipv4Only,omitempty"`
}
