//! The WebAssembly facade (src/wasm.rs), called as the page calls it: JS
//! values in, JS values out, read back with `serde-wasm-bindgen` and
//! `js_sys::Reflect`.
//!
//! The same file runs in Node (the default) and in headless Chromium
//! (`WASM_BINDGEN_USE_BROWSER=1`); no `wasm_bindgen_test_configure!`, so the
//! runner's environment picks. Native `cargo test` compiles nothing here.
//!
//! ```text
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!   cargo test --target wasm32-unknown-unknown --test wasm
//! WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
//!   WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
//!   CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!   cargo test --target wasm32-unknown-unknown --test wasm
//! ```

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use serde::Deserialize;
use sslvpn_builder::wasm;
use wasm_bindgen::{JsCast, JsError, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[derive(Debug, Deserialize, PartialEq)]
struct Text {
    en: String,
    zh: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Param {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    required: bool,
    default: Option<String>,
    allowed: Vec<String>,
    example: String,
    format: String,
    group: String,
    since: Option<String>,
    label: Text,
    help: Text,
    hidden: bool,
    max_length: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Region {
    id: String,
    name: Text,
    closed: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ErrorCode {
    code: String,
    http_status: Option<u16>,
    message: Option<String>,
    explanation: Text,
    action: Text,
    predicted_by: Vec<String>,
    source: String,
    field: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Finding {
    field: String,
    severity: String,
    code: Option<String>,
    http_status: Option<u16>,
    rule: String,
    message: String,
    suggestion: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Report {
    valid: bool,
    findings: Vec<Finding>,
}

fn ok<T>(r: Result<T, JsError>) -> T {
    r.unwrap_or_else(|e| panic!("{:?}", JsValue::from(e)))
}

fn read<T: for<'de> Deserialize<'de>>(v: impl Into<JsValue>) -> T {
    serde_wasm_bindgen::from_value(v.into()).expect("facade output has the documented shape")
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// A JS object built with `Reflect.set`, as the page's form code builds it.
fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn base_pairs() -> Vec<(&'static str, JsValue)> {
    vec![
        ("RegionId", "cn-hangzhou".into()),
        ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3".into()),
        ("ClientIpPool", "192.168.1.0/24".into()),
        ("LocalSubnet", "10.0.0.0/8".into()),
    ]
}

fn with(extra: &[(&'static str, JsValue)]) -> JsValue {
    let mut pairs = base_pairs();
    pairs.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
    pairs.extend(extra.iter().cloned());
    object(&pairs)
}

/// A language tag as the page passes it.
fn tag(lang: Option<&str>) -> Option<wasm::JsLang> {
    lang.map(|l| JsValue::from_str(l).unchecked_into())
}

fn validate(params: JsValue, lang: Option<&str>) -> Report {
    read(ok(wasm::validate(params.unchecked_into(), tag(lang))))
}

fn finding<'a>(r: &'a Report, field: &str) -> &'a Finding {
    r.findings
        .iter()
        .find(|f| f.field == field)
        .unwrap_or_else(|| panic!("no finding on {field}: {r:#?}"))
}

#[wasm_bindgen_test]
fn parameters_match_the_table() {
    let js = wasm::parameters();
    let list: &Array = js.unchecked_ref();
    assert_eq!(list.length() as usize, sslvpn_builder::PARAMS.len());
    let params: Vec<Param> = read(js);
    let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
    let want: Vec<&str> = sslvpn_builder::PARAMS.iter().map(|p| p.name).collect();
    assert_eq!(names, want);
    let port = params.iter().find(|p| p.name == "Port").unwrap();
    assert_eq!(port.kind, "Integer");
    assert_eq!(port.default.as_deref(), Some("1194"));
    assert!(!port.required);
    assert_eq!(port.group, "tunnel");
    let proto = params.iter().find(|p| p.name == "Proto").unwrap();
    assert_eq!(proto.allowed, ["TCP", "UDP"]);
    let required: Vec<&str> = params
        .iter()
        .filter(|p| p.required)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        required,
        [
            "Action",
            "RegionId",
            "VpnGatewayId",
            "ClientIpPool",
            "LocalSubnet"
        ]
    );
    let app = params
        .iter()
        .find(|p| p.name == "IDaaSApplicationId")
        .unwrap();
    assert_eq!(app.since.as_deref(), Some("2024-05-10"));
    assert_eq!(app.format, "id");
    for p in &params {
        assert!(
            !p.label.en.is_empty() && has_cjk(&p.label.zh) || p.name == "Action",
            "{}",
            p.name
        );
        assert!(has_cjk(&p.help.zh), "{}", p.name);
        let _ = &p.example;
    }
}

#[wasm_bindgen_test]
fn regions_come_with_names_and_closed_flags() {
    let regions: Vec<Region> = read(wasm::regions());
    assert_eq!(regions.len(), sslvpn_builder::REGIONS.len());
    let hz = regions.iter().find(|r| r.id == "cn-hangzhou").unwrap();
    assert_eq!(
        hz.name,
        Text {
            en: "China (Hangzhou)".into(),
            zh: "华东1（杭州）".into()
        }
    );
    assert!(!hz.closed);
    assert!(
        regions
            .iter()
            .find(|r| r.id == "ap-south-1")
            .unwrap()
            .closed
    );
    assert!(
        regions
            .iter()
            .find(|r| r.id == "ap-southeast-2")
            .unwrap()
            .closed
    );
    assert_eq!(regions.iter().filter(|r| r.closed).count(), 2);
}

#[wasm_bindgen_test]
fn errors_carry_status_and_predicting_rules() {
    let js = wasm::errors();
    // Raw read: the first entry is an object with the camelCase keys.
    let first = Array::from(&js).get(0);
    assert_eq!(
        Reflect::get(&first, &"code".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("Resource.QuotaFull")
    );
    assert_eq!(
        Reflect::get(&first, &"httpStatus".into()).unwrap().as_f64(),
        Some(400.0)
    );
    let errors: Vec<ErrorCode> = read(js);
    assert_eq!(errors.len(), sslvpn_builder::ERRORS.len());
    let port = errors
        .iter()
        .find(|e| e.code == "SslVpnServerPort.Illegal")
        .unwrap();
    assert_eq!(port.http_status, Some(400));
    assert!(port.predicted_by.iter().any(|r| r == "port-reserved"));
    assert_eq!(
        port.message.as_deref(),
        Some("The server port is not in the range of [1-65535].")
    );
    let dry = errors.iter().find(|e| e.code == "DryRunOperation").unwrap();
    assert_eq!(dry.http_status, None, "null, not missing, becomes None");
    assert_eq!(dry.message, None);
    let gw = errors
        .iter()
        .find(|e| e.code == "InvalidVpnGatewayInstanceId.NotFound")
        .unwrap();
    assert_eq!(gw.http_status, Some(404));
    for e in &errors {
        assert!(
            has_cjk(&e.explanation.zh) && has_cjk(&e.action.zh),
            "{}",
            e.code
        );
        assert!(!e.explanation.en.is_empty() && !e.action.en.is_empty() && !e.source.is_empty());
    }
}

#[wasm_bindgen_test]
fn reserved_port_is_illegal() {
    let report = validate(with(&[("Port", JsValue::from_f64(443.0))]), None);
    assert!(!report.valid);
    let f = finding(&report, "Port");
    assert_eq!(f.code.as_deref(), Some("SslVpnServerPort.Illegal"));
    assert_eq!(f.http_status, Some(400));
    assert_eq!(f.severity, "error");
    assert_eq!(f.rule, "port-reserved");
    assert_eq!(f.suggestion.as_deref(), Some("1194"));
    assert!(f.message.contains("443"), "{}", f.message);
}

#[wasm_bindgen_test]
fn a_js_number_is_an_integer_when_whole() {
    let report = validate(with(&[("Port", JsValue::from_f64(1194.0))]), None);
    assert!(report.valid, "{report:#?}");
    assert!(!report.findings.iter().any(|f| f.field == "Port"));
    let report = validate(with(&[("Port", JsValue::from_f64(1194.5))]), None);
    assert_eq!(finding(&report, "Port").rule, "type-mismatch");
    let report = validate(with(&[("Port", JsValue::from_f64(-1.0))]), None);
    assert_eq!(finding(&report, "Port").rule, "port-range");
    let report = validate(with(&[("Port", JsValue::from_f64(f64::NAN))]), None);
    assert!(!report.valid);
    let report = validate(with(&[("Port", "1194".into())]), None);
    assert!(report.valid);
}

#[wasm_bindgen_test]
fn undefined_params_give_the_required_findings() {
    for params in [JsValue::UNDEFINED, JsValue::NULL, Object::new().into()] {
        let report = validate(params, None);
        assert!(!report.valid);
        let required: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.rule == "required" && f.severity == "error")
            .map(|f| f.field.as_str())
            .collect();
        assert_eq!(
            required,
            ["RegionId", "VpnGatewayId", "ClientIpPool", "LocalSubnet"]
        );
        assert!(report
            .findings
            .iter()
            .all(|f| f.code.is_none() && f.http_status.is_none()));
    }
}

#[wasm_bindgen_test]
fn undefined_and_null_values_count_as_missing() {
    let report = validate(
        with(&[
            ("RegionId", JsValue::UNDEFINED),
            ("LocalSubnet", JsValue::NULL),
            ("Port", JsValue::UNDEFINED),
        ]),
        None,
    );
    let required: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.rule == "required")
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(required, ["RegionId", "LocalSubnet"]);
    assert!(!report.findings.iter().any(|f| f.field == "Port"));
}

#[wasm_bindgen_test]
fn lang_zh_and_fallbacks() {
    let input = || with(&[("Port", JsValue::from_f64(22.0)), ("Proto", "udp".into())]);
    let zh = validate(input(), Some("zh"));
    assert!(!zh.findings.is_empty());
    assert!(zh.findings.iter().all(|f| has_cjk(&f.message)), "{zh:#?}");
    let zh_cn = validate(input(), Some("zh-CN"));
    assert_eq!(zh.findings, zh_cn.findings);
    let en = validate(input(), None);
    assert!(en.findings.iter().all(|f| !has_cjk(&f.message)), "{en:#?}");
    // An unknown language falls back to English.
    assert_eq!(validate(input(), Some("fr")).findings, en.findings);
    assert_eq!(validate(input(), Some("en")).findings, en.findings);
    // Same findings apart from the text.
    for (a, b) in en.findings.iter().zip(&zh.findings) {
        assert_eq!(
            (&a.field, &a.rule, &a.code, &a.suggestion),
            (&b.field, &b.rule, &b.code, &b.suggestion)
        );
    }
    assert_eq!(finding(&zh, "Proto").suggestion.as_deref(), Some("UDP"));
}

#[wasm_bindgen_test]
fn booleans_arrays_and_objects() {
    let report = validate(
        with(&[("Compress", JsValue::TRUE), ("DryRun", JsValue::FALSE)]),
        None,
    );
    assert!(report.valid, "{report:#?}");
    let report = validate(with(&[("Compress", "True".into())]), None);
    assert_eq!(
        finding(&report, "Compress").suggestion.as_deref(),
        Some("true")
    );
    let arr: JsValue = Array::of1(&"10.0.0.0/8".into()).into();
    let report = validate(
        with(&[("LocalSubnet", arr), ("Name", Object::new().into())]),
        None,
    );
    assert_eq!(finding(&report, "LocalSubnet").rule, "type-mismatch");
    assert_eq!(finding(&report, "Name").rule, "type-mismatch");
    let report = validate(with(&[("VpnGatewayID", "vpn-x".into())]), None);
    assert_eq!(
        finding(&report, "VpnGatewayID").suggestion.as_deref(),
        Some("VpnGatewayId")
    );
}

#[wasm_bindgen_test]
fn non_object_params_are_an_error_not_a_panic() {
    for bad in [
        JsValue::from_f64(5.0),
        JsValue::from_str("RegionId=cn-hangzhou"),
        JsValue::TRUE,
        Array::of1(&"cn-hangzhou".into()).into(),
    ] {
        let r = wasm::validate(bad.unchecked_into(), None);
        assert!(r.is_err());
    }
}

#[wasm_bindgen_test]
fn megabyte_strings_stay_out_of_messages() {
    let big = "9".repeat(1 << 20);
    let report = validate(
        with(&[
            ("Port", big.as_str().into()),
            ("Name", big.as_str().into()),
            ("ClientIpPool", big.as_str().into()),
        ]),
        None,
    );
    assert!(!report.valid);
    for f in &report.findings {
        assert!(
            f.message.chars().count() < 320,
            "{}: {} chars",
            f.rule,
            f.message.len()
        );
    }
}

#[wasm_bindgen_test]
fn the_facade_reports_what_the_core_reports() {
    use sslvpn_builder::{Input, Lang, Value};
    let js = with(&[
        ("Port", JsValue::from_f64(443.0)),
        ("Name", "http://x".into()),
        ("RegionId", "cn-hangzou".into()),
    ]);
    let mut native = Input::new();
    for (k, v) in [
        ("RegionId", "cn-hangzou"),
        ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
        ("ClientIpPool", "192.168.1.0/24"),
        ("LocalSubnet", "10.0.0.0/8"),
        ("Name", "http://x"),
    ] {
        native.insert(k.into(), Value::from(v));
    }
    native.insert("Port".into(), Value::Int(443));
    for (tag, lang) in [("en", Lang::En), ("zh", Lang::Zh)] {
        let facade = validate(js.clone(), Some(tag));
        let core = sslvpn_builder::validate(&native, lang);
        assert_eq!(facade.valid, core.valid());
        let core: Vec<Finding> = core
            .into_findings()
            .into_iter()
            .map(|f| Finding {
                field: f.field,
                severity: f.severity.as_str().into(),
                code: f.code.map(Into::into),
                http_status: f.http_status,
                rule: f.rule.into(),
                message: f.message,
                suggestion: f.suggestion,
            })
            .collect();
        assert_eq!(facade.findings, core);
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SnippetTarget {
    id: String,
    label: Text,
    language: String,
    install: Text,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Refusal {
    code: String,
    message: String,
    bad: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Snippet {
    code: Option<String>,
    has_errors: bool,
    target: String,
    error: Option<Refusal>,
}

fn snippet(
    params: JsValue,
    target: &str,
    creds: Option<JsValue>,
    opts: Option<JsValue>,
) -> Snippet {
    read(ok(wasm::snippet(
        params.unchecked_into(),
        JsValue::from_str(target),
        None,
        creds.map(JsCast::unchecked_into),
        opts.map(JsCast::unchecked_into),
    )))
}

#[wasm_bindgen_test]
fn snippet_targets_list_every_target() {
    let targets: Vec<SnippetTarget> = read(wasm::snippet_targets());
    let ids: Vec<&str> = targets.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "cli",
            "powershell",
            "curl",
            "python",
            "typescript",
            "java",
            "go",
            "php",
            "csharp",
            "terraform",
            "ros"
        ]
    );
    assert!(targets
        .iter()
        .all(|t| !t.label.en.is_empty() && !t.language.is_empty() && !t.install.en.is_empty()));
    let curl = targets.iter().find(|t| t.id == "curl").unwrap();
    assert!(
        has_cjk(&curl.install.zh) && has_cjk(&curl.label.zh),
        "{curl:?}"
    );
}

#[wasm_bindgen_test]
fn snippets_are_the_cores_and_flag_errors() {
    let s = snippet(with(&[("Name", "it's".into())]), "python", None, None);
    assert!(!s.has_errors && s.error.is_none() && s.target == "python");
    let code = s.code.unwrap();
    assert!(code.contains("    name='it\\'s',\n"), "{code}");
    let bad = snippet(with(&[("Port", "abc".into())]), "go", None, None);
    assert!(bad.has_errors);
    assert!(bad.code.unwrap().starts_with("// WARNING"));
    let unknown = snippet(with(&[]), "cobol", None, None);
    assert_eq!(unknown.error.unwrap().code, "unknown-target");
    assert!(unknown.code.is_none());
}

#[wasm_bindgen_test]
fn curl_signs_with_credentials_and_never_shows_the_secret() {
    let opts = || {
        Some(object(&[
            ("timestamp", "2026-01-02T03:04:05Z".into()),
            ("nonce", "n-1".into()),
        ]))
    };
    let none = snippet(with(&[]), "curl", None, opts()).error.unwrap();
    assert_eq!(none.code, "credentials-missing");
    assert!(!none.message.is_empty());
    let creds = || {
        Some(object(&[
            ("accessKeyId", "LTAI-wasm".into()),
            ("accessKeySecret", "wasm-secret".into()),
        ]))
    };
    let s = snippet(with(&[]), "curl", creds(), opts());
    let code = s.code.unwrap();
    assert!(
        code.contains("curl -g -X POST"),
        "V3 POST unless chosen otherwise: {code}"
    );
    assert!(code.contains("Credential=LTAI-wasm,"), "{code}");
    assert!(!code.contains("wasm-secret"));
    let v1 = object(&[
        ("timestamp", "2026-01-02T03:04:05Z".into()),
        ("nonce", "n-1".into()),
        ("signature", "v1".into()),
    ]);
    let code = snippet(with(&[]), "curl", creds(), Some(v1)).code.unwrap();
    assert!(
        code.contains("curl -g -X GET") && code.contains("AccessKeyId=LTAI-wasm&"),
        "{code}"
    );
    assert!(!code.contains("x-acs-"), "only the chosen request: {code}");
    let bad = snippet(with(&[("Port", "22".into())]), "curl", creds(), opts());
    assert!(bad.has_errors && bad.code.is_none());
    assert_eq!(bad.error.unwrap().code, "request-has-errors");
}

// ---- sign(): the SDK vectors of tests/vectors/sdk.json, through the facade ----

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SignResult {
    report: Report,
    signed: Option<Signed>,
    error: Option<Refusal>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Signed {
    scheme: String,
    method: String,
    host: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    canonical: String,
    string_to_sign: String,
    signature: String,
    expires_in_seconds: u32,
    timestamp: String,
    nonce: String,
}

/// A JSON value as the page would pass it (plain objects, strings).
fn js(v: &serde_json::Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap()
}

fn sign(input: JsValue, creds: JsValue, opts: JsValue) -> SignResult {
    read(ok(wasm::sign(
        input.unchecked_into(),
        creds.unchecked_into(),
        Some(opts.unchecked_into()),
        tag(Some("en")),
    )))
}

/// An AccessKey and V1 options with no fixed time or nonce (`sign()` draws them).
fn v1_without_time_or_nonce() -> (JsValue, JsValue) {
    let creds = object(&[
        ("accessKeyId", "LTAI5tTestAccessKey".into()),
        ("accessKeySecret", "testsecret".into()),
    ]);
    (creds, object(&[("signature", "v1".into())]))
}

/// Without a fixed nonce, `sign()` draws a UUID v4 from
/// `crypto.getRandomValues` (16 bytes from a pool of 256 in the full core):
/// across many pool refills every nonce is new, and each is a version 4 UUID.
#[wasm_bindgen_test]
fn sign_draws_a_new_uuid_v4_nonce_each_time() {
    let (creds, opts) = v1_without_time_or_nonce();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..100 {
        let r = sign(with(&[]), creds.clone(), opts.clone());
        let n = r.signed.expect("signed").nonce;
        let b = n.as_bytes();
        assert_eq!(n.len(), 36, "{n}");
        assert!(
            (b[8], b[13], b[14], b[18], b[23]) == (b'-', b'-', b'4', b'-', b'-')
                && matches!(b[19], b'8' | b'9' | b'a' | b'b')
                && n.bytes()
                    .filter(|&c| c != b'-')
                    .all(|c| c.is_ascii_hexdigit()),
            "not a UUID v4: {n}"
        );
        assert!(seen.insert(n), "a nonce came twice");
    }
    // Not all zero bytes (a pool handed out before it was filled would be).
    assert!(seen
        .iter()
        .all(|n| n != "00000000-0000-4000-8000-000000000000"));
}

/// A page that replaced `crypto.getRandomValues` with one that signs
/// before it fills (a nested `sign()` while the outer one draws its
/// nonce): both calls sign, and the module keeps working afterwards.
#[wasm_bindgen_test]
fn a_sign_inside_get_random_values_does_not_trap() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let (creds, opts) = v1_without_time_or_nonce();
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).unwrap();
    let original: js_sys::Function = Reflect::get(&crypto, &"getRandomValues".into())
        .unwrap()
        .unchecked_into();
    let (inside, nested) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(0)));
    let replaced = {
        let (crypto, original, creds, opts) = (
            crypto.clone(),
            original.clone(),
            creds.clone(),
            opts.clone(),
        );
        let (inside, nested) = (inside.clone(), nested.clone());
        Closure::<dyn Fn(JsValue) -> JsValue>::new(move |buf: JsValue| {
            if !inside.replace(true) {
                let r = sign(with(&[]), creds.clone(), opts.clone());
                assert!(r.signed.is_some(), "the nested sign() signs: {:?}", r.error);
                nested.set(nested.get() + 1);
                inside.set(false);
            }
            original.call1(&crypto, &buf).unwrap()
        })
    };
    Reflect::set(&crypto, &"getRandomValues".into(), replaced.as_ref()).unwrap();
    // Enough calls to refill the pool several times.
    let outer: Vec<_> = (0..40)
        .map(|_| sign(with(&[]), creds.clone(), opts.clone()).signed)
        .collect();
    Reflect::set(&crypto, &"getRandomValues".into(), &original).unwrap();
    assert!(
        outer.iter().all(Option::is_some),
        "every outer sign() signs"
    );
    assert!(nested.get() > 0, "the replacement ran");
    assert!(
        sign(with(&[]), creds, opts).signed.is_some(),
        "and afterwards"
    );
}

#[wasm_bindgen_test]
fn sign_reproduces_every_sdk_vector() {
    let data: serde_json::Value = serde_json::from_str(include_str!("vectors/sdk.json")).unwrap();
    let vectors = data["sign"].as_array().unwrap();
    assert_eq!(vectors.len(), 40);
    for v in vectors {
        let name = v["name"].as_str().unwrap();
        let opts = serde_json::json!({
            "signature": v["scheme"], "method": v["method"], "endpoint": v["endpoint"],
            "timestamp": v["timestamp"], "nonce": v["nonce"],
        });
        let r = sign(js(&v["input"]), js(&v["credentials"]), js(&opts));
        assert!(r.error.is_none(), "{name}: {:?}", r.error);
        assert!(r.report.valid, "{name}");
        let s = r.signed.unwrap();
        let e = &v["expected"];
        assert_eq!(s.host, e["host"].as_str().unwrap(), "{name}");
        assert_eq!(s.url, e["url"].as_str().unwrap(), "{name}");
        assert_eq!(s.body.as_deref(), e["body"].as_str(), "{name}");
        assert_eq!(s.canonical, e["canonical"].as_str().unwrap(), "{name}");
        assert_eq!(
            s.string_to_sign,
            e["stringToSign"].as_str().unwrap(),
            "{name}"
        );
        assert_eq!(s.signature, e["signature"].as_str().unwrap(), "{name}");
        assert_eq!(s.scheme, v["scheme"].as_str().unwrap(), "{name}");
        assert_eq!(s.method, v["method"].as_str().unwrap(), "{name}");
        if let Some(auth) = e.get("authorization").and_then(|a| a.as_str()) {
            let last = s.headers.last().unwrap();
            assert_eq!(
                (last.0.as_str(), last.1.as_str()),
                ("Authorization", auth),
                "{name}"
            );
        }
        let secret = v["credentials"]["accessKeySecret"].as_str().unwrap();
        assert!(!s.url.contains(secret) && !s.headers.iter().any(|h| h.1.contains(secret)));
        assert_eq!(
            s.expires_in_seconds,
            if s.scheme == "v1" { 1860 } else { 900 }
        );
    }
}

#[wasm_bindgen_test]
fn sign_refuses_errors_and_bad_options_as_data() {
    let ok_opts = || {
        object(&[
            ("timestamp", "2026-01-02T03:04:05Z".into()),
            ("nonce", "n-1".into()),
        ])
    };
    let creds = || {
        object(&[
            ("accessKeyId", "LTAI-wasm".into()),
            ("accessKeySecret", "wasm-secret".into()),
        ])
    };
    let bad = sign(with(&[("Port", "22".into())]), creds(), ok_opts());
    assert!(!bad.report.valid && bad.signed.is_none());
    assert_eq!(bad.error.unwrap().code, "request-has-errors");
    let none = sign(with(&[]), object(&[]), ok_opts());
    assert_eq!(none.error.unwrap().code, "credentials-missing");
    let host = object(&[
        ("timestamp", "2026-01-02T03:04:05Z".into()),
        ("nonce", "n-1".into()),
        ("endpoint", "https://evil.example/".into()),
    ]);
    assert_eq!(
        sign(with(&[]), creds(), host).error.unwrap().code,
        "endpoint-invalid"
    );
    let good = sign(with(&[]), creds(), ok_opts()).signed.unwrap();
    assert_eq!((good.scheme.as_str(), good.method.as_str()), ("v3", "POST"));
}

// ---- the pipeline: Builder.view, one call per change of the page ----

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Signing {
    scheme: String,
    method: String,
    signed: Option<serde_json::Value>,
    text: Option<String>,
    expiry: Option<String>,
    expired: bool,
    refusal: Option<Refusal>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SnippetView {
    target: String,
    code: Option<String>,
    has_errors: bool,
    refusal: Option<Refusal>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct View {
    report: Report,
    status: String,
    signing: Signing,
    snippet: Option<SnippetView>,
    picture: Option<serde_json::Value>,
    share: String,
}

fn choices(extra: &[(&str, JsValue)]) -> JsValue {
    let creds = object(&[
        ("accessKeyId", "LTAI-view".into()),
        ("accessKeySecret", "view-secret".into()),
    ]);
    let mut pairs = vec![("credentials", creds), ("target", "curl".into())];
    pairs.extend(extra.iter().cloned());
    object(&pairs)
}

fn view(b: &mut wasm::Builder, params: JsValue, choices: JsValue) -> View {
    read(ok(b.view(
        params.unchecked_into(),
        Some(choices.unchecked_into()),
    )))
}

fn nonce(v: &View) -> String {
    v.signing.signed.as_ref().unwrap()["nonce"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[wasm_bindgen_test]
fn builder_keeps_the_nonce_while_nothing_changes_and_renews_it_on_any_change() {
    let mut b = wasm::Builder::new();
    let first = view(&mut b, with(&[]), choices(&[]));
    let n = nonce(&first);
    // A UUID v4 from crypto.getRandomValues.
    assert_eq!(n.len(), 36, "{n}");
    assert_eq!(&n[14..15], "4");
    assert!(first
        .snippet
        .as_ref()
        .unwrap()
        .code
        .as_ref()
        .unwrap()
        .contains(&n));
    assert_eq!(first.signing.method, "POST");
    assert!(first.signing.expiry.unwrap().starts_with("Valid until "));
    assert_eq!(
        nonce(&view(&mut b, with(&[]), choices(&[]))),
        n,
        "no change"
    );
    let zh = view(&mut b, with(&[]), choices(&[("lang", "zh".into())]));
    assert_eq!(nonce(&zh), n, "a language switch is not a new request");
    assert!(has_cjk(zh.signing.expiry.as_ref().unwrap()) && has_cjk(&zh.status));
    let tab = view(&mut b, with(&[]), choices(&[("target", "python".into())]));
    assert_eq!(nonce(&tab), n, "another tab shows the same request");
    let mut seen = vec![n];
    for (params, extra) in [
        (with(&[("Port", "1195".into())]), vec![]),
        (
            with(&[("Port", "1195".into())]),
            vec![("signature", JsValue::from("v1"))],
        ),
        (
            with(&[("Port", "1195".into())]),
            vec![("signature", "v1".into()), ("method", "POST".into())],
        ),
        (
            with(&[("Port", "1195".into())]),
            vec![
                ("signature", "v1".into()),
                ("method", "POST".into()),
                ("endpoint", "central".into()),
            ],
        ),
        (
            with(&[("Port", "1195".into())]),
            vec![
                ("signature", "v1".into()),
                ("method", "POST".into()),
                ("endpoint", "central".into()),
                ("renew", JsValue::TRUE),
            ],
        ),
    ] {
        let v = view(&mut b, params, choices(&extra));
        let n = nonce(&v);
        assert!(!seen.contains(&n), "a change gives a new nonce");
        seen.push(n);
    }
}

#[wasm_bindgen_test]
fn builder_follows_the_choices_in_every_output() {
    let mut b = wasm::Builder::new();
    let v1 = view(&mut b, with(&[]), choices(&[("signature", "v1".into())]));
    assert_eq!(
        (v1.signing.scheme.as_str(), v1.signing.method.as_str()),
        ("v1", "GET")
    );
    let url = v1.signing.text.unwrap();
    assert!(url.starts_with("https://vpc.cn-hangzhou.aliyuncs.com/?"));
    assert!(v1.snippet.unwrap().code.unwrap().contains(url.trim()));
    for target in [
        "python",
        "typescript",
        "java",
        "go",
        "php",
        "csharp",
        "cli",
        "terraform",
    ] {
        let v = view(
            &mut b,
            with(&[]),
            choices(&[("endpoint", "central".into()), ("target", target.into())]),
        );
        let code = v.snippet.unwrap().code.unwrap();
        assert!(
            code.contains("vpc.aliyuncs.com") && !code.contains("vpc.cn-hangzhou"),
            "{target}: {code}"
        );
    }
    let untyped = view(&mut b, with(&[]), choices(&[("endpoint", "".into())]));
    let r = untyped.signing.refusal.unwrap();
    assert_eq!((r.code.as_str(), r.bad), ("host-missing", false));
    let typed = view(
        &mut b,
        with(&[]),
        choices(&[("endpoint", "not a host".into())]),
    );
    let r = typed.signing.refusal.unwrap();
    assert_eq!((r.code.as_str(), r.bad), ("endpoint-invalid", true));
    let zh = view(
        &mut b,
        with(&[("Port", "22".into())]),
        choices(&[("lang", "zh".into())]),
    );
    let s = zh.snippet.unwrap();
    assert!(s.has_errors && has_cjk(&s.refusal.unwrap().message));
    assert!(!zh.report.valid && !zh.signing.expired);
}

/// The wasm value and the CLI's JSON come from one shape: the page's
/// `JSON.parse` of the facade's text equals `serde_json` (what `sslvpn`
/// prints) of the same core value, for the report, the signed request and
/// the whole view.
#[wasm_bindgen_test]
fn wasm_values_equal_the_cli_json() {
    use sslvpn_builder::pipeline::{Choices, Session};
    use sslvpn_builder::signing::Credentials;
    use sslvpn_builder::stamp::Fixed;
    use sslvpn_builder::{Input, Lang, Shape, Value};
    let json = |v: JsValue| -> serde_json::Value {
        serde_json::from_str(&js_sys::JSON::stringify(&v).unwrap().as_string().unwrap()).unwrap()
    };
    let data: serde_json::Value = serde_json::from_str(include_str!("vectors/sdk.json")).unwrap();
    for v in data["sign"].as_array().unwrap().iter().take(10) {
        let input: Input = v["input"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, x)| (k.clone(), Value::from(x.as_str().unwrap())))
            .collect();
        for (code, lang) in [("en", Lang::En), ("zh", Lang::Zh)] {
            let creds = &v["credentials"];
            let choices = Choices {
                lang,
                signature: v["scheme"].as_str().map(Into::into),
                method: v["method"].as_str().map(Into::into),
                endpoint: v["endpoint"].as_str().map(Into::into),
                target: Some("curl".into()),
                credentials: Some(Credentials {
                    access_key_id: creds["accessKeyId"].as_str().unwrap().into(),
                    access_key_secret: creds["accessKeySecret"].as_str().unwrap().into(),
                    security_token: creds["securityToken"].as_str().map(Into::into),
                }),
                timestamp: v["timestamp"].as_str().map(Into::into),
                nonce: v["nonce"].as_str().map(Into::into),
                ..Choices::default()
            };
            let core = Session::default().view(&input, &choices, &mut Fixed::new(1_700_000_000, 1));
            let page = json(ok(wasm::view(js(&v["input"]).unchecked_into(), Some({
                let mut c = serde_json::json!({
                    "lang": code, "signature": v["scheme"], "method": v["method"], "endpoint": v["endpoint"],
                    "target": "curl", "credentials": creds, "timestamp": v["timestamp"], "nonce": v["nonce"],
                });
                c["utcOffset"] = 0.into();
                js(&c).unchecked_into()
            })))
            .into());
            let cli = serde_json::to_value(core.shape()).unwrap();
            // The expiry sentence depends on the clock: the rest is equal.
            let strip = |mut x: serde_json::Value| {
                x["signing"]["expiry"] = serde_json::Value::Null;
                x["signing"]["expired"] = serde_json::Value::Null;
                x
            };
            assert_eq!(strip(page), strip(cli), "{}", v["name"]);
            // `sign()` hands its result back through its own packing (one
            // string a JS literal unpacks): the same value as the core's.
            let page = json(
                ok(wasm::sign(
                    js(&v["input"]).unchecked_into(),
                    js(creds).unchecked_into(),
                    Some(
                        js(&serde_json::json!({
                            "signature": v["scheme"], "method": v["method"], "endpoint": v["endpoint"],
                            "timestamp": v["timestamp"], "nonce": v["nonce"],
                        }))
                        .unchecked_into(),
                    ),
                    tag(Some(code)),
                ))
                .into(),
            );
            let (report, signed) = sslvpn_builder::pipeline::sign_once(
                &input,
                &Choices {
                    target: None,
                    ..choices.clone()
                },
                &mut Fixed::new(1_700_000_000, 1),
            );
            let core = serde_json::json!({
                "report": serde_json::to_value(report.shape()).unwrap(),
                "signed": signed.as_ref().ok().map(|s| serde_json::to_value(s.shape()).unwrap()),
                "error": signed.as_ref().err().map(|e| serde_json::to_value(e.shape()).unwrap()),
            });
            assert_eq!(page, core, "{}", v["name"]);
            let report = json(
                ok(wasm::validate(
                    js(&v["input"]).unchecked_into(),
                    tag(Some(code)),
                ))
                .into(),
            );
            assert_eq!(
                report,
                serde_json::to_value(sslvpn_builder::validate(&input, lang).shape()).unwrap()
            );
        }
    }
    assert_eq!(
        json(wasm::errors().into()),
        serde_json::to_value(sslvpn_builder::ERRORS.shape()).unwrap()
    );
    assert_eq!(
        json(wasm::parameters().into()),
        serde_json::to_value(sslvpn_builder::PARAMS.shape()).unwrap()
    );
}

/// A JS value written as a JS expression (for values serde cannot make:
/// NaN, -0, lone surrogates, keys in insertion order).
fn eval(expr: &str) -> JsValue {
    let make = js_sys::Function::new_no_args(&format!("return {expr};"));
    make.call0(&JsValue::NULL).unwrap()
}

#[wasm_bindgen_test]
fn every_argument_crosses_exactly() {
    use sslvpn_builder::{Input, Lang, Shape, Value};
    // Keys and values that look like the packing itself, non-ASCII of one and
    // two UTF-16 units, a lone surrogate (read as U+FFFD, as every wasm string
    // is), and numbers that must arrive bit for bit.
    let params = eval(
        r#"({ "Name": "3:abc;s1:x", "10:Port": "z", "名称": "全部 😀 ok", "Desc": "a\uD800b",
              "Port": 1194, "Big": 9007199254740993, "Neg": -0, "Frac": 0.1, "Huge": 1e21,
              "Nan": NaN, "Inf": -Infinity, "T": true, "F": false, "N": null, "U": undefined,
              "A": [1], "O": {}, "Fn": () => 1, "Big2": 10n })"#,
    );
    let s = |v: &str| Value::Str(v.to_owned());
    let input: Input = [
        ("Name", s("3:abc;s1:x")),
        ("10:Port", s("z")),
        ("名称", s("全部 😀 ok")),
        ("Desc", s("a\u{FFFD}b")),
        ("Port", Value::Int(1194)),
        ("Big", Value::Float(9007199254740992.0)),
        ("Neg", Value::Int(0)),
        ("Frac", Value::Float(0.1)),
        ("Huge", Value::Float(1e21)),
        ("Nan", Value::Float(f64::NAN)),
        ("Inf", Value::Float(f64::NEG_INFINITY)),
        ("T", Value::Bool(true)),
        ("F", Value::Bool(false)),
        ("N", Value::Null),
        ("U", Value::Null),
        ("A", Value::Other("array")),
        ("O", Value::Other("object")),
        ("Fn", Value::Other("object")),
        ("Big2", Value::Other("object")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let json = |v: JsValue| js_sys::JSON::stringify(&v).unwrap().as_string().unwrap();
    for (code, lang) in [("en", Lang::En), ("zh", Lang::Zh)] {
        let page = json(
            ok(wasm::validate(
                params.clone().unchecked_into(),
                tag(Some(code)),
            ))
            .into(),
        );
        assert_eq!(
            page,
            sslvpn_builder::validate(&input, lang).shape().to_json()
        );
        // `sign` checks the parameters where they lie in the packed text
        // (sorted there, as an `Input` is): the same report.
        let signed = ok(wasm::sign(
            params.clone().unchecked_into(),
            with(&[]).unchecked_into(),
            None,
            tag(Some(code)),
        ));
        let report = js_sys::Reflect::get(&signed, &"report".into()).unwrap();
        assert_eq!(json(report), page);
    }
    // A request whose packed text is longer than the reader's first buffer
    // (2 KB) takes the second way in: the same report.
    let long = "名".repeat(700) + &"x".repeat(900);
    let params = object(&[
        ("Name", long.as_str().into()),
        ("Description", "d".repeat(1500).as_str().into()),
    ]);
    let input: Input = [("Name", s(&long)), ("Description", s(&"d".repeat(1500)))]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    let page = json(ok(wasm::validate(params.unchecked_into(), None)).into());
    assert_eq!(
        page,
        sslvpn_builder::validate(&input, Lang::En).shape().to_json()
    );
    // Choices and credentials: named fields, the prototype chain included,
    // a throwing one read as absent, a non-string one ignored.
    let opts = eval(
        r#"Object.create({ signature: "v1" }, { method: { get() { throw 1 }, enumerable: true },
              timestamp: { value: "2025-06-01T12:34:56Z" }, nonce: { value: "n-1" }, endpoint: { value: 7 } })"#,
    );
    let creds = eval(r#"({ accessKeyId: "id", accessKeySecret: "s3:cr;et", securityToken: "" })"#);
    let r: SignResult = read(ok(wasm::sign(
        with(&[]).unchecked_into(),
        creds.unchecked_into(),
        Some(opts.unchecked_into()),
        None,
    )));
    let signed = r.signed.expect("signed");
    assert_eq!(
        (signed.scheme.as_str(), signed.method.as_str()),
        ("v1", "GET")
    );
    assert_eq!(
        (signed.timestamp.as_str(), signed.nonce.as_str()),
        ("2025-06-01T12:34:56Z", "n-1")
    );
    assert!(
        signed
            .url
            .starts_with("https://vpc.cn-hangzhou.aliyuncs.com/?"),
        "{}",
        signed.url
    );
    assert!(!signed.url.contains("SecurityToken"));
}

// ---- hostile callers: throwing getters and Proxies, odd argument types ----

/// `new Proxy({}, handler)` whose `trap` throws, built with `Function`.
fn throwing(kind: &str) -> JsValue {
    let make = js_sys::Function::new_no_args(&format!(
        "return {};",
        match kind {
            "ownKeys" => "new Proxy({}, { ownKeys() { throw new Error('ownKeys') } })",
            "getter" => "({ get RegionId() { throw new Error('getter') } })",
            "revoked" =>
                "(() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy })()",
            _ => "({ get Port() { throw 42 } })",
        }
    ));
    make.call0(&JsValue::NULL).unwrap()
}

#[wasm_bindgen_test]
fn ten_thousand_throwing_inputs_then_a_normal_call() {
    let mut b = wasm::Builder::new();
    for i in 0..10_000 {
        let p = throwing(["ownKeys", "getter", "revoked", "other"][i % 4]);
        assert!(wasm::validate(p.clone().unchecked_into(), None).is_err());
        if i % 1000 == 0 {
            assert!(b.view(p.unchecked_into(), None).is_err());
        }
    }
    // The wasm is still sound: a normal call works, on the same Builder too.
    let report = validate(with(&[("Port", "443".into())]), None);
    assert_eq!(finding(&report, "Port").rule, "port-reserved");
    let v = view(&mut b, with(&[]), choices(&[]));
    assert!(v.signing.signed.is_some());
    // A throwing choices object reads as no choices, not a trap.
    let c = throwing("getter");
    assert!(b
        .view(with(&[]).unchecked_into(), Some(c.unchecked_into()))
        .is_ok());
}

#[wasm_bindgen_test]
fn odd_argument_types_are_values_not_traps() {
    // A non-string language falls back to English.
    let five = JsValue::from_f64(5.0).unchecked_into();
    let r: Report = read(ok(wasm::validate(
        Object::new().unchecked_into(),
        Some(five),
    )));
    assert!(!r.valid);
    // A target that is not a string (here an object claiming a huge length).
    let huge = object(&[("length", JsValue::from_f64(1e9))]);
    let s: Snippet = read(ok(wasm::snippet(
        with(&[]).unchecked_into(),
        huge,
        None,
        None,
        None,
    )));
    assert_eq!(s.error.unwrap().code, "unknown-target");
    let s: Snippet = read(ok(wasm::snippet(
        with(&[]).unchecked_into(),
        JsValue::from_f64(7.0),
        None,
        None,
        None,
    )));
    assert!(s.code.is_none());
    // A 16 MB value is cut before it is copied into the wasm, and still reported.
    let big = JsValue::from_str(&"x".repeat(16 << 20));
    let r = validate(with(&[("Name", big)]), None);
    assert!(!r.valid);
    assert!(r
        .findings
        .iter()
        .any(|f| f.field == "Name" && f.severity == "error"));
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Operation {
    action: String,
    version: String,
    summary: Text,
    result: String,
    params: Vec<serde_json::Value>,
    codes: Vec<String>,
}

#[wasm_bindgen_test]
fn the_family_is_reachable_through_the_wasm() {
    let ops: Vec<Operation> = read(wasm::operations());
    let names: Vec<&str> = ops.iter().map(|o| o.action.as_str()).collect();
    assert_eq!(
        names,
        [
            "CreateSslVpnServer",
            "ModifySslVpnServer",
            "DeleteSslVpnServer",
            "DescribeSslVpnServers"
        ]
    );
    for o in &ops {
        assert_eq!(o.version, "2016-04-28");
        assert_eq!(o.params[0]["allowed"][0], o.action.as_str());
        assert!(!o.summary.en.is_empty() && has_cjk(&o.summary.zh));
        assert!(o.codes.iter().any(|c| c == "Forbidden"), "{}", o.action);
        assert!(!o.result.is_empty());
    }
    assert_eq!(ops[0].codes.len(), sslvpn_builder::ERRORS.len());
    assert!(!ops[2]
        .codes
        .iter()
        .any(|c| c == "ClientIpPool.NetmaskInvalid"));
    // A Modify request through the page's pipeline: its action is signed and sent.
    let mut b = wasm::Builder::new();
    let params = object(&[
        ("RegionId", "cn-hangzhou".into()),
        ("SslVpnServerId", "vss-bp18q7hzj6largv4v1abcd".into()),
        ("Port", JsValue::from_f64(1195.0)),
    ]);
    let v = view(
        &mut b,
        params.clone(),
        choices(&[
            ("operation", "ModifySslVpnServer".into()),
            ("signature", "v1".into()),
        ]),
    );
    assert!(v.report.valid, "{:?}", v.report);
    let url = v.signing.text.unwrap();
    assert!(url.contains("Action=ModifySslVpnServer&"), "{url}");
    // curl (the active target) sends that same signed request.
    assert!(v.snippet.unwrap().code.unwrap().contains(url.trim()));
    // The same parameters as CreateSslVpnServer miss its required ones.
    let create = view(&mut b, params.clone(), choices(&[]));
    assert!(!create.report.valid);
    // An unknown operation is an error, not a silent CreateSslVpnServer.
    let bad = b.view(
        params.unchecked_into(),
        Some(choices(&[("operation", "DeleteVpc".into())]).unchecked_into()),
    );
    assert!(bad.is_err());
}
