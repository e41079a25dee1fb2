//! The rules, table-driven: every rule id in src/rules, every boundary of the
//! issue, both languages, and the request the rules build.

mod common;

use common::{base, has_cjk, input, rows, s, validate_both, with, without, Row};
use sslvpn_builder::{check, error_code, validate, Input, Lang, Severity, Value, PARAMS};
use std::collections::BTreeSet;

fn check_row(r: &Row) {
    let (en, zh) = validate_both(&r.input);
    for (report, lang) in [(&en, Lang::En), (&zh, Lang::Zh)] {
        let f = common::find(report, r).unwrap_or_else(|| {
            panic!(
                "{} ({lang:?}): no {:?} {} on {}; got {:#?}",
                r.what,
                r.severity,
                r.rule,
                r.field,
                report.findings()
            )
        });
        assert_eq!(f.code, r.code, "{}: code", r.what);
        assert_eq!(
            f.http_status,
            r.code.and_then(|c| error_code(c).unwrap().http_status),
            "{}: httpStatus",
            r.what
        );
        assert_eq!(f.suggestion, r.suggestion, "{}: suggestion", r.what);
        let input_has_cjk = r
            .input
            .values()
            .any(|v| matches!(v, Value::Str(s) if has_cjk(s)));
        if lang == Lang::En && !input_has_cjk {
            assert!(
                !has_cjk(&f.message),
                "{}: Chinese in the en message {:?}",
                r.what,
                f.message
            );
        }
    }
    if r.severity == Severity::Error {
        assert!(
            !en.valid(),
            "{}: an error must make the report invalid",
            r.what
        );
    } else {
        assert!(
            en.valid(),
            "{}: a {:?} must leave the report valid: {en:#?}",
            r.what,
            r.severity
        );
    }
}

#[test]
fn every_row_of_the_table() {
    let rows = rows();
    assert!(rows.len() > 150, "the table lost rows: {}", rows.len());
    // Every row runs; the failure lists all rows that failed.
    let failed: Vec<&str> = rows
        .iter()
        .filter(|r| std::panic::catch_unwind(|| check_row(r)).is_err())
        .map(|r| r.what)
        .collect();
    assert!(
        failed.is_empty(),
        "{} rows failed: {failed:#?}",
        failed.len()
    );
}

/// Rule ids as they appear in src/rules: every hyphenated lower-case string
/// literal outside comments, plus the one-word ids.
fn rule_ids_in_source() -> BTreeSet<String> {
    const NOT_RULES: [&str; 6] = ["true", "false", "yes", "no", "on", "off"];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for lit in line.split('"').skip(1).step_by(2) {
                let shaped = !lit.is_empty()
                    && lit
                        .split('-')
                        .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
                if shaped && !NOT_RULES.contains(&lit) {
                    ids.insert(lit.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn the_table_covers_every_rule_in_the_source() {
    let in_source = rule_ids_in_source();
    assert!(in_source.len() >= 40, "source scan broke: {in_source:?}");
    let covered: BTreeSet<String> = rows().iter().map(|r| r.rule.to_owned()).collect();
    let missing: Vec<_> = in_source.difference(&covered).collect();
    assert!(missing.is_empty(), "rules without a row: {missing:?}");
    let unknown: Vec<_> = covered.difference(&in_source).collect();
    assert!(
        unknown.is_empty(),
        "rows for rules the source does not have: {unknown:?}"
    );
}

/// Inputs that must be valid and give no error or warning on `field`.
fn assert_clean(what: &str, input: &Input, field: &str) {
    let (report, _) = validate_both(input);
    assert!(report.valid(), "{what}: {report:#?}");
    let noisy: Vec<_> = report
        .findings()
        .iter()
        .filter(|f| f.field == field && f.severity != Severity::Info)
        .collect();
    assert!(noisy.is_empty(), "{what}: {noisy:#?}");
}

#[test]
fn boundaries_that_pass() {
    let cases: Vec<(&str, Input, &str)> = vec![
        ("base", base(), "RegionId"),
        (
            "Name 100 Chinese characters",
            with(&[("Name", s(&"中".repeat(100)))]),
            "Name",
        ),
        (
            "Name 100 ASCII",
            with(&[("Name", s(&format!("a{}", "b".repeat(99))))]),
            "Name",
        ),
        (
            "Name with http:// inside",
            with(&[("Name", s("my-http://-vpn"))]),
            "Name",
        ),
        (
            "Name httpserver",
            with(&[("Name", s("httpserver"))]),
            "Name",
        ),
        (
            "pool /16",
            with(&[("ClientIpPool", s("192.168.0.0/16"))]),
            "ClientIpPool",
        ),
        (
            "pool /29",
            with(&[("ClientIpPool", s("192.168.1.248/29"))]),
            "ClientIpPool",
        ),
        (
            "pool 172.16/12 /16",
            with(&[("ClientIpPool", s("172.31.0.0/16"))]),
            "ClientIpPool",
        ),
        (
            "pool just below 100.64/10",
            with(&[("ClientIpPool", s("100.63.255.248/29"))]),
            "LocalSubnet",
        ),
        (
            "pool just above 100.64/10",
            with(&[("ClientIpPool", s("100.128.0.0/16"))]),
            "LocalSubnet",
        ),
        (
            "pool next to local",
            with(&[
                ("ClientIpPool", s("10.1.0.0/16")),
                ("LocalSubnet", s("10.0.0.0/16,10.2.0.0/16")),
            ]),
            "ClientIpPool",
        ),
        (
            "local 1 block",
            with(&[("LocalSubnet", s("172.16.0.0/16"))]),
            "LocalSubnet",
        ),
        (
            "local 2 blocks",
            with(&[("LocalSubnet", s("172.16.1.0/24,172.16.2.0/24"))]),
            "LocalSubnet",
        ),
        (
            "local 5 blocks",
            with(&[(
                "LocalSubnet",
                s("10.1.0.0/16,10.2.0.0/16,10.3.0.0/16,10.4.0.0/16,10.5.0.0/16"),
            )]),
            "LocalSubnet",
        ),
        (
            "local /8",
            with(&[("LocalSubnet", s("10.0.0.0/8"))]),
            "LocalSubnet",
        ),
        (
            "local /32",
            with(&[("LocalSubnet", s("10.1.2.3/32"))]),
            "LocalSubnet",
        ),
        (
            "local just below 127/8",
            with(&[("LocalSubnet", s("126.255.255.255/32"))]),
            "ClientIpPool",
        ),
        (
            "local just above 127/8",
            with(&[("LocalSubnet", s("128.0.0.0/8"))]),
            "ClientIpPool",
        ),
        ("Port 1", with(&[("Port", Value::Int(1))]), "Port"),
        ("Port 65535", with(&[("Port", Value::Int(65535))]), "Port"),
        (
            "Port 23 (Terraform's test)",
            with(&[("Port", s("23"))]),
            "Port",
        ),
        ("Proto TCP", with(&[("Proto", s("TCP"))]), "Proto"),
        ("Proto UDP", with(&[("Proto", s("UDP"))]), "Proto"),
        (
            "Cipher AES-128-CBC",
            with(&[("Cipher", s("AES-128-CBC"))]),
            "Cipher",
        ),
        (
            "Cipher AES-192-CBC",
            with(&[("Cipher", s("AES-192-CBC"))]),
            "Cipher",
        ),
        (
            "Cipher AES-256-CBC",
            with(&[("Cipher", s("AES-256-CBC"))]),
            "Cipher",
        ),
        ("Cipher none", with(&[("Cipher", s("none"))]), "Cipher"),
        (
            "Compress true",
            with(&[("Compress", s("true"))]),
            "Compress",
        ),
        (
            "Compress false",
            with(&[("Compress", Value::Bool(false))]),
            "Compress",
        ),
        ("DryRun false", with(&[("DryRun", s("false"))]), "DryRun"),
        (
            "ClientToken 64",
            with(&[("ClientToken", s(&"a".repeat(64)))]),
            "ClientToken",
        ),
        (
            "ClientToken printable ASCII",
            with(&[("ClientToken", s("02fb3da4-130e-11e9-8e44-0016e04115b!~"))]),
            "ClientToken",
        ),
        (
            "EIAM 1.0",
            with(&[
                ("EnableMultiFactorAuth", Value::Bool(true)),
                ("IDaaSInstanceId", s("idaas-cn-hangzhou-xxx")),
                ("IDaaSRegionId", s("cn-hangzhou")),
            ]),
            "IDaaSInstanceId",
        ),
        (
            "EIAM 2.0",
            with(&[
                ("EnableMultiFactorAuth", Value::Bool(true)),
                ("IDaaSInstanceId", s("idaas_xxx")),
                ("IDaaSRegionId", s("cn-hangzhou")),
                ("IDaaSApplicationId", s("app_my6g4qmvnwxzj2fabcd")),
            ]),
            "IDaaSInstanceId",
        ),
        (
            "EIAM 2.0 application",
            with(&[
                ("EnableMultiFactorAuth", Value::Bool(true)),
                ("IDaaSInstanceId", s("idaas_ue2jvisn35ea5lmthk267xxxxx")),
                ("IDaaSRegionId", s("ap-southeast-1")),
                ("IDaaSApplicationId", s("app_my6g4qmvnwxzj2fabcd")),
            ]),
            "IDaaSApplicationId",
        ),
        (
            "MFA off",
            with(&[("EnableMultiFactorAuth", Value::Bool(false))]),
            "IDaaSInstanceId",
        ),
        (
            "Action given",
            with(&[("Action", s("CreateSslVpnServer"))]),
            "Action",
        ),
    ];
    for (what, input, field) in &cases {
        assert_clean(what, input, field);
    }
}

#[test]
fn each_region_is_accepted_and_closed_ones_warn() {
    for r in sslvpn_builder::REGIONS {
        let report = validate(&with(&[("RegionId", s(r.id))]), Lang::En);
        assert!(report.valid(), "{}", r.id);
        let warned = report
            .findings()
            .iter()
            .any(|f| f.field == "RegionId" && f.severity == Severity::Warning);
        assert_eq!(warned, r.closed, "{}: {:?}", r.id, report.findings());
    }
}

#[test]
fn warnings_only_for_region_and_gateway_shape() {
    let report = validate(
        &with(&[
            ("RegionId", s("xx-new-region-9")),
            ("VpnGatewayId", s("gw-anything")),
        ]),
        Lang::En,
    );
    assert!(report.valid(), "{report:#?}");
    let fields: BTreeSet<_> = report
        .of(Severity::Warning)
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, BTreeSet::from(["RegionId", "VpnGatewayId"]));
}

#[test]
fn missing_required_parameters_each_get_one_error() {
    let report = validate(&Input::new(), Lang::En);
    assert!(!report.valid());
    let required: BTreeSet<_> = report
        .of(Severity::Error)
        .filter(|f| f.rule == "required")
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(
        required,
        BTreeSet::from(["RegionId", "VpnGatewayId", "ClientIpPool", "LocalSubnet"])
    );
    let (zh, _) = (validate(&Input::new(), Lang::Zh), ());
    assert!(zh.findings().iter().all(|f| has_cjk(&f.message)));
}

#[test]
fn local_subnet_is_sent_without_spaces() {
    let checked = check(
        &with(&[(
            "LocalSubnet",
            s(" 10.0.0.0/8 ,172.16.0.0/16,\t192.168.2.0/24"),
        )]),
        Lang::En,
    );
    assert!(checked.report().valid(), "{:#?}", checked.report());
    assert_eq!(
        checked.request().get("LocalSubnet"),
        Some("10.0.0.0/8,172.16.0.0/16,192.168.2.0/24")
    );
    // Host bits are a warning: the value goes as typed (trimmed), not rewritten.
    let checked = check(&with(&[("LocalSubnet", s("10.1.2.3/8"))]), Lang::En);
    assert_eq!(checked.request().get("LocalSubnet"), Some("10.1.2.3/8"));
}

#[test]
fn six_blocks_fail_even_when_separated_by_spaces() {
    let six = "10.1.0.0/16, 10.2.0.0/16, 10.3.0.0/16, 10.4.0.0/16, 10.5.0.0/16, 10.6.0.0/16";
    let report = validate(&with(&[("LocalSubnet", s(six))]), Lang::En);
    assert!(report
        .findings()
        .iter()
        .any(|f| f.rule == "local-subnet-count" && f.message.contains('6')));
}

#[test]
fn control_character_in_a_cidr_is_also_a_format_error() {
    let report = validate(&with(&[("LocalSubnet", s("10.0.0.0/8\u{0}"))]), Lang::En);
    assert!(!report.valid());
    assert!(report
        .findings()
        .iter()
        .any(|f| f.rule == "local-subnet-format"));
    assert!(report
        .findings()
        .iter()
        .any(|f| f.rule == "control-character"));
}

#[test]
fn overlap_rule_checks_every_local_block() {
    for local in [
        "192.168.1.0/24",
        "10.0.0.0/8,192.168.0.0/16",
        "10.0.0.0/8,172.16.0.0/12,192.168.1.200/32",
        "192.168.0.0/8",
    ] {
        let report = validate(&with(&[("LocalSubnet", s(local))]), Lang::En);
        let f = report
            .findings()
            .iter()
            .find(|f| f.rule == "client-ip-pool-overlap")
            .unwrap_or_else(|| panic!("{local}: {report:#?}"));
        assert_eq!(f.code, Some("ClientIpPool.SubnetInvalid"));
        assert_eq!(f.http_status, Some(400));
        assert!(f.message.contains("192.168.1.0/24"), "{}", f.message);
    }
}

#[test]
fn pool_capacity_counts_four_addresses_per_client() {
    for (pool, clients) in [
        ("192.168.0.0/16", "16384"),
        ("192.168.1.0/24", "64"),
        ("192.168.1.0/27", "8"),
        ("192.168.1.0/29", "2"),
    ] {
        let report = validate(&with(&[("ClientIpPool", s(pool))]), Lang::En);
        let f = report
            .findings()
            .iter()
            .find(|f| f.rule == "client-ip-pool-capacity")
            .unwrap();
        assert!(f.message.contains(clients), "{pool}: {}", f.message);
    }
}

#[test]
fn dubai_prerequisite_mentions_singapore() {
    for (lang, word) in [(Lang::En, "Singapore"), (Lang::Zh, "新加坡")] {
        let report = validate(
            &with(&[
                ("RegionId", s("me-east-1")),
                ("EnableMultiFactorAuth", Value::Bool(true)),
                ("IDaaSInstanceId", s("idaas_xxx")),
                ("IDaaSRegionId", s("ap-southeast-1")),
                ("IDaaSApplicationId", s("app_abc")),
            ]),
            lang,
        );
        assert!(report.valid());
        let f = report
            .findings()
            .iter()
            .find(|f| f.rule == "mfa-prerequisites")
            .unwrap();
        assert!(f.message.contains(word), "{}", f.message);
    }
}

#[test]
fn port_goes_on_the_wire_as_decimal() {
    for (v, wire) in [
        (Value::Int(1194), "1194"),
        (s("1194"), "1194"),
        (s("01194"), "1194"),
        (Value::Int(1), "1"),
        (s("65535"), "65535"),
    ] {
        let checked = check(&with(&[("Port", v.clone())]), Lang::En);
        assert!(checked.report().valid(), "{v:?}");
        assert_eq!(checked.request().get("Port"), Some(wire), "{v:?}");
    }
}

#[test]
fn booleans_go_on_the_wire_in_lower_case() {
    for name in ["Compress", "EnableMultiFactorAuth", "DryRun"] {
        for (v, wire) in [
            (Value::Bool(true), "true"),
            (s("false"), "false"),
            (Value::Bool(false), "false"),
        ] {
            let mut i = with(&[(name, v)]);
            if name == "EnableMultiFactorAuth" {
                i.insert("IDaaSInstanceId".into(), s("idaas-cn-hangzhou-xxx"));
                i.insert("IDaaSRegionId".into(), s("cn-hangzhou"));
            }
            let checked = check(&i, Lang::En);
            assert!(checked.report().valid(), "{name}: {:#?}", checked.report());
            assert_eq!(checked.request().get(name), Some(wire));
        }
    }
}

/// Every optional parameter set, as a script would send them.
fn complete() -> Input {
    input(&[
        ("Action", s("CreateSslVpnServer")),
        ("RegionId", s("cn-hangzhou")),
        ("VpnGatewayId", s("vpn-bp1hgim8by0kc9nga5lg3")),
        ("Name", s("office-vpn")),
        ("ClientIpPool", s("192.168.1.0/24")),
        ("LocalSubnet", s("10.0.0.0/8, 172.16.0.0/16")),
        ("Proto", s("UDP")),
        ("Port", Value::Int(1195)),
        ("Cipher", s("AES-256-CBC")),
        ("Compress", Value::Bool(true)),
        ("EnableMultiFactorAuth", Value::Bool(true)),
        ("IDaaSInstanceId", s("idaas_ue2jvisn35ea5lmthk267xxxxx")),
        ("IDaaSRegionId", s("ap-southeast-1")),
        ("IDaaSApplicationId", s("app_my6g4qmvnwxzj2fabcd")),
        ("ClientToken", s("02fb3da4-130e-11e9-8e44-0016e04115b")),
        ("DryRun", Value::Bool(false)),
        ("DnsServers", s("100.100.2.136,100.100.2.138")),
    ])
}

#[test]
fn a_complete_request_is_valid_and_canonical() {
    let checked = check(&complete(), Lang::En);
    assert!(checked.report().valid(), "{:#?}", checked.report());
    assert!(
        checked.report().of(Severity::Warning).next().is_none(),
        "{:#?}",
        checked.report()
    );
    let got: Vec<(&str, &str)> = checked.request().params().collect();
    let want = vec![
        ("Cipher", "AES-256-CBC"),
        ("ClientIpPool", "192.168.1.0/24"),
        ("ClientToken", "02fb3da4-130e-11e9-8e44-0016e04115b"),
        ("Compress", "true"),
        ("DnsServers", "100.100.2.136,100.100.2.138"),
        ("DryRun", "false"),
        ("EnableMultiFactorAuth", "true"),
        ("IDaaSApplicationId", "app_my6g4qmvnwxzj2fabcd"),
        ("IDaaSInstanceId", "idaas_ue2jvisn35ea5lmthk267xxxxx"),
        ("IDaaSRegionId", "ap-southeast-1"),
        ("LocalSubnet", "10.0.0.0/8,172.16.0.0/16"),
        ("Name", "office-vpn"),
        ("Port", "1195"),
        ("Proto", "UDP"),
        ("RegionId", "cn-hangzhou"),
        ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
    ];
    assert_eq!(got, want);
    // Every parameter but Action is there: the table and the request agree.
    assert_eq!(got.len(), PARAMS.len() - 1);
    assert_eq!(checked.request().region_id(), "cn-hangzhou");
    let valid = checked.into_valid().expect("valid");
    assert_eq!(valid.get("Port"), Some("1195"));
    assert!(valid
        .warnings()
        .iter()
        .all(|f| f.severity != Severity::Error));
    assert!(!valid.warnings().is_empty(), "infos are carried along");
}

#[test]
fn the_request_never_carries_an_unasked_for_default() {
    let checked = check(
        &with(&[
            ("Action", s("CreateSslVpnServer")),
            ("Port", Value::Null),
            ("Proto", s("")),
        ]),
        Lang::En,
    );
    assert!(checked.report().valid());
    let names: Vec<&str> = checked.request().params().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        ["ClientIpPool", "LocalSubnet", "RegionId", "VpnGatewayId"]
    );
    for p in PARAMS.iter().filter(|p| p.default.is_some()) {
        assert_eq!(
            checked.request().get(p.name),
            None,
            "{} sent by default",
            p.name
        );
    }
}

#[test]
fn into_valid_refuses_a_request_with_errors() {
    let report = check(&with(&[("Port", Value::Int(443))]), Lang::En)
        .into_valid()
        .unwrap_err();
    assert!(!report.valid());
    let ok = check(&with(&[("RegionId", s("cn-hangzou"))]), Lang::En)
        .into_valid()
        .unwrap();
    assert_eq!(
        ok.warnings().len(),
        ok.warnings()
            .iter()
            .filter(|f| f.severity != Severity::Error)
            .count()
    );
    assert!(ok.warnings().iter().any(|f| f.rule == "region-unknown"));
    // A request with errors still builds as far as it can, for display.
    let checked = check(
        &with(&[("Port", Value::Int(443)), ("Proto", s("UDP"))]),
        Lang::En,
    );
    assert_eq!(checked.request().get("Proto"), Some("UDP"));
}

#[test]
fn findings_come_in_form_order() {
    let report = validate(
        &input(&[
            ("DryRun", s("yes")),
            ("Port", Value::Int(22)),
            ("LocalSubnet", s("127.0.0.0/8")),
            ("Name", s("http://x")),
        ]),
        Lang::En,
    );
    let order: Vec<usize> = report
        .findings()
        .iter()
        .map(|f| {
            PARAMS
                .iter()
                .position(|p| p.name == f.field)
                .unwrap_or(PARAMS.len())
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "{report:#?}");
}

#[test]
fn unknown_parameters_never_reach_the_request() {
    let checked = check(
        &with(&[("VpnGatewayID", s("vpn-x")), ("Signature", s("abc"))]),
        Lang::En,
    );
    assert!(!checked.report().valid());
    assert_eq!(checked.request().get("VpnGatewayID"), None);
    assert_eq!(checked.request().get("Signature"), None);
    assert_eq!(checked.request().params().count(), 4);
}

#[test]
fn every_parameter_of_the_table_is_known() {
    for p in PARAMS {
        let report = validate(&with(&[(p.name, s(p.example))]), Lang::En);
        assert!(
            !report
                .findings()
                .iter()
                .any(|f| f.rule == "unknown-parameter"),
            "{}",
            p.name
        );
    }
    let _ = without(&[]);
}
