//! HTTP requests: the text [`Signed::text`](crate::signing::Signed::text)
//! prints (`http-request`) and our curl command (`curl`), both read into the
//! same request and then into parameters and, when signed, a claim.
//!
//! V3: `Authorization: ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=a;b,Signature=hex`;
//! the parameters are the query's. V1: the parameters are the query's and,
//! with `Content-Type: application/x-www-form-urlencoded`, the form body's
//! (`+` is a space there).

use super::query::{self, pairs, v1_claim};
use super::scan::{Fail, Notes};
use super::verify::Claim;
use super::Draft;
use crate::signing::{Method, Scheme, V3_ALGORITHM};
use crate::value::Value;
use crate::VERSION;

/// One HTTP request as written.
#[derive(Debug, Default)]
struct Http {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    /// curl's `-d` sends a form unless a `Content-Type` says otherwise.
    form_default: bool,
}

impl Http {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Whether the first line is `METHOD URL`.
pub(crate) fn is_request_line(line: &str) -> bool {
    let Some((method, rest)) = line.trim().split_once(' ') else {
        return false;
    };
    let rest = rest.trim_start();
    !method.is_empty()
        && method.bytes().all(|b| b.is_ascii_uppercase())
        && (query::is_http(rest) || rest.starts_with('/'))
}

/// `METHOD URL`, `Name: value` lines, then a blank line and the body.
pub(crate) fn request_text(text: &str) -> Result<Draft, Fail> {
    let mut h = Http::default();
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or("").trim();
    let (method, rest) = first.split_once(' ').unwrap_or((first, ""));
    h.method = method.to_owned();
    h.url = rest.split_whitespace().next().unwrap_or("").to_owned();
    let mut offset = first.len() + 1;
    let mut body: Option<Vec<&str>> = None;
    for line in lines {
        let at = offset;
        offset += line.len() + 1;
        if let Some(b) = body.as_mut() {
            b.push(line);
            continue;
        }
        if line.trim().is_empty() {
            body = Some(Vec::new());
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(Fail::at("unrecognised", text, at));
        };
        h.headers
            .push((name.trim().to_owned(), value.trim().to_owned()));
    }
    h.body = body.map(|b| b.join("\n")).filter(|b| !b.is_empty());
    analyse("http-request", h, Notes::default())
}

/// curl options that do not change the request.
const QUIET: &[&str] = &[
    "-g",
    "--globoff",
    "-s",
    "--silent",
    "-S",
    "--show-error",
    "-i",
    "--include",
    "-v",
    "--verbose",
    "-k",
    "--insecure",
    "-L",
    "--location",
    "--compressed",
];

/// curl options with a value that are not part of the request read here.
const VALUED: &[&str] = &[
    "-o",
    "--output",
    "-u",
    "--user",
    "-A",
    "--user-agent",
    "-e",
    "--referer",
    "-m",
    "--max-time",
    "--connect-timeout",
    "-w",
    "--write-out",
    "-b",
    "--cookie",
    "-c",
    "--cookie-jar",
    "-x",
    "--proxy",
    "--retry",
    "-T",
    "--upload-file",
    "-F",
    "--form",
    "--data-urlencode",
];

/// The words of a curl command.
pub(crate) fn curl(words: &[String], mut notes: Notes) -> Result<Draft, Fail> {
    let mut h = Http::default();
    let mut method: Option<String> = None;
    let mut data: Vec<&str> = Vec::new();
    let mut url: Option<&str> = None;
    let mut i = 1;
    while let Some(w) = words.get(i) {
        i += 1;
        let mut next = || {
            let v = words.get(i).map(String::as_str);
            i += 1;
            v
        };
        match w.as_str() {
            "-X" | "--request" => method = next().map(str::to_owned),
            "-H" | "--header" => {
                if let Some(hd) = next() {
                    header(&mut h.headers, hd);
                }
            }
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii" => {
                data.extend(next());
            }
            "--url" => url = next(),
            o if QUIET.contains(&o) => {}
            o if VALUED.contains(&o) => {
                notes.add("curl-option-ignored", o);
                next();
            }
            o if o.starts_with("-X") && o.len() > 2 => method = o.get(2..).map(str::to_owned),
            o if o.len() > 1
                && o.starts_with('-')
                && !o.starts_with("--")
                && o.bytes().skip(1).all(|b| b"gsSivkL".contains(&b)) => {}
            o if o.starts_with('-') && o.len() > 1 => notes.add("curl-option-ignored", o),
            o if url.is_none() => url = Some(o),
            o => notes.add("cli-argument-ignored", o),
        }
    }
    h.url = url.unwrap_or("").to_owned();
    h.form_default = !data.is_empty();
    if !data.is_empty() {
        h.body = Some(data.join("&"));
    }
    h.method = method.unwrap_or_else(|| if data.is_empty() { "GET" } else { "POST" }.to_owned());
    analyse("curl", h, notes)
}

/// `Name: value`, or `Name;` for an empty value; `Name:` alone removes a
/// header in curl, so it is skipped.
fn header(headers: &mut Vec<(String, String)>, h: &str) {
    if let Some((name, value)) = h.split_once(':') {
        let value = value.trim();
        if !value.is_empty() {
            headers.push((name.trim().to_owned(), value.to_owned()));
        }
    } else if let Some(name) = h.trim_end().strip_suffix(';') {
        headers.push((name.trim().to_owned(), String::new()));
    }
}

fn analyse(format: &'static str, h: Http, notes: Notes) -> Result<Draft, Fail> {
    let method = Method::parse(&h.method).ok_or_else(|| Fail {
        code: "unrecognised",
        arg: String::new(),
    })?;
    let u = query::url(&h.url);
    let host = u
        .host
        .or_else(|| h.header("host"))
        .map(str::to_ascii_lowercase);
    let mut all = pairs(u.query.unwrap_or(""), true)?;
    let form = h.header("content-type").map_or(h.form_default, |ct| {
        ct.trim()
            .get(..33)
            .is_some_and(|p| p.eq_ignore_ascii_case("application/x-www-form-urlencoded"))
    });
    if form {
        all.extend(pairs(h.body.as_deref().unwrap_or(""), true)?);
    }
    let mut d = Draft::new(format);
    d.notes = notes;
    d.method = Some(method);
    d.host = host.clone();
    let auth = h.header("authorization").unwrap_or("");
    if let Some(rest) = auth.strip_prefix(V3_ALGORITHM) {
        d.signature = Some(Scheme::V3);
        if let Some(a) = h.header("x-acs-action") {
            d.operation = Some(super::operation_named(a)?);
        }
        if let Some(v) = h.header("x-acs-version").filter(|v| *v != VERSION) {
            d.notes.add("other-version", &crate::text::echo(v));
        }
        let query = pairs(u.query.unwrap_or(""), true)?;
        d.claim = v3_claim(
            rest,
            &h,
            host.as_deref().unwrap_or(""),
            method,
            query,
            &mut d.notes,
        );
    } else {
        let v1 = all.iter().any(|(k, _)| {
            matches!(
                k.as_str(),
                "Action" | "Signature" | "SignatureVersion" | "SignatureMethod"
            )
        });
        if v1 {
            d.signature = Some(Scheme::V1);
        }
        d.claim = v1_claim(&all, method, host.as_deref().unwrap_or(""), &mut d.notes);
    }
    d.params = all.into_iter().map(|(k, v)| (k, Value::Str(v))).collect();
    Ok(d)
}

/// The V3 claim of `Credential=...,SignedHeaders=...,Signature=...`.
fn v3_claim(
    auth: &str,
    h: &Http,
    host: &str,
    method: Method,
    query: Vec<(String, String)>,
    notes: &mut Notes,
) -> Option<Claim> {
    let (mut id, mut signed, mut signature) = (None, None, None);
    for part in auth.split(',') {
        let (k, v) = part.trim().split_once('=').unwrap_or(("", ""));
        match k.trim() {
            "Credential" => id = Some(v.trim()),
            "SignedHeaders" => signed = Some(v.trim().to_ascii_lowercase()),
            "Signature" => signature = Some(v.trim()),
            _ => {}
        }
    }
    // Alibaba signs host, x-acs-* and content-type: a few dozen at most.
    let few = signed
        .as_ref()
        .is_some_and(|s| s.bytes().filter(|&b| b == b';').count() < 64);
    let (Some(id), Some(signed), Some(signature), true) = (id, signed, signature, few) else {
        notes.add("claim-incomplete", "");
        return None;
    };
    let mut headers = Vec::new();
    for name in signed.split(';') {
        let value = match (h.header(name), name) {
            (Some(v), _) => v,
            (None, "host") => host,
            (None, _) => {
                notes.add("header-missing", name);
                ""
            }
        };
        headers.push((name.to_owned(), value.to_owned()));
    }
    let header = |n: &str| h.header(n).unwrap_or("").to_owned();
    Some(Claim {
        scheme: Scheme::V3,
        method,
        host: host.to_owned(),
        access_key_id: id.to_owned(),
        timestamp: header("x-acs-date"),
        nonce: header("x-acs-signature-nonce"),
        signature: signature.to_owned(),
        pairs: query,
        signed_headers: signed,
        headers,
        body: h.body.as_deref().unwrap_or("").as_bytes().to_vec(),
    })
}
