//! `sslvpn check`, `sslvpn explain`, `sslvpn params`: JSON for programs,
//! text for people.

use crate::cli::{read_input, to_json, CheckArgs, ExplainArgs, Fail, Format, ParamsArgs};
use crate::out::{Out, Style};
use sslvpn_builder::{error_code, ui, ErrorCode, Lang, Report, Severity, ERRORS};

pub fn run(args: CheckArgs, out: &mut Out) -> Result<u8, Fail> {
    let lang = args.lang.get()?;
    let format = out.format(args.format.value);
    let op = args.operation.get()?;
    let report = op.validate(&read_input(args.file.as_deref())?, lang);
    print_report(&report, format, lang, out)?;
    Ok(if report.valid() { 0 } else { 1 })
}

/// The report as JSON, or for people: one block per finding, then the
/// status sentence.
fn print_report(report: &Report, format: Format, lang: Lang, out: &mut Out) -> Result<(), Fail> {
    match format {
        Format::Json => out.line(&to_json(report)),
        Format::Text => {
            let text = report_text(report, lang, out);
            out.print(&text)
        }
    }
}

const INDENT: &str = "    ";

/// ```text
/// Error  Port  SslVpnServerPort.Illegal  HTTP 400
///     Port 443 is reserved and cannot be used; the default is 1194.
///     Use 1194
///
/// 1 error: the API would reject this request.
/// ```
fn report_text(report: &Report, lang: Lang, out: &Out) -> String {
    let mut s = String::new();
    for f in report.findings() {
        let (key, style) = match f.severity {
            Severity::Error => ("error", Style::Error),
            Severity::Warning => ("warning", Style::Warning),
            Severity::Info => ("info", Style::Info),
        };
        s.push_str(&out.paint(style, ui::text(key, lang)));
        s.push_str("  ");
        s.push_str(&out.paint(Style::Bold, &f.field));
        if let Some(code) = f.code {
            s.push_str("  ");
            s.push_str(code);
        }
        if let Some(status) = f.http_status {
            s.push_str("  ");
            s.push_str(&out.paint(Style::Dim, &fill(ui::text("http", lang), status)));
        }
        s.push('\n');
        indented(&mut s, &f.message);
        if let Some(suggestion) = &f.suggestion {
            let use_it = fill(ui::text("use", lang), suggestion);
            indented(&mut s, &out.paint(Style::Good, &use_it));
        }
        s.push('\n');
    }
    let style = if report.valid() {
        Style::Good
    } else {
        Style::Error
    };
    s.push_str(&out.paint(style, &ui::status(report, lang)));
    s.push('\n');
    s
}

/// `text` on its own line(s), indented.
fn indented(s: &mut String, text: &str) {
    for line in text.lines() {
        s.push_str(INDENT);
        s.push_str(line);
        s.push('\n');
    }
}

/// A `ui` template with its one `{}` filled.
fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

pub fn explain(args: ExplainArgs, out: &mut Out) -> Result<u8, Fail> {
    let lang = args.lang.get()?;
    let format = out.format(args.format.value);
    let op = args.operation.get()?;
    let entry = match args.code.as_deref() {
        None => None,
        Some(code) => Some(
            error_code(code)
                .filter(|e| op.documents(e.code))
                .ok_or_else(|| {
                    Fail(format!(
                        "{code:?} is not a documented {} error code",
                        op.action
                    ))
                })?,
        ),
    };
    let all: Vec<&ErrorCode> = ERRORS.iter().filter(|e| op.documents(e.code)).collect();
    match (format, entry) {
        (Format::Json, None) => out.line(&to_json(all.as_slice()))?,
        (Format::Json, Some(e)) => out.line(&to_json(e))?,
        (Format::Text, e) => {
            let entries: Vec<&ErrorCode> = e.map_or(all, |e| vec![e]);
            let text: Vec<String> = entries.iter().map(|e| entry_text(e, lang, out)).collect();
            out.print(&text.join("\n"))?;
        }
    }
    Ok(0)
}

/// ```text
/// SslVpnServerPort.Illegal  HTTP 400
///     "The specified port is illegal."
///     What it means: ...
///     What to do: ...
///     Concerns Port.
///     Predicted before sending by the rules: port-reserved.
/// ```
fn entry_text(e: &ErrorCode, lang: Lang, out: &Out) -> String {
    let mut s = out.paint(Style::Bold, e.code);
    if let Some(status) = e.http_status {
        s.push_str("  ");
        s.push_str(&out.paint(Style::Dim, &fill(ui::text("http", lang), status)));
    }
    s.push('\n');
    if let Some(message) = e.message {
        // As published: the server answers in English.
        indented(&mut s, &out.paint(Style::Dim, &format!("\"{message}\"")));
    }
    for (key, text) in [("means", &e.explanation), ("todo", &e.action)] {
        let label = ui::text(key, lang);
        let gap = if label.ends_with('：') { "" } else { " " };
        let line = format!("{}{gap}{}", out.paint(Style::Bold, label), lang.pick(text));
        indented(&mut s, &line);
    }
    if let Some(field) = e.field {
        indented(&mut s, &fill(ui::text("concerns", lang), field));
    }
    let predicted = if e.predicted_by.is_empty() {
        ui::text("serverOnly", lang).to_owned()
    } else {
        fill(ui::text("predictedBy", lang), e.predicted_by.join(", "))
    };
    indented(&mut s, &predicted);
    s
}

pub fn params(args: ParamsArgs, out: &mut Out) -> Result<u8, Fail> {
    let lang = args.lang.get()?;
    let op = args.operation.get()?;
    if args.format == Some(Format::Json) {
        out.line(&to_json(op.params))?;
        return Ok(0);
    }
    for p in op.params {
        let name = format!("{:<22}", p.name);
        let mut line = format!(
            "{} {:<8} {}",
            out.paint(Style::Bold, &name),
            p.kind.as_str(),
            if p.required { "required" } else { "optional" }
        );
        if let Some(d) = p.default {
            line.push_str(&format!("  default {d}"));
        }
        if !p.allowed.is_empty() {
            line.push_str(&format!("  one of {}", p.allowed.join("|")));
        }
        out.line(&format!("{line}\n    {}", lang.pick(&p.help)))?;
    }
    Ok(0)
}
