//! IPv4 CIDR helpers on top of `ipnet`: strict parsing with a reason, and the
//! ranges the API reserves.

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
    (1u64 << (32 - u32::from(pool.prefix_len()))) >> 2
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
    a.contains(&b.network()) || b.contains(&a.network())
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

/// The first forbidden range `block` overlaps.
pub(crate) fn forbidden(block: &Ipv4Net) -> Option<Reserved> {
    FORBIDDEN
        .iter()
        .copied()
        .map(net)
        .find(|r| overlaps(&r.net, block))
}

/// Whether `block` overlaps 100.64.0.0/10.
pub(crate) fn shared(block: &Ipv4Net) -> Option<Reserved> {
    Some(net(SHARED)).filter(|r| overlaps(&r.net, block))
}

/// The first dubious range `block` overlaps (0/8 or 240/4 outside 255/8).
pub(crate) fn dubious(block: &Ipv4Net) -> Option<Reserved> {
    DUBIOUS
        .iter()
        .copied()
        .map(net)
        .find(|r| overlaps(&r.net, block))
}

/// Whether `block` lies inside one RFC 1918 range.
pub(crate) fn is_private(block: &Ipv4Net) -> bool {
    PRIVATE
        .iter()
        .copied()
        .map(net)
        .any(|r| r.net.contains(block))
}

/// The block with host bits cleared, when it had any set.
pub(crate) fn host_bits(block: &Ipv4Net) -> Option<Ipv4Net> {
    (block.addr() != block.network()).then(|| block.trunc())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
