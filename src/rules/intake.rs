//! Reads the input: unknown names (with "did you mean"), the fixed `Action`,
//! and JSON types. Every known value that can be read becomes text.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("VpnGatewayID".into(), Value::from("vpn-x"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.rule == "unknown-parameter").unwrap();
//! assert_eq!(f.suggestion.as_deref(), Some("VpnGatewayId"));
//! ```

use super::{tr, Ctx};
use crate::params::{Kind, ACTION, COMMON, NOT_EXPOSED, PARAMS};
use crate::report::Severity;
use crate::text::{closest, echo};
use crate::value::{Input, Value};

pub(crate) fn check(ctx: &mut Ctx, input: &Input) {
    for (name, value) in input {
        let Some(param) = PARAMS.iter().find(|p| p.name == name.as_str()) else {
            unknown(ctx, name);
            continue;
        };
        let text = match (param.kind, value) {
            (_, Value::Null) => continue,
            (_, Value::Str(s)) if s.is_empty() => continue,
            (_, Value::Str(s)) => s.clone(),
            (Kind::String | Kind::Integer, Value::Int(i)) => i.to_string(),
            (Kind::Boolean, Value::Bool(b)) => b.to_string(),
            (kind, other) => {
                mismatch(ctx, param.name, kind, other);
                continue;
            }
        };
        if param.name == "Action" && text != ACTION {
            let msg = tr!(ctx, "Action is fixed to {}.", "Action 固定为 {}。", ACTION);
            ctx.add(
                Severity::Error,
                "Action",
                "action-fixed",
                None,
                msg,
                Some(ACTION.into()),
            );
            continue;
        }
        ctx.set(param.name, text);
    }
}

fn unknown(ctx: &mut Ctx, name: &str) {
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
    } else if NOT_EXPOSED.contains(&name) {
        (
            tr!(
                ctx,
                "{} is a framework parameter this builder does not send.",
                "{} 是框架参数，本工具不发送。",
                shown
            ),
            None,
        )
    } else if let Some(near) = closest(name, PARAMS.iter().map(|p| p.name)) {
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
    ctx.add(
        Severity::Error,
        name,
        "unknown-parameter",
        None,
        msg,
        suggestion,
    );
}

fn mismatch(ctx: &mut Ctx, name: &'static str, kind: Kind, got: &Value) {
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
    let suggestion = match (kind, got) {
        (Kind::Boolean, Value::Int(0)) => Some("false".to_owned()),
        (Kind::Boolean, Value::Int(1)) => Some("true".to_owned()),
        (Kind::String, Value::Bool(b)) => Some(b.to_string()),
        _ => None,
    };
    ctx.add(
        Severity::Error,
        name,
        "type-mismatch",
        None,
        msg,
        suggestion,
    );
}
