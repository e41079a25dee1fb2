//! `VpnGatewayId` should look like `vpn-` plus lower-case letters and digits.
//! The exact length and region prefix are undocumented, so an unusual shape
//! is a warning, never an error: a real ID is never rejected.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("VpnGatewayId".into(), Value::from("VPN-BP1HGIM8BY0KC9NGA5LG3"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.rule == "vpn-gateway-id-shape").unwrap();
//! assert_eq!(f.suggestion.as_deref(), Some("vpn-bp1hgim8by0kc9nga5lg3"));
//! ```

use super::{tr, Ctx, Rule};
use crate::report::Severity::Warning;
use crate::text::echo;

/// `VpnGatewayId` of an unusual shape (`InvalidVpnGatewayInstanceId.NotFound` likely).
pub(crate) const VPN_GATEWAY_ID_SHAPE: Rule = Rule::new(
    "vpn-gateway-id-shape",
    Warning,
    Some("InvalidVpnGatewayInstanceId.NotFound"),
);

/// `vpn-` followed by one or more of `[a-z0-9]`.
pub(crate) fn well_formed(id: &str) -> bool {
    id.strip_prefix("vpn-").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

pub(crate) fn check(ctx: &mut Ctx) {
    if ctx.has_error("VpnGatewayId") {
        return;
    }
    let Some(id) = ctx.get("VpnGatewayId").map(str::to_owned) else {
        return;
    };
    if well_formed(&id) {
        return;
    }
    // `replacen("vpn_", "vpn-", 1)`, without the `&str` pattern searcher.
    let mut fixed = id.to_ascii_lowercase();
    if let Some((head, tail)) = crate::text::split_once(&fixed, "vpn_") {
        fixed = crate::text::join([head, tail], "vpn-");
    }
    let suggestion = well_formed(&fixed).then_some(fixed);
    let shown = echo(&id);
    let msg = if id.contains('*') {
        tr!(
            ctx,
            "{} looks like a masked example ID (****). Use your gateway's real ID.",
            "{} 看起来是带掩码（****）的示例 ID，请填写实际的网关 ID。",
            shown
        )
    } else {
        tr!(
            ctx,
            "{} does not look like a VPN gateway ID (vpn- followed by lower-case letters and digits).",
            "{} 不像 VPN 网关 ID（应为 vpn- 加小写字母和数字）。",
            shown
        )
    };
    ctx.add(&VPN_GATEWAY_ID_SHAPE, "VpnGatewayId", msg, suggestion);
}
