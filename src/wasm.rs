//! The WebAssembly facade: the only module that touches wasm-bindgen.
//! Every export has the same shape: read arguments, call the core, serialize.
//!
//! # Exports
//!
//! Documented here rather than on the functions, since wasm-bindgen copies a
//! function's doc comment into the JS glue the page loads.
//!
//! - `parameters`: The parameter table.
//! - `regions`: The known regions.
//! - `errors`: The error catalogue.
//! - `validate`: Validates parameters keyed by wire name; `lang` is `"en"` (default) or `"zh"`.
//! - `snippetTargets`: The snippet targets: id, label, language and what to install.
//! - `sign`: Validates and signs: `{report, signed, error}`. `signed` is null when the report has
//!   errors or signing fails; `error` (`{code, message}` in `lang`) says why signing failed (bad
//!   credentials or options). Nothing leaves the page.
//! - `snippet`: Ready-to-run code for `target` from parameters keyed by wire name: `{code,
//!   hasErrors, target, error}`. A request with errors still gets its snippet (`hasErrors`), except
//!   `curl`, which signs: it needs `credentials` and `options` (`timestamp`, `nonce`, `endpoint`,
//!   as for `sign`) and a valid request. `error` (`unknown-target`, `credentials-missing`, or a
//!   signing error) comes with `code: null`. Nothing leaves the page.

use crate::{Input, Lang, Value};
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

/// Plain JS values out, written by hand. The shapes are the `Serialize`
/// ones (camelCase names, `None` as `null`, unit enums as their names, same
/// field order) that the CLI's JSON uses; serde's serializer with one impl
/// per type cost the page about 3.5 KB gzip more.
trait Js {
    fn js(&self) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    /// A plain object being filled.
    type Obj;
    /// `obj[key] = value`.
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &Obj, key: &str, value: &JsValue);
}

/// `{key: value, ...}` in the order given.
fn obj(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in fields {
        o.unchecked_ref::<Obj>().set(k, v);
    }
    o.into()
}

fn array(items: impl Iterator<Item = JsValue>) -> JsValue {
    let a = Array::new();
    for v in items {
        a.push(&v);
    }
    a.into()
}

fn js<T: Js + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    Ok(value.js())
}

impl Js for str {
    fn js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl Js for String {
    fn js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl Js for &str {
    fn js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl Js for bool {
    fn js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl Js for u16 {
    fn js(&self) -> JsValue {
        JsValue::from_f64(f64::from(*self))
    }
}

impl<T: Js> Js for Option<T> {
    fn js(&self) -> JsValue {
        self.as_ref().map_or(JsValue::NULL, Js::js)
    }
}

impl<T: Js> Js for [T] {
    fn js(&self) -> JsValue {
        array(self.iter().map(Js::js))
    }
}

impl Js for crate::Text<'_> {
    fn js(&self) -> JsValue {
        obj(&[("en", self.en.js()), ("zh", self.zh.js())])
    }
}

impl Js for crate::Param {
    fn js(&self) -> JsValue {
        let kind = match self.kind {
            crate::Kind::String => "String",
            crate::Kind::Integer => "Integer",
            crate::Kind::Boolean => "Boolean",
        };
        let group = match self.group {
            crate::Group::Operation => "operation",
            crate::Group::Target => "target",
            crate::Group::Network => "network",
            crate::Group::Tunnel => "tunnel",
            crate::Group::Mfa => "mfa",
            crate::Group::Advanced => "advanced",
        };
        obj(&[
            ("name", self.name.js()),
            ("type", kind.js()),
            ("required", self.required.js()),
            ("default", self.default.js()),
            ("allowed", self.allowed.js()),
            ("example", self.example.js()),
            ("format", self.format.js()),
            ("group", group.js()),
            ("since", self.since.js()),
            ("label", self.label.js()),
            ("help", self.help.js()),
        ])
    }
}

impl Js for crate::Region {
    fn js(&self) -> JsValue {
        obj(&[
            ("id", self.id.js()),
            ("name", self.name.js()),
            ("closed", self.closed.js()),
        ])
    }
}

impl Js for crate::ErrorCode {
    fn js(&self) -> JsValue {
        obj(&[
            ("code", self.code.js()),
            ("httpStatus", self.http_status.js()),
            ("message", self.message.js()),
            ("explanation", self.explanation.js()),
            ("action", self.action.js()),
            ("predictedBy", self.predicted_by.js()),
            ("source", self.source.js()),
        ])
    }
}

impl Js for crate::Finding {
    fn js(&self) -> JsValue {
        obj(&[
            ("field", self.field.js()),
            ("severity", self.severity.as_str().js()),
            ("code", self.code.js()),
            ("httpStatus", self.http_status.js()),
            ("rule", self.rule.js()),
            ("message", self.message.js()),
            ("suggestion", self.suggestion.js()),
        ])
    }
}

impl Js for crate::Report {
    fn js(&self) -> JsValue {
        obj(&[("valid", self.valid.js()), ("findings", self.findings.js())])
    }
}

impl Js for crate::snippet::Target {
    fn js(&self) -> JsValue {
        obj(&[
            ("id", self.id.js()),
            ("label", self.label.js()),
            ("language", self.language.js()),
            ("install", self.install.js()),
        ])
    }
}

impl Js for crate::signing::Signed {
    fn js(&self) -> JsValue {
        let scheme = match self.scheme {
            crate::signing::Scheme::V1 => "v1",
            crate::signing::Scheme::V3 => "v3",
        };
        let headers = array(
            self.headers
                .iter()
                .map(|(n, v)| array([n.js(), v.js()].into_iter())),
        );
        obj(&[
            ("scheme", scheme.js()),
            ("method", self.method.as_str().js()),
            ("host", self.host.js()),
            ("url", self.url.js()),
            ("headers", headers),
            ("body", self.body.js()),
            ("canonical", self.canonical.js()),
            ("stringToSign", self.string_to_sign.js()),
            ("signature", self.signature.js()),
            (
                "expiresInSeconds",
                JsValue::from_f64(f64::from(self.expires_in_seconds)),
            ),
            ("timestamp", self.timestamp.js()),
            ("nonce", self.nonce.js()),
        ])
    }
}

/// `{code, message}`: why signing or rendering failed.
struct ErrorOut {
    code: &'static str,
    message: String,
}

impl Js for ErrorOut {
    fn js(&self) -> JsValue {
        obj(&[("code", self.code.js()), ("message", self.message.js())])
    }
}

fn lang(lang: Option<String>) -> Lang {
    lang.as_deref().and_then(Lang::parse).unwrap_or_default()
}

/// Reads `{ WireName: value }` straight from JS. Hand-rolled rather than
/// serde: serde's error paths pull float formatting into the wasm (~14 KB).
fn input(params: JsValue) -> Result<Input, JsError> {
    let mut input = Input::new();
    if params.is_undefined() || params.is_null() {
        return Ok(input);
    }
    if !params.is_object() || js_sys::Array::is_array(&params) {
        return Err(JsError::new(
            "params must be an object keyed by parameter name",
        ));
    }
    for entry in js_sys::Object::entries(params.unchecked_ref()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let Some(key) = pair.get(0).as_string() else {
            continue;
        };
        input.insert(key, value(&pair.get(1)));
    }
    Ok(input)
}

fn value(v: &JsValue) -> Value {
    if let Some(s) = v.as_string() {
        Value::Str(s)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        if n.fract() == 0.0 && n.abs() < 9.0e15 {
            Value::Int(n as i64)
        } else {
            Value::Float(n)
        }
    } else if v.is_undefined() || v.is_null() {
        Value::Null
    } else if js_sys::Array::is_array(v) {
        Value::Other("array")
    } else {
        Value::Other("object")
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TS: &'static str = r#"
export type Severity = "error" | "warning" | "info";
export interface Text { en: string; zh: string }
export interface Param {
  name: string; type: "String" | "Integer" | "Boolean"; required: boolean;
  default: string | null; allowed: string[]; example: string; format: string;
  group: "operation" | "target" | "network" | "tunnel" | "mfa" | "advanced";
  since: string | null; label: Text; help: Text;
}
export interface Region { id: string; name: Text; closed: boolean }
export interface ErrorCode {
  code: string; httpStatus: number | null; message: string | null;
  explanation: Text; action: Text; predictedBy: string[]; source: string;
}
export interface Finding {
  field: string; severity: Severity; code: string | null; httpStatus: number | null;
  rule: string; message: string; suggestion: string | null;
}
export interface Report { valid: boolean; findings: Finding[] }
export type Params = Record<string, string | number | boolean | null | undefined>;
export interface SnippetTarget { id: string; label: string; language: string; install: string }
export interface Snippet {
  code: string | null; hasErrors: boolean; target: string;
  error: { code: string; message: string } | null;
}
export interface Credentials {
  accessKeyId: string; accessKeySecret: string; securityToken?: string | null;
}
export interface SignOptions {
  signature?: "v1" | "v3"; method?: "GET" | "POST";
  endpoint?: "regional" | "central" | string; timestamp: string; nonce: string;
}
export interface Signed {
  scheme: "v1" | "v3"; method: "GET" | "POST"; host: string; url: string;
  headers: [string, string][]; body: string | null; canonical: string;
  stringToSign: string; signature: string; expiresInSeconds: number;
  timestamp: string; nonce: string;
}
export interface SignError { code: string; message: string }
export interface SignResult { report: Report; signed: Signed | null; error: SignError | null }
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Param[]")]
    pub type JsParams;
    #[wasm_bindgen(typescript_type = "Region[]")]
    pub type JsRegions;
    #[wasm_bindgen(typescript_type = "ErrorCode[]")]
    pub type JsErrors;
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
    #[wasm_bindgen(typescript_type = "Params")]
    pub type JsInput;
    #[wasm_bindgen(typescript_type = "SnippetTarget[]")]
    pub type JsTargets;
    #[wasm_bindgen(typescript_type = "Snippet")]
    pub type JsSnippet;
    #[wasm_bindgen(typescript_type = "Credentials")]
    pub type JsCredentials;
    #[wasm_bindgen(typescript_type = "SignOptions")]
    pub type JsSignOptions;
    #[wasm_bindgen(typescript_type = "SignResult")]
    pub type JsSignResult;
}

#[wasm_bindgen]
pub fn parameters() -> Result<JsParams, JsError> {
    js(crate::PARAMS).map(JsCast::unchecked_into)
}

#[wasm_bindgen]
pub fn regions() -> Result<JsRegions, JsError> {
    js(crate::REGIONS).map(JsCast::unchecked_into)
}

#[wasm_bindgen]
pub fn errors() -> Result<JsErrors, JsError> {
    js(crate::ERRORS).map(JsCast::unchecked_into)
}

#[wasm_bindgen]
pub fn validate(params: JsInput, lang_tag: Option<String>) -> Result<JsReport, JsError> {
    let input = input(params.into())?;
    js(&crate::validate(&input, lang(lang_tag))).map(JsCast::unchecked_into)
}

#[wasm_bindgen(js_name = snippetTargets)]
pub fn snippet_targets() -> Result<JsTargets, JsError> {
    js(crate::snippet::TARGETS).map(JsCast::unchecked_into)
}

/// A string field of a JS object (`None` when absent or not a string).
fn field(obj: &JsValue, name: &str) -> Option<String> {
    if !obj.is_object() {
        return None;
    }
    js_sys::Reflect::get(obj, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
}

#[wasm_bindgen]
pub fn sign(
    params: JsInput,
    credentials: JsCredentials,
    options: JsSignOptions,
    lang_tag: Option<String>,
) -> Result<JsSignResult, JsError> {
    let lang = lang(lang_tag);
    let checked = crate::check(&input(params.into())?, lang);
    let report = checked.report.clone();
    let (c, o): (JsValue, JsValue) = (credentials.into(), options.into());
    let creds = crate::signing::Credentials {
        access_key_id: field(&c, "accessKeyId").unwrap_or_default(),
        access_key_secret: field(&c, "accessKeySecret").unwrap_or_default(),
        security_token: field(&c, "securityToken").filter(|t| !t.is_empty()),
    };
    let signed = creds
        .check()
        .and_then(|()| {
            crate::signing::SignOptions::from_text(
                field(&o, "signature").as_deref(),
                field(&o, "method").as_deref(),
                field(&o, "endpoint").as_deref(),
                &field(&o, "timestamp").unwrap_or_default(),
                &field(&o, "nonce").unwrap_or_default(),
            )
        })
        .map(|opts| {
            let valid = checked.into_valid().ok()?;
            Some(crate::signing::sign(&valid, &creds, &opts))
        });
    let (signed, error) = match signed.map(Option::transpose) {
        Ok(Ok(s)) => (s, None),
        Ok(Err(e)) | Err(e) => (None, Some(e)),
    };
    let error = error.map(|e| ErrorOut {
        code: e.code,
        message: e.message(lang).to_owned(),
    });
    Ok(obj(&[
        ("report", report.js()),
        ("signed", signed.js()),
        ("error", error.js()),
    ])
    .unchecked_into())
}

#[wasm_bindgen]
pub fn snippet(
    params: JsInput,
    target: String,
    lang_tag: Option<String>,
    credentials: Option<JsCredentials>,
    options: Option<JsSignOptions>,
) -> Result<JsSnippet, JsError> {
    let lang = lang(lang_tag);
    let checked = crate::check(&input(params.into())?, lang);
    let has_errors = !checked.report.valid;
    let result = if target == "curl" {
        curl_code(checked, credentials, options, lang)
    } else {
        crate::snippet::render(&target, &checked.request, has_errors).map_err(|e| ErrorOut {
            code: e.code,
            message: e.message,
        })
    };
    let (code, error) = match result {
        Ok(c) => (Some(c), None),
        Err(e) => (None, Some(e)),
    };
    Ok(obj(&[
        ("code", code.js()),
        ("hasErrors", has_errors.js()),
        ("target", target.js()),
        ("error", error.js()),
    ])
    .unchecked_into())
}

fn curl_code(
    checked: crate::Checked,
    credentials: Option<JsCredentials>,
    options: Option<JsSignOptions>,
    lang: Lang,
) -> Result<String, ErrorOut> {
    let sign_error = |e: crate::signing::SignError| ErrorOut {
        code: e.code,
        message: e.message(lang).to_owned(),
    };
    let c: JsValue = credentials.map(Into::into).unwrap_or(JsValue::NULL);
    let o: JsValue = options.map(Into::into).unwrap_or(JsValue::NULL);
    let creds = crate::signing::Credentials {
        access_key_id: field(&c, "accessKeyId").unwrap_or_default(),
        access_key_secret: field(&c, "accessKeySecret").unwrap_or_default(),
        security_token: field(&c, "securityToken").filter(|t| !t.is_empty()),
    };
    creds.check().map_err(sign_error)?;
    let Ok(valid) = checked.into_valid() else {
        return Err(ErrorOut {
            code: "request-has-errors",
            message: "The request has errors, so it cannot be signed.".into(),
        });
    };
    let endpoint =
        crate::signing::Endpoint::parse(field(&o, "endpoint").as_deref().unwrap_or("regional"));
    crate::snippet::render_curl(
        &valid,
        &creds,
        &endpoint,
        &field(&o, "timestamp").unwrap_or_default(),
        &field(&o, "nonce").unwrap_or_default(),
    )
    .map_err(sign_error)
}
