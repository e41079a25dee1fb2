//! The two languages every message, label and help text comes in.

use crate::shape::{Node, Shape};

/// A message language: English or Simplified Chinese (zh-CN).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Parses `en`, `zh`, `zh-CN`, `zh-Hans` (any case).
    ///
    /// # Examples
    ///
    /// ```
    /// use sslvpn_builder::Lang;
    /// assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        match s.as_str() {
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            "zh" | "zh-cn" | "zh-hans" | "zh-hans-cn" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, t: &Text<'a>) -> &'a str {
        match self {
            Lang::En => t.en,
            Lang::Zh => t.zh,
        }
    }
}

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<'a> {
    /// English.
    pub en: &'a str,
    /// Simplified Chinese.
    pub zh: &'a str,
}

impl Shape for Text<'_> {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![("en", Node::Str(self.en)), ("zh", Node::Str(self.zh))])
    }
}

/// Builds a [`Text`] from two string literals.
///
/// A build with the feature `lang-en` (or `lang-zh`) keeps one language
/// only, in both fields: the page's first wasm module carries the text of
/// the language it shows, and loads the other one on a switch.
#[cfg(not(any(feature = "lang-en", feature = "lang-zh")))]
#[macro_export]
#[doc(hidden)]
macro_rules! text {
    ($en:expr, $zh:expr $(,)?) => {
        $crate::Text { en: $en, zh: $zh }
    };
}

/// [`Text`], English only (feature `lang-en`).
#[cfg(feature = "lang-en")]
#[macro_export]
#[doc(hidden)]
macro_rules! text {
    ($en:expr, $zh:expr $(,)?) => {
        $crate::Text { en: $en, zh: $en }
    };
}

/// [`Text`], Chinese only (feature `lang-zh`).
#[cfg(all(feature = "lang-zh", not(feature = "lang-en")))]
#[macro_export]
#[doc(hidden)]
macro_rules! text {
    ($en:expr, $zh:expr $(,)?) => {
        $crate::Text { en: $zh, zh: $zh }
    };
}
