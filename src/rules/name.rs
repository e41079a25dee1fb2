//! `Name`: 1 to 100 characters counted as Unicode characters, not starting
//! with `http://` or `https://` (`InvalidName`). The legacy rule that ROS and
//! Terraform still apply (2 to 128 characters, starting with a letter or a
//! Chinese character, then letters, digits, `.`, `_`, `-`) is an info.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Name".into(), Value::from("中".repeat(101).as_str()));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Name").unwrap();
//! assert_eq!((f.rule, f.code), ("name-length", Some("InvalidName")));
//! ```

use super::{tr, Ctx};
use crate::report::Severity;

pub(crate) const MAX: usize = 100;

pub(crate) fn check(ctx: &mut Ctx) {
    let Some(name) = ctx.get("Name").map(str::to_owned) else {
        return;
    };
    let len = name.chars().count();
    if len > MAX {
        let cut: String = name.chars().take(MAX).collect();
        let msg = tr!(
            ctx,
            "Name has {} characters; at most {} are allowed.",
            "名称有 {} 个字符，最多允许 {} 个。",
            len,
            MAX
        );
        ctx.add(
            Severity::Error,
            "Name",
            "name-length",
            Some("InvalidName"),
            msg,
            Some(cut),
        );
    }
    if name.starts_with("http://") || name.starts_with("https://") {
        let msg = tr!(
            ctx,
            "Name must not start with http:// or https://.",
            "名称不能以 http:// 或 https:// 开头。"
        );
        // As `trim_start_matches("https://").trim_start_matches("http://")`,
        // without linking the `&str` pattern searcher into the wasm.
        let mut fixed = name.as_str();
        while let Some(rest) = fixed.strip_prefix("https://") {
            fixed = rest;
        }
        while let Some(rest) = fixed.strip_prefix("http://") {
            fixed = rest;
        }
        let fixed = fixed.to_owned();
        ctx.add(
            Severity::Error,
            "Name",
            "name-url-prefix",
            Some("InvalidName"),
            msg,
            Some(fixed).filter(|f| !f.is_empty()),
        );
    } else if starts_with_ignore_case(&name, "http://")
        || starts_with_ignore_case(&name, "https://")
    {
        let msg = tr!(
            ctx,
            "Name starts with a URL scheme in other case; the server may reject it as it rejects http:// and https://.",
            "名称以其他大小写的 http:// 或 https:// 开头，服务端可能同样拒绝。"
        );
        ctx.add(
            Severity::Warning,
            "Name",
            "name-url-prefix",
            Some("InvalidName"),
            msg,
            None,
        );
    }
    if !ctx.has_error("Name") && !legacy_ok(&name) {
        let msg = tr!(
            ctx,
            "The API accepts this name, but the older rule kept by ROS and Terraform (2 to 128 characters, starting with a letter or Chinese character; letters, digits, . _ -) does not.",
            "API 接受此名称，但 ROS 和 Terraform 仍沿用的旧规则（2～128 个字符，以字母或中文开头，可含字母、数字、. _ -）不接受。"
        );
        ctx.add(Severity::Info, "Name", "name-legacy", None, msg, None);
    }
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// The 2019 rule: 2 to 128 characters, a letter or Chinese character first.
fn legacy_ok(name: &str) -> bool {
    let len = name.chars().count();
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || is_chinese(c));
    (2..=128).contains(&len)
        && first_ok
        && chars.all(|c| c.is_ascii_alphanumeric() || is_chinese(c) || matches!(c, '.' | '_' | '-'))
}
