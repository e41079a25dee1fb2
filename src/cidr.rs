//! IPv4 CIDR helpers on top of `ipnet`: strict parsing with a reason, the
//! ranges the API reserves, and the search for a free client pool.

use crate::params::limits::{ADDRESSES_PER_CLIENT, POOL_MAX_PREFIX, POOL_MIN_PREFIX};
use ipnet::Ipv4Net;
use std::net::Ipv4Addr;

/// Why a CIDR block did not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CidrError {
    /// An IPv6 block: the API takes IPv4 only.
    Ipv6,
    /// An address without `/prefix`.
    NoPrefix,
    /// Anything else.
    Syntax,
}

/// Parses `a.b.c.d/n` (no surrounding whitespace allowed).
pub(crate) fn parse(s: &str) -> Result<Ipv4Net, CidrError> {
    if let Ok(net) = s.parse::<Ipv4Net>() {
        return Ok(net);
    }
    // Any colon means IPv6 was meant (a full IPv6 parser would cost wasm size).
    if s.contains(':') {
        return Err(CidrError::Ipv6);
    }
    if s.parse::<Ipv4Addr>().is_ok() {
        return Err(CidrError::NoPrefix);
    }
    Err(CidrError::Syntax)
}

/// How many clients a client pool serves: each takes 4 addresses.
pub(crate) fn clients(pool: &Ipv4Net) -> u64 {
    (1u64 << (32 - u32::from(pool.prefix_len()))) / ADDRESSES_PER_CLIENT
}

/// `a.b.c.d/n`, as `Ipv4Net`'s `Display` writes it, without core's IP
/// address formatter (its buffer code costs the wasm more than this).
pub(crate) fn show(net: &Ipv4Net) -> String {
    fn push_decimal(s: &mut String, n: u8) {
        if n >= 10 {
            push_decimal(s, n / 10);
        }
        s.push(char::from(b'0' + n % 10));
    }
    let mut s = String::with_capacity(18);
    for (i, octet) in net.addr().octets().into_iter().enumerate() {
        if i > 0 {
            s.push('.');
        }
        push_decimal(&mut s, octet);
    }
    s.push('/');
    push_decimal(&mut s, net.prefix_len());
    s
}

/// Whether two blocks share any address.
pub(crate) fn overlaps(a: &Ipv4Net, b: &Ipv4Net) -> bool {
    meet(bounds(a), bounds(b))
}

/// First and last address of a block, as numbers.
fn bounds(net: &Ipv4Net) -> (u32, u32) {
    (u32::from(net.network()), u32::from(net.broadcast()))
}

/// Whether two address ranges share an address.
fn meet((a0, a1): (u32, u32), (b0, b1): (u32, u32)) -> bool {
    a0 <= b1 && b0 <= a1
}

/// A reserved range and its name.
pub(crate) struct Reserved {
    pub net: Ipv4Net,
    pub name: &'static str,
}

const fn res(a: u8, b: u8, len: u8, name: &'static str) -> (u8, u8, u8, &'static str) {
    (a, b, len, name)
}

/// Ranges neither ClientIpPool nor LocalSubnet may touch (api-rules.md §2.2).
const FORBIDDEN: &[(u8, u8, u8, &str)] = &[
    res(127, 0, 8, "loopback"),
    res(169, 254, 16, "link-local"),
    res(224, 0, 4, "multicast"),
    res(255, 0, 8, "reserved"),
];
/// Shared address space: forbidden for ClientIpPool, a warning for LocalSubnet.
pub(crate) const SHARED: (u8, u8, u8, &str) = res(100, 64, 10, "shared address space (CGN)");
/// In no Alibaba source, but unusable in practice: warnings.
const DUBIOUS: &[(u8, u8, u8, &str)] = &[
    res(0, 0, 8, "\"this network\""),
    res(240, 0, 4, "reserved (class E)"),
];
/// RFC 1918 private ranges.
const PRIVATE: &[(u8, u8, u8, &str)] = &[
    res(10, 0, 8, ""),
    res(172, 16, 12, ""),
    res(192, 168, 16, ""),
];

fn net((a, b, len, name): (u8, u8, u8, &'static str)) -> Reserved {
    let net = Ipv4Net::new(Ipv4Addr::new(a, b, 0, 0), len)
        .expect("static prefix")
        .trunc();
    Reserved { net, name }
}

/// First and last address of a table's range, without building the block
/// (the rules test every block against every range).
fn range((a, b, len, _): (u8, u8, u8, &str)) -> (u32, u32) {
    let mask = u32::MAX.checked_shl(32 - u32::from(len)).unwrap_or(0);
    let start = (u32::from(a) << 24 | u32::from(b) << 16) & mask;
    (start, start | !mask)
}

/// The first range of `table` that `block` overlaps.
fn first_overlap(table: &[(u8, u8, u8, &'static str)], block: &Ipv4Net) -> Option<Reserved> {
    let b = bounds(block);
    table.iter().find(|r| meet(range(**r), b)).map(|r| net(*r))
}

/// The first forbidden range `block` overlaps.
pub(crate) fn forbidden(block: &Ipv4Net) -> Option<Reserved> {
    first_overlap(FORBIDDEN, block)
}

/// Whether `block` overlaps 100.64.0.0/10.
pub(crate) fn shared(block: &Ipv4Net) -> Option<Reserved> {
    first_overlap(&[SHARED], block)
}

/// The first dubious range `block` overlaps (0/8 or 240/4 outside 255/8).
pub(crate) fn dubious(block: &Ipv4Net) -> Option<Reserved> {
    first_overlap(DUBIOUS, block)
}

/// The RFC 1918 ranges as text, joined by `sep`.
pub(crate) fn private_list(sep: &str) -> String {
    let mut out = String::new();
    for (i, r) in PRIVATE.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&show(&net(*r).net));
    }
    out
}

/// Whether `block` lies inside one RFC 1918 range.
pub(crate) fn is_private(block: &Ipv4Net) -> bool {
    let (b0, b1) = bounds(block);
    PRIVATE.iter().any(|r| {
        let (r0, r1) = range(*r);
        r0 <= b0 && b1 <= r1
    })
}

/// The block with host bits cleared, when it had any set.
pub(crate) fn host_bits(block: &Ipv4Net) -> Option<Ipv4Net> {
    (block.addr() != block.network()).then(|| block.trunc())
}

/// Whether `block` is a client pool the rules accept next to `locals`: mask
/// /16 to /29, no forbidden or shared range, no local block overlapped.
/// (Public and "dubious" blocks are warnings only, so they pass.)
pub(crate) fn pool_ok(block: &Ipv4Net, locals: &[Ipv4Net]) -> bool {
    (POOL_MIN_PREFIX..=POOL_MAX_PREFIX).contains(&block.prefix_len())
        && forbidden(block).is_none()
        && shared(block).is_none()
        && !locals.iter().any(|l| overlaps(&block.trunc(), &l.trunc()))
}

/// A client pool that breaks no rule next to `locals`, as close to `net` as
/// can be: `net` itself with its host bits cleared and its mask clamped to
/// /16–/29 when that passes; otherwise the free block of that size nearest
/// to `net` in the private ranges (10.0.0.0/8, 172.16.0.0/12,
/// 192.168.0.0/16); otherwise the nearest free /24; `None` when the local
/// blocks cover every private range.
///
/// Each probe jumps past the local block it hits, so the search takes at
/// most a few steps per local block, whatever the sizes.
pub(crate) fn suggest_pool(net: &Ipv4Net, locals: &[Ipv4Net]) -> Option<Ipv4Net> {
    let prefix = net.prefix_len().clamp(POOL_MIN_PREFIX, POOL_MAX_PREFIX);
    let own = Ipv4Net::new(net.addr(), prefix).ok()?.trunc();
    if pool_ok(&own, locals) {
        return Some(own);
    }
    let locals: Vec<(u64, u64)> = locals.iter().map(|l| span(&l.trunc())).collect();
    let near = u64::from(u32::from(net.addr()));
    free_block(near, prefix, &locals).or_else(|| free_block(near, 24, &locals))
}

/// First and last address of a block, widened so no arithmetic overflows.
fn span(net: &Ipv4Net) -> (u64, u64) {
    (
        u64::from(u32::from(net.network())),
        u64::from(u32::from(net.broadcast())),
    )
}

/// The free block of `prefix` nearest to `near` in the private ranges.
fn free_block(near: u64, prefix: u8, locals: &[(u64, u64)]) -> Option<Ipv4Net> {
    let size = 1u64 << (32 - u32::from(prefix));
    let mut best: Option<u64> = None;
    for r in PRIVATE {
        let (lo, hi) = span(&net(*r).net);
        // Every range is larger than any pool, so a block fits in each.
        let anchor = near.clamp(lo, hi) / size * size;
        // Down first: on a tie, the lower block.
        for start in [
            scan_down(anchor, lo, size, locals),
            scan_up(anchor, hi, size, locals),
        ]
        .into_iter()
        .flatten()
        {
            if best.is_none_or(|b| near.abs_diff(start) < near.abs_diff(b)) {
                best = Some(start);
            }
        }
    }
    Ipv4Net::new(Ipv4Addr::from(u32::try_from(best?).ok()?), prefix).ok()
}

/// The first block of `size` at or above `start` (aligned) that ends by
/// `hi` and overlaps no local block.
fn scan_up(mut start: u64, hi: u64, size: u64, locals: &[(u64, u64)]) -> Option<u64> {
    loop {
        let end = start + size - 1;
        if end > hi {
            return None;
        }
        let hit = locals
            .iter()
            .filter(|(a, b)| *a <= end && start <= *b)
            .map(|(_, b)| *b)
            .max();
        match hit {
            None => return Some(start),
            Some(b) => start = (b + 1).div_ceil(size) * size,
        }
    }
}

/// The first block of `size` at or below `start` (aligned) that starts at
/// or after `lo` and overlaps no local block.
fn scan_down(mut start: u64, lo: u64, size: u64, locals: &[(u64, u64)]) -> Option<u64> {
    loop {
        if start < lo {
            return None;
        }
        let end = start + size - 1;
        let hit = locals
            .iter()
            .filter(|(a, b)| *a <= end && start <= *b)
            .map(|(a, _)| *a)
            .min();
        match hit {
            None => return Some(start),
            Some(a) if a >= size => start = (a - size) / size * size,
            Some(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_overlaps_agree_with_ipnet() {
        let tables = [FORBIDDEN, DUBIOUS, PRIVATE, &[SHARED]];
        for r in tables.into_iter().flatten() {
            assert_eq!(range(*r), bounds(&net(*r).net), "{}", r.3);
        }
        // Blocks of every mask at addresses around the reserved ranges' edges,
        // host bits set or not: the same answers as ipnet's `contains`.
        let mut blocks = vec![];
        for a in [
            0u8, 9, 10, 11, 99, 100, 126, 127, 128, 169, 172, 192, 223, 224, 239, 240, 255,
        ] {
            for (b, c) in [
                (0u8, 0u8),
                (63, 255),
                (64, 1),
                (127, 9),
                (128, 0),
                (254, 7),
                (255, 255),
            ] {
                for len in [0u8, 1, 4, 7, 8, 9, 10, 11, 12, 16, 17, 24, 29, 31, 32] {
                    blocks.push(Ipv4Net::new(Ipv4Addr::new(a, b, c, 5), len).unwrap());
                }
            }
        }
        let by_ipnet =
            |a: &Ipv4Net, b: &Ipv4Net| a.contains(&b.network()) || b.contains(&a.network());
        for x in &blocks {
            for r in tables.into_iter().flatten() {
                let n = net(*r).net;
                assert_eq!(overlaps(&n, x), by_ipnet(&n, x), "{x} {n}");
            }
            assert_eq!(
                is_private(x),
                PRIVATE.iter().any(|r| net(*r).net.contains(x)),
                "{x}"
            );
        }
        for x in &blocks {
            assert!(overlaps(x, x), "{x}");
        }
        for x in blocks.iter().step_by(7) {
            for y in blocks.iter().step_by(5) {
                assert_eq!(overlaps(x, y), by_ipnet(x, y), "{x} {y}");
            }
        }
    }

    #[test]
    fn show_writes_what_display_writes() {
        for s in [
            "0.0.0.0/0",
            "10.0.0.0/8",
            "192.168.100.255/32",
            "1.22.133.9/24",
            "255.255.255.255/9",
        ] {
            let net: Ipv4Net = s.parse().unwrap();
            assert_eq!(show(&net), net.to_string());
            assert_eq!(show(&net.trunc()), net.trunc().to_string());
        }
        for o in 0..=255u8 {
            let net = Ipv4Net::new(Ipv4Addr::new(o, 255 - o, o / 3, o % 7), o % 33).unwrap();
            assert_eq!(show(&net), net.to_string());
        }
    }

    #[test]
    fn parse_reasons() {
        assert!(parse("10.0.0.0/8").is_ok());
        assert_eq!(parse("10.0.0.0"), Err(CidrError::NoPrefix));
        assert_eq!(parse("fd00::/8"), Err(CidrError::Ipv6));
        assert_eq!(parse("10.0.0.0/33"), Err(CidrError::Syntax));
        assert_eq!(parse(" 10.0.0.0/8"), Err(CidrError::Syntax));
    }

    #[test]
    fn ranges() {
        let b = |s: &str| parse(s).unwrap();
        assert_eq!(forbidden(&b("127.1.0.0/16")).unwrap().name, "loopback");
        assert!(
            forbidden(&b("224.0.0.0/3")).is_some(),
            "a supernet overlaps too"
        );
        assert!(forbidden(&b("10.0.0.0/8")).is_none());
        assert!(shared(&b("100.100.0.0/16")).is_some());
        assert!(is_private(&b("172.31.0.0/16")));
        assert!(!is_private(&b("172.32.0.0/16")));
        assert_eq!(host_bits(&b("192.168.1.5/24")), Some(b("192.168.1.0/24")));
    }

    #[test]
    fn suggested_pools_are_free() {
        let b = |s: &str| parse(s).unwrap();
        let sug = |pool: &str, locals: &[&str]| {
            let locals: Vec<Ipv4Net> = locals.iter().map(|l| b(l)).collect();
            let s = suggest_pool(&b(pool), &locals);
            if let Some(s) = s {
                assert!(pool_ok(&s, &locals), "{pool} {locals:?} -> {s}");
            }
            s.map(|s| show(&s))
        };
        // The user's own block when it passes (mask clamped, host bits cleared).
        assert_eq!(
            sug("192.168.1.5/24", &[]).as_deref(),
            Some("192.168.1.0/24")
        );
        assert_eq!(
            sug("192.168.1.5/30", &[]).as_deref(),
            Some("192.168.1.0/29")
        );
        assert_eq!(
            sug("192.168.0.0/15", &[]).as_deref(),
            Some("192.168.0.0/16")
        );
        // The case: 10.0.0.0/8 next to a local 10.0.0.0/8.
        assert_eq!(
            sug("10.0.0.0/8", &["10.0.0.0/8"]).as_deref(),
            Some("172.16.0.0/16")
        );
        // Next to the local block, same size.
        assert_eq!(
            sug("10.1.0.0/16", &["10.1.0.0/16"]).as_deref(),
            Some("10.0.0.0/16")
        );
        assert_eq!(
            sug("10.0.0.0/16", &["10.0.0.0/16", "10.1.0.0/16"]).as_deref(),
            Some("10.2.0.0/16")
        );
        assert_eq!(
            sug("192.168.1.0/24", &["192.168.0.0/16"]).as_deref(),
            Some("172.31.255.0/24")
        );
        // Reserved ranges: the nearest private block.
        assert_eq!(sug("100.64.0.0/16", &[]).as_deref(), Some("172.16.0.0/16"));
        assert_eq!(
            sug("100.0.0.0/16", &[]).as_deref(),
            Some("100.0.0.0/16"),
            "public but allowed"
        );
        assert_eq!(
            sug("11.0.0.0/8", &["11.0.0.0/16"]).as_deref(),
            Some("10.255.0.0/16"),
            "a free block is private"
        );
        assert_eq!(sug("127.0.0.0/16", &[]).as_deref(), Some("172.16.0.0/16"));
        // Every private range covered: no /16, no /24.
        assert_eq!(
            sug(
                "10.0.0.0/16",
                &["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]
            ),
            None
        );
        // A /16 cannot fit, a /24 can.
        let almost = [
            "10.0.0.0/8",
            "172.16.0.0/12",
            "192.168.0.0/17",
            "192.168.128.0/18",
            "192.168.192.0/19",
            "192.168.224.0/20",
            "192.168.240.0/21",
            "192.168.248.0/22",
            "192.168.252.0/23",
        ];
        assert_eq!(
            sug("10.0.0.0/16", &almost).as_deref(),
            Some("192.168.254.0/24")
        );
    }
}
