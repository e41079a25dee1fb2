//! Required parameters must be present and not blank (whitespace only counts
//! as not given).
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("RegionId".into(), Value::from("   "));
//! let report = validate(&input, Lang::En);
//! assert!(report.findings().iter().any(|f| f.field == "RegionId" && f.rule == "required"));
//! ```

use super::{tr, Ctx, Rule};
use crate::report::Severity::Error;

/// A required parameter missing, empty or blank.
pub(crate) const REQUIRED: Rule = Rule::new("required", Error, None);

pub(crate) fn check(ctx: &mut Ctx) {
    for p in ctx
        .op
        .params
        .iter()
        .filter(|p| p.required && p.name != "Action")
    {
        if ctx.has_error(p.name) {
            continue; // e.g. a type mismatch already says what is wrong
        }
        if ctx.get(p.name).is_none() {
            let msg = tr!(ctx, "{} is required.", "{} 为必填参数。", p.name);
            ctx.add(&REQUIRED, p.name, msg, None);
        }
    }
}
