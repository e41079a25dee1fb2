//! `php`: the `alibabacloud/vpc-20160428` SDK with Composer's autoloader.

use super::{camel, lit, Snip, Typed};

pub(crate) fn render(s: &Snip) -> String {
    let mut out = String::from("<?php\n");
    out.push_str(&s.header("//"));
    out.push_str(
        "require __DIR__ . '/vendor/autoload.php';

use AlibabaCloud\\SDK\\Vpc\\V20160428\\Models\\CreateSslVpnServerRequest;
use AlibabaCloud\\SDK\\Vpc\\V20160428\\Vpc;
use Darabonba\\OpenApi\\Models\\Config;

$config = new Config([
    'accessKeyId' => getenv('ALIBABA_CLOUD_ACCESS_KEY_ID'),
    'accessKeySecret' => getenv('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
    'securityToken' => getenv('ALIBABA_CLOUD_SECURITY_TOKEN') ?: null,
]);
",
    );
    out.push_str(&format!(
        "$config->endpoint = {};\n$client = new Vpc($config);\n\n$request = new CreateSslVpnServerRequest([\n",
        lit::php(&s.endpoint())
    ));
    for (name, v) in s.typed() {
        let value = match v {
            Typed::Str(t) => lit::php(t),
            Typed::Int(i) => i.to_string(),
            Typed::Bool(b) => b.to_string(),
        };
        out.push_str(&format!("    '{}' => {value},\n", camel(name)));
    }
    out.push_str(
        "]);
$response = $client->createSslVpnServer($request);
echo $response->body->sslVpnServerId, PHP_EOL;
",
    );
    out
}
