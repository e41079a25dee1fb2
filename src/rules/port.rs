//! `Port`: an integer from 1 to 65535, not one of the 16 reserved ports
//! (`SslVpnServerPort.Illegal`, suggestion 1194).
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Port".into(), Value::Int(443));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "Port").unwrap();
//! assert_eq!((f.rule, f.suggestion.as_deref()), ("port-reserved", Some("1194")));
//! ```

use super::{tr, Ctx};
use crate::report::Severity;
use crate::text::echo;

/// Ports the SSL server may not use.
pub const RESERVED_PORTS: [u16; 16] = [
    22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500,
];
const CODE: Option<&str> = Some("SslVpnServerPort.Illegal");

pub(crate) fn check(ctx: &mut Ctx) {
    let Some(v) = ctx.get("Port").map(str::to_owned) else {
        return;
    };
    let digits = !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    let negative = v
        .strip_prefix('-')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    if !digits && !negative {
        let trimmed = v.trim();
        let near = (trimmed != v && trimmed.parse::<u16>().is_ok()).then(|| trimmed.to_owned());
        let msg = tr!(
            ctx,
            "Port must be a whole number, not {}.",
            "端口必须为整数，而不是 {}。",
            echo(&v)
        );
        ctx.add(Severity::Error, "Port", "port-integer", None, msg, near);
        return;
    }
    let port = v.parse::<i64>().ok().filter(|p| (1..=65535).contains(p));
    let Some(port) = port.and_then(|p| u16::try_from(p).ok()) else {
        let msg = tr!(
            ctx,
            "Port {} is outside 1 to 65535.",
            "端口 {} 不在 1～65535 范围内。",
            echo(&v)
        );
        ctx.add(
            Severity::Error,
            "Port",
            "port-range",
            CODE,
            msg,
            Some("1194".into()),
        );
        return;
    };
    if RESERVED_PORTS.contains(&port) {
        let msg = tr!(
            ctx,
            "Port {} is reserved and cannot be used; the default is 1194.",
            "端口 {} 为保留端口，不能使用；默认端口为 1194。",
            port
        );
        ctx.add(
            Severity::Error,
            "Port",
            "port-reserved",
            CODE,
            msg,
            Some("1194".into()),
        );
        return;
    }
    ctx.normalize("Port", port.to_string());
}
