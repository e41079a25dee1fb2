//! `sslvpn sign`: a signed request of the chosen operation, V1 or V3.

use crate::cli::{read_input, to_json, Fail, SignArgs, Signing};
use crate::out::Out;
use sslvpn_builder::pipeline::{sign_once, Choices, Refusal, Session, View};
use sslvpn_builder::signing::{Credentials, SignError, SignOptions};
use sslvpn_builder::stamp::OsEntropy;
use sslvpn_builder::{Input, Lang, Report};

pub fn run(args: SignArgs, out: &mut Out) -> Result<u8, Fail> {
    let lang = args.lang.get()?;
    let choices = choices(&args.signing, lang)?;
    let creds = credentials()?;
    creds.check().map_err(|e| fail(e, lang))?;
    let input = read_input(args.file.as_deref())?;
    let choices = Choices {
        credentials: Some(creds),
        operation: Some(args.operation.get()?),
        ..choices
    };
    let signed = match sign_once(&input, &choices, &mut OsEntropy) {
        (_, Ok(signed)) => signed,
        (report, Err(refusal)) => return refused(&report, Some(refusal), out),
    };
    if args.json {
        out.line(&to_json(&signed))?;
    } else {
        out.print(&signed.text())?;
    }
    Ok(0)
}

fn fail(e: SignError, lang: Lang) -> Fail {
    Fail(format!("{} ({})", e.message(lang), e.code))
}

/// The signing choices given on the command line, checked before any input
/// is read (a bad option is a usage error, exit 2).
pub(crate) fn choices(args: &Signing, lang: Lang) -> Result<Choices, Fail> {
    let (timestamp, nonce) = (args.timestamp.as_deref(), args.nonce.as_deref());
    let (t, n) = (
        timestamp.unwrap_or("2024-01-01T00:00:00Z"),
        nonce.unwrap_or("n"),
    );
    let (signature, method, endpoint) = (
        args.signature.as_deref(),
        args.method.as_deref(),
        args.endpoint.as_deref(),
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
pub(crate) fn refused(
    report: &Report,
    refusal: Option<Refusal>,
    out: &mut Out,
) -> Result<u8, Fail> {
    if !report.valid() {
        out.line(&to_json(report))?;
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
