//! `sslvpn snippet`: output, exit codes and the curl path, through the real binary.
#![cfg(not(target_arch = "wasm32"))]

use sslvpn_builder::signing::{sign, Credentials, SignOptions};
use sslvpn_builder::{check, snippet, Input, Lang};
use std::io::Write;
use std::process::{Command, Output, Stdio};

const VALID: &str = r#"{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8","Name":"it's"}"#;
const BAD: &str = r#"{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8","Port":"abc"}"#;

fn sslvpn(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sslvpn"));
    cmd.arg("snippet").args(args);
    for k in [
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
    ] {
        cmd.env_remove(k);
    }
    cmd.envs(env.iter().copied());
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Usage errors exit before reading: a broken pipe here is expected.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

#[test]
fn list_names_every_target_with_its_install_note() {
    let out = sslvpn(&["--list"], "", &[]);
    assert_eq!(out.status.code(), Some(0));
    let listed: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_owned())
        .collect();
    let ids: Vec<&str> = snippet::TARGETS.iter().map(|t| t.id).collect();
    assert_eq!(listed, ids);
    assert!(text(&out.stdout).contains("alibabacloud_vpc20160428==7.2.2"));
}

#[test]
fn a_valid_request_prints_the_libraries_snippet_and_exits_0() {
    for t in snippet::TARGETS.iter().filter(|t| t.id != "curl") {
        let out = sslvpn(&["--lang", t.id, "-"], VALID, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", t.id);
        let input: Input = serde_json::from_str(VALID).unwrap();
        let want = snippet::render(
            t.id,
            check(&input, Lang::En).request(),
            false,
            &Default::default(),
        )
        .unwrap();
        assert_eq!(text(&out.stdout), want, "{}", t.id);
        assert!(out.stderr.is_empty());
    }
}

#[test]
fn a_request_with_errors_still_prints_its_snippet_and_exits_1() {
    let out = sslvpn(&["--lang", "java"], BAD, &[]);
    assert_eq!(out.status.code(), Some(1));
    let code = text(&out.stdout);
    assert!(
        code.starts_with("// WARNING: this request has errors"),
        "{code}"
    );
    assert!(code.contains(".setPort(\"abc\")"), "{code}");
}

#[test]
fn usage_problems_exit_2_with_one_line() {
    for (args, stdin) in [
        (&["--lang", "cobol"][..], VALID),
        (&[][..], VALID),
        (&["--lang", "python"][..], "not json"),
        (&["--lang", "python", "--bogus"][..], VALID),
    ] {
        let out = sslvpn(args, stdin, &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert_eq!(text(&out.stderr).lines().count(), 1, "{args:?}");
    }
    let help = sslvpn(&["--help"], "", &[]);
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("Exit codes: 0 snippet printed"));
}

#[test]
fn curl_signs_with_the_environments_credentials() {
    let env = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-cli"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "cli-secret-value"),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", "sts-cli"),
    ];
    let args = [
        "--lang",
        "curl",
        "--timestamp",
        "2026-01-02T03:04:05Z",
        "--nonce",
        "n-cli",
    ];
    let out = sslvpn(&args, VALID, &env);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let input: Input = serde_json::from_str(VALID).unwrap();
    let valid = check(&input, Lang::En).into_valid().unwrap();
    let creds = Credentials {
        access_key_id: "LTAI-cli".into(),
        access_key_secret: "cli-secret-value".into(),
        security_token: Some("sts-cli".into()),
    };
    let opts = SignOptions::from_text(None, None, None, "2026-01-02T03:04:05Z", "n-cli").unwrap();
    let signed = sign(&valid, &creds, &opts).unwrap();
    let want = snippet::render(
        "curl",
        &valid,
        false,
        &snippet::Options {
            signed: Some(&signed),
            ..Default::default()
        },
    )
    .unwrap();
    let got = text(&out.stdout);
    assert_eq!(got, want);
    assert!(!got.contains("cli-secret-value"));
    assert!(got.contains("-X POST") && got.contains("x-acs-security-token: sts-cli"));

    // The signature and method chosen are the ones curl sends.
    let v1 = sslvpn(&[&args[..], &["--signature", "v1"]].concat(), VALID, &env);
    let v1 = text(&v1.stdout);
    assert!(
        v1.contains("-X GET") && v1.contains("SecurityToken=sts-cli"),
        "{v1}"
    );
    assert!(!v1.contains("x-acs-"), "{v1}");

    // No credentials: exit 2. A request with errors: exit 1 with the report, as `sign` does.
    let none = sslvpn(&args, VALID, &[]);
    assert_eq!(none.status.code(), Some(2));
    let bad = sslvpn(&args, BAD, &env);
    assert_eq!(bad.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&bad.stdout).unwrap();
    assert_eq!(report["valid"], false);
}
