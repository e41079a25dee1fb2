//! `php`: the `alibabacloud/vpc-20160428` SDK with Composer's autoloader.

use super::sdk::{plain, Sdk};
use super::{camel, lit};

pub(crate) const SDK: Sdk = Sdk {
    open: "<?php\n",
    comment: "//",
    pre: "require __DIR__ . '/vendor/autoload.php';

use AlibabaCloud\\SDK\\Vpc\\V20160428\\Models\\{Op}Request;
use AlibabaCloud\\SDK\\Vpc\\V20160428\\Vpc;
use Darabonba\\OpenApi\\Models\\Config;

$config = new Config([
    'accessKeyId' => getenv('ALIBABA_CLOUD_ACCESS_KEY_ID'),
    'accessKeySecret' => getenv('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
    'securityToken' => getenv('ALIBABA_CLOUD_SECURITY_TOKEN') ?: null,
]);
$config->endpoint = {endpoint};
{v1}$client = new Vpc($config);

$request = new {Op}Request([
",
    v1: "$config->signatureAlgorithm = 'v2';\n",
    note: None,
    post: "]);
$response = $client->{op}($request);
echo $response->body->{result}, PHP_EOL;
",
    lit: lit::php,
    field: |name, v, _| format!("    '{}' => {},\n", camel(name), plain(v, lit::php)),
    max_int: None,
};
