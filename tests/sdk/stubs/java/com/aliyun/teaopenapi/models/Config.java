// Mirrors aliyun/darabonba-openapi, java/src/main/java/com/aliyun/teaopenapi/models/Config.java
// (commit 1024797d; Maven com.aliyun:tea-openapi, java/pom.xml at 0114b716 says 0.3.16).
// Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class, @NameInMap annotations, build(Map), and the two
// fields of types from other packages: credential (com.aliyun.credentials.Client) and
// globalParameters (GlobalParameters). The field `type` is @Deprecated there too.
package com.aliyun.teaopenapi.models;

public class Config {
    public String accessKeyId;
    public String accessKeySecret;
    public String securityToken;
    public String bearerToken;
    public String protocol;
    public String method;
    public String regionId;
    public Integer readTimeout;
    public Integer connectTimeout;
    public String httpProxy;
    public String httpsProxy;
    public String endpoint;
    public String noProxy;
    public Integer maxIdleConns;
    public String network;
    public String userAgent;
    public String suffix;
    public String socks5Proxy;
    public String socks5NetWork;
    public String endpointType;
    public String openPlatformEndpoint;
    @Deprecated
    public String type;
    public String signatureVersion;
    public String signatureAlgorithm;
    public String key;
    public String cert;
    public String ca;
    public Boolean disableHttp2;
    public Boolean returnErrorResponse;
    public String tlsMinVersion;
    public Boolean enableUsageDataCollection;

    public Config setAccessKeyId(String accessKeyId) {
        this.accessKeyId = accessKeyId;
        return this;
    }
    public String getAccessKeyId() {
        return this.accessKeyId;
    }

    public Config setAccessKeySecret(String accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
        return this;
    }
    public String getAccessKeySecret() {
        return this.accessKeySecret;
    }

    public Config setSecurityToken(String securityToken) {
        this.securityToken = securityToken;
        return this;
    }
    public String getSecurityToken() {
        return this.securityToken;
    }

    public Config setBearerToken(String bearerToken) {
        this.bearerToken = bearerToken;
        return this;
    }
    public String getBearerToken() {
        return this.bearerToken;
    }

    public Config setProtocol(String protocol) {
        this.protocol = protocol;
        return this;
    }
    public String getProtocol() {
        return this.protocol;
    }

    public Config setMethod(String method) {
        this.method = method;
        return this;
    }
    public String getMethod() {
        return this.method;
    }

    public Config setRegionId(String regionId) {
        this.regionId = regionId;
        return this;
    }
    public String getRegionId() {
        return this.regionId;
    }

    public Config setReadTimeout(Integer readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    public Integer getReadTimeout() {
        return this.readTimeout;
    }

    public Config setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
    public Integer getConnectTimeout() {
        return this.connectTimeout;
    }

    public Config setHttpProxy(String httpProxy) {
        this.httpProxy = httpProxy;
        return this;
    }
    public String getHttpProxy() {
        return this.httpProxy;
    }

    public Config setHttpsProxy(String httpsProxy) {
        this.httpsProxy = httpsProxy;
        return this;
    }
    public String getHttpsProxy() {
        return this.httpsProxy;
    }

    public Config setEndpoint(String endpoint) {
        this.endpoint = endpoint;
        return this;
    }
    public String getEndpoint() {
        return this.endpoint;
    }

    public Config setNoProxy(String noProxy) {
        this.noProxy = noProxy;
        return this;
    }
    public String getNoProxy() {
        return this.noProxy;
    }

    public Config setMaxIdleConns(Integer maxIdleConns) {
        this.maxIdleConns = maxIdleConns;
        return this;
    }
    public Integer getMaxIdleConns() {
        return this.maxIdleConns;
    }

    public Config setNetwork(String network) {
        this.network = network;
        return this;
    }
    public String getNetwork() {
        return this.network;
    }

    public Config setUserAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }
    public String getUserAgent() {
        return this.userAgent;
    }

    public Config setSuffix(String suffix) {
        this.suffix = suffix;
        return this;
    }
    public String getSuffix() {
        return this.suffix;
    }

    public Config setSocks5Proxy(String socks5Proxy) {
        this.socks5Proxy = socks5Proxy;
        return this;
    }
    public String getSocks5Proxy() {
        return this.socks5Proxy;
    }

    public Config setSocks5NetWork(String socks5NetWork) {
        this.socks5NetWork = socks5NetWork;
        return this;
    }
    public String getSocks5NetWork() {
        return this.socks5NetWork;
    }

    public Config setEndpointType(String endpointType) {
        this.endpointType = endpointType;
        return this;
    }
    public String getEndpointType() {
        return this.endpointType;
    }

    public Config setOpenPlatformEndpoint(String openPlatformEndpoint) {
        this.openPlatformEndpoint = openPlatformEndpoint;
        return this;
    }
    public String getOpenPlatformEndpoint() {
        return this.openPlatformEndpoint;
    }

    public Config setType(String type) {
        this.type = type;
        return this;
    }
    public String getType() {
        return this.type;
    }

    public Config setSignatureVersion(String signatureVersion) {
        this.signatureVersion = signatureVersion;
        return this;
    }
    public String getSignatureVersion() {
        return this.signatureVersion;
    }

    public Config setSignatureAlgorithm(String signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
        return this;
    }
    public String getSignatureAlgorithm() {
        return this.signatureAlgorithm;
    }

    public Config setKey(String key) {
        this.key = key;
        return this;
    }
    public String getKey() {
        return this.key;
    }

    public Config setCert(String cert) {
        this.cert = cert;
        return this;
    }
    public String getCert() {
        return this.cert;
    }

    public Config setCa(String ca) {
        this.ca = ca;
        return this;
    }
    public String getCa() {
        return this.ca;
    }

    public Config setDisableHttp2(Boolean disableHttp2) {
        this.disableHttp2 = disableHttp2;
        return this;
    }
    public Boolean getDisableHttp2() {
        return this.disableHttp2;
    }

    public Config setReturnErrorResponse(Boolean returnErrorResponse) {
        this.returnErrorResponse = returnErrorResponse;
        return this;
    }
    public Boolean getReturnErrorResponse() {
        return this.returnErrorResponse;
    }

    public Config setTlsMinVersion(String tlsMinVersion) {
        this.tlsMinVersion = tlsMinVersion;
        return this;
    }
    public String getTlsMinVersion() {
        return this.tlsMinVersion;
    }

    public Config setEnableUsageDataCollection(Boolean enableUsageDataCollection) {
        this.enableUsageDataCollection = enableUsageDataCollection;
        return this;
    }
    public Boolean getEnableUsageDataCollection() {
        return this.enableUsageDataCollection;
    }

}
