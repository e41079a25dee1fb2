//! `RegionId` and `IDaaSRegionId` should be known regions. New regions keep
//! appearing, so an unknown one is only a warning, with the closest known ID
//! as suggestion; a closed region is a warning too.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("RegionId".into(), Value::from("cn-hangzou"));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.rule == "region-unknown").unwrap();
//! assert_eq!(f.suggestion.as_deref(), Some("cn-hangzhou"));
//! ```

use super::{tr, Ctx};
use crate::regions::{region, REGIONS};
use crate::report::Severity;
use crate::text::{closest, echo};

pub(crate) fn check(ctx: &mut Ctx) {
    for field in ["RegionId", "IDaaSRegionId"] {
        if ctx.has_error(field) {
            continue;
        }
        let Some(id) = ctx.get(field).map(str::to_owned) else {
            continue;
        };
        match region(&id) {
            Some(r) if r.closed => {
                let name = ctx.lang.pick(&r.name);
                let msg = tr!(ctx, "{} ({}) is closed.", "{}（{}）已关停。", id, name);
                ctx.add(Severity::Warning, field, "region-closed", None, msg, None);
            }
            Some(_) => {}
            None => unknown(ctx, field, &id),
        }
    }
}

fn unknown(ctx: &mut Ctx, field: &'static str, id: &str) {
    let trimmed = id.trim().to_ascii_lowercase();
    let near = region(&trimmed)
        .map(|r| r.id)
        .or_else(|| closest(id.trim(), REGIONS.iter().map(|r| r.id)));
    let shown = echo(id);
    let msg = match near {
        Some(n) => tr!(
            ctx,
            "{} is not a known region ID. Did you mean {}? (New regions appear; check DescribeRegions.)",
            "{} 不是已知的地域 ID。您是否要输入 {}？（可能是新地域，请以 DescribeRegions 为准。）",
            shown,
            n
        ),
        None => tr!(
            ctx,
            "{} is not a known region ID (new regions appear; check DescribeRegions).",
            "{} 不是已知的地域 ID（可能是新地域，请以 DescribeRegions 为准）。",
            shown
        ),
    };
    // Only RegionId can earn InvalidRegionId.NotFound from the server.
    let code = (field == "RegionId").then_some("InvalidRegionId.NotFound");
    ctx.add(
        Severity::Warning,
        field,
        "region-unknown",
        code,
        msg,
        near.map(str::to_owned),
    );
}
