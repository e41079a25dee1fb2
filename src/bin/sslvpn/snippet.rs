//! `sslvpn snippet`: ready-to-run code for one target, through the same
//! pipeline as the page.

use crate::cli::{read_input, Args, Fail};
use crate::sign::{choices, credentials, refused, view};
use sslvpn_builder::pipeline::Choices;
use sslvpn_builder::snippet::{self, TARGETS};
use sslvpn_builder::{Lang, Report};

const HELP: &str = "\
Usage: sslvpn snippet --target ID [FILE|-] [--lang en|zh]
                      [--signature v1|v3] [--method GET|POST] [--endpoint E]
                      [--timestamp T] [--nonce N]
       sslvpn snippet --list [--lang en|zh]

Reads a JSON object of CreateSslVpnServer parameters keyed by wire name from
FILE or standard input and prints ready-to-run code for target ID (see
--list): cli, powershell, curl, python, typescript, java, go, php, csharp,
terraform, ros. --lang sets the language of the code's comments. (The older
form --lang ID, without --target, still names the target.)

Every target follows the choices, as on the page: --endpoint (regional,
the default: vpc.<RegionId>.aliyuncs.com; central; or a host) goes into the
SDK config, the aliyun CLI's --endpoint and Terraform's endpoints block;
--signature v1 makes the SDKs sign V1 (signatureAlgorithm \"v2\"); the SDKs
always send POST.

SDK snippets read credentials from ALIBABA_CLOUD_ACCESS_KEY_ID,
ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN when they run;
no secret is ever printed. curl prints the signed request (signed here with
those same variables, as by `sslvpn sign`, with its --signature, --method,
--endpoint, --timestamp and --nonce); it can be sent once, within 15 minutes
(V3) or 31 (V1).

A request with errors still gets its snippet (except curl: only a valid
request can be signed), starting with a comment that the API will reject it.

Exit codes: 0 snippet printed, request valid; 1 snippet printed but the
request has errors (curl: the report is printed instead); 2 unusable input,
unknown target, or (curl) missing credentials.
";

pub fn run(args: &[String]) -> Result<u8, Fail> {
    let args = Args::parse(
        args,
        &[
            "--target",
            "--lang",
            "--signature",
            "--method",
            "--endpoint",
            "--timestamp",
            "--nonce",
        ],
        &["--list"],
    )?;
    if args.help {
        print!("{HELP}");
        return Ok(0);
    }
    // `--lang ID` without `--target` is the older spelling of `--target ID`.
    let (target, lang) = match (args.get("--target"), args.get("--lang")) {
        (Some(t), _) => (Some(t), args.lang()?),
        (None, Some(l)) if Lang::parse(l).is_none() => (Some(l), Lang::En),
        (None, _) => (None, args.lang()?),
    };
    if args.has("--list") {
        for t in TARGETS {
            println!(
                "{:<11} {:<26} {}",
                t.id,
                lang.pick(&t.label),
                lang.pick(&t.install)
            );
        }
        return Ok(0);
    }
    let target =
        target.ok_or_else(|| Fail::usage("give --target ID (see sslvpn snippet --list)"))?;
    if snippet::target(target).is_none() {
        return Err(Fail(format!(
            "unknown snippet target {target:?}; see sslvpn snippet --list"
        )));
    }
    let mut choices = Choices {
        target: Some(target.to_owned()),
        ..choices(&args, lang)?
    };
    if target == "curl" {
        choices.credentials = Some(credentials()?);
    }
    let view = view(&read_input(args.file()?)?, choices);
    let Some(s) = view.snippet else {
        return Err(Fail("no snippet".into()));
    };
    match s.code {
        Some(code) => {
            print!("{code}");
            Ok(exit(&view.report))
        }
        None => refused(&view.report, s.refusal),
    }
}

fn exit(report: &Report) -> u8 {
    if report.valid() {
        0
    } else {
        1
    }
}
