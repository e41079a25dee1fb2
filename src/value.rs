//! The loosely typed input: one JSON-ish value per wire name.
//!
//! Users paste JSON, the page sends form strings, and scripts send numbers and
//! booleans. [`Value`] keeps what arrived so the rules can say precisely what is
//! wrong with it instead of failing to deserialize.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;

/// The parameters of one request, keyed by wire name (`RegionId`, `Port`, ...).
///
/// # Examples
///
/// ```
/// use sslvpn_builder::{Input, Value};
/// let mut input = Input::new();
/// input.insert("Port".into(), Value::Int(1194));
/// assert_eq!(input.len(), 1);
/// ```
pub type Input = BTreeMap<String, Value>;

/// One parameter value as it arrived.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string (what every form control sends).
    Str(String),
    /// An integral number.
    Int(i64),
    /// A number with a fraction, or too large for `i64`.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
    /// `null` or `undefined`: the same as leaving the parameter out.
    Null,
    /// An array or an object: never valid for this API.
    Other(&'static str),
}

impl Value {
    /// A JS number: whole numbers below 9e15 as `Int`, the rest as `Float`
    /// (JavaScript has only doubles: 1194 arrives as 1194.0).
    pub(crate) fn from_f64(v: f64) -> Value {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            Value::Int(v as i64)
        } else {
            Value::Float(v)
        }
    }

    /// The JSON type name, for messages (`"string"`, `"number"`, ...).
    pub fn type_name(&self) -> &'static str {
        self.as_ref().type_name()
    }

    /// The value borrowed, as the rules read it.
    pub(crate) fn as_ref(&self) -> ValueRef<'_> {
        match self {
            Value::Str(s) => ValueRef::Str(s),
            Value::Int(n) => ValueRef::Int(*n),
            Value::Float(f) => ValueRef::Float(*f),
            Value::Bool(b) => ValueRef::Bool(*b),
            Value::Null => ValueRef::Null,
            Value::Other(kind) => ValueRef::Other(kind),
        }
    }
}

/// A [`Value`] borrowed: what the rules read, from an [`Input`] or straight
/// from text that holds the request (the wasm's packed arguments), without
/// a copy of each string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ValueRef<'a> {
    Str(&'a str),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    Other(&'static str),
}

impl ValueRef<'_> {
    /// [`Value::type_name`].
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            ValueRef::Str(_) => "string",
            ValueRef::Int(_) | ValueRef::Float(_) => "number",
            ValueRef::Bool(_) => "boolean",
            ValueRef::Null => "null",
            ValueRef::Other(kind) => kind,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_owned())
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, number, boolean or null")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from_f64(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Other("array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Other("object"))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Value, E> {
        Ok(Value::Other("bytes"))
    }
}
