//! `Port`: an integer from 1 to 65535, not one of the 16 reserved ports
//! (`SslVpnServerPort.Illegal`, suggestion 1194, the default).
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Port".into(), Value::Int(443));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Port").unwrap();
//! assert_eq!((f.rule, f.suggestion.as_deref()), ("port-reserved", Some("1194")));
//! ```

use super::{tr, Ctx, Rule};
use crate::params::limits::{PORT_DEFAULT, PORT_MAX, PORT_MIN, RESERVED_PORTS};
use crate::report::Severity::Error;
use crate::text::echo;

const CODE: Option<&str> = Some("SslVpnServerPort.Illegal");

/// Not a whole number.
pub(crate) const PORT_INTEGER: Rule = Rule::new("port-integer", Error, None);
/// Outside 1 to 65535.
pub(crate) const PORT_RANGE: Rule = Rule::new("port-range", Error, CODE);
/// One of the reserved ports.
pub(crate) const PORT_RESERVED: Rule = Rule::new("port-reserved", Error, CODE);

pub(crate) fn check(ctx: &mut Ctx) {
    let Some(v) = ctx.get("Port").map(str::to_owned) else {
        return;
    };
    let digits = !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    let negative = v
        .strip_prefix('-')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    if !digits && !negative {
        let msg = tr!(
            ctx,
            "Port must be a whole number, not {}.",
            "端口必须为整数，而不是 {}。",
            echo(&v)
        );
        ctx.add(&PORT_INTEGER, "Port", msg, None);
        return;
    }
    let port = v
        .parse::<i64>()
        .ok()
        .filter(|p| (i64::from(PORT_MIN)..=i64::from(PORT_MAX)).contains(p));
    let Some(port) = port.and_then(|p| u16::try_from(p).ok()) else {
        let msg = tr!(
            ctx,
            "Port {} is outside {} to {}.",
            "端口 {} 不在 {}～{} 范围内。",
            echo(&v),
            PORT_MIN,
            PORT_MAX
        );
        ctx.add(&PORT_RANGE, "Port", msg, Some(PORT_DEFAULT.into()));
        return;
    };
    if RESERVED_PORTS.contains(&port) {
        let msg = tr!(
            ctx,
            "Port {} is reserved and cannot be used; the default is {}.",
            "端口 {} 为保留端口，不能使用；默认端口为 {}。",
            port,
            PORT_DEFAULT
        );
        ctx.add(&PORT_RESERVED, "Port", msg, Some(PORT_DEFAULT.into()));
        return;
    }
    ctx.normalize("Port", port.to_string());
}
