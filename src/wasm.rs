//! The WebAssembly facade: the only module that touches wasm-bindgen
//! and js-sys. Every export has the same shape: read the arguments,
//! call the core, hand back the value's [`Shape`] (as JSON text the glue's
//! `JSON.parse` turns into plain objects: one crossing instead of one per
//! field).
//!
//! # Exports
//!
//! Documented here rather than on the functions, since wasm-bindgen copies a
//! function's doc comment into the JS glue the page loads.
//!
//! - `parameters`, `regions`, `errors`, `snippetTargets`: the tables.
//! - `ui(lang)`: the page's words in `lang` (`"en"`, the default, or `"zh"`), keyed.
//! - `uuid()`: a random UUID v4 (a ClientToken), from `crypto.getRandomValues`.
//! - `validate(params, lang)`: the report for parameters keyed by wire name.
//! - `Builder`: `new Builder()`, then `builder.view(params, choices)` once per
//!   change of the form: `{report, status, signing, snippet}`. It keeps the
//!   signature's time and nonce while nothing changes and draws new ones
//!   (from `crypto.getRandomValues`) when the request or a choice changed.
//! - `view(params, choices)`: the same, once, without memory.
//! - `sign(params, credentials, options, lang)`: `{report, signed, error}`.
//! - `snippet(params, target, lang, credentials, options)`: `{code, hasErrors, target, error}`.
//! - `operations()`: the SSL-VPN server family, each with its parameter table
//!   and documented codes; `choices.operation` (and `options.operation`)
//!   names one (default `CreateSslVpnServer`; an unknown name is an error).
//!
//! - `check(params, lang)` (the validation core, `sslvpn_core_en.js` / `_zh.js`, built with
//!   `core-module` and `lang-en` or `lang-zh`, which the page loads first): `{report, status,
//!   picture, share}`. That module exports the tables, `ui`, `uuid` and `check`.
//! - `importText(text, lang, credentials)` (the import module, `sslvpn_import.js`, built
//!   with the `import-module` feature and loaded on first use): `{imported, error}`.
//!
//! `choices` is `{operation, lang, signature, method, endpoint, target, credentials:
//! {accessKeyId, accessKeySecret, securityToken}, timestamp, nonce, renew,
//! utcOffset}`, every field optional. Nothing leaves the page.

// The import module (feature `import-module`) is this same facade with only
// `importText`, the validation core (feature `core-module`) without the
// pipeline: the helpers for the other exports go unused there.
#![cfg_attr(
    any(feature = "import-module", feature = "core-module"),
    allow(dead_code, unused_imports)
)]

use crate::pipeline::{Choices, Session, View};
use crate::shape::{Node, Shape};
use crate::signing::Credentials;
use crate::stamp::Entropy;
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
use crate::value::ValueRef;
#[cfg(any(feature = "import-module", feature = "core-module"))]
use crate::Value;
use crate::{Input, Lang};
use js_sys::{Array, JSON};
use wasm_bindgen::prelude::*;

/// The value as plain JS data.
fn out<T: Shape + ?Sized>(value: &T) -> JsValue {
    node(&value.shape())
}

fn node(n: &Node) -> JsValue {
    JSON::parse(&n.to_json()).unwrap_or(JsValue::NULL)
}

/// The browser's clock and `crypto.getRandomValues`.
struct Browser;

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
thread_local! {
    /// [`random`]'s bytes and how many of them are used.
    static POOL: std::cell::Cell<(Vec<u8>, usize)> = const { std::cell::Cell::new((Vec::new(), 0)) };
}

impl Entropy for Browser {
    fn now(&mut self) -> u64 {
        (js_sys::Date::now() / 1000.0) as u64
    }

    fn fill(&mut self, buf: &mut [u8]) -> bool {
        random(buf)
    }
}

/// `buf` filled from `crypto.getRandomValues`. In the full core, small
/// requests (a nonce takes 16 bytes) are served from a pool that one call
/// fills 256 bytes at a time, as the `uuid` package does: the call costs
/// more than the bytes (about 1.4 µs in Node; `sign()` without a fixed
/// nonce is about 20 % faster). A byte handed out is zeroed in the pool.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn random(buf: &mut [u8]) -> bool {
    const SIZE: usize = 256;
    let n = buf.len();
    if n > SIZE {
        return get_random_values(buf).is_ok();
    }
    // Taken out while in use, so a call made from inside `getRandomValues`
    // (a page that replaced it) finds it empty and fills its own: no borrow
    // to fail.
    let (mut pool, mut used) = POOL.take();
    if pool.len() < used + n {
        pool.resize(SIZE, 0);
        if get_random_values(&mut pool).is_err() {
            return false;
        }
        used = 0;
    }
    let Some(bytes) = pool.get_mut(used..used + n) else {
        return false;
    };
    buf.copy_from_slice(bytes);
    bytes.fill(0);
    POOL.set((pool, used + n));
    true
}

/// The first-load cores, which draw a ClientToken now and then, call
/// `crypto.getRandomValues` each time.
#[cfg(any(feature = "import-module", feature = "core-module"))]
fn random(buf: &mut [u8]) -> bool {
    get_random_values(buf).is_ok()
}

fn lang(tag: &JsValue) -> Lang {
    string(tag)
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default()
}

/// JS calls that can throw (a getter, a Proxy trap, a revoked Proxy): with
/// `catch`, a throw becomes an `Err` here instead of unwinding through the
/// wasm, which would leave its stack pointer unrestored for good.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Object, js_name = entries, catch)]
    fn entries(obj: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(v: &JsValue) -> Result<bool, JsValue>;
    /// `crypto.getRandomValues(buf)` (a `ReferenceError` where there is no
    /// `crypto`, caught).
    #[wasm_bindgen(js_namespace = crypto, js_name = getRandomValues, catch)]
    fn get_random_values(buf: &mut [u8]) -> Result<(), JsValue>;
}

/// The longest string read from JS, in UTF-16 units: twice one over the
/// core's cap in characters (a character takes one or two units), so a value
/// over the cap is still over it after the cut and the rules say so, and no
/// call copies megabytes into the wasm.
const MAX_JS_STRING: u32 = 2 * (crate::limits::MAX_VALUE_CHARS as u32 + 1);
/// The most parameters read from one object: one over the core's cap.
const MAX_JS_KEYS: usize = crate::limits::MAX_PARAMS + 1;

/// A JS string, cut to [`MAX_JS_STRING`] units before it is copied.
fn string(v: &JsValue) -> Option<String> {
    string_up_to(v, MAX_JS_STRING)
}

/// A JS string, cut to `most` UTF-16 units before it is copied.
fn string_up_to(v: &JsValue, most: u32) -> Option<String> {
    let s = v.dyn_ref::<js_sys::JsString>()?;
    if s.length() > most {
        s.slice(0, most).as_string()
    } else {
        s.as_string()
    }
}

/// Reads `{ WireName: value }` straight from JS. A value that cannot be read
/// (a throwing getter or Proxy) is an error result, never a trap.
#[cfg(any(feature = "import-module", feature = "core-module"))]
fn input(params: &JsValue) -> Result<Input, JsError> {
    let mut input = Input::new();
    if params.is_undefined() || params.is_null() {
        return Ok(input);
    }
    let unreadable = |_| JsError::new("params could not be read: a getter or Proxy threw");
    if !params.is_object() || is_array(params).map_err(unreadable)? {
        return Err(JsError::new(
            "params must be an object keyed by parameter name",
        ));
    }
    for entry in entries(params)
        .map_err(unreadable)?
        .iter()
        .take(MAX_JS_KEYS)
    {
        let pair: Array = entry.unchecked_into();
        if let Some(key) = string(&pair.get(0)) {
            input.insert(key, value(&pair.get(1)));
        }
    }
    Ok(input)
}

#[cfg(any(feature = "import-module", feature = "core-module"))]
fn value(v: &JsValue) -> Value {
    if let Some(s) = string(v) {
        Value::Str(s)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::from_f64(n)
    } else if v.is_undefined() || v.is_null() {
        Value::Null
    } else if is_array(v).unwrap_or(false) {
        Value::Other("array")
    } else {
        Value::Other("object")
    }
}

/// `obj[name]` when `obj` is an object and the field a string (a throwing
/// getter reads as absent).
#[cfg(any(feature = "import-module", feature = "core-module"))]
fn text(obj: &JsValue, name: &str) -> Option<String> {
    if !obj.is_object() {
        return None;
    }
    string(&js_sys::Reflect::get(obj, &name.into()).ok()?)
}

#[cfg(any(feature = "import-module", feature = "core-module"))]
fn credentials(c: &JsValue) -> Option<Credentials> {
    c.is_object().then(|| Credentials {
        access_key_id: text(c, "accessKeyId").unwrap_or_default(),
        access_key_secret: text(c, "accessKeySecret").unwrap_or_default(),
        security_token: text(c, "securityToken").filter(|t| !t.is_empty()),
    })
}

// ---- reading and writing for the full core: one crossing each way ----
//
// The full core (signing and snippets, where speed is measured) reads its
// arguments with one call into JS that packs them into one string, which
// `TextEncoder.encodeInto` writes straight into a wasm buffer, and hands the
// `sign` result back as one string and one list of lengths (a view, not a
// copy) that a JS object literal unpacks, instead of a wasm-to-JS call per
// field and `JSON.parse`. The packing reads exactly what
// the readers above read: own enumerable entries (`Object.keys`, each value
// read once) for params, named fields (`obj[name]`, the prototype chain included) for
// choices and credentials, strings cut to `MAX_JS_STRING` units, at most
// `MAX_JS_KEYS` entries; a throw while listing params is an error result, a
// throwing field reads as absent.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen(inline_js = r#"
const cut = (s, max) => { if (s.length > max) s = s.slice(0, max); return s.length + ":" + s; };
const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer);
const bits = (v) => { f64[0] = v; return u64[0].toString(16); };
const val = (v, max) => {
  switch (typeof v) {
    case "string": return "s" + cut(v, max);
    case "boolean": return v ? "T" : "F";
    case "number": return Number.isInteger(v) && Math.abs(v) < 9e15 ? "i" + v + ";" : "f" + bits(v) + ";";
    case "undefined": return "z";
    case "object": if (v === null) return "z"; try { return Array.isArray(v) ? "a" : "o"; } catch { return "o"; }
    default: return "o";
  }
};
const isObj = (o) => o !== null && typeof o === "object";
const field = (o, k) => { try { return o[k]; } catch { return undefined; } };
export const CHOICES = ["operation", "lang", "signature", "method", "endpoint", "target", "timestamp", "nonce", "renew", "utcOffset"];
export const CREDENTIALS = ["accessKeyId", "accessKeySecret", "securityToken"];
const utf8 = new TextEncoder();
let rest = "";
export function readArgs(params, choices, credentials, own, maxKeys, max, buf, lang) {
  const s = pack(params, choices, credentials, own, maxKeys, max) + val(lang, max);
  const { read, written } = utf8.encodeInto(s, buf);
  if (read === s.length) return written;
  rest = s;
  return -1;
}
export function readArgsRest() { const s = rest; rest = ""; return s; }
function pack(params, choices, credentials, own, maxKeys, max) {
  let s = "0;";
  if (params !== undefined && params !== null) {
    if (typeof params !== "object") return "!type";
    try {
      if (Array.isArray(params)) return "!type";
      const keys = Object.keys(params), n = Math.min(keys.length, maxKeys);
      s = n + ";";
      for (let i = 0; i < n; i++) { const k = keys[i]; s += cut(k, max) + val(params[k], max); }
    } catch { return "!threw"; }
  }
  const o = isObj(choices);
  for (let i = 0; i < CHOICES.length; i++) s += o ? val(field(choices, CHOICES[i]), max) : "z";
  const c = own ? credentials : o ? field(choices, "credentials") : undefined;
  if (isObj(c)) {
    s += "o";
    for (let i = 0; i < CREDENTIALS.length; i++) s += val(field(c, CREDENTIALS[i]), max);
  } else s += "zzzz";
  return s;
}
export function signResult(t, L) {
  let p = 0, i = 0;
  const num = () => { const n = L[i++]; return n === 0xffffffff ? null : n; };
  const str = () => { const n = num(); return n === null ? null : t.slice(p, p += n); };
  const findings = [], valid = num() === 1;
  for (let n = num(); n > 0; n--) findings.push({ field: str(), severity: str(), code: str(), httpStatus: num(), rule: str(), message: str(), suggestion: str() });
  const report = { valid, findings };
  if (num() !== 1) return { report, signed: null, error: { code: str(), message: str(), bad: num() === 1 } };
  const scheme = str(), method = str(), host = str(), url = str(), headers = [];
  for (let n = num(); n > 0; n--) headers.push([str(), str()]);
  return { report, signed: { scheme, method, host, url, headers, body: str(), canonical: str(), stringToSign: str(),
    signature: str(), expiresInSeconds: num(), timestamp: str(), nonce: str() }, error: null };
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = readArgs)]
    fn read_args(
        params: &JsValue,
        choices: &JsValue,
        credentials: &JsValue,
        own: bool,
        max_keys: usize,
        max: u32,
        buf: &mut [u8],
        lang: &JsValue,
    ) -> i32;
    #[wasm_bindgen(js_name = readArgsRest)]
    fn read_args_rest() -> String;
    #[wasm_bindgen(js_name = signResult)]
    fn sign_result(text: &str, lengths: &[u32]) -> JsValue;
}

/// One value `readArgs` packed: `s` `len:text` (UTF-16 units), `T` / `F`,
/// `i` a whole number below 9e15 `;`, `f` a double's bits in hex `;` (exact,
/// and no float parsing in the wasm), `z` (null, undefined), `a` (an array)
/// or `o` (any other object); and the text after it. `None` if the text is
/// not that (it always is: the JS above wrote it).
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn packed(s: &str) -> Option<(ValueRef<'_>, &str)> {
    let (tag, after) = s.split_at_checked(1)?;
    Some(match tag {
        "s" => counted(after).map(|(s, r)| (ValueRef::Str(s), r))?,
        "T" | "F" => (ValueRef::Bool(tag == "T"), after),
        "i" => {
            let (n, r) = until(after, b';')?;
            (ValueRef::Int(n.parse().ok()?), r)
        }
        "f" => {
            let (n, r) = until(after, b';')?;
            let bits = u64::from_str_radix(n, 16).ok()?;
            (number(f64::from_bits(bits)), r)
        }
        "z" => (ValueRef::Null, after),
        "a" => (ValueRef::Other("array"), after),
        _ => (ValueRef::Other("object"), after),
    })
}

/// A JS number as the core reads it ([`Value::from_f64`]), borrowed.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn number(v: f64) -> ValueRef<'static> {
    match crate::Value::from_f64(v) {
        crate::Value::Int(n) => ValueRef::Int(n),
        _ => ValueRef::Float(v),
    }
}

/// The owned value of a borrowed one.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn owned(v: ValueRef) -> crate::Value {
    use crate::Value;
    match v {
        ValueRef::Str(s) => Value::Str(s.to_owned()),
        ValueRef::Int(n) => Value::Int(n),
        ValueRef::Float(f) => Value::Float(f),
        ValueRef::Bool(b) => Value::Bool(b),
        ValueRef::Null => Value::Null,
        ValueRef::Other(kind) => Value::Other(kind),
    }
}

/// The text before the first `end` (an ASCII byte) and the text after it:
/// `split_once` for the short numbers of the packing, without the pattern
/// searcher.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn until(s: &str, end: u8) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == end)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// `len:text...`: the text (`len` UTF-16 units) and what follows it.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn counted(s: &str) -> Option<(&str, &str)> {
    let (len, rest) = until(s, b':')?;
    let units: usize = len.parse().ok()?;
    // ASCII (almost every value) is one unit a byte.
    if rest.as_bytes().get(..units).is_some_and(<[u8]>::is_ascii) {
        return Some(rest.split_at(units));
    }
    let mut seen = 0;
    for (i, c) in rest.char_indices() {
        if seen == units {
            return Some(rest.split_at(i));
        }
        seen += c.len_utf16();
    }
    (seen == units).then_some((rest, ""))
}

/// The parameters (own enumerable entries, as `Object.keys` lists them),
/// the choices (named fields, as `choices[name]` reads them), the
/// credentials (`credentials` when `own`, else `choices.credentials`) and
/// the language tag, read
/// by one call into JS that packs them into one string: strings cut to
/// `MAX_JS_STRING` units, at most `MAX_JS_KEYS` parameters. A throw while
/// listing the parameters is an error result; a throwing field reads as
/// absent.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn args(
    params: &JsValue,
    choices: &JsValue,
    credentials: Option<&JsValue>,
    lang_tag: &JsValue,
) -> Result<(Input, Choices, Lang), JsError> {
    let packed = Packed::read(params, choices, credentials, lang_tag);
    let (entries, choices, lang) = packed.unpack()?;
    let input = (entries.into_iter())
        .map(|(k, v)| (k.to_owned(), owned(v)))
        .collect();
    Ok((input, choices, lang))
}

/// The arguments as `readArgs` packed them: the text it wrote into `buf`
/// (`len` bytes), or, when it did not fit, the text fetched as a string.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
struct Packed {
    buf: Vec<u8>,
    len: Option<usize>,
    long: String,
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
impl Packed {
    fn read(
        params: &JsValue,
        choices: &JsValue,
        credentials: Option<&JsValue>,
        lang_tag: &JsValue,
    ) -> Packed {
        let own = credentials.is_some();
        // Written by the browser's `TextEncoder.encodeInto` straight into
        // `buf`; a text that does not fit is then fetched as a string.
        let mut buf = vec![0u8; 2048];
        let n = read_args(
            params,
            choices,
            credentials.unwrap_or(&JsValue::UNDEFINED),
            own,
            MAX_JS_KEYS,
            MAX_JS_STRING,
            &mut buf,
            lang_tag,
        );
        let len = usize::try_from(n).ok();
        let long = if len.is_none() {
            read_args_rest()
        } else {
            String::new()
        };
        Packed { buf, len, long }
    }

    /// The parameters, borrowed from the text (sorted by name in byte
    /// order, each name once, as an [`Input`] holds them), the choices, and
    /// the language the tag names (English when it names none).
    fn unpack(&self) -> Result<Unpacked<'_>, JsError> {
        let text = match self.len {
            Some(n) => {
                std::str::from_utf8(self.buf.get(..n).unwrap_or_default()).unwrap_or_default()
            }
            None => &self.long,
        };
        match text {
            "!type" => Err(JsError::new(
                "params must be an object keyed by parameter name",
            )),
            "!threw" => Err(JsError::new(
                "params could not be read: a getter or Proxy threw",
            )),
            t => unpack_args(t).ok_or_else(|| JsError::new("arguments could not be read"))?,
        }
    }
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
type Unpacked<'a> = (Vec<(&'a str, ValueRef<'a>)>, Choices, Lang);

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn unpack_args(t: &str) -> Option<Result<Unpacked<'_>, JsError>> {
    let (n, mut rest) = until(t, b';')?;
    let n = n.parse::<usize>().ok()?;
    let mut entries = Vec::with_capacity(n.min(MAX_JS_KEYS));
    for _ in 0..n {
        let (key, after) = counted(rest)?;
        let (value, after) = packed(after)?;
        entries.push((key, value));
        rest = after;
    }
    // As an `Input` holds them: sorted by name, and a name given twice
    // (which `Object.keys` never lists) keeps its last value.
    crate::text::sort_by(&mut entries, |a, b| a.0.cmp(b.0));
    entries.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        if same {
            *kept = *next;
        }
        same
    });
    let mut next = || {
        let (v, after) = packed(rest)?;
        rest = after;
        Some(v)
    };
    let text = |v: ValueRef| match v {
        ValueRef::Str(s) => Some(s.to_owned()),
        _ => None,
    };
    let operation = match next()? {
        ValueRef::Str(name) => match crate::operation::operation(name) {
            Some(op) => Some(op),
            None => {
                let why = ["unknown operation ", &crate::text::echo(name)].concat();
                return Some(Err(JsError::new(&why)));
            }
        },
        _ => None,
    };
    let lang = match next()? {
        ValueRef::Str(s) => Lang::parse(s),
        _ => None,
    };
    let (signature, method, endpoint) = (text(next()?), text(next()?), text(next()?));
    let (target, timestamp, nonce) = (text(next()?), text(next()?), text(next()?));
    let renew = match next()? {
        ValueRef::Str(s) => !s.is_empty(),
        ValueRef::Bool(b) => b,
        ValueRef::Int(n) => n != 0,
        ValueRef::Float(f) => f != 0.0 && !f.is_nan(),
        ValueRef::Other(_) => true,
        ValueRef::Null => false,
    };
    let utc_offset = match next()? {
        ValueRef::Int(n) => n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        ValueRef::Float(m) => m as i32,
        _ => 0,
    };
    let is_object = matches!(next()?, ValueRef::Other(_));
    let (id, secret, token) = (text(next()?), text(next()?), text(next()?));
    let credentials = is_object.then(|| Credentials {
        access_key_id: id.unwrap_or_default(),
        access_key_secret: secret.unwrap_or_default(),
        security_token: token.filter(|t| !t.is_empty()),
    });
    let tag = match next()? {
        ValueRef::Str(s) => Lang::parse(s),
        _ => None,
    };
    let choices = Choices {
        operation,
        lang: lang.unwrap_or_default(),
        signature,
        method,
        endpoint,
        target,
        credentials,
        timestamp,
        nonce,
        renew,
        utc_offset,
    };
    Some(Ok((entries, choices, tag.unwrap_or_default())))
}

/// The `sign` result as `signResult` unpacks it: the strings one after the
/// other in one text, and a list of numbers: each string's length (UTF-16
/// units), the flags (0, 1), counts and numbers themselves, `u32::MAX` for
/// null; in the order of the shapes of `Report`, `Signed` and `Refusal`.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn tape(
    report: &crate::Report,
    result: &Result<crate::signing::Signed, crate::pipeline::Refusal>,
) -> Tape {
    let mut t = Tape(String::with_capacity(2048), Vec::with_capacity(64));
    t.flag(report.valid());
    t.num(report.findings().len());
    for f in report.findings() {
        t.str(&f.field);
        t.str(f.severity.as_str());
        t.opt(f.code);
        t.1.push(f.http_status.map_or(u32::MAX, u32::from));
        t.str(f.rule);
        t.str(&f.message);
        t.opt(f.suggestion.as_deref());
    }
    match result {
        Err(r) => {
            t.flag(false);
            t.str(r.code);
            t.str(&r.message);
            t.flag(r.bad);
        }
        Ok(s) => {
            t.flag(true);
            t.str(crate::pipeline::scheme_str(s.scheme));
            t.str(s.method.as_str());
            t.str(&s.host);
            t.ascii(&s.url);
            t.num(s.headers.len());
            for (n, v) in &s.headers {
                t.str(n);
                t.str(v);
            }
            t.opt(s.body.as_deref());
            t.ascii(&s.canonical);
            t.ascii(&s.string_to_sign);
            t.ascii(&s.signature);
            t.1.push(s.expires_in_seconds);
            t.str(&s.timestamp);
            t.str(&s.nonce);
        }
    }
    t
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
struct Tape(String, Vec<u32>);

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
impl Tape {
    fn str(&mut self, s: &str) {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.num(units);
        self.0.push_str(s);
    }
    /// A string ASCII by construction (a percent-encoded query, a URL, a
    /// signature): one UTF-16 unit a byte, without looking.
    fn ascii(&mut self, s: &str) {
        self.num(s.len());
        self.0.push_str(s);
    }
    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.1.push(u32::MAX),
        }
    }
    fn flag(&mut self, b: bool) {
        self.1.push(u32::from(b));
    }
    /// A count (values are capped far below `u32::MAX`).
    fn num(&mut self, n: usize) {
        self.1.push(u32::try_from(n).unwrap_or(u32::MAX - 1));
    }
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
fn once(input: &Input, choices: &Choices) -> View {
    Session::default().view(input, choices, &mut Browser)
}

#[wasm_bindgen(typescript_custom_section)]
const TS: &'static str = r#"
export type Lang = "en" | "zh";
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
export interface SnippetTarget { id: string; label: Text; language: string; install: Text }
export interface Credentials {
  accessKeyId: string; accessKeySecret: string; securityToken?: string | null;
}
export type OperationName =
  "CreateSslVpnServer" | "ModifySslVpnServer" | "DeleteSslVpnServer" | "DescribeSslVpnServers";
export interface Operation {
  action: OperationName; version: string; summary: Text; result: string; coach: Text[];
  params: Param[]; codes: string[];
}
export interface SignOptions {
  operation?: OperationName; signature?: "v1" | "v3"; method?: "GET" | "POST";
  endpoint?: "regional" | "central" | string; timestamp?: string; nonce?: string;
}
export interface Choices extends SignOptions {
  lang?: Lang; target?: string | null; credentials?: Credentials | null;
  renew?: boolean; utcOffset?: number;
}
export interface Signed {
  scheme: "v1" | "v3"; method: "GET" | "POST"; host: string; url: string;
  headers: [string, string][]; body: string | null; canonical: string;
  stringToSign: string; signature: string; expiresInSeconds: number;
  timestamp: string; nonce: string;
}
export interface Refusal { code: string; message: string; bad: boolean }
export interface Signing {
  scheme: "v1" | "v3"; method: "GET" | "POST"; signed: Signed | null; text: string | null;
  expiry: string | null; expired: boolean; refusal: Refusal | null;
}
export interface SnippetView { target: string; code: string | null; hasErrors: boolean; refusal: Refusal | null }
export interface Bar { block: string; kind: "pool" | "local"; start: number; width: number; overlaps: boolean }
export interface Picture { bars: Bar[]; from: string; to: string; clients: number; caption: string }
export interface View {
  report: Report; status: string; signing: Signing; snippet: SnippetView | null;
  picture: Picture | null; share: string;
}
export interface Claim {
  scheme: "v1" | "v3"; method: "GET" | "POST"; host: string; accessKeyId: string;
  timestamp: string; nonce: string; signature: string;
}
export interface Imported {
  format: string; params: Record<string, string | number | boolean | null>;
  signature: "v1" | "v3" | null; method: "GET" | "POST" | null; endpoint: string | null; lang: Lang | null;
  operation: OperationName;
  focusField: string | null; openError: string | null; claim: Claim | null;
  verdict: "match" | "mismatch" | "other-key" | null;
  error: { code: string; message: string; requestId: string } | null;
  notes: { code: string; message: string }[];
}
export interface ImportResult { imported: Imported | null; error: { code: string; message: string } | null }
export interface SignResult { report: Report; signed: Signed | null; error: Refusal | null }
export interface Snippet { code: string | null; hasErrors: boolean; target: string; error: Refusal | null }
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Param[]")]
    pub type JsParams;
    #[wasm_bindgen(typescript_type = "Region[]")]
    pub type JsRegions;
    #[wasm_bindgen(typescript_type = "ErrorCode[]")]
    pub type JsErrors;
    #[wasm_bindgen(typescript_type = "SnippetTarget[]")]
    pub type JsTargets;
    #[wasm_bindgen(typescript_type = "Record<string, string>")]
    pub type JsUi;
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
    #[wasm_bindgen(typescript_type = "View")]
    pub type JsView;
    #[wasm_bindgen(typescript_type = "SignResult")]
    pub type JsSignResult;
    #[wasm_bindgen(typescript_type = "Snippet")]
    pub type JsSnippet;
    #[wasm_bindgen(typescript_type = "Params")]
    pub type JsInput;
    #[wasm_bindgen(typescript_type = "Choices")]
    pub type JsChoices;
    #[wasm_bindgen(typescript_type = "Credentials")]
    pub type JsCredentials;
    #[wasm_bindgen(typescript_type = "SignOptions")]
    pub type JsSignOptions;
    #[wasm_bindgen(typescript_type = "Lang")]
    pub type JsLang;
    #[wasm_bindgen(typescript_type = "ImportResult")]
    pub type JsImport;
    #[wasm_bindgen(typescript_type = "Operation[]")]
    pub type JsOperations;
}

/// An optional JS argument as a plain value (`undefined` when left out).
fn arg<T: Into<JsValue>>(v: Option<T>) -> JsValue {
    v.map_or(JsValue::UNDEFINED, Into::into)
}

// ---- the main module (without the `import-module` feature) ----

#[cfg(not(feature = "import-module"))]
#[wasm_bindgen]
pub fn parameters() -> JsParams {
    out(crate::PARAMS).unchecked_into()
}

#[cfg(not(feature = "import-module"))]
#[wasm_bindgen]
pub fn regions() -> JsRegions {
    out(crate::REGIONS).unchecked_into()
}

#[cfg(not(feature = "import-module"))]
#[wasm_bindgen]
pub fn errors() -> JsErrors {
    out(crate::ERRORS).unchecked_into()
}

#[cfg(not(feature = "import-module"))]
#[wasm_bindgen(js_name = snippetTargets)]
pub fn snippet_targets() -> JsTargets {
    out(crate::snippet::TARGETS).unchecked_into()
}

#[cfg(not(feature = "import-module"))]
#[wasm_bindgen]
pub fn ui(lang_tag: Option<JsLang>) -> JsUi {
    let lang = lang(&arg(lang_tag));
    let fields = crate::ui::UI
        .iter()
        .map(|(k, t)| (*k, Node::Str(lang.pick(t))));
    node(&Node::Obj(fields.collect())).unchecked_into()
}

#[cfg(not(feature = "import-module"))]
#[wasm_bindgen]
pub fn uuid() -> String {
    Browser.nonce().unwrap_or_default()
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen]
pub fn validate(params: JsInput, lang_tag: Option<JsLang>) -> Result<JsReport, JsError> {
    let packed = Packed::read(&params, &JsValue::UNDEFINED, None, &arg(lang_tag));
    let (entries, _, lang) = packed.unpack()?;
    let report = crate::rules::check_entries(
        &crate::operation::CREATE_SSL_VPN_SERVER,
        entries.into_iter(),
        lang,
    );
    Ok(out(&report.into_report()).unchecked_into())
}

/// The page's pipeline, with its memory (see the module doc).
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen]
#[derive(Default)]
pub struct Builder {
    session: Session,
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen]
impl Builder {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Builder {
        Builder::default()
    }

    pub fn view(&mut self, params: JsInput, choices: Option<JsChoices>) -> Result<JsView, JsError> {
        let (input, choices, _) = args(&params, &arg(choices), None, &JsValue::UNDEFINED)?;
        Ok(out(&self.session.view(&input, &choices, &mut Browser)).unchecked_into())
    }
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen]
pub fn view(params: JsInput, choices: Option<JsChoices>) -> Result<JsView, JsError> {
    let (input, choices, _) = args(&params, &arg(choices), None, &JsValue::UNDEFINED)?;
    Ok(out(&once(&input, &choices)).unchecked_into())
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen]
pub fn sign(
    params: JsInput,
    credentials: JsCredentials,
    options: Option<JsSignOptions>,
    lang_tag: Option<JsLang>,
) -> Result<JsSignResult, JsError> {
    // The parameters checked where they lie in the packed text: no `Input`.
    let packed = Packed::read(&params, &arg(options), Some(&credentials), &arg(lang_tag));
    let (entries, mut choices, lang) = packed.unpack()?;
    choices.lang = lang;
    // Credentials that are not an object sign as empty ones (refused as missing).
    choices.credentials.get_or_insert_with(Credentials::default);
    let op = choices
        .operation
        .unwrap_or(&crate::operation::CREATE_SSL_VPN_SERVER);
    let checked = crate::rules::check_entries(op, entries.into_iter(), choices.lang);
    let (report, result) = crate::pipeline::sign_checked(checked, &choices, &mut Browser);
    let Tape(text, lengths) = tape(&report, &result);
    Ok(sign_result(&text, &lengths).unchecked_into())
}

#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen]
pub fn snippet(
    params: JsInput,
    target: JsValue,
    lang_tag: Option<JsLang>,
    credentials: Option<JsCredentials>,
    options: Option<JsSignOptions>,
) -> Result<JsSnippet, JsError> {
    let (input, choices, lang) = args(
        &params,
        &arg(options),
        Some(&arg(credentials)),
        &arg(lang_tag),
    )?;
    let choices = Choices {
        lang,
        target: Some(string(&target).unwrap_or_default()),
        ..choices
    };
    let v = once(&input, &choices);
    let s = v
        .snippet
        .as_ref()
        .ok_or_else(|| JsError::new("no target"))?;
    let fields = [
        ("code", s.code.shape()),
        ("hasErrors", Node::Bool(s.has_errors)),
        ("target", s.target.shape()),
        ("error", s.refusal.shape()),
    ];
    Ok(node(&Node::Obj(fields.into())).unchecked_into())
}

/// Every operation: `[{action, version, summary, result, params, codes}]`.
#[cfg(not(any(feature = "import-module", feature = "core-module")))]
#[wasm_bindgen]
pub fn operations() -> JsOperations {
    out(crate::operation::OPERATIONS).unchecked_into()
}

// ---- the import module (feature `import-module`, loaded on first use) ----

/// `{imported, error}`: what `text` holds, or why it could not be read.
#[cfg(feature = "import-module")]
#[wasm_bindgen(js_name = importText)]
pub fn import_text(
    text: JsValue,
    lang_tag: Option<JsLang>,
    credentials: Option<JsCredentials>,
) -> Result<JsImport, JsError> {
    // Cut just over the importer's own limit, so it says `too-long`.
    let most = u32::try_from(crate::import::MAX_LEN + 1).unwrap_or(u32::MAX);
    let (text, creds) = (
        string_up_to(&text, most).unwrap_or_default(),
        self::credentials(&arg(credentials)),
    );
    let got = crate::import::import(&text, lang(&arg(lang_tag)), creds.as_ref());
    let (ok, err) = (
        got.as_ref().ok().map(Shape::shape),
        got.as_ref().err().map(Shape::shape),
    );
    Ok(node(&Node::Obj(vec![
        ("imported", ok.unwrap_or(Node::Null)),
        ("error", err.unwrap_or(Node::Null)),
    ]))
    .unchecked_into())
}

// ---- the validation core (feature `core-module`, the page's first module) ----

/// Before the full core is loaded: `{report, status, picture, share}`, the
/// part of a `View` that validation alone gives.
#[cfg(feature = "core-module")]
#[wasm_bindgen]
pub fn check(params: JsInput, lang_tag: Option<JsLang>) -> Result<JsView, JsError> {
    let (input, lang) = (input(&params)?, lang(&arg(lang_tag)));
    let checked = crate::check(&input, lang);
    let picture = crate::picture::picture(checked.request(), lang);
    let (report, share) = (
        checked.into_report(),
        crate::import::share_fragment(&crate::operation::CREATE_SSL_VPN_SERVER, &input, lang),
    );
    let status = crate::ui::status(&report, lang);
    let fields = vec![
        ("report", report.shape()),
        ("status", status.shape()),
        ("picture", picture.shape()),
        ("share", share.shape()),
    ];
    Ok(node(&Node::Obj(fields)).unchecked_into())
}
