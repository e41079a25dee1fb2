//! The framework parameters every official SDK carries for this operation
//! but the API reference does not list: `OwnerId` and `ResourceOwnerId`
//! (Long) and `OwnerAccount` and `ResourceOwnerAccount` (String). They are
//! accepted, signed and sent as given, kept off the form (`hidden` in the
//! table), and an info says what each is. The two IDs must be whole numbers
//! from 0 to 2^63 − 1; the request carries them in decimal.
//!
//! ```
//! use sslvpn_builder::{check, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("OwnerId".into(), Value::Int(1234567890123456));
//! let checked = check(&input, Lang::En);
//! assert_eq!(checked.request().get("OwnerId"), Some("1234567890123456"));
//! assert!(checked.report().findings().iter().any(|f| f.field == "OwnerId" && f.rule == "owner-parameter"));
//! ```

use super::{tr, Ctx, Rule};
use crate::params::limits::LONG_MAX;
use crate::params::{is_long, OWNER};
use crate::report::Severity::{Error, Info};
use crate::text::echo;

/// An Integer parameter other than `Port` (the Long owner IDs) that is not
/// a whole number from 0 to 2^63 − 1.
pub(crate) const INTEGER_VALUE: Rule = Rule::new("integer-value", Error, None);
/// What an owner parameter is.
pub(crate) const OWNER_PARAMETER: Rule = Rule::new("owner-parameter", Info, None);

pub(crate) fn check(ctx: &mut Ctx) {
    for p in ctx.op.params.iter().filter(|p| is_long(p.name)) {
        let Some(v) = ctx.get(p.name) else {
            continue;
        };
        let digits = v.bytes().all(|b| b.is_ascii_digit());
        match v.parse::<i64>() {
            Ok(n) if digits && n >= 0 => ctx.normalize(p.name, n.to_string()),
            _ => {
                let msg = tr!(
                    ctx,
                    "{} must be a whole number from 0 to {} (Long), not {}.",
                    "{} 必须为 0～{} 之间的整数（Long），而不是 {}。",
                    p.name,
                    LONG_MAX,
                    echo(v)
                );
                ctx.add(&INTEGER_VALUE, p.name, msg, None);
            }
        }
    }
    for name in OWNER {
        if ctx.get(name).is_none() || ctx.has_error(name) {
            continue;
        }
        // What it is: the table's help, in the context's language.
        let what = ctx.lang.pick(&ctx.spec(name).help);
        let msg = tr!(
            ctx,
            "{} is a framework parameter every official SDK carries for this operation; the API reference does not list it. It is signed and sent as given. {}",
            "{} 是各官方 SDK 都为此接口带有的框架参数，API 文档未列出；按原样签名并发送。{}",
            name,
            what
        );
        ctx.add(&OWNER_PARAMETER, name, msg, None);
    }
}
