// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/create_ssl_vpn_server_response_body_model.go
// (commit 243d18ea). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get* methods and Validate.

package client

type CreateSslVpnServerResponseBody struct {
	Name           *string `json:"Name,omitempty" xml:"Name,omitempty"`
	RequestId      *string `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
	SslVpnServerId *string `json:"SslVpnServerId,omitempty" xml:"SslVpnServerId,omitempty"`
}

func (s *CreateSslVpnServerResponseBody) SetName(v string) *CreateSslVpnServerResponseBody {
	s.Name = &v
	return s
}

func (s *CreateSslVpnServerResponseBody) SetRequestId(v string) *CreateSslVpnServerResponseBody {
	s.RequestId = &v
	return s
}

func (s *CreateSslVpnServerResponseBody) SetSslVpnServerId(v string) *CreateSslVpnServerResponseBody {
	s.SslVpnServerId = &v
	return s
}
