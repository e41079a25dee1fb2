//! Where a signature's time and nonce come from. The pipeline draws them
//! itself when a new signature is due: from the browser's clock and
//! `crypto.getRandomValues` in the page (the facade implements [`Entropy`]),
//! from the OS natively ([`OsEntropy`]), from fixed values in tests
//! ([`Fixed`]).
//!
//! # Examples
//!
//! ```
//! use sslvpn_builder::stamp::{uuid_v4, Entropy, Fixed};
//! let mut e = Fixed::new(1_700_000_000, 7);
//! assert_eq!(e.now(), 1_700_000_000);
//! let n = e.nonce().unwrap();
//! assert_eq!((n.len(), &n[14..15]), (36, "4"));
//! assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
//! ```

/// A clock and a source of random bytes.
pub trait Entropy {
    /// Seconds since the Unix epoch, UTC.
    fn now(&mut self) -> u64;
    /// Fills `buf` with random bytes; `false` when no randomness is available.
    fn fill(&mut self, buf: &mut [u8]) -> bool;

    /// A fresh random UUID v4, the nonce the official SDKs send.
    fn nonce(&mut self) -> Option<String> {
        let mut b = [0u8; 16];
        self.fill(&mut b).then(|| uuid_v4(b))
    }
}

/// `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` from 16 random bytes (RFC 9562 version 4).
pub fn uuid_v4(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(char::from(b"0123456789abcdef"[usize::from(x >> 4)]));
        out.push(char::from(b"0123456789abcdef"[usize::from(x & 15)]));
    }
    out
}

/// A fixed clock and a deterministic byte stream (an xorshift of `seed`):
/// reproducible signatures for tests and vectors.
#[derive(Debug, Clone)]
pub struct Fixed {
    /// What [`Entropy::now`] returns.
    pub now: u64,
    state: u64,
}

impl Fixed {
    /// A clock stopped at `now` and bytes from `seed`.
    pub fn new(now: u64, seed: u64) -> Fixed {
        Fixed {
            now,
            state: seed | 1,
        }
    }
}

impl Entropy for Fixed {
    fn now(&mut self) -> u64 {
        self.now
    }

    fn fill(&mut self, buf: &mut [u8]) -> bool {
        for b in buf {
            self.state ^= self.state << 13;
            self.state ^= self.state >> 7;
            self.state ^= self.state << 17;
            *b = (self.state >> 24) as u8;
        }
        true
    }
}

/// The system clock and the OS's random device (native builds).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, Default)]
pub struct OsEntropy;

#[cfg(not(target_arch = "wasm32"))]
impl Entropy for OsEntropy {
    fn now(&mut self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    }

    fn fill(&mut self, buf: &mut [u8]) -> bool {
        use std::io::Read;
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(buf))
            .is_ok()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn os_nonces_are_uuids_and_differ() {
        let mut os = OsEntropy;
        let (a, b) = (os.nonce().unwrap(), os.nonce().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
        assert!("89ab".contains(&a[19..20]));
        assert!(os.now() > 1_700_000_000);
    }

    #[test]
    fn fixed_is_reproducible() {
        let (mut a, mut b) = (Fixed::new(1, 42), Fixed::new(1, 42));
        assert_eq!(a.nonce(), b.nonce());
        assert_ne!(a.nonce(), Fixed::new(1, 43).nonce());
    }
}
