<?php

// Mirrors aliyun/darabonba-openapi, php/src/OpenApiClient.php (commit 16b1727d; Composer
// alibabacloud/darabonba-openapi), the base class of the VPC client, as the VPC client uses
// it: `class Vpc extends OpenApiClient`, `parent::__construct($config)`.
// Stub for compile/run checks of generated snippets: only a constructor that takes the
// Config; none of its members are mirrored (the stub keeps the Config in a property of its own).

namespace Darabonba\OpenApi;

class OpenApiClient
{
    protected $_stubConfig;

    public function __construct($config)
    {
        $this->_stubConfig = $config;
    }
}
