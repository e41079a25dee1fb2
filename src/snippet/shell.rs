//! Command-line words for the POSIX shell family (bash, zsh, ksh) and for
//! PowerShell.
//!
//! A word's value, after the shell has parsed it, is exactly the input with
//! every NUL removed: no operating system can pass a NUL inside a
//! command-line argument, so callers check [`has_nul`] and say so in a
//! comment.
//!
//! ```
//! use sslvpn_builder::snippet::shell;
//! assert_eq!(shell::posix("cn-hangzhou"), "cn-hangzhou");
//! assert_eq!(shell::posix("it's $HOME"), r"'it'\''s $HOME'");
//! assert_eq!(shell::posix("a\nb"), r"'a'$'\012''b'");
//! assert_eq!(shell::powershell("it's"), "'it''s'");
//! assert_eq!(shell::powershell("a\tb"), "('a' + [char]0x0009 + 'b')");
//! ```

use super::lit::needs_escape;
use std::fmt::Write;

/// Whether the value holds a NUL, which no command-line argument can carry.
pub fn has_nul(s: &str) -> bool {
    s.contains('\0')
}

fn bare(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'_' | b'.' | b'/' | b':' | b',' | b'=' | b'@' | b'+' | b'-' | b'%'
                )
        })
}

/// One POSIX shell word. Plain values stay bare; everything else is
/// single-quoted (`'` as `'\''`). Control and invisible format characters
/// are written as `$'\ooo'` octal bytes, which bash, zsh, ksh, BusyBox sh and
/// POSIX.1-2024 shells understand (dash before 0.5.13 does not): so only
/// values holding such characters need one of those shells.
pub fn posix(s: &str) -> String {
    if bare(s) {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut open = false;
    for c in s.chars().filter(|&c| c != '\0') {
        if needs_escape(c) {
            if open {
                out.push('\'');
                open = false;
            }
            out.push_str("$'");
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "\\{b:03o}");
            }
            out.push('\'');
        } else {
            if !open {
                out.push('\'');
                open = true;
            }
            if c == '\'' {
                out.push_str("'\\''");
            } else {
                out.push(c);
            }
        }
    }
    if open {
        out.push('\'');
    }
    if out.is_empty() {
        out.push_str("''");
    }
    out
}

fn ps_quote(out: &mut String, run: &str) {
    out.push('\'');
    for c in run.chars() {
        // PowerShell takes the typographic single quotes as quotes too.
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}') {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
}

/// One PowerShell argument: a single-quoted string (every kind of single
/// quote doubled), or, when the value holds control or invisible format
/// characters, a parenthesised concatenation with `[char]0xNNNN`.
pub fn powershell(s: &str) -> String {
    let s: String = s.chars().filter(|&c| c != '\0').collect();
    if !s.chars().any(needs_escape) {
        let mut out = String::new();
        ps_quote(&mut out, &s);
        return out;
    }
    let mut out = String::from("(");
    let mut run = String::new();
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(" + ");
        }
    };
    for c in s.chars() {
        if needs_escape(c) {
            if !run.is_empty() || out.len() == 1 {
                // Start with a string, so `+` concatenates instead of adding chars.
                sep(&mut out);
                ps_quote(&mut out, &std::mem::take(&mut run));
            }
            sep(&mut out);
            let u = c as u32;
            let _ = if u <= 0xFFFF {
                write!(out, "[char]0x{u:04X}")
            } else {
                write!(out, "[char]::ConvertFromUtf32(0x{u:X})")
            };
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        sep(&mut out);
        ps_quote(&mut out, &run);
    }
    out.push(')');
    out
}
