//! Booleans go on the wire as `true` or `false`, lower case (the table's
//! allowed values). `True` (what
//! Python's `str(True)` gives), `1` or `yes` are errors with a suggestion.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Compress".into(), Value::from("True"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Compress").unwrap();
//! assert_eq!((f.rule, f.suggestion.as_deref()), ("boolean-value", Some("true")));
//! ```

use super::{tr, Ctx, Rule};
use crate::params::Kind;
use crate::report::Severity::Error;
use crate::text::echo;

/// A Boolean parameter not exactly `true` or `false`.
pub(crate) const BOOLEAN_VALUE: Rule = Rule::new("boolean-value", Error, None);

pub(crate) fn check(ctx: &mut Ctx) {
    for p in ctx.op.params.iter().filter(|p| p.kind == Kind::Boolean) {
        let Some(v) = ctx.get(p.name).map(str::to_owned) else {
            continue;
        };
        if p.allowed.contains(&v.as_str()) {
            continue;
        }
        let folded = v.to_ascii_lowercase();
        let near = match folded.as_str() {
            "true" | "1" | "yes" | "on" => Some("true".to_owned()),
            "false" | "0" | "no" | "off" => Some("false".to_owned()),
            _ => None,
        };
        let msg = tr!(
            ctx,
            "{} must be true or false (lower case), not {}.",
            "{} 必须为 true 或 false（小写），而不是 {}。",
            p.name,
            echo(&v)
        );
        ctx.add(&BOOLEAN_VALUE, p.name, msg, near);
    }
}
