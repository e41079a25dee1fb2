//! String literals of the languages our snippets are written in, read back:
//! the exact inverse of [`crate::snippet::lit`], and the other escapes each
//! language has, so hand-edited code reads too.
//!
//! [`read`] takes the text at a literal's opening quote and gives the value
//! and the number of bytes the literal spans, or `None` when no literal of
//! that language starts there.

use super::scan::{hex_run, octal_run, Buf, Fail, Notes};

/// Whose literal rules to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// `'...'` / `"..."`, `r'...'`; `\xHH` and `\ooo` are code points.
    Python,
    /// JavaScript / TypeScript `'...'` / `"..."`.
    Js,
    /// `"..."`; `\uXXXX` are UTF-16 units, `\ooo` up to `\377`.
    Java,
    /// `"..."` (`\xHH`, `\ooo` are bytes) and raw `` `...` ``.
    Go,
    /// `'...'` (only `\'` and `\\`) and `"..."` (`$` interpolates).
    Php,
    /// `"..."` and verbatim `@"..."`.
    CSharp,
    /// Terraform quoted template: `$${` and `%%{` escape a template.
    Hcl,
    /// YAML double-quoted and single-quoted scalars.
    Yaml,
}

/// Reads the literal at the start of `s`: its value and its length in bytes.
///
/// # Errors
///
/// `bad-quoting` for an unterminated literal, a line break inside one, or
/// an escape the language rejects; `bad-encoding` for escaped bytes that are
/// not UTF-8 or a lone surrogate.
pub(crate) fn read(
    style: Style,
    s: &str,
    notes: &mut Notes,
) -> Result<Option<(String, usize)>, Fail> {
    let b = s.as_bytes();
    let (quote, mut i, raw) = match (style, b.first(), b.get(1)) {
        (Style::Python, Some(b'r' | b'R'), Some(&q @ (b'\'' | b'"'))) => (q, 2, true),
        (Style::Python, Some(b'u' | b'U'), Some(&q @ (b'\'' | b'"'))) => (q, 2, false),
        (Style::CSharp, Some(b'@'), Some(b'"')) => (b'"', 2, true),
        (Style::Go, Some(b'`'), _) => (b'`', 1, true),
        (Style::Python | Style::Js | Style::Php | Style::Yaml, Some(&q @ (b'\'' | b'"')), _) => {
            (q, 1, false)
        }
        (_, Some(b'"'), _) => (b'"', 1, false),
        _ => return Ok(None),
    };
    let bad = || Fail::new("bad-quoting");
    let mut w = Buf::new();
    loop {
        let Some(&c) = b.get(i) else {
            return Err(bad());
        };
        i += 1;
        if c == quote {
            // Doubled quotes: verbatim C#, single-quoted YAML.
            let doubled =
                (style == Style::CSharp && raw) || (style == Style::Yaml && quote == b'\'');
            if doubled && b.get(i) == Some(&quote) {
                w.byte(quote);
                i += 1;
                continue;
            }
            return Ok(Some((w.finish()?, i)));
        }
        if c == b'\n' && !(style == Style::Go && raw) {
            return Err(bad());
        }
        if c == b'\r' && style == Style::Go && raw {
            continue;
        }
        let template = style == Style::Hcl && (c == b'$' || c == b'%');
        if template && b.get(i) == Some(&c) && b.get(i + 1) == Some(&b'{') {
            // `$${` is a literal `${`.
            w.byte(c);
            w.byte(b'{');
            i += 2;
            continue;
        }
        if template && b.get(i) == Some(&b'{') {
            notes.add("expansion-kept", "");
        }
        if c == b'$' && style == Style::Php && quote == b'"' {
            let next = b.get(i).copied().unwrap_or(b' ');
            if next == b'{' || next == b'_' || next.is_ascii_alphabetic() {
                notes.add("expansion-kept", "");
            }
        }
        let single_yaml = style == Style::Yaml && quote == b'\'';
        let escapes = !(raw || single_yaml);
        if c != b'\\' || !escapes {
            if raw && style == Style::Python && c == b'\\' && b.get(i).is_some() {
                // A raw string keeps the backslash and the character after it.
                w.byte(c);
                w.byte(b.get(i).copied().unwrap_or_default());
                i += 1;
                continue;
            }
            w.byte(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            return Err(bad());
        };
        i += 1;
        let rest = b.get(i..).unwrap_or_default();
        if style == Style::Php && quote == b'\'' {
            if e != b'\'' && e != b'\\' {
                w.byte(b'\\');
            }
            w.byte(e);
            continue;
        }
        let simple = match (e, style) {
            (b'\\', _) => Some(b'\\'),
            (b'"', _) => Some(b'"'),
            (b'\'', Style::Python | Style::Js | Style::Java | Style::Go | Style::CSharp) => {
                Some(b'\'')
            }
            (b'n', _) => Some(b'\n'),
            (b'r', _) => Some(b'\r'),
            (b't', _) => Some(b'\t'),
            (b'a', Style::Python | Style::Go | Style::CSharp | Style::Yaml) => Some(7),
            (
                b'b',
                Style::Python | Style::Js | Style::Java | Style::Go | Style::CSharp | Style::Yaml,
            ) => Some(8),
            (b'f', Style::Hcl) => None,
            (b'f', _) => Some(0xc),
            (
                b'v',
                Style::Python | Style::Js | Style::Go | Style::Php | Style::CSharp | Style::Yaml,
            ) => Some(0xb),
            (b'e', Style::Php | Style::Yaml) => Some(0x1b),
            (b'$', Style::Php) => Some(b'$'),
            (b's', Style::Java) => Some(b' '),
            (b'/', Style::Yaml | Style::Js) => Some(b'/'),
            (b' ', Style::Yaml) => Some(b' '),
            (b'\t', Style::Yaml) => Some(b'\t'),
            (b'0', Style::CSharp | Style::Yaml) => Some(0),
            (b'0', Style::Js) if !rest.first().is_some_and(u8::is_ascii_digit) => Some(0),
            _ => None,
        };
        if let Some(v) = simple {
            w.byte(v);
            continue;
        }
        match (e, style) {
            (b'\n', Style::Python | Style::Js) => {}
            // `\N{NAME}`: the character's name is not resolved here.
            (b'N', Style::Python) => return Err(bad()),
            (b'N', Style::Yaml) => w.code(0x85),
            (b'_', Style::Yaml) => w.code(0xa0),
            (b'L', Style::Yaml) => w.code(0x2028),
            (b'P', Style::Yaml) => w.code(0x2029),
            // Octal: a code point (Python), a UTF-16 unit (Java), a byte (Go, PHP).
            (b'0'..=b'7', Style::Python | Style::Java | Style::Go | Style::Php) => {
                let digits = b.get(i - 1..).unwrap_or_default();
                let max = match style {
                    Style::Java if e > b'3' => 2,
                    _ => 3,
                };
                let min = if style == Style::Go { 3 } else { 1 };
                let (v, n) = octal_run(digits, min, max).ok_or_else(bad)?;
                i += n - 1;
                match style {
                    Style::Python => w.code(v),
                    Style::Java => w.unit(v as u16),
                    _ => w.byte((v & 0xff) as u8),
                }
            }
            (b'x', Style::Python | Style::Js | Style::Yaml) => {
                let (v, n) = hex_run(rest, 2, 2).ok_or_else(bad)?;
                i += n;
                w.code(v);
            }
            (b'x', Style::Go | Style::Php) => {
                let min = if style == Style::Go { 2 } else { 1 };
                match hex_run(rest, min, 2) {
                    Some((v, n)) => {
                        i += n;
                        w.byte(v as u8);
                    }
                    None if style == Style::Php => w.str("\\x"),
                    None => return Err(bad()),
                }
            }
            (b'x', Style::CSharp) => {
                let (v, n) = hex_run(rest, 1, 4).ok_or_else(bad)?;
                i += n;
                w.unit(v as u16);
            }
            (b'u', Style::Js) if rest.first() == Some(&b'{') => {
                let digits = rest.get(1..).unwrap_or_default();
                let (v, n) = hex_run(digits, 1, 6).ok_or_else(bad)?;
                if digits.get(n) != Some(&b'}') {
                    return Err(bad());
                }
                i += n + 2;
                w.code(v);
            }
            (b'u', Style::Php) if rest.first() == Some(&b'{') => {
                let digits = rest.get(1..).unwrap_or_default();
                let (v, n) = hex_run(digits, 1, 6).ok_or_else(bad)?;
                if digits.get(n) != Some(&b'}') {
                    return Err(bad());
                }
                i += n + 2;
                w.code(v);
            }
            (b'u', Style::Js | Style::Java | Style::CSharp) => {
                // Java allows `\uuuu0041`.
                let mut skip = 0;
                while style == Style::Java && rest.get(skip) == Some(&b'u') {
                    skip += 1;
                }
                let digits = rest.get(skip..).unwrap_or_default();
                let (v, n) = hex_run(digits, 4, 4).ok_or_else(bad)?;
                i += skip + n;
                w.unit(v as u16);
            }
            (b'u', Style::Python | Style::Go | Style::Hcl | Style::Yaml) => {
                let (v, n) = hex_run(rest, 4, 4).ok_or_else(bad)?;
                i += n;
                w.code(v);
            }
            (b'U', Style::Python | Style::Go | Style::Hcl | Style::Yaml | Style::CSharp) => {
                let (v, n) = hex_run(rest, 8, 8).ok_or_else(bad)?;
                i += n;
                w.code(v);
            }
            // Python and PHP keep an unknown escape as written; JavaScript drops the backslash.
            (_, Style::Python | Style::Php) => {
                w.byte(b'\\');
                w.byte(e);
            }
            (_, Style::Js) if e != b'\n' && !e.is_ascii_digit() => w.byte(e),
            _ => return Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snippet::lit;

    fn r(style: Style, s: &str) -> String {
        let (v, n) = read(style, s, &mut Notes::default()).unwrap().unwrap();
        assert_eq!(n, s.len(), "{s}");
        v
    }

    #[test]
    fn inverse_of_the_writers() {
        let nasty = "a'b\"c\\d\n\r\t\u{0}\u{7}\u{1b}\u{7f}\u{85}\u{a0}é测😀\u{202e}\u{2028}\u{feff}\u{e0001}\u{ffff}\u{10ffff}${x}%{y}$$ $x </script> \\u0041";
        assert_eq!(r(Style::Python, &lit::python(nasty)), nasty);
        assert_eq!(r(Style::Js, &lit::js(nasty)), nasty);
        assert_eq!(r(Style::Java, &lit::java(nasty)), nasty);
        assert_eq!(r(Style::Go, &lit::go(nasty)), nasty);
        assert_eq!(r(Style::CSharp, &lit::csharp(nasty)), nasty);
        assert_eq!(r(Style::Php, &lit::php(nasty)), nasty);
        assert_eq!(r(Style::Php, &lit::php("it's \\ $x")), "it's \\ $x");
        assert_eq!(r(Style::Hcl, &lit::hcl(nasty)), nasty);
        assert_eq!(r(Style::Yaml, &lit::yaml(nasty)), nasty);
    }

    #[test]
    fn other_forms() {
        assert_eq!(r(Style::Python, r"r'a\'b'"), r"a\'b");
        assert_eq!(r(Style::Python, r#""\q\101\x41""#), "\\qAA");
        assert_eq!(r(Style::Js, r#""\u{1F600}\q\x41""#), "😀qA");
        assert_eq!(r(Style::Java, r#""\uuu0041\101\s""#), "AA ");
        assert_eq!(r(Style::Go, "`a\\n`"), "a\\n");
        assert_eq!(r(Style::Go, r#""\346\265\213\xe6\xb5\x8b""#), "测测");
        assert_eq!(r(Style::CSharp, r#"@"a""b\""#), "a\"b\\");
        assert_eq!(r(Style::CSharp, r#""\x41\U0001F600""#), "A😀");
        assert_eq!(r(Style::Php, r#""\x41\101\u{e9}\q""#), "AAé\\q");
        assert_eq!(r(Style::Yaml, "'it''s'"), "it's");
        assert_eq!(
            r(Style::Yaml, r#""\N\_\L\P\e\ ""#),
            "\u{85}\u{a0}\u{2028}\u{2029}\u{1b} "
        );
        for (style, bad) in [
            (Style::Java, r#""\q""#),
            (Style::Go, r#""\x4""#),
            (Style::Hcl, r#""\q""#),
            (Style::Yaml, "\"a\nb\""),
            (Style::Python, "'abc"),
            (Style::CSharp, "\"\\"),
        ] {
            assert_eq!(
                read(style, bad, &mut Notes::default()).unwrap_err().code,
                "bad-quoting",
                "{bad}"
            );
        }
        assert_eq!(
            read(Style::Go, r#""\xff""#, &mut Notes::default())
                .unwrap_err()
                .code,
            "bad-encoding"
        );
        assert_eq!(read(Style::Java, "x", &mut Notes::default()).unwrap(), None);
        let mut n = Notes::default();
        assert_eq!(
            read(Style::Hcl, "\"${x}\"", &mut n).unwrap().unwrap().0,
            "${x}"
        );
        assert!(n.has("expansion-kept"));
    }
}
