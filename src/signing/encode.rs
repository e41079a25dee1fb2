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
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
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
    let mut sorted: Vec<&(&str, &str)> = params.iter().collect();
    sort(&mut sorted);
    let mut out = String::new();
    for (name, value) in sorted {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&percent_encode(name));
        out.push('=');
        out.push_str(&percent_encode(value));
    }
    out
}

/// Insertion sort (`str` orders by bytes). The lists signed here are a few
/// dozen items; this keeps the page smaller than the standard library's sorts.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
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
            sort(&mut v);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn hex_is_lower_case() {
        assert_eq!(hex(&[0, 0xAB, 0xff]), "00abff");
    }
}
