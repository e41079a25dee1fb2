//! `cli`: the `aliyun` command for a POSIX shell (bash, zsh).
//!
//! ```sh
//! aliyun vpc CreateSslVpnServer \
//!   --RegionId cn-hangzhou \
//!   --Name 'my server'
//! ```
//!
//! `--DryRun true` is the API parameter, not the CLI's own `--dryrun`. A value
//! that starts with `-` is attached (`--Name=-x`): the CLI's parser would
//! take it for a flag.
//! `DnsServers` is not in the CLI's bundled metadata, so it needs `--force`;
//! nor are the framework parameters (`OwnerId`, ...), which need it too.
//! A central or custom endpoint goes in the CLI's own `--endpoint` flag.

use super::shell::{has_nul, posix};
use super::{Line, Snip};
use crate::params::OWNER;
use crate::signing::{Method, Scheme};
use crate::text;

pub(crate) fn render(s: &Snip) -> String {
    command(s, "#", " \\", |name, v| {
        // The CLI reads an argument that starts with `-` as a flag: attach it.
        if v.starts_with('-') {
            format!("--{name}={}", posix(v))
        } else {
            format!("--{name} {}", posix(v))
        }
    })
}

const NUL: Line = text!(
    "NOTE: {} holds a NUL character, which no command-line argument can carry; it is left out.",
    "注意：{} 含有 NUL 字符，命令行参数无法携带，已省略。"
);
const FORCE: Line = text!(
    "DnsServers is not in the aliyun CLI's metadata yet: --force lets it through.",
    "aliyun CLI 的元数据中还没有 DnsServers：用 --force 放行。"
);
const FORCE_OWNER: Line = text!(
    "{}: framework parameters the aliyun CLI's metadata does not list: --force lets them through.",
    "{}：aliyun CLI 的元数据中没有这些框架参数，用 --force 放行。"
);
const CREDENTIALS: Line = text!(
    "Credentials: your aliyun CLI profile (aliyun configure).",
    "凭证：aliyun CLI 的配置（aliyun configure）。"
);
const SIGNS_ITSELF: Line = text!(
    "The aliyun CLI signs and sends the request itself: the Signature and Method chosen apply to the signed request and curl.",
    "aliyun CLI 自行签名并发送请求：所选的签名版本和请求方法只用于签名请求和 curl。"
);

/// The command shared with PowerShell: `cont` ends a continued line; `arg`
/// writes one `--Name value` argument.
pub(crate) fn command(
    s: &Snip,
    comment: &str,
    cont: &str,
    arg: fn(&str, &str) -> String,
) -> String {
    let mut out = s.header(comment);
    let params = s.params();
    for (name, v) in &params {
        if has_nul(v) {
            out.push_str(&s.line(comment, &NUL, &[name]));
        }
    }
    if params.iter().any(|(n, _)| *n == "DnsServers") {
        out.push_str(&s.line(comment, &FORCE, &[]));
    }
    let owners: Vec<&str> = params
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| OWNER.contains(n))
        .collect();
    if !owners.is_empty() {
        out.push_str(&s.line(comment, &FORCE_OWNER, &[&owners.join(", ")]));
    }
    if s.scheme == Scheme::V1 || s.method == Method::Get {
        out.push_str(&s.line(comment, &SIGNS_ITSELF, &[]));
    }
    out.push_str(&s.line(comment, &CREDENTIALS, &[]));
    out.push_str(&s.names("aliyun vpc {Op}"));
    if !s.regional {
        out.push_str(&format!("{cont}\n  {}", arg("endpoint", &s.host)));
    }
    // `--force` once, before the first parameter that needs it: the CLI
    // refuses a flag given twice ("--force duplicated").
    let mut forced = false;
    for (name, v) in &params {
        let force = if !forced && (*name == "DnsServers" || OWNER.contains(name)) {
            forced = true;
            "--force "
        } else {
            ""
        };
        out.push_str(&format!("{cont}\n  {force}{}", arg(name, v)));
    }
    out.push('\n');
    out
}
