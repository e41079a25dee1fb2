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
//! `DnsServers` is not in the CLI's bundled metadata, so it needs `--force`.

use super::shell::{has_nul, posix};
use super::Snip;

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

/// The command shared with PowerShell: `cont` ends a continued line.
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
            out.push_str(&format!(
                "{comment} NOTE: {name} holds a NUL character, which no command-line argument can carry; it is left out.\n"
            ));
        }
    }
    if params.iter().any(|(n, _)| *n == "DnsServers") {
        out.push_str(&format!(
            "{comment} DnsServers is not in the aliyun CLI's metadata yet: --force lets it through.\n"
        ));
    }
    out.push_str(&format!(
        "{comment} Credentials: your aliyun CLI profile (aliyun configure).\n"
    ));
    out.push_str("aliyun vpc CreateSslVpnServer");
    for (name, v) in &params {
        let force = if *name == "DnsServers" {
            "--force "
        } else {
            ""
        };
        out.push_str(&format!("{cont}\n  {force}{}", arg(name, v)));
    }
    out.push('\n');
    out
}
