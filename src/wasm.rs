//! The WebAssembly facade: the only module that touches wasm-bindgen.
//! Every export has the same shape: read arguments, call the core, serialize.

use crate::{Input, Lang};
use serde::Serialize;
use wasm_bindgen::prelude::*;

const SERIALIZER: serde_wasm_bindgen::Serializer = serde_wasm_bindgen::Serializer::new()
    .serialize_missing_as_null(true)
    .serialize_maps_as_objects(true);

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&SERIALIZER)
        .map_err(|e| JsError::new(&e.to_string()))
}

fn lang(lang: Option<String>) -> Lang {
    lang.as_deref().and_then(Lang::parse).unwrap_or_default()
}

fn input(params: JsValue) -> Result<Input, JsError> {
    if params.is_undefined() || params.is_null() {
        return Ok(Input::new());
    }
    serde_wasm_bindgen::from_value(params).map_err(|e| JsError::new(&e.to_string()))
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
export interface Snippet { code: string; hasErrors: boolean; target: string }
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
}

/// The parameter table.
#[wasm_bindgen]
pub fn parameters() -> Result<JsParams, JsError> {
    to_js(crate::PARAMS).map(JsCast::unchecked_into)
}

/// The known regions.
#[wasm_bindgen]
pub fn regions() -> Result<JsRegions, JsError> {
    to_js(crate::REGIONS).map(JsCast::unchecked_into)
}

/// The error catalogue.
#[wasm_bindgen]
pub fn errors() -> Result<JsErrors, JsError> {
    to_js(crate::ERRORS).map(JsCast::unchecked_into)
}

/// Validates parameters keyed by wire name; `lang` is `"en"` (default) or `"zh"`.
#[wasm_bindgen]
pub fn validate(params: JsInput, lang_tag: Option<String>) -> Result<JsReport, JsError> {
    let input = input(params.into())?;
    to_js(&crate::validate(&input, lang(lang_tag))).map(JsCast::unchecked_into)
}

/// The snippet targets (`curl` needs a signed request and is not rendered by `snippet`).
#[wasm_bindgen(js_name = snippetTargets)]
pub fn snippet_targets() -> Result<JsTargets, JsError> {
    to_js(crate::snippet::TARGETS).map(JsCast::unchecked_into)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SnippetOut {
    code: String,
    has_errors: bool,
    target: String,
}

/// Ready-to-run code for `target` from parameters keyed by wire name; a
/// request with errors still gets its snippet, flagged by `hasErrors`.
/// Throws `"<code>: <message>"` (`unknown-target`, `needs-signature`).
#[wasm_bindgen]
pub fn snippet(
    params: JsInput,
    target: String,
    lang_tag: Option<String>,
) -> Result<JsSnippet, JsError> {
    let input = input(params.into())?;
    let checked = crate::check(&input, lang(lang_tag));
    let has_errors = !checked.report.valid;
    let code = crate::snippet::render(&target, &checked.request, has_errors)
        .map_err(|e| JsError::new(&format!("{}: {}", e.code, e.message)))?;
    to_js(&SnippetOut {
        code,
        has_errors,
        target,
    })
    .map(JsCast::unchecked_into)
}
