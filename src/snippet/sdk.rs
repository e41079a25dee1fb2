//! The shape every SDK snippet shares: a fixed prelude holding the endpoint
//! literal, one line per request field, a fixed call. Each SDK target is
//! only data and a field formatter, so the WebAssembly build stays small.

use super::{Line, Snip, Typed};
use crate::signing::Scheme;

/// One SDK target.
pub(crate) struct Sdk {
    /// Written before the warning comment (`<?php`).
    pub open: &'static str,
    /// Line comment marker.
    pub comment: &'static str,
    /// Everything up to the first field; its `{note}`, `{endpoint}` is replaced by
    /// the endpoint's literal, its one `{v1}` by [`Sdk::v1`] when the
    /// request is to be signed V1.
    pub pre: &'static str,
    /// The line (newline included) that makes the client sign V1.
    pub v1: &'static str,
    /// A comment written where `pre` has `{note}`.
    pub note: Option<Line>,
    /// Everything after the last field.
    pub post: &'static str,
    /// The endpoint's literal.
    pub lit: fn(&str) -> String,
    /// One field line (with its newline): wire name, value, and the width
    /// of the longest wire name (for aligned layouts).
    pub field: fn(&str, Typed, usize) -> String,
    /// The largest integer the language's number type holds exactly, and
    /// the comment's prefix (indented like a field): a larger one (a Long
    /// owner ID in JavaScript) is left out with a comment saying so.
    pub max_int: Option<(u64, &'static str)>,
}

const TOO_BIG: Line = crate::text!(
    "{} = {} is above 2^53 - 1, which a JavaScript number cannot hold exactly: left out.",
    "{} = {} 超过 2^53 - 1，JavaScript 数字无法精确表示：已省略。"
);

pub(crate) fn render(s: &Snip, sdk: &Sdk) -> String {
    let mut out = String::from(sdk.open);
    out.push_str(&s.sdk_header(sdk.comment));
    let endpoint = (sdk.lit)(&s.host);
    let v1 = if s.scheme == Scheme::V1 { sdk.v1 } else { "" };
    let pre = s.names(sdk.pre);
    let mut rest = pre.as_str();
    let note = sdk
        .note
        .map(|n| s.line(sdk.comment, &n, &[&s.request.operation().action]))
        .unwrap_or_default();
    for (slot, value) in [
        ("{note}", note.as_str()),
        ("{endpoint}", endpoint.as_str()),
        ("{v1}", v1),
    ] {
        if let Some((head, tail)) = crate::text::split_once(rest, slot) {
            out.push_str(head);
            out.push_str(value);
            rest = tail;
        }
    }
    out.push_str(rest);
    let fields = s.typed();
    let width = fields.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for (name, v) in fields {
        match (sdk.max_int, v) {
            (Some((max, prefix)), Typed::Int(i)) if i > max => {
                out.push_str(&s.line(prefix, &TOO_BIG, &[&name, &i]));
            }
            _ => out.push_str(&(sdk.field)(name, v, width)),
        }
    }
    out.push_str(&s.names(sdk.post));
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
