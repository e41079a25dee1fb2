// Mirrors aliyun/alibabacloud-java-sdk, vpc-20160428/src/main/java/com/aliyun/vpc20160428/models/DescribeSslVpnServersResponseBody.java
// (commit 05ce959e; its SslVpnServer items have no DnsServers, which the Go and PHP SDKs have).
// Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class, @NameInMap annotations and build(Map).
package com.aliyun.vpc20160428.models;

public class DescribeSslVpnServersResponseBody {
    public Integer pageNumber;
    public Integer pageSize;
    public String requestId;
    public DescribeSslVpnServersResponseBodySslVpnServers sslVpnServers;
    public Integer totalCount;

    public DescribeSslVpnServersResponseBody setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
        return this;
    }
    public Integer getPageNumber() {
        return this.pageNumber;
    }

    public DescribeSslVpnServersResponseBody setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
        return this;
    }
    public Integer getPageSize() {
        return this.pageSize;
    }

    public DescribeSslVpnServersResponseBody setRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }
    public String getRequestId() {
        return this.requestId;
    }

    public DescribeSslVpnServersResponseBody setSslVpnServers(DescribeSslVpnServersResponseBodySslVpnServers sslVpnServers) {
        this.sslVpnServers = sslVpnServers;
        return this;
    }
    public DescribeSslVpnServersResponseBodySslVpnServers getSslVpnServers() {
        return this.sslVpnServers;
    }

    public DescribeSslVpnServersResponseBody setTotalCount(Integer totalCount) {
        this.totalCount = totalCount;
        return this;
    }
    public Integer getTotalCount() {
        return this.totalCount;
    }

    public static class DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer {
        public String cipher;
        public String clientIpPool;
        public Boolean compress;
        public Integer connections;
        public Long createTime;
        public Boolean enableMultiFactorAuth;
        public String IDaaSApplicationId;
        public String IDaaSInstanceId;
        public String IDaaSInstanceVersion;
        public String IDaaSRegionId;
        public String internetIp;
        public String localSubnet;
        public Integer maxConnections;
        public String name;
        public Integer port;
        public String proto;
        public String regionId;
        public String resourceGroupId;
        public String sslVpnServerId;
        public String vpnGatewayId;

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setCipher(String cipher) {
            this.cipher = cipher;
            return this;
        }
        public String getCipher() {
            return this.cipher;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setClientIpPool(String clientIpPool) {
            this.clientIpPool = clientIpPool;
            return this;
        }
        public String getClientIpPool() {
            return this.clientIpPool;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setCompress(Boolean compress) {
            this.compress = compress;
            return this;
        }
        public Boolean getCompress() {
            return this.compress;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setConnections(Integer connections) {
            this.connections = connections;
            return this;
        }
        public Integer getConnections() {
            return this.connections;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setCreateTime(Long createTime) {
            this.createTime = createTime;
            return this;
        }
        public Long getCreateTime() {
            return this.createTime;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setEnableMultiFactorAuth(Boolean enableMultiFactorAuth) {
            this.enableMultiFactorAuth = enableMultiFactorAuth;
            return this;
        }
        public Boolean getEnableMultiFactorAuth() {
            return this.enableMultiFactorAuth;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setIDaaSApplicationId(String IDaaSApplicationId) {
            this.IDaaSApplicationId = IDaaSApplicationId;
            return this;
        }
        public String getIDaaSApplicationId() {
            return this.IDaaSApplicationId;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setIDaaSInstanceId(String IDaaSInstanceId) {
            this.IDaaSInstanceId = IDaaSInstanceId;
            return this;
        }
        public String getIDaaSInstanceId() {
            return this.IDaaSInstanceId;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setIDaaSInstanceVersion(String IDaaSInstanceVersion) {
            this.IDaaSInstanceVersion = IDaaSInstanceVersion;
            return this;
        }
        public String getIDaaSInstanceVersion() {
            return this.IDaaSInstanceVersion;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setIDaaSRegionId(String IDaaSRegionId) {
            this.IDaaSRegionId = IDaaSRegionId;
            return this;
        }
        public String getIDaaSRegionId() {
            return this.IDaaSRegionId;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setInternetIp(String internetIp) {
            this.internetIp = internetIp;
            return this;
        }
        public String getInternetIp() {
            return this.internetIp;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setLocalSubnet(String localSubnet) {
            this.localSubnet = localSubnet;
            return this;
        }
        public String getLocalSubnet() {
            return this.localSubnet;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setMaxConnections(Integer maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }
        public Integer getMaxConnections() {
            return this.maxConnections;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setName(String name) {
            this.name = name;
            return this;
        }
        public String getName() {
            return this.name;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setPort(Integer port) {
            this.port = port;
            return this;
        }
        public Integer getPort() {
            return this.port;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setProto(String proto) {
            this.proto = proto;
            return this;
        }
        public String getProto() {
            return this.proto;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setRegionId(String regionId) {
            this.regionId = regionId;
            return this;
        }
        public String getRegionId() {
            return this.regionId;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setResourceGroupId(String resourceGroupId) {
            this.resourceGroupId = resourceGroupId;
            return this;
        }
        public String getResourceGroupId() {
            return this.resourceGroupId;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setSslVpnServerId(String sslVpnServerId) {
            this.sslVpnServerId = sslVpnServerId;
            return this;
        }
        public String getSslVpnServerId() {
            return this.sslVpnServerId;
        }

        public DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer setVpnGatewayId(String vpnGatewayId) {
            this.vpnGatewayId = vpnGatewayId;
            return this;
        }
        public String getVpnGatewayId() {
            return this.vpnGatewayId;
        }

    }

    public static class DescribeSslVpnServersResponseBodySslVpnServers {
        public java.util.List<DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer> sslVpnServer;

        public DescribeSslVpnServersResponseBodySslVpnServers setSslVpnServer(java.util.List<DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer> sslVpnServer) {
            this.sslVpnServer = sslVpnServer;
            return this;
        }
        public java.util.List<DescribeSslVpnServersResponseBodySslVpnServersSslVpnServer> getSslVpnServer() {
            return this.sslVpnServer;
        }

    }

}
