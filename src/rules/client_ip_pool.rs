//! `ClientIpPool`: one IPv4 CIDR block, mask /16 to /29
//! (`ClientIpPool.NetmaskInvalid`), outside 100.64.0.0/10, 127.0.0.0/8,
//! 169.254.0.0/16, 224.0.0.0/4 and 255.0.0.0/8 and every `LocalSubnet` block
//! (`ClientIpPool.SubnetInvalid`). Host bits set, public blocks and the pool's
//! capacity are warnings and infos.
//!
//! Every suggestion on the field is one pool that breaks no rule next to the
//! current local blocks ([`cidr::suggest_pool`]): the user's block with a
//! valid mask and no host bits when that passes, otherwise the nearest free
//! private block of the same size (or a /24).
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("ClientIpPool".into(), Value::from("10.0.0.0/8"));
//! input.insert("LocalSubnet".into(), Value::from("10.0.0.0/8"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "ClientIpPool").unwrap();
//! assert_eq!(f.code, Some("ClientIpPool.NetmaskInvalid"));
//! assert_eq!(f.suggestion.as_deref(), Some("172.16.0.0/16"));
//! ```

use super::{tr, Ctx, Rule};
use crate::cidr::{self, CidrError};
use crate::params::limits::{ADDRESSES_PER_CLIENT, POOL_MAX_PREFIX, POOL_MIN_PREFIX};
use crate::report::Severity::{Error, Info, Warning};
use crate::text::echo;
use ipnet::Ipv4Net;

const FIELD: &str = "ClientIpPool";
const SUBNET_INVALID: Option<&str> = Some("ClientIpPool.SubnetInvalid");

/// Not one IPv4 CIDR block.
pub(crate) const FORMAT: Rule = Rule::new("client-ip-pool-format", Error, None);
/// Mask outside /16 to /29.
pub(crate) const NETMASK: Rule = Rule::new(
    "client-ip-pool-netmask",
    Error,
    Some("ClientIpPool.NetmaskInvalid"),
);
/// Overlaps a range the pool may not use.
pub(crate) const RESERVED: Rule = Rule::new("client-ip-pool-reserved", Error, SUBNET_INVALID);
/// Overlaps a local CIDR block.
pub(crate) const OVERLAP: Rule = Rule::new("client-ip-pool-overlap", Error, SUBNET_INVALID);
/// Overlaps 0.0.0.0/8 or 240.0.0.0/4: in no Alibaba source, unusable in practice.
pub(crate) const RESERVED_DUBIOUS: Rule = Rule::new("client-ip-pool-reserved", Warning, None);
/// Not an RFC 1918 block.
pub(crate) const PRIVATE: Rule = Rule::new("client-ip-pool-private", Warning, None);
/// Host bits set (shared with `LocalSubnet`).
pub(crate) const HOST_BITS: Rule = Rule::new("host-bits", Warning, None);
/// How many clients the pool serves.
pub(crate) const CAPACITY: Rule = Rule::new("client-ip-pool-capacity", Info, None);

/// Parses one block, reporting why it does not parse with `rule`.
pub(crate) fn parse_reporting(
    ctx: &mut Ctx,
    field: &'static str,
    rule: &'static Rule,
    raw: &str,
) -> Option<Ipv4Net> {
    match cidr::parse(raw) {
        Ok(net) => Some(net),
        Err(e) => {
            let shown = echo(raw);
            let msg = match e {
                CidrError::Ipv6 => tr!(
                    ctx,
                    "{} is IPv6; {} takes IPv4 CIDR blocks only.",
                    "{} 是 IPv6 网段，{} 只支持 IPv4 网段。",
                    shown,
                    field
                ),
                CidrError::NoPrefix => tr!(
                    ctx,
                    "{} has no mask: write it as a CIDR block such as 192.168.1.0/24.",
                    "{} 缺少掩码，请写成网段形式，例如 192.168.1.0/24。",
                    shown
                ),
                CidrError::Syntax => tr!(
                    ctx,
                    "{} is not an IPv4 CIDR block such as 192.168.1.0/24.",
                    "{} 不是 IPv4 网段（例如 192.168.1.0/24）。",
                    shown
                ),
            };
            ctx.add(rule, field, msg, None);
            None
        }
    }
}

/// Warns about host bits, with the caller's repaired value as suggestion.
pub(crate) fn host_bits(
    ctx: &mut Ctx,
    field: &'static str,
    net: &Ipv4Net,
    suggestion: impl FnOnce() -> Option<String>,
) {
    if let Some(network) = cidr::host_bits(net) {
        let msg = tr!(
            ctx,
            "{} has host bits set; its network address is {}.",
            "{} 的主机位不为 0，对应的网络地址是 {}。",
            cidr::show(net),
            cidr::show(&network)
        );
        ctx.add(&HOST_BITS, field, msg, suggestion());
    }
}

/// The local CIDR blocks that parse (at most 64), whether or not the list
/// has errors: a suggested pool avoids every one of them.
fn local_blocks(ctx: &Ctx) -> Vec<Ipv4Net> {
    ctx.get("LocalSubnet")
        .map(|l| {
            l.split(',')
                .filter_map(|s| cidr::parse(s.trim()).ok())
                .take(64)
                .collect()
        })
        .unwrap_or_default()
}

/// The one pool every suggestion on the field offers.
fn suggestion(ctx: &Ctx, net: &Ipv4Net) -> Option<String> {
    cidr::suggest_pool(net, &local_blocks(ctx)).map(|n| cidr::show(&n))
}

pub(crate) fn check(ctx: &mut Ctx) {
    if ctx.has_error(FIELD) {
        return;
    }
    let Some(raw) = ctx.get(FIELD).map(str::to_owned) else {
        return;
    };
    let Some(net) = parse_reporting(ctx, FIELD, &FORMAT, &raw) else {
        return;
    };
    let len = net.prefix_len();
    let block = net.trunc();
    let bad_mask = !(POOL_MIN_PREFIX..=POOL_MAX_PREFIX).contains(&len);
    let reserved = cidr::forbidden(&block).or_else(|| cidr::shared(&block));
    // The suggestion only when a finding below offers it (a search of the
    // private ranges: not for every valid pool).
    let fixed = (bad_mask || reserved.is_some() || cidr::host_bits(&net).is_some())
        .then(|| suggestion(ctx, &net))
        .flatten();
    if bad_mask {
        let msg = tr!(
            ctx,
            "The client CIDR block's mask is /{}; it must be /{} to /{}.",
            "客户端网段的掩码为 /{}，必须在 /{}～/{} 之间。",
            len,
            POOL_MIN_PREFIX,
            POOL_MAX_PREFIX
        );
        ctx.add(&NETMASK, FIELD, msg, fixed.clone());
    }
    if let Some(r) = reserved {
        let msg = tr!(
            ctx,
            "{} overlaps {} ({}), which the client CIDR block may not use.",
            "{} 与 {}（{}）重叠，客户端网段不能使用该范围。",
            cidr::show(&block),
            cidr::show(&r.net),
            r.name
        );
        ctx.add(&RESERVED, FIELD, msg, fixed.clone());
    } else if let Some(r) = cidr::dubious(&block) {
        let msg = tr!(
            ctx,
            "{} overlaps {} ({}).",
            "{} 与 {}（{}）重叠。",
            cidr::show(&block),
            cidr::show(&r.net),
            r.name
        );
        ctx.add(&RESERVED_DUBIOUS, FIELD, msg, None);
    } else if !cidr::is_private(&block) {
        let ranges = cidr::private_list(match ctx.lang {
            crate::Lang::En => ", ",
            crate::Lang::Zh => "、",
        });
        let msg = tr!(
            ctx,
            "{} is not a private block ({}). A public block works only if the VPC has it as a user CIDR block.",
            "{} 不是私网网段（{}）。公网网段需先配置为 VPC 的用户网段。",
            cidr::show(&block),
            ranges
        );
        ctx.add(&PRIVATE, FIELD, msg, None);
    }
    host_bits(ctx, FIELD, &net, || fixed);
    if !ctx.has_error(FIELD) {
        let clients = cidr::clients(&block);
        let msg = tr!(
            ctx,
            "A /{} pool serves at most {} clients (each takes {} addresses): the gateway's SSL connection count must not exceed it. The system adds a VPC route for this block; do not add one by hand.",
            "/{} 网段最多支持 {} 个客户端（每个占用 {} 个地址），网关的 SSL 连接数不能超过该值。系统会自动为该网段添加 VPC 路由，无需手动添加。",
            len,
            clients,
            ADDRESSES_PER_CLIENT
        );
        ctx.add(&CAPACITY, FIELD, msg, None);
    }
}

/// The pool must not overlap any local CIDR block.
pub(crate) fn check_overlap(ctx: &mut Ctx) {
    if ctx.has_error(FIELD) || ctx.has_error("LocalSubnet") {
        return;
    }
    let (Some(pool), Some(local)) = (ctx.get(FIELD), ctx.get("LocalSubnet")) else {
        return;
    };
    let Ok(pool) = cidr::parse(pool) else { return };
    let clash = local
        .split(',')
        .filter_map(|s| cidr::parse(s).ok())
        .find(|l| cidr::overlaps(&pool.trunc(), &l.trunc()));
    if let Some(l) = clash {
        let msg = tr!(
            ctx,
            "The client CIDR block {} overlaps the local CIDR block {}.",
            "客户端网段 {} 与本端网段 {} 重叠。",
            cidr::show(&pool.trunc()),
            cidr::show(&l.trunc())
        );
        let fixed = suggestion(ctx, &pool);
        ctx.add(&OVERLAP, FIELD, msg, fixed);
    }
}
