//! Both signatures recomputed from the hmac, sha1, sha2 and base64 crates
//! and signing.md, so a check does not lean on the code it checks.

/// RFC 3986 percent-encoding (unreserved kept, upper-case hex), written here
/// again so the check does not lean on the code it checks.
pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn canonical(pairs: &[(String, String)]) -> String {
    let mut p: Vec<(String, String)> = pairs.iter().map(|(k, v)| (enc(k), enc(v))).collect();
    p.sort();
    p.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The V1 signature (signing.md §2), from the hmac, sha1 and base64 crates.
pub fn v1_signature(method: &str, params: &[(String, String)], secret: &str) -> String {
    use base64::Engine;
    use hmac::Mac;
    let sts = format!("{method}&{}&{}", enc("/"), enc(&canonical(params)));
    let mut mac =
        hmac::Hmac::<sha1::Sha1>::new_from_slice(format!("{secret}&").as_bytes()).unwrap();
    mac.update(sts.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// The V3 Authorization (signing.md §3) over every signed header, from hmac and sha2.
pub fn v3_authorization(
    method: &str,
    query: &[(String, String)],
    signed: &[(String, String)],
    id: &str,
    secret: &str,
) -> String {
    use hmac::Mac;
    use sha2::Digest;
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let mut h: Vec<(String, String)> = signed
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    h.sort();
    let names = h
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let lines: String = h.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let request = format!(
        "{method}\n/\n{}\n{lines}\n{names}\n{}",
        canonical(query),
        hex(&sha2::Sha256::digest(b""))
    );
    let sts = format!(
        "ACS3-HMAC-SHA256\n{}",
        hex(&sha2::Sha256::digest(request.as_bytes()))
    );
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(sts.as_bytes());
    format!(
        "ACS3-HMAC-SHA256 Credential={id},SignedHeaders={names},Signature={}",
        hex(&mac.finalize().into_bytes())
    )
}
