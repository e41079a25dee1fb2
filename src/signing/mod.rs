//! Request signing for the operations' requests: V1 (RPC query string,
//! HMAC-SHA1) and V3 (`ACS3-HMAC-SHA256` headers).
//!
//! [`sign`] takes a [`ValidRequest`] (so a request with errors can never be
//! signed), [`Credentials`] and [`SignOptions`] (time and nonce are inputs,
//! so the result is deterministic) and gives a [`Signed`] request with every
//! intermediate stage. It is built on low-level functions that sign any
//! parameter list; they are private to the crate (checked against Alibaba's
//! published vectors in this module's unit tests), so that nothing outside
//! can sign a request the rules have not passed.
//!
//! # Examples
//!
//! ```
//! use sslvpn_builder::signing::{sign, Credentials, Endpoint, Method, Scheme, SignOptions};
//! use sslvpn_builder::{check, Input, Lang, Value};
//! let mut input = Input::new();
//! for (k, v) in [("RegionId", "cn-hangzhou"), ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
//!                ("ClientIpPool", "192.168.1.0/24"), ("LocalSubnet", "10.0.0.0/8")] {
//!     input.insert(k.into(), Value::from(v));
//! }
//! let req = check(&input, Lang::En).into_valid().unwrap();
//! let creds = Credentials { access_key_id: "testid".into(), access_key_secret: "testsecret".into(),
//!                           security_token: None };
//! let opts = SignOptions { scheme: Scheme::V1, method: Method::Get, endpoint: Endpoint::Regional,
//!                          timestamp: "2024-01-01T00:00:00Z".into(), nonce: "n1".into() };
//! let signed = sign(&req, &creds, &opts).unwrap();
//! assert!(signed.url.starts_with("https://vpc.cn-hangzhou.aliyuncs.com/?AccessKeyId=testid&Action=CreateSslVpnServer&"));
//! assert!(signed.url.ends_with(&format!("&Signature={}",
//!     sslvpn_builder::signing::percent_encode(&signed.signature))));
//! assert!(!format!("{creds:?}").contains("testsecret"));
//! ```

mod encode;
mod endpoint;
mod time;
mod v1;
mod v3;
#[cfg(test)]
mod vectors;

pub use encode::{canonical_query, percent_encode};
pub use endpoint::{Endpoint, CENTRAL_HOST};
pub use time::{format_timestamp, is_valid_timestamp};
#[cfg(test)]
use v1::hmac_sha1_base64;
pub(crate) use v1::sign_v1;
pub use v3::V3_ALGORITHM;
pub(crate) use v3::{sign_v3, V3Request};

use crate::lang::{Lang, Text};
use crate::request::ValidRequest;
use crate::shape::{Node, Shape};
use crate::text;
use std::fmt;

/// How long the server accepts a V1 `Timestamp` (31 minutes, DOC-V2).
pub const V1_EXPIRES_IN_SECONDS: u32 = 31 * 60;
/// How long the server accepts a V3 `x-acs-date` (15 minutes, DOC-V3).
pub const V3_EXPIRES_IN_SECONDS: u32 = 15 * 60;
/// The longest nonce accepted.
pub const MAX_NONCE_LEN: usize = 128;

/// An AccessKey pair, optionally with an STS security token. `Debug` never
/// shows the secret or the token.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// The AccessKey ID (the temporary ID with STS).
    pub access_key_id: String,
    /// The AccessKey secret.
    pub access_key_secret: String,
    /// The STS security token, for temporary credentials.
    pub security_token: Option<String>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"<redacted>")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl Credentials {
    /// Checks the credentials can be signed with.
    ///
    /// # Errors
    ///
    /// `credentials-missing` for an empty ID or secret; `credentials-invalid`
    /// for an ID or token that is not printable ASCII without spaces or commas
    /// (they go into the URL and headers), or an empty token.
    pub fn check(&self) -> Result<(), SignError> {
        if self.access_key_id.trim().is_empty() || self.access_key_secret.is_empty() {
            return Err(SignError::CREDENTIALS_MISSING);
        }
        let printable =
            |s: &str| !s.is_empty() && s.bytes().all(|b| (0x21..0x7f).contains(&b) && b != b',');
        if !printable(&self.access_key_id) || !self.security_token.as_deref().is_none_or(printable)
        {
            return Err(SignError::CREDENTIALS_INVALID);
        }
        Ok(())
    }
}

/// The signature scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// RPC query string, HMAC-SHA1, `SignatureVersion=1.0`.
    V1,
    /// `ACS3-HMAC-SHA256` headers (Alibaba's recommendation).
    V3,
}

impl Scheme {
    /// `v1` or `v3` (any case).
    pub fn parse(s: &str) -> Option<Scheme> {
        let s = s.trim();
        [("v1", Scheme::V1), ("v3", Scheme::V3)]
            .into_iter()
            .find_map(|(name, scheme)| s.eq_ignore_ascii_case(name).then_some(scheme))
    }
}

/// The HTTP method (part of both signatures).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET: every parameter in the URL.
    Get,
    /// POST: V1 sends a form body; V3 keeps the parameters in the query.
    Post,
}

impl Method {
    /// `GET` or `POST` (any case).
    pub fn parse(s: &str) -> Option<Method> {
        let s = s.trim();
        [Method::Get, Method::Post]
            .into_iter()
            .find(|m| s.eq_ignore_ascii_case(m.as_str()))
    }

    /// `GET` or `POST`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// How to sign: scheme, method, endpoint, and the time and nonce to use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOptions {
    /// V1 or V3.
    pub scheme: Scheme,
    /// GET or POST.
    pub method: Method,
    /// Where the request goes.
    pub endpoint: Endpoint,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub timestamp: String,
    /// Unique per request: printable ASCII without spaces, at most 128 characters.
    pub nonce: String,
}

impl SignOptions {
    /// Options from text, as the CLI and the page take them: `signature`
    /// `v1`/`v3` (default `v3`), `method` `GET`/`POST` (default `GET` for
    /// V1, `POST` for V3), `endpoint` `regional` (default), `central` or a
    /// host. Checks the timestamp and nonce too.
    ///
    /// # Errors
    ///
    /// `signature-invalid`, `method-invalid`, `endpoint-invalid` (a custom
    /// host that is not one), `timestamp-invalid`, `nonce-invalid`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sslvpn_builder::signing::{Method, Scheme, SignOptions};
    /// let o = SignOptions::from_text(Some("v1"), None, None, "2024-01-01T00:00:00Z", "n").unwrap();
    /// assert_eq!((o.scheme, o.method), (Scheme::V1, Method::Get));
    /// let e = SignOptions::from_text(Some("v2"), None, None, "2024-01-01T00:00:00Z", "n");
    /// assert_eq!(e.unwrap_err().code, "signature-invalid");
    /// ```
    pub fn from_text(
        signature: Option<&str>,
        method: Option<&str>,
        endpoint: Option<&str>,
        timestamp: &str,
        nonce: &str,
    ) -> Result<SignOptions, SignError> {
        let scheme = match signature {
            None => Scheme::V3,
            Some(s) => Scheme::parse(s).ok_or(SignError::SIGNATURE_INVALID)?,
        };
        let method = match method {
            None if scheme == Scheme::V1 => Method::Get,
            None => Method::Post,
            Some(m) => Method::parse(m).ok_or(SignError::METHOD_INVALID)?,
        };
        let endpoint = Endpoint::parse(endpoint.unwrap_or("regional"));
        if let Endpoint::Custom(_) = endpoint {
            endpoint.host("")?;
        }
        let opts = SignOptions {
            scheme,
            method,
            endpoint,
            timestamp: timestamp.to_owned(),
            nonce: nonce.to_owned(),
        };
        opts.check()?;
        Ok(opts)
    }

    /// Checks the timestamp and nonce (the endpoint needs the region: see
    /// [`Endpoint::host`]).
    ///
    /// # Errors
    ///
    /// `timestamp-invalid` or `nonce-invalid`.
    pub fn check(&self) -> Result<(), SignError> {
        if !is_valid_timestamp(&self.timestamp) {
            return Err(SignError::TIMESTAMP_INVALID);
        }
        let n = &self.nonce;
        if n.is_empty() || n.len() > MAX_NONCE_LEN || !n.bytes().all(|b| (0x21..0x7f).contains(&b))
        {
            return Err(SignError::NONCE_INVALID);
        }
        Ok(())
    }
}

/// A signed request, ready to send, with every stage of the signature.
///
/// Its [`Shape`] has camelCase names; `headers` is an array of
/// `[name, value]` pairs, in the order to send them. The STS token, when
/// used, is part of the URL (V1) or the headers (V3): it has to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// `v1` or `v3`.
    pub scheme: Scheme,
    /// `GET` or `POST`.
    pub method: Method,
    /// The endpoint host.
    pub host: String,
    /// The full `https://` URL.
    pub url: String,
    /// Headers to send besides the usual ones (V1 GET: none; V1 POST:
    /// `Content-Type`; V3: every signed header, then `Authorization`).
    pub headers: Vec<(String, String)>,
    /// The body: the form for V1 POST, `None` otherwise (V3 sends an empty body).
    pub body: Option<String>,
    /// V1: the canonicalized query string; V3: the canonical request.
    pub canonical: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// V1: Base64 HMAC-SHA1; V3: hex HMAC-SHA256.
    pub signature: String,
    /// How long after `timestamp` the server accepts the request.
    pub expires_in_seconds: u32,
    /// The timestamp signed.
    pub timestamp: String,
    /// The nonce signed.
    pub nonce: String,
}

impl Signed {
    /// The request as text, as the CLI prints it and the page shows it: the
    /// URL alone for a V1 GET; otherwise the method and URL, one header per
    /// line, then a blank line and the body when there is one.
    ///
    /// ```
    /// # use sslvpn_builder::signing::*;
    /// # use sslvpn_builder::{check, Input, Lang, Value};
    /// # let input: Input = [("RegionId", "cn-hangzhou"), ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
    /// #     ("ClientIpPool", "192.168.1.0/24"), ("LocalSubnet", "10.0.0.0/8")]
    /// #     .into_iter().map(|(k, v)| (k.to_string(), Value::from(v))).collect();
    /// # let req = check(&input, Lang::En).into_valid().unwrap();
    /// let creds = Credentials { access_key_id: "id".into(), access_key_secret: "s".into(), security_token: None };
    /// let opts = SignOptions::from_text(Some("v1"), Some("POST"), None, "2024-01-01T00:00:00Z", "n").unwrap();
    /// let text = sign(&req, &creds, &opts).unwrap().text();
    /// assert!(text.starts_with("POST https://vpc.cn-hangzhou.aliyuncs.com/\nContent-Type: application/x-www-form-urlencoded\n\nAccessKeyId=id&"));
    /// ```
    pub fn text(&self) -> String {
        let mut out = String::new();
        if self.scheme == Scheme::V1 && self.method == Method::Get {
            out.push_str(&self.url);
            out.push('\n');
            return out;
        }
        for part in [self.method.as_str(), " ", &self.url, "\n"] {
            out.push_str(part);
        }
        for (name, value) in &self.headers {
            for part in [name.as_str(), ": ", value, "\n"] {
                out.push_str(part);
            }
        }
        if let Some(body) = &self.body {
            for part in ["\n", body.as_str(), "\n"] {
                out.push_str(part);
            }
        }
        out
    }
}

impl Shape for Signed {
    fn shape(&self) -> Node<'_> {
        let scheme = match self.scheme {
            Scheme::V1 => "v1",
            Scheme::V3 => "v3",
        };
        let headers = self
            .headers
            .iter()
            .map(|(n, v)| Node::Arr(vec![Node::Str(n), Node::Str(v)]))
            .collect();
        Node::Obj(vec![
            ("scheme", Node::Str(scheme)),
            ("method", Node::Str(self.method.as_str())),
            ("host", self.host.shape()),
            ("url", self.url.shape()),
            ("headers", Node::Arr(headers)),
            ("body", self.body.shape()),
            ("canonical", self.canonical.shape()),
            ("stringToSign", self.string_to_sign.shape()),
            ("signature", self.signature.shape()),
            ("expiresInSeconds", self.expires_in_seconds.shape()),
            ("timestamp", self.timestamp.shape()),
            ("nonce", self.nonce.shape()),
        ])
    }
}

/// Why a request could not be signed: a stable code and a message in both
/// languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignError {
    /// Stable code, e.g. `endpoint-invalid`.
    pub code: &'static str,
    /// What went wrong and what to do.
    pub message: Text<'static>,
}

impl SignError {
    pub(crate) const CREDENTIALS_MISSING: SignError = SignError {
        code: "credentials-missing",
        message: text!(
            "An AccessKey ID and AccessKey secret are needed to sign.",
            "签名需要 AccessKey ID 和 AccessKey Secret。"
        ),
    };
    pub(crate) const CREDENTIALS_INVALID: SignError = SignError {
        code: "credentials-invalid",
        message: text!(
            "The AccessKey ID and security token must be printable ASCII without spaces or commas.",
            "AccessKey ID 和安全令牌只能包含可打印 ASCII 字符，不能有空格或逗号。"
        ),
    };
    pub(crate) const TIMESTAMP_INVALID: SignError = SignError {
        code: "timestamp-invalid",
        message: text!(
            "The timestamp must be a real UTC time written YYYY-MM-DDTHH:MM:SSZ, e.g. 2024-05-01T08:00:00Z.",
            "时间戳必须是有效的 UTC 时间，格式 YYYY-MM-DDTHH:MM:SSZ，例如 2024-05-01T08:00:00Z。"
        ),
    };
    pub(crate) const SIGNATURE_INVALID: SignError = SignError {
        code: "signature-invalid",
        message: text!(
            "The signature version must be v1 or v3.",
            "签名版本必须是 v1 或 v3。"
        ),
    };
    pub(crate) const METHOD_INVALID: SignError = SignError {
        code: "method-invalid",
        message: text!(
            "The HTTP method must be GET or POST.",
            "HTTP 方法必须是 GET 或 POST。"
        ),
    };
    pub(crate) const NONCE_INVALID: SignError = SignError {
        code: "nonce-invalid",
        message: text!(
            "The nonce must be 1 to 128 printable ASCII characters without spaces.",
            "随机数（nonce）必须是 1 到 128 个不含空格的可打印 ASCII 字符。"
        ),
    };

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &'static str {
        lang.pick(&self.message)
    }
}

impl fmt::Display for SignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message.en)
    }
}

impl std::error::Error for SignError {}

/// Signs a validated request, for its operation's action and version.
///
/// V1 signs the operation parameters plus `Action`, `Version`,
/// `Format=JSON`, `AccessKeyId`, `SignatureMethod=HMAC-SHA1`,
/// `SignatureVersion=1.0`, `SignatureNonce`, `Timestamp` (and
/// `SecurityToken`); GET puts everything in the URL, POST sends it as a
/// form body to `https://host/`. V3 puts the operation parameters in the
/// query, sends an empty body and signs `host`, `x-acs-action`,
/// `x-acs-content-sha256`, `x-acs-date`, `x-acs-signature-nonce`,
/// `x-acs-version` (and `x-acs-security-token`).
///
/// # Errors
///
/// `credentials-missing`, `credentials-invalid`, `timestamp-invalid`,
/// `nonce-invalid`, `endpoint-invalid`, `header-invalid`.
pub fn sign(
    req: &ValidRequest,
    creds: &Credentials,
    opts: &SignOptions,
) -> Result<Signed, SignError> {
    creds.check()?;
    opts.check()?;
    let host = opts.endpoint.host(req.region_id())?;
    let method = opts.method;
    let (ts, nonce) = (opts.timestamp.as_str(), opts.nonce.as_str());
    let token = creds.security_token.as_deref();
    let (action, version) = (req.operation().action, req.operation().version);
    let mut params: Vec<(&str, &str)> = Vec::with_capacity(req.params().count() + 9);
    params.extend(req.params());
    let signed = match opts.scheme {
        Scheme::V1 => {
            params.extend([
                ("AccessKeyId", creds.access_key_id.as_str()),
                ("Action", action),
                ("Format", "JSON"),
                ("SignatureMethod", "HMAC-SHA1"),
                ("SignatureNonce", nonce),
                ("SignatureVersion", "1.0"),
                ("Timestamp", ts),
                ("Version", version),
            ]);
            params.extend(token.map(|t| ("SecurityToken", t)));
            let s = sign_v1(method.as_str(), &params, &creds.access_key_secret);
            let (url, headers, body) = match method {
                Method::Get => (v1_query(&["https://", &host, "/?"], &s), vec![], None),
                Method::Post => (
                    url(&host, ""),
                    vec![(
                        "Content-Type".to_owned(),
                        "application/x-www-form-urlencoded".to_owned(),
                    )],
                    Some(v1_query(&[], &s)),
                ),
            };
            Signed {
                scheme: Scheme::V1,
                method,
                host,
                url,
                headers,
                body,
                canonical: s.canonical,
                string_to_sign: s.string_to_sign,
                signature: s.signature,
                expires_in_seconds: V1_EXPIRES_IN_SECONDS,
                timestamp: ts.to_owned(),
                nonce: nonce.to_owned(),
            }
        }
        Scheme::V3 => {
            let mut headers = vec![
                ("x-acs-action", action),
                ("x-acs-date", ts),
                ("x-acs-signature-nonce", nonce),
                ("x-acs-version", version),
            ];
            headers.extend(token.map(|t| ("x-acs-security-token", t)));
            let v3 = V3Request {
                method: method.as_str(),
                host: &host,
                query: &params,
                headers: &headers,
                body: b"",
            };
            let s = sign_v3(&v3, &creds.access_key_id, &creds.access_key_secret)?;
            let url = url(&host, &s.query);
            let mut headers = s.headers;
            headers.push(("Authorization".to_owned(), s.authorization));
            Signed {
                scheme: Scheme::V3,
                method,
                host,
                url,
                headers,
                body: None,
                canonical: s.canonical,
                string_to_sign: s.string_to_sign,
                signature: s.signature,
                expires_in_seconds: V3_EXPIRES_IN_SECONDS,
                timestamp: ts.to_owned(),
                nonce: nonce.to_owned(),
            }
        }
    };
    Ok(signed)
}

/// `prefix`, then the V1 canonical query and `&Signature=` with the
/// signature percent-encoded: the V1 URL's tail or the form body.
fn v1_query(prefix: &[&str], s: &v1::V1Signature) -> String {
    let len = prefix.iter().map(|p| p.len()).sum::<usize>() + s.canonical.len() + 48;
    let mut out = String::with_capacity(len);
    for part in prefix.iter().chain([&s.canonical.as_str(), &"&Signature="]) {
        out.push_str(part);
    }
    encode::encode_into(&mut out, &s.signature, "%");
    out
}

/// `https://host/`, then `?query` unless the query is empty.
fn url(host: &str, query: &str) -> String {
    let mut out = String::with_capacity(host.len() + query.len() + 10);
    for part in ["https://", host, "/"] {
        out.push_str(part);
    }
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonce_rules() {
        let mut o = SignOptions {
            scheme: Scheme::V1,
            method: Method::Get,
            endpoint: Endpoint::Central,
            timestamp: "2024-01-01T00:00:00Z".into(),
            nonce: "a".repeat(MAX_NONCE_LEN),
        };
        assert!(o.check().is_ok());
        for bad in ["", "a b", "é", "a\n", &"a".repeat(MAX_NONCE_LEN + 1)] {
            o.nonce = bad.into();
            assert_eq!(o.check().unwrap_err().code, "nonce-invalid", "{bad:?}");
        }
    }

    #[test]
    fn credential_rules_and_redaction() {
        let mut c = Credentials {
            access_key_id: "LTAI5t".into(),
            access_key_secret: "s3cr3t-value".into(),
            security_token: Some("tok3n-value".into()),
        };
        assert!(c.check().is_ok());
        let dbg = format!("{c:?}");
        assert!(!dbg.contains("s3cr3t") && !dbg.contains("tok3n") && dbg.contains("LTAI5t"));
        c.security_token = Some(String::new());
        assert_eq!(c.check().unwrap_err().code, "credentials-invalid");
        c.security_token = None;
        c.access_key_id = "a,b".into();
        assert_eq!(c.check().unwrap_err().code, "credentials-invalid");
        c.access_key_id = " ".into();
        assert_eq!(c.check().unwrap_err().code, "credentials-missing");
        c.access_key_id = "id".into();
        c.access_key_secret = String::new();
        assert_eq!(c.check().unwrap_err().code, "credentials-missing");
    }

    #[test]
    fn parse_scheme_and_method() {
        assert_eq!(Scheme::parse("V3"), Some(Scheme::V3));
        assert_eq!(Scheme::parse("v2"), None);
        assert_eq!(Method::parse("post"), Some(Method::Post));
        assert_eq!(Method::parse("PUT"), None);
    }

    #[test]
    fn error_display_and_languages() {
        let e = SignError::TIMESTAMP_INVALID;
        assert!(e.to_string().starts_with("timestamp-invalid: "));
        assert!(e.message(Lang::Zh).contains("时间戳"));
    }
}
