//! Command-line tokenizers: bash/zsh (POSIX quoting plus `$'...'`) and
//! PowerShell, each giving the words of the first command as the program
//! would receive them.
//!
//! Both read exactly what [`crate::snippet::shell`] writes and the usual
//! hand-written forms. Nothing is expanded: `$HOME`, `` `cmd` `` or
//! `$(cmd)` stay as written, with an `expansion-kept` note, since their
//! value is not in the text. NUL characters are dropped (no argument can
//! carry one).

use super::scan::{hex_run, octal_run, Buf, Fail, Notes};

/// The words of the first command in `text` (comment lines and blank lines
/// before it skipped), read with bash quoting rules.
///
/// # Errors
///
/// `bad-quoting` (with the line) for an unterminated quote; `bad-encoding`
/// for `$'\xHH'` bytes that are not UTF-8.
pub(crate) fn posix(text: &str, notes: &mut Notes) -> Result<Vec<String>, Fail> {
    let s = text.as_bytes();
    let mut words = Vec::new();
    let mut word: Option<Buf> = None;
    let mut i = 0;
    let end = loop {
        let Some(&b) = s.get(i) else {
            break s.len();
        };
        match b {
            b' ' | b'\t' | b'\r' => {
                push_word(&mut words, &mut word)?;
                i += 1;
            }
            b'\n' => {
                push_word(&mut words, &mut word)?;
                i += 1;
                if !words.is_empty() {
                    break i;
                }
            }
            b'#' if word.is_none() => {
                while s.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            b';' | b'&' | b'|' => {
                push_word(&mut words, &mut word)?;
                break i;
            }
            b'\\' => {
                match s.get(i + 1) {
                    Some(b'\n') => {}
                    Some(&c) => word.get_or_insert_with(Buf::new).byte(c),
                    None => word.get_or_insert_with(Buf::new).byte(b'\\'),
                }
                i += 2;
            }
            b'\'' => {
                let w = word.get_or_insert_with(Buf::new);
                let close = s
                    .get(i + 1..)
                    .and_then(|r| r.iter().position(|&c| c == b'\''))
                    .ok_or_else(|| Fail::at("bad-quoting", text, i))?;
                for &c in s.get(i + 1..i + 1 + close).unwrap_or_default() {
                    w.byte(c);
                }
                i += close + 2;
            }
            b'"' => {
                let w = word.get_or_insert_with(Buf::new);
                i = double_quoted(text, i + 1, w, notes)?;
            }
            b'$' if s.get(i + 1) == Some(&b'\'') => {
                let w = word.get_or_insert_with(Buf::new);
                i = ansi_c(text, i + 2, w)?;
            }
            b'$' if s.get(i + 1) == Some(&b'"') => {
                let w = word.get_or_insert_with(Buf::new);
                i = double_quoted(text, i + 2, w, notes)?;
            }
            b'$' | b'`' => {
                expansion(s, i, notes);
                word.get_or_insert_with(Buf::new).byte(b);
                i += 1;
            }
            _ => {
                word.get_or_insert_with(Buf::new).byte(b);
                i += 1;
            }
        }
    };
    push_word(&mut words, &mut word)?;
    rest(text, end, b"#", notes);
    Ok(words)
}

fn push_word(words: &mut Vec<String>, word: &mut Option<Buf>) -> Result<(), Fail> {
    if let Some(w) = word.take() {
        let w = w.finish()?;
        words.push(w.chars().filter(|&c| c != '\0').collect());
    }
    Ok(())
}

/// Notes an expansion the text would make (`$x`, `${x}`, `$(x)`, `` `x` ``).
fn expansion(s: &[u8], i: usize, notes: &mut Notes) {
    let next = s.get(i + 1).copied().unwrap_or(b' ');
    if s.get(i) == Some(&b'`')
        || next == b'{'
        || next == b'('
        || next == b'_'
        || next.is_ascii_alphanumeric()
    {
        notes.add("expansion-kept", "");
    }
}

/// Notes text after the command that is not a comment.
fn rest(text: &str, from: usize, comment: &[u8], notes: &mut Notes) {
    let more = super::scan::from(text, from)
        .split('\n')
        .map(str::trim)
        .any(|l| !l.is_empty() && !l.as_bytes().starts_with(comment));
    if more {
        notes.add("rest-ignored", "");
    }
}

/// A double-quoted run from `i` (after the quote); returns the index after
/// the closing quote.
fn double_quoted(text: &str, mut i: usize, w: &mut Buf, notes: &mut Notes) -> Result<usize, Fail> {
    let s = text.as_bytes();
    let start = i.saturating_sub(1);
    loop {
        let Some(&b) = s.get(i) else {
            return Err(Fail::at("bad-quoting", text, start));
        };
        match b {
            b'"' => return Ok(i + 1),
            b'\\' => match s.get(i + 1) {
                Some(&c @ (b'$' | b'`' | b'"' | b'\\')) => {
                    w.byte(c);
                    i += 2;
                }
                Some(b'\n') => i += 2,
                _ => {
                    w.byte(b'\\');
                    i += 1;
                }
            },
            b'$' | b'`' => {
                expansion(s, i, notes);
                w.byte(b);
                i += 1;
            }
            _ => {
                w.byte(b);
                i += 1;
            }
        }
    }
}

/// An ANSI-C quoted run `$'...'` from `i` (after `$'`).
fn ansi_c(text: &str, mut i: usize, w: &mut Buf) -> Result<usize, Fail> {
    let s = text.as_bytes();
    let start = i.saturating_sub(2);
    loop {
        let Some(&b) = s.get(i) else {
            return Err(Fail::at("bad-quoting", text, start));
        };
        i += 1;
        if b == b'\'' {
            return Ok(i);
        }
        if b != b'\\' {
            w.byte(b);
            continue;
        }
        let Some(&e) = s.get(i) else {
            return Err(Fail::at("bad-quoting", text, start));
        };
        i += 1;
        let rest = s.get(i..).unwrap_or_default();
        let simple = match e {
            b'a' => Some(7),
            b'b' => Some(8),
            b'e' | b'E' => Some(0x1b),
            b'f' => Some(0xc),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(0xb),
            b'\\' | b'\'' | b'"' | b'?' => Some(e),
            _ => None,
        };
        if let Some(c) = simple {
            w.byte(c);
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let digits = s.get(i - 1..).unwrap_or_default();
                let (v, n) = octal_run(digits, 1, 3).unwrap_or((0, 1));
                i += n - 1;
                if v & 0xff != 0 {
                    w.byte((v & 0xff) as u8);
                }
            }
            b'x' => match hex_run(rest, 1, 2) {
                Some((v, n)) => {
                    i += n;
                    if v != 0 {
                        w.byte(v as u8);
                    }
                }
                None => w.str("\\x"),
            },
            b'u' | b'U' => {
                let max = if e == b'u' { 4 } else { 8 };
                match hex_run(rest, 1, max) {
                    Some((v, n)) => {
                        i += n;
                        if v != 0 {
                            w.code(v);
                        }
                    }
                    None => {
                        w.byte(b'\\');
                        w.byte(e);
                    }
                }
            }
            b'c' => match s.get(i) {
                Some(&c) if c.is_ascii() => {
                    i += 1;
                    let v = c.to_ascii_uppercase() & 0x1f;
                    if v != 0 {
                        w.byte(v);
                    }
                }
                _ => w.str("\\c"),
            },
            _ => {
                w.byte(b'\\');
                w.byte(e);
            }
        }
    }
}

/// The character at byte `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|r| r.chars().next())
}

fn single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

fn double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}')
}

/// The words of the first command in `text`, read with PowerShell's rules:
/// single quotes (any kind, doubled to escape), double quotes with backtick
/// escapes, backtick line continuations, `#` and `<# #>` comments, and the
/// parenthesised concatenations of strings and `[char]` values the
/// PowerShell snippet writes for control characters.
///
/// # Errors
///
/// `bad-quoting` (with the line) for an unterminated quote or an
/// expression other than such a concatenation.
pub(crate) fn powershell(text: &str, notes: &mut Notes) -> Result<Vec<String>, Fail> {
    let mut words = Vec::new();
    let mut word: Option<Buf> = None;
    let mut i = 0;
    let end = loop {
        let Some(c) = char_at(text, i) else {
            break text.len();
        };
        let n = c.len_utf8();
        match c {
            ' ' | '\t' | '\r' => {
                push_word(&mut words, &mut word)?;
                i += 1;
            }
            '\n' => {
                push_word(&mut words, &mut word)?;
                i += 1;
                if !words.is_empty() {
                    break i;
                }
            }
            '<' if word.is_none() && char_at(text, i + 1) == Some('#') => {
                i = super::scan::find_from(text, "#>", i + 2).map_or(text.len(), |j| j + 2);
            }
            '#' if word.is_none() => {
                while text.as_bytes().get(i).is_some_and(|&b| b != b'\n') {
                    i += 1;
                }
            }
            ';' | '|' => {
                push_word(&mut words, &mut word)?;
                break i;
            }
            '`' => match char_at(text, i + 1) {
                Some('\n') => i += 2,
                Some('\r') if char_at(text, i + 2) == Some('\n') => i += 3,
                Some(e) => {
                    word.get_or_insert_with(Buf::new).char(e);
                    i += 1 + e.len_utf8();
                }
                None => return Err(Fail::at("bad-quoting", text, i)),
            },
            '(' if word.is_none() => {
                let w = word.get_or_insert_with(Buf::new);
                i = expression(text, i + 1, w, notes)?;
            }
            q if single_quote(q) => {
                let w = word.get_or_insert_with(Buf::new);
                i = ps_single(text, i + n, w)?;
            }
            q if double_quote(q) => {
                let w = word.get_or_insert_with(Buf::new);
                i = ps_double(text, i + n, w, notes)?;
            }
            '$' => {
                expansion(text.as_bytes(), i, notes);
                word.get_or_insert_with(Buf::new).char('$');
                i += 1;
            }
            _ => {
                word.get_or_insert_with(Buf::new).char(c);
                i += n;
            }
        }
    };
    push_word(&mut words, &mut word)?;
    rest(text, end, b"#", notes);
    Ok(words)
}

/// A single-quoted PowerShell string from `i` (after the quote).
fn ps_single(text: &str, mut i: usize, w: &mut Buf) -> Result<usize, Fail> {
    let start = i.saturating_sub(1);
    loop {
        let Some(c) = char_at(text, i) else {
            return Err(Fail::at("bad-quoting", text, start));
        };
        i += c.len_utf8();
        if single_quote(c) {
            match char_at(text, i) {
                Some(d) if single_quote(d) => {
                    w.char(c);
                    i += d.len_utf8();
                }
                _ => return Ok(i),
            }
        } else {
            w.char(c);
        }
    }
}

/// A double-quoted PowerShell string from `i` (after the quote).
fn ps_double(text: &str, mut i: usize, w: &mut Buf, notes: &mut Notes) -> Result<usize, Fail> {
    let start = i.saturating_sub(1);
    loop {
        let Some(c) = char_at(text, i) else {
            return Err(Fail::at("bad-quoting", text, start));
        };
        i += c.len_utf8();
        match c {
            '`' => {
                let Some(e) = char_at(text, i) else {
                    return Err(Fail::at("bad-quoting", text, start));
                };
                i += e.len_utf8();
                let v = match e {
                    '0' => '\0',
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    'e' => '\u{1b}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'v' => '\u{b}',
                    'u' if char_at(text, i) == Some('{') => {
                        let digits = text.as_bytes().get(i + 1..).unwrap_or_default();
                        match hex_run(digits, 1, 6) {
                            Some((u, n)) if digits.get(n) == Some(&b'}') => {
                                i += n + 2;
                                w.code(u);
                                continue;
                            }
                            _ => return Err(Fail::at("bad-quoting", text, i)),
                        }
                    }
                    other => other,
                };
                w.char(v);
            }
            q if double_quote(q) => match char_at(text, i) {
                Some(d) if double_quote(d) => {
                    w.char(c);
                    i += d.len_utf8();
                }
                _ => return Ok(i),
            },
            '$' => {
                expansion(text.as_bytes(), i - 1, notes);
                w.char('$');
            }
            _ => w.char(c),
        }
    }
}

/// The parenthesised concatenation from `i` (after `(`): quoted strings,
/// `[char]0xNNNN` and `[char]::ConvertFromUtf32(0xNNNNN)` joined by `+`.
fn expression(text: &str, mut i: usize, w: &mut Buf, notes: &mut Notes) -> Result<usize, Fail> {
    let s = text.as_bytes();
    let start = i.saturating_sub(1);
    let bad = |at: usize| Fail::at("bad-quoting", text, at);
    let skip = |i: &mut usize| {
        while matches!(s.get(*i), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            *i += 1;
        }
        // A backtick line continuation inside the parentheses.
        while s.get(*i) == Some(&b'`') && matches!(s.get(*i + 1), Some(b'\n' | b'\r')) {
            *i += 2;
            while matches!(s.get(*i), Some(b' ' | b'\t' | b'\r' | b'\n')) {
                *i += 1;
            }
        }
    };
    let starts = |i: usize, p: &str| {
        s.get(i..i + p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    let number = |i: &mut usize| -> Option<u32> {
        let hex = starts(*i, "0x");
        let digits = s.get(*i + if hex { 2 } else { 0 }..).unwrap_or_default();
        let (v, n) = if hex {
            hex_run(digits, 1, 8)?
        } else {
            let n = digits.iter().take_while(|b| b.is_ascii_digit()).count();
            let v = std::str::from_utf8(digits.get(..n)?).ok()?.parse().ok()?;
            (v, n)
        };
        *i += n + if hex { 2 } else { 0 };
        Some(v)
    };
    loop {
        skip(&mut i);
        let c = char_at(text, i).ok_or_else(|| bad(start))?;
        if single_quote(c) {
            i = ps_single(text, i + c.len_utf8(), w)?;
        } else if double_quote(c) {
            i = ps_double(text, i + c.len_utf8(), w, notes)?;
        } else if starts(i, "[char]::convertfromutf32(") {
            i += "[char]::convertfromutf32(".len();
            skip(&mut i);
            let v = number(&mut i).ok_or_else(|| bad(i))?;
            skip(&mut i);
            if s.get(i) != Some(&b')') {
                return Err(bad(i));
            }
            i += 1;
            if v != 0 {
                w.code(v);
            }
        } else if starts(i, "[char]") {
            i += "[char]".len();
            let v = number(&mut i).ok_or_else(|| bad(i))?;
            let unit = u16::try_from(v).map_err(|_| bad(i))?;
            if unit != 0 {
                w.unit(unit);
            }
        } else {
            return Err(bad(i));
        }
        skip(&mut i);
        match s.get(i) {
            Some(b'+') => i += 1,
            Some(b')') => return Ok(i + 1),
            _ => return Err(bad(i)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bash(t: &str) -> Vec<String> {
        posix(t, &mut Notes::default()).unwrap()
    }

    fn ps(t: &str) -> Vec<String> {
        powershell(t, &mut Notes::default()).unwrap()
    }

    #[test]
    fn bash_quoting() {
        assert_eq!(bash("# c 'x\na 'b c'\"d\\\"\"e\\ f"), ["a", "b cd\"e f"]);
        assert_eq!(
            bash("a 'it'\\''s' $'\\101\\x42\\u00e9\\n\\''"),
            ["a", "it's", "ABé\n'"]
        );
        assert_eq!(bash("a \\\n  b\nc"), ["a", "b"]);
        assert_eq!(bash("a $'\\342\\200\\256'"), ["a", "\u{202e}"]);
        assert_eq!(bash("a ''"), ["a", ""]);
        assert_eq!(bash("a \"$HOME\\$\""), ["a", "$HOME$"]);
        assert_eq!(
            posix("a 'b", &mut Notes::default()).unwrap_err().code,
            "bad-quoting"
        );
        assert_eq!(
            posix("# c\na \"b", &mut Notes::default()).unwrap_err().arg,
            "2"
        );
        assert_eq!(posix("a \"b", &mut Notes::default()).unwrap_err().arg, "1");
        assert_eq!(
            posix("a $'\\xff'", &mut Notes::default()).unwrap_err().code,
            "bad-encoding"
        );
        let mut n = Notes::default();
        posix("a $HOME; b", &mut n).unwrap();
        assert!(n.has("expansion-kept") && n.has("rest-ignored"));
    }

    #[test]
    fn powershell_quoting() {
        assert_eq!(
            ps("a 'it''s' `\n  \"x`t`\"y\"\"\""),
            ["a", "it's", "x\t\"y\""]
        );
        assert_eq!(
            ps("a ('x' + [char]0x000A + [char]::ConvertFromUtf32(0x1F600) + 'y')"),
            ["a", "x\n😀y"]
        );
        assert_eq!(ps("a '\u{2019}\u{2019}'"), ["a", "\u{2019}"]);
        assert_eq!(ps("a ([char]0xD83D + [char]0xDE00)"), ["a", "😀"]);
        assert_eq!(
            powershell("a 'b", &mut Notes::default()).unwrap_err().code,
            "bad-quoting"
        );
        assert_eq!(
            powershell("a (1 + 2)", &mut Notes::default())
                .unwrap_err()
                .code,
            "bad-quoting"
        );
        assert_eq!(ps("<# x #> a # y\n b"), ["a"]);
    }
}
