//! RFC 3986 percent-encoding and the canonical query string both schemes use.

/// Percent-encodes `s` the way Alibaba Cloud signs it: UTF-8 bytes,
/// `A-Z a-z 0-9 - _ . ~` unchanged, every other byte `%XY` with upper-case hex
/// (space is `%20`, never `+`; `*` is `%2A`; `~` stays `~`).
///
/// # Examples
///
/// ```
/// use sslvpn_builder::signing::percent_encode;
/// assert_eq!(percent_encode(" ~/*-+"), "%20~%2F%2A-%2B");
/// assert_eq!(percent_encode("测"), "%E6%B5%8B");
/// ```
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    encode_into(&mut out, s, "%");
    out
}

/// `true` for the bytes sent as they are: `A-Z a-z 0-9 - _ . ~`.
static UNRESERVED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~');
        b += 1;
    }
    t
};

/// Appends `s` percent-encoded to `out`, each escape starting with
/// `percent`: `"%"` encodes once, `"%25"` gives what encoding the result a
/// second time would (its `%` becomes `%25`; hex digits are unreserved).
/// Runs of unreserved bytes are copied whole.
pub(crate) fn encode_into(out: &mut String, s: &str, percent: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if UNRESERVED[usize::from(b)] {
            continue;
        }
        // A run starts after an encoded byte and at an ASCII byte, so `start`
        // and `i` are char boundaries whenever the run is not empty (`get`,
        // not indexing: no panic path in the wasm).
        out.push_str(s.get(start..i).unwrap_or_default());
        out.push_str(percent);
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
}

/// The canonical query string: pairs sorted by name in byte order (then by
/// value, so the result never depends on input order), each
/// `percent_encode(name)=percent_encode(value)`, joined with `&`. An empty
/// value gives `Name=`; no pairs give the empty string.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::signing::canonical_query;
/// assert_eq!(canonical_query(&[("b", "1 2"), ("B", ""), ("a", "*")]), "B=&a=%2A&b=1%202");
/// ```
pub fn canonical_query(params: &[(&str, &str)]) -> String {
    canonical_query_and(params, None)
}

/// [`canonical_query`], and when `twice` is given, the same query
/// percent-encoded once more appended to it (what V1 signs), in one pass.
pub(crate) fn canonical_query_and(params: &[(&str, &str)], twice: Option<&mut String>) -> String {
    let mut sorted: Vec<&(&str, &str)> = params.iter().collect();
    crate::text::sort_by(&mut sorted, |a, b| {
        (a.0.bytes().cmp(b.0.bytes())).then_with(|| a.1.bytes().cmp(b.1.bytes()))
    });
    // A request's query is a few hundred bytes: room for it at once (a
    // constant keeps the page's code small).
    let mut out = String::with_capacity(512);
    match twice {
        Some(t) => {
            t.reserve(768);
            for (i, (name, value)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push('&');
                    t.push_str("%26");
                }
                encode_both(&mut out, t, name);
                out.push('=');
                t.push_str("%3D");
                encode_both(&mut out, t, value);
            }
        }
        None => {
            for (i, (name, value)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push('&');
                }
                encode_into(&mut out, name, "%");
                out.push('=');
                encode_into(&mut out, value, "%");
            }
        }
    }
    out
}

/// [`encode_into`] of `s` to `once` with `%` and to `twice` with `%25`, in
/// one scan.
fn encode_both(once: &mut String, twice: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if UNRESERVED[usize::from(b)] {
            continue;
        }
        // As in `encode_into`: `start` and `i` are char boundaries whenever
        // the run is not empty.
        let run = s.get(start..i).unwrap_or_default();
        let (hi, lo) = (
            char::from(HEX[usize::from(b >> 4)]),
            char::from(HEX[usize::from(b & 15)]),
        );
        for (out, percent) in [(&mut *once, "%"), (&mut *twice, "%25")] {
            out.push_str(run);
            out.push_str(percent);
            out.push(hi);
            out.push(lo);
        }
        start = i + 1;
    }
    let run = s.get(start..).unwrap_or_default();
    once.push_str(run);
    twice.push_str(run);
}

/// Lower-case hex of some bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_pass_through() {
        let s = "ABCXYZabcxyz0189-_.~";
        assert_eq!(percent_encode(s), s);
    }

    #[test]
    fn reserved_and_unicode() {
        assert_eq!(percent_encode("a b"), "a%20b");
        assert_eq!(percent_encode("+"), "%2B");
        assert_eq!(percent_encode("*"), "%2A");
        assert_eq!(percent_encode("'!()"), "%27%21%28%29");
        assert_eq!(percent_encode("=&%"), "%3D%26%25");
        assert_eq!(percent_encode("é"), "%C3%A9");
        assert_eq!(percent_encode("😀"), "%F0%9F%98%80");
        assert_eq!(percent_encode("\n\0"), "%0A%00");
        assert_eq!(percent_encode(""), "");
    }

    #[test]
    fn sort_is_byte_order_not_locale() {
        let q = canonical_query(&[("a", "1"), ("Z", "2"), ("_", "3"), ("A", "4")]);
        assert_eq!(q, "A=4&Z=2&_=3&a=1");
        assert_eq!(canonical_query(&[]), "");
    }

    #[test]
    fn one_pass_double_encoding_equals_two_passes() {
        let values = [
            "",
            "a",
            "a b",
            "*~-_.",
            "%",
            "%25",
            "=&+/",
            "10.0.0.0/8,172.16.0.0/16",
            "2025-06-01T12:34:56Z",
            "全部 options",
            "😀\n\0\u{7f}",
            "é",
        ];
        for (i, v) in values.iter().enumerate() {
            let params = [
                ("Name", *v),
                ("A b", values[(i + 3) % values.len()]),
                ("é=", ""),
            ];
            let mut twice = String::from("GET&%2F&");
            let once = canonical_query_and(&params, Some(&mut twice));
            assert_eq!(once, canonical_query(&params));
            assert_eq!(twice, format!("GET&%2F&{}", percent_encode(&once)), "{v:?}");
        }
        let mut twice = String::new();
        assert_eq!(canonical_query_and(&[], Some(&mut twice)), "");
        assert_eq!(twice, "");
    }

    #[test]
    fn every_byte_encodes_as_before() {
        // The byte-at-a-time encoder this one replaced, as the reference.
        let reference = |s: &str| -> String {
            s.bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect()
        };
        let all: String = (0..=0x7f_u8)
            .map(char::from)
            .chain(['é', '测', '😀'])
            .collect();
        assert_eq!(percent_encode(&all), reference(&all));
        for i in 0..all.len() {
            if let Some(tail) = all.get(i..) {
                assert_eq!(percent_encode(tail), reference(tail));
            }
        }
    }

    #[test]
    fn sort_matches_std() {
        let mut state = 12345u32;
        for len in 0..40 {
            let mut v: Vec<u32> = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    state % 7
                })
                .collect();
            let mut want = v.clone();
            want.sort();
            crate::text::sort(&mut v);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn hex_is_lower_case() {
        assert_eq!(hex(&[0, 0xAB, 0xff]), "00abff");
    }
}
