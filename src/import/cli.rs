//! The `aliyun` command (bash/zsh or PowerShell, already split into words):
//! `aliyun vpc CreateSslVpnServer --Key value --Key=value ...`.
//!
//! API parameters are the flags that start with an upper-case letter; the
//! CLI's own flags are lower case: `--endpoint HOST` gives the endpoint,
//! every other one (`--force`, `--region`, `--profile`, credentials...) is
//! ignored with a `cli-flag-ignored` note, and its value never becomes a
//! parameter.

use super::scan::{Fail, Notes};
use super::Draft;
use crate::value::Value;

/// The CLI's flags that take no value.
const BARE: &[&str] = &[
    "force",
    "dryrun",
    "quiet",
    "insecure",
    "secure",
    "help",
    "pager",
    "skip-secure-verify",
];

/// Whether `word` is the `aliyun` program.
pub(crate) fn is_aliyun(word: &str) -> bool {
    let base = word.rsplit(['/', '\\']).next().unwrap_or(word);
    base == "aliyun" || base.eq_ignore_ascii_case("aliyun.exe")
}

/// Reads the words of an `aliyun` command.
///
/// # Errors
///
/// `other-action` for another product or operation; `unrecognised` without
/// one.
pub(crate) fn read(format: &'static str, words: &[String], notes: Notes) -> Result<Draft, Fail> {
    let mut d = Draft::new(format);
    d.notes = notes;
    let mut positional: Vec<&str> = Vec::new();
    let mut i = 1;
    while let Some(w) = words.get(i) {
        i += 1;
        let Some(flag) = w.strip_prefix("--") else {
            if w.len() > 1 && w.starts_with('-') {
                d.notes.add("cli-flag-ignored", w);
            } else if positional.len() < 2 {
                positional.push(w);
            } else {
                d.notes.add("cli-argument-ignored", &crate::text::echo(w));
            }
            continue;
        };
        let (name, attached) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (flag, None),
        };
        // `--Name value`: the next word, unless it is a flag.
        let takes = |i: &mut usize| -> Option<String> {
            if let Some(v) = attached {
                return Some(v.to_owned());
            }
            let next = words
                .get(*i)
                .filter(|n| !(n.len() > 1 && n.starts_with('-')))?;
            *i += 1;
            Some(next.clone())
        };
        if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            let value = takes(&mut i).unwrap_or_else(|| {
                d.notes.add("cli-value-missing", name);
                String::new()
            });
            d.params.push((name.to_owned(), Value::Str(value)));
        } else if name == "endpoint" {
            match takes(&mut i) {
                Some(host) => d.host = Some(host),
                None => d.notes.add("cli-value-missing", "--endpoint"),
            }
        } else {
            let mut shown = String::from("--");
            shown.push_str(name);
            d.notes.add("cli-flag-ignored", &shown);
            if !BARE.contains(&name) {
                takes(&mut i);
            }
        }
    }
    let (Some(product), Some(action)) = (positional.first(), positional.get(1)) else {
        return Err(Fail::new("unrecognised"));
    };
    if product.eq_ignore_ascii_case("vpc") {
        if let Ok(op) = super::operation_named(action) {
            d.operation = Some(op);
        }
    }
    if d.operation.is_none() {
        let mut arg = crate::text::echo(product);
        arg.push(' ');
        arg.push_str(&crate::text::echo(action));
        return Err(Fail {
            code: "other-action",
            arg,
        });
    }
    if d.host.is_none() {
        d.endpoint = Some("regional".to_owned());
    }
    Ok(d)
}
