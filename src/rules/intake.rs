//! Reads the input: unknown names (with "did you mean"), the fixed `Action`,
//! JSON types, the caps ([`super::caps`]) and whitespace. Every known value
//! that can be read becomes text.
//!
//! Whitespace policy, the same for every parameter: leading and trailing
//! whitespace (Unicode `White_Space`) is removed, with an info saying so,
//! and the trimmed value is what every rule checks and what signing and the
//! snippets use. A value that is only whitespace counts as not given.
//!
//! ```
//! use sslvpn_builder::{check, validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("VpnGatewayID".into(), Value::from("vpn-x"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.rule == "unknown-parameter").unwrap();
//! assert_eq!(f.suggestion.as_deref(), Some("VpnGatewayId"));
//!
//! input.insert("RegionId".into(), Value::from(" cn-shanghai\t"));
//! let checked = check(&input, Lang::En);
//! assert_eq!(checked.request().region_id(), "cn-shanghai");
//! assert!(checked.report().findings().iter().any(|f| f.field == "RegionId" && f.rule == "whitespace"));
//! ```

use super::caps::{self, too_long};
use super::{tr, Ctx, Rule};
use crate::params::limits::{MAX_PARAMS, MAX_UNKNOWN_REPORTED};
use crate::params::{Kind, Param, COMMON};
use crate::report::Severity::{Error, Info};
use crate::text::{closest, echo};
use crate::value::ValueRef;

/// `Action` given, but not the operation's.
pub(crate) const ACTION_FIXED: Rule = Rule::new("action-fixed", Error, None);
/// A name that is no parameter of the operation.
pub(crate) const UNKNOWN_PARAMETER: Rule = Rule::new("unknown-parameter", Error, None);
/// A JSON value of the wrong type (an array, a number for a boolean, ...).
pub(crate) const TYPE_MISMATCH: Rule = Rule::new("type-mismatch", Error, None);
/// Leading or trailing whitespace, removed.
pub(crate) const WHITESPACE: Rule = Rule::new("whitespace", Info, None);

pub(crate) fn check<'a>(
    ctx: &mut Ctx,
    input: impl ExactSizeIterator<Item = (&'a str, ValueRef<'a>)>,
) {
    let len = input.len();
    // One pass; past the first few unknown names only a count, so even a
    // huge input costs a name comparison per key and no finding.
    let mut unknown = 0;
    for (name, v) in input {
        match ctx.op.param(name) {
            Some(p) => value(ctx, p, v),
            None => {
                if unknown < MAX_UNKNOWN_REPORTED {
                    unknown_name(ctx, name);
                }
                unknown += 1;
            }
        }
    }
    if len > MAX_PARAMS {
        caps::too_many(ctx, len);
    }
    if unknown > MAX_UNKNOWN_REPORTED {
        caps::more_unknown(ctx, unknown - MAX_UNKNOWN_REPORTED);
    }
}

/// Reads one known parameter's value into the context.
pub(crate) fn value(ctx: &mut Ctx, param: &'static Param, value: ValueRef) {
    let text = match (param.kind, value) {
        (_, ValueRef::Null) => return,
        (_, ValueRef::Str(s)) => {
            if too_long(s, param.max_len) {
                caps::value_too_long(ctx, param, s);
                return;
            }
            let trimmed = s.trim();
            if trimmed.len() != s.len() {
                whitespace(ctx, param.name, trimmed);
            }
            if trimmed.is_empty() {
                return;
            }
            trimmed.to_owned()
        }
        (Kind::String | Kind::Integer, ValueRef::Int(i)) => i.to_string(),
        (Kind::Boolean, ValueRef::Bool(b)) => b.to_string(),
        (kind, other) => {
            mismatch(ctx, param.name, kind, other);
            return;
        }
    };
    let action = ctx.op.action;
    if param.name == "Action" && text != action {
        let msg = tr!(ctx, "Action is fixed to {}.", "Action 固定为 {}。", action);
        ctx.add(&ACTION_FIXED, "Action", msg, Some(action.into()));
        return;
    }
    ctx.set(param.name, text);
}

fn whitespace(ctx: &mut Ctx, name: &'static str, trimmed: &str) {
    let msg = if trimmed.is_empty() {
        tr!(
            ctx,
            "{} holds only whitespace, so it counts as not given.",
            "{} 只有空白字符，视为未填写。",
            name
        )
    } else {
        tr!(
            ctx,
            "{} starts or ends with whitespace, which is removed: {} is checked and sent.",
            "{} 首尾含有空白字符，已去除：检查并发送的是 {}。",
            name,
            echo(trimmed)
        )
    };
    ctx.add(&WHITESPACE, name, msg, None);
}

fn unknown_name(ctx: &mut Ctx, name: &str) {
    let shown = echo(name);
    let (msg, suggestion) = if COMMON.contains(&name) {
        (
            tr!(
                ctx,
                "{} is a common parameter: signing sets it.",
                "{} 是公共参数，由签名步骤设置。",
                shown
            ),
            None,
        )
    } else if let Some(near) = closest(name, ctx.op.params.iter().map(|p| p.name)) {
        (
            tr!(
                ctx,
                "Unknown parameter {}. Did you mean {}?",
                "未知参数 {}。您是否要输入 {}？",
                shown,
                near
            ),
            Some(near.to_owned()),
        )
    } else {
        (
            tr!(ctx, "Unknown parameter {}.", "未知参数 {}。", shown),
            None,
        )
    };
    ctx.add(&UNKNOWN_PARAMETER, name, msg, suggestion);
}

fn mismatch(ctx: &mut Ctx, name: &'static str, kind: Kind, got: ValueRef) {
    let (want_en, want_zh) = match kind {
        Kind::String => ("a string", "字符串"),
        Kind::Integer => ("an integer", "整数"),
        Kind::Boolean => ("true or false", "true 或 false"),
    };
    let msg = tr!(
        ctx,
        "{} must be {}, not {}.",
        "{} 应为{}，而不是 {}。",
        name,
        if ctx.lang == crate::Lang::En {
            want_en
        } else {
            want_zh
        },
        got.type_name()
    );
    match (kind, got) {
        (Kind::Boolean, ValueRef::Int(0)) => {
            ctx.add(&TYPE_MISMATCH, name, msg, Some("false".to_owned()))
        }
        (Kind::Boolean, ValueRef::Int(1)) => {
            ctx.add(&TYPE_MISMATCH, name, msg, Some("true".to_owned()))
        }
        // `"true"` is a good Name, but no CIDR block: kept only if it passes.
        (Kind::String, ValueRef::Bool(b)) => {
            ctx.add_verified(&TYPE_MISMATCH, name, msg, Some(b.to_string()))
        }
        _ => ctx.add(&TYPE_MISMATCH, name, msg, None),
    }
}
