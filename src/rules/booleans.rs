//! Booleans go on the wire as `true` or `false`, lower case. `True` (what
//! Python's `str(True)` gives), `1` or `yes` are errors with a suggestion.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Compress".into(), Value::from("True"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Compress").unwrap();
//! assert_eq!((f.rule, f.suggestion.as_deref()), ("boolean-value", Some("true")));
//! ```

use super::{tr, Ctx};
use crate::params::{Kind, PARAMS};
use crate::report::Severity;
use crate::text::echo;

pub(crate) fn check(ctx: &mut Ctx) {
    for p in PARAMS.iter().filter(|p| p.kind == Kind::Boolean) {
        let Some(v) = ctx.get(p.name).map(str::to_owned) else {
            continue;
        };
        if v == "true" || v == "false" {
            continue;
        }
        let folded = v.trim().to_ascii_lowercase();
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
        ctx.add(Severity::Error, p.name, "boolean-value", None, msg, near);
    }
}
