// Mirrors aliyun/alibabacloud-java-sdk, vpc-20160428/src/main/java/com/aliyun/vpc20160428/models/DeleteSslVpnServerResponse.java
// (commit 0387b0f6). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class, @NameInMap annotations and build(Map).
package com.aliyun.vpc20160428.models;

public class DeleteSslVpnServerResponse {
    public java.util.Map<String, String> headers;

    public Integer statusCode;

    public DeleteSslVpnServerResponseBody body;

    public DeleteSslVpnServerResponse setHeaders(java.util.Map<String, String> headers) {
        this.headers = headers;
        return this;
    }
    public java.util.Map<String, String> getHeaders() {
        return this.headers;
    }

    public DeleteSslVpnServerResponse setStatusCode(Integer statusCode) {
        this.statusCode = statusCode;
        return this;
    }
    public Integer getStatusCode() {
        return this.statusCode;
    }

    public DeleteSslVpnServerResponse setBody(DeleteSslVpnServerResponseBody body) {
        this.body = body;
        return this;
    }
    public DeleteSslVpnServerResponseBody getBody() {
        return this.body;
    }

}
