//! The SSL-VPN server family from one engine: every operation checks, signs
//! with its own action (both schemes, recomputed independently), renders
//! every snippet target with its own SDK names, and is reachable from the
//! CLI with `--operation`. The rule cases of the family are rows of the
//! shared table (tests/common, checked by tests/rules.rs).
#![cfg(not(target_arch = "wasm32"))] // runs the CLI, uses serde_json

mod common;

use common::sig::{v1_signature, v3_authorization};
use common::{family_base, family_with, s, Rng};
use serde_json::Value as Json;
use sslvpn_builder::operation::{Operation, CREATE_SSL_VPN_SERVER, OPERATIONS};
use sslvpn_builder::signing::{sign, Credentials, Endpoint, Method, Scheme, SignOptions};
use sslvpn_builder::snippet::{self, TARGETS};
use sslvpn_builder::{Input, Lang, Value};
use std::io::Write;
use std::process::{Command, Output, Stdio};

const SECRET: &str = "family-secret";

fn family() -> impl Iterator<Item = &'static Operation> {
    OPERATIONS
        .iter()
        .copied()
        .filter(|o| *o != &CREATE_SSL_VPN_SERVER)
}

fn creds() -> Credentials {
    Credentials {
        access_key_id: "family-id".into(),
        access_key_secret: SECRET.into(),
        security_token: None,
    }
}

/// A valid request of `op` with every parameter it takes that the family
/// rows do not exercise already.
fn full(op: &Operation) -> Input {
    let extra: &[(&str, Value)] = match op.action {
        "ModifySslVpnServer" => &[
            ("Name", s("renamed 服务端")),
            ("Port", Value::Int(1195)),
            ("Proto", s("UDP")),
            ("Compress", Value::Bool(true)),
            ("ClientToken", s("t-1")),
        ],
        "DescribeSslVpnServers" => &[
            ("VpnGatewayId", s("vpn-bp1hgim8by0kc9nga5lg3")),
            ("PageNumber", Value::Int(2)),
            ("PageSize", s("50")),
        ],
        _ => &[("ClientToken", s("t-1"))],
    };
    family_with(op, extra)
}

#[test]
fn every_operation_has_its_table_and_required_parameters() {
    let names: Vec<&str> = OPERATIONS.iter().map(|o| o.action).collect();
    assert_eq!(names, sslvpn_builder::operation::NAMES);
    // The page's first module reads the names from its words.
    for lang in [Lang::En, Lang::Zh] {
        assert_eq!(
            sslvpn_builder::ui::text("operations", lang),
            names.join(" ")
        );
    }
    assert_eq!(
        names,
        [
            "CreateSslVpnServer",
            "ModifySslVpnServer",
            "DeleteSslVpnServer",
            "DescribeSslVpnServers"
        ]
    );
    for op in OPERATIONS {
        assert_eq!(op.params[0].name, "Action");
        assert_eq!(op.params[0].allowed, [op.action]);
        assert_eq!(op.version, "2016-04-28");
        let required: Vec<&str> = op
            .params
            .iter()
            .filter(|p| p.required && p.name != "Action")
            .map(|p| p.name)
            .collect();
        let want: &[&str] = match op.action {
            "CreateSslVpnServer" => &["RegionId", "VpnGatewayId", "ClientIpPool", "LocalSubnet"],
            "DescribeSslVpnServers" => &["RegionId"],
            _ => &["RegionId", "SslVpnServerId"],
        };
        assert_eq!(required, want, "{}", op.action);
        for owner in [
            "OwnerId",
            "OwnerAccount",
            "ResourceOwnerId",
            "ResourceOwnerAccount",
        ] {
            assert!(
                op.param(owner).is_some_and(|p| p.hidden),
                "{}: {owner}",
                op.action
            );
        }
        for code in op.codes {
            assert!(sslvpn_builder::error_code(code).is_some(), "{code}");
        }
    }
    // The importer knows every parameter name by Create's table and this list.
    let mut union: Vec<&str> = OPERATIONS
        .iter()
        .flat_map(|o| o.params.iter().map(|p| p.name))
        .collect();
    union.sort_unstable();
    union.dedup();
    let mut known: Vec<&str> = sslvpn_builder::PARAMS.iter().map(|p| p.name).collect();
    known.extend(sslvpn_builder::operation::FAMILY_PARAMS);
    known.sort_unstable();
    assert_eq!(union, known);
    let describe = sslvpn_builder::operation::operation("DescribeSslVpnServers").unwrap();
    assert_eq!(describe.param("PageSize").unwrap().default, Some("10"));
    // Modify sends only what is set: no defaults that would look like values.
    let modify = sslvpn_builder::operation::operation("ModifySslVpnServer").unwrap();
    // (DryRun's false is about the call, not a setting of the server.)
    for p in modify
        .params
        .iter()
        .filter(|p| !matches!(p.name, "Action" | "DryRun"))
    {
        assert_eq!(p.default, None, "Modify's {} has a default", p.name);
    }
    assert!(
        modify.param("VpnGatewayId").is_none(),
        "the gateway cannot change"
    );
}

#[test]
fn each_operation_signs_with_its_own_action_v1_and_v3_recomputed() {
    for op in family() {
        let checked = op.check(&full(op), Lang::En);
        assert!(
            checked.report().valid(),
            "{}: {:#?}",
            op.action,
            checked.report()
        );
        let valid = checked.into_valid().unwrap();
        let pairs = |extra: &[(&str, &str)]| -> Vec<(String, String)> {
            let mut all: Vec<(String, String)> = valid
                .params()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            all.extend(
                extra
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
            );
            all
        };
        for method in [Method::Get, Method::Post] {
            let opts = SignOptions {
                scheme: Scheme::V1,
                method,
                endpoint: Endpoint::Regional,
                timestamp: "2026-11-27T10:00:00Z".into(),
                nonce: "family-nonce".into(),
            };
            let signed = sign(&valid, &creds(), &opts).unwrap();
            let all = pairs(&[
                ("AccessKeyId", "family-id"),
                ("Action", op.action),
                ("Format", "JSON"),
                ("SignatureMethod", "HMAC-SHA1"),
                ("SignatureNonce", "family-nonce"),
                ("SignatureVersion", "1.0"),
                ("Timestamp", "2026-11-27T10:00:00Z"),
                ("Version", "2016-04-28"),
            ]);
            assert_eq!(
                signed.signature,
                v1_signature(method.as_str(), &all, SECRET),
                "{} V1 {method:?}",
                op.action
            );
            assert!(signed.canonical.contains(&format!("Action={}&", op.action)));
        }
        let opts = SignOptions {
            scheme: Scheme::V3,
            method: Method::Post,
            endpoint: Endpoint::Regional,
            timestamp: "2026-11-27T10:00:00Z".into(),
            nonce: "family-nonce".into(),
        };
        let signed = sign(&valid, &creds(), &opts).unwrap();
        let header = |name: &str| {
            signed
                .headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
                .unwrap()
        };
        assert_eq!(header("x-acs-action"), op.action);
        let signed_headers: Vec<(String, String)> = signed
            .headers
            .iter()
            .filter(|(k, _)| k != "Authorization")
            .cloned()
            .collect();
        assert_eq!(
            header("Authorization"),
            v3_authorization("POST", &pairs(&[]), &signed_headers, "family-id", SECRET),
            "{} V3",
            op.action
        );
    }
}

#[test]
fn every_target_renders_every_operation_with_its_names() {
    for op in family() {
        let checked = op.check(&full(op), Lang::En);
        let snake: String = op
            .action
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let sep = (i > 0 && c.is_ascii_uppercase()).then_some('_');
                sep.into_iter()
                    .chain(std::iter::once(c.to_ascii_lowercase()))
            })
            .collect();
        let camel = format!("{}{}", op.action[..1].to_lowercase(), &op.action[1..]);
        for t in TARGETS.iter().filter(|t| t.id != "curl") {
            for lang in [Lang::En, Lang::Zh] {
                let opts = snippet::Options {
                    lang,
                    ..Default::default()
                };
                let code = snippet::render(t.id, checked.request(), false, &opts).unwrap();
                assert!(
                    !code.contains("CreateSslVpnServer") && !code.contains("createSslVpnServer"),
                    "{} {}: names Create\n{code}",
                    op.action,
                    t.id
                );
                let expect = match t.id {
                    "python" => format!("client.{snake}(request)"),
                    "typescript" | "php" => format!("{camel}("),
                    "java" => format!("client.{camel}(request)"),
                    "go" | "csharp" => format!("client.{}(request)", op.action),
                    "cli" => format!("aliyun vpc {}", op.action),
                    "powershell" => format!("aliyun vpc {}", op.action),
                    // Terraform and ROS say what they cannot express.
                    _ => op.action.to_owned(),
                };
                assert!(
                    code.contains(&expect),
                    "{} {}: no {expect}\n{code}",
                    op.action,
                    t.id
                );
                if matches!(
                    t.id,
                    "python" | "java" | "go" | "csharp" | "php" | "typescript"
                ) {
                    assert!(code.contains(&format!("{}Request", op.action)), "{}", t.id);
                    let sid = "vss-bp18q7hzj6largv4v1abcd";
                    assert_eq!(
                        code.contains(sid),
                        op.action != "DescribeSslVpnServers" || code.contains("SslVpnServerId"),
                        "{}",
                        t.id
                    );
                }
            }
        }
    }
}

#[test]
fn random_inputs_never_panic_on_any_operation() {
    let names: Vec<&str> = OPERATIONS
        .iter()
        .flat_map(|o| o.params.iter().map(|p| p.name))
        .collect();
    let values = [
        s(""),
        s(" "),
        s("0"),
        s("-1"),
        s("51"),
        s("vss-"),
        s("vss-abc"),
        s("10.0.0.0/8"),
        s("x\u{0}y"),
        s("测试"),
        Value::Int(0),
        Value::Int(i64::MAX),
        Value::Bool(true),
        Value::Null,
        Value::Float(1.5),
    ];
    let mut rng = Rng(7);
    for _ in 0..3000 {
        let mut input = Input::new();
        for _ in 0..rng.below(8) {
            let name = names[rng.below(names.len())];
            input.insert(name.to_owned(), values[rng.below(values.len())].clone());
        }
        for op in OPERATIONS {
            let checked = op.check(&input, Lang::En);
            let report = checked.report().clone();
            for f in report.findings() {
                if let Some(code) = f.code {
                    assert!(op.documents(code), "{}: {code} not documented", op.action);
                }
            }
            for t in TARGETS.iter().filter(|t| t.id != "curl") {
                let opts = snippet::Options::default();
                snippet::render(t.id, checked.request(), !report.valid(), &opts).unwrap();
            }
            if let Ok(valid) = checked.into_valid() {
                let opts = SignOptions {
                    scheme: Scheme::V3,
                    method: Method::Post,
                    endpoint: Endpoint::Central,
                    timestamp: "2026-11-27T10:00:00Z".into(),
                    nonce: "n".into(),
                };
                sign(&valid, &creds(), &opts).unwrap();
            }
        }
    }
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sslvpn"))
        .args(args)
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "family-id")
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
        .env_remove("ALIBABA_CLOUD_SECURITY_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sslvpn runs");
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn json_of(input: &Input) -> String {
    let map: serde_json::Map<String, Json> = input
        .iter()
        .map(|(k, v)| {
            let j = match v {
                Value::Str(t) => Json::from(t.as_str()),
                Value::Int(i) => Json::from(*i),
                Value::Bool(b) => Json::from(*b),
                _ => Json::Null,
            };
            (k.clone(), j)
        })
        .collect();
    Json::Object(map).to_string()
}

#[test]
fn the_cli_takes_the_operation_on_every_command() {
    for op in family() {
        let input = json_of(&full(op));
        let name = op.action;
        let check = run(&["check", "--operation", name, "--format", "json"], &input);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&check.stdout)
        );
        let report: Json = serde_json::from_slice(&check.stdout).unwrap();
        assert_eq!(report["valid"], true);
        // The same input as CreateSslVpnServer lacks its required parameters.
        let create = run(&["check", "--format", "json"], &input);
        assert_eq!(create.status.code(), Some(1), "{name} as Create");

        let signed = run(&["sign", "--operation", name, "--signature", "v1"], &input);
        assert_eq!(signed.status.code(), Some(0));
        let url = String::from_utf8(signed.stdout).unwrap();
        assert!(url.contains(&format!("Action={name}&")), "{url}");

        let code = run(&["snippet", "--operation", name, "--target", "go"], &input);
        assert!(String::from_utf8(code.stdout)
            .unwrap()
            .contains(&format!("client.{name}(request)")));

        let params = run(&["params", "--operation", name, "--format", "json"], "");
        let table: Json = serde_json::from_slice(&params.stdout).unwrap();
        let wire: Vec<&str> = table
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(wire, op.params.iter().map(|p| p.name).collect::<Vec<_>>());

        let codes = run(&["explain", "--operation", name, "--format", "json"], "");
        let all: Json = serde_json::from_slice(&codes.stdout).unwrap();
        let listed: Vec<&str> = all
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["code"].as_str().unwrap())
            .collect();
        assert_eq!(listed.len(), op.codes.len(), "{name}: {listed:?}");
        assert!(listed.iter().all(|c| op.codes.contains(c)));
    }
    // A code documented for Create only, asked of Delete.
    let out = run(
        &[
            "explain",
            "--operation",
            "DeleteSslVpnServer",
            "ClientIpPool.NetmaskInvalid",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("not a documented DeleteSslVpnServer error code"));
    let bad = run(&["check", "--operation", "DeleteVpc"], "{}");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr)
        .contains("--operation must be one of CreateSslVpnServer"));
    // The base requests stay valid (the rows in tests/common build on them).
    for op in family() {
        assert!(
            op.validate(&family_base(op), Lang::Zh).valid(),
            "{}",
            op.action
        );
    }
}

#[test]
fn share_links_and_imports_carry_the_operation() {
    use sslvpn_builder::import::{import, share_fragment};
    for op in family() {
        let input = full(op);
        for lang in [Lang::En, Lang::Zh] {
            let fragment = share_fragment(op, &input, lang);
            assert!(
                fragment.contains(&format!("&operation={}&", op.action)),
                "{fragment}"
            );
            let back = import(&format!("#{fragment}"), Lang::En, None).unwrap();
            assert_eq!((back.format, back.operation), ("share-link", op.action));
            for (k, v) in &input {
                let text = match v {
                    Value::Str(t) => t.clone(),
                    Value::Int(i) => i.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => unreachable!(),
                };
                assert_eq!(
                    back.params[k],
                    Value::from(text.as_str()),
                    "{}: {k}",
                    op.action
                );
            }
        }
        // The aliyun command, the V1 URL and the V3 request it prints read back
        // as the same operation.
        let checked = op.check(&input, Lang::En);
        let cli = snippet::render("cli", checked.request(), false, &Default::default()).unwrap();
        let got = import(&cli, Lang::En, None).unwrap();
        assert_eq!((got.format, got.operation), ("aliyun-cli", op.action));
        assert_eq!(got.params.len(), input.len(), "{cli}");
        let valid = checked.into_valid().unwrap();
        for scheme in [Scheme::V1, Scheme::V3] {
            let opts = SignOptions {
                scheme,
                method: Method::Post,
                endpoint: Endpoint::Regional,
                timestamp: "2026-11-27T10:00:00Z".into(),
                nonce: "n-1".into(),
            };
            let signed = sign(&valid, &creds(), &opts).unwrap();
            let got = import(&signed.text(), Lang::En, Some(&creds())).unwrap();
            assert_eq!(got.operation, op.action, "{scheme:?}");
            assert!(
                got.verdict_message.is_some(),
                "{}: a signed request is re-verified",
                op.action
            );
            assert_eq!(
                format!("{:?}", got.verdict),
                "Some(Match)",
                "{} {scheme:?}",
                op.action
            );
        }
    }
    // Every SDK snippet of every operation reads back as that operation with
    // the same parameters.
    for op in family() {
        let input = full(op);
        let checked = op.check(&input, Lang::En);
        for target in ["python", "typescript", "java", "go", "php", "csharp"] {
            let code =
                snippet::render(target, checked.request(), false, &Default::default()).unwrap();
            let got = import(&code, Lang::En, None)
                .unwrap_or_else(|e| panic!("{} {target}: {e}\n{code}", op.action));
            assert_eq!((got.format, got.operation), (target, op.action));
            let want: Vec<(&str, &str)> = checked.request().params().collect();
            let mut back: Vec<(String, String)> = got
                .params
                .iter()
                .map(|(k, v)| {
                    let text = match v {
                        Value::Str(t) => t.clone(),
                        Value::Int(i) => i.to_string(),
                        Value::Bool(b) => b.to_string(),
                        other => format!("{other:?}"),
                    };
                    (k.clone(), text)
                })
                .collect();
            back.sort();
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
            assert_eq!(back, want, "{} {target}", op.action);
        }
    }
    // Create's links stay as they were: no operation= in them.
    let create = share_fragment(&CREATE_SSL_VPN_SERVER, &common::base(), Lang::En);
    assert!(!create.contains("operation="));
    assert_eq!(
        import(&format!("#{create}"), Lang::En, None)
            .unwrap()
            .operation,
        "CreateSslVpnServer"
    );
    // An operation the family does not have.
    let e = import(
        "#lang=en&operation=DeleteVpc&RegionId=cn-hangzhou",
        Lang::En,
        None,
    )
    .unwrap_err();
    assert_eq!(e.code, "other-action");
    let e = import(
        "aliyun vpc DeleteVpc --RegionId cn-hangzhou",
        Lang::En,
        None,
    )
    .unwrap_err();
    assert_eq!(e.code, "other-action");
}

/// The catalogue is one list for every operation; the page shows each
/// operation the codes it documents. What a code tells the user to do must
/// hold for every operation that documents it: no other operation's RAM
/// action, and nothing about creating for an operation that creates nothing.
#[test]
fn every_documented_code_is_worded_for_its_operation() {
    for op in OPERATIONS {
        for code in op.codes {
            let e = sslvpn_builder::error_code(code).unwrap_or_else(|| panic!("{code}"));
            for text in [e.explanation.en, e.explanation.zh, e.action.en, e.action.zh] {
                for other in OPERATIONS.iter().filter(|o| o.action != op.action) {
                    assert!(
                        !text.contains(other.action),
                        "{} {code}: names {}: {text}",
                        op.action,
                        other.action
                    );
                }
            }
            if op.action != CREATE_SSL_VPN_SERVER.action {
                // The explanation of a code seen only outside Create may say so.
                let texts = [e.action.en, e.action.zh, e.explanation.en, e.explanation.zh];
                for text in texts
                    .into_iter()
                    .filter(|t| !t.contains("not on Create") && !t.contains("创建时不会出现"))
                {
                    assert!(
                        !text.to_lowercase().contains("creat") && !text.contains("创建"),
                        "{} {code}: worded for Create: {text}",
                        op.action
                    );
                }
            }
        }
    }
}
