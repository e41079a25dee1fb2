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

/// Escapes `s` between `quote`s: `special` maps a character to its escape
/// (or `None` to keep it raw); `fallback` writes characters that
/// [`needs_escape`] but `special` left alone.
fn escape(
    s: &str,
    quote: char,
    special: impl Fn(char) -> Option<&'static str>,
    fallback: impl Fn(&mut String, char),
) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        if let Some(e) = special(c) {
            out.push_str(e);
        } else if needs_escape(c) {
            fallback(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out.push(quote);
    out
}

/// `\xNN` below U+0100, `\uNNNN` in the BMP, `\UNNNNNNNN` above.
fn x_u_big_u(out: &mut String, c: char) {
    let u = c as u32;
    let _ = match u {
        0..=0xFF => write!(out, "\\x{u:02x}"),
        0x100..=0xFFFF => write!(out, "\\u{u:04x}"),
        _ => write!(out, "\\U{u:08x}"),
    };
}

/// `\uNNNN` in the BMP, `\UNNNNNNNN` above (C#, HCL, Go above U+007F).
fn u_big_u(out: &mut String, c: char) {
    let u = c as u32;
    let _ = if u <= 0xFFFF {
        write!(out, "\\u{u:04X}")
    } else {
        write!(out, "\\U{u:08X}")
    };
}

/// `\uNNNN`, as a UTF-16 surrogate pair above the BMP (Java, JavaScript).
fn utf16(out: &mut String, c: char) {
    let mut buf = [0u16; 2];
    for unit in c.encode_utf16(&mut buf) {
        let _ = write!(out, "\\u{unit:04X}");
    }
}

fn common(c: char) -> Option<&'static str> {
    match c {
        '\\' => Some("\\\\"),
        '\n' => Some("\\n"),
        '\r' => Some("\\r"),
        '\t' => Some("\\t"),
        _ => None,
    }
}

/// A Python 3 `str` literal in single quotes.
pub fn python(s: &str) -> String {
    escape(
        s,
        '\'',
        |c| if c == '\'' { Some("\\'") } else { common(c) },
        x_u_big_u,
    )
}

/// A JavaScript / TypeScript string literal in single quotes. `</` becomes
/// `<\/` so the literal is also safe inside an HTML `<script>`.
pub fn js(s: &str) -> String {
    let lit = escape(
        s,
        '\'',
        |c| if c == '\'' { Some("\\'") } else { common(c) },
        |out, c| {
            if (c as u32) < 0x100 {
                let _ = write!(out, "\\x{:02X}", c as u32);
            } else {
                utf16(out, c);
            }
        },
    );
    lit.replace("</", "<\\/")
}

/// A Java string literal. Control characters use octal escapes: Java
/// translates `\uNNNN` before lexing, so `\u000A` would end the line.
pub fn java(s: &str) -> String {
    escape(
        s,
        '"',
        |c| if c == '"' { Some("\\\"") } else { common(c) },
        |out, c| {
            if (c as u32) < 0x80 {
                let _ = write!(out, "\\{:03o}", c as u32);
            } else {
                utf16(out, c);
            }
        },
    )
}

/// A Go interpreted string literal.
pub fn go(s: &str) -> String {
    escape(
        s,
        '"',
        |c| if c == '"' { Some("\\\"") } else { common(c) },
        |out, c| {
            if (c as u32) < 0x80 {
                let _ = write!(out, "\\x{:02x}", c as u32);
            } else {
                u_big_u(out, c);
            }
        },
    )
}

/// A C# regular string literal (`\x` is avoided: its length is variable).
pub fn csharp(s: &str) -> String {
    escape(
        s,
        '"',
        |c| match c {
            '"' => Some("\\\""),
            '\0' => Some("\\0"),
            _ => common(c),
        },
        u_big_u,
    )
}

/// A PHP literal: single-quoted when that can hold the value, otherwise
/// double-quoted with `\u{…}` escapes and `$` escaped (no interpolation).
pub fn php(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return escape(
            s,
            '\'',
            |c| match c {
                '\'' => Some("\\'"),
                '\\' => Some("\\\\"),
                _ => None,
            },
            |_, _| {},
        );
    }
    escape(
        s,
        '"',
        |c| match c {
            '"' => Some("\\\""),
            '$' => Some("\\$"),
            _ => common(c),
        },
        |out, c| {
            let _ = write!(out, "\\u{{{:X}}}", c as u32);
        },
    )
}

/// A Terraform (HCL native syntax) quoted string: `${` and `%{` become `$${`
/// and `%%{` so no template sequence starts.
pub fn hcl(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '$' | '%' if chars.peek() == Some(&'{') => {
                out.push(c);
                out.push(c);
            }
            _ => match common(c) {
                Some(e) => out.push_str(e),
                None if needs_escape(c) => u_big_u(&mut out, c),
                None => out.push(c),
            },
        }
    }
    out.push('"');
    out
}

/// A YAML double-quoted scalar (also a JSON string whenever the value has no
/// character that needs an escape).
pub fn yaml(s: &str) -> String {
    escape(
        s,
        '"',
        |c| if c == '"' { Some("\\\"") } else { common(c) },
        x_u_big_u,
    )
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
