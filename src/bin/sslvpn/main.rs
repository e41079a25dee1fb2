//! `sslvpn`: the command-line face of the rules core.
//!
//! Exit codes: 0 valid / done, 1 the request has errors, 2 unusable input or
//! usage (one line on standard error). Nothing it prints can panic: see `out`.

mod check;
mod cli;
mod out;
mod sign;
mod snippet;

use clap::error::{ContextKind, ErrorKind};
use clap::{CommandFactory, Parser};
use cli::{Cli, Command, Fail};
use out::{complain, Out};
use std::ffi::OsString;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out = Out::stdout();
    let code = match run(&mut out).and_then(|code| out.finish().map(|()| code)) {
        Ok(code) => code,
        Err(fail) => {
            complain(&fail.0);
            2
        }
    };
    ExitCode::from(code)
}

fn run(out: &mut Out) -> Result<u8, Fail> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            return match e.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    out.print(&e.render().to_string())?;
                    Ok(0)
                }
                _ => Err(Fail(usage_error(&e, command_name(&args)))),
            }
        }
    };
    match cli.command {
        None => {
            out.print(&Cli::command().render_help().to_string())?;
            Ok(0)
        }
        Some(Command::Check(a)) => check::run(a, out),
        Some(Command::Explain(a)) => check::explain(a, out),
        Some(Command::Params(a)) => check::params(a, out),
        Some(Command::Snippet(a)) => snippet::run(a, out),
        Some(Command::Sign(a)) => sign::run(a, out),
        Some(Command::Completions(a)) => {
            // Into memory first: clap_complete panics when a write fails.
            let mut script = Vec::new();
            clap_complete::generate(a.shell, &mut Cli::command(), "sslvpn", &mut script);
            out.print(&String::from_utf8_lossy(&script))?;
            Ok(0)
        }
    }
}

/// The command named on the command line (the first word that is not an
/// option: the top level takes none with a value).
fn command_name(args: &[OsString]) -> Option<String> {
    args.iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .find(|a| !a.starts_with('-'))
        .map(str::to_owned)
}

/// A clap usage error as one line, with clap's suggestion where it has one.
/// (clap's own rendering spans several lines and repeats the usage.)
fn usage_error(e: &clap::Error, command: Option<String>) -> String {
    let get = |kind| {
        e.get(kind)
            .map(ToString::to_string)
            .filter(|s: &String| !s.is_empty())
    };
    let mut line = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let name = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            match get(ContextKind::SuggestedSubcommand) {
                Some(s) => format!("unknown command {name:?}; did you mean {s}?"),
                None => format!("unknown command {name:?}; see sslvpn --help"),
            }
        }
        ErrorKind::UnknownArgument => {
            let arg = get(ContextKind::InvalidArg).unwrap_or_default();
            if arg.starts_with('-') && arg != "-" {
                match get(ContextKind::SuggestedArg) {
                    Some(s) => format!("unknown option {arg}; did you mean {s}?"),
                    None => format!("unknown option {arg}"),
                }
            } else {
                let what = match command.as_deref() {
                    Some("explain") => "give at most one error code",
                    Some("check" | "sign" | "snippet") => "give at most one input file",
                    Some(c) => {
                        return format!("unexpected argument {arg:?}; see sslvpn {c} --help")
                    }
                    None => "see sslvpn --help",
                };
                format!("unexpected argument {arg:?}: {what}")
            }
        }
        ErrorKind::InvalidValue => {
            // "--format <text|json>": the option's name only.
            let arg = get(ContextKind::InvalidArg).unwrap_or_default();
            let arg = arg.split(' ').next().unwrap_or_default();
            match get(ContextKind::InvalidValue) {
                None => format!("{arg} needs a value"),
                Some(value) => {
                    let mut line = format!("invalid value {value:?} for {arg}");
                    if let Some(valid) = get(ContextKind::ValidValue) {
                        line.push_str(&format!(" (one of {valid})"));
                    }
                    if let Some(s) = get(ContextKind::SuggestedValue) {
                        line.push_str(&format!("; did you mean {s}?"));
                    }
                    line
                }
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = get(ContextKind::InvalidArg).unwrap_or_default();
            let help = command.map_or("sslvpn --help".to_owned(), |c| format!("sslvpn {c} --help"));
            format!("missing {missing}; see {help}")
        }
        _ => {
            let text = e.render().to_string();
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            first.trim_start_matches("error: ").to_owned()
        }
    };
    // Other tips, e.g. "'check --lang' exists" (but not clap's "to pass
    // '--x' as a value, use '-- --x'", noise for a misspelt option).
    if let Some(clap::error::ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        for tip in tips.iter().map(ToString::to_string) {
            if !tip.starts_with("to pass ") {
                line.push_str(&format!(" ({tip})"));
            }
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// clap's own consistency checks on every command (unique names,
    /// value names, templates), without running the binary.
    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
