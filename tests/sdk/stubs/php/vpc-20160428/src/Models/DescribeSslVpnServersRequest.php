<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/DescribeSslVpnServersRequest.php
// at commit 4656db22 (extends AlibabaCloud\Tea\Model there), which declares resourceGroupId
// ('resourceGroupId' => 'ResourceGroupId' in $_name), as the Go, Java, C# and TypeScript SDKs
// do; the older stored copy (commit 12ab8b79) lacks it. Vpc.php at commit 00f976ea (the copy
// Vpc.php here mirrors) sends it: describeSslVpnServersWithOptions puts
// $request->resourceGroupId into the query as ResourceGroupId.
// Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models;

use AlibabaCloud\Dara\Model;

class DescribeSslVpnServersRequest extends Model
{
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
    public $pageNumber;

    /**
     * @var int
     */
    public $pageSize;

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
    public $resourceOwnerAccount;

    /**
     * @var int
     */
    public $resourceOwnerId;

    /**
     * @var string
     */
    public $sslVpnServerId;

    /**
     * @var string
     */
    public $vpnGatewayId;

    protected $_name = [
        'name' => 'Name',
        'ownerAccount' => 'OwnerAccount',
        'ownerId' => 'OwnerId',
        'pageNumber' => 'PageNumber',
        'pageSize' => 'PageSize',
        'regionId' => 'RegionId',
        'resourceGroupId' => 'ResourceGroupId',
        'resourceOwnerAccount' => 'ResourceOwnerAccount',
        'resourceOwnerId' => 'ResourceOwnerId',
        'sslVpnServerId' => 'SslVpnServerId',
        'vpnGatewayId' => 'VpnGatewayId',
    ];
}
