// Mirrors aliyun/alibabacloud-java-sdk, vpc-20160428/src/main/java/com/aliyun/vpc20160428/models/CreateSslVpnServerResponse.java
// (commit 3796a8b3). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class, @NameInMap annotations and build(Map).
package com.aliyun.vpc20160428.models;

public class CreateSslVpnServerResponse {
    public java.util.Map<String, String> headers;

    public Integer statusCode;

    public CreateSslVpnServerResponseBody body;

    public CreateSslVpnServerResponse setHeaders(java.util.Map<String, String> headers) {
        this.headers = headers;
        return this;
    }
    public java.util.Map<String, String> getHeaders() {
        return this.headers;
    }

    public CreateSslVpnServerResponse setStatusCode(Integer statusCode) {
        this.statusCode = statusCode;
        return this;
    }
    public Integer getStatusCode() {
        return this.statusCode;
    }

    public CreateSslVpnServerResponse setBody(CreateSslVpnServerResponseBody body) {
        this.body = body;
        return this;
    }
    public CreateSslVpnServerResponseBody getBody() {
        return this.body;
    }

}
