// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/delete_ssl_vpn_server_response_body_model.go
// (commit 3617f88b). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get* methods and Validate.

package client

type DeleteSslVpnServerResponseBody struct {
	RequestId *string `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s *DeleteSslVpnServerResponseBody) SetRequestId(v string) *DeleteSslVpnServerResponseBody {
	s.RequestId = &v
	return s
}
