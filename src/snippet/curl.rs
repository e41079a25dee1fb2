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
