// Mirrors aliyun/alibabacloud-java-sdk, vpc-20160428/src/main/java/com/aliyun/vpc20160428/Client.java
// (commit 0387b0f6; Maven com.aliyun:vpc20160428): the constructor and, for the four SSL-VPN
// server operations, xxxWithOptions(request, com.aliyun.teautil.models.RuntimeOptions) and
// xxx(request), all `throws Exception`, as read there.
// Stub for compile/run checks of generated snippets: instead of calling the API, each
// operation records the request and the client's Config (sdkstub.Recorder, not part of the
// SDK) and returns a fixed response.
// Not mirrored: the base class com.aliyun.teaopenapi.Client, the endpoint map, getEndpoint
// and every other operation.
package com.aliyun.vpc20160428;

import com.aliyun.vpc20160428.models.*;

public class Client {
    private final com.aliyun.teaopenapi.models.Config config;

    public Client(com.aliyun.teaopenapi.models.Config config) throws Exception {
        this.config = config;
    }

    public CreateSslVpnServerResponse createSslVpnServerWithOptions(CreateSslVpnServerRequest request, com.aliyun.teautil.models.RuntimeOptions runtime) throws Exception {
        sdkstub.Recorder.record("CreateSslVpnServer", this.config, request);
        return new CreateSslVpnServerResponse().setStatusCode(200).setBody(sdkstub.Recorder.body(new CreateSslVpnServerResponseBody()));
    }

    public CreateSslVpnServerResponse createSslVpnServer(CreateSslVpnServerRequest request) throws Exception {
        com.aliyun.teautil.models.RuntimeOptions runtime = new com.aliyun.teautil.models.RuntimeOptions();
        return this.createSslVpnServerWithOptions(request, runtime);
    }

    public ModifySslVpnServerResponse modifySslVpnServerWithOptions(ModifySslVpnServerRequest request, com.aliyun.teautil.models.RuntimeOptions runtime) throws Exception {
        sdkstub.Recorder.record("ModifySslVpnServer", this.config, request);
        return new ModifySslVpnServerResponse().setStatusCode(200).setBody(sdkstub.Recorder.body(new ModifySslVpnServerResponseBody()));
    }

    public ModifySslVpnServerResponse modifySslVpnServer(ModifySslVpnServerRequest request) throws Exception {
        com.aliyun.teautil.models.RuntimeOptions runtime = new com.aliyun.teautil.models.RuntimeOptions();
        return this.modifySslVpnServerWithOptions(request, runtime);
    }

    public DeleteSslVpnServerResponse deleteSslVpnServerWithOptions(DeleteSslVpnServerRequest request, com.aliyun.teautil.models.RuntimeOptions runtime) throws Exception {
        sdkstub.Recorder.record("DeleteSslVpnServer", this.config, request);
        return new DeleteSslVpnServerResponse().setStatusCode(200).setBody(sdkstub.Recorder.body(new DeleteSslVpnServerResponseBody()));
    }

    public DeleteSslVpnServerResponse deleteSslVpnServer(DeleteSslVpnServerRequest request) throws Exception {
        com.aliyun.teautil.models.RuntimeOptions runtime = new com.aliyun.teautil.models.RuntimeOptions();
        return this.deleteSslVpnServerWithOptions(request, runtime);
    }

    public DescribeSslVpnServersResponse describeSslVpnServersWithOptions(DescribeSslVpnServersRequest request, com.aliyun.teautil.models.RuntimeOptions runtime) throws Exception {
        sdkstub.Recorder.record("DescribeSslVpnServers", this.config, request);
        return new DescribeSslVpnServersResponse().setStatusCode(200).setBody(sdkstub.Recorder.body(new DescribeSslVpnServersResponseBody()));
    }

    public DescribeSslVpnServersResponse describeSslVpnServers(DescribeSslVpnServersRequest request) throws Exception {
        com.aliyun.teautil.models.RuntimeOptions runtime = new com.aliyun.teautil.models.RuntimeOptions();
        return this.describeSslVpnServersWithOptions(request, runtime);
    }
}
