//! `sslvpn` output: writes that fail (a full disk, a closed pipe) never panic;
//! text for people and JSON for programs; clap's version, suggestions and
//! completions; colour only on a real terminal.
#![cfg(not(target_arch = "wasm32"))] // runs the CLI, uses serde_json

use sslvpn_builder::{ui, validate, Input, Lang, Shape, ERRORS, PARAMS};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_sslvpn");

const ERRS: &str = r#"{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/30","LocalSubnet":"10.0.0.0/8","Port":443,"Compress":"True"}"#;
const WARNS: &str = r#"{"RegionId":"cn-hangzou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8"}"#;

/// Runs the binary with `stdin`, colour allowed unless `env` says otherwise.
fn run_env(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run sslvpn");
    // The child may exit before reading: ignore a broken pipe.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn run(args: &[&str], stdin: &str) -> Output {
    run_env(args, stdin, &[])
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

/// Runs a shell script with `args` as `$0`, `$1`, ...; returns the output and
/// the exit code the script wrote to the file named by its last argument.
fn sh(script: &str, args: &[&str]) -> (Output, Option<i32>) {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let code_file = tmp(&format!("code-{}", RUNS.fetch_add(1, Ordering::Relaxed)));
    let _ = std::fs::remove_file(&code_file);
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .args(args)
        .arg(&code_file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("sh runs");
    let code = std::fs::read_to_string(&code_file)
        .ok()
        .and_then(|c| c.trim().parse().ok());
    (out, code)
}

fn tmp(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli_output-{name}"))
}

/// No panic: no "panicked" on stderr, not the exit code of a panic (101) or
/// an abort (134), not killed by a signal.
fn assert_no_panic(out: &Output, code: Option<i32>, what: &str) {
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{what}: {err}");
    assert!(
        !matches!(code, Some(101 | 134) | None),
        "{what}: exit {code:?}, {err}"
    );
}

/// Exit 2, nothing on stdout, exactly one line `sslvpn: ...` on stderr.
fn assert_one_line_error(o: &Output, reason: &str) {
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "stderr {err:?}");
    assert!(o.stdout.is_empty(), "stdout: {}", text(&o.stdout));
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err:?}");
    assert!(err.starts_with("sslvpn: "), "{err:?}");
    assert!(err.contains(reason), "{err:?} should mention {reason:?}");
}

/// The pretty JSON the CLI printed before `--format` existed.
fn pretty<T: Shape + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(&value.shape()).unwrap() + "\n"
}

fn library_report(json: &str, lang: Lang) -> String {
    let input: Input = serde_json::from_str(json).unwrap();
    pretty(&validate(&input, lang))
}

/// A request with thousands of unknown parameters: a report of several
/// hundred kilobytes, far more than a pipe holds. Each test its own file
/// (tests run in parallel).
fn big_request(name: &str) -> PathBuf {
    let mut json = String::from(
        r#"{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8""#,
    );
    for i in 0..3000 {
        json.push_str(&format!(r#","Extra{i}":"x""#));
    }
    json.push('}');
    let path = tmp(&format!("big-{name}.json"));
    std::fs::write(&path, json).unwrap();
    path
}

fn dev_full() -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()
}

#[test]
fn a_full_disk_exits_2_with_one_line() {
    let Some(_) = dev_full() else {
        eprintln!("no /dev/full here: skipped");
        return;
    };
    let big = big_request("full");
    for args in [
        &["explain"][..],
        &["explain", "--format", "text"],
        &["explain", "SslVpnServerPort.Illegal"],
        &["check", big.to_str().unwrap()],
        &["params"],
        &["params", "--format", "json"],
        &["snippet", "--list"],
        &["--version"],
        &["--help"],
        &["check", "--help"],
        &["completions", "bash"],
    ] {
        let out = Command::new(BIN)
            .args(args)
            .stdin(Stdio::null())
            .stdout(dev_full().unwrap())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_no_panic(&out, out.status.code(), &format!("{args:?}"));
        assert_one_line_error(&out, "cannot write");
        assert!(text(&out.stderr).contains("No space left"), "{args:?}");
    }
}

#[test]
fn a_report_into_a_closed_pipe_ends_quietly() {
    // Requests are capped (64 parameters, bounded values), so no report
    // outgrows a pipe's buffer: the reader leaves before the first write.
    let big = big_request("pipe");
    let big = big.to_str().unwrap();
    for format in ["json", "text"] {
        let (out, code) = sh(
            r#"{ sleep 0.3; "$0" check --format "$1" "$2"; echo $? > "$3"; } | true"#,
            &[BIN, format, big],
        );
        assert_no_panic(&out, code, format);
        // The exit code the command would have had: the request has errors.
        assert_eq!(code, Some(1), "{format}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{format}: {}", text(&out.stderr));
    }
}

#[test]
fn explain_into_a_closed_pipe_ends_quietly() {
    for format in ["json", "text"] {
        let (out, code) = sh(
            r#"( "$0" explain --format "$1"; echo $? > "$2" ) | head -c1"#,
            &[BIN, format],
        );
        assert_no_panic(&out, code, format);
        assert_eq!(code, Some(0), "{format}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{format}: {}", text(&out.stderr));
    }
    // The catalogue fits in a pipe's buffer, so `head -c1` may leave before
    // or after it is written. Here the reader is gone before the first write.
    for args in ["explain", "params", "completions bash", "--help"] {
        let (out, code) = sh(
            r#"{ sleep 0.3; "$0" $1; echo $? > "$2"; } | true"#,
            &[BIN, args],
        );
        assert_no_panic(&out, code, args);
        assert_eq!(code, Some(0), "{args}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{args}: {}", text(&out.stderr));
    }
}

#[test]
fn check_text_is_for_people() {
    let o = run(&["check", "--format", "text"], ERRS);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stderr.is_empty(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(!out.contains('\x1b'), "no colour off a terminal: {out:?}");
    assert!(!out.trim_start().starts_with('{'), "not JSON: {out}");
    // One block per finding: severity, field, code and HTTP status on the
    // first line, then the message and the suggestion.
    let port = out
        .lines()
        .position(|l| l.contains("Port") && l.contains("SslVpnServerPort.Illegal"))
        .unwrap_or_else(|| panic!("no Port line: {out}"));
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[port].starts_with(ui::text("error", Lang::En)),
        "{out}"
    );
    assert!(lines[port].contains("HTTP 400"), "{out}");
    assert!(lines[port + 1].contains("Port 443 is reserved"), "{out}");
    assert_eq!(lines[port + 2].trim(), "Use 1194", "{out}");
    assert!(out.contains("ClientIpPool.NetmaskInvalid"), "{out}");
    let input: Input = serde_json::from_str(ERRS).unwrap();
    let status = ui::status(&validate(&input, Lang::En), Lang::En);
    assert_eq!(out.lines().last(), Some(status.as_str()));

    let warns = text(&run(&["check", "--format", "text"], WARNS).stdout);
    assert!(warns.starts_with(ui::text("warning", Lang::En)), "{warns}");
    assert!(warns.contains("InvalidRegionId.NotFound") && warns.contains("Use cn-hangzhou"));
}

#[test]
fn check_text_speaks_chinese() {
    let o = run(&["check", "--format", "text", "--lang", "zh"], ERRS);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    let input: Input = serde_json::from_str(ERRS).unwrap();
    let report = validate(&input, Lang::Zh);
    for f in report.findings() {
        assert!(out.contains(&f.message), "{}: {out}", f.message);
    }
    assert!(out.contains(&ui::text("use", Lang::Zh).replace("{}", "1194")));
    assert!(out.contains(ui::text("error", Lang::Zh)));
    assert!(!out.contains("Error") && !out.contains("Use "), "{out}");
    assert_eq!(
        out.lines().last(),
        Some(ui::status(&report, Lang::Zh).as_str())
    );
}

#[test]
fn no_colour_with_no_color_or_off_a_terminal() {
    for env in [&[][..], &[("NO_COLOR", "1")], &[("TERM", "xterm-256color")]] {
        for args in [
            &["check", "--format", "text"][..],
            &["explain", "--format", "text"],
            &["params"],
        ] {
            let out = run_env(args, ERRS, env);
            assert!(!out.stdout.contains(&0x1b), "{args:?} {env:?}");
        }
    }
}

#[test]
fn json_format_is_the_old_output() {
    for (json, code) in [(ERRS, 1), (WARNS, 0)] {
        let want = library_report(json, Lang::En);
        for args in [&["check"][..], &["check", "--format", "json"]] {
            let o = run(args, json);
            assert_eq!(o.status.code(), Some(code), "{args:?}");
            assert_eq!(text(&o.stdout), want, "{args:?}");
        }
        let zh = run(&["check", "--format=json", "--lang", "zh"], json);
        assert_eq!(text(&zh.stdout), library_report(json, Lang::Zh));
    }
    for args in [&["explain"][..], &["explain", "--format", "json"]] {
        assert_eq!(text(&run(args, "").stdout), pretty(ERRORS), "{args:?}");
    }
    let entry = sslvpn_builder::error_code("SslVpnServerPort.Illegal").unwrap();
    let o = run(
        &["explain", "SslVpnServerPort.Illegal", "--format", "json"],
        "",
    );
    assert_eq!(text(&o.stdout), pretty(entry));
    let o = run(&["params", "--format", "json"], "");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(text(&o.stdout), pretty(PARAMS));
    // A later --format wins, as a later --lang does.
    let o = run(&["check", "--format", "text", "--format", "json"], ERRS);
    assert_eq!(text(&o.stdout), library_report(ERRS, Lang::En));
}

#[test]
fn explain_text_is_the_catalogue_entry_for_people() {
    let o = run(
        &["explain", "SslVpnServerPort.Illegal", "--format", "text"],
        "",
    );
    assert_eq!(o.status.code(), Some(0));
    let out = text(&o.stdout);
    let entry = sslvpn_builder::error_code("SslVpnServerPort.Illegal").unwrap();
    assert!(
        out.starts_with("SslVpnServerPort.Illegal  HTTP 400\n"),
        "{out}"
    );
    assert!(out.contains(entry.explanation.en) && out.contains(entry.action.en));
    assert!(out.contains(ui::text("means", Lang::En)));
    assert!(out.contains("port-reserved"), "{out}");
    assert!(!out.contains('\x1b'));

    let zh = text(
        &run(
            &[
                "explain",
                "SslVpnServerPort.Illegal",
                "--format",
                "text",
                "--lang",
                "zh",
            ],
            "",
        )
        .stdout,
    );
    assert!(
        zh.contains(entry.explanation.zh) && zh.contains(entry.action.zh),
        "{zh}"
    );
    assert!(zh.contains(ui::text("todo", Lang::Zh)) && !zh.contains(entry.action.en));

    // Every code, one block each.
    let all = text(&run(&["explain", "--format", "text"], "").stdout);
    for e in ERRORS {
        assert!(
            all.lines()
                .any(|l| l.split_whitespace().next() == Some(e.code)),
            "{} missing",
            e.code
        );
    }
    let server_only = ERRORS.iter().find(|e| e.predicted_by.is_empty()).unwrap();
    let one = text(&run(&["explain", server_only.code, "--format", "text"], "").stdout);
    assert!(one.contains(ui::text("serverOnly", Lang::En)), "{one}");
}

#[test]
fn params_stays_text_unless_json_is_asked() {
    let out = text(&run(&["params"], "").stdout);
    assert!(out.starts_with(&format!("{} ", PARAMS[0].name)), "{out}");
    assert!(!out.trim_start().starts_with('['), "{out}");
    let same = text(&run(&["params", "--format", "text"], "").stdout);
    assert_eq!(out, same);
}

#[test]
fn version() {
    for flag in ["--version", "-V"] {
        let o = run(&[flag], "");
        assert_eq!(o.status.code(), Some(0));
        assert!(o.stderr.is_empty());
        assert_eq!(
            text(&o.stdout),
            format!("sslvpn {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn misspellings_get_a_suggestion_on_one_line() {
    for (args, reason) in [
        (&["chek"][..], "did you mean check?"),
        (&["explian"], "did you mean explain?"),
        (&["check", "--langg", "zh"], "did you mean --lang?"),
        (&["check", "--fromat", "json"], "did you mean --format?"),
        (&["sign", "--signatur", "v1"], "did you mean --signature?"),
        (&["snippet", "--targt", "go"], "did you mean --target?"),
        (&["check", "--format", "jsn"], "did you mean json?"),
        (&["completions", "bsh"], "did you mean bash?"),
    ] {
        assert_one_line_error(&run(args, ""), reason);
    }
    assert_one_line_error(&run(&["completions"], ""), "missing <SHELL>");
    assert_one_line_error(&run(&["check", "--format"], ""), "--format needs a value");
    assert_one_line_error(&run(&["explain", "A", "B"], ""), "at most one error code");
}

#[test]
fn completions_for_every_shell() {
    let bash = run(&["completions", "bash"], "");
    assert_eq!(bash.status.code(), Some(0));
    assert!(bash.stderr.is_empty());
    let script = text(&bash.stdout);
    assert!(
        script.contains("_sslvpn") && script.contains("complete"),
        "{script}"
    );
    for word in [
        "check", "explain", "params", "snippet", "sign", "--lang", "en zh", "v1 v3",
    ] {
        assert!(script.contains(word), "bash completion lacks {word}");
    }
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let o = run(&["completions", shell], "");
        assert_eq!(o.status.code(), Some(0), "{shell}");
        assert!(text(&o.stdout).contains("sslvpn"), "{shell}");
    }
}

#[test]
fn help_is_whole_and_exits_0() {
    for args in [
        &["check", "--help"][..],
        &["help", "check"],
        &["explain", "--help"],
        &["params", "--help"],
        &["snippet", "--help"],
        &["sign", "--help"],
        &["completions", "--help"],
        &["help", "completions"],
    ] {
        let o = run(args, "");
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(o.stderr.is_empty(), "{args:?}");
        let help = text(&o.stdout);
        assert!(help.starts_with("Usage: sslvpn "), "{args:?}: {help}");
        assert!(help.lines().count() > 8, "{args:?}: {help}");
        assert!(help.contains("--help"), "{args:?}");
    }
    let top = text(&run(&["--help"], "").stdout);
    assert!(top.contains("  completions "), "{top}");
    assert!(top.contains("--version"), "{top}");
}

/// On a real terminal (a pseudo-terminal from util-linux `script`): text
/// with colour by default; no colour with NO_COLOR; JSON when asked.
#[test]
fn a_terminal_gets_colour_unless_no_color() {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("no util-linux script: skipped");
        return;
    }
    let input = tmp("errs.json");
    std::fs::write(&input, ERRS).unwrap();
    let on_tty = |args: &str, no_color: bool| -> String {
        let mut cmd = Command::new(script);
        cmd.args(["-q", "-e", "-c"])
            .arg(format!("'{BIN}' {args}"))
            .arg("/dev/null")
            .env("TERM", "xterm")
            .env_remove("NO_COLOR")
            .stdin(Stdio::null());
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let o = cmd.output().unwrap();
        text(&o.stdout).replace("\r\n", "\n")
    };
    let path = input.to_str().unwrap();
    let coloured = on_tty(&format!("check '{path}'"), false);
    if !coloured.contains("SslVpnServerPort.Illegal") {
        eprintln!("script gave no terminal here ({coloured:?}): skipped");
        return;
    }
    assert!(coloured.contains("\x1b["), "{coloured:?}");
    assert!(!coloured.trim_start().starts_with('{'), "{coloured}");

    let plain = on_tty(&format!("check '{path}'"), true);
    assert!(
        plain.contains("SslVpnServerPort.Illegal  HTTP 400"),
        "{plain:?}"
    );
    assert!(!plain.contains('\x1b'), "{plain:?}");

    let json = on_tty(&format!("check --format json '{path}'"), false);
    assert_eq!(json, library_report(ERRS, Lang::En));
    assert!(on_tty("explain InvalidName", false).contains("\x1b["));
}
