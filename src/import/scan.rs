//! Byte-level helpers every reader shares: searching without the `&str`
//! pattern machinery, a value builder that takes characters, raw bytes and
//! UTF-16 units (the escapes of the languages read here produce all three),
//! and the internal failure and note records.

/// Why a reader gave up: a stable code and one value for the message's `{}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fail {
    pub code: &'static str,
    pub arg: String,
}

impl Fail {
    pub fn new(code: &'static str) -> Fail {
        Fail {
            code,
            arg: String::new(),
        }
    }

    /// A failure whose message names the line `at` (a byte offset) is on.
    pub fn at(code: &'static str, text: &str, at: usize) -> Fail {
        Fail {
            code,
            arg: line_of(text, at).to_string(),
        }
    }
}

/// The notes a reader collects: a code and the values for the message's
/// `{}` (the same code twice gives one note listing both values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Notes(pub Vec<(&'static str, Vec<String>)>);

/// The most values one note lists.
const MAX_ARGS: usize = 12;

impl Notes {
    pub fn add(&mut self, code: &'static str, arg: &str) {
        if let Some((_, args)) = self.0.iter_mut().find(|(c, _)| *c == code) {
            if !arg.is_empty() && args.len() < MAX_ARGS && !args.iter().any(|a| a == arg) {
                args.push(arg.to_owned());
            }
            return;
        }
        let args = if arg.is_empty() {
            Vec::new()
        } else {
            vec![arg.to_owned()]
        };
        self.0.push((code, args));
    }

    /// Whether a note with this code still takes values (so a caller can
    /// skip working out one, such as a line number).
    pub fn wants(&self, code: &str) -> bool {
        self.0
            .iter()
            .find(|(c, _)| *c == code)
            .is_none_or(|(_, args)| args.len() < MAX_ARGS)
    }

    /// Notes `code` with the line number of byte `at`, while it takes values.
    pub fn add_line(&mut self, code: &'static str, text: &str, at: usize) {
        if self.wants(code) {
            self.add(code, &line_of(text, at).to_string());
        }
    }

    /// Whether a note with this code was taken.
    #[cfg(test)]
    pub fn has(&self, code: &str) -> bool {
        self.0.iter().any(|(c, _)| *c == code)
    }
}

/// `a, b, c`.
pub(crate) fn join(items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}

/// The byte offset of the first `needle` in `hay` at or after `from`.
pub(crate) fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || from > h.len() {
        return None;
    }
    h.get(from..)?
        .windows(n.len())
        .position(|w| w == n)
        .map(|i| i + from)
}

/// The byte offset of the first `needle` in `hay`.
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    find_from(hay, needle, 0)
}

/// Whether `hay` holds `needle`.
pub(crate) fn has(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// The text from byte `at` on (empty when `at` is not a boundary).
pub(crate) fn from(s: &str, at: usize) -> &str {
    s.get(at..).unwrap_or("")
}

/// The 1-based line number of byte offset `at`.
pub(crate) fn line_of(text: &str, at: usize) -> usize {
    1 + text
        .as_bytes()
        .iter()
        .take(at)
        .filter(|&&b| b == b'\n')
        .count()
}

/// The value of one hex digit.
pub(crate) fn hex_digit(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'a'..=b'f' => Some(u32::from(b - b'a') + 10),
        b'A'..=b'F' => Some(u32::from(b - b'A') + 10),
        _ => None,
    }
}

/// Up to `max` hex digits from the start of `s` (at least `min`): the value
/// and how many bytes were read.
pub(crate) fn hex_run(s: &[u8], min: usize, max: usize) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        let Some(d) = s.get(n).copied().and_then(hex_digit) else {
            break;
        };
        value = value.checked_mul(16)?.checked_add(d)?;
        n += 1;
    }
    (n >= min).then_some((value, n))
}

/// Up to `max` octal digits from the start of `s` (at least `min`).
pub(crate) fn octal_run(s: &[u8], min: usize, max: usize) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        match s.get(n) {
            Some(&b @ b'0'..=b'7') => value = value * 8 + u32::from(b - b'0'),
            _ => break,
        }
        n += 1;
    }
    (n >= min).then_some((value, n))
}

/// A value under construction from characters, raw bytes (Go, PHP, shell
/// `\xHH`) and UTF-16 units (Java, JavaScript, PowerShell `[char]`), checked
/// for UTF-8 and paired surrogates at the end.
#[derive(Debug, Default)]
pub(crate) struct Buf {
    bytes: Vec<u8>,
    high: Option<u16>,
    bad: bool,
}

impl Buf {
    pub fn new() -> Buf {
        Buf::default()
    }

    fn settle(&mut self) {
        if self.high.take().is_some() {
            self.bad = true;
        }
    }

    pub fn char(&mut self, c: char) {
        self.settle();
        let mut tmp = [0u8; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    pub fn str(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.settle();
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn byte(&mut self, b: u8) {
        self.settle();
        self.bytes.push(b);
    }

    /// A code point given by number: a surrogate half is kept for its pair.
    pub fn code(&mut self, u: u32) {
        match u16::try_from(u) {
            Ok(unit) if (0xD800..0xE000).contains(&u) => self.unit(unit),
            _ => match char::from_u32(u) {
                Some(c) => self.char(c),
                None => self.bad = true,
            },
        }
    }

    /// One UTF-16 code unit.
    pub fn unit(&mut self, u: u16) {
        match (self.high.take(), u) {
            (Some(h), 0xDC00..=0xDFFF) => {
                let c = 0x10000 + ((u32::from(h) - 0xD800) << 10) + (u32::from(u) - 0xDC00);
                self.code(c);
            }
            (Some(_), _) => {
                self.bad = true;
                self.unit(u);
            }
            (None, 0xD800..=0xDBFF) => self.high = Some(u),
            (None, 0xDC00..=0xDFFF) => self.bad = true,
            (None, _) => self.code(u32::from(u)),
        }
    }

    /// The value, or `bad-encoding` (invalid UTF-8, a lone surrogate).
    pub fn finish(mut self) -> Result<String, Fail> {
        self.settle();
        if self.bad {
            return Err(Fail::new("bad-encoding"));
        }
        String::from_utf8(self.bytes).map_err(|_| Fail::new("bad-encoding"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buf_pairs_surrogates_and_checks_utf8() {
        let mut b = Buf::new();
        b.unit(0xD83D);
        b.unit(0xDE00);
        b.byte(0xE6);
        b.byte(0xB5);
        b.byte(0x8B);
        assert_eq!(b.finish().unwrap(), "😀测");
        let mut b = Buf::new();
        b.unit(0xD83D);
        b.char('a');
        assert_eq!(b.finish().unwrap_err().code, "bad-encoding");
        let mut b = Buf::new();
        b.byte(0xFF);
        assert!(b.finish().is_err());
        let mut b = Buf::new();
        b.code(0xDC00);
        assert!(b.finish().is_err());
    }

    #[test]
    fn searching_and_notes() {
        assert_eq!(find("abcabc", "ca"), Some(2));
        assert_eq!(find_from("abcabc", "abc", 1), Some(3));
        assert_eq!(find_from("abc", "abc", 9), None);
        assert_eq!(find("é", ""), None);
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(hex_run(b"1fz", 1, 4), Some((0x1f, 2)));
        assert_eq!(octal_run(b"0128", 1, 3), Some((0o12, 3)));
        let mut n = Notes::default();
        n.add("x", "a");
        n.add("x", "b");
        n.add("x", "a");
        n.add("y", "");
        assert_eq!(join(&n.0[0].1), "a, b");
        assert!(n.has("y") && n.0[1].1.is_empty());
    }
}
