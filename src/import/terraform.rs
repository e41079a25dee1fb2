//! Terraform: the `alicloud` provider's `region` and `endpoints { vpc }`, and
//! the arguments of `resource "alicloud_ssl_vpn_server"` mapped back to wire
//! names (`protocol` is `Proto`), each value an HCL quoted string (the
//! inverse of [`crate::snippet::lit::hcl`]), a number or a boolean. The
//! resource cannot express every parameter: a `left-out` note says so.

use super::literal::{self, Style};
use super::scan::{has, Fail, Notes};
use super::Draft;
use crate::snippet::terraform_argument;
use crate::value::Value;
use crate::PARAMS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Provider,
    Endpoints,
    Server,
    Other,
}

/// Reads a Terraform configuration, or `None` when the text is not one.
pub(crate) fn read(text: &str) -> Result<Option<Draft>, Fail> {
    if !has(text, "alicloud_ssl_vpn_server") && !has(text, "provider \"alicloud\"") {
        return Ok(None);
    }
    let mut d = Draft::new("terraform");
    let mut stack: Vec<Block> = Vec::new();
    let mut offset = 0;
    for raw in text.split('\n') {
        let at = offset + (raw.len() - raw.trim_start().len());
        offset += raw.len() + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("//") {
            continue;
        }
        if line.starts_with('}') {
            stack.pop();
            continue;
        }
        let name_len = line
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
            .count();
        let name = line.get(..name_len).unwrap_or("");
        let after = line.get(name_len..).unwrap_or("").trim_start();
        if !name.is_empty() && after.starts_with('=') && !after.starts_with("==") {
            let value = after.get(1..).unwrap_or("").trim_start();
            if value.starts_with('{') {
                if !value.ends_with('}') {
                    stack.push(Block::Other);
                }
                continue;
            }
            let top = stack.last().copied();
            let target = match (top, name) {
                (Some(Block::Provider), "region") => Some("RegionId".to_owned()),
                (Some(Block::Endpoints), "vpc") => Some(String::new()),
                (Some(Block::Server), arg) => match wire(arg) {
                    Some(w) => Some(w.to_owned()),
                    None => {
                        d.notes.add("unknown-name", arg);
                        None
                    }
                },
                _ => None,
            };
            let Some(target) = target else {
                continue;
            };
            let value_at = at + (line.len() - value.len());
            match scalar(value, &mut d.notes).map_err(|f| Fail::at(f.code, text, value_at))? {
                Some(v) if target.is_empty() => d.host = Some(v),
                // The snippet writes `region = ""` for a request without one.
                Some(v) if target == "RegionId" && v.is_empty() => {}
                Some(v) => d.params.push((target, Value::Str(v))),
                None => d.notes.add_line("field-unreadable", text, at),
            }
            continue;
        }
        if line.ends_with('{') {
            let mut words = Vec::new();
            let mut rest = line;
            while let Some(w) = label(&mut rest) {
                words.push(w);
            }
            let block = match (stack.last(), words.first().map(String::as_str)) {
                (None, Some("provider"))
                    if words.get(1).map(String::as_str) == Some("alicloud") =>
                {
                    Block::Provider
                }
                (Some(Block::Provider), Some("endpoints")) => Block::Endpoints,
                (None, Some("resource"))
                    if words.get(1).map(String::as_str) == Some("alicloud_ssl_vpn_server") =>
                {
                    Block::Server
                }
                _ => Block::Other,
            };
            stack.push(block);
        }
    }
    if d.host.is_none() {
        d.endpoint = Some("regional".to_owned());
    }
    d.notes.add("left-out", "Terraform");
    Ok(Some(d))
}

/// The wire name of a resource argument.
fn wire(arg: &str) -> Option<&'static str> {
    PARAMS
        .iter()
        .map(|p| p.name)
        .find(|n| terraform_argument(n) == Some(arg))
}

/// The next word or quoted label of a block header.
fn label(rest: &mut &str) -> Option<String> {
    let t = rest.trim_start();
    if let Ok(Some((v, n))) = literal::read(Style::Hcl, t, &mut Notes::default()) {
        *rest = t.get(n..).unwrap_or("");
        return Some(v);
    }
    let n = t
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
        .count();
    *rest = t.get(n..).unwrap_or("");
    (n > 0).then(|| t.get(..n).unwrap_or("").to_owned())
}

/// An HCL string, number or boolean; `None`: another expression.
fn scalar(value: &str, notes: &mut Notes) -> Result<Option<String>, Fail> {
    if let Some((v, _)) = literal::read(Style::Hcl, value, notes)? {
        return Ok(Some(v));
    }
    let word = value
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
        .count();
    let word = value.get(..word).unwrap_or("");
    let number = !word.is_empty()
        && word
            .bytes()
            .enumerate()
            .all(|(i, b)| b.is_ascii_digit() || (i == 0 && b == b'-'));
    Ok((number || word == "true" || word == "false").then(|| word.to_owned()))
}
