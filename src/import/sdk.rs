//! SDK snippets (Python, TypeScript, Java, Go, PHP, C#): the request's
//! fields as our templates write them, SDK field names mapped back to wire
//! names, every value read with its language's literal rules; the endpoint
//! from the client config, and V1 when the config asks for
//! `signatureAlgorithm` `"v2"`.

use super::literal::{self, Style};
use super::scan::{find_from, Fail, Notes};
use super::Draft;
use crate::operation::{FAMILY_PARAMS, NAMES};
use crate::signing::Scheme;
use crate::snippet::{camel, snake};
use crate::value::Value;
use crate::PARAMS;

/// How one SDK writes the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `    snake_name=literal,` inside `CreateSslVpnServerRequest(...)`.
    Python,
    /// `    camelName: literal,` inside `CreateSslVpnServerRequest({...})`.
    Ts,
    /// `.setWireName(literal)` after `new CreateSslVpnServerRequest()`.
    Java,
    /// `WireName: tea.String(literal),` inside `CreateSslVpnServerRequest{...}`.
    Go,
    /// `'camelName' => literal,` inside `new CreateSslVpnServerRequest([...])`.
    Php,
    /// `WireName = literal,` inside `new CreateSslVpnServerRequest { ... }`.
    CSharp,
}

impl Form {
    fn id(self) -> &'static str {
        match self {
            Form::Python => "python",
            Form::Ts => "typescript",
            Form::Java => "java",
            Form::Go => "go",
            Form::Php => "php",
            Form::CSharp => "csharp",
        }
    }

    fn style(self) -> Style {
        match self {
            Form::Python => Style::Python,
            Form::Ts => Style::Js,
            Form::Java => Style::Java,
            Form::Go => Style::Go,
            Form::Php => Style::Php,
            Form::CSharp => Style::CSharp,
        }
    }

    /// The config assignments: endpoint, signature algorithm.
    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Form::Python => ("config.endpoint", "config.signature_algorithm"),
            Form::Ts | Form::Java => ("config.endpoint", "config.signatureAlgorithm"),
            Form::Go => ("config.Endpoint", "config.SignatureAlgorithm"),
            Form::Php => ("$config->endpoint", "$config->signatureAlgorithm"),
            Form::CSharp => ("Endpoint", "SignatureAlgorithm"),
        }
    }

    /// The wire name an SDK field name stands for.
    fn wire(self, name: &str) -> Option<&'static str> {
        let family = FAMILY_PARAMS.iter().copied();
        PARAMS
            .iter()
            .map(|p| p.name)
            .chain(family)
            .find(|n| match self {
                Form::Python => snake(n) == name,
                Form::Ts | Form::Php => camel(n) == name,
                Form::Java | Form::Go | Form::CSharp => *n == name,
            })
    }
}

/// Which SDK the text is, where its request's fields start, and its
/// operation (the `<Operation>Request` class it builds).
fn detect(text: &str) -> Option<(Form, usize, &'static str)> {
    NAMES
        .iter()
        .find_map(|op| detect_one(text, op).map(|(f, at)| (f, at, *op)))
}

fn detect_one(text: &str, op: &str) -> Option<(Form, usize)> {
    let request = [op, "Request"].concat();
    let s = text.as_bytes();
    let mut from = 0;
    while let Some(at) = find_from(text, &request, from) {
        let after = at + request.len();
        from = after;
        let rest = s.get(after..).unwrap_or_default();
        let new = s.get(..at).is_some_and(|b| b.ends_with(b"new "));
        let found = if rest.starts_with(b"({") {
            (Form::Ts, after + 2)
        } else if rest.starts_with(b"([") {
            (Form::Php, after + 2)
        } else if rest.starts_with(b"()") && new {
            (Form::Java, after + 2)
        } else if rest.starts_with(b"{") {
            (Form::Go, after + 1)
        } else if rest.starts_with(b"(") {
            (Form::Python, after + 1)
        } else {
            let ws = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
            if new && ws > 0 && rest.get(ws) == Some(&b'{') {
                (Form::CSharp, after + ws + 1)
            } else {
                continue;
            }
        };
        return Some(found);
    }
    None
}

/// A cursor over the snippet.
struct Cur<'a> {
    text: &'a str,
    i: usize,
    /// `#` comments (Python, PHP).
    hash: bool,
    /// `//` and `/* */` comments (all but Python).
    slash: bool,
}

impl<'a> Cur<'a> {
    fn s(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.s().get(self.i).copied()
    }

    fn rest(&self) -> &'a str {
        self.text.get(self.i..).unwrap_or("")
    }

    /// Skips whitespace and comments.
    fn ws(&mut self) {
        loop {
            while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
                self.i += 1;
            }
            let r = self.s().get(self.i..).unwrap_or_default();
            if (self.hash && r.starts_with(b"#")) || (self.slash && r.starts_with(b"//")) {
                while self.peek().is_some_and(|b| b != b'\n') {
                    self.i += 1;
                }
            } else if self.slash && r.starts_with(b"/*") {
                self.i = find_from(self.text, "*/", self.i + 2).map_or(self.text.len(), |j| j + 2);
            } else {
                return;
            }
        }
    }

    fn eat(&mut self, p: &str) -> bool {
        if self.rest().as_bytes().starts_with(p.as_bytes()) {
            self.i += p.len();
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> Option<&'a str> {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.i += 1;
        }
        self.text.get(start..self.i).filter(|w| !w.is_empty())
    }

    /// Moves to the start of the next line.
    fn next_line(&mut self) {
        while self.peek().is_some_and(|b| b != b'\n') {
            self.i += 1;
        }
        self.i += 1;
    }

    fn literal(&mut self, style: Style, notes: &mut Notes) -> Result<Option<String>, Fail> {
        let at = self.i;
        match literal::read(style, self.rest(), notes) {
            Ok(Some((v, n))) => {
                self.i += n;
                Ok(Some(v))
            }
            Ok(None) => Ok(None),
            Err(f) => Err(Fail::at(f.code, self.text, at)),
        }
    }
}

/// A field's value: text, or `None` for a null.
type Field = Option<String>;

/// A literal, a number or a keyword.
fn plain(c: &mut Cur, form: Form, notes: &mut Notes) -> Result<Option<Field>, Fail> {
    if let Some(s) = c.literal(form.style(), notes)? {
        return Ok(Some(Some(s)));
    }
    let start = c.i;
    if c.peek() == Some(b'-') {
        c.i += 1;
    }
    let digits = c.i;
    while c.peek().is_some_and(|b| b.is_ascii_digit()) {
        c.i += 1;
    }
    if c.i > digits {
        let number = c.text.get(start..c.i).map(str::to_owned);
        // Java writes a Long (the owner IDs) as `1234L`.
        if form == Form::Java {
            c.eat("L");
        }
        return Ok(Some(number));
    }
    c.i = start;
    let Some(word) = c.ident() else {
        return Ok(None);
    };
    Ok(match word {
        "true" | "True" => Some(Some("true".to_owned())),
        "false" | "False" => Some(Some("false".to_owned())),
        "None" | "null" | "nil" => Some(None),
        _ => {
            c.i = start;
            None
        }
    })
}

/// Reads an SDK snippet, or `None` when the text is not one.
pub(crate) fn read(text: &str) -> Result<Option<Draft>, Fail> {
    let Some((form, start, op)) = detect(text) else {
        return Ok(None);
    };
    let mut d = Draft::new(form.id());
    d.operation = Some(op);
    let mut c = Cur {
        text,
        i: start,
        hash: matches!(form, Form::Python | Form::Php),
        slash: form != Form::Python,
    };
    let close = match form {
        Form::Python => ")",
        Form::Php => "]",
        Form::Java => ";",
        _ => "}",
    };
    loop {
        c.ws();
        if c.i >= text.len() || c.eat(close) {
            break;
        }
        let line_start = c.i;
        match field(&mut c, form, &mut d.notes)? {
            Some((name, v)) => {
                let wire = form.wire(&name);
                if wire.is_none() {
                    d.notes.add("unknown-name", &name);
                }
                if let Some(v) = v {
                    d.params
                        .push((wire.map_or(name, str::to_owned), Value::Str(v)));
                }
            }
            None => {
                c.i = line_start;
                d.notes.add_line("field-unreadable", text, line_start);
                if form == Form::Java && c.peek() != Some(b'.') {
                    break;
                }
                c.next_line();
            }
        }
    }
    let (endpoint, v1) = form.keys();
    d.host = assigned(text, endpoint, form, &mut d.notes);
    d.signature = Some(
        if assigned(text, v1, form, &mut d.notes).as_deref() == Some("v2") {
            Scheme::V1
        } else {
            Scheme::V3
        },
    );
    Ok(Some(d))
}

/// One field: its SDK name and value (`None` for null); `Ok(None)` when the
/// line is not a field as the SDK writes it.
fn field(c: &mut Cur, form: Form, notes: &mut Notes) -> Result<Option<(String, Field)>, Fail> {
    let name = match form {
        Form::Php => match c.literal(Style::Php, notes)? {
            Some(n) => n,
            None => return Ok(None),
        },
        Form::Ts => match c.literal(Style::Js, notes)? {
            Some(n) => n,
            None => match c.ident() {
                Some(n) => n.to_owned(),
                None => return Ok(None),
            },
        },
        Form::Java => {
            if !c.eat(".") {
                return Ok(None);
            }
            c.ws();
            match c.ident().and_then(|n| n.strip_prefix("set")) {
                Some(n) if !n.is_empty() => n.to_owned(),
                _ => return Ok(None),
            }
        }
        _ => match c.ident() {
            Some(n) => n.to_owned(),
            None => return Ok(None),
        },
    };
    c.ws();
    let sep = match form {
        Form::Python | Form::CSharp => "=",
        Form::Ts | Form::Go => ":",
        Form::Php => "=>",
        Form::Java => "(",
    };
    if !c.eat(sep) {
        return Ok(None);
    }
    c.ws();
    let v = if form == Form::Go {
        go_value(c, notes)?
    } else {
        plain(c, form, notes)?
    };
    let Some(v) = v else {
        return Ok(None);
    };
    c.ws();
    if form == Form::Java {
        if !c.eat(")") {
            return Ok(None);
        }
    } else {
        c.eat(",");
    }
    Ok(Some((name, v)))
}

/// A Go value: `tea.String("...")`, `tea.Int32(n)`, `tea.Bool(b)`, or bare.
fn go_value(c: &mut Cur, notes: &mut Notes) -> Result<Option<Field>, Fail> {
    for wrap in [
        "tea.String(",
        "tea.Int32(",
        "tea.Int64(",
        "tea.Int(",
        "tea.Bool(",
    ] {
        if c.eat(wrap) {
            c.ws();
            let v = plain(c, Form::Go, notes)?;
            c.ws();
            return Ok(if c.eat(")") { v } else { None });
        }
    }
    plain(c, Form::Go, notes)
}

/// The string assigned to `key` (`key = literal`, Go's `tea.String(...)` too).
fn assigned(text: &str, key: &str, form: Form, notes: &mut Notes) -> Option<String> {
    let mut from = 0;
    // A few tries: the assignment is written once.
    for _ in 0..16 {
        let at = find_from(text, key, from)?;
        from = at + key.len();
        let mut c = Cur {
            text,
            i: from,
            hash: false,
            slash: false,
        };
        while matches!(c.peek(), Some(b' ' | b'\t')) {
            c.i += 1;
        }
        if !c.eat("=") || c.peek() == Some(b'=') {
            continue;
        }
        while matches!(c.peek(), Some(b' ' | b'\t')) {
            c.i += 1;
        }
        let wrapped = form == Form::Go && c.eat("tea.String(");
        match c.literal(form.style(), notes) {
            Ok(Some(v)) if !wrapped || c.eat(")") => return Some(v),
            Err(_) => return None,
            _ => {}
        }
    }
    None
}
