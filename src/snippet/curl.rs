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
use crate::lang::Lang;
use crate::signing::{Scheme, Signed};

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

const SIGNED: super::Line = crate::text!(
    "Signed {} ({} {}): send it once, within {} minutes; the server refuses a reused nonce or an older timestamp.",
    "签名于 {}（{} {}）：只能发送一次，且须在 {} 分钟内发送；服务端拒绝重复的 nonce 或过期的时间戳。"
);

/// The `curl` target: the signed request as it is (scheme, method,
/// endpoint, time and nonce all as signed), after one comment line saying
/// when it was signed and how long it is accepted. The secret appears only
/// as the signature; an STS token is part of the request.
///
/// ```
/// use sslvpn_builder::signing::{sign, Credentials, SignOptions};
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
/// let opts = SignOptions::from_text(Some("v1"), None, None, "2026-01-01T00:00:00Z", "n-1").unwrap();
/// let signed = sign(&valid, &creds, &opts).unwrap();
/// let code = snippet::render("curl", &valid, false, &snippet::Options {
///     signed: Some(&signed), ..Default::default()
/// }).unwrap();
/// assert!(code.starts_with("# Signed 2026-01-01T00:00:00Z (V1 GET)"));
/// assert!(code.contains("curl -g -X GET \\\n  'https://vpc.cn-hangzhou.aliyuncs.com/?AccessKeyId=LTAI-example&Action="));
/// assert!(!code.contains("example-secret"));
/// ```
pub(crate) fn render(signed: &Signed, lang: Lang) -> String {
    let scheme = match signed.scheme {
        Scheme::V1 => "V1",
        Scheme::V3 => "V3",
    };
    let mut out = String::from("# ");
    out.push_str(&crate::text::fill(
        lang.pick(&SIGNED),
        &[
            &signed.timestamp,
            &scheme,
            &signed.method.as_str(),
            &(signed.expires_in_seconds / 60),
        ],
    ));
    out.push('\n');
    out.push_str(&curl(&signed.into()));
    out
}
