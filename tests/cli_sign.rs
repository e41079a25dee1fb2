//! `sslvpn sign`: output and exit codes of the built binary.
#![cfg(not(target_arch = "wasm32"))] // reads files, runs the CLI, uses serde_json

use serde_json::Value as Json;
use sslvpn_builder::signing::is_valid_timestamp;

mod common;

use common::sig::{v1_signature, v3_authorization};
use std::io::Write;
use std::process::{Command, Output, Stdio};

const SECRET: &str = "cli-secret-never-printed";
const VALID: &str = r#"{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3",
    "ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8","Name":"测试 a+b*c~d'e"}"#;

fn run(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sslvpn"));
    cmd.arg("sign").args(args);
    for var in [
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
    ] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("sslvpn runs");
    // The command may exit before reading (bad options): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(!all.contains(SECRET), "the secret was printed");
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

const CREDS: [(&str, &str); 2] = [
    ("ALIBABA_CLOUD_ACCESS_KEY_ID", "cli-id"),
    ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET),
];

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn decode_pairs(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (decode(k), decode(v))
        })
        .collect()
}

/// Every SDK-generated vector, through the CLI: same URL, body, signature.
#[test]
fn cli_reproduces_sdk_vectors() {
    let text_json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/sdk.json"
    ))
    .unwrap();
    let all: Json = serde_json::from_str(&text_json).unwrap();
    for v in all["sign"].as_array().unwrap() {
        let c = &v["credentials"];
        let mut env = vec![
            (
                "ALIBABA_CLOUD_ACCESS_KEY_ID",
                c["accessKeyId"].as_str().unwrap(),
            ),
            (
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                c["accessKeySecret"].as_str().unwrap(),
            ),
        ];
        if let Some(t) = c["securityToken"].as_str() {
            env.push(("ALIBABA_CLOUD_SECURITY_TOKEN", t));
        }
        let args = [
            "--json",
            "--signature",
            v["scheme"].as_str().unwrap(),
            "--method",
            v["method"].as_str().unwrap(),
            "--endpoint",
            v["endpoint"].as_str().unwrap(),
            "--timestamp",
            v["timestamp"].as_str().unwrap(),
            "--nonce",
            v["nonce"].as_str().unwrap(),
        ];
        let out = run(&args, &env, &v["input"].to_string());
        let name = v["name"].as_str().unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
        let got: Json = serde_json::from_slice(&out.stdout).unwrap();
        let e = &v["expected"];
        for key in [
            "url",
            "body",
            "canonical",
            "stringToSign",
            "signature",
            "host",
        ] {
            assert_eq!(got[key], e[key], "{name}: {key}");
        }
        assert_eq!(got["scheme"], v["scheme"]);
        assert_eq!(got["method"], v["method"]);
        assert_eq!(got["nonce"], v["nonce"]);
        let expires = if v["scheme"] == "v1" { 1860 } else { 900 };
        assert_eq!(got["expiresInSeconds"], expires);
    }
}

/// v1 defaults to GET and prints only the URL, whose signature recomputes.
#[test]
fn v1_prints_a_recomputable_url() {
    let out = run(&["--signature", "v1", "-"], &CREDS, VALID);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1);
    let url = stdout.trim_end();
    let query = url
        .strip_prefix("https://vpc.cn-hangzhou.aliyuncs.com/?")
        .expect("regional endpoint by default");
    let mut params = decode_pairs(query);
    let (k, signature) = params.pop().unwrap();
    assert_eq!(k, "Signature");
    let get = |n: &str| params.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    assert_eq!(get("Name").as_deref(), Some("测试 a+b*c~d'e"));
    assert_eq!(get("AccessKeyId").as_deref(), Some("cli-id"));
    assert!(is_valid_timestamp(&get("Timestamp").unwrap()));
    let nonce = get("SignatureNonce").unwrap();
    assert!(
        nonce.len() == 36 && nonce.as_bytes()[14] == b'4',
        "UUID v4: {nonce}"
    );
    assert_eq!(v1_signature("GET", &params, SECRET), signature);
    assert_eq!(get("SecurityToken"), None);
}

/// v3 defaults to POST and prints method + URL, then one header per line.
#[test]
fn v3_prints_a_recomputable_request() {
    let env = [
        CREDS[0],
        CREDS[1],
        ("ALIBABA_CLOUD_SECURITY_TOKEN", "sts-token+/="),
    ];
    let out = run(&["--endpoint", "central"], &env, VALID);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let mut lines = stdout.lines();
    let first = lines.next().unwrap();
    let url = first
        .strip_prefix("POST https://vpc.aliyuncs.com/?")
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (n, v) = l.split_once(": ").unwrap();
            (n.to_owned(), v.to_owned())
        })
        .collect();
    let (auth_name, auth) = headers.last().unwrap();
    assert_eq!(auth_name, "Authorization");
    let get = |n: &str| {
        headers
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("host"), Some("vpc.aliyuncs.com"));
    assert_eq!(get("x-acs-security-token"), Some("sts-token+/="));
    assert!(is_valid_timestamp(get("x-acs-date").unwrap()));
    let signed: Vec<(String, String)> = headers
        .iter()
        .filter(|(n, _)| n != "Authorization")
        .cloned()
        .collect();
    let query = decode_pairs(url);
    assert_eq!(
        &v3_authorization("POST", &query, &signed, "cli-id", SECRET),
        auth
    );
}

#[test]
fn request_with_errors_prints_the_report_and_exits_1() {
    let out = run(&[], &CREDS, r#"{"RegionId":"cn-hangzhou","Port":443}"#);
    assert_eq!(out.status.code(), Some(1));
    let report: Json = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["valid"], false);
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["field"] == "VpnGatewayId" && f["rule"] == "required"));
}

#[test]
fn missing_credentials_exit_2() {
    for env in [&[][..], &CREDS[..1], &CREDS[1..]] {
        let out = run(&[], env, VALID);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert_eq!(err.lines().count(), 1);
        assert!(err.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), "{err}");
    }
}

#[test]
fn unusable_options_exit_2_with_one_line() {
    for args in [
        &["--timestamp", "2024-02-30T00:00:00Z"][..],
        &["--timestamp", "2024-01-01 00:00:00"],
        &["--nonce", "has space"],
        &["--endpoint", "https://vpc.aliyuncs.com/"],
        &["--signature", "v2"],
        &["--method", "PUT"],
        &["--lang", "fr"],
        &["--bogus"],
    ] {
        let out = run(args, &CREDS, VALID);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(text(&out.stderr).lines().count(), 1, "{args:?}");
    }
    let out = run(&[], &CREDS, "not json");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--lang", "zh", "--timestamp", "x"], &CREDS, VALID);
    assert!(text(&out.stderr).contains("时间戳"));
}

#[test]
fn help_works() {
    let out = run(&["--help"], &[], "");
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(help.contains("--signature v1|v3") && help.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
}
