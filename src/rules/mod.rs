//! The rules: one small module per rule family, each a `check(&mut Ctx)`.
//!
//! [`check`] reads the input into text values ([`intake`]), runs every rule,
//! and returns the report with the request as far as it could be built.

use crate::catalogue::error_code;
use crate::lang::Lang;
use crate::params::PARAMS;
use crate::report::{Finding, Report, Severity};
use crate::request::{Checked, Request};
use crate::value::Input;

mod booleans;
mod client_ip_pool;
mod client_token;
mod enums;
mod extras;
mod gateway_id;
mod intake;
mod local_subnet;
mod mfa;
mod name;
mod port;
mod region;
mod required;

/// Message in the context's language: `tr!(ctx, "en {}", "zh {}", arg)`.
macro_rules! tr {
    ($ctx:expr, $en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {
        $crate::text::fill(
            match $ctx.lang {
                $crate::Lang::En => $en,
                $crate::Lang::Zh => $zh,
            },
            &[$(&$arg),*],
        )
    };
}
pub(crate) use tr;

/// What the rules share: the language, the values read so far, the findings.
pub(crate) struct Ctx {
    pub lang: Lang,
    /// Sorted by name, as a `BTreeMap` would be (a second `BTreeMap`
    /// instantiation costs the wasm about 4 KB raw; there are a few dozen at most).
    values: Vec<(&'static str, String)>,
    findings: Vec<Finding>,
}

impl Ctx {
    /// The text value of a known parameter, when set (not empty, not null).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether a boolean parameter is set to `true`.
    pub fn is_true(&self, name: &str) -> bool {
        self.get(name) == Some("true")
    }

    /// Replaces a value with its canonical wire form.
    pub fn normalize(&mut self, name: &'static str, value: String) {
        self.set(name, value);
    }

    fn set(&mut self, name: &'static str, value: String) {
        match self.values.binary_search_by(|(n, _)| n.cmp(&name)) {
            Ok(i) => self.values[i].1 = value,
            Err(i) => self.values.insert(i, (name, value)),
        }
    }

    /// Records a finding. `code`, when given, must be in the catalogue.
    pub fn add(
        &mut self,
        severity: Severity,
        field: &str,
        rule: &'static str,
        code: Option<&'static str>,
        message: String,
        suggestion: Option<String>,
    ) {
        let http_status = code.and_then(error_code).and_then(|e| e.http_status);
        debug_assert!(
            code.map_or(true, |c| error_code(c).is_some()),
            "{code:?} not in catalogue"
        );
        self.findings.push(Finding {
            field: field.to_owned(),
            severity,
            code,
            http_status,
            rule,
            message,
            suggestion,
        });
    }

    /// Whether a field already has an error (later rules then stay quiet).
    pub fn has_error(&self, field: &str) -> bool {
        self.findings
            .iter()
            .any(|f| f.field == field && f.severity == Severity::Error)
    }
}

/// Validates a request and builds it as far as possible.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::{check, Input, Lang, Value};
/// let input: Input = [
///     ("RegionId", "cn-hangzhou"),
///     ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
///     ("ClientIpPool", "192.168.1.0/24"),
///     ("LocalSubnet", "10.0.0.0/8, 172.16.0.0/16"),
/// ]
/// .into_iter()
/// .map(|(k, v)| (k.to_string(), Value::from(v)))
/// .collect();
/// let checked = check(&input, Lang::En);
/// assert!(checked.report().valid());
/// assert_eq!(checked.request().get("LocalSubnet"), Some("10.0.0.0/8,172.16.0.0/16"));
/// ```
pub fn check(input: &Input, lang: Lang) -> Checked {
    let mut ctx = Ctx {
        lang,
        values: Vec::new(),
        findings: Vec::new(),
    };
    intake::check(&mut ctx, input);
    required::check(&mut ctx);
    region::check(&mut ctx);
    gateway_id::check(&mut ctx);
    name::check(&mut ctx);
    client_ip_pool::check(&mut ctx);
    local_subnet::check(&mut ctx);
    client_ip_pool::check_overlap(&mut ctx);
    enums::check(&mut ctx);
    port::check(&mut ctx);
    booleans::check(&mut ctx);
    mfa::check(&mut ctx);
    client_token::check(&mut ctx);
    extras::check(&mut ctx);

    // Sorted by name in byte order: the order signing needs.
    let params: Vec<(&'static str, String)> = ctx
        .values
        .into_iter()
        .filter(|(name, _)| *name != crate::params::ACTION_PARAM)
        .collect();
    Checked::new(Report::new(ctx.findings), Request::from_sorted(params))
}

/// Validates a request: the report of [`check`].
pub fn validate(input: &Input, lang: Lang) -> Report {
    check(input, lang).into_report()
}

/// The table entry of a known parameter (the names rules use are static).
pub(crate) fn spec(name: &str) -> &'static crate::params::Param {
    PARAMS
        .iter()
        .find(|p| p.name == name)
        .expect("rule uses a parameter of the table")
}
