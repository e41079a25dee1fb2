//! V3: the header scheme `ACS3-HMAC-SHA256`.

use super::encode::{canonical_query, hex};
use super::SignError;
use crate::text;
use crate::text::sort;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The V3 algorithm name, first line of the string to sign.
pub const V3_ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// Lower-case hex SHA-256 of no bytes (`x-acs-content-sha256` of an empty body).
const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// What V3 signs: method, host, query, extra headers and body.
#[derive(Debug, Clone, Copy)]
pub struct V3Request<'a> {
    /// `GET`, `POST`, ...
    pub method: &'a str,
    /// The `host` header (the endpoint the request goes to).
    pub host: &'a str,
    /// Query parameters (encoded and sorted here).
    pub query: &'a [(&'a str, &'a str)],
    /// Headers to sign besides `host` and `x-acs-content-sha256`, which are
    /// added here. Names are lower-cased, values trimmed.
    pub headers: &'a [(&'a str, &'a str)],
    /// The exact body bytes (empty for none).
    pub body: &'a [u8],
}

/// The stages of a V3 signature and the headers to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V3Signature {
    /// The canonical query string (the canonical request's third line).
    pub query: String,
    /// The canonical request.
    pub canonical: String,
    /// `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request.
    pub string_to_sign: String,
    /// Lower-case hex HMAC-SHA256 keyed with the raw secret.
    pub signature: String,
    /// Signed header names joined with `;`.
    pub signed_headers: String,
    /// The `Authorization` header value.
    pub authorization: String,
    /// Every signed header (lower-case name, trimmed value), sorted by name.
    pub headers: Vec<(String, String)>,
}

const HEADER_INVALID: SignError = SignError {
    code: "header-invalid",
    message: text!(
        "A header to sign is empty, repeated, or contains characters HTTP does not allow.",
        "要签名的请求头为空、重复，或包含 HTTP 不允许的字符。"
    ),
};

/// Signs an arbitrary request with V3.
///
/// # Errors
///
/// `header-invalid` for a header name that is empty, not an HTTP token,
/// repeated (case-insensitively, `host` and `x-acs-content-sha256`
/// included) or `authorization`, or a value with control characters.
///
/// Private to the crate, like every signing entry point but
/// [`super::sign`]; the published V3 vector is a unit test
/// (`signing::vectors`).
pub fn sign_v3(
    req: &V3Request,
    access_key_id: &str,
    access_key_secret: &str,
) -> Result<V3Signature, SignError> {
    // SHA-256 of the empty body (every request this tool signs) is known.
    let payload = if req.body.is_empty() {
        EMPTY_SHA256.to_owned()
    } else {
        hex(&Sha256::digest(req.body))
    };
    let mut headers: Vec<(String, String)> = vec![
        ("host".into(), req.host.trim().into()),
        ("x-acs-content-sha256".into(), payload.clone()),
    ];
    for (name, value) in req.headers {
        let name = name.to_ascii_lowercase();
        let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        if name.is_empty()
            || !name.bytes().all(token)
            || name == "authorization"
            || headers.iter().any(|(n, _)| *n == name)
            || value.chars().any(|c| c.is_control())
        {
            return Err(HEADER_INVALID);
        }
        headers.push((name, value.trim().into()));
    }
    if req.host.chars().any(|c| c.is_control()) {
        return Err(HEADER_INVALID);
    }
    sort(&mut headers);
    // Joined with `push_str`, not `format!`: `core::fmt` took about 0.8 µs
    // of a 13 µs V3 `sign()` in the wasm.
    let signed_headers = text::join(headers.iter().map(|(n, _)| n.as_str()), ";");
    let query = canonical_query(req.query);
    let mut canonical = String::with_capacity(query.len() + signed_headers.len() + 512);
    for part in [req.method, "\n/\n", &query, "\n"] {
        canonical.push_str(part);
    }
    for (name, value) in &headers {
        for part in [name.as_str(), ":", value, "\n"] {
            canonical.push_str(part);
        }
    }
    for part in ["\n", &signed_headers, "\n", &payload] {
        canonical.push_str(part);
    }
    let string_to_sign = [
        V3_ALGORITHM,
        "\n",
        &hex(&Sha256::digest(canonical.as_bytes())),
    ]
    .concat();
    // HMAC takes keys of any length; no `expect`, whose Debug code the page would carry.
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(access_key_secret.as_bytes()) else {
        unreachable!()
    };
    mac.update(string_to_sign.as_bytes());
    let signature = hex(&mac.finalize().into_bytes());
    let authorization = [
        V3_ALGORITHM,
        " Credential=",
        access_key_id,
        ",SignedHeaders=",
        &signed_headers,
        ",Signature=",
        &signature,
    ]
    .concat();
    Ok(V3Signature {
        query,
        canonical,
        string_to_sign,
        signature,
        signed_headers,
        authorization,
        headers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn try_headers(headers: &[(&str, &str)]) -> Result<V3Signature, SignError> {
        let req = V3Request {
            method: "POST",
            host: "vpc.aliyuncs.com",
            query: &[],
            headers,
            body: b"",
        };
        sign_v3(&req, "id", "secret")
    }

    #[test]
    fn the_empty_body_hash_is_sha256_of_nothing() {
        assert_eq!(EMPTY_SHA256, hex(&Sha256::digest(b"")));
        let with_body = V3Request {
            method: "POST",
            host: "vpc.aliyuncs.com",
            query: &[],
            headers: &[],
            body: b"a",
        };
        let s = sign_v3(&with_body, "id", "secret").unwrap();
        let sent = s.headers.iter().find(|(n, _)| n == "x-acs-content-sha256");
        assert_eq!(
            sent.map(|(_, v)| v.as_str()),
            Some(hex(&Sha256::digest(b"a")).as_str())
        );
    }

    #[test]
    fn rejects_bad_and_repeated_headers() {
        for bad in [
            [("x-acs-a", "1"), ("X-ACS-A", "2")],
            [("Host", "x"), ("x-acs-b", "1")],
            [("x-acs-content-sha256", "0"), ("x-acs-b", "1")],
            [("Authorization", "x"), ("x-acs-b", "1")],
            [("x acs", "1"), ("x-acs-b", "1")],
            [("", "1"), ("x-acs-b", "1")],
            [("x-acs-a", "1\r\nx: y"), ("x-acs-b", "1")],
        ] {
            assert_eq!(
                try_headers(&bad).unwrap_err().code,
                "header-invalid",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn lowercases_trims_and_sorts() {
        let s = try_headers(&[("X-Acs-Zed", "  v  "), ("x-acs-action", "A")]).unwrap();
        assert_eq!(
            s.signed_headers,
            "host;x-acs-action;x-acs-content-sha256;x-acs-zed"
        );
        assert!(s.canonical.contains("\nx-acs-zed:v\n\nhost;"));
    }

    #[test]
    fn body_is_hashed() {
        let req = V3Request {
            method: "POST",
            host: "h",
            query: &[],
            headers: &[],
            body: b"abc",
        };
        let s = sign_v3(&req, "id", "k").unwrap();
        assert!(s
            .canonical
            .ends_with("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
}
