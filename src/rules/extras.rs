//! Notes that apply across parameters: control characters in text values,
//! `DryRun`, and the undocumented `DnsServers`. (Leading and trailing
//! whitespace is removed at intake, for every parameter.)
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Name".into(), Value::from("a\u{7}b"));
//! let report = validate(&input, Lang::En);
//! assert!(report.findings().iter().any(|f| f.field == "Name" && f.rule == "control-character"));
//! ```

use super::{tr, Ctx, Rule};
use crate::params::Kind;
use crate::report::Severity::{Info, Warning};

/// A control character in a string value.
pub(crate) const CONTROL_CHARACTER: Rule = Rule::new("control-character", Warning, None);
/// `DryRun=true`: what the answer means.
pub(crate) const DRY_RUN: Rule = Rule::new("dry-run", Info, None);
/// `DnsServers` with characters outside ASCII.
pub(crate) const DNS_SERVERS_ASCII: Rule = Rule::new("dns-servers-ascii", Warning, None);
/// `DnsServers` is undocumented.
pub(crate) const DNS_SERVERS_UNDOCUMENTED: Rule = Rule::new("dns-servers-undocumented", Info, None);

pub(crate) fn check(ctx: &mut Ctx) {
    for p in ctx.op.params.iter().filter(|p| p.kind == Kind::String) {
        let Some(v) = ctx.get(p.name) else {
            continue;
        };
        if let Some(c) = v.chars().find(|c| c.is_control()) {
            let clean: String = v.chars().filter(|c| !c.is_control()).collect();
            let msg = tr!(
                ctx,
                "{} contains the control character {}; the API is unlikely to accept it.",
                "{} 含有控制字符 {}，API 很可能不接受。",
                p.name,
                crate::text::code_point(c)
            );
            // Without the control characters the value may still break a
            // rule of its own (a CIDR block, a Name): kept only if it passes.
            let clean = Some(clean.trim().to_owned()).filter(|c| !c.is_empty());
            ctx.add_verified(&CONTROL_CHARACTER, p.name, msg, clean);
        }
    }
    if ctx.is_true("DryRun") {
        let msg = tr!(
            ctx,
            "Dry run: the server only checks the request. The answer DryRunOperation means it passed; nothing is created.",
            "预检模式：服务端只检查请求。返回 DryRunOperation 表示检查通过，不会创建资源。"
        );
        ctx.add(&DRY_RUN, "DryRun", msg, None);
    }
    if let Some(v) = ctx.get("DnsServers") {
        if !v.is_ascii() {
            let msg = tr!(
                ctx,
                "DnsServers should be ASCII (DNS server addresses).",
                "DnsServers 应为 ASCII（DNS 服务器地址）。"
            );
            ctx.add(&DNS_SERVERS_ASCII, "DnsServers", msg, None);
        }
        let msg = tr!(
            ctx,
            "DnsServers is undocumented (added 2026-06-25) and sent as typed; the aliyun CLI needs --force to send it.",
            "DnsServers 尚无公开说明（2026-06-25 新增），按原样发送；aliyun CLI 需加 --force 才能发送。"
        );
        ctx.add(&DNS_SERVERS_UNDOCUMENTED, "DnsServers", msg, None);
    }
}
