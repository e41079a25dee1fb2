// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/modify_ssl_vpn_server_response_model.go
// (same generated shape as create_ssl_vpn_server_response_model.go at 3617f88b). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get*/Set* methods and Validate.

package client

type ModifySslVpnServerResponse struct {
	Headers    map[string]*string              `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                          `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *ModifySslVpnServerResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}
