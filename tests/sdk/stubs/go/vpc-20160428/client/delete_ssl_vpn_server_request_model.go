// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/delete_ssl_vpn_server_request_model.go
// (commit 243d18ea). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get* methods and Validate.

package client

type DeleteSslVpnServerRequest struct {
	ClientToken          *string `json:"ClientToken,omitempty" xml:"ClientToken,omitempty"`
	OwnerAccount         *string `json:"OwnerAccount,omitempty" xml:"OwnerAccount,omitempty"`
	OwnerId              *int64  `json:"OwnerId,omitempty" xml:"OwnerId,omitempty"`
	RegionId             *string `json:"RegionId,omitempty" xml:"RegionId,omitempty"`
	ResourceOwnerAccount *string `json:"ResourceOwnerAccount,omitempty" xml:"ResourceOwnerAccount,omitempty"`
	ResourceOwnerId      *int64  `json:"ResourceOwnerId,omitempty" xml:"ResourceOwnerId,omitempty"`
	SslVpnServerId       *string `json:"SslVpnServerId,omitempty" xml:"SslVpnServerId,omitempty"`
}

func (s *DeleteSslVpnServerRequest) SetClientToken(v string) *DeleteSslVpnServerRequest {
	s.ClientToken = &v
	return s
}

func (s *DeleteSslVpnServerRequest) SetOwnerAccount(v string) *DeleteSslVpnServerRequest {
	s.OwnerAccount = &v
	return s
}

func (s *DeleteSslVpnServerRequest) SetOwnerId(v int64) *DeleteSslVpnServerRequest {
	s.OwnerId = &v
	return s
}

func (s *DeleteSslVpnServerRequest) SetRegionId(v string) *DeleteSslVpnServerRequest {
	s.RegionId = &v
	return s
}

func (s *DeleteSslVpnServerRequest) SetResourceOwnerAccount(v string) *DeleteSslVpnServerRequest {
	s.ResourceOwnerAccount = &v
	return s
}

func (s *DeleteSslVpnServerRequest) SetResourceOwnerId(v int64) *DeleteSslVpnServerRequest {
	s.ResourceOwnerId = &v
	return s
}

func (s *DeleteSslVpnServerRequest) SetSslVpnServerId(v string) *DeleteSslVpnServerRequest {
	s.SslVpnServerId = &v
	return s
}
