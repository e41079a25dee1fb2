//! String literals for the C family of languages: Python, JavaScript and
//! TypeScript, Java, Go, PHP, C#, Terraform (HCL) and YAML.
//!
//! Every function returns a complete literal, quotes included, whose value in
//! that language is exactly the input, for any Rust string. Printable text
//! (including Chinese and emoji) stays readable; quotes and backslashes are
//! escaped; control characters, invisible format characters (bidirectional
//! overrides, zero-width characters, BOM) and noncharacters become escapes,
//! so what the page shows is what the program gets (no "Trojan Source").
//!
//! ```
//! use sslvpn_builder::snippet::lit;
//! assert_eq!(lit::python("it's"), r"'it\'s'");
//! assert_eq!(lit::java("a\u{202E}b\n"), r#""a\u202Eb\n""#);
//! assert_eq!(lit::hcl("${x}"), r#""$${x}""#);
//! ```

use std::fmt::Write;

/// Whether a character must never appear raw in generated code: C0/C1
/// controls and DEL, line/paragraph separators, invisible format characters
/// (including bidirectional controls and tag characters) and noncharacters.
pub fn needs_escape(c: char) -> bool {
    let u = c as u32;
    c.is_control()
        || matches!(
            u,
            0xAD | 0x061C
                | 0x180E
                | 0x200B..=0x200F
                | 0x2028..=0x202E
                | 0x2060..=0x206F
                | 0xFDD0..=0xFDEF
                | 0xFEFF
                | 0xFFF9..=0xFFFB
                | 0xE0000..=0xE007F
        )
        || u & 0xFFFE == 0xFFFE
}

/// The languages' escape conventions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Python,
    Js,
    Java,
    Go,
    CSharp,
    PhpDouble,
    Hcl,
    Yaml,
}

/// The literal of `s` in `style`: one small loop for every language, so the
/// WebAssembly build stays small.
fn quoted(s: &str, style: Style) -> String {
    use Style::*;
    let quote = if matches!(style, Python | Js) {
        '\''
    } else {
        '"'
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let u = c as u32;
        let simple = match c {
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\'' if quote == '\'' => Some("\\'"),
            '"' if quote == '"' => Some("\\\""),
            '\0' if style == CSharp => Some("\\0"),
            '$' if style == PhpDouble => Some("\\$"),
            '/' if style == Js && out.ends_with('<') => Some("\\/"),
            _ => None,
        };
        let _ = if let Some(e) = simple {
            out.push_str(e);
            Ok(())
        } else if style == Hcl && matches!(c, '$' | '%') && chars.peek() == Some(&'{') {
            out.push(c);
            out.push(c);
            Ok(())
        } else if !needs_escape(c) {
            out.push(c);
            Ok(())
        } else {
            match style {
                PhpDouble => write!(out, "\\u{{{u:X}}}"),
                Java if u < 0x80 => write!(out, "\\{u:03o}"),
                Go if u < 0x80 => write!(out, "\\x{u:02x}"),
                Python | Yaml | Js if u < 0x100 => write!(out, "\\x{u:02X}"),
                Java | Js => {
                    let mut buf = [0u16; 2];
                    c.encode_utf16(&mut buf)
                        .iter()
                        .try_for_each(|unit| write!(out, "\\u{unit:04X}"))
                }
                _ if u <= 0xFFFF => write!(out, "\\u{u:04X}"),
                _ => write!(out, "\\U{u:08X}"),
            }
        };
    }
    out.push(quote);
    out
}

/// A Python 3 `str` literal in single quotes.
pub fn python(s: &str) -> String {
    quoted(s, Style::Python)
}

/// A JavaScript / TypeScript string literal in single quotes. `</` becomes
/// `<\/` so the literal is also safe inside an HTML `<script>`.
pub fn js(s: &str) -> String {
    quoted(s, Style::Js)
}

/// A Java string literal. Control characters use octal escapes: Java
/// translates `\uNNNN` before lexing, so `\u000A` would end the line.
pub fn java(s: &str) -> String {
    quoted(s, Style::Java)
}

/// A Go interpreted string literal.
pub fn go(s: &str) -> String {
    quoted(s, Style::Go)
}

/// A C# regular string literal (`\x` is avoided: its length is variable).
pub fn csharp(s: &str) -> String {
    quoted(s, Style::CSharp)
}

/// A PHP literal: single-quoted when that can hold the value, otherwise
/// double-quoted with `\u{…}` escapes and `$` escaped (no interpolation).
pub fn php(s: &str) -> String {
    if s.chars().any(needs_escape) {
        return quoted(s, Style::PhpDouble);
    }
    let mut out = String::from("'");
    for c in s.chars() {
        if c == '\'' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// A Terraform (HCL native syntax) quoted string: `${` and `%{` become `$${`
/// and `%%{` so no template sequence starts.
pub fn hcl(s: &str) -> String {
    quoted(s, Style::Hcl)
}

/// A YAML double-quoted scalar.
pub fn yaml(s: &str) -> String {
    quoted(s, Style::Yaml)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_is_invisible_and_keeps_what_is_readable() {
        assert_eq!(python("a\u{0}é😀"), "'a\\x00é😀'");
        assert_eq!(js("</script>\u{2028}"), "'<\\/script>\\u2028'");
        assert_eq!(js("😀\u{E0001}"), "'😀\\uDB40\\uDC01'");
        assert_eq!(java("\u{7}\\u000a"), "\"\\007\\\\u000a\"");
        assert_eq!(go("\u{FEFF}\u{0}"), "\"\\uFEFF\\x00\"");
        assert_eq!(csharp("\u{0}1"), "\"\\01\"");
        assert_eq!(php("a'b\\"), "'a\\'b\\\\'");
        assert_eq!(php("$x\n"), "\"\\$x\\n\"");
        assert_eq!(hcl("%{if}$$"), "\"%%{if}$$\"");
        assert_eq!(yaml("\u{85}"), "\"\\x85\"");
    }
}
