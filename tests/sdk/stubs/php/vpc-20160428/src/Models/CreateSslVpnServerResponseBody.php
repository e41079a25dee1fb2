<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/CreateSslVpnServerResponseBody.php
// (commit 12ab8b79, which extends AlibabaCloud\Tea\Model; newer files extend AlibabaCloud\Dara\Model). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models;

use AlibabaCloud\Dara\Model;

class CreateSslVpnServerResponseBody extends Model
{
    /**
     * @var string
     */
    public $name;

    /**
     * @var string
     */
    public $requestId;

    /**
     * @var string
     */
    public $sslVpnServerId;

    protected $_name = [
        'name' => 'Name',
        'requestId' => 'RequestId',
        'sslVpnServerId' => 'SslVpnServerId',
    ];
}
