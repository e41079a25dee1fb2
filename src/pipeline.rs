//! The pipeline: one call per change of the form gives everything the page
//! shows (the report, the signed request or why there is none, the snippet
//! of the active target), in the chosen language.
//!
//! ```text
//!  Input + Choices ──► check ──► Report ──────────────────────────────┐
//!                        │                                            │
//!                        └─► ValidRequest ─► sign (time, nonce) ─► Signed ──► View
//!                                                                    │
//!            Request + Options (lang, endpoint, scheme, method) ─► snippet (curl: Signed)
//! ```
//!
//! A [`Session`] remembers the previous call: while the request and every
//! choice stay the same, the signature keeps its time and nonce (so the
//! page is stable); any change draws a fresh pair from the [`Entropy`], since
//! the API refuses a nonce it has seen (`SignatureNonceUsed`).
//!
//! # Examples
//!
//! ```
//! use sslvpn_builder::pipeline::{Choices, Session};
//! use sslvpn_builder::signing::Credentials;
//! use sslvpn_builder::stamp::Fixed;
//! use sslvpn_builder::{Input, Value};
//! let input: Input = [("RegionId", "cn-hangzhou"), ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
//!     ("ClientIpPool", "192.168.1.0/24"), ("LocalSubnet", "10.0.0.0/8")]
//!     .into_iter().map(|(k, v)| (k.to_string(), Value::from(v))).collect();
//! let mut choices = Choices {
//!     target: Some("curl".into()),
//!     credentials: Some(Credentials { access_key_id: "id".into(), access_key_secret: "secret".into(),
//!                                     security_token: None }),
//!     ..Choices::default()
//! };
//! let (mut session, mut clock) = (Session::default(), Fixed::new(1_700_000_000, 1));
//! let first = session.view(&input, &choices, &mut clock);
//! let signed = first.signing.signed.as_ref().unwrap();
//! assert_eq!((signed.method.as_str(), signed.timestamp.as_str()), ("POST", "2023-11-14T22:13:20Z"));
//! assert!(first.snippet.as_ref().unwrap().code.as_ref().unwrap().contains(&signed.nonce));
//! // Nothing changed: same nonce. A choice changed: a new one.
//! let again = session.view(&input, &choices, &mut clock);
//! assert_eq!(again.signing.signed.unwrap().nonce, signed.nonce);
//! choices.signature = Some("v1".into());
//! let v1 = session.view(&input, &choices, &mut clock);
//! assert_ne!(v1.signing.signed.as_ref().unwrap().nonce, signed.nonce);
//! assert!(v1.signing.text.unwrap().starts_with("https://vpc.cn-hangzhou.aliyuncs.com/?"));
//! ```

use crate::lang::Lang;
use crate::operation::{Operation, CREATE_SSL_VPN_SERVER};
use crate::picture::{picture, Picture};
use crate::report::Report;
use crate::request::Checked;
use crate::shape::{Node, Shape};
use crate::signing::{
    format_timestamp, sign, Credentials, Endpoint, Method, Scheme, SignError, SignOptions, Signed,
};
use crate::snippet;
use crate::stamp::Entropy;
use crate::ui;
use crate::value::Input;

/// What the page chose besides the parameters. Text fields take what the
/// page's controls hold; `None` means "not chosen" (the defaults below).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choices {
    /// The operation (`None`: `CreateSslVpnServer`).
    pub operation: Option<&'static Operation>,
    /// Language of every message.
    pub lang: Lang,
    /// `v3` (default) or `v1`.
    pub signature: Option<String>,
    /// `GET` or `POST`; default `POST` for V3 (what the SDKs send), `GET`
    /// for V1 (a URL to paste).
    pub method: Option<String>,
    /// `regional` (default), `central`, or a host; `Some("")` is a custom
    /// host not typed yet.
    pub endpoint: Option<String>,
    /// The active snippet target (`None`: no snippet).
    pub target: Option<String>,
    /// The AccessKey to sign with (`None` or empty: not signed).
    pub credentials: Option<Credentials>,
    /// A fixed timestamp (tests, vectors); `None`: the pipeline's clock.
    pub timestamp: Option<String>,
    /// A fixed nonce (tests, vectors); `None`: drawn by the pipeline.
    pub nonce: Option<String>,
    /// Draw a new time and nonce even though nothing changed ("Sign again").
    pub renew: bool,
    /// Minutes east of UTC, for showing the expiry as local time.
    pub utc_offset: i32,
}

/// Why there is no signed request: a stable code, the message in the
/// chosen language, and whether it is a problem (`true`) or only a
/// prompt (`false`: nothing typed yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// `credentials-missing`, `request-has-errors`, `host-missing`, or a
    /// signing error's code (`endpoint-invalid`, `credentials-invalid`, ...).
    pub code: &'static str,
    /// One sentence.
    pub message: String,
    /// A problem to fix, not only a prompt.
    pub bad: bool,
}

/// The signing panel: the choices in effect and the signed request, or why not.
#[derive(Debug, Clone, PartialEq)]
pub struct Signing {
    /// The scheme in effect.
    pub scheme: Scheme,
    /// The method in effect (the default for the scheme when none was chosen).
    pub method: Method,
    /// The signed request.
    pub signed: Option<Signed>,
    /// Its text ([`Signed::text`]).
    pub text: Option<String>,
    /// When it stops being accepted, as a sentence.
    pub expiry: Option<String>,
    /// Whether that time has passed.
    pub expired: bool,
    /// Why nothing was signed.
    pub refusal: Option<Refusal>,
}

/// The active snippet target's code, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetView {
    /// The target's id, as chosen.
    pub target: String,
    /// The code.
    pub code: Option<String>,
    /// Whether the request has errors (the code says so in a comment).
    pub has_errors: bool,
    /// Why there is no code.
    pub refusal: Option<Refusal>,
}

/// Everything the page shows for one state of the form.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The validation report.
    pub report: Report,
    /// One sentence on it ([`ui::status`]).
    pub status: String,
    /// The signing panel.
    pub signing: Signing,
    /// The active snippet, when a target was chosen.
    pub snippet: Option<SnippetView>,
    /// The client pool against the local blocks, when both parse.
    pub picture: Option<Picture>,
    /// The share-link fragment of this request and language (no credential).
    pub share: String,
}

/// The time and nonce of the signature on show.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    timestamp: String,
    nonce: String,
    at: u64,
}

/// The pipeline's memory between calls: the last request and choices, and
/// the time and nonce signed with.
#[derive(Debug, Default)]
pub struct Session {
    last: Option<(Input, Choices)>,
    stamp: Option<Stamp>,
}

impl Session {
    /// Checks, signs and renders one state of the form. A fresh time and
    /// nonce are drawn when the request or a choice that shapes it changed
    /// since the last call, or on `renew`. The language, the clock offset
    /// and the snippet tab do not count: looking at the same request in
    /// another tab shows the same signature.
    pub fn view(&mut self, input: &Input, choices: &Choices, entropy: &mut dyn Entropy) -> View {
        let key = Choices {
            lang: Lang::En,
            target: None,
            renew: false,
            utc_offset: 0,
            ..choices.clone()
        };
        let same = self
            .last
            .as_ref()
            .is_some_and(|(i, c)| i == input && *c == key);
        if !same || choices.renew {
            self.stamp = None;
            self.last = Some((input.clone(), key));
        }
        let now = entropy.now();
        let lang = choices.lang;
        let op = choices.operation.unwrap_or(&CREATE_SSL_VPN_SERVER);
        let checked = op.check(input, lang);
        let report = checked.report().clone();
        let has_errors = !report.valid();
        let (scheme, method, endpoint) = resolve(choices);
        let request = checked.request().clone();
        let signing = self.sign(
            checked.into_valid().ok(),
            choices,
            (scheme, method, &endpoint),
            (now, entropy),
        );
        let snippet = choices.target.as_deref().map(|id| {
            let no_host = matches!(&endpoint, Endpoint::Custom(h) if h.is_empty());
            let code = match (&signing.signed, &signing.refusal) {
                _ if no_host && snippet::target(id).is_some() => Err(host_missing(lang)),
                (None, Some(refusal)) if id == "curl" => Err(refusal.clone()),
                (signed, _) => snippet::render(
                    id,
                    &request,
                    has_errors,
                    &snippet::Options {
                        lang,
                        endpoint: &endpoint,
                        scheme: *scheme.as_ref().unwrap_or(&Scheme::V3),
                        method: *method.as_ref().unwrap_or(&Method::Post),
                        signed: signed.as_ref(),
                    },
                )
                .map_err(|e| Refusal {
                    code: e.code,
                    message: e.message,
                    bad: true,
                }),
            };
            let (code, refusal) = match code {
                Ok(c) => (Some(c), None),
                Err(r) => (None, Some(r)),
            };
            SnippetView {
                target: id.to_owned(),
                code,
                has_errors,
                refusal,
            }
        });
        View {
            status: ui::status(&report, lang),
            picture: picture(&request, lang),
            share: crate::import::share_fragment(op, input, lang),
            report,
            signing,
            snippet,
        }
    }

    fn sign(
        &mut self,
        valid: Option<crate::ValidRequest>,
        choices: &Choices,
        (scheme, method, endpoint): (
            Result<Scheme, SignError>,
            Result<Method, SignError>,
            &Endpoint,
        ),
        (now, entropy): (u64, &mut dyn Entropy),
    ) -> Signing {
        let lang = choices.lang;
        let mut out = Signing {
            scheme: *scheme.as_ref().unwrap_or(&Scheme::V3),
            method: *method.as_ref().unwrap_or(&Method::Post),
            signed: None,
            text: None,
            expiry: None,
            expired: false,
            refusal: None,
        };
        let result = attempt(valid.as_ref(), choices, endpoint, |valid, creds| {
            self.signed(
                valid,
                creds,
                choices,
                (scheme, method, endpoint),
                (now, entropy),
            )
        });
        match result {
            Ok(signed) => {
                let at = self.stamp.as_ref().map_or(now, |s| s.at)
                    + u64::from(signed.expires_in_seconds);
                let left = (at as i64 - now as i64).div_euclid(60);
                out.expired = now >= at;
                out.expiry = Some(if out.expired {
                    ui::text("expired", lang).to_owned()
                } else {
                    crate::text::fill(
                        ui::text("expires", lang),
                        &[&ui::local_time(at, choices.utc_offset, lang), &left],
                    )
                });
                out.text = Some(signed.text());
                out.signed = Some(signed);
            }
            Err(r) => out.refusal = Some(r),
        }
        out
    }

    /// Signs with the session's stamp, drawing one when none is on show.
    fn signed(
        &mut self,
        valid: &crate::ValidRequest,
        creds: &Credentials,
        choices: &Choices,
        (scheme, method, endpoint): (
            Result<Scheme, SignError>,
            Result<Method, SignError>,
            &Endpoint,
        ),
        (now, entropy): (u64, &mut dyn Entropy),
    ) -> Result<Signed, SignError> {
        creds.check()?;
        let stamp = match (&choices.timestamp, &choices.nonce, &self.stamp) {
            (Some(t), Some(n), _) => Stamp {
                timestamp: t.clone(),
                nonce: n.clone(),
                at: now,
            },
            (None, None, Some(s)) => s.clone(),
            (t, n, _) => {
                let nonce = match n {
                    Some(n) => n.clone(),
                    None => entropy.nonce().ok_or(SignError::NONCE_INVALID)?,
                };
                let stamp = Stamp {
                    timestamp: t.clone().unwrap_or_else(|| format_timestamp(now)),
                    nonce,
                    at: now,
                };
                self.stamp = Some(stamp.clone());
                stamp
            }
        };
        let opts = SignOptions {
            scheme: scheme?,
            method: method?,
            endpoint: endpoint.clone(),
            timestamp: stamp.timestamp,
            nonce: stamp.nonce,
        };
        sign(valid, creds, &opts)
    }
}

/// The scheme, method and endpoint the choices ask for (the defaults when
/// none was chosen; an unknown scheme or method is an error for signing).
fn resolve(
    choices: &Choices,
) -> (
    Result<Scheme, SignError>,
    Result<Method, SignError>,
    Endpoint,
) {
    let scheme = match choices.signature.as_deref().map(Scheme::parse) {
        Some(Some(s)) => Ok(s),
        None => Ok(Scheme::V3),
        Some(None) => Err(SignError::SIGNATURE_INVALID),
    };
    let method = match (choices.method.as_deref().map(Method::parse), scheme) {
        (Some(Some(m)), _) => Ok(m),
        (None, Ok(Scheme::V1)) => Ok(Method::Get),
        (None, _) => Ok(Method::Post),
        (Some(None), _) => Err(SignError::METHOD_INVALID),
    };
    let endpoint = match choices.endpoint.as_deref().map(str::trim) {
        None => Endpoint::Regional,
        Some("") => Endpoint::Custom(String::new()),
        Some(e) => Endpoint::parse(e),
    };
    (scheme, method, endpoint)
}

/// Signs with `sign` when there is something to sign with and to sign,
/// or says why not: no AccessKey, a request with errors, no host typed.
fn attempt(
    valid: Option<&crate::ValidRequest>,
    choices: &Choices,
    endpoint: &Endpoint,
    sign: impl FnOnce(&crate::ValidRequest, &Credentials) -> Result<Signed, SignError>,
) -> Result<Signed, Refusal> {
    let lang = choices.lang;
    let refuse = |code, key| Refusal {
        code,
        message: ui::text(key, lang).to_owned(),
        bad: code == "request-has-errors",
    };
    let creds = choices
        .credentials
        .as_ref()
        .filter(|c| !c.access_key_id.is_empty() || !c.access_key_secret.is_empty());
    match (creds, valid) {
        (None, _) => Err(refuse("credentials-missing", "needKey")),
        (Some(_), None) => Err(refuse("request-has-errors", "hasErrors")),
        (_, _) if *endpoint == Endpoint::Custom(String::new()) => Err(host_missing(lang)),
        (Some(creds), Some(valid)) => sign(valid, creds).map_err(|e| Refusal {
            code: e.code,
            message: e.message(lang).to_owned(),
            bad: true,
        }),
    }
}

/// One signature, without a session: the report, and the signed request
/// or why there is none. The same report, signed request and refusal as
/// a fresh [`Session::view`] gives, without the panel's text, expiry,
/// status, picture, share link or snippet: what the wasm `sign` export
/// and `sslvpn sign` return.
///
/// ```
/// # use sslvpn_builder::pipeline::{sign_once, Choices, Session};
/// # use sslvpn_builder::signing::Credentials;
/// # use sslvpn_builder::stamp::Fixed;
/// # use sslvpn_builder::{Input, Value};
/// # let input: Input = [("RegionId", "cn-hangzhou"), ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
/// #     ("ClientIpPool", "192.168.1.0/24"), ("LocalSubnet", "10.0.0.0/8")]
/// #     .into_iter().map(|(k, v)| (k.to_string(), Value::from(v))).collect();
/// let choices = Choices {
///     signature: Some("v1".into()),
///     credentials: Some(Credentials { access_key_id: "id".into(), access_key_secret: "secret".into(),
///                                     security_token: None }),
///     ..Choices::default()
/// };
/// let full = Session::default().view(&input, &choices, &mut Fixed::new(1_700_000_000, 1));
/// let (report, signed) = sign_once(&input, &choices, &mut Fixed::new(1_700_000_000, 1));
/// assert_eq!((report, signed.ok()), (full.report, full.signing.signed));
/// ```
pub fn sign_once(
    input: &Input,
    choices: &Choices,
    entropy: &mut dyn Entropy,
) -> (Report, Result<Signed, Refusal>) {
    let op = choices.operation.unwrap_or(&CREATE_SSL_VPN_SERVER);
    sign_checked(op.check(input, choices.lang), choices, entropy)
}

/// [`sign_once`] of a request already checked (for the operation
/// `choices` names): what the wasm `sign` calls after checking the
/// arguments in place.
pub(crate) fn sign_checked(
    checked: Checked,
    choices: &Choices,
    entropy: &mut dyn Entropy,
) -> (Report, Result<Signed, Refusal>) {
    let checked = checked.into_valid();
    let (scheme, method, endpoint) = resolve(choices);
    let result = attempt(checked.as_ref().ok(), choices, &endpoint, |valid, creds| {
        creds.check()?;
        let timestamp = match &choices.timestamp {
            Some(t) => t.clone(),
            None => format_timestamp(entropy.now()),
        };
        let nonce = match &choices.nonce {
            Some(n) => n.clone(),
            None => entropy.nonce().ok_or(SignError::NONCE_INVALID)?,
        };
        let opts = SignOptions {
            scheme: scheme?,
            method: method?,
            endpoint: endpoint.clone(),
            timestamp,
            nonce,
        };
        sign(valid, creds, &opts)
    });
    let report = checked.map_or_else(|report| report, crate::ValidRequest::into_report);
    (report, result)
}

fn host_missing(lang: Lang) -> Refusal {
    Refusal {
        code: "host-missing",
        message: ui::text("needHost", lang).to_owned(),
        bad: false,
    }
}

impl Shape for Refusal {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("code", Node::Str(self.code)),
            ("message", self.message.shape()),
            ("bad", Node::Bool(self.bad)),
        ])
    }
}

impl Shape for Signing {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("scheme", Node::Str(scheme_str(self.scheme))),
            ("method", Node::Str(self.method.as_str())),
            ("signed", self.signed.shape()),
            ("text", self.text.shape()),
            ("expiry", self.expiry.shape()),
            ("expired", Node::Bool(self.expired)),
            ("refusal", self.refusal.shape()),
        ])
    }
}

impl Shape for SnippetView {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("target", self.target.shape()),
            ("code", self.code.shape()),
            ("hasErrors", Node::Bool(self.has_errors)),
            ("refusal", self.refusal.shape()),
        ])
    }
}

impl Shape for View {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("report", self.report.shape()),
            ("status", self.status.shape()),
            ("signing", self.signing.shape()),
            ("snippet", self.snippet.shape()),
            ("picture", self.picture.shape()),
            ("share", self.share.shape()),
        ])
    }
}

pub(crate) fn scheme_str(s: Scheme) -> &'static str {
    match s {
        Scheme::V1 => "v1",
        Scheme::V3 => "v3",
    }
}
