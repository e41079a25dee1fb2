<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/DescribeSslVpnServersResponseBody.php
// (commit 12ab8b79, which extends AlibabaCloud\Tea\Model). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models;

use AlibabaCloud\Dara\Model;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DescribeSslVpnServersResponseBody\sslVpnServers;

class DescribeSslVpnServersResponseBody extends Model
{
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
    public $requestId;

    /**
     * @var sslVpnServers
     */
    public $sslVpnServers;

    /**
     * @var int
     */
    public $totalCount;

    protected $_name = [
        'pageNumber' => 'PageNumber',
        'pageSize' => 'PageSize',
        'requestId' => 'RequestId',
        'sslVpnServers' => 'SslVpnServers',
        'totalCount' => 'TotalCount',
    ];
}
