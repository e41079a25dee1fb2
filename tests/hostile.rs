//! Hostile input never panics, always gives findings, and never blows up the
//! messages: megabyte values and names, every control character, random
//! Unicode from a fixed-seed generator, and every wrong JSON type.
//!
//! The caps bound every report: 100,000 unknown keys give a few findings, a
//! request at the caps is checked in well under 50 ms (printed; the assert
//! allows 500 ms for debug builds), megabyte values cost no more than values
//! at the cap. `benches/validate.rs` measures speed in release builds.

// Native only: uses serde_json (and, for the CLI, processes).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_report_invariants, base, s, with, Rng};
use sslvpn_builder::{
    check, limits, validate, Input, Kind, Lang, Report, Severity, Shape, Value, PARAMS,
};
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;
/// The longest message any rule writes is about 250 characters; echoed
/// values are cut at 40.
const MAX_MESSAGE_CHARS: usize = 320;

/// Both languages; the invariants of every report; messages stay short.
fn run(input: &Input) -> [Report; 2] {
    [Lang::En, Lang::Zh].map(|lang| {
        let report = validate(input, lang);
        assert_report_invariants(&report, lang);
        for f in report.findings() {
            let n = f.message.chars().count();
            assert!(
                n <= MAX_MESSAGE_CHARS,
                "{} message of {n} characters: {:?}",
                f.rule,
                f.message.chars().take(80).collect::<String>()
            );
        }
        report
    })
}

fn findings_on(report: &Report, field: &str) -> usize {
    report
        .findings()
        .iter()
        .filter(|f| f.field == field)
        .count()
}

/// Random text for hostile input, on the shared deterministic generator.
impl Rng {
    fn char(&mut self) -> char {
        loop {
            let c = match self.below(8) {
                0 => self.below(0x80) as u32,                    // ASCII incl. controls
                1 => b"0123456789./,: -"[self.below(16)] as u32, // CIDR-ish
                2 => 0x4e00 + self.below(0x5200) as u32,         // CJK
                3 => 0x0300 + self.below(0x70) as u32,           // combining marks
                4 => 0x1f300 + self.below(0x300) as u32,         // emoji
                5 => 0x80 + self.below(0x80) as u32,             // C1 controls, Latin-1
                6 => self.below(0x11_0000) as u32,               // anything
                _ => 0x2000 + self.below(0x70) as u32,           // odd spaces, RTL marks
            };
            if let Some(c) = char::from_u32(c) {
                return c;
            }
        }
    }
    fn string(&mut self, max: usize) -> String {
        let n = self.below(max + 1);
        (0..n).map(|_| self.char()).collect()
    }
}

fn big_values() -> Vec<(&'static str, String)> {
    vec![
        ("ASCII", "x".repeat(MB)),
        ("digits", "9".repeat(MB)),
        ("Chinese", "中".repeat(MB / 3)),
        ("spaces", " ".repeat(MB)),
        ("commas", ",".repeat(MB)),
        ("CIDR list", "10.0.0.0/8,".repeat(MB / 11)),
        ("URL", format!("http://{}", "a".repeat(MB))),
        ("NULs", "\0".repeat(MB)),
        ("emoji", "🦀".repeat(MB / 4)),
    ]
}

#[test]
fn megabyte_values_in_every_field() {
    for p in PARAMS {
        for (what, v) in big_values() {
            let reports = run(&with(&[(p.name, s(&v))]));
            for r in &reports {
                assert!(
                    findings_on(r, p.name) > 0,
                    "{} = 1 MB of {what}: no finding",
                    p.name
                );
            }
        }
    }
}

#[test]
fn megabyte_values_in_every_field_at_once() {
    for (what, v) in big_values() {
        let input: Input = PARAMS.iter().map(|p| (p.name.to_owned(), s(&v))).collect();
        let [en, _] = run(&input);
        assert!(!en.valid(), "{what}");
    }
}

#[test]
fn megabyte_echoes_are_truncated() {
    let long = "q".repeat(MB);
    for field in [
        "Port",
        "Proto",
        "Cipher",
        "Compress",
        "RegionId",
        "VpnGatewayId",
        "ClientIpPool",
    ] {
        let [en, _] = run(&with(&[(field, s(&long))]));
        let f = en.findings().iter().find(|f| f.field == field).unwrap();
        assert!(f.message.contains("qqqq…"), "{field}: {}", f.message);
    }
}

#[test]
fn megabyte_parameter_names() {
    for name in [
        "A".repeat(MB),
        format!("{}RegionId", "_".repeat(MB)),
        "中".repeat(MB / 3),
        "\u{0}".repeat(MB),
        format!("VpnGatewayID{}", " ".repeat(MB)),
    ] {
        let mut input = base();
        input.insert(name.clone(), s("x"));
        let [en, zh] = run(&input);
        for r in [&en, &zh] {
            assert!(!r.valid());
            let f = r
                .findings()
                .iter()
                .find(|f| f.rule == "unknown-parameter")
                .unwrap();
            assert_eq!(f.field, name, "the field is the name as typed");
            assert_eq!(f.suggestion, None, "no 'did you mean' for a megabyte name");
        }
    }
}

#[test]
fn many_unknown_parameters() {
    let mut input = base();
    for i in 0..5_000 {
        input.insert(format!("Param{i}"), Value::Int(i));
    }
    let [en, _] = run(&input);
    let count = |rule: &str| en.findings().iter().filter(|f| f.rule == rule).count();
    assert_eq!(count("unknown-parameter"), limits::MAX_UNKNOWN_REPORTED);
    assert_eq!(count("too-many-parameters"), 1);
    let more = en
        .findings()
        .iter()
        .find(|f| f.rule == "more-unknown-parameters")
        .unwrap();
    assert!(more.message.contains("4995"), "{}", more.message);
    assert_eq!(more.field, "");
}

/// 100,000 unknown keys: a report of a few findings, a few kilobytes.
#[test]
fn a_hundred_thousand_unknown_keys_give_a_bounded_report() {
    let mut input = base();
    for i in 0..100_000 {
        input.insert(format!("Unknown{i:06}"), s(&"v".repeat(100)));
    }
    let started = Instant::now();
    let [en, zh] = run(&input);
    let took = started.elapsed();
    for r in [&en, &zh] {
        assert!(!r.valid());
        assert!(r.findings().len() <= 10, "{:#?}", r.findings());
        assert!(r.shape().to_json().len() < 4096);
    }
    println!("100,000 unknown keys: both languages in {took:?}");
}

/// A request with every parameter at its cap (and the key cap filled with
/// unknown names): every call stays far below 50 ms. Measured, not asserted
/// tightly: debug builds are slow, so the bound here is 500 ms per call.
#[test]
fn a_request_at_the_caps_is_fast() {
    let fill = |unit: &str, cap: usize| -> String {
        let mut v = String::new();
        while v.chars().count() + unit.chars().count() <= cap {
            v.push_str(unit);
        }
        v
    };
    let mut shapes: Vec<(&str, Input)> = Vec::new();
    // Text that runs every rule as far as it goes: CIDR lists, URLs, controls.
    for (what, unit) in [
        ("CIDR blocks", "127.0.0.1/32,"),
        ("Chinese", "中"),
        ("URL", "http://"),
        ("controls", "a\u{7}"),
        ("digits", "9"),
        ("spaces", " x "),
    ] {
        let mut input: Input = PARAMS
            .iter()
            .map(|p| (p.name.to_owned(), s(&fill(unit, p.max_len))))
            .collect();
        for i in input.len()..limits::MAX_PARAMS {
            input.insert(format!("{}{i}", "Z".repeat(60)), s("x"));
        }
        assert_eq!(input.len(), limits::MAX_PARAMS);
        shapes.push((what, input));
    }
    // A valid request whose pool overlaps five local blocks (the pool search).
    let mut pool = base();
    pool.insert("ClientIpPool".into(), s("10.0.0.0/8"));
    pool.insert(
        "LocalSubnet".into(),
        s("10.0.0.0/8,172.16.0.0/12,192.168.0.0/17,192.168.128.0/18,192.168.192.0/24"),
    );
    shapes.push(("pool search", pool));
    let mut worst = Duration::ZERO;
    for (what, input) in &shapes {
        for lang in [Lang::En, Lang::Zh] {
            let started = Instant::now();
            let checked = check(input, lang);
            let took = started.elapsed();
            assert_report_invariants(checked.report(), lang);
            for f in checked.report().findings() {
                assert_ne!(
                    f.rule, "value-too-long",
                    "{what}: at the cap is not over it"
                );
            }
            println!("at the caps, {what} ({lang:?}): {took:?}");
            worst = worst.max(took);
        }
    }
    println!("slowest call at the caps: {worst:?}");
    assert!(worst < Duration::from_millis(500), "{worst:?}");
}

/// Megabytes are refused at the cap, in time linear in nothing but the cap.
#[test]
fn megabyte_values_cost_no_more_than_values_at_the_cap() {
    let input: Input = PARAMS
        .iter()
        .map(|p| (p.name.to_owned(), s(&"中".repeat(4 * MB))))
        .collect();
    let started = Instant::now();
    let [en, _] = run(&input);
    let took = started.elapsed();
    assert_eq!(
        en.findings()
            .iter()
            .filter(|f| f.rule == "value-too-long")
            .count(),
        PARAMS.len()
    );
    println!("every parameter 12 MB: {took:?}");
    assert!(took < Duration::from_millis(500), "{took:?}");
}

#[test]
fn every_control_character_in_every_field() {
    let controls = (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32);
    for c in controls {
        for p in PARAMS {
            for v in [
                c.to_string(),
                format!("a{c}b"),
                format!("10.0.0.0/8{c}"),
                format!("{c}cn-hangzhou"),
            ] {
                let input = with(&[(p.name, s(&v))]);
                let [en, _] = run(&input);
                assert!(findings_on(&en, p.name) > 0, "{} = {v:?}", p.name);
                // A control character never goes on the wire unannounced:
                // either a finding names it, or normalising (trimming
                // whitespace controls such as TAB) removed it or the value.
                let warned = en
                    .findings()
                    .iter()
                    .any(|f| f.field == p.name && f.rule == "control-character");
                let sent = check(&input, Lang::En)
                    .request()
                    .get(p.name)
                    .map(str::to_owned);
                if p.kind == Kind::String && p.name != "Action" {
                    assert!(
                        warned || sent.as_deref().is_none_or(|v| !v.contains(c)),
                        "{} = {v:?}: {:#?}",
                        p.name,
                        en.findings()
                    );
                } else if sent.as_deref().is_some_and(|v| v.contains(c)) {
                    assert!(!en.valid(), "{} = {v:?} would be sent", p.name);
                }
                // The raw control character never reaches a message.
                for f in en.findings() {
                    assert!(
                        !f.message.contains(c),
                        "{} = {v:?}: {:?}",
                        p.name,
                        f.message
                    );
                }
            }
        }
    }
}

#[test]
fn random_unicode_in_random_fields() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for _ in 0..3_000 {
        let mut input = base();
        for _ in 0..rng.below(4) + 1 {
            let name = if rng.below(10) == 0 {
                rng.string(30)
            } else {
                PARAMS[rng.below(PARAMS.len())].name.to_owned()
            };
            let value = match rng.below(6) {
                0 => Value::Int(rng.next() as i64),
                1 => Value::Float(f64::from_bits(rng.next())),
                2 => Value::Bool(rng.below(2) == 0),
                3 => Value::Null,
                _ => Value::Str(rng.string(120)),
            };
            input.insert(name, value);
        }
        run(&input);
    }
}

#[test]
fn random_cidr_like_text() {
    let mut rng = Rng(42);
    let alphabet = b"0123456789./,  -:x";
    for _ in 0..5_000 {
        let n = rng.below(40);
        let v: String = (0..n)
            .map(|_| alphabet[rng.below(alphabet.len())] as char)
            .collect();
        for field in ["ClientIpPool", "LocalSubnet", "Port"] {
            run(&with(&[(field, s(&v))]));
        }
    }
}

#[test]
fn odd_numbers() {
    for v in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -0.0,
        1e308,
        5e-324,
        1194.5,
        -1194.0,
    ] {
        for p in PARAMS {
            run(&with(&[(p.name, Value::Float(v))]));
        }
    }
    for v in [i64::MIN, i64::MAX, -1, 0, 65_536] {
        for p in PARAMS {
            run(&with(&[(p.name, Value::Int(v))]));
        }
    }
}

/// A JSON object with `field` set to the raw JSON `value`, over the base input.
fn json_with(field: &str, value: &str) -> String {
    format!(
        r#"{{"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8","{field}":{value}}}"#
    )
}

#[test]
fn wrong_json_types_in_every_field() {
    let containers = [
        "[]",
        "[1,2,3]",
        r#"["10.0.0.0/8"]"#,
        "{}",
        r#"{"a":{"b":[null]}}"#,
    ];
    let numbers = [
        "1.5",
        "-1",
        "-0",
        "0",
        "1194.0",
        "1e308",
        "-1e308",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775809",
        "99999999999999999999999999999999",
        "1e-400",
    ];
    for p in PARAMS {
        for raw in containers {
            let input: Input = serde_json::from_str(&json_with(p.name, raw)).unwrap();
            let [en, _] = run(&input);
            let f = en
                .findings()
                .iter()
                .find(|f| f.field == p.name)
                .unwrap_or_else(|| panic!("{} = {raw}", p.name));
            assert_eq!(
                (f.rule, f.severity),
                ("type-mismatch", Severity::Error),
                "{} = {raw}",
                p.name
            );
        }
        for raw in numbers.iter().chain(&["true", "false"]) {
            let input: Input = serde_json::from_str(&json_with(p.name, raw)).unwrap();
            run(&input);
        }
        // null is the same as leaving the parameter out.
        let input: Input = serde_json::from_str(&json_with(p.name, "null")).unwrap();
        let [en, _] = run(&input);
        let mut absent = base();
        if absent.remove(p.name).is_none() {
            absent = base();
        }
        assert_eq!(en, validate(&absent, Lang::En), "{} = null", p.name);
    }
}

#[test]
fn json_numbers_arrive_as_the_rules_expect() {
    let port = |raw: &str| -> Report {
        let input: Input = serde_json::from_str(&json_with("Port", raw)).unwrap();
        run(&input)[0].clone()
    };
    assert!(port("1194").valid());
    assert!(port("1194.0").valid(), "a whole float is an integer");
    assert!(port("-1").findings().iter().any(|f| f.rule == "port-range"));
    assert!(port("18446744073709551616")
        .findings()
        .iter()
        .any(|f| f.field == "Port" && f.severity == Severity::Error));
    assert!(port("1e308")
        .findings()
        .iter()
        .any(|f| f.field == "Port" && f.severity == Severity::Error));
    assert!(port("1194.5")
        .findings()
        .iter()
        .any(|f| f.field == "Port" && f.rule == "type-mismatch"));
}

#[test]
fn broken_json_is_an_error_not_a_panic() {
    for raw in [
        "1e400",
        r#""\ud800""#,
        r#""unterminated"#,
        "NaN",
        "undefined",
    ] {
        assert!(
            serde_json::from_str::<Input>(&json_with("Name", raw)).is_err(),
            "{raw}"
        );
    }
    for top in ["[]", "\"x\"", "1", "null", "true"] {
        assert!(serde_json::from_str::<Input>(top).is_err(), "{top}");
    }
    // Duplicate keys: serde keeps one of them; either way it validates.
    if let Ok(input) = serde_json::from_str::<Input>(r#"{"Port":22,"Port":1194}"#) {
        run(&input);
    }
}
