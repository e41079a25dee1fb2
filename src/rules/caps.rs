//! Caps that keep every call small and fast, whatever arrives
//! ([`crate::params::limits`]):
//!
//! - a value longer than its parameter's [`Param::max_len`] characters is one
//!   error (`value-too-long`) and is not read further (nor sent);
//! - more than `MAX_PARAMS` keys is one error (`too-many-parameters`); only
//!   the first `MAX_UNKNOWN_REPORTED` unknown names are reported one by one,
//!   the rest in one error (`more-unknown-parameters`);
//! - a parameter keeps at most `MAX_FINDINGS_PER_FIELD` findings (errors
//!   first), then one info (`more-findings`) counts the rest (the report
//!   applies this cap as it sorts the findings).
//!
//! Request-level findings have an empty `field`.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! for i in 0..100_000 {
//!     input.insert(format!("P{i}"), Value::Null);
//! }
//! let report = validate(&input, Lang::En);
//! assert!(report.findings().len() < 20);
//! assert!(report.findings().iter().any(|f| f.rule == "more-unknown-parameters"));
//! ```

use super::{tr, Ctx, Rule};
use crate::lang::Lang;
use crate::params::limits::MAX_PARAMS;
use crate::params::Param;
use crate::report::Finding;
use crate::report::Severity::{Error, Info};
use crate::text::echo;

/// A value longer than its parameter's cap.
pub(crate) const VALUE_TOO_LONG: Rule = Rule::new("value-too-long", Error, None);
/// More keys than `MAX_PARAMS`.
pub(crate) const TOO_MANY_PARAMETERS: Rule = Rule::new("too-many-parameters", Error, None);
/// Unknown names beyond the first few, counted.
pub(crate) const MORE_UNKNOWN_PARAMETERS: Rule = Rule::new("more-unknown-parameters", Error, None);
/// Findings of a field beyond `MAX_FINDINGS_PER_FIELD`, counted.
pub(crate) const MORE_FINDINGS: Rule = Rule::new("more-findings", Info, None);

/// Whether `s` has more than `max` characters, in at most `max + 1` steps.
pub(crate) fn too_long(s: &str, max: usize) -> bool {
    s.len() > max && s.chars().nth(max).is_some()
}

pub(crate) fn value_too_long(ctx: &mut Ctx, param: &Param, value: &str) {
    let msg = tr!(
        ctx,
        "{} is longer than {} characters, the most this builder reads, so it is not checked further: {}",
        "{} 超过 {} 个字符（本工具读取的上限），不再进一步检查：{}",
        param.name,
        param.max_len,
        echo(value)
    );
    ctx.add(&VALUE_TOO_LONG, param.name, msg, None);
}

pub(crate) fn too_many(ctx: &mut Ctx, n: usize) {
    let msg = tr!(
        ctx,
        "The request has {} parameters; at most {} are accepted (the operation has far fewer).",
        "请求含有 {} 个参数，最多接受 {} 个（此接口的参数远少于此）。",
        n,
        MAX_PARAMS
    );
    ctx.add(&TOO_MANY_PARAMETERS, "", msg, None);
}

pub(crate) fn more_unknown(ctx: &mut Ctx, n: usize) {
    let msg = tr!(
        ctx,
        "…and {} more unknown parameters, not listed one by one.",
        "……另有 {} 个未知参数，不再逐一列出。",
        n
    );
    ctx.add(&MORE_UNKNOWN_PARAMETERS, "", msg, None);
}

/// The info that counts the `n` findings of `field` left out of the report
/// (see [`crate::report::Report::new`], which keeps `MAX_FINDINGS_PER_FIELD`).
pub(crate) fn more_findings(lang: Lang, field: &str, n: usize) -> Finding {
    let template = match lang {
        Lang::En => "…and {} more findings on {}, not shown.",
        Lang::Zh => "……另有 {} 条关于 {} 的提示未显示。",
    };
    let message = crate::text::fill(template, &[&n, &field]);
    Finding {
        field: field.to_owned(),
        severity: MORE_FINDINGS.severity,
        code: None,
        http_status: None,
        rule: MORE_FINDINGS.id,
        message,
        suggestion: None,
    }
}
