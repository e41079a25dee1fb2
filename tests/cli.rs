//! The `sslvpn` binary: exit codes, stdin and files, help, languages, and
//! that `check` prints exactly the library's report.

// Native only: uses serde_json (and, for the CLI, processes).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::has_cjk;
use sslvpn_builder::{validate, Input, Lang, Shape};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_sslvpn");

const VALID: &str = r#"{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8"}"#;
const WARNS: &str = r#"{"RegionId":"cn-hangzou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8, 172.16.0.0/16"}"#;
const ERRS: &str = r#"{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/30","LocalSubnet":"10.0.0.0/8","Port":443,"Compress":"True"}"#;

/// Runs the binary with `stdin` as standard input.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sslvpn");
    // The child may exit before reading (usage errors): ignore a broken pipe.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A file in Cargo's scratch directory for integration tests.
fn temp_file(name: &str, content: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// Exit 2 with nothing on stdout and one line `sslvpn: <reason>` on stderr.
fn assert_usage_error(o: &Output, reason: &str) {
    assert_eq!(
        o.status.code(),
        Some(2),
        "stdout {:?} stderr {:?}",
        stdout(o),
        stderr(o)
    );
    assert!(o.stdout.is_empty(), "stdout: {}", stdout(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err:?}");
    assert!(err.starts_with("sslvpn: "), "{err:?}");
    assert!(err.contains(reason), "{err:?} should mention {reason:?}");
}

/// The report the library gives for the same JSON, as JSON.
fn library_report(json: &str, lang: Lang) -> serde_json::Value {
    let input: Input = serde_json::from_str(json).unwrap();
    serde_json::to_value(validate(&input, lang).shape()).unwrap()
}

fn printed_report(o: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).expect("stdout is one JSON document")
}

#[test]
fn valid_request_exits_0() {
    let o = run(&["check"], VALID);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty());
    let report = printed_report(&o);
    assert_eq!(report["valid"], true);
    assert_eq!(report, library_report(VALID, Lang::En));
}

#[test]
fn warnings_still_exit_0() {
    let o = run(&["check", "-"], WARNS);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = printed_report(&o);
    assert_eq!(report["valid"], true);
    let findings = report["findings"].as_array().unwrap();
    assert!(findings
        .iter()
        .any(|f| f["severity"] == "warning" && f["rule"] == "region-unknown"));
    assert_eq!(report, library_report(WARNS, Lang::En));
}

#[test]
fn errors_exit_1_with_the_report() {
    let o = run(&["check"], ERRS);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    let report = printed_report(&o);
    assert_eq!(report["valid"], false);
    assert_eq!(report, library_report(ERRS, Lang::En));
    let port = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "Port")
        .unwrap();
    assert_eq!(port["code"], "SslVpnServerPort.Illegal");
    assert_eq!(port["httpStatus"], 400);
    assert_eq!(port["suggestion"], "1194");
    assert_eq!(port["severity"], "error");
}

#[test]
fn reads_a_file() {
    for (json, code) in [(VALID, 0), (WARNS, 0), (ERRS, 1)] {
        let path = temp_file(
            &format!("input-{code}-{}.json", json.len()),
            json.as_bytes(),
        );
        let o = run(&["check", path.to_str().unwrap()], "");
        assert_eq!(o.status.code(), Some(code), "{}", stderr(&o));
        assert_eq!(printed_report(&o), library_report(json, Lang::En));
    }
}

#[test]
fn lang_zh_prints_chinese_messages() {
    for args in [
        &["check", "--lang", "zh"][..],
        &["check", "--lang=zh-CN"],
        &["check", "-", "--lang", "zh"],
    ] {
        let o = run(args, ERRS);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let report = printed_report(&o);
        assert_eq!(report, library_report(ERRS, Lang::Zh), "{args:?}");
        for f in report["findings"].as_array().unwrap() {
            assert!(has_cjk(f["message"].as_str().unwrap()), "{f}");
        }
    }
    let en = printed_report(&run(&["check", "--lang", "en"], ERRS));
    assert_eq!(en, library_report(ERRS, Lang::En));
}

#[test]
fn unreadable_file_exits_2() {
    let o = run(&["check", "/nonexistent/dir/params.json"], "");
    assert_usage_error(&o, "cannot read /nonexistent/dir/params.json");
    let o = run(&["check", env!("CARGO_TARGET_TMPDIR")], "");
    assert_usage_error(&o, "cannot read");
}

#[test]
fn not_json_exits_2() {
    for text in [
        "",
        "not json",
        "{\"RegionId\":",
        "{'RegionId': 'x'}",
        "{\"Port\": 1e400}",
    ] {
        assert_usage_error(&run(&["check"], text), "not valid JSON");
    }
    let path = temp_file("latin1.json", b"{\"Name\":\"\xe9\"}");
    assert_usage_error(&run(&["check", path.to_str().unwrap()], ""), "cannot read");
}

#[test]
fn not_an_object_exits_2() {
    for text in [
        "[]",
        "[{\"RegionId\":\"cn-hangzhou\"}]",
        "\"x\"",
        "42",
        "null",
        "true",
    ] {
        assert_usage_error(&run(&["check"], text), "must be a JSON object");
    }
}

#[test]
fn unknown_option_exits_2() {
    assert_usage_error(
        &run(&["check", "--langg", "zh"], VALID),
        "unknown option --langg",
    );
    assert_usage_error(&run(&["check", "-x"], VALID), "unknown option -x");
    assert_usage_error(
        &run(&["params", "--verbose"], ""),
        "unknown option --verbose",
    );
}

#[test]
fn bad_lang_exits_2() {
    assert_usage_error(
        &run(&["check", "--lang", "fr"], VALID),
        "--lang must be en or zh",
    );
    assert_usage_error(
        &run(&["check", "--lang="], VALID),
        "--lang must be en or zh",
    );
    assert_usage_error(&run(&["check", "--lang"], VALID), "--lang needs a value");
    assert_usage_error(
        &run(&["params", "--lang", "de"], ""),
        "--lang must be en or zh",
    );
}

#[test]
fn other_usage_errors_exit_2() {
    assert_usage_error(
        &run(&["check", "a.json", "b.json"], ""),
        "at most one input file",
    );
    assert_usage_error(&run(&["frobnicate"], ""), "unknown command");
    assert_usage_error(&run(&["explain", "NoSuch.Code"], ""), "not a documented");
}

/// The top-level help names the whole family and `--operation`, not only
/// CreateSslVpnServer (it said "a CreateSslVpnServer request").
#[test]
fn help_names_every_operation_of_the_family() {
    let help = stdout(&run(&["--help"], ""));
    for op in sslvpn_builder::operation::OPERATIONS {
        assert!(
            help.contains(op.action),
            "{} missing from:\n{help}",
            op.action
        );
    }
    assert!(help.contains("--operation"), "{help}");
}

#[test]
fn help_for_every_command_exits_0() {
    for args in [
        &[][..],
        &["--help"],
        &["-h"],
        &["help"],
        &["check", "--help"],
        &["check", "-h"],
        &["explain", "--help"],
        &["params", "--help"],
    ] {
        let o = run(args, "");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(o.stderr.is_empty(), "{args:?}");
        assert!(
            stdout(&o).starts_with("sslvpn") || stdout(&o).starts_with("Usage: sslvpn"),
            "{args:?}"
        );
    }
    // Every command the top-level usage lists has its own help.
    let usage = stdout(&run(&["--help"], ""));
    for cmd in ["check", "explain", "params"] {
        assert!(
            usage.contains(&format!("  {cmd} ")),
            "{cmd} missing from usage"
        );
        let help = stdout(&run(&[cmd, "--help"], ""));
        assert!(help.starts_with(&format!("Usage: sslvpn {cmd}")), "{help}");
    }
    let check_help = stdout(&run(&["check", "--help"], ""));
    assert!(check_help.contains("Exit codes"));
}

#[test]
fn version_exits_0() {
    let o = run(&["--version"], "");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).trim(),
        format!("sslvpn {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn explain_prints_catalogue_entries() {
    let o = run(&["explain", "SslVpnServerPort.Illegal"], "");
    assert_eq!(o.status.code(), Some(0));
    let entry: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(entry["code"], "SslVpnServerPort.Illegal");
    assert_eq!(entry["httpStatus"], 400);
    assert!(entry["predictedBy"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "port-reserved"));
    let all: serde_json::Value = serde_json::from_str(&stdout(&run(&["explain"], ""))).unwrap();
    assert_eq!(
        all,
        serde_json::to_value(sslvpn_builder::ERRORS.shape()).unwrap()
    );
}

#[test]
fn params_lists_every_parameter() {
    for (lang, probe) in [("en", "Region ID"), ("zh", "地域")] {
        let o = run(&["params", "--lang", lang], "");
        assert_eq!(o.status.code(), Some(0));
        let out = stdout(&o);
        for p in sslvpn_builder::PARAMS {
            assert!(
                out.lines().any(|l| l.starts_with(p.name)),
                "{} missing",
                p.name
            );
        }
        assert!(out.contains(probe), "{lang}");
    }
}

#[test]
fn a_megabyte_input_is_checked_not_echoed() {
    let big = format!(
        r#"{{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8","Port":"{}"}}"#,
        "9".repeat(1 << 20)
    );
    let o = run(&["check"], &big);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        o.stdout.len() < 8 * 1024,
        "the report echoes the input: {} bytes",
        o.stdout.len()
    );
    assert_eq!(printed_report(&o), library_report(&big, Lang::En));
}
