//! V1: the RPC query-string scheme, `SignatureMethod=HMAC-SHA1`,
//! `SignatureVersion=1.0` (Alibaba's docs call it "signature method V2").

use super::encode::canonical_query_and;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// The three stages of a V1 signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V1Signature {
    /// The canonicalized query string (every signed parameter, sorted, encoded once).
    pub canonical: String,
    /// `METHOD&%2F&percent_encode(canonical)`.
    pub string_to_sign: String,
    /// Base64 HMAC-SHA1 of the string to sign, keyed with `secret + "&"`.
    pub signature: String,
}

/// Signs an arbitrary parameter list with V1. `params` must hold every
/// parameter sent (common ones included), except `Signature`.
///
/// Private to the crate, like every signing entry point but
/// [`super::sign`]; the published vectors it reproduces are unit tests
/// (`signing::vectors`).
pub fn sign_v1(method: &str, params: &[(&str, &str)], access_key_secret: &str) -> V1Signature {
    let mut string_to_sign = String::new();
    for part in [method, "&%2F&"] {
        string_to_sign.push_str(part);
    }
    // `percent_encode(canonical)`, written in the same pass as the canonical query.
    let canonical = canonical_query_and(params, Some(&mut string_to_sign));
    let key = [access_key_secret, "&"].concat();
    let signature = hmac_sha1_base64(key.as_bytes(), string_to_sign.as_bytes());
    V1Signature {
        canonical,
        string_to_sign,
        signature,
    }
}

/// Base64 of HMAC-SHA1(key, data): the raw primitive (no `&` appended).
///
/// (Checked against aliyun-python-sdk-core's vector in `signing::vectors`.)
pub fn hmac_sha1_base64(key: &[u8], data: &[u8]) -> String {
    // HMAC takes keys of any length, and 20 bytes are 28 Base64 characters:
    // no `expect`, whose Debug code the page would carry.
    let Ok(mut mac) = <Hmac<Sha1> as Mac>::new_from_slice(key) else {
        unreachable!()
    };
    mac.update(data);
    let mut buf = [0u8; 28];
    let engine = base64::engine::general_purpose::STANDARD;
    match engine.encode_slice(mac.finalize().into_bytes(), &mut buf) {
        Ok(n) => buf[..n].iter().map(|&b| char::from(b)).collect(),
        Err(_) => unreachable!(),
    }
}
