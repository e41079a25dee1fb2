<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Models/CreateSslVpnServerResponse.php
// (commit 12bf8c12). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: toArray/toMap/fromMap; the constructor and validate() come from the
// AlibabaCloud\Dara\Model stub.

namespace AlibabaCloud\SDK\Vpc\V20160428\Models;

use AlibabaCloud\Dara\Model;

class CreateSslVpnServerResponse extends Model
{
    /**
     * @var string[]
     */
    public $headers;

    /**
     * @var int
     */
    public $statusCode;

    /**
     * @var CreateSslVpnServerResponseBody
     */
    public $body;
    protected $_name = [
        'headers' => 'headers',
        'statusCode' => 'statusCode',
        'body' => 'body',
    ];
}
