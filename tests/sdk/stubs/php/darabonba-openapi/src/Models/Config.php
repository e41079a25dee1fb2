<?php

// Mirrors aliyun/darabonba-openapi, php/src/Models/Config.php
// (commit 1bb2d7fa; Composer alibabacloud/darabonba-openapi). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: $_default, toMap/fromMap; the constructor comes from the
// AlibabaCloud\Dara\Model stub (that copy extends AlibabaCloud\Tea\Model, whose constructor
// takes the same array).

namespace Darabonba\OpenApi\Models;

use AlibabaCloud\Dara\Model;

/**
 * Model for initing client
 */
class Config extends Model
{
    /**
     * @var string
     */
    public $accessKeyId;

    /**
     * @var string
     */
    public $accessKeySecret;

    /**
     * @var string
     */
    public $securityToken;

    /**
     * @var string
     */
    public $protocol;

    /**
     * @var string
     */
    public $method;

    /**
     * @var string
     */
    public $regionId;

    /**
     * @var int
     */
    public $readTimeout;

    /**
     * @var int
     */
    public $connectTimeout;

    /**
     * @var string
     */
    public $httpProxy;

    /**
     * @var string
     */
    public $httpsProxy;

    /**
     * @var Credential
     */
    public $credential;

    /**
     * @var string
     */
    public $endpoint;

    /**
     * @var string
     */
    public $noProxy;

    /**
     * @var int
     */
    public $maxIdleConns;

    /**
     * @var string
     */
    public $network;

    /**
     * @var string
     */
    public $userAgent;

    /**
     * @var string
     */
    public $suffix;

    /**
     * @var string
     */
    public $socks5Proxy;

    /**
     * @var string
     */
    public $socks5NetWork;

    /**
     * @var string
     */
    public $endpointType;

    /**
     * @var string
     */
    public $openPlatformEndpoint;

    /**
     * @var string
     */
    public $type;

    /**
     * @var string
     */
    public $signatureVersion;

    /**
     * @var string
     */
    public $signatureAlgorithm;

    /**
     * @var GlobalParameters
     */
    public $globalParameters;

    /**
     * @var string
     */
    public $key;

    /**
     * @var string
     */
    public $cert;

    /**
     * @var string
     */
    public $ca;

    /**
     * @var bool
     */
    public $disableHttp2;
}
