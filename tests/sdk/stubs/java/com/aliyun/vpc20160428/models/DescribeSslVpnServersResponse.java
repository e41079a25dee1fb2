// Mirrors aliyun/alibabacloud-java-sdk, vpc-20160428/src/main/java/com/aliyun/vpc20160428/models/DescribeSslVpnServersResponse.java
// (commit 0387b0f6). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class, @NameInMap annotations and build(Map).
package com.aliyun.vpc20160428.models;

public class DescribeSslVpnServersResponse {
    public java.util.Map<String, String> headers;

    public Integer statusCode;

    public DescribeSslVpnServersResponseBody body;

    public DescribeSslVpnServersResponse setHeaders(java.util.Map<String, String> headers) {
        this.headers = headers;
        return this;
    }
    public java.util.Map<String, String> getHeaders() {
        return this.headers;
    }

    public DescribeSslVpnServersResponse setStatusCode(Integer statusCode) {
        this.statusCode = statusCode;
        return this;
    }
    public Integer getStatusCode() {
        return this.statusCode;
    }

    public DescribeSslVpnServersResponse setBody(DescribeSslVpnServersResponseBody body) {
        this.body = body;
        return this;
    }
    public DescribeSslVpnServersResponseBody getBody() {
        return this.body;
    }

}
