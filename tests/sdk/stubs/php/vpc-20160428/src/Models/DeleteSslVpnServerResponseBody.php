<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/DeleteSslVpnServerResponseBody.php
// (commit 12ab8b79, which extends AlibabaCloud\Tea\Model). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models;

use AlibabaCloud\Dara\Model;

class DeleteSslVpnServerResponseBody extends Model
{
    /**
     * @var string
     */
    public $requestId;

    protected $_name = [
        'requestId' => 'RequestId',
    ];
}
