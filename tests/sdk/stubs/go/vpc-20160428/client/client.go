// Mirrors the v7 client of aliyun/alibabacloud-go-sdk, vpc-20160428/client/client.go
// (module github.com/alibabacloud-go/vpc-20160428/v7, v7.2.5): `func NewClient(config
// *openapiutil.Config) (*Client, error)` and, for the four SSL-VPN server operations,
// XxxWithOptions(request, runtime *dara.RuntimeOptions) and Xxx(request), both returning
// (*XxxResponse, error). The stored copy of this file predates v7, so these signatures come
// from the v7 generator's output for other services in the same repository (same
// NewClient/Init/XxxWithOptions/Xxx shape, e.g. index id 66372484206) and from
// /work/shared/reference/api-rules.md section 8 (Go SDK at cf668a27, v7.2.5).
// Stub for compile/run checks of generated snippets: instead of calling the API, each
// operation records the request and the Config (stub_record.go, not part of the SDK) and
// returns a fixed response.
// Not mirrored: the embedded openapi.Client, DisableSDKError/EnableValidate, Init,
// GetEndpoint and every other operation.

package client

import (
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"
	"github.com/alibabacloud-go/tea/tea"
)

type Client struct {
	config *openapiutil.Config
}

func NewClient(config *openapiutil.Config) (*Client, error) {
	client := new(Client)
	client.config = config
	return client, nil
}

func (client *Client) CreateSslVpnServerWithOptions(request *CreateSslVpnServerRequest, runtime *dara.RuntimeOptions) (_result *CreateSslVpnServerResponse, _err error) {
	if _err = stubRecord("CreateSslVpnServer", client.config, request); _err != nil {
		return _result, _err
	}
	body := &CreateSslVpnServerResponseBody{}
	stubFill(body)
	_result = &CreateSslVpnServerResponse{StatusCode: tea.Int32(200), Body: body}
	return _result, _err
}

func (client *Client) CreateSslVpnServer(request *CreateSslVpnServerRequest) (_result *CreateSslVpnServerResponse, _err error) {
	runtime := &dara.RuntimeOptions{}
	return client.CreateSslVpnServerWithOptions(request, runtime)
}

func (client *Client) ModifySslVpnServerWithOptions(request *ModifySslVpnServerRequest, runtime *dara.RuntimeOptions) (_result *ModifySslVpnServerResponse, _err error) {
	if _err = stubRecord("ModifySslVpnServer", client.config, request); _err != nil {
		return _result, _err
	}
	body := &ModifySslVpnServerResponseBody{}
	stubFill(body)
	_result = &ModifySslVpnServerResponse{StatusCode: tea.Int32(200), Body: body}
	return _result, _err
}

func (client *Client) ModifySslVpnServer(request *ModifySslVpnServerRequest) (_result *ModifySslVpnServerResponse, _err error) {
	runtime := &dara.RuntimeOptions{}
	return client.ModifySslVpnServerWithOptions(request, runtime)
}

func (client *Client) DeleteSslVpnServerWithOptions(request *DeleteSslVpnServerRequest, runtime *dara.RuntimeOptions) (_result *DeleteSslVpnServerResponse, _err error) {
	if _err = stubRecord("DeleteSslVpnServer", client.config, request); _err != nil {
		return _result, _err
	}
	body := &DeleteSslVpnServerResponseBody{}
	stubFill(body)
	_result = &DeleteSslVpnServerResponse{StatusCode: tea.Int32(200), Body: body}
	return _result, _err
}

func (client *Client) DeleteSslVpnServer(request *DeleteSslVpnServerRequest) (_result *DeleteSslVpnServerResponse, _err error) {
	runtime := &dara.RuntimeOptions{}
	return client.DeleteSslVpnServerWithOptions(request, runtime)
}

func (client *Client) DescribeSslVpnServersWithOptions(request *DescribeSslVpnServersRequest, runtime *dara.RuntimeOptions) (_result *DescribeSslVpnServersResponse, _err error) {
	if _err = stubRecord("DescribeSslVpnServers", client.config, request); _err != nil {
		return _result, _err
	}
	body := &DescribeSslVpnServersResponseBody{}
	stubFill(body)
	_result = &DescribeSslVpnServersResponse{StatusCode: tea.Int32(200), Body: body}
	return _result, _err
}

func (client *Client) DescribeSslVpnServers(request *DescribeSslVpnServersRequest) (_result *DescribeSslVpnServersResponse, _err error) {
	runtime := &dara.RuntimeOptions{}
	return client.DescribeSslVpnServersWithOptions(request, runtime)
}
