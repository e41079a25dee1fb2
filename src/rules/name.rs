//! `Name`: 1 to 100 characters counted as Unicode characters, not starting
//! with `http://` or `https://` (`InvalidName`). The legacy rule that ROS and
//! Terraform still apply (2 to 128 characters, starting with a letter or a
//! Chinese character, then letters, digits, `.`, `_`, `-`) is an info.
//!
//! Both errors suggest the same repaired name (URL schemes removed, then cut
//! to 100 characters), so a suggestion never trades one error for the other.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Name".into(), Value::from("中".repeat(101).as_str()));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Name").unwrap();
//! assert_eq!((f.rule, f.code), ("name-length", Some("InvalidName")));
//! ```

use super::{tr, Ctx, Rule};
use crate::params::limits::{
    LEGACY_NAME_MAX_CHARS, LEGACY_NAME_MIN_CHARS, NAME_MAX_CHARS, NAME_MIN_CHARS,
};
use crate::report::Severity::{Error, Info, Warning};

/// More than 100 characters.
pub(crate) const NAME_LENGTH: Rule = Rule::new("name-length", Error, Some("InvalidName"));
/// Starts with `http://` or `https://`.
pub(crate) const NAME_URL_PREFIX: Rule = Rule::new("name-url-prefix", Error, Some("InvalidName"));
/// Starts with a URL scheme in other case (`HTTP://`).
pub(crate) const NAME_URL_PREFIX_CASE: Rule =
    Rule::new("name-url-prefix", Warning, Some("InvalidName"));
/// Breaks only the legacy rule ROS and Terraform keep.
pub(crate) const NAME_LEGACY: Rule = Rule::new("name-legacy", Info, None);

pub(crate) fn check(ctx: &mut Ctx) {
    let Some(name) = ctx.get("Name").map(str::to_owned) else {
        return;
    };
    let len = name.chars().count();
    if len > NAME_MAX_CHARS {
        let msg = tr!(
            ctx,
            "Name has {} characters; at most {} are allowed.",
            "名称有 {} 个字符，最多允许 {} 个。",
            len,
            NAME_MAX_CHARS
        );
        ctx.add(&NAME_LENGTH, "Name", msg, repaired(&name));
    }
    if name.starts_with("http://") || name.starts_with("https://") {
        let msg = tr!(
            ctx,
            "Name must not start with http:// or https://.",
            "名称不能以 http:// 或 https:// 开头。"
        );
        ctx.add(&NAME_URL_PREFIX, "Name", msg, repaired(&name));
    } else if starts_with_ignore_case(&name, "http://")
        || starts_with_ignore_case(&name, "https://")
    {
        let msg = tr!(
            ctx,
            "Name starts with a URL scheme in other case; the server may reject it as it rejects http:// and https://.",
            "名称以其他大小写的 http:// 或 https:// 开头，服务端可能同样拒绝。"
        );
        ctx.add(&NAME_URL_PREFIX_CASE, "Name", msg, None);
    }
    if !ctx.has_error("Name") && !legacy_ok(&name) {
        let msg = tr!(
            ctx,
            "The API accepts this name, but the older rule kept by ROS and Terraform ({} to {} characters, starting with a letter or Chinese character; letters, digits, . _ -) does not.",
            "API 接受此名称，但 ROS 和 Terraform 仍沿用的旧规则（{}～{} 个字符，以字母或中文开头，可含字母、数字、. _ -）不接受。",
            LEGACY_NAME_MIN_CHARS,
            LEGACY_NAME_MAX_CHARS
        );
        ctx.add(&NAME_LEGACY, "Name", msg, None);
    }
}

/// The name with every leading `http://` / `https://` (and the whitespace
/// between them) removed, cut to the longest allowed length, trimmed:
/// a name the API accepts, or `None` when nothing is left.
fn repaired(name: &str) -> Option<String> {
    let mut rest = name;
    loop {
        let t = rest.trim_start();
        // Without `trim_start_matches`, so no `&str` pattern searcher in the wasm.
        match t
            .strip_prefix("https://")
            .or_else(|| t.strip_prefix("http://"))
        {
            Some(r) => rest = r,
            None => {
                rest = t;
                break;
            }
        }
    }
    let cut: String = rest.chars().take(NAME_MAX_CHARS).collect();
    let cut = cut.trim_end();
    (cut.chars().count() >= NAME_MIN_CHARS).then(|| cut.to_owned())
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
    (LEGACY_NAME_MIN_CHARS..=LEGACY_NAME_MAX_CHARS).contains(&len)
        && first_ok
        && chars.all(|c| c.is_ascii_alphanumeric() || is_chinese(c) || matches!(c, '.' | '_' | '-'))
}

#[cfg(test)]
mod tests {
    use super::repaired;

    #[test]
    fn repaired_names_break_no_rule() {
        assert_eq!(repaired("https://vpn").as_deref(), Some("vpn"));
        assert_eq!(repaired("http://https://vpn").as_deref(), Some("vpn"));
        assert_eq!(repaired("http:// http://x ").as_deref(), Some("x"));
        assert_eq!(repaired("https://"), None);
        let long = ["http://", &"a".repeat(150)].concat();
        assert_eq!(repaired(&long).unwrap().len(), 100);
    }
}
