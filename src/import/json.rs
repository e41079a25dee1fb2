//! A compact, strict JSON reader (RFC 8259) for the page, where `serde_json`
//! is not linked: objects, arrays, strings with every escape (surrogate pairs
//! included), numbers, `true`, `false`, `null`, nested at most 64 deep.
//!
//! Only the top-level object's members are kept, as [`Value`]s: an array or
//! an object inside is checked and becomes [`Value::Other`]. Numbers follow
//! the `serde` path of the CLI: an integer literal that fits `i64`, or any
//! number whose value is a whole number below 9e15 (`1194.0`, `1.194e3`), is
//! [`Value::Int`]; anything else is [`Value::Float`], converted without the
//! standard library's float parser (which would add about 15 KB gzip to the
//! page): exact up to 15 significant digits and exponents of ±22, within a
//! few units in the last place beyond. No parameter takes a fraction, so that
//! value only ever reaches a type error.

use super::scan::{hex_run, Buf, Fail};
use crate::value::Value;

const MAX_DEPTH: usize = 64;

struct Reader<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
}

/// The members of the top-level object, in order (duplicates kept).
///
/// # Errors
///
/// `bad-json` (with the line) for anything that is not exactly one JSON
/// object.
pub(crate) fn object(text: &str) -> Result<Vec<(String, Value)>, Fail> {
    let mut r = Reader {
        text,
        s: text.as_bytes(),
        i: 0,
    };
    r.ws();
    if r.peek() != Some(b'{') {
        return Err(r.fail());
    }
    let mut members = Vec::new();
    r.i += 1;
    r.ws();
    if r.peek() == Some(b'}') {
        r.i += 1;
    } else {
        loop {
            r.ws();
            if r.peek() != Some(b'"') {
                return Err(r.fail());
            }
            let key = r.string()?;
            r.ws();
            r.expect(b':')?;
            r.ws();
            let value = r.value(1)?;
            members.push((key, value));
            r.ws();
            match r.next() {
                Some(b',') => continue,
                Some(b'}') => break,
                _ => return Err(r.fail_before()),
            }
        }
    }
    r.ws();
    if r.i < r.s.len() {
        return Err(r.fail());
    }
    Ok(members)
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        self.i += 1;
        b
    }

    fn fail(&self) -> Fail {
        Fail::at("bad-json", self.text, self.i)
    }

    fn fail_before(&self) -> Fail {
        Fail::at("bad-json", self.text, self.i.saturating_sub(1))
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn expect(&mut self, b: u8) -> Result<(), Fail> {
        if self.peek() == Some(b) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.fail())
        }
    }

    fn word(&mut self, w: &[u8]) -> Result<(), Fail> {
        if self.s.get(self.i..self.i + w.len()) == Some(w) {
            self.i += w.len();
            Ok(())
        } else {
            Err(self.fail())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Fail> {
        if depth > MAX_DEPTH {
            return Err(self.fail());
        }
        match self.peek() {
            Some(b'"') => self.string().map(Value::Str),
            Some(b't') => self.word(b"true").map(|()| Value::Bool(true)),
            Some(b'f') => self.word(b"false").map(|()| Value::Bool(false)),
            Some(b'n') => self.word(b"null").map(|()| Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Value::Other("array"));
                }
                loop {
                    self.ws();
                    self.value(depth + 1)?;
                    self.ws();
                    match self.next() {
                        Some(b',') => continue,
                        Some(b']') => return Ok(Value::Other("array")),
                        _ => return Err(self.fail_before()),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Value::Other("object"));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.fail());
                    }
                    self.string()?;
                    self.ws();
                    self.expect(b':')?;
                    self.ws();
                    self.value(depth + 1)?;
                    self.ws();
                    match self.next() {
                        Some(b',') => continue,
                        Some(b'}') => return Ok(Value::Other("object")),
                        _ => return Err(self.fail_before()),
                    }
                }
            }
            _ => Err(self.fail()),
        }
    }

    /// A string; the reader is at its opening quote.
    fn string(&mut self) -> Result<String, Fail> {
        let start = self.i;
        self.i += 1;
        let mut buf = Buf::new();
        loop {
            // Copy the plain run in one go.
            let run = self.i;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            if let Some(plain) = self.text.get(run..self.i) {
                buf.str(plain);
            }
            match self.next() {
                Some(b'"') => break,
                Some(b'\\') => {
                    let c = match self.next() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let digits = self.s.get(self.i..self.i + 4).unwrap_or_default();
                            match hex_run(digits, 4, 4) {
                                Some((u, _)) => {
                                    self.i += 4;
                                    buf.unit(u as u16);
                                    continue;
                                }
                                None => return Err(self.fail()),
                            }
                        }
                        _ => return Err(self.fail_before()),
                    };
                    buf.char(c);
                }
                // A raw control character, or the end of the text.
                _ => return Err(Fail::at("bad-json", self.text, start)),
            }
        }
        buf.finish()
            .map_err(|_| Fail::at("bad-json", self.text, start))
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, Fail> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let int_start = self.i;
        let int_len = self.digits();
        let int_digits = self.s.get(int_start..self.i).unwrap_or_default();
        if int_len == 0 || (int_len > 1 && int_digits.first() == Some(&b'0')) {
            return Err(self.fail());
        }
        let mut frac: &[u8] = &[];
        if self.peek() == Some(b'.') {
            self.i += 1;
            let f = self.i;
            if self.digits() == 0 {
                return Err(self.fail());
            }
            frac = self.s.get(f..self.i).unwrap_or_default();
        }
        let mut exp: i64 = 0;
        let mut has_exp = false;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            has_exp = true;
            self.i += 1;
            let neg = match self.peek() {
                Some(b'-') => {
                    self.i += 1;
                    true
                }
                Some(b'+') => {
                    self.i += 1;
                    false
                }
                _ => false,
            };
            let e = self.i;
            if self.digits() == 0 {
                return Err(self.fail());
            }
            for &d in self.s.get(e..self.i).unwrap_or_default() {
                exp = (exp * 10 + i64::from(d - b'0')).min(1_000_000);
            }
            if neg {
                exp = -exp;
            }
        }
        if frac.is_empty() && !has_exp {
            if let Some(n) = to_i64(int_digits, negative) {
                return Ok(Value::Int(n));
            }
        }
        Ok(decimal(int_digits, frac, exp, negative))
    }
}

/// Decimal digits as an `i64`, if they fit.
fn to_i64(digits: &[u8], negative: bool) -> Option<i64> {
    let mut n: i64 = 0;
    for &d in digits {
        let d = i64::from(d - b'0');
        n = n
            .checked_mul(10)?
            .checked_add(if negative { -d } else { d })?;
    }
    Some(n)
}

const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `int.frac × 10^exp`: a whole number below 9e15 as `Int` (as the serde
/// path does), anything else as an approximate `Float`.
fn decimal(int: &[u8], frac: &[u8], exp: i64, negative: bool) -> Value {
    // All significant digits, and where the decimal point falls among them.
    let all: Vec<u8> = int.iter().chain(frac).copied().collect();
    let lead = all.iter().take_while(|&&d| d == b'0').count();
    let digits = all.get(lead..).unwrap_or_default();
    let digits = {
        let trail = digits.iter().rev().take_while(|&&d| d == b'0').count();
        digits.get(..digits.len() - trail).unwrap_or_default()
    };
    if digits.is_empty() {
        return Value::Int(0);
    }
    // value = 0.digits × 10^point
    let point = int.len() as i64 - lead as i64 + exp;
    if point >= digits.len() as i64 && point <= 16 {
        let mut n: i64 = 0;
        for &d in digits {
            n = n * 10 + i64::from(d - b'0');
        }
        for _ in 0..(point - digits.len() as i64) {
            n *= 10;
        }
        if n < 9_000_000_000_000_000 {
            return Value::Int(if negative { -n } else { n });
        }
    }
    // Up to 19 significant digits as an integer, scaled by a power of ten.
    let kept = digits.len().min(19);
    let mut m: u64 = 0;
    for &d in digits.get(..kept).unwrap_or_default() {
        m = m * 10 + u64::from(d - b'0');
    }
    let mut scale = point - kept as i64;
    let mut v = m as f64;
    while scale > 0 && v.is_finite() {
        let step = scale.min(22);
        v *= POW10[step as usize];
        scale -= step;
    }
    while scale < 0 && v != 0.0 {
        let step = (-scale).min(22);
        v /= POW10[step as usize];
        scale += step;
    }
    Value::Float(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Result<Value, Fail> {
        object(&["{\"k\":", text, "}"].concat()).map(|mut m| m.remove(0).1)
    }

    #[test]
    fn numbers_follow_the_serde_path() {
        assert_eq!(one("1194").unwrap(), Value::Int(1194));
        assert_eq!(one("-0").unwrap(), Value::Int(0));
        assert_eq!(one("1194.0").unwrap(), Value::Int(1194));
        assert_eq!(one("1.194e3").unwrap(), Value::Int(1194));
        assert_eq!(one("1194.5").unwrap(), Value::Float(1194.5));
        assert_eq!(one("0.1").unwrap(), Value::Float(0.1));
        assert_eq!(one("-2.5E-3").unwrap(), Value::Float(-0.0025));
        assert_eq!(one("9223372036854775807").unwrap(), Value::Int(i64::MAX));
        assert_eq!(
            one("9223372036854775808").unwrap(),
            Value::Float(9_223_372_036_854_775_808.0)
        );
        assert_eq!(one("1e20").unwrap(), Value::Float(1e20));
        assert!(matches!(one("1e999").unwrap(), Value::Float(f) if f.is_infinite()));
        assert_eq!(one("1e-999").unwrap(), Value::Float(0.0));
        for bad in ["01", "1.", ".5", "-", "1e", "+1", "0x10", "1.5.2", "NaN"] {
            assert!(one(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn strings_and_nesting() {
        assert_eq!(
            one(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#).unwrap(),
            Value::from("a\"\\/\u{8}\u{c}\n\r\té😀")
        );
        assert!(one(r#""\ud83d""#).is_err());
        assert!(one(r#""\x41""#).is_err());
        assert!(one("\"a\nb\"").is_err());
        assert_eq!(one("[1,[2,{}]]").unwrap(), Value::Other("array"));
        assert_eq!(one(r#"{"a":[]}"#).unwrap(), Value::Other("object"));
        assert!(one("[1,]").is_err());
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(one(&deep).unwrap_err().code, "bad-json");
        assert!(object("{} x").is_err());
        assert!(object("[]").is_err());
        assert!(object("{\"a\":1,}").is_err());
        assert_eq!(object(" {} ").unwrap(), vec![]);
    }
}
