//! `sslvpn sign`: a signed CreateSslVpnServer request, V1 or V3.

use crate::cli::{read_input, to_json, Args, Fail};
use sslvpn_builder::pipeline::{Choices, Refusal, Session, View};
use sslvpn_builder::signing::{Credentials, SignError, SignOptions};
use sslvpn_builder::stamp::OsEntropy;
use sslvpn_builder::{Input, Lang, Report};

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

Output (the same text the page shows): v1 GET prints the URL; otherwise the
method and URL, one header per line, and for v1 POST a blank line and the
form body. The server accepts a v1 request for 31
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
    let choices = choices(&args, lang)?;
    let creds = credentials()?;
    creds.check().map_err(|e| fail(e, lang))?;
    let input = read_input(args.file()?)?;
    let view = view(
        &input,
        Choices {
            credentials: Some(creds),
            ..choices
        },
    );
    let Some(signed) = view.signing.signed else {
        return refused(&view.report, view.signing.refusal);
    };
    if args.has("--json") {
        println!("{}", to_json(&signed));
    } else {
        print!("{}", signed.text());
    }
    Ok(0)
}

fn fail(e: SignError, lang: Lang) -> Fail {
    Fail(format!("{} ({})", e.message(lang), e.code))
}

/// The signing choices given on the command line, checked before any input
/// is read (a bad option is a usage error, exit 2).
pub(crate) fn choices(args: &Args, lang: Lang) -> Result<Choices, Fail> {
    let (timestamp, nonce) = (args.get("--timestamp"), args.get("--nonce"));
    let (t, n) = (
        timestamp.unwrap_or("2024-01-01T00:00:00Z"),
        nonce.unwrap_or("n"),
    );
    let (signature, method, endpoint) = (
        args.get("--signature"),
        args.get("--method"),
        args.get("--endpoint"),
    );
    SignOptions::from_text(signature, method, endpoint, t, n).map_err(|e| fail(e, lang))?;
    let own = |v: Option<&str>| v.map(str::to_owned);
    Ok(Choices {
        lang,
        signature: own(signature),
        method: own(method),
        endpoint: own(endpoint),
        timestamp: own(timestamp),
        nonce: own(nonce),
        ..Choices::default()
    })
}

/// The pipeline once, with the OS's clock and randomness.
pub(crate) fn view(input: &Input, choices: Choices) -> View {
    Session::default().view(input, &choices, &mut OsEntropy)
}

/// Exit 1 with the report when the request has errors; exit 2 with the reason otherwise.
pub(crate) fn refused(report: &Report, refusal: Option<Refusal>) -> Result<u8, Fail> {
    if !report.valid() {
        println!("{}", to_json(report));
        return Ok(1);
    }
    let r = refusal.map_or_else(
        || "not signed".to_owned(),
        |r| format!("{} ({})", r.message, r.code),
    );
    Err(Fail(r))
}

pub(crate) fn credentials() -> Result<Credentials, Fail> {
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
