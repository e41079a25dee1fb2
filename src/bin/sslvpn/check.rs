//! `sslvpn check`, `sslvpn explain`, `sslvpn params`.

use crate::cli::{read_input, to_json, Args, Fail};
use sslvpn_builder::{error_code, validate, ERRORS, PARAMS};

const CHECK_HELP: &str = "\
Usage: sslvpn check [FILE|-] [--lang en|zh]

Reads a JSON object of CreateSslVpnServer parameters keyed by wire name
(strings, numbers or booleans) from FILE or standard input, and prints the
report as JSON: {\"valid\": bool, \"findings\": [...]}.

Exit codes: 0 valid (warnings allowed), 1 the request has errors,
2 unusable input (unreadable file, not JSON, not an object).

Example:
  echo '{\"RegionId\":\"cn-hangzhou\",\"VpnGatewayId\":\"vpn-bp1hgim8by0kc9nga5lg3\",
        \"ClientIpPool\":\"192.168.1.0/24\",\"LocalSubnet\":\"10.0.0.0/8\"}' | sslvpn check
";

pub fn run(args: &[String]) -> Result<u8, Fail> {
    let args = Args::parse(args, &["--lang"], &[])?;
    if args.help {
        print!("{CHECK_HELP}");
        return Ok(0);
    }
    let lang = args.lang()?;
    let input = read_input(args.file()?)?;
    let report = validate(&input, lang);
    println!("{}", to_json(&report));
    Ok(if report.valid() { 0 } else { 1 })
}

const EXPLAIN_HELP: &str = "\
Usage: sslvpn explain [CODE]

Prints the catalogue entry of a documented API error code as JSON (HTTP status,
published message, explanation and what to do in English and Chinese, and the
rule that predicts it). Without CODE, prints the whole catalogue.
Exit code 2 for a code that is not documented for CreateSslVpnServer.
";

pub fn explain(args: &[String]) -> Result<u8, Fail> {
    let args = Args::parse(args, &[], &[])?;
    if args.help {
        print!("{EXPLAIN_HELP}");
        return Ok(0);
    }
    match args.file()? {
        None => println!("{}", to_json(ERRORS)),
        Some(code) => {
            let entry = error_code(code).ok_or_else(|| {
                Fail(format!(
                    "{code:?} is not a documented CreateSslVpnServer error code"
                ))
            })?;
            println!("{}", to_json(entry));
        }
    }
    Ok(0)
}

const PARAMS_HELP: &str = "\
Usage: sslvpn params [--lang en|zh]

Lists the request parameters: wire name, type, required, default, allowed values, help.
";

pub fn params(args: &[String]) -> Result<u8, Fail> {
    let args = Args::parse(args, &["--lang"], &[])?;
    if args.help {
        print!("{PARAMS_HELP}");
        return Ok(0);
    }
    let lang = args.lang()?;
    for p in PARAMS {
        let mut line = format!(
            "{:<22} {:<8} {}",
            p.name,
            p.kind.as_str(),
            if p.required { "required" } else { "optional" }
        );
        if let Some(d) = p.default {
            line.push_str(&format!("  default {d}"));
        }
        if !p.allowed.is_empty() {
            line.push_str(&format!("  one of {}", p.allowed.join("|")));
        }
        println!("{line}\n    {}", lang.pick(&p.help));
    }
    Ok(0)
}
