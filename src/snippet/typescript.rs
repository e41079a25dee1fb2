//! `typescript`: the `@alicloud/vpc20160428` SDK (7.x) on Node.js.
//! The constructor takes any map, so the object is checked with `satisfies`
//! (TypeScript 4.9 or later) against the class's declared fields: a misspelt
//! name or a wrong type fails to compile.

use super::sdk::{plain, Sdk};
use super::{camel, lit};

pub(crate) const SDK: Sdk = Sdk {
    open: "",
    comment: "//",
    pre: "import Vpc20160428, * as $Vpc20160428 from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';

{note}type Fields<T> = { [K in keyof T as string extends K ? never : K]?: T[K] };

async function main(): Promise<void> {
  const config = new $OpenApiUtil.Config({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    securityToken: process.env.ALIBABA_CLOUD_SECURITY_TOKEN,
  });
  config.endpoint = {endpoint};
{v1}  const client = new Vpc20160428(config);

  const request = new $Vpc20160428.{Op}Request({
",
    v1: "  config.signatureAlgorithm = 'v2';\n",
    note: Some(crate::text!(
        "The request's declared fields only (the SDK's model also accepts any key).",
        "只允许请求模型中声明的字段（SDK 的模型本身接受任意键）。"
    )),
    post: "  } satisfies Fields<$Vpc20160428.{Op}Request>);
  const response = await client.{op}(request);
  console.log(response.body?.{result});
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
",
    lit: lit::js,
    field: |name, v, _| format!("    {}: {},\n", camel(name), plain(v, lit::js)),
    // Number.MAX_SAFE_INTEGER: a larger owner ID would be rounded.
    max_int: Some(((1 << 53) - 1, "    //")),
};
