// Stub of github.com/alibabacloud-go/darabonba-openapi/v2 (v2.2.4 is what vpc-20160428/v7
// requires; its real go.mod needs credentials-go and others, which the stub does not).
module github.com/alibabacloud-go/darabonba-openapi/v2

go 1.14
