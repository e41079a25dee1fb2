//! `curl`: a command for an already signed HTTP request.
//!
//! ```
//! use sslvpn_builder::snippet::{curl, HttpRequest};
//! let req = HttpRequest {
//!     method: "POST".into(),
//!     url: "https://vpc.cn-hangzhou.aliyuncs.com/?Action=CreateSslVpnServer".into(),
//!     headers: vec![("x-acs-action".into(), "CreateSslVpnServer".into())],
//!     body: None,
//! };
//! assert_eq!(
//!     curl(&req),
//!     "curl -g -X POST \\\n  -H 'x-acs-action: CreateSslVpnServer' \\\n  \
//!      'https://vpc.cn-hangzhou.aliyuncs.com/?Action=CreateSslVpnServer'\n"
//! );
//! ```

use super::shell::posix;
use crate::signing::{
    sign, Credentials, Endpoint, Method, Scheme, SignError, SignOptions, Signed,
    V1_EXPIRES_IN_SECONDS, V3_EXPIRES_IN_SECONDS,
};
use crate::ValidRequest;

/// A signed HTTP request, as signing produces it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HttpRequest {
    /// `GET` or `POST`.
    pub method: String,
    /// The full URL, query included (already percent-encoded).
    pub url: String,
    /// Header names and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body, if any.
    pub body: Option<String>,
}

/// The curl command for `req`, for bash or zsh. `-g` stops curl from
/// globbing `[]{}` in the URL; `--data-raw` stops it from reading a body that
/// starts with `@` as a file name; an empty header value is sent as
/// `Name;` (curl drops `Name:` headers).
pub fn curl(req: &HttpRequest) -> String {
    let mut out = format!("curl -g -X {}", posix(&req.method));
    for (name, value) in &req.headers {
        let h = if value.is_empty() {
            format!("{name};")
        } else {
            format!("{name}: {value}")
        };
        out.push_str(&format!(" \\\n  -H {}", posix(&h)));
    }
    if let Some(body) = req.body.as_deref().filter(|b| !b.is_empty()) {
        out.push_str(&format!(" \\\n  --data-raw {}", posix(body)));
    }
    out.push_str(&format!(" \\\n  {}\n", posix(&req.url)));
    out
}

impl From<&Signed> for HttpRequest {
    fn from(s: &Signed) -> HttpRequest {
        HttpRequest {
            method: s.method.as_str().to_owned(),
            url: s.url.clone(),
            headers: s.headers.clone(),
            body: s.body.clone(),
        }
    }
}

/// The `curl` target: one request signed twice, run as V3 (ACS3-HMAC-SHA256
/// headers, POST) unless `SIGNATURE=v1` is set, which runs the V1 signed URL
/// (HMAC-SHA1, GET) instead. Both use `timestamp` and `nonce`; only one of
/// them is ever sent. The secret appears only as the signatures; an STS token
/// is part of the request (URL for V1, header for V3).
///
/// # Errors
///
/// The [`SignError`] of [`sign`] (credentials, timestamp, nonce, endpoint).
/// `endpoint` is as for signing (regional, central or a host).
///
/// ```
/// use sslvpn_builder::signing::{Credentials, Endpoint};
/// use sslvpn_builder::{check, snippet, Input, Lang, Value};
/// let input: Input = [
///     ("RegionId", "cn-hangzhou"),
///     ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
///     ("ClientIpPool", "192.168.1.0/24"),
///     ("LocalSubnet", "10.0.0.0/8"),
/// ]
/// .into_iter()
/// .map(|(k, v)| (k.to_string(), Value::from(v)))
/// .collect();
/// let valid = check(&input, Lang::En).into_valid().unwrap();
/// let creds = Credentials {
///     access_key_id: "LTAI-example".into(),
///     access_key_secret: "example-secret".into(),
///     security_token: None,
/// };
/// let code = snippet::render_curl(&valid, &creds, &Endpoint::Regional, "2026-01-01T00:00:00Z", "n-1")
///     .unwrap();
/// assert!(code.contains("'https://vpc.cn-hangzhou.aliyuncs.com/?AccessKeyId=LTAI-example&Action="));
/// assert!(!code.contains("example-secret"));
/// ```
pub fn render_curl(
    req: &ValidRequest,
    creds: &Credentials,
    endpoint: &Endpoint,
    timestamp: &str,
    nonce: &str,
) -> Result<String, SignError> {
    let signed = |scheme, method| {
        let opts = SignOptions {
            scheme,
            method,
            endpoint: endpoint.clone(),
            timestamp: timestamp.to_owned(),
            nonce: nonce.to_owned(),
        };
        sign(req, creds, &opts).map(|s| (&s).into())
    };
    let v1: HttpRequest = signed(Scheme::V1, Method::Get)?;
    let v3: HttpRequest = signed(Scheme::V3, Method::Post)?;
    let indent = |c: String| c.trim_end().replace('\n', "\n  ");
    Ok(format!(
        "# Signed {timestamp}; send it once (SignatureNonce), within {} minutes (V3) or {} (V1).
# Sends the V3 request (ACS3-HMAC-SHA256 headers); SIGNATURE=v1 sends the V1 signed URL instead.
if [ \"${{SIGNATURE:-v3}}\" = v1 ]; then
  {}
else
  {}
fi
",
        V3_EXPIRES_IN_SECONDS / 60,
        V1_EXPIRES_IN_SECONDS / 60,
        indent(curl(&v1)),
        indent(curl(&v3)),
    ))
}
