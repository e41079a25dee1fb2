//! `Proto` and `Cipher` take exact, case-sensitive values from the table;
//! a value that differs only in case gets the right spelling as
//! suggestion.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Proto".into(), Value::from("udp"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Proto").unwrap();
//! assert_eq!(f.suggestion.as_deref(), Some("UDP"));
//! ```

use super::{tr, Ctx, Rule};
use crate::report::Severity::Error;
use crate::text::echo;

/// `Proto` not exactly one of the table's values.
pub(crate) const PROTO_VALUE: Rule = Rule::new("proto-value", Error, None);
/// `Cipher` not exactly one of the table's values.
pub(crate) const CIPHER_VALUE: Rule = Rule::new("cipher-value", Error, None);

pub(crate) fn check(ctx: &mut Ctx) {
    for (field, rule) in [("Proto", &PROTO_VALUE), ("Cipher", &CIPHER_VALUE)] {
        let allowed = ctx.spec(field).allowed;
        let Some(v) = ctx.get(field).map(str::to_owned) else {
            continue;
        };
        if allowed.contains(&v.as_str()) {
            continue;
        }
        let near = allowed
            .iter()
            .find(|a| a.eq_ignore_ascii_case(&v))
            .map(|a| (*a).to_owned());
        let msg = tr!(
            ctx,
            "{} must be exactly one of {} (case-sensitive), not {}.",
            "{} 必须为 {} 之一（区分大小写），而不是 {}。",
            field,
            crate::text::join(allowed.iter().copied(), ", "),
            echo(&v)
        );
        ctx.add(rule, field, msg, near);
    }
}
