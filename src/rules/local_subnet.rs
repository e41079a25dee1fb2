//! `LocalSubnet`: 1 to 5 comma-separated IPv4 CIDR blocks, each /8 to /32,
//! none in 127.0.0.0/8, 169.254.0.0/16, 224.0.0.0/4 or 255.0.0.0/8.
//! 100.64.0.0/10 (forbidden by one console guide only), host bits, spaces
//! around commas and blocks that overlap each other are warnings or infos.
//! The request carries the list without spaces.
//!
//! A suggestion is only offered when it is a list without errors: the list
//! without its empty entries (when every block passes), or with host bits
//! cleared, or without spaces.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("LocalSubnet".into(), Value::from("10.0.0.0/8,127.0.0.0/8"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "LocalSubnet").unwrap();
//! assert_eq!(f.rule, "local-subnet-reserved");
//! ```

use super::client_ip_pool::{host_bits, parse_reporting};
use super::{tr, Ctx, Rule};
use crate::cidr;
use crate::params::limits::{LOCAL_MAX_BLOCKS, LOCAL_MAX_PREFIX, LOCAL_MIN_PREFIX};
use crate::report::Severity::{Error, Info, Warning};

const FIELD: &str = "LocalSubnet";

/// A block that is not an IPv4 CIDR block, or an empty entry.
pub(crate) const FORMAT: Rule = Rule::new("local-subnet-format", Error, None);
/// More than 5 blocks.
pub(crate) const COUNT: Rule = Rule::new("local-subnet-count", Error, None);
/// A block with a mask shorter than /8.
pub(crate) const NETMASK: Rule = Rule::new("local-subnet-netmask", Error, None);
/// A block in a range local blocks may not use.
pub(crate) const RESERVED: Rule = Rule::new("local-subnet-reserved", Error, None);
/// A block in 100.64.0.0/10 (one guide forbids it) or 0/8, 240/4.
pub(crate) const RESERVED_WARNING: Rule = Rule::new("local-subnet-reserved", Warning, None);
/// Two blocks of the list overlap.
pub(crate) const OVERLAP: Rule = Rule::new("local-subnet-overlap", Warning, None);
/// Spaces around the commas, removed.
pub(crate) const SPACES: Rule = Rule::new("local-subnet-spaces", Info, None);

pub(crate) fn check(ctx: &mut Ctx) {
    if ctx.has_error(FIELD) {
        return;
    }
    let Some(raw) = ctx.get(FIELD).map(str::to_owned) else {
        return;
    };
    // One pass, keeping at most 64 blocks (the value itself is capped).
    let (mut empty, mut count, mut joined, mut blocks) = (false, 0usize, String::new(), Vec::new());
    for part in raw.split(',').map(str::trim) {
        if part.is_empty() {
            empty = true;
            continue;
        }
        if count > 0 {
            joined.push(',');
        }
        joined.push_str(part);
        count += 1;
        if blocks.len() < 64 {
            blocks.push(part);
        }
    }
    if count > LOCAL_MAX_BLOCKS {
        let msg = tr!(
            ctx,
            "{} CIDR blocks given; an SSL server takes at most {}.",
            "填写了 {} 个网段，SSL 服务端最多支持 {} 个。",
            count,
            LOCAL_MAX_BLOCKS
        );
        ctx.add(&COUNT, FIELD, msg, None);
    }
    let mut nets = Vec::new();
    for block in &blocks {
        let Some(net) = parse_reporting(ctx, FIELD, &FORMAT, block) else {
            continue;
        };
        if net.prefix_len() < LOCAL_MIN_PREFIX {
            let msg = tr!(
                ctx,
                "{} has mask /{}; each block must be /{} to /{}.",
                "{} 的掩码为 /{}，每个网段的掩码必须在 /{}～/{} 之间。",
                cidr::show(&net),
                net.prefix_len(),
                LOCAL_MIN_PREFIX,
                LOCAL_MAX_PREFIX
            );
            ctx.add(&NETMASK, FIELD, msg, None);
        }
        let trunc = net.trunc();
        if let Some(r) = cidr::forbidden(&trunc) {
            let msg = tr!(
                ctx,
                "{} overlaps {} ({}), which local CIDR blocks may not use.",
                "{} 与 {}（{}）重叠，本端网段不能使用该范围。",
                cidr::show(&trunc),
                cidr::show(&r.net),
                r.name
            );
            ctx.add(&RESERVED, FIELD, msg, None);
        } else if let Some(r) = cidr::shared(&trunc).or_else(|| cidr::dubious(&trunc)) {
            let msg = tr!(
                ctx,
                "{} overlaps {} ({}); the newest console guide does not allow it for local networks.",
                "{} 与 {}（{}）重叠，最新的控制台指南不允许本端网段使用该范围。",
                cidr::show(&trunc),
                cidr::show(&r.net),
                r.name
            );
            ctx.add(&RESERVED_WARNING, FIELD, msg, None);
        }
        nets.push(net);
    }
    if empty {
        // Dropping the empty entries repairs the list only when nothing else
        // is wrong with it.
        let repairs = !ctx.has_error(FIELD) && !joined.is_empty();
        let msg = tr!(
            ctx,
            "The list has an empty entry (two commas, or a comma at an end).",
            "列表中有空项（连续逗号或首尾逗号）。"
        );
        ctx.add(&FORMAT, FIELD, msg, repairs.then(|| joined.clone()));
    }
    if ctx.has_error(FIELD) {
        return;
    }
    // The whole list with every block's host bits cleared: built only for a
    // block that has host bits.
    let fixed = || {
        let fixed: Vec<String> = nets.iter().map(|n| cidr::show(&n.trunc())).collect();
        Some(crate::text::join(fixed.iter().map(String::as_str), ","))
    };
    for n in &nets {
        host_bits(ctx, FIELD, n, fixed);
    }
    for (i, a) in nets.iter().enumerate() {
        if let Some(b) = nets[..i]
            .iter()
            .find(|b| cidr::overlaps(&a.trunc(), &b.trunc()))
        {
            let msg = tr!(
                ctx,
                "{} overlaps {} in the same list.",
                "{} 与列表中的 {} 重叠。",
                cidr::show(&a.trunc()),
                cidr::show(&b.trunc())
            );
            ctx.add(&OVERLAP, FIELD, msg, None);
        }
    }
    if joined != raw {
        let msg = tr!(
            ctx,
            "Sent without spaces: {}.",
            "发送时去掉空格：{}。",
            joined
        );
        ctx.add(&SPACES, FIELD, msg, Some(joined.clone()));
    }
    ctx.normalize(FIELD, joined);
}
