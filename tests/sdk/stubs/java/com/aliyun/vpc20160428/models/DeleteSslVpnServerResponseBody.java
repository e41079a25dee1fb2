// Mirrors aliyun/alibabacloud-java-sdk, vpc-20160428/src/main/java/com/aliyun/vpc20160428/models/DeleteSslVpnServerResponseBody.java
// (commit 05ce959e). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class, @NameInMap annotations and build(Map).
package com.aliyun.vpc20160428.models;

public class DeleteSslVpnServerResponseBody {
    public String requestId;

    public DeleteSslVpnServerResponseBody setRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }
    public String getRequestId() {
        return this.requestId;
    }

}
