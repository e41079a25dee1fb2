<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/ModifySslVpnServerResponseBody.php
// (commit 12ab8b79, the only stored copy: no IDaaSApplicationId, IDaaSInstanceVersion or ResourceGroupId, which the other SDKs return; extends AlibabaCloud\Tea\Model there). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models;

use AlibabaCloud\Dara\Model;

class ModifySslVpnServerResponseBody extends Model
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
     * @var bool
     */
    public $enableMultiFactorAuth;

    /**
     * @var string
     */
    public $IDaaSInstanceId;

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
    public $requestId;

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
        'enableMultiFactorAuth' => 'EnableMultiFactorAuth',
        'IDaaSInstanceId' => 'IDaaSInstanceId',
        'internetIp' => 'InternetIp',
        'localSubnet' => 'LocalSubnet',
        'maxConnections' => 'MaxConnections',
        'name' => 'Name',
        'port' => 'Port',
        'proto' => 'Proto',
        'regionId' => 'RegionId',
        'requestId' => 'RequestId',
        'sslVpnServerId' => 'SslVpnServerId',
        'vpnGatewayId' => 'VpnGatewayId',
    ];
}
