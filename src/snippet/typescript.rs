//! `typescript`: the `@alicloud/vpc20160428` SDK (7.x) on Node.js.
//! The constructor takes any map, so the object is checked with `satisfies`
//! (TypeScript 4.9 or later) against the class's declared fields: a misspelt
//! name or a wrong type fails to compile.

use super::{camel, lit, Snip, Typed};

pub(crate) fn render(s: &Snip) -> String {
    let mut out = s.header("//");
    out.push_str(
        "import Vpc20160428, * as $Vpc20160428 from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';

// The request's declared fields only (the SDK's model also accepts any key).
type Fields<T> = { [K in keyof T as string extends K ? never : K]?: T[K] };

async function main(): Promise<void> {
  const config = new $OpenApiUtil.Config({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    securityToken: process.env.ALIBABA_CLOUD_SECURITY_TOKEN,
  });
",
    );
    out.push_str(&format!(
        "  config.endpoint = {};\n  const client = new Vpc20160428(config);\n\n  const request = new $Vpc20160428.CreateSslVpnServerRequest({{\n",
        lit::js(&s.endpoint())
    ));
    for (name, v) in s.typed() {
        let value = match v {
            Typed::Str(t) => lit::js(t),
            Typed::Int(i) => i.to_string(),
            Typed::Bool(b) => b.to_string(),
        };
        out.push_str(&format!("    {}: {value},\n", camel(name)));
    }
    out.push_str(
        "  } satisfies Fields<$Vpc20160428.CreateSslVpnServerRequest>);
  const response = await client.createSslVpnServer(request);
  console.log(response.body?.sslVpnServerId);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
",
    );
    out
}
