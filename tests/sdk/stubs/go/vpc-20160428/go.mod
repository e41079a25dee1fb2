// Stub of github.com/alibabacloud-go/vpc-20160428/v7 (aliyun/alibabacloud-go-sdk,
// vpc-20160428/go.mod at 243d18ea: go 1.14, darabonba-openapi/v2 v2.2.4, tea v1.5.2).
module github.com/alibabacloud-go/vpc-20160428/v7

go 1.14

require (
	github.com/alibabacloud-go/darabonba-openapi/v2 v2.2.4
	github.com/alibabacloud-go/tea v1.5.2
)
