//! Findings and the report: validation results as data, with stable rule ids
//! and the documented API error code each rule predicts.

use crate::shape::{Node, Shape};

/// How serious a finding is. Only errors make a request invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The API would reject the request.
    Error,
    /// Probably wrong, or only true in some sources: the request can still be sent.
    Warning,
    /// Explanation only.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One problem (or note) about one parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Wire name of the parameter the finding belongs to (as the user typed
    /// it, for unknown parameters; empty for a finding about the whole
    /// request, such as too many parameters).
    pub field: String,
    /// Error, warning or info.
    pub severity: Severity,
    /// The documented API error code this rule predicts; `None` where no
    /// documented code fits.
    pub code: Option<&'static str>,
    /// The code's HTTP status, from the catalogue.
    pub http_status: Option<u16>,
    /// Stable rule id, e.g. `port-reserved`.
    pub rule: &'static str,
    /// Human message in the requested language.
    pub message: String,
    /// A corrected value, where one can be computed.
    pub suggestion: Option<String>,
}

/// The outcome of validating one request.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::{validate, Input, Lang};
/// let report = validate(&Input::new(), Lang::En);
/// assert!(!report.valid());
/// assert!(report.findings().iter().any(|f| f.field == "RegionId" && f.rule == "required"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every finding, in form order then by severity. Private: only the
    /// rules make a report, so a valid one cannot be forged.
    findings: Vec<Finding>,
}

impl Report {
    /// The report of `findings`, sorted by form position then severity.
    /// A parameter of the table keeps at most `max_per_field` findings
    /// (errors first); `more(field, n)` then makes the one finding that
    /// counts the `n` left out. (Unknown names each have their own field and
    /// are capped where they are read.)
    pub(crate) fn new(
        findings: Vec<Finding>,
        max_per_field: usize,
        more: &dyn Fn(&str, usize) -> Finding,
    ) -> Report {
        // None or one (the Example gets one info): nothing to sort or cap.
        if findings.len() < 2 {
            return Report { findings };
        }
        // A stable bucket sort by (form position, severity): linear in the
        // number of findings, and much smaller in wasm than `sort_by_key`.
        let keys: Vec<(usize, Severity)> = findings
            .iter()
            .map(|f| (crate::params::position(&f.field), f.severity))
            .collect();
        let mut slots: Vec<Option<Finding>> = findings.into_iter().map(Some).collect();
        let mut sorted = Vec::with_capacity(slots.len());
        let params = crate::params::PARAMS;
        for pos in 0..=params.len() {
            let (mut kept, mut dropped) = (0, 0);
            for sev in [Severity::Error, Severity::Warning, Severity::Info] {
                for (slot, key) in slots.iter_mut().zip(&keys) {
                    if *key == (pos, sev) {
                        if pos < params.len() && kept == max_per_field {
                            dropped += 1;
                            *slot = None;
                        } else {
                            kept += 1;
                            sorted.extend(slot.take());
                        }
                    }
                }
            }
            if let (true, Some(p)) = (dropped > 0, params.get(pos)) {
                sorted.push(more(p.name, dropped));
            }
        }
        Report { findings: sorted }
    }

    /// True when no finding is an error (derived, never stored).
    pub fn valid(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Every finding, in form order then by severity.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The findings, owned.
    pub fn into_findings(self) -> Vec<Finding> {
        self.findings
    }

    /// The findings of one severity.
    pub fn of(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity == severity)
    }
}

impl Shape for Finding {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("field", self.field.shape()),
            ("severity", Node::Str(self.severity.as_str())),
            ("code", self.code.shape()),
            ("httpStatus", self.http_status.shape()),
            ("rule", Node::Str(self.rule)),
            ("message", self.message.shape()),
            ("suggestion", self.suggestion.shape()),
        ])
    }
}

impl Shape for Report {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("valid", Node::Bool(self.valid())),
            ("findings", self.findings.shape()),
        ])
    }
}
