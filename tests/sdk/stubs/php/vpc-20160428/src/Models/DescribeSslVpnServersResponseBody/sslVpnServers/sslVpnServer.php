<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/DescribeSslVpnServersResponseBody/sslVpnServers/sslVpnServer.php
// (commit 00f976ea). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models\DescribeSslVpnServersResponseBody\sslVpnServers;

use AlibabaCloud\Dara\Model;

class sslVpnServer extends Model
{
    /**
     * @var string
     */
    public $cipher;

    /**
     * @var string
     */
    public $clientIpPool;

    /**
     * @var bool
     */
    public $compress;

    /**
     * @var int
     */
    public $connections;

    /**
     * @var int
     */
    public $createTime;

    /**
     * @var string
     */
    public $dnsServers;

    /**
     * @var bool
     */
    public $enableMultiFactorAuth;

    /**
     * @var string
     */
    public $IDaaSApplicationId;

    /**
     * @var string
     */
    public $IDaaSInstanceId;

    /**
     * @var string
     */
    public $IDaaSInstanceVersion;

    /**
     * @var string
     */
    public $IDaaSRegionId;

    /**
     * @var string
     */
    public $internetIp;

    /**
     * @var string
     */
    public $localSubnet;

    /**
     * @var int
     */
    public $maxConnections;

    /**
     * @var string
     */
    public $name;

    /**
     * @var int
     */
    public $port;

    /**
     * @var string
     */
    public $proto;

    /**
     * @var string
     */
    public $regionId;

    /**
     * @var string
     */
    public $resourceGroupId;

    /**
     * @var string
     */
    public $sslVpnServerId;

    /**
     * @var string
     */
    public $vpnGatewayId;

    protected $_name = [
        'cipher' => 'Cipher',
        'clientIpPool' => 'ClientIpPool',
        'compress' => 'Compress',
        'connections' => 'Connections',
        'createTime' => 'CreateTime',
        'dnsServers' => 'DnsServers',
        'enableMultiFactorAuth' => 'EnableMultiFactorAuth',
        'IDaaSApplicationId' => 'IDaaSApplicationId',
        'IDaaSInstanceId' => 'IDaaSInstanceId',
        'IDaaSInstanceVersion' => 'IDaaSInstanceVersion',
        'IDaaSRegionId' => 'IDaaSRegionId',
        'internetIp' => 'InternetIp',
        'localSubnet' => 'LocalSubnet',
        'maxConnections' => 'MaxConnections',
        'name' => 'Name',
        'port' => 'Port',
        'proto' => 'Proto',
        'regionId' => 'RegionId',
        'resourceGroupId' => 'ResourceGroupId',
        'sslVpnServerId' => 'SslVpnServerId',
        'vpnGatewayId' => 'VpnGatewayId',
    ];
}
