//! Property tests over arbitrary input: any JSON value under any key, any
//! choices. Checking, signing, every snippet target, the pipeline and import
//! never panic, and what they return keeps its promises (validity is exactly
//! "no error finding", every code is documented, messages stay short, the
//! secret never shows, a rendered snippet reads back).
//!
//! `make test` runs a bounded number of cases (`PROPTEST_CASES`, default
//! 256 here); `make fuzz` runs the same properties for much longer.

use proptest::prelude::*;
use sslvpn_builder::import::import;
use sslvpn_builder::pipeline::{Choices, Session};
use sslvpn_builder::signing::{sign, Credentials, Endpoint, Method, Scheme, SignOptions};
use sslvpn_builder::snippet::{self, Options, TARGETS};
use sslvpn_builder::stamp::Fixed;
use sslvpn_builder::{check, error_code, Input, Lang, Severity, Value, PARAMS};

const SECRET: &str = "property-secret-Zq9";

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256)
}

/// Strings people and attackers type: near-valid values, separators,
/// control and bidi characters, Unicode, long runs.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[ -~]{0,40}",
        2 => "\\PC{0,30}",
        1 => "[\\u{0}-\\u{1f}\\u{7f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}a, /.]{0,20}",
        2 => prop::sample::select(vec![
            "cn-hangzhou", " cn-shanghai ", "vpn-bp1hgim8by0kc9nga5lg3", "192.168.1.0/24", "10.0.0.0/8",
            "10.0.0.0/8, 172.16.0.0/16", "192.168.1.5/30", "100.64.0.0/10", "0.0.0.0/0", "::1/128", "1194", "443",
            "22", "65536", "-1", "TCP", "udp", "AES-128-CBC", "none", "true", "False", "http://x", "idaas-cn-hangzhou-p1",
            "app_x", "", " ", "1.1.1.1,8.8.8.8",
        ]).prop_map(str::to_owned),
        1 => ("[a-z0-9]{1,8}", 1usize..2000).prop_map(|(u, n)| u.repeat(n)),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => text().prop_map(Value::Str),
        2 => any::<i64>().prop_map(Value::Int),
        1 => prop::sample::select(vec![0i64, 1, 443, 1194, 65535, 65536, -1]).prop_map(Value::Int),
        1 => any::<f64>().prop_map(Value::Float),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
        1 => prop::sample::select(vec!["array", "object"]).prop_map(Value::Other),
    ]
}

fn key() -> impl Strategy<Value = String> {
    let names: Vec<String> = PARAMS.iter().map(|p| p.name.to_owned()).collect();
    prop_oneof![
        8 => prop::sample::select(names),
        1 => prop::sample::select(vec!["Signature", "AccessKeyId", "OwnerId", "vpn_gateway_id", "regionid", "Action"])
            .prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ]
}

/// Mostly the four required parameters, valid, plus arbitrary others.
fn input() -> impl Strategy<Value = Input> {
    let base = prop::bool::weighted(0.7);
    (base, prop::collection::btree_map(key(), value(), 0..12)).prop_map(|(with_base, extra)| {
        let mut i = Input::new();
        if with_base {
            for (k, v) in [
                ("RegionId", "cn-hangzhou"),
                ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
                ("ClientIpPool", "192.168.1.0/24"),
                ("LocalSubnet", "10.0.0.0/8"),
            ] {
                i.insert(k.into(), Value::from(v));
            }
        }
        i.extend(extra);
        i
    })
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(vec![Lang::En, Lang::Zh])
}

fn endpoint() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("regional".to_owned()),
        Just("central".to_owned()),
        Just(String::new()),
        "[a-z0-9.:-]{1,30}",
        text(),
    ]
}

fn choices() -> impl Strategy<Value = Choices> {
    (
        lang(),
        prop::option::of(prop::sample::select(vec!["v1", "v3", "V2", ""])),
        prop::option::of(prop::sample::select(vec!["GET", "POST", "put"])),
        prop::option::of(endpoint()),
        prop::option::of(prop::sample::select(
            TARGETS
                .iter()
                .map(|t| t.id)
                .chain(["cobol"])
                .collect::<Vec<_>>(),
        )),
        prop::bool::ANY,
        prop::option::of("[ -~]{0,10}"),
        -900i32..900,
    )
        .prop_map(
            |(lang, sig, method, endpoint, target, creds, nonce, utc_offset)| Choices {
                lang,
                signature: sig.map(str::to_owned),
                method: method.map(str::to_owned),
                endpoint,
                target: target.map(str::to_owned),
                credentials: creds.then(|| Credentials {
                    access_key_id: "LTAI-prop".into(),
                    access_key_secret: SECRET.into(),
                    security_token: None,
                }),
                nonce,
                utc_offset,
                ..Choices::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// The report keeps its promises for any input.
    #[test]
    fn check_keeps_its_promises(input in input(), lang in lang()) {
        let checked = check(&input, lang);
        let report = checked.report();
        let errors = report.findings().iter().filter(|f| f.severity == Severity::Error).count();
        prop_assert_eq!(report.valid(), errors == 0);
        for f in report.findings() {
            prop_assert!(f.code.is_none_or(|c| error_code(c).is_some()), "undocumented code {:?}", f.code);
            prop_assert!(f.message.chars().count() < 400, "long message: {}", f.rule);
            prop_assert!(!f.message.is_empty());
        }
        prop_assert_eq!(checked.into_valid().is_ok(), errors == 0);
    }

    /// A valid request signs (or says why not) with any options, never showing the secret.
    #[test]
    fn sign_is_total(input in input(), scheme in prop::sample::select(vec![Scheme::V1, Scheme::V3]),
                     method in prop::sample::select(vec![Method::Get, Method::Post]), ep in endpoint(),
                     nonce in "[ -~]{0,12}", ts in prop::sample::select(vec!["2026-01-02T03:04:05Z", "2024-02-30T00:00:00Z", "x"])) {
        if let Ok(valid) = check(&input, Lang::En).into_valid() {
            let creds = Credentials { access_key_id: "LTAI-prop".into(), access_key_secret: SECRET.into(), security_token: None };
            let opts = SignOptions { scheme, method, endpoint: Endpoint::parse(&ep), timestamp: ts.into(), nonce };
            if let Ok(s) = sign(&valid, &creds, &opts) {
                let all = format!("{}{:?}{:?}{}", s.url, s.headers, s.body, s.text());
                prop_assert!(!all.contains(SECRET));
                // The wasm hands these to JS as one UTF-16 unit a byte.
                for part in [&s.url, &s.canonical, &s.string_to_sign, &s.signature] {
                    prop_assert!(part.is_ascii(), "not ASCII: {}", part);
                }
            }
        }
    }

    /// Every snippet target renders any request, and what it renders reads back.
    #[test]
    fn every_snippet_renders_and_reads_back(input in input(), lang in lang(), ep in endpoint(),
                                            scheme in prop::sample::select(vec![Scheme::V1, Scheme::V3]),
                                            method in prop::sample::select(vec![Method::Get, Method::Post])) {
        let checked = check(&input, lang);
        let endpoint = Endpoint::parse(&ep);
        let opts = Options { lang, endpoint: &endpoint, scheme, method, signed: None };
        for t in TARGETS.iter().filter(|t| t.id != "curl") {
            if let Ok(code) = snippet::render(t.id, checked.request(), !checked.report().valid(), &opts) {
                prop_assert!(!code.contains(SECRET));
                prop_assert!(import(&code, lang, None).is_ok(), "{} does not read back:\n{}", t.id, code);
            }
        }
    }

    /// The page's one call per change never panics, whatever it is handed.
    #[test]
    fn the_pipeline_is_total(steps in prop::collection::vec((input(), choices()), 1..4), seed in any::<u64>()) {
        let mut session = Session::default();
        let mut clock = Fixed::new(1_800_000_000, seed);
        for (input, choices) in steps {
            let v = session.view(&input, &choices, &mut clock);
            prop_assert_eq!(v.report.valid(), check(&input, choices.lang).report().valid());
            if let Some(s) = &v.signing.signed {
                prop_assert!(!s.text().contains(SECRET));
            }
            prop_assert!(!v.share.contains(SECRET));
        }
    }

    /// Import never panics on arbitrary text.
    #[test]
    fn import_is_total(t in prop_oneof![text(), "\\PC{0,200}", ".{0,300}"], lang in lang()) {
        let _ = import(&t, lang, None);
        let _ = import(&format!("aliyun vpc CreateSslVpnServer --Name {t}"), lang, None);
        let _ = import(&format!("{{\"RegionId\": {t:?}}}"), lang, None);
    }
}
