//! Required parameters must be present and not blank.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("RegionId".into(), Value::from("   "));
//! let report = validate(&input, Lang::En);
//! assert!(report.findings().iter().any(|f| f.field == "RegionId" && f.rule == "required"));
//! ```

use super::{tr, Ctx};
use crate::params::PARAMS;
use crate::report::Severity;

pub(crate) fn check(ctx: &mut Ctx) {
    for p in PARAMS.iter().filter(|p| p.required && p.name != "Action") {
        if ctx.has_error(p.name) {
            continue; // e.g. a type mismatch already says what is wrong
        }
        let blank = ctx.get(p.name).map_or(true, |v| v.trim().is_empty());
        if blank {
            let msg = tr!(ctx, "{} is required.", "{} 为必填参数。", p.name);
            ctx.add(Severity::Error, p.name, "required", None, msg, None);
        }
    }
}
