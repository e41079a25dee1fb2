//! The shape every SDK snippet shares: a fixed prelude holding the endpoint
//! literal, one line per request field, a fixed call. Each SDK target is
//! only data and a field formatter, so the WebAssembly build stays small.

use super::{Snip, Typed};

/// One SDK target.
pub(crate) struct Sdk {
    /// Written before the warning comment (`<?php`).
    pub open: &'static str,
    /// Line comment marker.
    pub comment: &'static str,
    /// Everything up to the first field; its one `{endpoint}` is replaced by
    /// the endpoint's literal.
    pub pre: &'static str,
    /// Everything after the last field.
    pub post: &'static str,
    /// The endpoint's literal.
    pub lit: fn(&str) -> String,
    /// One field line (with its newline): wire name, value, and the width
    /// of the longest wire name (for aligned layouts).
    pub field: fn(&str, Typed, usize) -> String,
}

pub(crate) fn render(s: &Snip, sdk: &Sdk) -> String {
    let mut out = String::from(sdk.open);
    out.push_str(&s.header(sdk.comment));
    match crate::text::split_once(sdk.pre, "{endpoint}") {
        Some((head, tail)) => {
            out.push_str(head);
            out.push_str(&(sdk.lit)(&s.endpoint()));
            out.push_str(tail);
        }
        None => out.push_str(sdk.pre),
    }
    let fields = s.typed();
    let width = fields.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for (name, v) in fields {
        out.push_str(&(sdk.field)(name, v, width));
    }
    out.push_str(sdk.post);
    out
}

/// A typed value the C way: `1194`, `true`, or the string literal.
pub(crate) fn plain(v: Typed, lit: fn(&str) -> String) -> String {
    match v {
        Typed::Str(t) => lit(t),
        Typed::Int(i) => i.to_string(),
        Typed::Bool(b) => b.to_string(),
    }
}
