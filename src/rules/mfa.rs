//! Two-factor authentication: `EnableMultiFactorAuth=true` needs
//! `IDaaSInstanceId` (`MissingParameter.IDaaSInstanceId`) and `IDaaSRegionId`
//! (a warning: the docs say "must", the server's code is undocumented), and an
//! EIAM 2.0 instance (`idaas_…`) needs `IDaaSApplicationId` (warning). Both
//! EIAM 1.0 (`idaas-…`) and 2.0 (`idaas_…`) instance IDs are accepted.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("EnableMultiFactorAuth".into(), Value::Bool(true));
//! let f = validate(&input, Lang::En).into_findings().into_iter().find(|f| f.field == "IDaaSInstanceId").unwrap();
//! assert_eq!(f.code, Some("MissingParameter.IDaaSInstanceId"));
//! ```

use super::{tr, Ctx, Rule};
use crate::regions::region;
use crate::report::Severity::{Error, Info, Warning};
use crate::text::echo;

/// IDaaS parameters set while two-factor authentication is off.
pub(crate) const IDAAS_IGNORED: Rule = Rule::new("idaas-ignored", Info, None);
/// Two-factor authentication on without `IDaaSInstanceId`.
pub(crate) const INSTANCE_REQUIRED: Rule = Rule::new(
    "mfa-instance-required",
    Error,
    Some("MissingParameter.IDaaSInstanceId"),
);
/// An EIAM 2.0 instance without `IDaaSApplicationId`.
pub(crate) const APPLICATION_REQUIRED: Rule = Rule::new("mfa-application-required", Warning, None);
/// Two-factor authentication on without `IDaaSRegionId`.
pub(crate) const REGION_REQUIRED: Rule = Rule::new("mfa-region-required", Warning, None);
/// What two-factor authentication needs besides the request.
pub(crate) const PREREQUISITES: Rule = Rule::new("mfa-prerequisites", Info, None);
/// `IDaaSInstanceId` of an unusual shape.
pub(crate) const INSTANCE_SHAPE: Rule = Rule::new("idaas-instance-shape", Warning, None);
/// `IDaaSApplicationId` of an unusual shape.
pub(crate) const APPLICATION_SHAPE: Rule = Rule::new("idaas-application-shape", Warning, None);

const IDAAS: [&str; 3] = ["IDaaSInstanceId", "IDaaSRegionId", "IDaaSApplicationId"];

pub(crate) fn check(ctx: &mut Ctx) {
    shapes(ctx);
    if !ctx.is_true("EnableMultiFactorAuth") {
        for field in IDAAS {
            if ctx.get(field).is_some() {
                let msg = tr!(
                    ctx,
                    "{} is only used when EnableMultiFactorAuth is true.",
                    "仅当 EnableMultiFactorAuth 为 true 时才使用 {}。",
                    field
                );
                ctx.add(&IDAAS_IGNORED, field, msg, None);
            }
        }
        return;
    }
    let instance = given(ctx, "IDaaSInstanceId").map(str::to_owned);
    match &instance {
        None => {
            let msg = tr!(
                ctx,
                "Two-factor authentication is on: IDaaSInstanceId is required.",
                "已开启双因子认证：必须填写 IDaaSInstanceId。"
            );
            ctx.add(&INSTANCE_REQUIRED, "IDaaSInstanceId", msg, None);
        }
        Some(id) if id.starts_with("idaas_") && given(ctx, "IDaaSApplicationId").is_none() => {
            let msg = tr!(
                ctx,
                "{} is an EIAM 2.0 instance: set IDaaSApplicationId too.",
                "{} 是 EIAM 2.0 实例，还需填写 IDaaSApplicationId。",
                echo(id)
            );
            ctx.add(&APPLICATION_REQUIRED, "IDaaSApplicationId", msg, None);
        }
        Some(_) => {}
    }
    if given(ctx, "IDaaSRegionId").is_none() {
        let from_id = instance
            .as_deref()
            .and_then(region_in_instance_id)
            .map(str::to_owned);
        let msg = tr!(
            ctx,
            "Two-factor authentication is on: the docs require IDaaSRegionId too.",
            "已开启双因子认证：文档要求同时填写 IDaaSRegionId。"
        );
        ctx.add(&REGION_REQUIRED, "IDaaSRegionId", msg, from_id);
    }
    let mut msg = tr!(
        ctx,
        "Two-factor authentication needs a gateway that supports it (upgrade if needed) and, on first use, the RAM role AliyunVpnAccessingIdaasRole authorised.",
        "双因子认证要求网关支持该功能（必要时升级网关），首次使用还需授权 RAM 角色 AliyunVpnAccessingIdaasRole。"
    );
    if ctx.get("RegionId") == Some("me-east-1") {
        msg.push_str(&tr!(
            ctx,
            " In UAE (Dubai), bind an EIAM 2.0 instance in Singapore.",
            "阿联酋（迪拜）地域请绑定新加坡的 EIAM 2.0 实例。"
        ));
    }
    ctx.add(&PREREQUISITES, "EnableMultiFactorAuth", msg, None);
}

/// A value that is set (intake leaves out blank ones: `"   "` is as good as missing).
fn given<'a>(ctx: &'a Ctx, name: &str) -> Option<&'a str> {
    ctx.get(name)
}

/// `idaas-cn-hangzhou-p1x2` names its region; EIAM 2.0 IDs do not.
fn region_in_instance_id(id: &str) -> Option<&'static str> {
    let rest = id.strip_prefix("idaas-")?;
    let (r, _) = rest.rsplit_once('-')?;
    region(r).map(|r| r.id)
}

fn shapes(ctx: &mut Ctx) {
    if let Some(id) = ctx.get("IDaaSInstanceId").map(str::to_owned) {
        if !id.starts_with("idaas-") && !id.starts_with("idaas_") {
            let msg = tr!(
                ctx,
                "{} does not look like an IDaaS instance ID (idaas-… for EIAM 1.0, idaas_… for EIAM 2.0).",
                "{} 不像 IDaaS 实例 ID（EIAM 1.0 为 idaas-…，EIAM 2.0 为 idaas_…）。",
                echo(&id)
            );
            ctx.add(&INSTANCE_SHAPE, "IDaaSInstanceId", msg, None);
        }
    }
    if let Some(id) = ctx.get("IDaaSApplicationId").map(str::to_owned) {
        let ok = id.strip_prefix("app_").is_some_and(|r| {
            !r.is_empty()
                && r.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        if !ok {
            let msg = tr!(
                ctx,
                "{} does not look like an IDaaS application ID (app_ followed by lower-case letters and digits).",
                "{} 不像 IDaaS 应用 ID（应为 app_ 加小写字母和数字）。",
                echo(&id)
            );
            ctx.add(&APPLICATION_SHAPE, "IDaaSApplicationId", msg, None);
        }
    }
}
