//! The WebAssembly facade: the only module that touches wasm-bindgen.
//! Every export has the same shape: read arguments, call the core, serialize.

use crate::{Input, Lang, Value};
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
