//! Resource IDs should look like their prefix plus lower-case letters and
//! digits: `VpnGatewayId` `vpn-…`, `SslVpnServerId` `vss-…`. The exact
//! length and region part are undocumented, so an unusual shape is a
//! warning, never an error: a real ID is never rejected.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("VpnGatewayId".into(), Value::from("VPN-BP1HGIM8BY0KC9NGA5LG3"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.rule == "vpn-gateway-id-shape").unwrap();
//! assert_eq!(f.suggestion.as_deref(), Some("vpn-bp1hgim8by0kc9nga5lg3"));
//! ```

use super::{tr, Ctx, Rule};
use crate::lang::Text;
use crate::report::Severity::Warning;
use crate::text::echo;

/// `VpnGatewayId` of an unusual shape (`InvalidVpnGatewayInstanceId.NotFound` likely).
pub(crate) const VPN_GATEWAY_ID_SHAPE: Rule = Rule::new(
    "vpn-gateway-id-shape",
    Warning,
    Some("InvalidVpnGatewayInstanceId.NotFound"),
);
/// `SslVpnServerId` of an unusual shape (`InvalidSslVpnServerId.NotFound` likely).
pub(crate) const SSL_VPN_SERVER_ID_SHAPE: Rule = Rule::new(
    "ssl-vpn-server-id-shape",
    Warning,
    Some("InvalidSslVpnServerId.NotFound"),
);

/// One kind of ID: its field, prefix (with the dash), rule and name.
struct Kind {
    field: &'static str,
    prefix: &'static str,
    /// The prefix mistyped with an underscore (`vpn_`): fixed in the suggestion.
    underscored: &'static str,
    rule: &'static Rule,
    what: Text<'static>,
}

const GATEWAY: Kind = Kind {
    field: "VpnGatewayId",
    prefix: "vpn-",
    underscored: "vpn_",
    rule: &VPN_GATEWAY_ID_SHAPE,
    what: crate::text!("VPN gateway", "VPN 网关"),
};

#[cfg(not(feature = "core-module"))]
const SERVER: Kind = Kind {
    field: "SslVpnServerId",
    prefix: "vss-",
    underscored: "vss_",
    rule: &SSL_VPN_SERVER_ID_SHAPE,
    what: crate::text!("SSL server", "SSL 服务端"),
};

/// `prefix` followed by one or more of `[a-z0-9]`.
fn shaped(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

/// `VpnGatewayId`'s shape.
pub(crate) fn check(ctx: &mut Ctx) {
    shape(ctx, &GATEWAY);
}

/// `SslVpnServerId`'s shape.
///
/// ```
/// use sslvpn_builder::operation::operation;
/// use sslvpn_builder::{Input, Lang, Value};
/// let mut input = Input::new();
/// input.insert("SslVpnServerId".into(), Value::from("VSS_BP18Q7HZJ6LARGV4V"));
/// let report = operation("DeleteSslVpnServer").unwrap().validate(&input, Lang::En);
/// let f = report.findings().iter().find(|f| f.rule == "ssl-vpn-server-id-shape").unwrap();
/// assert_eq!(f.suggestion.as_deref(), Some("vss-bp18q7hzj6largv4v"));
/// ```
#[cfg(not(feature = "core-module"))]
pub(crate) fn check_server(ctx: &mut Ctx) {
    shape(ctx, &SERVER);
}

fn shape(ctx: &mut Ctx, kind: &Kind) {
    if ctx.has_error(kind.field) {
        return;
    }
    let Some(id) = ctx.get(kind.field).map(str::to_owned) else {
        return;
    };
    if shaped(&id, kind.prefix) {
        return;
    }
    // `vpn_` for `vpn-`, without the `&str` pattern searcher (and without
    // slicing a `str`, whose panic path costs the wasm char formatting).
    let mut fixed = id.to_ascii_lowercase();
    if let Some((head, tail)) = crate::text::split_once(&fixed, kind.underscored) {
        fixed = crate::text::join([head, tail], kind.prefix);
    }
    let suggestion = shaped(&fixed, kind.prefix).then_some(fixed);
    let shown = echo(&id);
    let what = ctx.lang.pick(&kind.what);
    let msg = if id.contains('*') {
        tr!(
            ctx,
            "{} looks like a masked example ID (****). Use your {}'s real ID.",
            "{} 看起来是带掩码（****）的示例 ID，请填写实际的 {} ID。",
            shown,
            what
        )
    } else {
        tr!(
            ctx,
            "{} does not look like a {} ID ({} followed by lower-case letters and digits).",
            "{} 不像 {} ID（应为 {} 加小写字母和数字）。",
            shown,
            what,
            kind.prefix
        )
    };
    ctx.add(kind.rule, kind.field, msg, suggestion);
}
