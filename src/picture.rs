//! The client pool against every local block, as a picture the page draws:
//! one bar per block on a shared address axis, overlaps marked, and the
//! pool's capacity in clients.
//!
//! ```
//! use sslvpn_builder::{check, picture, Input, Lang, Value};
//! let input: Input = [("ClientIpPool", "10.0.0.0/24"), ("LocalSubnet", "10.0.0.0/16,172.16.0.0/12")]
//!     .into_iter().map(|(k, v)| (k.to_string(), Value::from(v))).collect();
//! let p = picture::picture(check(&input, Lang::En).request(), Lang::En).unwrap();
//! assert_eq!(p.clients, 64);
//! assert_eq!(p.bars.len(), 3);
//! assert!(p.bars[0].overlaps && p.bars[1].overlaps && !p.bars[2].overlaps);
//! ```

use crate::cidr;
use crate::lang::Lang;
use crate::request::Request;
use crate::shape::{Node, Shape};
use crate::text;
use ipnet::Ipv4Net;

/// One block on the axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// `a.b.c.d/n`.
    pub block: String,
    /// `pool` or `local`.
    pub kind: &'static str,
    /// Where it starts on the axis, in thousandths.
    pub start: u16,
    /// How wide it is, in thousandths (at least 6, so a /29 stays visible).
    pub width: u16,
    /// Whether it overlaps the pool (for a local block) or any local block (for the pool).
    pub overlaps: bool,
}

/// The picture: bars (pool first), the axis ends, the capacity and a caption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Pool first, then each local block in the order given.
    pub bars: Vec<Bar>,
    /// The first address on the axis.
    pub from: String,
    /// The last address on the axis.
    pub to: String,
    /// How many clients the pool serves.
    pub clients: u64,
    /// One sentence: capacity and overlaps, in the language asked for.
    pub caption: String,
}

/// The picture of `request`'s client pool and local blocks, when the pool
/// and at least one local block parse.
pub fn picture(request: &Request, lang: Lang) -> Option<Picture> {
    let pool = cidr::parse(request.get("ClientIpPool")?.trim())
        .ok()?
        .trunc();
    let locals: Vec<Ipv4Net> = request
        .get("LocalSubnet")?
        .split(',')
        .filter_map(|b| cidr::parse(b.trim()).ok())
        .map(|n| n.trunc())
        .take(8)
        .collect();
    if locals.is_empty() {
        return None;
    }
    let all = || std::iter::once(&pool).chain(&locals);
    let lo = all().map(|n| u64::from(u32::from(n.network()))).min()?;
    let hi = all().map(|n| u64::from(u32::from(n.broadcast()))).max()?;
    let span = (hi - lo + 1) as f64;
    let bar = |net: &Ipv4Net, kind, overlaps| {
        let start = (u64::from(u32::from(net.network())) - lo) as f64 / span * 1000.0;
        let width = ((1u64 << (32 - u32::from(net.prefix_len()))) as f64 / span * 1000.0).max(6.0);
        Bar {
            block: cidr::show(net),
            kind,
            start: (start as u16).min(994),
            width: (width as u16).min(1000),
            overlaps,
        }
    };
    let clashes: Vec<bool> = locals.iter().map(|l| cidr::overlaps(&pool, l)).collect();
    let mut bars = vec![bar(&pool, "pool", clashes.contains(&true))];
    bars.extend(
        locals
            .iter()
            .zip(&clashes)
            .map(|(l, c)| bar(l, "local", *c)),
    );
    let clients = cidr::clients(&pool);
    let n = clashes.iter().filter(|c| **c).count();
    let caption = match n {
        0 => text::fill(lang.pick(&CAPTION), &[&cidr::show(&pool), &clients]),
        _ => text::fill(
            lang.pick(&CAPTION_OVERLAP),
            &[&cidr::show(&pool), &clients, &n],
        ),
    };
    let addr = |a: u64| {
        let mut s = cidr::show(&Ipv4Net::new((a as u32).into(), 32).ok()?);
        s.truncate(s.len() - 3); // "/32"
        Some(s)
    };
    Some(Picture {
        bars,
        from: addr(lo)?,
        to: addr(hi)?,
        clients,
        caption,
    })
}

const CAPTION: crate::Text = crate::text!(
    "{} serves {} clients and overlaps no local block.",
    "{} 可供 {} 个客户端使用，与本端网段均不重叠。"
);
const CAPTION_OVERLAP: crate::Text = crate::text!(
    "{} serves {} clients but overlaps {} local block(s): the API refuses that (ClientIpPool.SubnetInvalid).",
    "{} 可供 {} 个客户端使用，但与 {} 个本端网段重叠：API 会拒绝（ClientIpPool.SubnetInvalid）。"
);

impl Shape for Bar {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("block", self.block.shape()),
            ("kind", Node::Str(self.kind)),
            ("start", self.start.shape()),
            ("width", self.width.shape()),
            ("overlaps", Node::Bool(self.overlaps)),
        ])
    }
}

impl Shape for Picture {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("bars", self.bars.shape()),
            ("from", self.from.shape()),
            ("to", self.to.shape()),
            ("clients", self.clients.shape()),
            ("caption", self.caption.shape()),
        ])
    }
}
