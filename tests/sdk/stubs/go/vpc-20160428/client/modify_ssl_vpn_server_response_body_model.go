// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/modify_ssl_vpn_server_response_body_model.go
// (commit 243d18ea). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get* methods and Validate.

package client

type ModifySslVpnServerResponseBody struct {
	Cipher                *string `json:"Cipher,omitempty" xml:"Cipher,omitempty"`
	ClientIpPool          *string `json:"ClientIpPool,omitempty" xml:"ClientIpPool,omitempty"`
	Compress              *bool   `json:"Compress,omitempty" xml:"Compress,omitempty"`
	Connections           *int32  `json:"Connections,omitempty" xml:"Connections,omitempty"`
	CreateTime            *int64  `json:"CreateTime,omitempty" xml:"CreateTime,omitempty"`
	EnableMultiFactorAuth *bool   `json:"EnableMultiFactorAuth,omitempty" xml:"EnableMultiFactorAuth,omitempty"`
	IDaaSApplicationId    *string `json:"IDaaSApplicationId,omitempty" xml:"IDaaSApplicationId,omitempty"`
	IDaaSInstanceId       *string `json:"IDaaSInstanceId,omitempty" xml:"IDaaSInstanceId,omitempty"`
	IDaaSInstanceVersion  *string `json:"IDaaSInstanceVersion,omitempty" xml:"IDaaSInstanceVersion,omitempty"`
	InternetIp            *string `json:"InternetIp,omitempty" xml:"InternetIp,omitempty"`
	LocalSubnet           *string `json:"LocalSubnet,omitempty" xml:"LocalSubnet,omitempty"`
	MaxConnections        *int32  `json:"MaxConnections,omitempty" xml:"MaxConnections,omitempty"`
	Name                  *string `json:"Name,omitempty" xml:"Name,omitempty"`
	Port                  *int32  `json:"Port,omitempty" xml:"Port,omitempty"`
	Proto                 *string `json:"Proto,omitempty" xml:"Proto,omitempty"`
	RegionId              *string `json:"RegionId,omitempty" xml:"RegionId,omitempty"`
	RequestId             *string `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
	ResourceGroupId       *string `json:"ResourceGroupId,omitempty" xml:"ResourceGroupId,omitempty"`
	SslVpnServerId        *string `json:"SslVpnServerId,omitempty" xml:"SslVpnServerId,omitempty"`
	VpnGatewayId          *string `json:"VpnGatewayId,omitempty" xml:"VpnGatewayId,omitempty"`
}

func (s *ModifySslVpnServerResponseBody) SetCipher(v string) *ModifySslVpnServerResponseBody {
	s.Cipher = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetClientIpPool(v string) *ModifySslVpnServerResponseBody {
	s.ClientIpPool = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetCompress(v bool) *ModifySslVpnServerResponseBody {
	s.Compress = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetConnections(v int32) *ModifySslVpnServerResponseBody {
	s.Connections = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetCreateTime(v int64) *ModifySslVpnServerResponseBody {
	s.CreateTime = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetEnableMultiFactorAuth(v bool) *ModifySslVpnServerResponseBody {
	s.EnableMultiFactorAuth = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetIDaaSApplicationId(v string) *ModifySslVpnServerResponseBody {
	s.IDaaSApplicationId = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetIDaaSInstanceId(v string) *ModifySslVpnServerResponseBody {
	s.IDaaSInstanceId = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetIDaaSInstanceVersion(v string) *ModifySslVpnServerResponseBody {
	s.IDaaSInstanceVersion = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetInternetIp(v string) *ModifySslVpnServerResponseBody {
	s.InternetIp = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetLocalSubnet(v string) *ModifySslVpnServerResponseBody {
	s.LocalSubnet = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetMaxConnections(v int32) *ModifySslVpnServerResponseBody {
	s.MaxConnections = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetName(v string) *ModifySslVpnServerResponseBody {
	s.Name = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetPort(v int32) *ModifySslVpnServerResponseBody {
	s.Port = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetProto(v string) *ModifySslVpnServerResponseBody {
	s.Proto = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetRegionId(v string) *ModifySslVpnServerResponseBody {
	s.RegionId = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetRequestId(v string) *ModifySslVpnServerResponseBody {
	s.RequestId = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetResourceGroupId(v string) *ModifySslVpnServerResponseBody {
	s.ResourceGroupId = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetSslVpnServerId(v string) *ModifySslVpnServerResponseBody {
	s.SslVpnServerId = &v
	return s
}

func (s *ModifySslVpnServerResponseBody) SetVpnGatewayId(v string) *ModifySslVpnServerResponseBody {
	s.VpnGatewayId = &v
	return s
}
