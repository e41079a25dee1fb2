//! `ClientToken`: ASCII only, at most 64 characters.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("ClientToken".into(), Value::from("tökén"));
//! let report = validate(&input, Lang::En);
//! assert!(report.findings().iter().any(|f| f.rule == "client-token-ascii"));
//! ```

use super::{tr, Ctx};
use crate::report::Severity;

pub(crate) const MAX: usize = 64;

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
        let ascii: String = token.chars().filter(char::is_ascii).take(MAX).collect();
        ctx.add(
            Severity::Error,
            "ClientToken",
            "client-token-ascii",
            None,
            msg,
            Some(ascii).filter(|s| !s.is_empty()),
        );
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
        ctx.add(
            Severity::Error,
            "ClientToken",
            "client-token-length",
            None,
            msg,
            None,
        );
    }
}
