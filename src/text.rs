//! Small string helpers shared by the rules: suggestions and safe echoing.

/// Levenshtein distance, or `None` when either side is too long to be a typo
/// (keeps hostile input linear).
pub(crate) fn distance(a: &str, b: &str) -> Option<usize> {
    const MAX: usize = 64;
    let a: Vec<char> = a.chars().take(MAX + 1).collect();
    let b: Vec<char> = b.chars().take(MAX + 1).collect();
    if a.len() > MAX || b.len() > MAX {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied()
}

/// Letters and digits only, lower-cased: `vpn_gateway_id` and `VpnGatewayID`
/// both fold to `vpngatewayid`.
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The candidate closest to `input`, if it is close enough to be a typo.
pub(crate) fn closest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let folded = fold(input);
    if folded.is_empty() || input.chars().count() > 64 {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = if fold(c) == folded {
            0
        } else {
            distance(&input.to_ascii_lowercase(), &c.to_ascii_lowercase())?
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    let (d, c) = best?;
    let limit = (c.chars().count() / 4).clamp(1, 3);
    (d <= limit).then_some(c)
}

/// A value shortened for a message: at most 40 characters, control characters
/// shown as `\u{..}`, so a megabyte string never ends up in a message.
pub(crate) fn echo(s: &str) -> String {
    const MAX: usize = 40;
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        // Control characters and bidi controls (which could reorder the message) are escaped.
        if c.is_control()
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
        {
            out.push_str("\\u{");
            out.push_str(&hex(c as u32, 1));
            out.push('}');
        } else {
            out.push(c);
        }
    }
    out
}

/// `U+0007`: a code point as Unicode writes it.
pub(crate) fn code_point(c: char) -> String {
    let mut s = String::from("U+");
    s.push_str(&hex(c as u32, 4).to_ascii_uppercase());
    s
}

/// Lower-case hex with at least `width` digits (no `format!`: keeps wasm small).
fn hex(n: u32, width: usize) -> String {
    let mut len = 1;
    while len < 8 && n >> (4 * len) != 0 {
        len += 1;
    }
    (0..len.max(width))
        .rev()
        .map(|i| {
            let digit = n.checked_shr(4 * i as u32).unwrap_or(0) & 15;
            char::from(b"0123456789abcdef"[digit as usize])
        })
        .collect()
}

/// Fills each `{}` of `template` with the next argument. One non-generic
/// function instead of a `format!` per message keeps the wasm small.
pub(crate) fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some((head, tail)) = split_once(rest, "{}") {
        out.push_str(head);
        if let Some(a) = args.next() {
            let _ = write!(out, "{a}");
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// `parts` joined by `sep`: one non-generic function instead of a
/// `[T]::join` per element type (each copy weighs about 1 KB in the wasm).
pub(crate) fn join<'a>(parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

/// The text before and after the first `pat` (not empty). A byte search:
/// `str::find` with a `&str` pattern links the two-way searcher into the wasm.
/// It looks for `pat`'s first byte, then compares the rest there (33 bytes
/// less on the first load than comparing a window at every byte).
pub(crate) fn split_once<'a>(s: &'a str, pat: &str) -> Option<(&'a str, &'a str)> {
    let (first, bytes) = (*pat.as_bytes().first()?, s.as_bytes());
    let i = (0..bytes.len())
        .filter(|&i| bytes[i] == first)
        .find(|&i| bytes[i..].starts_with(pat.as_bytes()))?;
    Some((s.get(..i)?, s.get(i + pat.len()..)?))
}

/// Insertion sort (`str` orders by bytes). The lists signed here are a few
/// dozen items; this keeps the page smaller than the standard library's sorts.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// [`sort`] by `cmp`.
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]).is_gt() {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_case_and_typo() {
        let names = ["VpnGatewayId", "RegionId", "ClientIpPool"];
        assert_eq!(closest("VpnGatewayID", names), Some("VpnGatewayId"));
        assert_eq!(closest("vpn_gateway_id", names), Some("VpnGatewayId"));
        assert_eq!(closest("RegonId", names), Some("RegionId"));
        assert_eq!(closest("Banana", names), None);
    }

    #[test]
    fn fill_and_code_point() {
        assert_eq!(fill("{} of {}", &[&1, &"x"]), "1 of x");
        assert_eq!(fill("{}{} é{}", &[&1]), "1 é");
        assert_eq!(split_once("a{endpoint}b", "{endpoint}"), Some(("a", "b")));
        assert_eq!(split_once("é{}", "{}"), Some(("é", "")));
        assert_eq!(split_once("{", "{}"), None);
        assert_eq!(code_point('\u{7}'), "U+0007");
        assert_eq!(code_point('😀'), "U+1F600");
        assert_eq!(hex(0, 1), "0");
        assert_eq!(hex(0xa, 1), "a");
        assert_eq!(hex(0xdead_beef, 1), "deadbeef");
        assert_eq!(hex(0x10ffff, 4), "10ffff");
    }

    proptest::proptest! {
        /// The byte search finds what the standard library's does.
        #[test]
        fn split_once_agrees_with_std(s in "[a{}é]{0,12}", pat in "[a{}é]{1,3}") {
            proptest::prop_assert_eq!(split_once(&s, &pat), s.split_once(pat.as_str()));
        }
    }

    #[test]
    fn echo_is_bounded() {
        let long = "x".repeat(1_000_000);
        assert_eq!(echo(&long).chars().count(), 41);
        assert_eq!(echo("a\nb"), "a\\u{a}b");
        assert_eq!(echo("a\u{202e}b"), "a\\u{202e}b");
    }
}
