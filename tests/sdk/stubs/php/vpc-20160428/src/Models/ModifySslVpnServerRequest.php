<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/ModifySslVpnServerRequest.php
// (commit 00f976ea). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models;

use AlibabaCloud\Dara\Model;

class ModifySslVpnServerRequest extends Model
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
     * @var string
     */
    public $clientToken;

    /**
     * @var bool
     */
    public $compress;

    /**
     * @var string
     */
    public $dnsServers;

    /**
     * @var bool
     */
    public $dryRun;

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
    public $IDaaSRegionId;

    /**
     * @var string
     */
    public $localSubnet;

    /**
     * @var string
     */
    public $name;

    /**
     * @var string
     */
    public $ownerAccount;

    /**
     * @var int
     */
    public $ownerId;

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
    public $resourceOwnerAccount;

    /**
     * @var int
     */
    public $resourceOwnerId;

    /**
     * @var string
     */
    public $sslVpnServerId;

    protected $_name = [
        'cipher' => 'Cipher',
        'clientIpPool' => 'ClientIpPool',
        'clientToken' => 'ClientToken',
        'compress' => 'Compress',
        'dnsServers' => 'DnsServers',
        'dryRun' => 'DryRun',
        'enableMultiFactorAuth' => 'EnableMultiFactorAuth',
        'IDaaSApplicationId' => 'IDaaSApplicationId',
        'IDaaSInstanceId' => 'IDaaSInstanceId',
        'IDaaSRegionId' => 'IDaaSRegionId',
        'localSubnet' => 'LocalSubnet',
        'name' => 'Name',
        'ownerAccount' => 'OwnerAccount',
        'ownerId' => 'OwnerId',
        'port' => 'Port',
        'proto' => 'Proto',
        'regionId' => 'RegionId',
        'resourceOwnerAccount' => 'ResourceOwnerAccount',
        'resourceOwnerId' => 'ResourceOwnerId',
        'sslVpnServerId' => 'SslVpnServerId',
    ];
}
