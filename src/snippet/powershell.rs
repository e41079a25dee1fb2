//! `powershell`: the `aliyun` command in PowerShell, with PowerShell quoting
//! and backtick line continuations.
//!
//! ```powershell
//! aliyun vpc CreateSslVpnServer `
//!   --RegionId 'cn-hangzhou' `
//!   --Name 'it''s mine'
//! ```
//!
//! Needs PowerShell 7.3 or later for values with double quotes or empty
//! values: older versions pass those to native programs mangled.

use super::cli::command;
use super::shell::powershell;
use super::{Line, Snip};

const PWSH_73: Line = crate::text!(
    "Needs PowerShell 7.3 or later: Windows PowerShell 5.1 mangles arguments that contain double quotes.",
    "需要 PowerShell 7.3 或更高版本：Windows PowerShell 5.1 会弄乱含双引号的参数。"
);

pub(crate) fn render(s: &Snip) -> String {
    let mut out = command(s, "#", " `", |name, v| {
        if v.starts_with('-') {
            powershell(&format!("--{name}={v}"))
        } else {
            format!("--{name} {}", powershell(v))
        }
    });
    if s.params().iter().any(|(_, v)| v.contains('"')) {
        out.insert_str(s.header("#").len(), &s.line("#", &PWSH_73, &[]));
    }
    out
}
