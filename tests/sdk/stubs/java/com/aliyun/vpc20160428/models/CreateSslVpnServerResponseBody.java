// Mirrors aliyun/alibabacloud-java-sdk, vpc-20160428/src/main/java/com/aliyun/vpc20160428/models/CreateSslVpnServerResponseBody.java
// (commit 3e7ce48d). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class, @NameInMap annotations and build(Map).
package com.aliyun.vpc20160428.models;

public class CreateSslVpnServerResponseBody {
    public String name;
    public String requestId;
    public String sslVpnServerId;

    public CreateSslVpnServerResponseBody setName(String name) {
        this.name = name;
        return this;
    }
    public String getName() {
        return this.name;
    }

    public CreateSslVpnServerResponseBody setRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }
    public String getRequestId() {
        return this.requestId;
    }

    public CreateSslVpnServerResponseBody setSslVpnServerId(String sslVpnServerId) {
        this.sslVpnServerId = sslVpnServerId;
        return this;
    }
    public String getSslVpnServerId() {
        return this.sslVpnServerId;
    }

}
