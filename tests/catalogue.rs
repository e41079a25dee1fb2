//! The error catalogue against the seed page's error table, and against the
//! codes the rules actually emit.
//!
//! `tests/data/CreateSslVpnServer.txt` is a verbatim copy of the seed page
//! (`/work/shared/seed/CreateSslVpnServer.txt`); its "Error codes" table is
//! parsed here, not retyped.

mod common;

use common::{has_cjk, rows};
use sslvpn_builder::{error_code, validate, Lang, ERRORS};
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

/// (code, rule) pairs the rules emit over every input of the rule table.
fn emitted() -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    let mut by_code: BTreeMap<&'static str, BTreeSet<&'static str>> = BTreeMap::new();
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
fn every_predicted_by_rule_exists_and_emits_that_code() {
    let emitted = emitted();
    // The rule ids any input produced, with or without a code.
    let all_rules: BTreeSet<&str> = rows()
        .iter()
        .flat_map(|r| validate(&r.input, Lang::En).into_findings())
        .map(|f| f.rule)
        .collect();
    for e in ERRORS {
        for rule in e.predicted_by {
            assert!(
                all_rules.contains(rule),
                "{}: predicted_by {rule}, which no input triggers",
                e.code
            );
            assert!(
                emitted.get(e.code).is_some_and(|r| r.contains(rule)),
                "{}: {rule} never emits this code",
                e.code
            );
        }
    }
}

#[test]
fn codes_only_the_server_knows_are_never_predicted() {
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
        assert!(!emitted().contains_key(code), "{code}");
    }
}
