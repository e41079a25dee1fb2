//! `Proto` and `Cipher` take exact, case-sensitive values from the table;
//! a value that differs only in case or whitespace gets the right spelling as
//! suggestion.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Proto".into(), Value::from("udp"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Proto").unwrap();
//! assert_eq!(f.suggestion.as_deref(), Some("UDP"));
//! ```

use super::{spec, tr, Ctx};
use crate::report::Severity;
use crate::text::echo;

pub(crate) fn check(ctx: &mut Ctx) {
    for field in ["Proto", "Cipher"] {
        let allowed = spec(field).allowed;
        let Some(v) = ctx.get(field).map(str::to_owned) else {
            continue;
        };
        if allowed.contains(&v.as_str()) {
            continue;
        }
        let near = allowed
            .iter()
            .find(|a| a.eq_ignore_ascii_case(v.trim()))
            .map(|a| (*a).to_owned());
        let msg = tr!(
            ctx,
            "{} must be exactly one of {} (case-sensitive), not {}.",
            "{} 必须为 {} 之一（区分大小写），而不是 {}。",
            field,
            allowed.join(", "),
            echo(&v)
        );
        let rule = if field == "Proto" {
            "proto-value"
        } else {
            "cipher-value"
        };
        ctx.add(Severity::Error, field, rule, None, msg, near);
    }
}
