//! Re-verifying a signed request found in the text: the [`Claim`] holds what
//! was signed, [`verify`] recomputes the signature with
//! [`sign_v1`](crate::signing::sign_v1) or [`sign_v3`](crate::signing::sign_v3)
//! and compares.

use crate::lang::{Lang, Text};
use crate::shape::{Node, Shape};
use crate::signing::{sign_v1, sign_v3, Credentials, Method, Scheme, V3Request};
use crate::text;

/// A signed request as the text claims it: everything needed to recompute
/// its signature.
///
/// ```
/// use sslvpn_builder::import::import;
/// use sslvpn_builder::signing::{Method, Scheme};
/// use sslvpn_builder::Lang;
/// let url = "https://vpc.cn-hangzhou.aliyuncs.com/?AccessKeyId=id&Action=CreateSslVpnServer\
///     &RegionId=cn-hangzhou&SignatureNonce=n&Timestamp=2024-01-01T00%3A00%3A00Z&Signature=abc%3D";
/// let claim = import(url, Lang::En, None).unwrap().claim.unwrap();
/// assert_eq!((claim.scheme, claim.method), (Scheme::V1, Method::Get));
/// assert_eq!((claim.access_key_id.as_str(), claim.signature.as_str()), ("id", "abc="));
/// assert_eq!(claim.timestamp, "2024-01-01T00:00:00Z");
/// assert_eq!(claim.pairs.len(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// V1 or V3.
    pub scheme: Scheme,
    /// The method signed.
    pub method: Method,
    /// The host the request goes to (lower case; empty for a bare query).
    pub host: String,
    /// The AccessKey ID that signed it.
    pub access_key_id: String,
    /// `Timestamp` (V1) or `x-acs-date` (V3).
    pub timestamp: String,
    /// `SignatureNonce` (V1) or `x-acs-signature-nonce` (V3).
    pub nonce: String,
    /// The signature: Base64 (V1) or hex (V3).
    pub signature: String,
    /// V1: every pair signed (all but `Signature`, common ones included), as
    /// given; V3: the query pairs.
    pub pairs: Vec<(String, String)>,
    /// V3: the `SignedHeaders` list as claimed (empty for V1).
    pub signed_headers: String,
    /// V3: each signed header, lower-case name and value, in the claimed order.
    pub headers: Vec<(String, String)>,
    /// V3: the body bytes (empty for none).
    pub body: Vec<u8>,
}

impl Shape for Claim {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("scheme", Node::Str(scheme_id(self.scheme))),
            ("method", Node::Str(self.method.as_str())),
            ("host", self.host.shape()),
            ("accessKeyId", self.access_key_id.shape()),
            ("timestamp", self.timestamp.shape()),
            ("nonce", self.nonce.shape()),
            ("signature", self.signature.shape()),
            (
                "signedHeaders",
                match self.scheme {
                    Scheme::V1 => Node::Null,
                    Scheme::V3 => self.signed_headers.shape(),
                },
            ),
        ])
    }
}

/// `v1` or `v3`.
pub(crate) fn scheme_id(s: Scheme) -> &'static str {
    match s {
        Scheme::V1 => "v1",
        Scheme::V3 => "v3",
    }
}

/// Whether a claimed signature is what the credentials give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The signature is right: these credentials signed exactly this request.
    Match,
    /// The signature is not what these credentials give for this request
    /// (another secret, or the request was changed after signing).
    Mismatch,
    /// The request was signed with another AccessKey ID than the credentials'.
    OtherKey,
}

const MATCH: Text = text!(
    "The signature matches: these credentials signed exactly this request.",
    "签名一致：正是这组凭证签署了这个请求。"
);
const MISMATCH: Text = text!(
    "The signature does not match: another AccessKey secret signed it, or the request was changed after signing.",
    "签名不一致：签名所用的 AccessKey Secret 不同，或请求在签名后被改动过。"
);
const OTHER_KEY: Text = text!(
    "Signed with another AccessKey ID than the one entered: it cannot be checked with these credentials.",
    "请求由另一个 AccessKey ID 签名，与所填的不同：无法用这组凭证校验。"
);

impl Verdict {
    /// `match`, `mismatch` or `other-key`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Match => "match",
            Verdict::Mismatch => "mismatch",
            Verdict::OtherKey => "other-key",
        }
    }

    /// One sentence on the verdict in `lang`.
    ///
    /// ```
    /// use sslvpn_builder::import::Verdict;
    /// use sslvpn_builder::Lang;
    /// assert!(Verdict::Match.message(Lang::En).starts_with("The signature matches"));
    /// assert!(Verdict::OtherKey.message(Lang::Zh).contains("AccessKey ID"));
    /// ```
    pub fn message(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            Verdict::Match => &MATCH,
            Verdict::Mismatch => &MISMATCH,
            Verdict::OtherKey => &OTHER_KEY,
        })
    }
}

impl Shape for Verdict {
    fn shape(&self) -> Node<'_> {
        Node::Str(self.as_str())
    }
}

/// Re-verifies a claim: [`Verdict::OtherKey`] when it names another
/// AccessKey ID than `credentials`, otherwise the signature recomputed from
/// the claimed inputs with the credentials' secret, compared with the
/// claimed one. A V3 claim also needs `host` and `x-acs-content-sha256`
/// signed, and the latter to be the body's hash.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::import::{import, verify, Verdict};
/// use sslvpn_builder::signing::{sign, Credentials, SignOptions};
/// use sslvpn_builder::{check, Input, Lang, Value};
/// let input: Input = [("RegionId", "cn-hangzhou"), ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
///     ("ClientIpPool", "192.168.1.0/24"), ("LocalSubnet", "10.0.0.0/8")]
///     .into_iter().map(|(k, v)| (k.to_string(), Value::from(v))).collect();
/// let req = check(&input, Lang::En).into_valid().unwrap();
/// let creds = Credentials { access_key_id: "id".into(), access_key_secret: "secret".into(),
///                           security_token: None };
/// let opts = SignOptions::from_text(Some("v3"), None, None, "2024-01-01T00:00:00Z", "n-1").unwrap();
/// let text = sign(&req, &creds, &opts).unwrap().text();
/// let claim = import(&text, Lang::En, None).unwrap().claim.unwrap();
/// assert_eq!(verify(&claim, &creds), Verdict::Match);
/// let wrong = Credentials { access_key_secret: "other".into(), ..creds.clone() };
/// assert_eq!(verify(&claim, &wrong), Verdict::Mismatch);
/// let other = Credentials { access_key_id: "id2".into(), ..creds.clone() };
/// assert_eq!(verify(&claim, &other), Verdict::OtherKey);
/// ```
pub fn verify(claim: &Claim, credentials: &Credentials) -> Verdict {
    if claim.access_key_id != credentials.access_key_id {
        return Verdict::OtherKey;
    }
    let secret = credentials.access_key_secret.as_str();
    let pairs: Vec<(&str, &str)> = claim
        .pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let ok = match claim.scheme {
        Scheme::V1 => sign_v1(claim.method.as_str(), &pairs, secret).signature == claim.signature,
        Scheme::V3 => v3_matches(claim, &pairs, secret),
    };
    if ok {
        Verdict::Match
    } else {
        Verdict::Mismatch
    }
}

fn v3_matches(claim: &Claim, query: &[(&str, &str)], secret: &str) -> bool {
    let header = |name: &str| {
        claim
            .headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let host = header("host").unwrap_or(&claim.host);
    let extra: Vec<(&str, &str)> = claim
        .headers
        .iter()
        .filter(|(n, _)| n != "host" && n != "x-acs-content-sha256")
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let req = V3Request {
        method: claim.method.as_str(),
        host,
        query,
        headers: &extra,
        body: &claim.body,
    };
    let Ok(s) = sign_v3(&req, &claim.access_key_id, secret) else {
        return false;
    };
    let hash_ok = s
        .headers
        .iter()
        .find(|(n, _)| n == "x-acs-content-sha256")
        .is_some_and(|(_, v)| header("x-acs-content-sha256").map(str::trim) == Some(v.as_str()));
    hash_ok
        && s.signed_headers == claim.signed_headers
        && s.signature.eq_ignore_ascii_case(&claim.signature)
}
