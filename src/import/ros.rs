//! ROS templates (YAML): the `Properties:` of the `ALIYUN::VPC::SslVpnServer`
//! as our template writes them (`      Name: value`, strings as YAML
//! double-quoted scalars, the inverse of [`crate::snippet::lit::yaml`];
//! integers and booleans plain), and `RegionId` from the deploy comment's
//! `--RegionId X`. A template cannot carry every parameter: a `left-out`
//! note says so.

use super::literal::{self, Style};
use super::scan::{find, from, has, Fail};
use super::Draft;
use crate::snippet::ROS_PROPERTIES;
use crate::value::Value;

/// Reads a ROS template, or `None` when the text is not one.
pub(crate) fn read(text: &str) -> Result<Option<Draft>, Fail> {
    if !has(text, "ROSTemplateFormatVersion") && !has(text, "ALIYUN::VPC::SslVpnServer") {
        return Ok(None);
    }
    let mut d = Draft::new("ros");
    if let Some(at) = find(text, "--RegionId ") {
        let region: String = from(text, at + "--RegionId ".len())
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | '`'))
            .collect();
        if !region.is_empty() && !region.starts_with('<') {
            d.params.push(("RegionId".to_owned(), Value::Str(region)));
        }
    }
    let mut base: Option<usize> = None;
    let mut offset = 0;
    for raw in text.split('\n') {
        let line_at = offset;
        offset += raw.len() + 1;
        let line = raw.trim_end();
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let Some(level) = base else {
            if body == "Properties:" {
                base = Some(indent);
            }
            continue;
        };
        if indent <= level {
            break;
        }
        let at = line_at + indent;
        let (key, value) = match body.split_once(':') {
            Some((k, v)) if !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                (k, v.trim_start())
            }
            _ => {
                d.notes.add_line("field-unreadable", text, at);
                continue;
            }
        };
        let value_at = at + (body.len() - value.len());
        let mut notes = std::mem::take(&mut d.notes);
        let v = scalar(value, &mut notes).map_err(|f| Fail::at(f.code, text, value_at));
        d.notes = notes;
        match v? {
            Some(v) => {
                if !ROS_PROPERTIES.contains(&key) {
                    d.notes.add("unknown-name", key);
                }
                d.params.push((key.to_owned(), Value::Str(v)));
            }
            None => d.notes.add_line("field-unreadable", text, at),
        }
    }
    d.notes.add("left-out", "ROS");
    Ok(Some(d))
}

/// A YAML scalar on one line: double- or single-quoted, or plain (YAML's
/// `true`/`True`/`TRUE` and `false` forms give `true` / `false`). `None`:
/// nothing or a nested value.
fn scalar(value: &str, notes: &mut super::scan::Notes) -> Result<Option<String>, Fail> {
    if let Some((v, _)) = literal::read(Style::Yaml, value, notes)? {
        return Ok(Some(v));
    }
    // A plain scalar ends at a ` #` comment.
    let plain = super::scan::find(value, " #").map_or(value, |i| value.get(..i).unwrap_or(""));
    let plain = plain.trim();
    if plain.is_empty() || plain.starts_with(['|', '>', '{', '[', '&', '*', '!']) {
        return Ok(None);
    }
    Ok(match plain {
        "~" | "null" | "Null" | "NULL" => None,
        "true" | "True" | "TRUE" => Some("true".to_owned()),
        "false" | "False" | "FALSE" => Some("false".to_owned()),
        p => Some(p.to_owned()),
    })
}
