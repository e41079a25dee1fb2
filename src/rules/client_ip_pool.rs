//! `ClientIpPool`: one IPv4 CIDR block, mask /16 to /29
//! (`ClientIpPool.NetmaskInvalid`), outside 100.64.0.0/10, 127.0.0.0/8,
//! 169.254.0.0/16, 224.0.0.0/4 and 255.0.0.0/8 and every `LocalSubnet` block
//! (`ClientIpPool.SubnetInvalid`). Host bits set, public blocks and the pool's
//! capacity are warnings and infos.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("ClientIpPool".into(), Value::from("192.168.0.0/30"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "ClientIpPool").unwrap();
//! assert_eq!(f.code, Some("ClientIpPool.NetmaskInvalid"));
//! ```

use super::{tr, Ctx};
use crate::cidr::{self, CidrError};
use crate::report::Severity;
use crate::text::echo;
use ipnet::Ipv4Net;

const FIELD: &str = "ClientIpPool";
pub(crate) const MIN_PREFIX: u8 = 16;
pub(crate) const MAX_PREFIX: u8 = 29;

/// Parses one block, reporting why it does not parse.
pub(crate) fn parse_reporting(ctx: &mut Ctx, field: &'static str, raw: &str) -> Option<Ipv4Net> {
    match cidr::parse(raw) {
        Ok(net) => Some(net),
        Err(e) => {
            let trimmed = raw.trim();
            let suggestion =
                (trimmed != raw && cidr::parse(trimmed).is_ok()).then(|| trimmed.to_owned());
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
            let rule = if field == FIELD {
                "client-ip-pool-format"
            } else {
                "local-subnet-format"
            };
            ctx.add(Severity::Error, field, rule, None, msg, suggestion);
            None
        }
    }
}

/// Warns about host bits, suggesting the network address.
pub(crate) fn host_bits(ctx: &mut Ctx, field: &'static str, net: &Ipv4Net, suggestion: String) {
    if let Some(network) = cidr::host_bits(net) {
        let msg = tr!(
            ctx,
            "{} has host bits set; its network address is {}.",
            "{} 的主机位不为 0，对应的网络地址是 {}。",
            cidr::show(net),
            cidr::show(&network)
        );
        ctx.add(
            Severity::Warning,
            field,
            "host-bits",
            None,
            msg,
            Some(suggestion),
        );
    }
}

pub(crate) fn check(ctx: &mut Ctx) {
    if ctx.has_error(FIELD) {
        return;
    }
    let Some(raw) = ctx.get(FIELD).map(str::to_owned) else {
        return;
    };
    let Some(net) = parse_reporting(ctx, FIELD, &raw) else {
        return;
    };
    let len = net.prefix_len();
    if !(MIN_PREFIX..=MAX_PREFIX).contains(&len) {
        let msg = tr!(
            ctx,
            "The client CIDR block's mask is /{}; it must be /{} to /{}.",
            "客户端网段的掩码为 /{}，必须在 /{}～/{} 之间。",
            len,
            MIN_PREFIX,
            MAX_PREFIX
        );
        let fixed = Ipv4Net::new(net.addr(), len.clamp(MIN_PREFIX, MAX_PREFIX))
            .ok()
            .map(|n| cidr::show(&n.trunc()));
        ctx.add(
            Severity::Error,
            FIELD,
            "client-ip-pool-netmask",
            Some("ClientIpPool.NetmaskInvalid"),
            msg,
            fixed,
        );
    }
    let block = net.trunc();
    if let Some(r) = cidr::forbidden(&block).or_else(|| cidr::shared(&block)) {
        let msg = tr!(
            ctx,
            "{} overlaps {} ({}), which the client CIDR block may not use.",
            "{} 与 {}（{}）重叠，客户端网段不能使用该范围。",
            cidr::show(&block),
            cidr::show(&r.net),
            r.name
        );
        ctx.add(
            Severity::Error,
            FIELD,
            "client-ip-pool-reserved",
            Some("ClientIpPool.SubnetInvalid"),
            msg,
            None,
        );
    } else if let Some(r) = cidr::dubious(&block) {
        let msg = tr!(
            ctx,
            "{} overlaps {} ({}).",
            "{} 与 {}（{}）重叠。",
            cidr::show(&block),
            cidr::show(&r.net),
            r.name
        );
        ctx.add(
            Severity::Warning,
            FIELD,
            "client-ip-pool-reserved",
            None,
            msg,
            None,
        );
    } else if !cidr::is_private(&block) {
        let msg = tr!(
            ctx,
            "{} is not a private block (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16). A public block works only if the VPC has it as a user CIDR block.",
            "{} 不是私网网段（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16）。公网网段需先配置为 VPC 的用户网段。",
            cidr::show(&block)
        );
        ctx.add(
            Severity::Warning,
            FIELD,
            "client-ip-pool-private",
            None,
            msg,
            None,
        );
    }
    host_bits(ctx, FIELD, &net, cidr::show(&block));
    if !ctx.has_error(FIELD) {
        let clients = cidr::clients(&block);
        let msg = tr!(
            ctx,
            "A /{} pool serves at most {} clients (each takes 4 addresses): the gateway's SSL connection count must not exceed it. The system adds a VPC route for this block; do not add one by hand.",
            "/{} 网段最多支持 {} 个客户端（每个占用 4 个地址），网关的 SSL 连接数不能超过该值。系统会自动为该网段添加 VPC 路由，无需手动添加。",
            len,
            clients
        );
        ctx.add(
            Severity::Info,
            FIELD,
            "client-ip-pool-capacity",
            None,
            msg,
            None,
        );
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
        ctx.add(
            Severity::Error,
            FIELD,
            "client-ip-pool-overlap",
            Some("ClientIpPool.SubnetInvalid"),
            msg,
            None,
        );
    }
}
