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

use super::{tr, Ctx, Rule};
use crate::regions::{region, REGIONS};
use crate::report::Severity::Warning;
use crate::text::{closest, echo};

/// A region the sources mark closed.
pub(crate) const REGION_CLOSED: Rule = Rule::new("region-closed", Warning, None);
/// `RegionId` not a known region: the server may answer `InvalidRegionId.NotFound`.
pub(crate) const REGION_UNKNOWN: Rule =
    Rule::new("region-unknown", Warning, Some("InvalidRegionId.NotFound"));
/// `IDaaSRegionId` not a known region (no documented server code).
pub(crate) const IDAAS_REGION_UNKNOWN: Rule = Rule::new("region-unknown", Warning, None);

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
                ctx.add(&REGION_CLOSED, field, msg, None);
            }
            Some(_) => {}
            None => unknown(ctx, field, &id),
        }
    }
}

fn unknown(ctx: &mut Ctx, field: &'static str, id: &str) {
    let near = region(&id.to_ascii_lowercase())
        .map(|r| r.id)
        .or_else(|| closest(id, REGIONS.iter().map(|r| r.id)));
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
    let rule = if field == "RegionId" {
        &REGION_UNKNOWN
    } else {
        &IDAAS_REGION_UNKNOWN
    };
    ctx.add(rule, field, msg, near.map(str::to_owned));
}
