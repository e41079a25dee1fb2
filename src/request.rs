//! The request a validation produces, and the validated form that signing
//! accepts.

use crate::operation::{Operation, CREATE_SSL_VPN_SERVER};
use crate::report::{Finding, Report};
use std::ops::Deref;

/// The operation parameters of one request, as they go on the wire: only the
/// parameters the user set (never an unasked-for default), canonical values
/// (leading and trailing whitespace removed, `true`/`false`, decimal ports
/// and owner IDs, comma lists without spaces), sorted by wire name in byte
/// order. `Action` is not included: signing adds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    operation: &'static Operation,
    params: Vec<(&'static str, String)>,
}

impl Default for Request {
    /// An empty `CreateSslVpnServer` request.
    fn default() -> Request {
        Request::from_sorted(&CREATE_SSL_VPN_SERVER, Vec::new())
    }
}

impl Request {
    pub(crate) fn from_sorted(
        operation: &'static Operation,
        params: Vec<(&'static str, String)>,
    ) -> Request {
        Request { operation, params }
    }

    /// The operation the request is for.
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }

    /// The value of one parameter, if it was set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every parameter, sorted by wire name.
    pub fn params(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.params.iter().map(|(n, v)| (*n, v.as_str()))
    }

    /// The region the request is for (empty when missing).
    pub fn region_id(&self) -> &str {
        self.get("RegionId").unwrap_or("")
    }
}

/// A request whose report has no errors. Only [`Checked::into_valid`] makes
/// one, so signing can never see a request with errors.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidRequest {
    request: Request,
    /// The validation report: no errors, so every finding is a warning or
    /// an info.
    report: Report,
}

impl ValidRequest {
    /// The warnings (and infos) carried along from validation.
    pub fn warnings(&self) -> &[Finding] {
        self.report.findings()
    }

    /// The validation report it came with (warnings and infos only).
    pub fn into_report(self) -> Report {
        self.report
    }
}

impl Deref for ValidRequest {
    type Target = Request;
    fn deref(&self) -> &Request {
        &self.request
    }
}

/// A report together with the request as far as it could be built.
///
/// Its fields are private: validation is the only way to one, and
/// [`Checked::into_valid`] the only way from one to a [`ValidRequest`].
///
/// ```compile_fail
/// use sslvpn_builder::{check, Input, Lang};
/// let mut checked = check(&Input::new(), Lang::En);
/// checked.report.valid = true; // no: the report is private and validity is derived
/// ```
///
/// ```compile_fail
/// use sslvpn_builder::{validate, Checked, Input, Lang, Request};
/// let report = validate(&Input::new(), Lang::En);
/// // no: a Checked is made by the rules only
/// let forged = Checked { report, request: Request::default() };
/// ```
///
/// ```compile_fail
/// use sslvpn_builder::{validate, Input, Lang, Request, ValidRequest};
/// // no: a ValidRequest is made by `Checked::into_valid` only
/// let report = validate(&Input::new(), Lang::En);
/// let forged = ValidRequest { request: Request::default(), report };
/// ```
///
/// ```compile_fail
/// use sslvpn_builder::signing::sign_v1; // no: only `sign(&ValidRequest, ..)` signs
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    report: Report,
    request: Request,
}

impl Checked {
    pub(crate) fn new(report: Report, request: Request) -> Checked {
        Checked { report, request }
    }

    /// The validation report, owned.
    pub fn into_report(self) -> Report {
        self.report
    }

    /// The validation report.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Every parameter that could be read, errors or not.
    pub fn request(&self) -> &Request {
        &self.request
    }

    /// The validated request, or the report when it has errors.
    ///
    /// # Errors
    ///
    /// The report, when any finding is an error.
    ///
    /// # Examples
    ///
    /// ```
    /// use sslvpn_builder::{check, Input, Lang};
    /// assert!(check(&Input::new(), Lang::En).into_valid().is_err());
    /// ```
    pub fn into_valid(self) -> Result<ValidRequest, Report> {
        if self.report.valid() {
            Ok(ValidRequest {
                request: self.request,
                report: self.report,
            })
        } else {
            Err(self.report)
        }
    }
}
