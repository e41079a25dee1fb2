// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/describe_ssl_vpn_servers_response_body_model.go
// (commit 243d18ea). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get* methods and Validate.

package client

type DescribeSslVpnServersResponseBody struct {
	PageNumber    *int32                                          `json:"PageNumber,omitempty" xml:"PageNumber,omitempty"`
	PageSize      *int32                                          `json:"PageSize,omitempty" xml:"PageSize,omitempty"`
	RequestId     *string                                         `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
	SslVpnServers *DescribeSslVpnServersResponseBodySslVpnServers `json:"SslVpnServers,omitempty" xml:"SslVpnServers,omitempty"`
	TotalCount    *int32                                          `json:"TotalCount,omitempty" xml:"TotalCount,omitempty"`
}

func (s *DescribeSslVpnServersResponseBody) SetPageNumber(v int32) *DescribeSslVpnServersResponseBody {
	s.PageNumber = &v
	return s
}

func (s *DescribeSslVpnServersResponseBody) SetPageSize(v int32) *DescribeSslVpnServersResponseBody {
	s.PageSize = &v
	return s
}

func (s *DescribeSslVpnServersResponseBody) SetRequestId(v string) *DescribeSslVpnServersResponseBody {
	s.RequestId = &v
	return s
}

func (s *DescribeSslVpnServersResponseBody) SetTotalCount(v int32) *DescribeSslVpnServersResponseBody {
	s.TotalCount = &v
	return s
}

func (s *DescribeSslVpnServersResponseBody) SetSslVpnServers(v *DescribeSslVpnServersResponseBodySslVpnServers) *DescribeSslVpnServersResponseBody {
	s.SslVpnServers = v
	return s
}

type DescribeSslVpnServersResponseBodySslVpnServers struct {
	SslVpnServer []*DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer `json:"SslVpnServer,omitempty" xml:"SslVpnServer,omitempty" type:"Repeated"`
}

func (s *DescribeSslVpnServersResponseBodySslVpnServers) SetSslVpnServer(v []*DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) *DescribeSslVpnServersResponseBodySslVpnServers {
	s.SslVpnServer = v
	return s
}

type DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer struct {
	Cipher                *string `json:"Cipher,omitempty" xml:"Cipher,omitempty"`
	ClientIpPool          *string `json:"ClientIpPool,omitempty" xml:"ClientIpPool,omitempty"`
	Compress              *bool   `json:"Compress,omitempty" xml:"Compress,omitempty"`
	Connections           *int32  `json:"Connections,omitempty" xml:"Connections,omitempty"`
	CreateTime            *int64  `json:"CreateTime,omitempty" xml:"CreateTime,omitempty"`
	DnsServers            *string `json:"DnsServers,omitempty" xml:"DnsServers,omitempty"`
	EnableMultiFactorAuth *bool   `json:"EnableMultiFactorAuth,omitempty" xml:"EnableMultiFactorAuth,omitempty"`
	IDaaSApplicationId    *string `json:"IDaaSApplicationId,omitempty" xml:"IDaaSApplicationId,omitempty"`
	IDaaSInstanceId       *string `json:"IDaaSInstanceId,omitempty" xml:"IDaaSInstanceId,omitempty"`
	IDaaSInstanceVersion  *string `json:"IDaaSInstanceVersion,omitempty" xml:"IDaaSInstanceVersion,omitempty"`
	IDaaSRegionId         *string `json:"IDaaSRegionId,omitempty" xml:"IDaaSRegionId,omitempty"`
	InternetIp            *string `json:"InternetIp,omitempty" xml:"InternetIp,omitempty"`
	LocalSubnet           *string `json:"LocalSubnet,omitempty" xml:"LocalSubnet,omitempty"`
	MaxConnections        *int32  `json:"MaxConnections,omitempty" xml:"MaxConnections,omitempty"`
	Name                  *string `json:"Name,omitempty" xml:"Name,omitempty"`
	Port                  *int32  `json:"Port,omitempty" xml:"Port,omitempty"`
	Proto                 *string `json:"Proto,omitempty" xml:"Proto,omitempty"`
	RegionId              *string `json:"RegionId,omitempty" xml:"RegionId,omitempty"`
	ResourceGroupId       *string `json:"ResourceGroupId,omitempty" xml:"ResourceGroupId,omitempty"`
	SslVpnServerId        *string `json:"SslVpnServerId,omitempty" xml:"SslVpnServerId,omitempty"`
	VpnGatewayId          *string `json:"VpnGatewayId,omitempty" xml:"VpnGatewayId,omitempty"`
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetCipher(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.Cipher = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetClientIpPool(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.ClientIpPool = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetCompress(v bool) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.Compress = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetConnections(v int32) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.Connections = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetCreateTime(v int64) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.CreateTime = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetDnsServers(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.DnsServers = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetEnableMultiFactorAuth(v bool) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.EnableMultiFactorAuth = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetIDaaSApplicationId(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.IDaaSApplicationId = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetIDaaSInstanceId(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.IDaaSInstanceId = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetIDaaSInstanceVersion(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.IDaaSInstanceVersion = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetIDaaSRegionId(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.IDaaSRegionId = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetInternetIp(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.InternetIp = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetLocalSubnet(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.LocalSubnet = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetMaxConnections(v int32) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.MaxConnections = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetName(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.Name = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetPort(v int32) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.Port = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetProto(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.Proto = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetRegionId(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.RegionId = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetResourceGroupId(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.ResourceGroupId = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetSslVpnServerId(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.SslVpnServerId = &v
	return s
}

func (s *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer) SetVpnGatewayId(v string) *DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
	s.VpnGatewayId = &v
	return s
}
