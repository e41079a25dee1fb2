//! Rules only the SSL-VPN server family's other operations have:
//! `DescribeSslVpnServers`' paging, and what a `ModifySslVpnServer`
//! request leaves alone.
//!
//! ```
//! use sslvpn_builder::operation::operation;
//! use sslvpn_builder::{Input, Lang, Value};
//! let describe = operation("DescribeSslVpnServers").unwrap();
//! let mut input = Input::new();
//! input.insert("RegionId".into(), Value::from("cn-hangzhou"));
//! input.insert("PageSize".into(), Value::Int(100));
//! let report = describe.validate(&input, Lang::En);
//! let f = report.findings().iter().find(|f| f.field == "PageSize").unwrap();
//! assert_eq!((f.rule, f.suggestion.as_deref()), ("page-size-range", Some("50")));
//! ```

use super::Rule;
#[cfg(not(feature = "core-module"))]
use super::{tr, Ctx};
#[cfg(not(feature = "core-module"))]
use crate::params::limits::{PAGE_NUMBER_MIN, PAGE_SIZE_MAX, PAGE_SIZE_MIN};
use crate::report::Severity::{Error, Info};
#[cfg(not(feature = "core-module"))]
use crate::text::echo;

/// `PageNumber` not a whole number from 1.
pub(crate) const PAGE_NUMBER_RANGE: Rule = Rule::new("page-number-range", Error, None);
/// `PageSize` not a whole number from 1 to 50.
pub(crate) const PAGE_SIZE_RANGE: Rule = Rule::new("page-size-range", Error, None);
/// A Modify request changes only what it sets.
pub(crate) const PARTIAL_UPDATE: Rule = Rule::new("partial-update", Info, None);

/// `PageNumber` and `PageSize`.
#[cfg(not(feature = "core-module"))]
pub(crate) fn paging(ctx: &mut Ctx) {
    let fields = [
        (
            "PageNumber",
            PAGE_NUMBER_MIN,
            u64::from(u32::MAX),
            &PAGE_NUMBER_RANGE,
        ),
        ("PageSize", PAGE_SIZE_MIN, PAGE_SIZE_MAX, &PAGE_SIZE_RANGE),
    ];
    for (field, min, max, rule) in fields {
        let Some(v) = ctx.get(field).map(str::to_owned) else {
            continue;
        };
        let digits = !v.is_empty() && v.len() <= 19 && v.bytes().all(|b| b.is_ascii_digit());
        let n = if digits { v.parse::<u64>().ok() } else { None };
        match n {
            Some(n) if (min..=max).contains(&n) => ctx.normalize(field, n.to_string()),
            _ => {
                let msg = if max == PAGE_SIZE_MAX {
                    tr!(
                        ctx,
                        "{} must be a whole number from {} to {}, not {}.",
                        "{} 必须为 {}～{} 之间的整数，而不是 {}。",
                        field,
                        min,
                        max,
                        echo(&v)
                    )
                } else {
                    tr!(
                        ctx,
                        "{} must be a whole number from {}, not {}.",
                        "{} 必须为不小于 {} 的整数，而不是 {}。",
                        field,
                        min,
                        echo(&v)
                    )
                };
                let suggestion = match n {
                    Some(n) if n > max => Some(max.to_string()),
                    Some(_) => Some(min.to_string()),
                    None => None,
                };
                ctx.add(rule, field, msg, suggestion);
            }
        }
    }
}

/// A Modify request: one info that only what is set changes, and where the
/// sources disagree on the defaults.
#[cfg(not(feature = "core-module"))]
pub(crate) fn partial_update(ctx: &mut Ctx) {
    let msg = tr!(
        ctx,
        "Only the parameters you set are sent; the SSL server keeps its current value for every other one (every source implies this, none states it). The sources disagree on the defaults of Proto (TCP in the SDKs, UDP in the Chinese reference and Terraform) and Compress (true in the SDKs' Modify text, false elsewhere): set them if they matter.",
        "只发送您填写的参数，其余参数保持 SSL 服务端的当前值（各来源均如此暗示，但均未明说）。各来源对 Proto 的默认值（SDK 为 TCP，中文文档和 Terraform 为 UDP）和 Compress 的默认值（SDK 的 Modify 说明为 true，其他为 false）说法不一：如有影响，请明确填写。"
    );
    ctx.add(&PARTIAL_UPDATE, "", msg, None);
}
