// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/create_ssl_vpn_server_request_model.go
// (commit 243d18ea, module github.com/alibabacloud-go/vpc-20160428/v7). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get* methods and Validate.

package client

type CreateSslVpnServerRequest struct {
	Cipher                *string `json:"Cipher,omitempty" xml:"Cipher,omitempty"`
	ClientIpPool          *string `json:"ClientIpPool,omitempty" xml:"ClientIpPool,omitempty"`
	ClientToken           *string `json:"ClientToken,omitempty" xml:"ClientToken,omitempty"`
	Compress              *bool   `json:"Compress,omitempty" xml:"Compress,omitempty"`
	DnsServers            *string `json:"DnsServers,omitempty" xml:"DnsServers,omitempty"`
	DryRun                *bool   `json:"DryRun,omitempty" xml:"DryRun,omitempty"`
	EnableMultiFactorAuth *bool   `json:"EnableMultiFactorAuth,omitempty" xml:"EnableMultiFactorAuth,omitempty"`
	IDaaSApplicationId    *string `json:"IDaaSApplicationId,omitempty" xml:"IDaaSApplicationId,omitempty"`
	IDaaSInstanceId       *string `json:"IDaaSInstanceId,omitempty" xml:"IDaaSInstanceId,omitempty"`
	IDaaSRegionId         *string `json:"IDaaSRegionId,omitempty" xml:"IDaaSRegionId,omitempty"`
	LocalSubnet           *string `json:"LocalSubnet,omitempty" xml:"LocalSubnet,omitempty"`
	Name                  *string `json:"Name,omitempty" xml:"Name,omitempty"`
	OwnerAccount          *string `json:"OwnerAccount,omitempty" xml:"OwnerAccount,omitempty"`
	OwnerId               *int64  `json:"OwnerId,omitempty" xml:"OwnerId,omitempty"`
	Port                  *int32  `json:"Port,omitempty" xml:"Port,omitempty"`
	Proto                 *string `json:"Proto,omitempty" xml:"Proto,omitempty"`
	RegionId              *string `json:"RegionId,omitempty" xml:"RegionId,omitempty"`
	ResourceOwnerAccount  *string `json:"ResourceOwnerAccount,omitempty" xml:"ResourceOwnerAccount,omitempty"`
	ResourceOwnerId       *int64  `json:"ResourceOwnerId,omitempty" xml:"ResourceOwnerId,omitempty"`
	VpnGatewayId          *string `json:"VpnGatewayId,omitempty" xml:"VpnGatewayId,omitempty"`
}

func (s *CreateSslVpnServerRequest) SetCipher(v string) *CreateSslVpnServerRequest {
	s.Cipher = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetClientIpPool(v string) *CreateSslVpnServerRequest {
	s.ClientIpPool = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetClientToken(v string) *CreateSslVpnServerRequest {
	s.ClientToken = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetCompress(v bool) *CreateSslVpnServerRequest {
	s.Compress = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetDnsServers(v string) *CreateSslVpnServerRequest {
	s.DnsServers = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetDryRun(v bool) *CreateSslVpnServerRequest {
	s.DryRun = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetEnableMultiFactorAuth(v bool) *CreateSslVpnServerRequest {
	s.EnableMultiFactorAuth = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetIDaaSApplicationId(v string) *CreateSslVpnServerRequest {
	s.IDaaSApplicationId = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetIDaaSInstanceId(v string) *CreateSslVpnServerRequest {
	s.IDaaSInstanceId = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetIDaaSRegionId(v string) *CreateSslVpnServerRequest {
	s.IDaaSRegionId = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetLocalSubnet(v string) *CreateSslVpnServerRequest {
	s.LocalSubnet = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetName(v string) *CreateSslVpnServerRequest {
	s.Name = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetOwnerAccount(v string) *CreateSslVpnServerRequest {
	s.OwnerAccount = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetOwnerId(v int64) *CreateSslVpnServerRequest {
	s.OwnerId = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetPort(v int32) *CreateSslVpnServerRequest {
	s.Port = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetProto(v string) *CreateSslVpnServerRequest {
	s.Proto = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetRegionId(v string) *CreateSslVpnServerRequest {
	s.RegionId = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetResourceOwnerAccount(v string) *CreateSslVpnServerRequest {
	s.ResourceOwnerAccount = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetResourceOwnerId(v int64) *CreateSslVpnServerRequest {
	s.ResourceOwnerId = &v
	return s
}

func (s *CreateSslVpnServerRequest) SetVpnGatewayId(v string) *CreateSslVpnServerRequest {
	s.VpnGatewayId = &v
	return s
}
