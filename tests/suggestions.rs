//! A suggestion, applied, leaves its field without an error: random requests
//! (pools of every mask, in reserved ranges, with host bits; local lists
//! with overlapping, reserved, empty and surplus blocks; reserved and
//! out-of-range ports; values in the wrong case, with URL schemes, control
//! characters, whitespace, the wrong JSON type, over the length limits),
//! and for every finding that suggests a value, the value is put in its
//! field and the request checked again.
//!
//! `unknown-parameter` suggests a name, not a value: applying it renames the
//! key, and the suggested name must be a parameter of the table.
//!
//! `make test` runs a bounded number of cases (`PROPTEST_CASES`, default
//! 384 here); a case checks the request once per suggestion.

use proptest::prelude::*;
use sslvpn_builder::{check, param, Input, Lang, Severity, Value, RULES};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(384)
}

/// An IPv4 address, biased to private, reserved and edge ranges.
fn addr() -> impl Strategy<Value = String> {
    let first = prop_oneof![
        3 => Just(10u8),
        2 => Just(172u8),
        2 => Just(192u8),
        1 => prop::sample::select(vec![0u8, 100, 127, 169, 224, 239, 240, 255, 11, 173]),
        1 => any::<u8>(),
    ];
    let second = prop_oneof![
        2 => prop::sample::select(vec![0u8, 16, 31, 32, 64, 127, 168, 254, 255]),
        1 => any::<u8>(),
    ];
    (first, second, any::<u8>(), any::<u8>()).prop_map(|(a, b, c, d)| format!("{a}.{b}.{c}.{d}"))
}

/// A CIDR block with any mask (0 to 32), often on a network boundary.
fn block() -> impl Strategy<Value = String> {
    (addr(), 0u8..=32, any::<bool>()).prop_map(|(a, len, aligned)| {
        if aligned {
            let ip: std::net::Ipv4Addr = a.parse().unwrap();
            let net = ipnet::Ipv4Net::new(ip, len).unwrap().trunc();
            net.to_string()
        } else {
            format!("{a}/{len}")
        }
    })
}

fn pool() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => block(),
        2 => (addr(), 14u8..=31).prop_map(|(a, l)| format!("{a}/{l}")),
        1 => prop::sample::select(vec![
            "10.0.0.0/8", "192.168.1.5/30", "100.64.0.0/10", "fd00::/64", "192.168.1.0",
            "192.168.1.0/24,192.168.2.0/24", "192.168.1.0/24\u{7}", "10.1.0.0/16\u{0}",
        ]).prop_map(str::to_owned),
        1 => "[0-9./, ]{0,20}",
    ]
}

fn local() -> impl Strategy<Value = String> {
    let sep = prop::sample::select(vec![",", ", ", " ,", ",,"]);
    prop_oneof![
        8 => (prop::collection::vec(block(), 1..8), prop::collection::vec(sep, 8))
            .prop_map(|(blocks, seps)| {
                let mut s = String::new();
                for (i, b) in blocks.iter().enumerate() {
                    if i > 0 {
                        s.push_str(seps[i % seps.len()]);
                    }
                    s.push_str(b);
                }
                s
            }),
        1 => prop::sample::select(vec![
            "10.0.0.0/8", "10.0.0.0/8,172.16.0.0/12,192.168.0.0/16", "10.0.0.0/8,", ",",
            "10.0.0.0/8;172.16.0.0/16", "127.0.0.1/32\u{7}",
        ]).prop_map(str::to_owned),
        1 => "[0-9./, ]{0,30}",
    ]
}

/// Text around a value: whitespace, control characters, case.
fn dress(v: &'static [&'static str]) -> impl Strategy<Value = String> {
    (
        prop::sample::select(v.to_vec()),
        prop::sample::select(vec!["", " ", "\t", "\u{7}", "\u{3000}"]),
        prop::sample::select(vec!["", " ", "\n", "\u{0}"]),
        0u8..3,
    )
        .prop_map(|(v, pre, post, case)| {
            let v = match case {
                0 => v.to_owned(),
                1 => v.to_ascii_lowercase(),
                _ => v.to_ascii_uppercase(),
            };
            format!("{pre}{v}{post}")
        })
}

fn text_value(name: &'static str) -> BoxedStrategy<Value> {
    let s = |st: BoxedStrategy<String>| st.prop_map(Value::Str).boxed();
    match name {
        "ClientIpPool" => s(pool().boxed()),
        "LocalSubnet" => s(local().boxed()),
        "Port" => prop_oneof![
            s(dress(&[
                "1194",
                "443",
                "22",
                "0",
                "65536",
                "-1",
                "abc",
                "01194",
                "99999999999999999999"
            ])
            .boxed()),
            (0i64..70_000).prop_map(Value::Int).boxed(),
        ]
        .boxed(),
        "Proto" => s(dress(&["TCP", "UDP", "SCTP"]).boxed()),
        "Cipher" => s(dress(&["AES-128-CBC", "AES-256-CBC", "none", "AES-128-GCM"]).boxed()),
        "Compress" | "EnableMultiFactorAuth" | "DryRun" => prop_oneof![
            s(dress(&["true", "false", "yes", "off", "1", "maybe"]).boxed()),
            prop::sample::select(vec![0i64, 1, 2])
                .prop_map(Value::Int)
                .boxed(),
            any::<bool>().prop_map(Value::Bool).boxed(),
        ]
        .boxed(),
        "RegionId" | "IDaaSRegionId" => s(dress(&[
            "cn-hangzhou",
            "cn-hangzou",
            "ap-south-1",
            "mars-1",
            "ap-southeast-l",
        ])
        .boxed()),
        "VpnGatewayId" => s(dress(&[
            "vpn-bp1hgim8by0kc9nga5lg3",
            "vpn_bp1hgim8by0kc9nga5lg3",
            "vpn-bp1****",
            "vgw-1",
        ])
        .boxed()),
        "Name" => s(prop_oneof![
            dress(&[
                "vpn",
                "http://vpn",
                "https://",
                "http://https://x",
                "HTTP://x",
                "1vpn"
            ])
            .boxed(),
            ("(https?://){0,2}[ a-z\u{7}]{0,3}", 90usize..130)
                .prop_map(|(p, n)| format!("{p}{}", "名".repeat(n)))
                .boxed(),
        ]
        .boxed()),
        "ClientToken" => s(prop_oneof![
            dress(&["tok", "tökén", "令牌", "a\u{7}b"]).boxed(),
            (60usize..70)
                .prop_map(|n| "é".repeat(n / 2) + &"t".repeat(n))
                .boxed(),
        ]
        .boxed()),
        "OwnerId" | "ResourceOwnerId" => prop_oneof![
            s(dress(&[
                "1234567890123456",
                "007",
                "9223372036854775807",
                "9223372036854775808",
                "-5",
                "me"
            ])
            .boxed()),
            any::<i64>().prop_map(Value::Int).boxed(),
        ]
        .boxed(),
        _ => s(dress(&[
            "x",
            "idaas-cn-hangzhou-p1",
            "idaas_x",
            "app_x",
            "APP-1",
            "8.8.8.8",
            "８",
        ])
        .boxed()),
    }
}

/// A value of the wrong JSON type now and then.
fn value(name: &'static str) -> BoxedStrategy<Value> {
    prop_oneof![
        12 => text_value(name),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
        1 => Just(Value::Other("array")),
    ]
    .boxed()
}

/// Mostly the four required parameters, often more, now and then a typo'd name.
fn request() -> impl Strategy<Value = Input> {
    let names: Vec<&'static str> = sslvpn_builder::PARAMS.iter().map(|p| p.name).collect();
    let required = ("RegionId", "VpnGatewayId", "ClientIpPool", "LocalSubnet");
    let base = (
        value(required.0),
        value(required.1),
        value(required.2),
        value(required.3),
    );
    let extra = prop::collection::vec(
        prop::sample::select(names).prop_flat_map(|n| (Just(n), value(n))),
        0..6,
    );
    let typo = prop::option::weighted(
        0.1,
        prop::sample::select(vec![
            "VpnGatewayID",
            "region_id",
            "Protoo",
            "Banana",
            "AccessKeyId",
        ]),
    );
    // Two-factor authentication on, with an instance ID (region or not).
    let mfa = prop::option::weighted(0.2, value("IDaaSInstanceId"));
    (base, extra, typo, mfa).prop_map(move |((a, b, c, d), extra, typo, mfa)| {
        let mut input = Input::new();
        for (k, v) in [
            (required.0, a),
            (required.1, b),
            (required.2, c),
            (required.3, d),
        ] {
            input.insert(k.to_owned(), v);
        }
        for (k, v) in extra {
            input.insert(k.to_owned(), v);
        }
        if let Some(t) = typo {
            input.insert(t.to_owned(), Value::from("x"));
        }
        if let Some(id) = mfa {
            input.insert("EnableMultiFactorAuth".to_owned(), Value::Bool(true));
            input.insert("IDaaSInstanceId".to_owned(), id);
        }
        input
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_suggestion_applied_leaves_its_field_without_an_error(input in request(), zh in any::<bool>()) {
        let lang = if zh { Lang::Zh } else { Lang::En };
        let report = check(&input, lang).into_report();
        for f in report.findings() {
            let Some(s) = &f.suggestion else { continue };
            if f.rule == "unknown-parameter" {
                // A name: it must be a parameter, and the renamed request
                // has no finding left on the old name.
                prop_assert!(param(s).is_some(), "{} suggests {s}", f.field);
                let mut renamed = input.clone();
                let v = renamed.remove(&f.field).unwrap();
                renamed.insert(s.clone(), v);
                let again = check(&renamed, lang).into_report();
                prop_assert!(!again.findings().iter().any(|g| g.field == f.field));
                continue;
            }
            let mut fixed = input.clone();
            fixed.insert(f.field.clone(), Value::Str(s.clone()));
            let again = check(&fixed, lang).into_report();
            let left: Vec<_> = again
                .findings()
                .iter()
                .filter(|g| g.field == f.field && g.severity == Severity::Error)
                .collect();
            prop_assert!(
                left.is_empty(),
                "{} = {:?}: {} ({:?}) suggests {s:?}, which still has {left:#?}\nrequest: {input:?}",
                f.field, input.get(&f.field), f.rule, f.severity
            );
        }
    }
}

/// Every rule that can suggest a value is exercised by the generator above
/// (so the property is not vacuous for it).
#[test]
fn the_generator_reaches_every_suggesting_rule() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = request();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..3000 {
        let input = strategy.new_tree(&mut runner).unwrap().current();
        for f in check(&input, Lang::En).into_report().into_findings() {
            if f.suggestion.is_some() {
                seen.insert(f.rule);
            }
        }
    }
    let suggesting = [
        "action-fixed",
        "unknown-parameter",
        "type-mismatch",
        "region-unknown",
        "vpn-gateway-id-shape",
        "name-length",
        "name-url-prefix",
        "client-ip-pool-netmask",
        "client-ip-pool-reserved",
        "client-ip-pool-overlap",
        "host-bits",
        "local-subnet-format",
        "local-subnet-spaces",
        "proto-value",
        "cipher-value",
        "port-range",
        "port-reserved",
        "boolean-value",
        "client-token-ascii",
        "mfa-region-required",
        "control-character",
    ];
    for rule in suggesting {
        assert!(RULES.iter().any(|r| r.id == rule), "{rule} is no rule");
        assert!(
            seen.contains(rule),
            "the generator never reached a suggestion of {rule}: {seen:?}"
        );
    }
}
