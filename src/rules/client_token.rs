//! `ClientToken`: ASCII only, at most 64 characters.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("ClientToken".into(), Value::from("tökén"));
//! let report = validate(&input, Lang::En);
//! assert!(report.findings().iter().any(|f| f.rule == "client-token-ascii"));
//! ```

use super::{tr, Ctx, Rule};
use crate::params::limits::CLIENT_TOKEN_MAX_CHARS as MAX;
use crate::report::Severity::Error;

/// A character outside ASCII.
pub(crate) const ASCII: Rule = Rule::new("client-token-ascii", Error, None);
/// More than 64 characters.
pub(crate) const LENGTH: Rule = Rule::new("client-token-length", Error, None);

pub(crate) fn check(ctx: &mut Ctx) {
    let Some(token) = ctx.get("ClientToken").map(str::to_owned) else {
        return;
    };
    if let Some(bad) = token.chars().find(|c| !c.is_ascii()) {
        let msg = tr!(
            ctx,
            "ClientToken may contain only ASCII characters; {} is not.",
            "ClientToken 只能包含 ASCII 字符，{} 不是。",
            crate::text::code_point(bad)
        );
        // The ASCII characters, at most 64, trimmed: a token that passes.
        let ascii: String = token.chars().filter(char::is_ascii).take(MAX).collect();
        let ascii = ascii.trim();
        let suggestion = (!ascii.is_empty()).then(|| ascii.to_owned());
        ctx.add(&ASCII, "ClientToken", msg, suggestion);
    }
    let len = token.chars().count();
    if len > MAX {
        let msg = tr!(
            ctx,
            "ClientToken has {} characters; at most {} are allowed.",
            "ClientToken 有 {} 个字符，最多允许 {} 个。",
            len,
            MAX
        );
        ctx.add(&LENGTH, "ClientToken", msg, None);
    }
}
