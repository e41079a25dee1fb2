//! Argument and input helpers shared by the commands.

use sslvpn_builder::{Input, Lang, Shape};
use std::io::Read;

/// A one-line reason for exit code 2.
pub struct Fail(pub String);

impl Fail {
    pub fn usage(msg: impl Into<String>) -> Fail {
        Fail(msg.into())
    }
}

/// Parsed arguments: positionals and `--flag value` / `--flag=value` options.
pub struct Args {
    pub positional: Vec<String>,
    pub options: Vec<(String, String)>,
    pub switches: Vec<String>,
    pub help: bool,
}

impl Args {
    /// Parses `args`; `with_value` lists options that take a value, `switches`
    /// those that do not.
    pub fn parse(args: &[String], with_value: &[&str], switches: &[&str]) -> Result<Args, Fail> {
        let mut out = Args {
            positional: vec![],
            options: vec![],
            switches: vec![],
            help: false,
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "-h" || a == "--help" {
                out.help = true;
            } else if a == "-" || !a.starts_with('-') {
                out.positional.push(a.clone());
            } else if let Some((k, v)) = a.split_once('=').filter(|(k, _)| with_value.contains(k)) {
                out.options.push((k.to_owned(), v.to_owned()));
            } else if with_value.contains(&a.as_str()) {
                let v = it
                    .next()
                    .ok_or_else(|| Fail::usage(format!("{a} needs a value")))?;
                out.options.push((a.clone(), v.clone()));
            } else if switches.contains(&a.as_str()) {
                out.switches.push(a.clone());
            } else {
                return Err(Fail::usage(format!("unknown option {a}")));
            }
        }
        Ok(out)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }

    pub fn lang(&self) -> Result<Lang, Fail> {
        match self.get("--lang") {
            None => Ok(Lang::En),
            Some(l) => Lang::parse(l)
                .ok_or_else(|| Fail::usage(format!("--lang must be en or zh, not {l:?}"))),
        }
    }

    /// At most one positional: the input file (`-` or none: standard input).
    pub fn file(&self) -> Result<Option<&str>, Fail> {
        match self.positional.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(one.as_str())),
            _ => Err(Fail::usage("give at most one input file")),
        }
    }
}

/// Reads the parameters: a JSON object keyed by wire name, from a file or stdin.
pub fn read_input(file: Option<&str>) -> Result<Input, Fail> {
    let text = match file {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
            s
        }
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| Fail(format!("cannot read {path}: {e}")))?
        }
    };
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Fail(format!("input is not valid JSON: {e}")))?;
    if !value.is_object() {
        return Err(Fail(
            "input must be a JSON object keyed by parameter name".into(),
        ));
    }
    serde::Deserialize::deserialize(value).map_err(|e| Fail(format!("unusable input: {e}")))
}

/// Pretty JSON for stdout: the value's one shape, as the page gets it.
pub fn to_json<T: Shape + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(&value.shape()).expect("plain data serializes")
}
