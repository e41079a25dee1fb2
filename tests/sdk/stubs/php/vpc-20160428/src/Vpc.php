<?php

// Mirrors aliyun/alibabacloud-php-sdk, vpc-20160428/src/Vpc.php (commit 00f976ea; Composer
// alibabacloud/vpc-20160428): `class Vpc extends OpenApiClient`, its constructor, and for
// the four SSL-VPN server operations xxxWithOptions($request, $runtime) and xxx($request),
// which creates `new RuntimeOptions([])`. CreateSslVpnServer's were read there; the other
// three follow the same generated pattern (read for them in the Java SDK, not one by one here).
// Stub for compile/run checks of generated snippets: instead of calling the API, each
// operation checks the request's class, records the request and the Config
// (SdkStub\Recorder, not part of the SDK) and returns a fixed response.
// Not mirrored: the endpoint map, getEndpoint and every other operation.

namespace AlibabaCloud\SDK\Vpc\V20160428;

use AlibabaCloud\Dara\Models\RuntimeOptions;
use AlibabaCloud\SDK\Vpc\V20160428\Models\CreateSslVpnServerRequest;
use AlibabaCloud\SDK\Vpc\V20160428\Models\CreateSslVpnServerResponse;
use AlibabaCloud\SDK\Vpc\V20160428\Models\CreateSslVpnServerResponseBody;
use AlibabaCloud\SDK\Vpc\V20160428\Models\ModifySslVpnServerRequest;
use AlibabaCloud\SDK\Vpc\V20160428\Models\ModifySslVpnServerResponse;
use AlibabaCloud\SDK\Vpc\V20160428\Models\ModifySslVpnServerResponseBody;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DeleteSslVpnServerRequest;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DeleteSslVpnServerResponse;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DeleteSslVpnServerResponseBody;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DescribeSslVpnServersRequest;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DescribeSslVpnServersResponse;
use AlibabaCloud\SDK\Vpc\V20160428\Models\DescribeSslVpnServersResponseBody;
use Darabonba\OpenApi\OpenApiClient;

class Vpc extends OpenApiClient
{
    public function __construct($config)
    {
        parent::__construct($config);
    }

    /**
     * @param CreateSslVpnServerRequest $request
     * @param RuntimeOptions $runtime
     *
     * @return CreateSslVpnServerResponse
     */
    public function createSslVpnServerWithOptions($request, $runtime)
    {
        if (!($request instanceof CreateSslVpnServerRequest)) {
            throw new \InvalidArgumentException('createSslVpnServerWithOptions takes a CreateSslVpnServerRequest (stub check)');
        }
        $request->validate();
        \SdkStub\Recorder::record('CreateSslVpnServer', $this->_stubConfig, $request);

        return new CreateSslVpnServerResponse([
            'statusCode' => 200,
            'body' => \SdkStub\Recorder::body(new CreateSslVpnServerResponseBody()),
        ]);
    }

    /**
     * @param CreateSslVpnServerRequest $request
     *
     * @return CreateSslVpnServerResponse
     */
    public function createSslVpnServer($request)
    {
        $runtime = new RuntimeOptions([]);

        return $this->createSslVpnServerWithOptions($request, $runtime);
    }

    /**
     * @param ModifySslVpnServerRequest $request
     * @param RuntimeOptions $runtime
     *
     * @return ModifySslVpnServerResponse
     */
    public function modifySslVpnServerWithOptions($request, $runtime)
    {
        if (!($request instanceof ModifySslVpnServerRequest)) {
            throw new \InvalidArgumentException('modifySslVpnServerWithOptions takes a ModifySslVpnServerRequest (stub check)');
        }
        $request->validate();
        \SdkStub\Recorder::record('ModifySslVpnServer', $this->_stubConfig, $request);

        return new ModifySslVpnServerResponse([
            'statusCode' => 200,
            'body' => \SdkStub\Recorder::body(new ModifySslVpnServerResponseBody()),
        ]);
    }

    /**
     * @param ModifySslVpnServerRequest $request
     *
     * @return ModifySslVpnServerResponse
     */
    public function modifySslVpnServer($request)
    {
        $runtime = new RuntimeOptions([]);

        return $this->modifySslVpnServerWithOptions($request, $runtime);
    }

    /**
     * @param DeleteSslVpnServerRequest $request
     * @param RuntimeOptions $runtime
     *
     * @return DeleteSslVpnServerResponse
     */
    public function deleteSslVpnServerWithOptions($request, $runtime)
    {
        if (!($request instanceof DeleteSslVpnServerRequest)) {
            throw new \InvalidArgumentException('deleteSslVpnServerWithOptions takes a DeleteSslVpnServerRequest (stub check)');
        }
        $request->validate();
        \SdkStub\Recorder::record('DeleteSslVpnServer', $this->_stubConfig, $request);

        return new DeleteSslVpnServerResponse([
            'statusCode' => 200,
            'body' => \SdkStub\Recorder::body(new DeleteSslVpnServerResponseBody()),
        ]);
    }

    /**
     * @param DeleteSslVpnServerRequest $request
     *
     * @return DeleteSslVpnServerResponse
     */
    public function deleteSslVpnServer($request)
    {
        $runtime = new RuntimeOptions([]);

        return $this->deleteSslVpnServerWithOptions($request, $runtime);
    }

    /**
     * @param DescribeSslVpnServersRequest $request
     * @param RuntimeOptions $runtime
     *
     * @return DescribeSslVpnServersResponse
     */
    public function describeSslVpnServersWithOptions($request, $runtime)
    {
        if (!($request instanceof DescribeSslVpnServersRequest)) {
            throw new \InvalidArgumentException('describeSslVpnServersWithOptions takes a DescribeSslVpnServersRequest (stub check)');
        }
        $request->validate();
        \SdkStub\Recorder::record('DescribeSslVpnServers', $this->_stubConfig, $request);

        return new DescribeSslVpnServersResponse([
            'statusCode' => 200,
            'body' => \SdkStub\Recorder::body(new DescribeSslVpnServersResponseBody()),
        ]);
    }

    /**
     * @param DescribeSslVpnServersRequest $request
     *
     * @return DescribeSslVpnServersResponse
     */
    public function describeSslVpnServers($request)
    {
        $runtime = new RuntimeOptions([]);

        return $this->describeSslVpnServersWithOptions($request, $runtime);
    }
}
