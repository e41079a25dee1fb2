//! `sslvpn`: the command-line face of the rules core.
//!
//! Exit codes: 0 valid / done, 1 the request has errors, 2 unusable input or usage.

mod check;
mod cli;
mod sign;
mod snippet;

use cli::Fail;
use std::process::ExitCode;

const USAGE: &str = "\
sslvpn: build and check an Alibaba Cloud VPC CreateSslVpnServer request

Usage: sslvpn <COMMAND> [ARGS]

Commands:
  check [FILE|-] [--lang en|zh]   Validate parameters (a JSON object keyed by wire name)
  explain [CODE]                  Explain a documented API error code (all codes without CODE)
  params [--lang en|zh]           List the request parameters
  snippet --lang ID [FILE|-]      Print ready-to-run code (--list: the targets)
  sign [FILE|-] [--signature v1|v3] [--method GET|POST] [--endpoint regional|central|HOST]
       [--timestamp T] [--nonce N] [--json] [--lang en|zh]
                                  Sign a valid request (credentials from ALIBABA_CLOUD_* env)

Run `sslvpn <COMMAND> --help` for a command's options.
Exit codes: 0 valid, 1 the request has errors, 2 unusable input or usage.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(0)
        }
        Some("-V" | "--version") => {
            println!("sslvpn {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Some("check") => check::run(&args[1..]),
        Some("explain") => check::explain(&args[1..]),
        Some("params") => check::params(&args[1..]),
        Some("snippet") => snippet::run(&args[1..]),
        Some("sign") => sign::run(&args[1..]),
        Some(other) => Err(Fail::usage(format!(
            "unknown command {other:?}; see sslvpn --help"
        ))),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(fail) => {
            eprintln!("sslvpn: {}", fail.0);
            ExitCode::from(2)
        }
    }
}
