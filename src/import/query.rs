//! URLs, query strings and share links: percent-decoding, `k=v&...` pairs,
//! the V1 signed URL (`v1-url`) and the page's share link (`share-link`).

use super::scan::{Buf, Fail, Notes};
use super::verify::Claim;
use super::{is_param, Draft};
use crate::signing::{Method, Scheme};
use crate::value::Value;

/// Percent-decodes one component: `%XY` is a byte, `+` a space when
/// `plus_space` (query strings and form bodies) and a plus otherwise (share
/// links).
///
/// # Errors
///
/// `bad-encoding` for a `%` without two hex digits or bytes that are not UTF-8.
pub(crate) fn decode(s: &str, plus_space: bool) -> Result<String, Fail> {
    let b = s.as_bytes();
    if !b.iter().any(|&c| c == b'%' || (plus_space && c == b'+')) {
        return Ok(s.to_owned());
    }
    let mut buf = Buf::new();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'%' => {
                let hex = b.get(i + 1..i + 3).unwrap_or_default();
                let (v, _) =
                    super::scan::hex_run(hex, 2, 2).ok_or_else(|| Fail::new("bad-encoding"))?;
                buf.byte(v as u8);
                i += 3;
            }
            b'+' if plus_space => {
                buf.byte(b' ');
                i += 1;
            }
            _ => {
                buf.byte(c);
                i += 1;
            }
        }
    }
    buf.finish()
}

/// `k=v&k2=v2` as decoded pairs, in order; empty pieces are skipped and a
/// piece without `=` has an empty value.
pub(crate) fn pairs(q: &str, plus_space: bool) -> Result<Vec<(String, String)>, Fail> {
    let mut out = Vec::new();
    for piece in q.split('&') {
        if piece.is_empty() {
            continue;
        }
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        out.push((decode(k, plus_space)?, decode(v, plus_space)?));
    }
    Ok(out)
}

/// The parts of a URL (`https://host/path?query#fragment`), or of a
/// reference without scheme and host (`/path?q`, `?q`, `#f`).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Url<'a> {
    /// The host (and port), without user info; `None` without a scheme.
    pub host: Option<&'a str>,
    pub query: Option<&'a str>,
    pub fragment: Option<&'a str>,
}

/// Whether `s` starts with `http://` or `https://` (any case).
pub(crate) fn is_http(s: &str) -> bool {
    let starts = |p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    starts("http://") || starts("https://")
}

/// Splits a URL or a relative reference.
pub(crate) fn url(s: &str) -> Url<'_> {
    let (before, fragment) = match s.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (s, None),
    };
    let (before, query) = match before.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (before, None),
    };
    let host = if is_http(before) {
        let rest = crate::text::split_once(before, "//").map_or("", |(_, r)| r);
        let authority = rest.split_once('/').map_or(rest, |(a, _)| a);
        Some(authority.rsplit_once('@').map_or(authority, |(_, h)| h))
    } else {
        None
    };
    Url {
        host,
        query,
        fragment,
    }
}

fn no_space(t: &str) -> bool {
    !t.bytes().any(|b| b.is_ascii_whitespace())
}

/// A share link: `#lang=zh&RegionId=...` or a URL ending in such a
/// fragment, whose pairs name `lang` or a known parameter. `None`: not one.
pub(crate) fn share_link(t: &str) -> Result<Option<Draft>, Fail> {
    if !no_space(t) {
        return Ok(None);
    }
    let fragment = match t.strip_prefix('#') {
        Some(f) => f,
        None if is_http(t) => match url(t).fragment {
            Some(f) => f,
            None => return Ok(None),
        },
        None => return Ok(None),
    };
    // Only a fragment that looks like ours is read (and can fail).
    let looks = fragment.split('&').any(|p| {
        let k = p.split_once('=').map_or(p, |(k, _)| k);
        matches!(k, "lang" | "operation" | "field" | "error") || is_param(k)
    });
    if !looks {
        return Ok(None);
    }
    let mut d = Draft::new("share-link");
    for (k, v) in pairs(fragment, false)? {
        match k.as_str() {
            "lang" => d.lang = crate::Lang::parse(&v),
            "operation" => d.operation = Some(super::operation_named(&v)?),
            "field" => d.focus_field = Some(v),
            "error" => d.open_error = Some(v),
            _ => d.params.push((k, Value::Str(v))),
        }
    }
    Ok(Some(d))
}

/// A V1 URL (`https://host/?Action=...`), `?k=v&...` or a bare query string
/// that names `Action` or a known parameter. `None`: not one.
pub(crate) fn v1_url(t: &str) -> Result<Option<Draft>, Fail> {
    if !no_space(t) {
        return Ok(None);
    }
    let u = url(t);
    let query = match (u.host, t.strip_prefix('?')) {
        (Some(_), _) => match u.query {
            Some(q) => q,
            None => return Ok(None),
        },
        (None, Some(q)) => q.split_once('#').map_or(q, |(q, _)| q),
        (None, None) if t.contains('=') && !t.starts_with('#') => t,
        _ => return Ok(None),
    };
    let looks = query.split('&').any(|p| {
        let k = p.split_once('=').map_or(p, |(k, _)| k);
        k == "Action" || is_param(k)
    });
    if !looks {
        return Ok(None);
    }
    let all = pairs(query, true)?;
    let mut d = Draft::new("v1-url");
    d.host = u.host.map(str::to_owned);
    if u.host.is_some() {
        d.method = Some(Method::Get);
    }
    let v1 = all.iter().any(|(k, _)| {
        matches!(
            k.as_str(),
            "Action" | "Signature" | "SignatureVersion" | "SignatureMethod" | "SignatureNonce"
        )
    });
    if v1 {
        d.signature = Some(Scheme::V1);
    }
    d.claim = v1_claim(&all, Method::Get, u.host.unwrap_or(""), &mut d.notes);
    d.params = all.into_iter().map(|(k, v)| (k, Value::Str(v))).collect();
    Ok(Some(d))
}

/// The V1 claim of some pairs, when they are signed: `Signature`,
/// `AccessKeyId`, `Timestamp` and `SignatureNonce` all present.
pub(crate) fn v1_claim(
    all: &[(String, String)],
    method: Method,
    host: &str,
    notes: &mut Notes,
) -> Option<Claim> {
    let get = |name: &str| all.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let signature = get("Signature")?;
    let (Some(access_key_id), Some(timestamp), Some(nonce)) =
        (get("AccessKeyId"), get("Timestamp"), get("SignatureNonce"))
    else {
        notes.add("claim-incomplete", "");
        return None;
    };
    Some(Claim {
        scheme: Scheme::V1,
        method,
        host: host.to_ascii_lowercase(),
        access_key_id,
        timestamp,
        nonce,
        signature,
        pairs: all
            .iter()
            .filter(|(k, _)| k != "Signature")
            .cloned()
            .collect(),
        signed_headers: String::new(),
        headers: Vec::new(),
        body: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode("a%20b+c", true).unwrap(), "a b c");
        assert_eq!(decode("a%20b+c", false).unwrap(), "a b+c");
        assert_eq!(decode("%E6%B5%8B%f0%9f%98%80", false).unwrap(), "测😀");
        assert_eq!(decode("%", false).unwrap_err().code, "bad-encoding");
        assert_eq!(decode("%4", false).unwrap_err().code, "bad-encoding");
        assert_eq!(decode("%zz", false).unwrap_err().code, "bad-encoding");
        assert_eq!(decode("%FF", false).unwrap_err().code, "bad-encoding");
        assert_eq!(
            pairs("a=1&&b&c=x=y", true).unwrap(),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), String::new()),
                ("c".into(), "x=y".into())
            ]
        );
    }

    #[test]
    fn urls() {
        let u = url("https://user@VPC.aliyuncs.com:443/p?a=1#f=2");
        assert_eq!(u.host, Some("VPC.aliyuncs.com:443"));
        assert_eq!((u.query, u.fragment), (Some("a=1"), Some("f=2")));
        assert_eq!(url("?a").host, None);
        assert_eq!(url("HTTP://h").host, Some("h"));
        assert!(!is_http("ftp://h"));
    }
}
