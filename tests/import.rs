//! The importer reads back everything the builder writes, and what people
//! write by hand: every snippet target (valid and invalid requests, every
//! endpoint and signature choice), signed requests (curl, `Signed::text()`,
//! the bare V1 URL) re-verified with the right and wrong credentials, share
//! links, hand-written bash and PowerShell commands, JSON and API errors.
//! Hostile input (random bytes, mutated snippets, 2 MB) never panics.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{has_cjk, Rng, INTERESTING, NASTY};
use sslvpn_builder::import::{
    import, message, share_fragment, verify, Imported, Verdict, ERROR_CODES, NOTE_CODES,
};
use sslvpn_builder::operation::CREATE_SSL_VPN_SERVER;
use sslvpn_builder::signing::{
    sign, Credentials, Endpoint, Method, Scheme, SignOptions, CENTRAL_HOST,
};
use sslvpn_builder::snippet::{self, Options, TARGETS};
use sslvpn_builder::{check, Input, Kind, Lang, Request, Shape, Value, PARAMS};
use std::collections::BTreeMap;

// ---------------------------------------------------------------- corpus

fn random_text(rng: &mut Rng) -> String {
    let len = 1 + rng.below(20);
    (0..len)
        .map(|_| INTERESTING[rng.below(INTERESTING.len())])
        .collect()
}

/// A value for a parameter: mostly plausible, often nasty.
fn value_for(rng: &mut Rng, name: &str) -> String {
    let plausible = match name {
        "RegionId" => ["cn-hangzhou", "eu-central-1", "CN-HANGZHOU", "mars"][rng.below(4)],
        "VpnGatewayId" => "vpn-bp1hgim8by0kc9nga5lg3",
        "ClientIpPool" => ["192.168.1.0/24", "10.0.0.0/8"][rng.below(2)],
        "LocalSubnet" => ["10.0.0.0/8", "172.16.0.0/16,192.168.0.0/24"][rng.below(2)],
        "Proto" => ["TCP", "UDP", "udp"][rng.below(3)],
        "Port" => ["1194", "443", "abc", "0"][rng.below(4)],
        "Cipher" => ["AES-128-CBC", "none"][rng.below(2)],
        "Compress" | "EnableMultiFactorAuth" | "DryRun" => ["true", "false", "True"][rng.below(3)],
        _ => "x",
    };
    match rng.below(3) {
        0 => plausible.to_owned(),
        1 => NASTY[rng.below(NASTY.len())].to_owned(),
        _ => random_text(rng),
    }
}

/// A random input over the table's parameters (Action left out).
fn random_input(rng: &mut Rng) -> Input {
    let mut input = Input::new();
    for p in PARAMS.iter().filter(|p| p.name != "Action") {
        if p.required || rng.below(3) == 0 {
            input.insert(p.name.to_owned(), Value::Str(value_for(rng, p.name)));
        }
    }
    input
}

/// Hand-picked requests: every nasty value in every kind of field.
fn nasty_inputs() -> Vec<Input> {
    let mut out = Vec::new();
    for (i, v) in NASTY.iter().enumerate() {
        let mut input = common::base();
        let field = [
            "Name",
            "ClientToken",
            "DnsServers",
            "IDaaSInstanceId",
            "Port",
            "Compress",
        ][i % 6];
        input.insert(field.to_owned(), Value::from(*v));
        input.insert("Name".to_owned(), Value::from(*v));
        out.push(input);
        let mut region = common::base();
        region.insert("RegionId".to_owned(), Value::from(*v));
        out.push(region);
    }
    out
}

fn requests() -> Vec<(Request, bool)> {
    let mut rng = Rng(0x1A90_57C0_FFEE_0001);
    let mut inputs = nasty_inputs();
    inputs.extend((0..160).map(|_| random_input(&mut rng)));
    inputs.push(common::base());
    inputs
        .iter()
        .map(|i| {
            let checked = check(i, Lang::En);
            let has_errors = !checked.report().valid();
            (checked.request().clone(), has_errors)
        })
        .collect()
}

fn strs(pairs: impl IntoIterator<Item = (String, String)>) -> Input {
    pairs.into_iter().map(|(k, v)| (k, Value::Str(v))).collect()
}

fn wire(request: &Request) -> Input {
    strs(request.params().map(|(k, v)| (k.to_owned(), v.to_owned())))
}

// ---------------------------------------------------------------- snippets

const TERRAFORM: &[&str] = &[
    "VpnGatewayId",
    "Name",
    "ClientIpPool",
    "LocalSubnet",
    "Proto",
    "Cipher",
    "Port",
    "Compress",
];
const ROS: &[&str] = &[
    "VpnGatewayId",
    "ClientIpPool",
    "LocalSubnet",
    "Name",
    "Proto",
    "Port",
    "Cipher",
    "Compress",
    "EnableMultiFactorAuth",
    "IDaaSInstanceId",
    "IDaaSRegionId",
    "IDaaSApplicationId",
];

/// What a target carries of a request.
fn expected_params(target: &str, request: &Request) -> Input {
    let region = request.region_id();
    let all = request.params().map(|(k, v)| (k.to_owned(), v.to_owned()));
    match target {
        "cli" | "powershell" => strs(all.map(|(k, v)| (k, v.replace('\0', "")))),
        "terraform" => {
            strs(all.filter(|(k, _)| k == "RegionId" || TERRAFORM.contains(&k.as_str())))
        }
        "ros" => {
            let plain = !region.is_empty()
                && region
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            strs(all.filter(|(k, _)| ROS.contains(&k.as_str()) || (k == "RegionId" && plain)))
        }
        _ => strs(all),
    }
}

/// The endpoint a snippet of `target` implies.
fn expected_endpoint(target: &str, endpoint: &Endpoint, region: &str) -> Option<String> {
    let classify = |host: &str| {
        let h = host.to_ascii_lowercase();
        if h == CENTRAL_HOST {
            "central".to_owned()
        } else if !region.is_empty()
            && h == format!("vpc.{}.aliyuncs.com", region.to_ascii_lowercase())
        {
            "regional".to_owned()
        } else {
            h
        }
    };
    match (target, endpoint) {
        ("ros", _) => None,
        ("cli" | "powershell" | "terraform", Endpoint::Regional) => Some("regional".into()),
        (_, Endpoint::Regional) if region.is_empty() => Some("central".into()),
        (_, Endpoint::Regional) => Some("regional".into()),
        (_, Endpoint::Central) => Some("central".into()),
        (_, Endpoint::Custom(h)) => Some(classify(h)),
    }
}

fn expected_format(target: &str) -> &'static str {
    match target {
        "cli" => "aliyun-cli",
        "powershell" => "aliyun-powershell",
        "python" => "python",
        "typescript" => "typescript",
        "java" => "java",
        "go" => "go",
        "php" => "php",
        "csharp" => "csharp",
        "terraform" => "terraform",
        "ros" => "ros",
        other => panic!("no format for {other}"),
    }
}

fn show(got: &Input, want: &Input) -> String {
    let mut out = String::new();
    for k in got
        .keys()
        .chain(want.keys())
        .collect::<std::collections::BTreeSet<_>>()
    {
        if got.get(k) != want.get(k) {
            out.push_str(&format!(
                "  {k}: got {:?}, want {:?}\n",
                got.get(k),
                want.get(k)
            ));
        }
    }
    out
}

#[test]
fn every_snippet_target_round_trips() {
    let endpoints = [
        Endpoint::Regional,
        Endpoint::Central,
        Endpoint::Custom("VPC-VPC.cn-hangzhou.aliyuncs.com".into()),
        Endpoint::Custom("localhost:8080".into()),
    ];
    let mut checked = 0;
    let requests = requests();
    assert!(requests.iter().any(|(_, e)| *e) && requests.iter().any(|(_, e)| !*e));
    for (n, (request, has_errors)) in requests.iter().enumerate() {
        for (k, endpoint) in endpoints.iter().enumerate() {
            let scheme = if (n + k) % 2 == 0 {
                Scheme::V3
            } else {
                Scheme::V1
            };
            let method = if (n + k) % 3 == 0 {
                Method::Get
            } else {
                Method::Post
            };
            let lang = if n % 2 == 0 { Lang::En } else { Lang::Zh };
            let opts = Options {
                lang,
                endpoint,
                scheme,
                method,
                signed: None,
            };
            for target in TARGETS.iter().filter(|t| t.id != "curl") {
                let code = snippet::render(target.id, request, *has_errors, &opts).unwrap();
                let got = import(&code, lang, None).unwrap_or_else(|e| {
                    panic!("{}: {e}\n{code}", target.id);
                });
                assert_eq!(got.format, expected_format(target.id), "{code}");
                let want = expected_params(target.id, request);
                assert!(
                    got.params == want,
                    "{} lost values:\n{}\n{code}",
                    target.id,
                    show(&got.params, &want)
                );
                assert_eq!(
                    got.endpoint,
                    expected_endpoint(target.id, endpoint, request.region_id()),
                    "{} endpoint\n{code}",
                    target.id
                );
                let sdk =
                    ["python", "typescript", "java", "go", "php", "csharp"].contains(&target.id);
                assert_eq!(
                    got.signature,
                    sdk.then_some(scheme),
                    "{} scheme\n{code}",
                    target.id
                );
                if matches!(target.id, "terraform" | "ros") {
                    assert!(got.notes.iter().any(|n| n.code == "left-out"), "{code}");
                }
                for note in &got.notes {
                    assert!(
                        matches!(note.code, "cli-flag-ignored" | "left-out"),
                        "{}: unexpected note {note:?}\n{code}",
                        target.id
                    );
                }
                checked += 1;
            }
        }
    }
    println!("{checked} snippets read back");
    assert!(checked > 5000);
}

#[test]
fn the_dns_servers_force_flag_is_a_note_not_a_parameter() {
    let mut input = common::base();
    input.insert("DnsServers".into(), Value::from("100.100.2.136"));
    let req = check(&input, Lang::En).into_valid().unwrap();
    for target in ["cli", "powershell"] {
        let code = snippet::render(target, &req, false, &Options::default()).unwrap();
        assert!(code.contains("--force --DnsServers"));
        let got = import(&code, Lang::Zh, None).unwrap();
        assert_eq!(got.params, wire(&req));
        let note = &got.notes[0];
        assert_eq!(note.code, "cli-flag-ignored");
        assert!(
            note.message.contains("--force") && has_cjk(&note.message),
            "{note:?}"
        );
    }
}

// ---------------------------------------------------------------- signed

fn creds(id: &str, secret: &str, token: Option<&str>) -> Credentials {
    Credentials {
        access_key_id: id.into(),
        access_key_secret: secret.into(),
        security_token: token.map(str::to_owned),
    }
}

fn valid_requests() -> Vec<sslvpn_builder::ValidRequest> {
    let mut out = Vec::new();
    let mut rng = Rng(0xC0FF_EE00_5EED_0002);
    let mut inputs = nasty_inputs();
    inputs.extend((0..200).map(|_| random_input(&mut rng)));
    for input in inputs {
        if let Ok(v) = check(&input, Lang::En).into_valid() {
            out.push(v);
        }
    }
    assert!(out.len() > 40, "only {} valid requests", out.len());
    out
}

#[test]
fn signed_requests_round_trip_and_verify() {
    let choices = [
        (Scheme::V1, Method::Get),
        (Scheme::V1, Method::Post),
        (Scheme::V3, Method::Get),
        (Scheme::V3, Method::Post),
    ];
    let endpoints = [
        Endpoint::Regional,
        Endpoint::Central,
        Endpoint::Custom("vpc-vpc.cn-hangzhou.aliyuncs.com".into()),
    ];
    let mut verified = 0;
    let mut refused = 0;
    for (n, valid) in valid_requests().iter().enumerate() {
        let request: &Request = valid;
        let (scheme, method) = choices[n % 4];
        let endpoint = &endpoints[n % 3];
        let token = (n % 5 == 0).then_some("sts-token/with+odd=chars");
        let right = creds("LTAI5tExampleId", "s3cret+/=", token);
        let opts = SignOptions {
            scheme,
            method,
            endpoint: endpoint.clone(),
            timestamp: "2026-11-25T12:00:00Z".into(),
            nonce: format!("nonce-{n}"),
        };
        // A region that is no host name cannot go to its regional endpoint.
        let Ok(signed) = sign(valid, &right, &opts) else {
            assert!(matches!(endpoint, Endpoint::Regional), "{request:?}");
            refused += 1;
            continue;
        };
        let curl = snippet::render(
            "curl",
            valid,
            false,
            &Options {
                signed: Some(&signed),
                ..Options::default()
            },
        )
        .unwrap();
        let text = signed.text();
        let mut forms = vec![
            ("curl", curl),
            (
                if scheme == Scheme::V1 && method == Method::Get {
                    "v1-url"
                } else {
                    "http-request"
                },
                text,
            ),
        ];
        if scheme == Scheme::V1 && method == Method::Get {
            forms.push(("v1-url", signed.url.clone()));
        }
        for (format, code) in forms {
            let got =
                import(&code, Lang::En, Some(&right)).unwrap_or_else(|e| panic!("{e}\n{code}"));
            assert_eq!(got.format, format, "{code}");
            assert_eq!(
                got.params,
                wire(request),
                "{}\n{code}",
                show(&got.params, &wire(request))
            );
            assert_eq!(got.signature, Some(scheme), "{code}");
            assert_eq!(got.method, Some(method), "{code}");
            let want_endpoint = match endpoint {
                Endpoint::Regional => "regional",
                Endpoint::Central => "central",
                Endpoint::Custom(h) => h.as_str(),
            };
            assert_eq!(got.endpoint.as_deref(), Some(want_endpoint), "{code}");
            let claim = got
                .claim
                .as_ref()
                .unwrap_or_else(|| panic!("no claim\n{code}"));
            assert_eq!(claim.timestamp, "2026-11-25T12:00:00Z");
            assert_eq!(claim.nonce, format!("nonce-{n}"));
            assert_eq!(claim.signature, signed.signature);
            assert_eq!(got.verdict, Some(Verdict::Match), "{code}");
            assert!(got.verdict_message.is_some());
            assert_eq!(verify(claim, &right), Verdict::Match);
            assert_eq!(
                verify(claim, &creds("LTAI5tExampleId", "s3cret+/!", token)),
                Verdict::Mismatch
            );
            assert_eq!(
                verify(claim, &creds("LTAI5tOtherId", "s3cret+/=", token)),
                Verdict::OtherKey
            );
            let signing = [
                "AccessKeyId",
                "Signature",
                "Timestamp",
                "SignatureNonce",
                "Action",
            ];
            if scheme == Scheme::V1 {
                assert_eq!(got.notes[0].code, "signing-params-removed");
                for s in signing {
                    assert!(got.notes[0].message.contains(s), "{:?}", got.notes[0]);
                }
                if token.is_some() {
                    assert!(got.notes[0].message.contains("SecurityToken"));
                }
            } else {
                assert!(got.notes.is_empty(), "{:?}", got.notes);
            }
            // One changed parameter, and the signature no longer matches.
            let tampered = code.replacen("RegionId=", "RegionId=x", 1);
            if tampered != code {
                let t = import(&tampered, Lang::En, Some(&right)).unwrap();
                assert_eq!(t.verdict, Some(Verdict::Mismatch), "{tampered}");
            }
            verified += 1;
        }
    }
    println!("{verified} signed requests verified ({refused} regions not signable)");
    assert!(verified > 100);
}

#[test]
fn a_claim_without_credentials_has_no_verdict() {
    let valid = check(&common::base(), Lang::En).into_valid().unwrap();
    let right = creds("id", "secret", None);
    let opts = SignOptions::from_text(Some("v3"), None, None, "2026-01-01T00:00:00Z", "n").unwrap();
    let text = sign(&valid, &right, &opts).unwrap().text();
    let got = import(&text, Lang::En, None).unwrap();
    assert!(got.claim.is_some() && got.verdict.is_none());
    // A signed header removed from the text: noted, and the signature cannot match.
    let cut: String = text
        .lines()
        .filter(|l| !l.starts_with("x-acs-date"))
        .map(|l| format!("{l}\n"))
        .collect();
    let got = import(&cut, Lang::En, Some(&right)).unwrap();
    assert_eq!(got.notes[0].code, "header-missing");
    assert!(got.notes[0].message.contains("x-acs-date"));
    assert_eq!(got.verdict, Some(Verdict::Mismatch));
    // A V1 URL with a signature but no timestamp: no claim, and a note.
    let got = import(
        "https://vpc.aliyuncs.com/?Action=CreateSslVpnServer&AccessKeyId=id&Signature=abc%3D",
        Lang::En,
        Some(&right),
    )
    .unwrap();
    assert!(got.claim.is_none() && got.verdict.is_none());
    assert!(got.notes.iter().any(|n| n.code == "claim-incomplete"));
    assert_eq!(got.endpoint.as_deref(), Some("central"));
}

#[test]
fn hand_written_curl_and_http() {
    let got = import(
        "$ curl -sS --request POST 'https://vpc.cn-shanghai.aliyuncs.com/' -d 'Action=CreateSslVpnServer&RegionId=cn-shanghai' --data Name=a+b%2Bc -o out.json",
        Lang::En,
        None,
    )
    .unwrap();
    assert_eq!(got.format, "curl");
    assert_eq!(got.method, Some(Method::Post));
    assert_eq!(
        got.params,
        strs([
            ("RegionId".into(), "cn-shanghai".into()),
            ("Name".into(), "a b+c".into())
        ])
    );
    assert_eq!(got.endpoint.as_deref(), Some("regional"));
    assert!(got
        .notes
        .iter()
        .any(|n| n.code == "curl-option-ignored" && n.message.contains("-o")));

    let got = import(
        "POST /?RegionId=cn-hangzhou&Port=1194 HTTP/1.1\r\nHost: vpc.cn-hangzhou.aliyuncs.com\r\nx-acs-action: CreateSslVpnServer\r\n\r\n",
        Lang::En,
        None,
    )
    .unwrap();
    assert_eq!(got.format, "http-request");
    assert_eq!(
        got.params,
        strs([
            ("RegionId".into(), "cn-hangzhou".into()),
            ("Port".into(), "1194".into())
        ])
    );
    assert_eq!(got.endpoint.as_deref(), Some("regional"));
    assert_eq!(got.signature, None);

    let e = import(
        "POST https://vpc.aliyuncs.com/\nx-acs-action: DeleteSslVpnClientCert\nAuthorization: ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=00\n",
        Lang::En,
        None,
    )
    .unwrap_err();
    assert_eq!(e.code, "other-action");
    assert!(e.message.contains("DeleteSslVpnClientCert"));
}

// ---------------------------------------------------------------- share links

#[test]
fn share_links_round_trip() {
    let mut rng = Rng(0x5A4E_0000_0000_0003);
    let mut inputs: Vec<Input> = (0..200).map(|_| random_input(&mut rng)).collect();
    for v in NASTY {
        let mut i = common::base();
        i.insert("Name".into(), Value::from(*v));
        i.insert("Port".into(), Value::Int(1194));
        i.insert("Compress".into(), Value::Bool(true));
        i.insert("DryRun".into(), Value::Bool(false));
        i.insert(format!("Unknown{v}"), Value::from(*v));
        i.insert("Skipped".into(), Value::Null);
        i.insert("Array".into(), Value::Other("array"));
        inputs.push(i);
    }
    for (n, input) in inputs.iter().enumerate() {
        let lang = if n % 2 == 0 { Lang::En } else { Lang::Zh };
        let fragment = share_fragment(&CREATE_SSL_VPN_SERVER, input, lang);
        assert!(fragment.starts_with(if lang == Lang::En {
            "lang=en"
        } else {
            "lang=zh"
        }));
        assert!(
            fragment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.~%=&".contains(&b)),
            "{fragment}"
        );
        let want: Input = input
            .iter()
            .filter_map(|(k, v)| {
                let text = match v {
                    Value::Str(s) => s.clone(),
                    Value::Int(i) => i.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => return None,
                };
                Some((k.clone(), Value::Str(text)))
            })
            .collect();
        let targets = [
            format!("#{fragment}"),
            format!("https://example.com/tools/sslvpn/index.html#{fragment}"),
            format!(
                "  #{fragment}&field=ClientIpPool&error={}\n",
                "ClientIpPool.NetmaskInvalid"
            ),
        ];
        for (k, link) in targets.iter().enumerate() {
            let got = import(link, Lang::En, None).unwrap_or_else(|e| panic!("{e}: {link}"));
            assert_eq!(got.format, "share-link");
            assert_eq!(got.lang, Some(lang));
            assert_eq!(got.params, want, "{}\n{link}", show(&got.params, &want));
            if k == 2 {
                assert_eq!(got.focus_field.as_deref(), Some("ClientIpPool"));
                assert_eq!(
                    got.open_error.as_deref(),
                    Some("ClientIpPool.NetmaskInvalid")
                );
            } else {
                assert_eq!(
                    (got.focus_field.as_deref(), got.open_error.as_deref()),
                    (None, None)
                );
            }
            assert!(got.notes.is_empty(), "{:?}", got.notes);
        }
    }
}

#[test]
fn share_fragment_order_and_encoding() {
    let mut p = Input::new();
    p.insert("Zeta".into(), Value::from("z"));
    p.insert("Alpha".into(), Value::from("a b"));
    p.insert("Port".into(), Value::Int(443));
    p.insert("RegionId".into(), Value::from("😀&=#%+"));
    p.insert("Port2".into(), Value::Float(1194.5));
    p.insert("Gone".into(), Value::Null);
    assert_eq!(
        share_fragment(&CREATE_SSL_VPN_SERVER, &p, Lang::En),
        "lang=en&RegionId=%F0%9F%98%80%26%3D%23%25%2B&Port=443&Alpha=a%20b&Port2=1194.5&Zeta=z"
    );
    let got = import("#lang=zh&Name=a+b%2B&field=Name", Lang::En, None).unwrap();
    assert_eq!(got.params["Name"], Value::from("a+b+"));
    // Invalid percent-encoding and invalid UTF-8 are refused.
    for bad in [
        "#lang=en&Name=%",
        "#lang=en&Name=%G1",
        "#lang=en&Name=%FF%FE",
    ] {
        assert_eq!(
            import(bad, Lang::En, None).unwrap_err().code,
            "bad-encoding",
            "{bad}"
        );
    }
    // A fragment that is not ours is not a share link.
    assert_eq!(
        import("#top", Lang::En, None).unwrap_err().code,
        "unrecognised"
    );
}

// ---------------------------------------------------------------- hand-written commands

fn params_of(text: &str) -> (Imported, BTreeMap<String, String>) {
    let got = import(text, Lang::En, None).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let map = got
        .params
        .iter()
        .map(|(k, v)| match v {
            Value::Str(s) => (k.clone(), s.clone()),
            other => panic!("{k}: {other:?}"),
        })
        .collect();
    (got, map)
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect()
}

#[test]
fn hostile_bash_quoting() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "$ # a comment 'with an open quote\n\
             aliyun vpc CreateSslVpnServer \\\n  --RegionId cn-hangzhou \\\n  --Name 'it'\\''s' \\\n  --ClientToken \"a \\\"b\\\" \\$c \\\\ \\d\"",
            &[("RegionId", "cn-hangzhou"), ("Name", "it's"), ("ClientToken", "a \"b\" $c \\ \\d")],
        ),
        (
            "aliyun VPC CreateSslVpnServer --Name=$'tab\\there\\nnew\\x41\\u00e9\\U0001F600\\'q\\'' --Port=1194",
            &[("Name", "tab\there\nnewAé😀'q'"), ("Port", "1194")],
        ),
        (
            "aliyun vpc CreateSslVpnServer --Name a\\ b\\'c \\\n--LocalSubnet=10.0.0.0/8,172.16.0.0/16 # trailing comment\n",
            &[("Name", "a b'c"), ("LocalSubnet", "10.0.0.0/8,172.16.0.0/16")],
        ),
        (
            "aliyun vpc CreateSslVpnServer --Name='mixed'\"quotes\"$'\\101'plain --Cipher=",
            &[("Name", "mixedquotesAplain"), ("Cipher", "")],
        ),
        (
            "aliyun vpc CreateSslVpnServer --Name=-x --ClientToken '' --DryRun true --dryrun --region cn-beijing --profile p --access-key-id LTAIsecret --access-key-secret s3cr3t --force",
            &[("Name", "-x"), ("ClientToken", ""), ("DryRun", "true")],
        ),
        (
            "aliyun vpc CreateSslVpnServer --endpoint vpc.aliyuncs.com --Name \"$HOME\" --Proto `echo TCP`",
            &[("Name", "$HOME"), ("Proto", "`echo")],
        ),
    ];
    for (text, want) in cases {
        let (got, params) = params_of(text);
        assert_eq!(got.format, "aliyun-cli", "{text}");
        assert_eq!(params, map(want), "{text}");
    }
    // Credentials and the CLI's own flags never become parameters.
    let (got, params) = params_of(cases[4].0);
    assert!(!params
        .values()
        .any(|v| v.contains("secret") || v == "p" || v == "cn-beijing"));
    let note = got
        .notes
        .iter()
        .find(|n| n.code == "cli-flag-ignored")
        .unwrap();
    for flag in [
        "--dryrun",
        "--region",
        "--profile",
        "--access-key-id",
        "--access-key-secret",
        "--force",
    ] {
        assert!(note.message.contains(flag), "{flag}: {note:?}");
    }
    assert!(!note.message.contains("s3cr3t") && !note.message.contains("LTAIsecret"));
    let (got, _) = params_of(cases[5].0);
    assert_eq!(got.endpoint.as_deref(), Some("central"));
    assert!(got.notes.iter().any(|n| n.code == "expansion-kept"));
    assert!(got.notes.iter().any(|n| n.code == "cli-argument-ignored"));
}

#[test]
fn hostile_powershell_quoting() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "# comment\naliyun vpc CreateSslVpnServer `\n  --RegionId 'cn-hangzhou' `\n  --Name 'it''s ‘‘quoted’’' `\n  '--ClientToken=-x'",
            &[("RegionId", "cn-hangzhou"), ("Name", "it's ‘quoted’"), ("ClientToken", "-x")],
        ),
        (
            "aliyun vpc CreateSslVpnServer `\n  --Name (\"a\" + [char]0x000A + 'b' + [char]::ConvertFromUtf32(0x1F600)) `\n  --DnsServers \"x`t`\"y`\"\"\"\"",
            &[("Name", "a\nb😀"), ("DnsServers", "x\t\"y\"\"")],
        ),
        (
            "aliyun vpc CreateSslVpnServer `\r\n  --Name 'a`b$c' `\r\n  --Port 1194",
            &[("Name", "a`b$c"), ("Port", "1194")],
        ),
    ];
    for (text, want) in cases {
        let (got, params) = params_of(text);
        assert_eq!(got.format, "aliyun-powershell", "{text}");
        assert_eq!(params, map(want), "{text}");
    }
}

#[test]
fn refusals() {
    let cases: &[(&str, &str)] = &[
        ("", "empty"),
        (" \n\t ", "empty"),
        ("$ ", "empty"),
        ("aliyun vpc CreateSslVpnServer --Name 'open", "bad-quoting"),
        ("aliyun vpc CreateSslVpnServer --Name \"open", "bad-quoting"),
        ("aliyun vpc CreateSslVpnServer --Name $'open", "bad-quoting"),
        (
            "aliyun vpc CreateSslVpnServer `\n --Name 'open",
            "bad-quoting",
        ),
        (
            "aliyun vpc CreateSslVpnServer `\n --Name \"open",
            "bad-quoting",
        ),
        (
            "aliyun vpc CreateSslVpnServer `\n --Name (1 + 2)",
            "bad-quoting",
        ),
        ("curl -X POST 'https://vpc.aliyuncs.com/", "bad-quoting"),
        (
            "aliyun vpc CreateSslVpnServer --Name $'\\xff'",
            "bad-encoding",
        ),
        (
            "aliyun vpc DeleteSslVpnClientCert --SslVpnClientCertId x",
            "other-action",
        ),
        ("aliyun vpc createsslvpnserver --Name x", "other-action"),
        ("aliyun ecs CreateSslVpnServer", "other-action"),
        ("aliyun", "unrecognised"),
        (
            "https://vpc.aliyuncs.com/?Action=DeleteVpnGateway&RegionId=x",
            "other-action",
        ),
        ("Action=CreateVpc&RegionId=cn-hangzhou", "other-action"),
        (r#"{"Action": "DeleteVpnGateway"}"#, "other-action"),
        (r#"{"Action": 5}"#, "other-action"),
        (
            "https://vpc.aliyuncs.com/?Action=CreateSslVpnServer&Name=%E6%B5",
            "bad-encoding",
        ),
        ("{", "bad-json"),
        ("{\"a\": 1,}", "bad-json"),
        ("[1, 2]", "bad-json"),
        ("{\"a\": tru}", "bad-json"),
        ("hello world", "unrecognised"),
        ("SELECT * FROM servers;", "unrecognised"),
        ("#top", "unrecognised"),
        ("https://example.com/", "unrecognised"),
        (
            "PUT https://vpc.aliyuncs.com/?Action=CreateSslVpnServer\n",
            "unrecognised",
        ),
    ];
    for (text, code) in cases {
        for lang in [Lang::En, Lang::Zh] {
            let e = import(text, lang, None).unwrap_err();
            assert_eq!(e.code, *code, "{text:?}: {e}");
            assert!(!e.message.is_empty());
            if lang == Lang::Zh {
                assert!(has_cjk(&e.message), "{e}");
            }
            assert_eq!(e.message, message_filled(e.code, &e.message, lang));
        }
    }
    let e = import(
        "x\n\naliyun vpc CreateSslVpnServer --Name x",
        Lang::En,
        None,
    )
    .unwrap_err();
    assert_eq!(e.code, "unrecognised");
    let e = import(
        "# c\n\naliyun vpc CreateSslVpnServer \\\n --Name 'x",
        Lang::En,
        None,
    )
    .unwrap_err();
    assert!(e.message.contains("line 4"), "{e}");
    let e = import("{\n\"a\":\n}", Lang::Zh, None).unwrap_err();
    assert!(e.message.contains("第 3 行"), "{e}");
    // Over 1 MB: refused before reading.
    let big = format!(
        "aliyun vpc CreateSslVpnServer --Name '{}'",
        "x".repeat(2 << 20)
    );
    assert_eq!(import(&big, Lang::En, None).unwrap_err().code, "too-long");
    // Just under: read in full.
    let near = format!(
        "aliyun vpc CreateSslVpnServer --Name '{}'",
        "测".repeat(340_000)
    );
    assert!(near.len() < 1 << 20);
    assert_eq!(
        import(&near, Lang::En, None).unwrap().params["Name"],
        Value::from("测".repeat(340_000).as_str())
    );
}

/// The message an error of `code` would have: its template with the detail
/// taken from `message` (checks the template is the one used).
fn message_filled(code: &str, message: &str, lang: Lang) -> String {
    let template = sslvpn_builder::import::message(code, lang).unwrap();
    match template.split_once("{}") {
        Some((head, tail)) => {
            assert!(
                message.starts_with(head) && message.ends_with(tail),
                "{message} vs {template}"
            );
            message.to_owned()
        }
        None => template.to_owned(),
    }
}

#[test]
fn import_never_panics() {
    let mut rng = Rng(0xBAD_F00D_0000_0004);
    let valid = check(&common::base(), Lang::En).into_valid().unwrap();
    let signed = sign(
        &valid,
        &creds("id", "secret", Some("tok")),
        &SignOptions::from_text(Some("v3"), None, None, "2026-01-01T00:00:00Z", "n").unwrap(),
    )
    .unwrap();
    let mut seeds: Vec<String> = TARGETS
        .iter()
        .map(|t| {
            snippet::render(
                t.id,
                &valid,
                false,
                &Options {
                    signed: Some(&signed),
                    ..Options::default()
                },
            )
            .unwrap()
        })
        .collect();
    seeds.push(signed.text());
    seeds.push(format!(
        "#{}",
        share_fragment(&CREATE_SSL_VPN_SERVER, &common::base(), Lang::Zh)
    ));
    seeds.push(
        r#"{"RegionId":"cn-hangzhou","Port":1194.5,"Compress":true,"x":[1,{"a":null}]}"#.into(),
    );
    seeds.push("https://vpc.aliyuncs.com/?Action=CreateSslVpnServer&Signature=a&AccessKeyId=b&Timestamp=c&SignatureNonce=d".into());
    let specials: &[&str] = &[
        "'", "\"", "\\", "`", "$'", "%", "#", "{", "}", "(", ")", "\n", "\u{0}", "é", "😀",
        "[char]", "\\u", "\\x", "=", "&",
    ];
    let mut runs = 0;
    for _ in 0..3000 {
        let seed = &seeds[rng.below(seeds.len())];
        let mut text: Vec<char> = seed.chars().collect();
        for _ in 0..1 + rng.below(6) {
            let at = rng.below(text.len() + 1);
            match rng.below(4) {
                0 if at < text.len() => {
                    text.remove(at);
                }
                1 => {
                    let s = specials[rng.below(specials.len())];
                    for (k, c) in s.chars().enumerate() {
                        text.insert(at + k, c);
                    }
                }
                2 => text.truncate(at),
                _ => {
                    let c = INTERESTING[rng.below(INTERESTING.len())];
                    text.insert(at, c);
                }
            }
        }
        let text: String = text.into_iter().collect();
        check_outcome(&text);
        runs += 1;
    }
    for _ in 0..2000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        check_outcome(&String::from_utf8_lossy(&bytes));
        let chars: String = (0..len)
            .map(|_| INTERESTING[rng.below(INTERESTING.len())])
            .collect();
        check_outcome(&chars);
        runs += 2;
    }
    // Deep nesting and long runs stay bounded.
    check_outcome(&format!(
        "{{\"a\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    ));
    check_outcome(&"'".repeat(1 << 19));
    check_outcome(&format!(
        "aliyun vpc CreateSslVpnServer {}",
        "--Name x ".repeat(100_000)
    ));
    check_outcome(&format!("#lang=en&{}", "Name=%20&".repeat(100_000)));
    check_outcome(&format!(
        "aliyun vpc CreateSslVpnServer `\n --Name ({})",
        "'a' + ".repeat(100_000)
    ));
    // Texts built to make a careless reader quadratic: each must finish
    // promptly (a quadratic reader takes hours on these).
    let started = std::time::Instant::now();
    // Each unit repeated to about 900 KB.
    let rep = |unit: &str| unit.repeat(900_000 / unit.len());
    for text in [
        format!("x = vpc_models.CreateSslVpnServerRequest(\n{}", rep("    a=b,\n")),
        format!("{}\nx = vpc_models.CreateSslVpnServerRequest(\n)", rep("config.endpoint = 'x\n")),
        format!("resource \"alicloud_ssl_vpn_server\" \"x\" {{\n{}}}", rep("  name = var.x\n")),
        format!("ROSTemplateFormatVersion: x\n  Properties:\n{}", rep("    Name: [x]\n")),
        format!(
            "POST https://vpc.aliyuncs.com/\nAuthorization: ACS3-HMAC-SHA256 Credential=a,SignedHeaders={},Signature=0\n{}",
            rep("a;").get(..400_000).unwrap(),
            rep("a: b\n").get(..400_000).unwrap()
        ),
        format!("curl {}", rep("-H 'a: b' ")),
        format!("#lang=en&{}", rep("Name=x&")),
        format!("{{{}\"a\":1}}", rep("\"Name\":1,")),
        format!("aliyun vpc CreateSslVpnServer {}", rep("x ")),
        format!("aliyun vpc CreateSslVpnServer {}", rep("--Name=$'\\x41' ")),
    ] {
        assert!(text.len() < 1 << 20, "{}", text.len());
        check_outcome(&text);
        runs += 1;
    }
    println!(
        "{runs} hostile texts read without a panic (the large ones in {:?})",
        started.elapsed()
    );
}

/// Any outcome is fine, as long as it is well-formed.
fn check_outcome(text: &str) {
    for lang in [Lang::En, Lang::Zh] {
        match import(text, lang, Some(&creds("id", "secret", None))) {
            Ok(got) => {
                assert!(!got.format.is_empty());
                for n in &got.notes {
                    assert!(NOTE_CODES.contains(&n.code), "{n:?}");
                    assert!(!n.message.is_empty());
                    assert!(n.message.chars().count() < 1200, "{n:?}");
                }
                let json = got.shape().to_json();
                assert!(
                    serde_json::from_str::<serde_json::Value>(&json).is_ok(),
                    "{json}"
                );
            }
            Err(e) => {
                assert!(ERROR_CODES.contains(&e.code), "{e}");
                assert!(e.message.chars().count() < 400, "{e}");
            }
        }
    }
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_keeps_types() {
    let got = import(
        r#"{"RegionId":"cn-hangzhou","Port":1194,"Compress":true,"DryRun":false,"Name":null,
            "LocalSubnet":["10.0.0.0/8"],"Cipher":{"a":1},"ClientToken":"\u0041\ud83d\ude00",
            "IDaaSRegionId": 1.0, "IDaaSInstanceId": 11.5, "Proto": -7, "AccessKeyId": "x",
            "Action": "CreateSslVpnServer", "Version": "2014-05-26"}"#,
        Lang::Zh,
        None,
    )
    .unwrap();
    assert_eq!(got.format, "json");
    let p = &got.params;
    assert_eq!(p["RegionId"], Value::from("cn-hangzhou"));
    assert_eq!(p["Port"], Value::Int(1194));
    assert_eq!(p["Compress"], Value::Bool(true));
    assert_eq!(p["DryRun"], Value::Bool(false));
    assert_eq!(p["Name"], Value::Null);
    assert_eq!(p["LocalSubnet"], Value::Other("array"));
    assert_eq!(p["Cipher"], Value::Other("object"));
    assert_eq!(p["ClientToken"], Value::from("A😀"));
    assert_eq!(p["IDaaSRegionId"], Value::Int(1));
    assert_eq!(p["IDaaSInstanceId"], Value::Float(11.5));
    assert_eq!(p["Proto"], Value::Int(-7));
    assert!(
        !p.contains_key("AccessKeyId") && !p.contains_key("Action") && !p.contains_key("Version")
    );
    let codes: Vec<&str> = got.notes.iter().map(|n| n.code).collect();
    assert_eq!(codes, ["signing-params-removed", "other-version"]);
    assert!(got.notes.iter().all(|n| has_cjk(&n.message)));
    assert!(got.notes[1].message.contains("2014-05-26"));
    // The same types as the serde path of the CLI.
    let text = r#"{"Port":1194,"Compress":true,"Name":"x","Y":1e3,"Z":9007199254740993}"#;
    let serde: Input = serde_json::from_str(text).unwrap();
    assert_eq!(import(text, Lang::En, None).unwrap().params, serde);
    // The shape: params as an object with the types kept.
    let json = got.shape().to_json();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["params"]["Port"], 1194);
    assert_eq!(v["params"]["Compress"], true);
    assert_eq!(v["params"]["RegionId"], "cn-hangzhou");
    assert_eq!(v["format"], "json");
    assert_eq!(v["claim"], serde_json::Value::Null);
    assert_eq!(v["notes"][0]["code"], "signing-params-removed");
    // Duplicate keys: the last one wins, with a note.
    let got = import(r#"{"Name":"a","Name":"b"}"#, Lang::En, None).unwrap();
    assert_eq!(got.params["Name"], Value::from("b"));
    assert_eq!(got.notes[0].code, "duplicate-parameter");
}

#[test]
fn error_responses() {
    let got = import(
        r#"{"RequestId":"5BE6E6E7-E2F7-4F8B-9E0C-1A2B3C4D5E6F","HostId":"vpc.aliyuncs.com","Code":"SslVpnServerPort.Illegal","Message":"The specified port is illegal.","Recommend":"https://api.aliyun.com/troubleshoot?q=SslVpnServerPort.Illegal"}"#,
        Lang::En,
        None,
    )
    .unwrap();
    assert_eq!(got.format, "error-response");
    assert!(got.params.is_empty());
    let e = got.error.as_ref().unwrap();
    assert_eq!(e.code, "SslVpnServerPort.Illegal");
    assert_eq!(e.message, "The specified port is illegal.");
    assert_eq!(e.request_id, "5BE6E6E7-E2F7-4F8B-9E0C-1A2B3C4D5E6F");
    let v: serde_json::Value = serde_json::from_str(&got.shape().to_json()).unwrap();
    assert_eq!(v["error"]["code"], "SslVpnServerPort.Illegal");
    assert_eq!(
        v["error"]["requestId"],
        "5BE6E6E7-E2F7-4F8B-9E0C-1A2B3C4D5E6F"
    );
    let got = import(r#"{"Code":"Throttling","Message":"x"}"#, Lang::En, None).unwrap();
    assert_eq!(got.error.unwrap().request_id, "");
}

// ---------------------------------------------------------------- shapes and messages

#[test]
fn shapes() {
    let valid = check(&common::base(), Lang::En).into_valid().unwrap();
    let right = creds("id", "secret", None);
    let opts = SignOptions::from_text(
        Some("v1"),
        Some("POST"),
        Some("central"),
        "2026-01-01T00:00:00Z",
        "n",
    )
    .unwrap();
    let text = sign(&valid, &right, &opts).unwrap().text();
    let got = import(&text, Lang::Zh, Some(&right)).unwrap();
    let v: serde_json::Value = serde_json::from_str(&got.shape().to_json()).unwrap();
    assert_eq!(v["format"], "http-request");
    assert_eq!(v["signature"], "v1");
    assert_eq!(v["method"], "POST");
    assert_eq!(v["endpoint"], "central");
    assert_eq!(v["verdict"], "match");
    assert!(has_cjk(v["verdictMessage"].as_str().unwrap()));
    assert_eq!(v["claim"]["accessKeyId"], "id");
    assert_eq!(v["claim"]["scheme"], "v1");
    assert_eq!(v["claim"]["host"], "vpc.aliyuncs.com");
    assert_eq!(v["claim"]["nonce"], "n");
    assert_eq!(v["claim"]["signedHeaders"], serde_json::Value::Null);
    assert_eq!(v["params"]["RegionId"], "cn-hangzhou");
    assert_eq!(v["lang"], serde_json::Value::Null);
    for key in ["focusField", "openError", "error"] {
        assert_eq!(v[key], serde_json::Value::Null, "{key}");
    }
    // The CLI's serde output is the same JSON.
    assert_eq!(serde_json::to_value(got.shape()).unwrap(), v);
    let e = import("nope", Lang::En, None).unwrap_err();
    let v: serde_json::Value = serde_json::from_str(&e.shape().to_json()).unwrap();
    assert_eq!(v["code"], "unrecognised");
    let other = import(&text, Lang::En, Some(&creds("id2", "secret", None))).unwrap();
    assert!(other
        .shape()
        .to_json()
        .contains("\"verdict\":\"other-key\""));
}

#[test]
fn every_message_in_both_languages() {
    for code in ERROR_CODES.iter().chain(NOTE_CODES) {
        let en = message(code, Lang::En).unwrap_or_else(|| panic!("{code}"));
        let zh = message(code, Lang::Zh).unwrap_or_else(|| panic!("{code}"));
        assert!(!en.is_empty() && !has_cjk(en), "{code}: {en}");
        assert!(has_cjk(zh), "{code}: {zh}");
        assert_eq!(en.matches("{}").count(), zh.matches("{}").count(), "{code}");
    }
    for v in [Verdict::Match, Verdict::Mismatch, Verdict::OtherKey] {
        assert!(has_cjk(v.message(Lang::Zh)) && !has_cjk(v.message(Lang::En)));
    }
    // Each note code is written by some real import, in both languages.
    let texts = [
        "aliyun vpc CreateSslVpnServer --force --Name x extra1 --Port",
        "aliyun vpc CreateSslVpnServer --Name $HOME; ls",
        "curl -o x 'https://vpc.aliyuncs.com/?Action=CreateSslVpnServer&Version=1&Name=a&Name=b'",
        "aliyun vpc CreateSslVpnServer `\n --Name ('a' + [char]0x41)\n--Port 1",
        "POST https://vpc.aliyuncs.com/?RegionId=x\nAuthorization: ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host;x-acs-date,Signature=00\n",
        "https://vpc.aliyuncs.com/?Action=CreateSslVpnServer&Signature=a",
        "resource \"alicloud_ssl_vpn_server\" \"x\" {\n  name = var.name\n  color = \"red\"\n}\n",
    ];
    let mut seen = std::collections::BTreeSet::new();
    for text in texts {
        for lang in [Lang::En, Lang::Zh] {
            let got = import(text, lang, None).unwrap_or_else(|e| panic!("{e}\n{text}"));
            for n in &got.notes {
                if lang == Lang::Zh {
                    assert!(has_cjk(&n.message), "{n:?}");
                } else {
                    assert!(!has_cjk(&n.message), "{n:?}");
                }
                seen.insert(n.code);
            }
        }
    }
    let missing: Vec<&&str> = NOTE_CODES.iter().filter(|c| !seen.contains(**c)).collect();
    assert!(missing.is_empty(), "never written: {missing:?}");
}

#[test]
fn kinds_in_sdk_snippets_are_wire_text() {
    // Typed values (numbers and booleans) come back as the wire text.
    let mut input = common::base();
    input.insert("Port".into(), Value::Int(1195));
    input.insert("Compress".into(), Value::Bool(true));
    input.insert("DryRun".into(), Value::Bool(false));
    input.insert("EnableMultiFactorAuth".into(), Value::Bool(false));
    let checked = check(&input, Lang::En);
    for target in [
        "python",
        "typescript",
        "java",
        "go",
        "php",
        "csharp",
        "terraform",
        "ros",
    ] {
        let code = snippet::render(target, checked.request(), false, &Options::default()).unwrap();
        let got = import(&code, Lang::En, None).unwrap();
        for p in PARAMS.iter().filter(|p| p.kind != Kind::String) {
            if let Some(v) = got.params.get(p.name) {
                assert_eq!(
                    Some(v),
                    wire(checked.request()).get(p.name),
                    "{target} {}",
                    p.name
                );
            }
        }
        assert_eq!(
            got.params.get("Port"),
            Some(&Value::from("1195")),
            "{target}"
        );
    }
}

/// Format, text, the parameters it holds, the notes it gives.
type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], &'a [&'a str]);

#[test]
fn hand_edited_sdk_and_infrastructure_code() {
    let cases: &[Case] = &[
        (
            "python",
            "config.endpoint = \"vpc.aliyuncs.com\"\nconfig.signature_algorithm = 'v2'\n\
             request = vpc_models.CreateSslVpnServerRequest(\n    region_id=\"cn-hangzhou\",  # where\n    \
             port = 1194,\n    compress=True,\n    name=os.environ['NAME'],\n    idaa_sinstance_id=r'a\\b',\n    \
             foo_bar='x',\n    dry_run=None,\n)\n",
            &[("RegionId", "cn-hangzhou"), ("Port", "1194"), ("Compress", "true"), ("IDaaSInstanceId", "a\\b"), ("foo_bar", "x")],
            &["field-unreadable", "unknown-name"],
        ),
        (
            "typescript",
            "  config.endpoint = 'vpc.eu-central-1.aliyuncs.com';\n  const request = new $Vpc20160428.CreateSslVpnServerRequest({\n    \
             'regionId': \"eu-central-1\",\n    /* inline */ IDaaSRegionId: 'cn-\\u{68}angzhou',\n    dryRun: false,\n  });\n",
            &[("RegionId", "eu-central-1"), ("IDaaSRegionId", "cn-hangzhou"), ("DryRun", "false")],
            &[],
        ),
        (
            "java",
            "config.endpoint = \"vpc.cn-hangzhou.aliyuncs.com\";\nCreateSslVpnServerRequest request = new CreateSslVpnServerRequest()\n    \
             .setRegionId(\"cn-hangzhou\") // the region\n    .setPort(1194)\n    .setName(\"a\\u0041\\101\");\n",
            &[("RegionId", "cn-hangzhou"), ("Port", "1194"), ("Name", "aAA")],
            &[],
        ),
        (
            "go",
            "\tconfig.Endpoint = tea.String(\"vpc.cn-hangzhou.aliyuncs.com\")\n\tconfig.SignatureAlgorithm = tea.String(\"v2\")\n\
             \trequest := &vpc20160428.CreateSslVpnServerRequest{\n\t\tRegionId: tea.String(\"cn-hangzhou\"),\n\t\tName: tea.String(`raw\\n`),\n\
             \t\tPort: tea.Int32(1194),\n\t\tCompress: tea.Bool(true),\n\t}\n",
            &[("RegionId", "cn-hangzhou"), ("Name", "raw\\n"), ("Port", "1194"), ("Compress", "true")],
            &[],
        ),
        (
            "php",
            "<?php\n$config->endpoint = 'vpc.cn-hangzhou.aliyuncs.com';\n$request = new CreateSslVpnServerRequest([\n    \
             'regionId' => \"cn-hangzhou\",\n    'name' => \"Hi $user\\x21\",\n    # a comment\n    'port' => 1194,\n]);\n",
            &[("RegionId", "cn-hangzhou"), ("Name", "Hi $user!"), ("Port", "1194")],
            &["expansion-kept"],
        ),
        (
            "csharp",
            "var config = new Config\n{\n    Endpoint = \"vpc.cn-hangzhou.aliyuncs.com\",\n};\n\
             var request = new CreateSslVpnServerRequest\n{\n    RegionId = \"cn-hangzhou\",\n    Name = @\"C:\\dir \"\"x\"\"\",\n};\n",
            &[("RegionId", "cn-hangzhou"), ("Name", "C:\\dir \"x\"")],
            &[],
        ),
        (
            "terraform",
            "provider \"alicloud\" {\n  region = \"cn-hangzhou\" # here\n}\n\nresource \"alicloud_ssl_vpn_server\" \"s\" {\n  \
             name = \"vpn-${var.env}\"\n  protocol = \"UDP\"\n  port = 1194\n  compress = false\n  vpn_gateway_id = var.gw\n}\n",
            &[("RegionId", "cn-hangzhou"), ("Name", "vpn-${var.env}"), ("Proto", "UDP"), ("Port", "1194"), ("Compress", "false")],
            &["expansion-kept", "field-unreadable", "left-out"],
        ),
        (
            "ros",
            "# aliyun ros CreateStack --RegionId cn-shanghai --StackName x\nROSTemplateFormatVersion: '2015-09-01'\nResources:\n  S:\n    \
             Type: ALIYUN::VPC::SslVpnServer\n    Properties:\n      Name: 'it''s'\n      Port: 1194 # comment\n      Compress: True\n      \
             ClientIpPool: \"10.0.0.0/8\"\nOutputs: {}\n",
            &[("RegionId", "cn-shanghai"), ("Name", "it's"), ("Port", "1194"), ("Compress", "true"), ("ClientIpPool", "10.0.0.0/8")],
            &["left-out"],
        ),
    ];
    for (format, text, want, notes) in cases {
        let (got, params) = params_of(text);
        assert_eq!(got.format, *format, "{text}");
        assert_eq!(params, map(want), "{text}");
        let codes: Vec<&str> = got.notes.iter().map(|n| n.code).collect();
        assert_eq!(codes, *notes, "{text}");
    }
    let (got, _) = params_of(cases[0].1);
    assert_eq!(
        (got.signature, got.endpoint.as_deref()),
        (Some(Scheme::V1), Some("central"))
    );
    let (got, _) = params_of(cases[1].1);
    assert_eq!(
        (got.signature, got.endpoint.as_deref()),
        (Some(Scheme::V3), Some("regional"))
    );
    let (got, _) = params_of(cases[6].1);
    assert_eq!(got.endpoint.as_deref(), Some("regional"));
    // A broken literal is an error with its line, not a silent skip.
    let e = import(
        "x = vpc_models.CreateSslVpnServerRequest(\n    name='open,\n)",
        Lang::En,
        None,
    )
    .unwrap_err();
    assert_eq!(e.code, "bad-quoting");
    assert!(e.message.contains("line 2"), "{e}");
}

#[test]
fn a_link_with_only_field_or_error_is_a_share_link() {
    use sslvpn_builder::import::import;
    use sslvpn_builder::Lang;
    let f = import("#field=LocalSubnet", Lang::En, None).unwrap();
    assert_eq!(
        (f.format, f.focus_field.as_deref()),
        ("share-link", Some("LocalSubnet"))
    );
    assert!(f.params.is_empty());
    let e = import(
        "https://docs.example/tools/sslvpn/index.html#error=ClientIpPool.SubnetInvalid",
        Lang::Zh,
        None,
    )
    .unwrap();
    assert_eq!(
        (e.format, e.open_error.as_deref()),
        ("share-link", Some("ClientIpPool.SubnetInvalid"))
    );
}
