//! `sslvpn sign`: a signed CreateSslVpnServer request, V1 or V3.

use crate::cli::{read_input, to_json, Args, Fail};
use sslvpn_builder::check;
use sslvpn_builder::signing::{
    format_timestamp, sign, Credentials, Method, Scheme, SignError, SignOptions, Signed,
};
use std::io::Read;

const SIGN_HELP: &str = "\
Usage: sslvpn sign [FILE|-] [--signature v1|v3] [--method GET|POST]
                   [--endpoint regional|central|HOST] [--timestamp YYYY-MM-DDTHH:MM:SSZ]
                   [--nonce STR] [--json] [--lang en|zh]

Validates the parameters (a JSON object keyed by wire name, from FILE or
standard input, as for `sslvpn check`) and prints the signed request.

Credentials come only from the environment:
  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  ALIBABA_CLOUD_SECURITY_TOKEN (optional, STS). The secret is never printed;
  an STS token is part of the request (URL for v1, header for v3).

Options:
  --signature v1|v3   v3 (default, Alibaba's recommendation): ACS3-HMAC-SHA256
                      headers; v1: HMAC-SHA1 query string (SignatureVersion=1.0)
  --method GET|POST   default GET for v1 (a URL to paste), POST for v3 (what
                      the official SDK sends). v1 POST sends a form body;
                      v3 keeps the parameters in the query either way
  --endpoint E        regional (default): vpc.<RegionId>.aliyuncs.com;
                      central: vpc.aliyuncs.com; or a host name[:port]
  --timestamp T       UTC time to sign (default: now)
  --nonce N           signature nonce (default: a random UUID v4)
  --json              print every stage (canonical form, string to sign, ...)
                      as JSON; headers are [name, value] pairs
  --lang en|zh        language of the validation report and messages

Output: v1 GET prints the URL; v1 POST prints the method and URL, the
Content-Type header, a blank line and the body; v3 prints the method and
URL, then one header per line. The server accepts a v1 request for 31
minutes after its timestamp, a v3 request for 15.

Exit codes: 0 signed, 1 the request has errors (the report is printed as by
`sslvpn check`), 2 missing credentials or unusable input/options.
";

pub fn run(args: &[String]) -> Result<u8, Fail> {
    let args = Args::parse(
        args,
        &[
            "--signature",
            "--method",
            "--endpoint",
            "--timestamp",
            "--nonce",
            "--lang",
        ],
        &["--json"],
    )?;
    if args.help {
        print!("{SIGN_HELP}");
        return Ok(0);
    }
    let lang = args.lang()?;
    let timestamp = match args.get("--timestamp") {
        Some(t) => t.to_owned(),
        None => now()?,
    };
    let nonce = match args.get("--nonce") {
        Some(n) => n.to_owned(),
        None => uuid_v4()?,
    };
    let fail = |e: SignError| Fail(format!("{} ({})", e.message(lang), e.code));
    let opts = SignOptions::from_text(
        args.get("--signature"),
        args.get("--method"),
        args.get("--endpoint"),
        &timestamp,
        &nonce,
    )
    .map_err(fail)?;
    let creds = credentials()?;
    creds.check().map_err(fail)?;
    let input = read_input(args.file()?)?;
    let req = match check(&input, lang).into_valid() {
        Ok(req) => req,
        Err(report) => {
            println!("{}", to_json(&report));
            return Ok(1);
        }
    };
    let signed = sign(&req, &creds, &opts).map_err(fail)?;
    if args.has("--json") {
        println!("{}", to_json(&signed));
    } else {
        print!("{}", plain(&signed));
    }
    Ok(0)
}

/// The request as text: a URL, or method + URL, headers and body.
fn plain(s: &Signed) -> String {
    if s.scheme == Scheme::V1 && s.method == Method::Get {
        return format!("{}\n", s.url);
    }
    let mut out = format!("{} {}\n", s.method.as_str(), s.url);
    for (name, value) in &s.headers {
        out.push_str(&format!("{name}: {value}\n"));
    }
    if let Some(body) = &s.body {
        out.push_str(&format!("\n{body}\n"));
    }
    out
}

fn credentials() -> Result<Credentials, Fail> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let (Some(id), Some(secret)) = (
        var("ALIBABA_CLOUD_ACCESS_KEY_ID"),
        var("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    ) else {
        return Err(Fail(
            "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET to sign".into(),
        ));
    };
    Ok(Credentials {
        access_key_id: id,
        access_key_secret: secret,
        security_token: var("ALIBABA_CLOUD_SECURITY_TOKEN"),
    })
}

fn now() -> Result<String, Fail> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| Fail("the system clock is before 1970; pass --timestamp".into()))?
        .as_secs();
    Ok(format_timestamp(secs))
}

/// A random UUID v4 from /dev/urandom.
fn uuid_v4() -> Result<String, Fail> {
    let mut b = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut b))
        .map_err(|e| {
            Fail(format!(
                "cannot read /dev/urandom for a nonce ({e}); pass --nonce"
            ))
        })?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_shape() {
        let u = uuid_v4().ok().unwrap();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!("89ab".contains(&u[19..20]));
        assert_ne!(Some(u), uuid_v4().ok());
    }
}
