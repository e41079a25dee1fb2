//! The one description of every value the core hands out: a [`Node`] tree
//! per type ([`Shape`]), written once. The CLI prints it as JSON (through
//! `serde`), the wasm facade hands it to the page as JSON text that
//! `JSON.parse` turns into plain objects: same names, same order, `null` for
//! `None`, in both.
//!
//! # Examples
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Shape};
//! let report = validate(&Input::new(), Lang::En);
//! let json = report.shape().to_json();
//! assert!(json.starts_with(r#"{"valid":false,"findings":[{"field":"RegionId","#));
//! ```

/// A JSON-like value borrowed from the data it describes.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A string.
    Str(&'a str),
    /// An array.
    Arr(Vec<Node<'a>>),
    /// An object, fields in order.
    Obj(Vec<(&'static str, Node<'a>)>),
    /// An object whose keys are data (parameters by wire name), in order.
    Map(Vec<(&'a str, Node<'a>)>),
}

/// A type with one JS / JSON shape.
pub trait Shape {
    /// The value as a tree of plain data.
    fn shape(&self) -> Node<'_>;
}

impl<'a> Node<'a> {
    /// Compact JSON text, as `JSON.stringify` writes it.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Node::Int(n) => int(*n, out),
            Node::Str(s) => string(s, out),
            Node::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Node::Obj(fields) => object(fields.iter().map(|(k, v)| (*k, v)), out),
            Node::Map(fields) => object(fields.iter().map(|(k, v)| (*k, v)), out),
        }
    }
}

/// `{"key":value,...}`.
fn object<'n, 'a: 'n>(fields: impl Iterator<Item = (&'n str, &'n Node<'a>)>, out: &mut String) {
    out.push('{');
    for (i, (k, v)) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(k, out);
        out.push(':');
        v.write(out);
    }
    out.push('}');
}

/// Decimal digits without `format!` (keeps integer formatting machinery out of the wasm).
pub(crate) fn int(n: i64, out: &mut String) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut m = n.unsigned_abs();
    loop {
        digits[len] = b'0' + (m % 10) as u8;
        len += 1;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    for d in digits[..len].iter().rev() {
        out.push(char::from(*d));
    }
}

/// A JSON string literal: `"`, `\` and control characters escaped, the rest as is.
fn string(s: &str, out: &mut String) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        // Most bytes need no escape: one test for them.
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        // `get`, not indexing: `i` is at an ASCII byte, and a slice that
        // could panic would pull char formatting into the wasm.
        out.push_str(s.get(start..i).unwrap_or_default());
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// The CLI prints the same tree through `serde_json`.
impl serde::Serialize for Node<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Node::Null => s.serialize_none(),
            Node::Bool(b) => s.serialize_bool(*b),
            Node::Int(n) => s.serialize_i64(*n),
            Node::Str(v) => s.serialize_str(v),
            Node::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Node::Obj(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
            Node::Map(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

// ---- building blocks ----

impl Shape for str {
    fn shape(&self) -> Node<'_> {
        Node::Str(self)
    }
}

impl Shape for String {
    fn shape(&self) -> Node<'_> {
        Node::Str(self)
    }
}

impl Shape for bool {
    fn shape(&self) -> Node<'_> {
        Node::Bool(*self)
    }
}

impl Shape for u16 {
    fn shape(&self) -> Node<'_> {
        Node::Int(i64::from(*self))
    }
}

impl Shape for u32 {
    fn shape(&self) -> Node<'_> {
        Node::Int(i64::from(*self))
    }
}

impl Shape for u64 {
    fn shape(&self) -> Node<'_> {
        Node::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl<T: Shape> Shape for Option<T> {
    fn shape(&self) -> Node<'_> {
        self.as_ref().map_or(Node::Null, Shape::shape)
    }
}

impl<T: Shape> Shape for [T] {
    fn shape(&self) -> Node<'_> {
        Node::Arr(self.iter().map(Shape::shape).collect())
    }
}

impl<T: Shape> Shape for Vec<T> {
    fn shape(&self) -> Node<'_> {
        self.as_slice().shape()
    }
}

impl<T: Shape + ?Sized> Shape for &T {
    fn shape(&self) -> Node<'_> {
        (**self).shape()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_text_escapes_like_json_stringify() {
        let n = Node::Obj(vec![
            ("a", Node::Str("q\"b\\n\n\u{1}é😀\u{7f}")),
            (
                "b",
                Node::Arr(vec![
                    Node::Int(-12),
                    Node::Int(0),
                    Node::Null,
                    Node::Bool(true),
                ]),
            ),
            ("c", Node::Int(i64::MIN)),
            (
                "d",
                Node::Map(vec![("k\"1", Node::Str("v")), ("", Node::Null)]),
            ),
        ]);
        assert_eq!(
            n.to_json(),
            "{\"a\":\"q\\\"b\\\\n\\n\\u0001é😀\u{7f}\",\"b\":[-12,0,null,true],\"c\":-9223372036854775808,\"d\":{\"k\\\"1\":\"v\",\"\":null}}"
        );
    }
}
