// Mirrors aliyun/alibabacloud-go-sdk, vpc-20160428/client/describe_ssl_vpn_servers_request_model.go
// (commit 243d18ea). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: String/GoString, the Get* methods and Validate.

package client

type DescribeSslVpnServersRequest struct {
	Name                 *string `json:"Name,omitempty" xml:"Name,omitempty"`
	OwnerAccount         *string `json:"OwnerAccount,omitempty" xml:"OwnerAccount,omitempty"`
	OwnerId              *int64  `json:"OwnerId,omitempty" xml:"OwnerId,omitempty"`
	PageNumber           *int32  `json:"PageNumber,omitempty" xml:"PageNumber,omitempty"`
	PageSize             *int32  `json:"PageSize,omitempty" xml:"PageSize,omitempty"`
	RegionId             *string `json:"RegionId,omitempty" xml:"RegionId,omitempty"`
	ResourceGroupId      *string `json:"ResourceGroupId,omitempty" xml:"ResourceGroupId,omitempty"`
	ResourceOwnerAccount *string `json:"ResourceOwnerAccount,omitempty" xml:"ResourceOwnerAccount,omitempty"`
	ResourceOwnerId      *int64  `json:"ResourceOwnerId,omitempty" xml:"ResourceOwnerId,omitempty"`
	SslVpnServerId       *string `json:"SslVpnServerId,omitempty" xml:"SslVpnServerId,omitempty"`
	VpnGatewayId         *string `json:"VpnGatewayId,omitempty" xml:"VpnGatewayId,omitempty"`
}

func (s *DescribeSslVpnServersRequest) SetName(v string) *DescribeSslVpnServersRequest {
	s.Name = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetOwnerAccount(v string) *DescribeSslVpnServersRequest {
	s.OwnerAccount = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetOwnerId(v int64) *DescribeSslVpnServersRequest {
	s.OwnerId = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetPageNumber(v int32) *DescribeSslVpnServersRequest {
	s.PageNumber = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetPageSize(v int32) *DescribeSslVpnServersRequest {
	s.PageSize = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetRegionId(v string) *DescribeSslVpnServersRequest {
	s.RegionId = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetResourceGroupId(v string) *DescribeSslVpnServersRequest {
	s.ResourceGroupId = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetResourceOwnerAccount(v string) *DescribeSslVpnServersRequest {
	s.ResourceOwnerAccount = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetResourceOwnerId(v int64) *DescribeSslVpnServersRequest {
	s.ResourceOwnerId = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetSslVpnServerId(v string) *DescribeSslVpnServersRequest {
	s.SslVpnServerId = &v
	return s
}

func (s *DescribeSslVpnServersRequest) SetVpnGatewayId(v string) *DescribeSslVpnServersRequest {
	s.VpnGatewayId = &v
	return s
}
