//! The rules: one small module per rule family, each a `check(&mut Ctx)`,
//! and the registry [`RULES`] of every rule they can report.
//!
//! [`check`] reads the input into text values ([`intake`]), runs every rule,
//! and returns the report with the request as far as it could be built.
//!
//! Every rule is a constant [`Rule`] (id, severity, code) in its family's
//! file; findings are made from it ([`Ctx::add`]), the error catalogue's
//! "predicted by" is derived from [`RULES`], and the tests walk [`RULES`].
//! A rule whose severity or code depends on the case is two constants with
//! the same id (e.g. `client-ip-pool-reserved`, an error for 127.0.0.0/8 and
//! a warning for 240.0.0.0/4): a rule is the triple, not the id alone.

use crate::catalogue::error_code;
use crate::lang::Lang;
use crate::operation::{Operation, CREATE_SSL_VPN_SERVER};
use crate::params::limits::MAX_FINDINGS_PER_FIELD;
use crate::params::Param;
use crate::report::{Finding, Report, Severity};
use crate::request::{Checked, Request};
use crate::value::{Input, ValueRef};

mod booleans;
mod caps;
mod client_ip_pool;
mod client_token;
mod enums;
mod extras;
mod family;
mod gateway_id;
mod intake;
mod local_subnet;
mod mfa;
mod name;
mod owner;
mod port;
mod region;
mod required;

/// One rule: what a finding made from it says about itself.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::{Severity, RULES};
/// let reserved = RULES.iter().find(|r| r.id == "port-reserved").unwrap();
/// assert_eq!((reserved.severity, reserved.code), (Severity::Error, Some("SslVpnServerPort.Illegal")));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, the finding's `rule`, e.g. `port-reserved`.
    pub id: &'static str,
    /// The severity of every finding it makes.
    pub severity: Severity,
    /// The documented API error code it predicts (in the catalogue), if any.
    pub code: Option<&'static str>,
}

impl Rule {
    /// A rule (for the family files' constants).
    pub(crate) const fn new(
        id: &'static str,
        severity: Severity,
        code: Option<&'static str>,
    ) -> Rule {
        Rule { id, severity, code }
    }
}

/// Every rule, each listed once, family by family in the order they run.
pub static RULES: &[&Rule] = &[
    &intake::ACTION_FIXED,
    &intake::UNKNOWN_PARAMETER,
    &intake::TYPE_MISMATCH,
    &intake::WHITESPACE,
    &caps::VALUE_TOO_LONG,
    &caps::TOO_MANY_PARAMETERS,
    &caps::MORE_UNKNOWN_PARAMETERS,
    &caps::MORE_FINDINGS,
    &required::REQUIRED,
    &region::REGION_CLOSED,
    &region::REGION_UNKNOWN,
    &region::IDAAS_REGION_UNKNOWN,
    &gateway_id::VPN_GATEWAY_ID_SHAPE,
    &gateway_id::SSL_VPN_SERVER_ID_SHAPE,
    &name::NAME_LENGTH,
    &name::NAME_URL_PREFIX,
    &name::NAME_URL_PREFIX_CASE,
    &name::NAME_LEGACY,
    &client_ip_pool::FORMAT,
    &client_ip_pool::NETMASK,
    &client_ip_pool::RESERVED,
    &client_ip_pool::OVERLAP,
    &client_ip_pool::RESERVED_DUBIOUS,
    &client_ip_pool::PRIVATE,
    &client_ip_pool::HOST_BITS,
    &client_ip_pool::CAPACITY,
    &local_subnet::FORMAT,
    &local_subnet::COUNT,
    &local_subnet::NETMASK,
    &local_subnet::RESERVED,
    &local_subnet::RESERVED_WARNING,
    &local_subnet::OVERLAP,
    &local_subnet::SPACES,
    &enums::PROTO_VALUE,
    &enums::CIPHER_VALUE,
    &port::PORT_INTEGER,
    &port::PORT_RANGE,
    &port::PORT_RESERVED,
    &booleans::BOOLEAN_VALUE,
    &mfa::IDAAS_IGNORED,
    &mfa::INSTANCE_REQUIRED,
    &mfa::APPLICATION_REQUIRED,
    &mfa::REGION_REQUIRED,
    &mfa::PREREQUISITES,
    &mfa::INSTANCE_SHAPE,
    &mfa::APPLICATION_SHAPE,
    &client_token::ASCII,
    &client_token::LENGTH,
    &owner::INTEGER_VALUE,
    &owner::OWNER_PARAMETER,
    &extras::CONTROL_CHARACTER,
    &extras::DRY_RUN,
    &extras::DNS_SERVERS_ASCII,
    &extras::DNS_SERVERS_UNDOCUMENTED,
    &family::PAGE_NUMBER_RANGE,
    &family::PAGE_SIZE_RANGE,
    &family::PARTIAL_UPDATE,
];

/// Message in the context's language: `tr!(ctx, "en {}", "zh {}", arg)`.
/// (A one-language build keeps only its language's text: see [`crate::text!`].)
macro_rules! tr {
    ($ctx:expr, $en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {
        $crate::text::fill($crate::Lang::pick($ctx.lang, &$crate::text!($en, $zh)), &[$(&$arg),*])
    };
}
pub(crate) use tr;

/// What the rules share: the language, the values read so far, the findings.
pub(crate) struct Ctx {
    pub lang: Lang,
    /// The operation whose rules run.
    pub op: &'static Operation,
    /// Sorted by name, as a `BTreeMap` would be (a second `BTreeMap`
    /// instantiation costs the wasm about 4 KB raw; there are a few dozen at most).
    values: Vec<(&'static str, String)>,
    findings: Vec<Finding>,
    /// Findings whose suggestion is kept only if the field, set to it, then
    /// has no error (see [`Ctx::add_verified`]).
    verify: Vec<usize>,
    /// A trial run for [`Ctx::accepts`]: no verification inside it.
    probing: bool,
}

impl Ctx {
    fn new(op: &'static Operation, lang: Lang, probing: bool) -> Ctx {
        Ctx {
            lang,
            op,
            values: Vec::new(),
            findings: Vec::new(),
            verify: Vec::new(),
            probing,
        }
    }

    /// The text value of a known parameter, when set (not blank, not null).
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

    /// Records a finding of `rule` (its severity and code come from it).
    pub fn add(
        &mut self,
        rule: &'static Rule,
        field: &str,
        message: String,
        suggestion: Option<String>,
    ) {
        debug_assert!(RULES.contains(&rule), "{rule:?} is not in RULES");
        debug_assert!(
            rule.code.is_none_or(|c| error_code(c).is_some()),
            "{rule:?}: code not in catalogue"
        );
        // A code the operation's sources do not document for it is left
        // out (the same check on Modify has no published code).
        // (The page's first module checks CreateSslVpnServer only, which
        // documents every code of the catalogue.)
        #[cfg(not(feature = "core-module"))]
        let code = rule.code.filter(|c| self.op.documents(c));
        #[cfg(feature = "core-module")]
        let code = rule.code;
        self.findings.push(Finding {
            field: field.to_owned(),
            severity: rule.severity,
            code,
            http_status: code.and_then(error_code).and_then(|e| e.http_status),
            rule: rule.id,
            message,
            suggestion,
        });
    }

    /// Records a finding whose suggestion may break another rule of the
    /// field (a value cleaned of control characters can still be no CIDR
    /// block): the suggestion is kept only if the field, set to it, has no
    /// error. Costs one trial run of the rules per such suggestion.
    pub fn add_verified(
        &mut self,
        rule: &'static Rule,
        field: &str,
        message: String,
        suggestion: Option<String>,
    ) {
        if suggestion.is_some() && !self.probing {
            self.verify.push(self.findings.len());
        }
        self.add(rule, field, message, suggestion);
    }

    /// Whether a field already has an error (later rules then stay quiet).
    pub fn has_error(&self, field: &str) -> bool {
        self.findings
            .iter()
            .any(|f| f.field == field && f.severity == Severity::Error)
    }

    /// Whether `field`, set to `value` (read as a typed string is), passes
    /// every rule, the others left as they are.
    fn accepts(&self, field: &str, value: &str) -> bool {
        let Some(p) = self.op.param(field) else {
            return false;
        };
        let mut trial = Ctx::new(self.op, self.lang, true);
        // Only the values an error on `field` can depend on: every error
        // rule looks at its own field, except the pool's overlap (on
        // LocalSubnet) and the missing IDaaS instance (on
        // EnableMultiFactorAuth). The trial then costs one field's rules.
        trial.values = self
            .values
            .iter()
            .filter(|(n, _)| *n != p.name && matches!(*n, "LocalSubnet" | "EnableMultiFactorAuth"))
            .cloned()
            .collect();
        intake::value(&mut trial, p, ValueRef::Str(value));
        (self.op.rules)(&mut trial);
        !trial.has_error(p.name)
    }

    /// Drops the suggestions of [`Ctx::add_verified`] that do not pass.
    fn verify_suggestions(&mut self) {
        for i in std::mem::take(&mut self.verify) {
            let keep = match self.findings.get(i) {
                Some(Finding {
                    field,
                    suggestion: Some(s),
                    ..
                }) => self.accepts(field, s),
                _ => true,
            };
            if !keep {
                if let Some(f) = self.findings.get_mut(i) {
                    f.suggestion = None;
                }
            }
        }
    }
}

/// `CreateSslVpnServer`'s rules after intake, in order.
pub(crate) fn create(ctx: &mut Ctx) {
    required::check(ctx);
    region::check(ctx);
    gateway_id::check(ctx);
    server(ctx);
}

/// The SSL server's settings, which Create and Modify share: name, network,
/// tunnel, two-factor authentication, then the generic rules.
#[inline(always)]
fn server(ctx: &mut Ctx) {
    name::check(ctx);
    client_ip_pool::check(ctx);
    local_subnet::check(ctx);
    client_ip_pool::check_overlap(ctx);
    enums::check(ctx);
    port::check(ctx);
    booleans::check(ctx);
    mfa::check(ctx);
    client_token::check(ctx);
    owner::check(ctx);
    extras::check(ctx);
}

/// `ModifySslVpnServer`'s rules: Create's, for the fields it has.
#[cfg(not(feature = "core-module"))]
pub(crate) fn modify(ctx: &mut Ctx) {
    required::check(ctx);
    region::check(ctx);
    gateway_id::check_server(ctx);
    server(ctx);
    family::partial_update(ctx);
}

/// `DeleteSslVpnServer`'s rules.
#[cfg(not(feature = "core-module"))]
pub(crate) fn delete(ctx: &mut Ctx) {
    required::check(ctx);
    region::check(ctx);
    gateway_id::check_server(ctx);
    client_token::check(ctx);
    owner::check(ctx);
    extras::check(ctx);
}

/// `DescribeSslVpnServers`' rules.
#[cfg(not(feature = "core-module"))]
pub(crate) fn describe(ctx: &mut Ctx) {
    required::check(ctx);
    region::check(ctx);
    gateway_id::check(ctx);
    gateway_id::check_server(ctx);
    name::check(ctx);
    family::paging(ctx);
    owner::check(ctx);
    extras::check(ctx);
}

/// Validates a request and builds it as far as possible.
///
/// Leading and trailing whitespace is removed from every string value
/// before anything else (an info says so): the trimmed value is what is
/// validated, signed and put in snippets.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::{check, Input, Lang, Value};
/// let input: Input = [
///     ("RegionId", "cn-hangzhou "),
///     ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
///     ("ClientIpPool", "192.168.1.0/24"),
///     ("LocalSubnet", "10.0.0.0/8, 172.16.0.0/16"),
/// ]
/// .into_iter()
/// .map(|(k, v)| (k.to_string(), Value::from(v)))
/// .collect();
/// let checked = check(&input, Lang::En);
/// assert!(checked.report().valid());
/// assert_eq!(checked.request().region_id(), "cn-hangzhou");
/// assert_eq!(checked.request().get("LocalSubnet"), Some("10.0.0.0/8,172.16.0.0/16"));
/// ```
pub fn check(input: &Input, lang: Lang) -> Checked {
    check_operation(&CREATE_SSL_VPN_SERVER, input, lang)
}

/// [`check`] for any operation ([`Operation::check`]).
pub(crate) fn check_operation(op: &'static Operation, input: &Input, lang: Lang) -> Checked {
    check_entries(
        op,
        input.iter().map(|(k, v)| (k.as_str(), v.as_ref())),
        lang,
    )
}

/// [`check_operation`] of the parameters `entries` lists, sorted by name in
/// byte order, each name once (as an [`Input`] iterates).
pub(crate) fn check_entries<'a>(
    op: &'static Operation,
    entries: impl ExactSizeIterator<Item = (&'a str, ValueRef<'a>)>,
    lang: Lang,
) -> Checked {
    let mut ctx = Ctx::new(op, lang, false);
    intake::check(&mut ctx, entries);
    (op.rules)(&mut ctx);
    ctx.verify_suggestions();

    // Sorted by name in byte order: the order signing needs.
    let params: Vec<(&'static str, String)> = ctx
        .values
        .into_iter()
        .filter(|(name, _)| *name != crate::params::ACTION_PARAM)
        .collect();
    let report = Report::new(ctx.findings, MAX_FINDINGS_PER_FIELD, &|field, n| {
        caps::more_findings(lang, field, n)
    });
    Checked::new(report, Request::from_sorted(op, params))
}

/// Validates a request: the report of [`check`].
pub fn validate(input: &Input, lang: Lang) -> Report {
    check(input, lang).into_report()
}

impl Ctx {
    /// The table entry of one of the operation's parameters (the names
    /// rules use are static, and each rule runs only for operations that
    /// have the parameters it reads).
    pub(crate) fn spec(&self, name: &str) -> &'static Param {
        self.op
            .param(name)
            .expect("rule uses a parameter of the table")
    }
}
