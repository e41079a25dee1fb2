//! The error catalogue against the seed page's error table, against the rule
//! registry (`RULES`: "predicted by" is derived from it) and against the
//! codes the rules actually emit; every limit it quotes is a constant.
//!
//! `tests/data/CreateSslVpnServer.txt` is a verbatim copy of the seed page
//! (`/work/shared/seed/CreateSslVpnServer.txt`); its "Error codes" table is
//! parsed here, not retyped.

mod common;

use common::{has_cjk, rows};
use sslvpn_builder::operation::OPERATIONS;
use sslvpn_builder::{error_code, validate, Input, Lang, Shape, Value, ERRORS, RULES};
use std::collections::{BTreeMap, BTreeSet};

const SEED: &str = include_str!("data/CreateSslVpnServer.txt");

/// One row of the seed's table: status, code, and "message description".
struct SeedRow {
    status: u16,
    code: String,
    rest: String,
}

fn seed_table() -> Vec<SeedRow> {
    let mut lines = SEED
        .lines()
        .skip_while(|l| !l.starts_with("HttpCode Error code"));
    assert!(lines.next().is_some(), "the seed has no error table");
    lines
        .take_while(|l| !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.splitn(3, ' ');
            let status = parts.next().unwrap().parse().expect("status");
            let code = parts.next().unwrap().to_owned();
            let rest = parts.next().unwrap().to_owned();
            SeedRow { status, code, rest }
        })
        .collect()
}

#[test]
fn the_seed_table_parses_to_17_codes() {
    let codes: Vec<String> = seed_table().into_iter().map(|r| r.code).collect();
    assert_eq!(codes.len(), 17, "{codes:?}");
    for c in [
        "Resource.QuotaFull",
        "Forbbiden.SubUser",
        "SslVpnServerPort.Illegal",
        "InvalidVpnGatewayInstanceId.NotFound",
    ] {
        assert!(codes.iter().any(|x| x == c), "{c}");
    }
}

#[test]
fn every_seed_code_is_catalogued_with_the_seed_status_and_message() {
    for row in seed_table() {
        let entry = error_code(&row.code).unwrap_or_else(|| panic!("{} not in ERRORS", row.code));
        assert_eq!(entry.http_status, Some(row.status), "{}", row.code);
        let message = entry
            .message
            .unwrap_or_else(|| panic!("{} has no message", row.code));
        // The table row is "<message> <description>": the message is exactly
        // the first part.
        assert!(
            row.rest.starts_with(message) && row.rest[message.len()..].starts_with(' '),
            "{}: catalogue message {message:?} is not the seed's {:?}",
            row.code,
            row.rest
        );
    }
}

#[test]
fn the_seed_codes_come_first() {
    let seed: BTreeSet<String> = seed_table().into_iter().map(|r| r.code).collect();
    let first: BTreeSet<String> = ERRORS
        .iter()
        .take(seed.len())
        .map(|e| e.code.to_owned())
        .collect();
    assert_eq!(first, seed);
}

#[test]
fn codes_are_unique_and_looked_up_exactly() {
    let mut seen = BTreeSet::new();
    for e in ERRORS {
        assert!(seen.insert(e.code), "duplicate {}", e.code);
        assert!(std::ptr::eq(error_code(e.code).unwrap(), e));
        assert!(error_code(&e.code.to_lowercase()).is_none() || e.code == e.code.to_lowercase());
    }
    assert!(error_code("").is_none());
    assert!(error_code("InvalidName ").is_none());
}

#[test]
fn every_entry_explains_itself_in_both_languages() {
    for e in ERRORS {
        for t in [e.explanation, e.action] {
            assert!(!t.en.is_empty() && !t.zh.is_empty(), "{}", e.code);
            assert!(!has_cjk(t.en), "{}: Chinese in English text", e.code);
            assert!(has_cjk(t.zh), "{}: no Chinese in {:?}", e.code, t.zh);
        }
        assert!(!e.source.is_empty(), "{}", e.code);
        if let Some(s) = e.http_status {
            assert!((400..600).contains(&s), "{}: {s}", e.code);
        }
    }
}

/// (code, rule) pairs the rules emit over every input of the rule table,
/// and over the family's own rows (tests/family.rs has their full table).
fn emitted() -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    let mut by_code: BTreeMap<&'static str, BTreeSet<&'static str>> = BTreeMap::new();
    for op in OPERATIONS {
        for id in ["VSS_BP18Q7HZJ6LARGV4V", "vss-bp18q7hzj6largv4v1abcd"] {
            let input: Input = [("RegionId", "cn-hangzhou"), ("SslVpnServerId", id)]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), Value::from(v)))
                .collect();
            for f in op.validate(&input, Lang::En).into_findings() {
                if let Some(code) = f.code {
                    by_code.entry(code).or_default().insert(f.rule);
                }
            }
        }
    }
    for r in rows() {
        for lang in [Lang::En, Lang::Zh] {
            for f in validate(&r.input, lang).into_findings() {
                if let Some(code) = f.code {
                    by_code.entry(code).or_default().insert(f.rule);
                }
            }
        }
    }
    by_code
}

#[test]
fn every_code_a_rule_names_is_catalogued() {
    let mut named = BTreeSet::new();
    for rule in RULES {
        if let Some(code) = rule.code {
            let entry =
                error_code(code).unwrap_or_else(|| panic!("{rule:?}: {code} not catalogued"));
            assert!(
                entry.http_status.is_some(),
                "{code} is predicted, so it needs a status"
            );
            assert!(
                entry.predicted_by.contains(rule.id),
                "{code}: {:?}",
                entry.predicted_by
            );
            named.insert(code);
        }
    }
    assert!(named.len() >= 7, "too few codes predicted: {named:?}");
}

#[test]
fn predicted_by_is_exactly_the_registry() {
    for e in ERRORS {
        let want: Vec<&str> =
            RULES
                .iter()
                .filter(|r| r.code == Some(e.code))
                .fold(Vec::new(), |mut ids, r| {
                    if !ids.contains(&r.id) {
                        ids.push(r.id);
                    }
                    ids
                });
        assert_eq!(e.predicted_by.ids(), want, "{}", e.code);
        assert_eq!(e.predicted_by.is_empty(), want.is_empty(), "{}", e.code);
        assert_eq!(e.predicted_by.join(","), want.join(","), "{}", e.code);
        // The shape the page and the CLI print carries the same list.
        let shape = e.shape().to_json();
        let list = format!("\"predictedBy\":{}", serde_json::to_string(&want).unwrap());
        assert!(shape.contains(&list), "{shape}");
    }
    // What the seed wrote by hand is what the registry derives.
    for (code, ids) in [
        ("InvalidName", &["name-length", "name-url-prefix"][..]),
        ("ClientIpPool.NetmaskInvalid", &["client-ip-pool-netmask"]),
        (
            "ClientIpPool.SubnetInvalid",
            &["client-ip-pool-reserved", "client-ip-pool-overlap"],
        ),
        (
            "MissingParameter.IDaaSInstanceId",
            &["mfa-instance-required"],
        ),
        ("SslVpnServerPort.Illegal", &["port-range", "port-reserved"]),
        ("InvalidRegionId.NotFound", &["region-unknown"]),
        (
            "InvalidVpnGatewayInstanceId.NotFound",
            &["vpn-gateway-id-shape"],
        ),
    ] {
        assert_eq!(error_code(code).unwrap().predicted_by.ids(), ids, "{code}");
    }
}

#[test]
fn every_emitted_code_is_catalogued_and_names_its_rule() {
    let emitted = emitted();
    assert!(emitted.len() >= 7, "too few codes emitted: {emitted:?}");
    for (code, rules) in &emitted {
        let entry = error_code(code).unwrap_or_else(|| panic!("{code} emitted but not catalogued"));
        for rule in rules {
            assert!(
                entry.predicted_by.contains(rule),
                "{code} is emitted by {rule}, but predicted_by is {:?}",
                entry.predicted_by
            );
        }
    }
}

#[test]
fn every_predicted_by_rule_emits_that_code() {
    let emitted = emitted();
    for e in ERRORS {
        for rule in e.predicted_by.ids() {
            assert!(
                emitted.get(e.code).is_some_and(|r| r.contains(rule)),
                "{}: {rule} never emits this code over the rule table",
                e.code
            );
        }
    }
}

#[test]
fn codes_only_the_server_knows_are_never_predicted() {
    let emitted = emitted();
    for code in [
        "Resource.QuotaFull",
        "VpnGateway.Configuring",
        "VpnGateway.FinancialLocked",
        "Forbidden",
        "Forbbiden.SubUser",
        "SystemBusy",
        "DryRunOperation",
    ] {
        let e = error_code(code).unwrap();
        assert!(e.predicted_by.is_empty(), "{code}");
        assert!(!emitted.contains_key(code), "{code}");
    }
}

/// The numbers in a text (digit runs, with dots and hyphens between digits),
/// not those inside a word (`IPv4`).
fn numbers(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut in_word = false;
    for (i, c) in chars.iter().enumerate() {
        let joins = matches!(c, '.' | '-')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_alphabetic() {
            in_word = true;
        } else if !c.is_ascii_digit() {
            in_word = false;
        }
        if in_word {
            cur.clear();
        } else if c.is_ascii_digit() || joins {
            cur.push(*c);
        } else if !cur.is_empty() {
            out.insert(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.insert(cur);
    }
    out
}

#[test]
fn every_limit_in_the_catalogue_is_a_constant() {
    use sslvpn_builder::limits::*;
    let s = |v: &[u64]| v.iter().map(u64::to_string).collect::<BTreeSet<_>>();
    // Code -> the constants its explanation and action quote (both languages),
    // and any other number (private ranges written short).
    let cases: [(&str, BTreeSet<String>, &[&str]); 5] = [
        (
            "InvalidName",
            s(&[NAME_MIN_CHARS as u64, NAME_MAX_CHARS as u64]),
            &[],
        ),
        (
            "ClientIpPool.NetmaskInvalid",
            s(&[POOL_MIN_PREFIX.into(), POOL_MAX_PREFIX.into()]),
            &[],
        ),
        (
            "ClientIpPool.SubnetInvalid",
            s(&[]),
            &["10", "8", "172.16", "12", "192.168", "16"],
        ),
        (
            "IllegalParam.LocalSubnet",
            s(&[
                LOCAL_MIN_BLOCKS as u64,
                LOCAL_MAX_BLOCKS as u64,
                LOCAL_MIN_PREFIX.into(),
                LOCAL_MAX_PREFIX.into(),
            ]),
            &[],
        ),
        (
            "SslVpnServerPort.Illegal",
            s(&[
                PORT_MIN.into(),
                PORT_MAX.into(),
                PORT_DEFAULT.parse().unwrap(),
            ]),
            &[],
        ),
    ];
    for (code, limits, others) in &cases {
        let e = error_code(code).unwrap();
        for text in [e.explanation.en, e.explanation.zh, e.action.en, e.action.zh] {
            let found = numbers(text);
            for n in &found {
                assert!(
                    limits.contains(n) || others.contains(&n.as_str()),
                    "{code}: {n} is no constant: {text}"
                );
            }
        }
        for n in limits {
            let all = [e.explanation.en, e.action.en].concat();
            let all_zh = [e.explanation.zh, e.action.zh].concat();
            assert!(numbers(&all).contains(n), "{code}: en lacks {n}");
            assert!(numbers(&all_zh).contains(n), "{code}: zh lacks {n}");
        }
    }
    // The published messages quote the same limits.
    let netmask = error_code("ClientIpPool.NetmaskInvalid")
        .unwrap()
        .message
        .unwrap();
    assert_eq!(
        numbers(netmask),
        s(&[POOL_MIN_PREFIX.into(), POOL_MAX_PREFIX.into()])
    );
    let port = error_code("SslVpnServerPort.Illegal")
        .unwrap()
        .message
        .unwrap();
    assert_eq!(
        numbers(port),
        BTreeSet::from([format!("{PORT_MIN}-{PORT_MAX}")])
    );
    // Every other entry quotes no number at all.
    for e in ERRORS
        .iter()
        .filter(|e| !cases.iter().any(|(c, _, _)| *c == e.code))
    {
        for text in [e.explanation.en, e.explanation.zh, e.action.en, e.action.zh] {
            assert!(numbers(text).is_empty(), "{}: {text}", e.code);
        }
    }
}
