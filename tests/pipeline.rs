//! The pipeline (one call per change of the page): every output follows the
//! choices, a fresh time and nonce on every change and only then, and every
//! word of every output in the chosen language.

use sslvpn_builder::pipeline::{Choices, Session, View};
use sslvpn_builder::signing::Credentials;
use sslvpn_builder::snippet::TARGETS;
use sslvpn_builder::stamp::Fixed;
use sslvpn_builder::{Input, Lang, Value};

fn input(extra: &[(&str, &str)]) -> Input {
    let mut i: Input = [
        ("RegionId", "cn-hangzhou"),
        ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
        ("ClientIpPool", "192.168.1.0/24"),
        ("LocalSubnet", "10.0.0.0/8"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), Value::from(v)))
    .collect();
    for (k, v) in extra {
        i.insert(k.to_string(), Value::from(*v));
    }
    i
}

fn signing(target: &str) -> Choices {
    Choices {
        target: Some(target.into()),
        credentials: Some(Credentials {
            access_key_id: "LTAI-pipeline".into(),
            access_key_secret: "pipeline-secret".into(),
            security_token: None,
        }),
        ..Choices::default()
    }
}

fn nonce(v: &View) -> &str {
    &v.signing.signed.as_ref().expect("signed").nonce
}

fn code(v: &View) -> &str {
    v.snippet.as_ref().unwrap().code.as_deref().unwrap_or("")
}

#[test]
fn nonce_and_time_are_renewed_by_every_change_and_only_then() {
    let mut session = Session::default();
    let mut clock = Fixed::new(1_800_000_000, 9);
    let base = signing("curl");
    let first = session.view(&input(&[]), &base, &mut clock);
    let n0 = nonce(&first).to_owned();
    assert_eq!(
        first.signing.signed.as_ref().unwrap().timestamp,
        "2027-01-15T08:00:00Z"
    );
    // Nothing changed, or only the language, the clock offset, the tab: same signature.
    clock.now += 60;
    for c in [
        base.clone(),
        Choices {
            lang: Lang::Zh,
            ..base.clone()
        },
        Choices {
            utc_offset: 480,
            ..base.clone()
        },
        Choices {
            target: Some("python".into()),
            ..base.clone()
        },
    ] {
        let v = session.view(&input(&[]), &c, &mut clock);
        assert_eq!(nonce(&v), n0);
        assert_eq!(
            v.signing.signed.as_ref().unwrap().timestamp,
            "2027-01-15T08:00:00Z"
        );
    }
    // Each change to the request or to a choice that shapes it: a new pair.
    let mut seen = vec![n0];
    let changes: Vec<(Input, Choices)> = vec![
        (input(&[("Port", "1195")]), base.clone()),
        (input(&[("Port", "1195"), ("Proto", "UDP")]), base.clone()),
        (
            input(&[("Port", "1195"), ("Proto", "UDP")]),
            Choices {
                signature: Some("v1".into()),
                ..base.clone()
            },
        ),
        (
            input(&[("Port", "1195"), ("Proto", "UDP")]),
            Choices {
                signature: Some("v1".into()),
                method: Some("POST".into()),
                ..base.clone()
            },
        ),
        (
            input(&[("Port", "1195"), ("Proto", "UDP")]),
            Choices {
                endpoint: Some("central".into()),
                ..base.clone()
            },
        ),
        (
            input(&[("Port", "1195"), ("Proto", "UDP")]),
            Choices {
                renew: true,
                endpoint: Some("central".into()),
                ..base.clone()
            },
        ),
    ];
    for (i, c) in changes {
        clock.now += 1;
        let v = session.view(&i, &c, &mut clock);
        let n = nonce(&v).to_owned();
        assert!(!seen.contains(&n), "{c:?}");
        assert!(code(&v).contains(&n), "curl shows the request on the panel");
        assert_eq!(
            v.signing.signed.as_ref().unwrap().timestamp,
            sslvpn_builder::signing::format_timestamp(clock.now)
        );
        seen.push(n);
    }
    // A change of credentials is a change too; going through an invalid request and back as well.
    let other = Choices {
        credentials: Some(Credentials {
            access_key_id: "LTAI-other".into(),
            ..base.credentials.clone().unwrap()
        }),
        ..base.clone()
    };
    let v = session.view(&input(&[]), &other, &mut clock);
    assert!(!seen.contains(&nonce(&v).to_owned()));
    seen.push(nonce(&v).to_owned());
    let broken = session.view(&input(&[("Port", "22")]), &other, &mut clock);
    assert_eq!(
        broken.signing.refusal.as_ref().unwrap().code,
        "request-has-errors"
    );
    let back = session.view(&input(&[]), &other, &mut clock);
    assert!(
        !seen.contains(&nonce(&back).to_owned()),
        "a request shown before gets a new nonce"
    );
}

#[test]
fn injected_time_and_nonce_are_used_as_given() {
    let c = Choices {
        timestamp: Some("2026-01-02T03:04:05Z".into()),
        nonce: Some("fixed-nonce".into()),
        ..signing("curl")
    };
    let v = Session::default().view(&input(&[]), &c, &mut Fixed::new(0, 1));
    assert_eq!(nonce(&v), "fixed-nonce");
    assert!(code(&v).contains("x-acs-date: 2026-01-02T03:04:05Z"));
    let bad = Choices {
        nonce: Some("has space".into()),
        ..c
    };
    let v = Session::default().view(&input(&[]), &bad, &mut Fixed::new(0, 1));
    assert_eq!(v.signing.refusal.unwrap().code, "nonce-invalid");
}

#[test]
fn the_method_follows_the_signature_until_one_is_chosen() {
    let mut s = Session::default();
    let mut clock = Fixed::new(1_800_000_000, 2);
    for (sig, method, want) in [
        (None, None, "POST"),
        (Some("v1"), None, "GET"),
        (Some("v3"), Some("GET"), "GET"),
        (Some("v1"), Some("POST"), "POST"),
    ] {
        let c = Choices {
            signature: sig.map(Into::into),
            method: method.map(Into::into),
            ..signing("curl")
        };
        let v = s.view(&input(&[]), &c, &mut clock);
        assert_eq!(v.signing.method.as_str(), want);
        let signed = v.signing.signed.as_ref().unwrap();
        assert_eq!(signed.method.as_str(), want);
        assert!(code(&v).contains(&format!("-X {want}")));
        let text = v.signing.text.as_deref().unwrap();
        if sig == Some("v1") && want == "GET" {
            assert_eq!(text.trim(), signed.url, "a V1 GET is shown as its URL");
        } else {
            assert!(text.starts_with(&format!("{want} {}\n", signed.url)));
        }
    }
}

#[test]
fn every_snippet_sends_to_the_chosen_endpoint() {
    let mut s = Session::default();
    let mut clock = Fixed::new(1_800_000_000, 3);
    for (endpoint, host) in [
        ("central", "vpc.aliyuncs.com"),
        (
            "vpc-vpc.cn-shanghai.aliyuncs.com",
            "vpc-vpc.cn-shanghai.aliyuncs.com",
        ),
    ] {
        for t in TARGETS.iter() {
            let c = Choices {
                endpoint: Some(endpoint.into()),
                ..signing(t.id)
            };
            let v = s.view(&input(&[]), &c, &mut clock);
            let code = code(&v);
            assert!(code.contains(host), "{}: {code}", t.id);
            if t.id != "ros" {
                assert!(
                    !code.contains("vpc.cn-hangzhou.aliyuncs.com"),
                    "{}: {code}",
                    t.id
                );
            }
        }
        let cli = s.view(
            &input(&[]),
            &Choices {
                endpoint: Some(endpoint.into()),
                ..signing("cli")
            },
            &mut clock,
        );
        assert!(code(&cli).contains(&format!("  --endpoint {host} \\\n")));
        let tf = s.view(
            &input(&[]),
            &Choices {
                endpoint: Some(endpoint.into()),
                ..signing("terraform")
            },
            &mut clock,
        );
        assert!(code(&tf).contains(&format!("  endpoints {{\n    vpc = \"{host}\"\n  }}\n")));
    }
    // The regional endpoint is what each tool picks itself: no flag, no block.
    let cli = s.view(&input(&[]), &signing("cli"), &mut clock);
    assert!(!code(&cli).contains("--endpoint"));
    let py = s.view(&input(&[]), &signing("python"), &mut clock);
    assert!(code(&py).contains("config.endpoint = 'vpc.cn-hangzhou.aliyuncs.com'"));
}

#[test]
fn the_sdks_sign_v1_when_asked_and_say_they_post() {
    let mut s = Session::default();
    let mut clock = Fixed::new(1_800_000_000, 4);
    let want = [
        ("python", "config.signature_algorithm = 'v2'\n"),
        ("typescript", "  config.signatureAlgorithm = 'v2';\n"),
        ("java", "        config.signatureAlgorithm = \"v2\";\n"),
        ("go", "\tconfig.SignatureAlgorithm = tea.String(\"v2\")\n"),
        ("php", "$config->signatureAlgorithm = 'v2';\n"),
        ("csharp", "    SignatureAlgorithm = \"v2\",\n"),
    ];
    for (id, line) in want {
        let v3 = s.view(&input(&[]), &signing(id), &mut clock);
        let lower = code(&v3).to_ascii_lowercase();
        assert!(
            !lower.contains("signaturealgorithm") && !lower.contains("signature_algorithm"),
            "{id}"
        );
        assert!(!code(&v3).contains("POST"), "{id}");
        let c = Choices {
            signature: Some("v1".into()),
            method: Some("GET".into()),
            ..signing(id)
        };
        let v1 = s.view(&input(&[]), &c, &mut clock);
        assert!(code(&v1).contains(line), "{id}: {}", code(&v1));
        assert!(
            code(&v1).contains("always sends this operation as POST"),
            "{id}"
        );
    }
}

#[test]
fn every_comment_and_message_is_chinese_in_chinese() {
    let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut s = Session::default();
    let mut clock = Fixed::new(1_800_000_000, 5);
    let odd = input(&[
        ("Port", "22"),
        ("DnsServers", "8.8.8.8"),
        ("Name", "a\"b\u{0}c"),
        ("ClientToken", "t"),
    ]);
    for t in TARGETS.iter() {
        for (endpoint, signature, method) in [
            (None, None, None),
            (Some("central"), Some("v1"), Some("GET")),
        ] {
            let c = Choices {
                lang: Lang::Zh,
                endpoint: endpoint.map(Into::into),
                signature: signature.map(Into::into),
                method: method.map(Into::into),
                ..signing(t.id)
            };
            for i in [&odd, &input(&[])] {
                let v = s.view(i, &c, &mut clock);
                let sn = v.snippet.as_ref().unwrap();
                if let Some(r) = &sn.refusal {
                    assert!(cjk(&r.message), "{}: {}", t.id, r.message);
                }
                for line in sn.code.as_deref().unwrap_or("").lines() {
                    let l = line.trim_start();
                    if l.starts_with('#') || l.starts_with("//") {
                        assert!(cjk(l), "{}: {l}", t.id);
                    }
                }
                assert!(cjk(&v.status));
                if let Some(e) = &v.signing.expiry {
                    assert!(cjk(e) && !e.contains("AM") && !e.contains("PM"), "{e}");
                }
            }
        }
    }
}

#[test]
fn a_custom_host_not_typed_yet_is_a_prompt_not_an_error() {
    let mut s = Session::default();
    let mut clock = Fixed::new(1_800_000_000, 6);
    let empty = s.view(
        &input(&[]),
        &Choices {
            endpoint: Some("".into()),
            ..signing("python")
        },
        &mut clock,
    );
    let r = empty.signing.refusal.unwrap();
    assert_eq!((r.code, r.bad), ("host-missing", false));
    assert_eq!(empty.snippet.unwrap().refusal.unwrap().code, "host-missing");
    let bad = s.view(
        &input(&[]),
        &Choices {
            endpoint: Some("https://x/".into()),
            ..signing("python")
        },
        &mut clock,
    );
    let r = bad.signing.refusal.unwrap();
    assert_eq!((r.code, r.bad), ("endpoint-invalid", true));
}

#[test]
fn the_expiry_counts_down_and_expires() {
    let mut s = Session::default();
    let mut clock = Fixed::new(1_800_000_000, 7);
    let c = Choices {
        utc_offset: 0,
        ..signing("curl")
    };
    let v = s.view(&input(&[]), &c, &mut clock);
    assert_eq!(v.signing.expiry.as_deref(), Some("Valid until 8:15:00 AM (about 15 min left): the server rejects older timestamps. Send it once."));
    clock.now += 14 * 60;
    let v = s.view(&input(&[]), &c, &mut clock);
    assert!(v.signing.expiry.unwrap().contains("about 1 min left"));
    clock.now += 60;
    let v = s.view(&input(&[]), &c, &mut clock);
    assert!(v.signing.expired);
    assert_eq!(v.signing.expiry.as_deref(), Some("Expired: sign again."));
}
