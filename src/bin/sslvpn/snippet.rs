//! `sslvpn snippet`: ready-to-run code for one target.

use crate::cli::{read_input, Args, Fail};
use sslvpn_builder::signing::Endpoint;
use sslvpn_builder::snippet::{self, TARGETS};
use sslvpn_builder::{check, Checked, Lang};

const HELP: &str = "\
Usage: sslvpn snippet --lang ID [FILE|-]
       sslvpn snippet --lang curl [FILE|-] [--endpoint E] [--timestamp T] [--nonce N]
       sslvpn snippet --list

Reads a JSON object of CreateSslVpnServer parameters keyed by wire name from
FILE or standard input and prints ready-to-run code for target ID (see
--list): cli, powershell, curl, python, typescript, java, go, php, csharp,
terraform, ros. SDK snippets read credentials from ALIBABA_CLOUD_ACCESS_KEY_ID,
ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN when they run;
no secret is ever printed, except inside curl's signed request, which this
command signs with those same variables.

A request with errors still gets its snippet (except curl: only a valid
request can be signed), starting with a comment that the API will reject it.

curl: the request signed with V3 (ACS3-HMAC-SHA256, POST, the default when
run) and V1 (HMAC-SHA1 signed URL, GET, when run with SIGNATURE=v1), for
bash/zsh. --endpoint (default regional), --timestamp (UTC, default now) and
--nonce (default a random UUID) are as for `sslvpn sign`; the signed request can be sent once, within 15
minutes (V3) or 31 (V1).

Exit codes: 0 snippet printed, request valid; 1 snippet printed but the
request has errors (curl: nothing printed); 2 unusable input, unknown target,
or (curl) missing credentials.
";

pub fn run(args: &[String]) -> Result<u8, Fail> {
    let args = Args::parse(
        args,
        &["--lang", "--endpoint", "--timestamp", "--nonce"],
        &["--list"],
    )?;
    if args.help {
        print!("{HELP}");
        return Ok(0);
    }
    if args.has("--list") {
        for t in TARGETS {
            println!("{:<11} {:<26} {}", t.id, t.label, t.install);
        }
        return Ok(0);
    }
    let target = args
        .get("--lang")
        .ok_or_else(|| Fail::usage("give --lang ID (see sslvpn snippet --list)"))?;
    if !TARGETS.iter().any(|t| t.id == target) {
        return Err(Fail(format!(
            "unknown snippet target {target:?}; see sslvpn snippet --list"
        )));
    }
    let input = read_input(args.file()?)?;
    let checked = check(&input, Lang::En);
    let has_errors = !checked.report.valid;
    if target == "curl" {
        return curl(
            checked,
            args.get("--endpoint"),
            args.get("--timestamp"),
            args.get("--nonce"),
        );
    }
    let code = snippet::render(target, &checked.request, has_errors)
        .map_err(|e| Fail(format!("{}: {}", e.code, e.message)))?;
    print!("{code}");
    Ok(if has_errors { 1 } else { 0 })
}

/// Signs the request with the credentials in the environment and prints curl.
fn curl(
    checked: Checked,
    endpoint: Option<&str>,
    timestamp: Option<&str>,
    nonce: Option<&str>,
) -> Result<u8, Fail> {
    let creds = crate::sign::credentials()?;
    let Ok(valid) = checked.into_valid() else {
        eprintln!("sslvpn: the request has errors, so it cannot be signed; run sslvpn check");
        return Ok(1);
    };
    let timestamp = match timestamp {
        Some(t) => t.to_owned(),
        None => crate::sign::now()?,
    };
    let nonce = match nonce {
        Some(n) => n.to_owned(),
        None => crate::sign::uuid_v4()?,
    };
    let endpoint = Endpoint::parse(endpoint.unwrap_or("regional"));
    let code = snippet::render_curl(&valid, &creds, &endpoint, &timestamp, &nonce)
        .map_err(|e| Fail(e.message(Lang::En).to_owned()))?;
    print!("{code}");
    Ok(0)
}
