//! `sslvpn snippet`: ready-to-run code for one target, through the same
//! pipeline as the page.

use crate::cli::{self, read_input, Fail, SnippetArgs};
use crate::out::Out;
use crate::sign::{choices, credentials, refused, view};
use sslvpn_builder::pipeline::Choices;
use sslvpn_builder::snippet::{self, TARGETS};
use sslvpn_builder::{Lang, Report};

pub fn run(args: SnippetArgs, out: &mut Out) -> Result<u8, Fail> {
    // `--lang ID` without `--target` is the older spelling of `--target ID`.
    let (target, lang) = match (args.target.as_deref(), args.lang.as_deref()) {
        (Some(t), l) => (Some(t), cli::lang(l)?),
        (None, Some(l)) if Lang::parse(l).is_none() => (Some(l), Lang::En),
        (None, l) => (None, cli::lang(l)?),
    };
    if args.list {
        for t in TARGETS {
            out.line(&format!(
                "{:<11} {:<26} {}",
                t.id,
                lang.pick(&t.label),
                lang.pick(&t.install)
            ))?;
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
        operation: Some(args.operation.get()?),
        ..choices(&args.signing, lang)?
    };
    if target == "curl" {
        choices.credentials = Some(credentials()?);
    }
    let view = view(&read_input(args.file.as_deref())?, choices);
    let Some(s) = view.snippet else {
        return Err(Fail("no snippet".into()));
    };
    match s.code {
        Some(code) => {
            out.print(&code)?;
            Ok(exit(&view.report))
        }
        None => refused(&view.report, s.refusal, out),
    }
}

fn exit(report: &Report) -> u8 {
    if report.valid() {
        0
    } else {
        1
    }
}
