<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/DescribeSslVpnServersResponseBody/sslVpnServers.php
// (commit 12bf8c12). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models\DescribeSslVpnServersResponseBody;

use AlibabaCloud\Dara\Model;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DescribeSslVpnServersResponseBody\sslVpnServers\sslVpnServer;

class sslVpnServers extends Model
{
    /**
     * @var sslVpnServer[]
     */
    public $sslVpnServer;

    protected $_name = [
        'sslVpnServer' => 'SslVpnServer',
    ];
}
