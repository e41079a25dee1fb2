//! Notes that apply across parameters: control characters and stray
//! whitespace in free text, `DryRun`, and the undocumented `DnsServers`.
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! input.insert("Name".into(), Value::from("a\u{7}b"));
//! let report = validate(&input, Lang::En);
//! assert!(report.findings().iter().any(|f| f.field == "Name" && f.rule == "control-character"));
//! ```

use super::{tr, Ctx};
use crate::params::{Kind, PARAMS};
use crate::report::Severity;

/// Free-text parameters, where no format rule already catches stray spaces.
const FREE_TEXT: [&str; 3] = ["Name", "ClientToken", "DnsServers"];

pub(crate) fn check(ctx: &mut Ctx) {
    for p in PARAMS.iter().filter(|p| p.kind == Kind::String) {
        let Some(v) = ctx.get(p.name).map(str::to_owned) else {
            continue;
        };
        if let Some(c) = v.chars().find(|c| c.is_control()) {
            let msg = tr!(
                ctx,
                "{} contains the control character {}; the API is unlikely to accept it.",
                "{} 含有控制字符 {}，API 很可能不接受。",
                p.name,
                crate::text::code_point(c)
            );
            let clean: String = v.chars().filter(|c| !c.is_control()).collect();
            ctx.add(
                Severity::Warning,
                p.name,
                "control-character",
                None,
                msg,
                Some(clean).filter(|c| !c.is_empty()),
            );
        }
        if FREE_TEXT.contains(&p.name) && v.trim() != v && !ctx.has_error(p.name) {
            let msg = tr!(
                ctx,
                "{} starts or ends with whitespace, which is sent as typed.",
                "{} 首尾含有空白字符，将按原样发送。",
                p.name
            );
            ctx.add(
                Severity::Warning,
                p.name,
                "whitespace",
                None,
                msg,
                Some(v.trim().to_owned()).filter(|t| !t.is_empty()),
            );
        }
    }
    if ctx.is_true("DryRun") {
        let msg = tr!(
            ctx,
            "Dry run: the server only checks the request. The answer DryRunOperation means it passed; nothing is created.",
            "预检模式：服务端只检查请求。返回 DryRunOperation 表示检查通过，不会创建资源。"
        );
        ctx.add(Severity::Info, "DryRun", "dry-run", None, msg, None);
    }
    if let Some(v) = ctx.get("DnsServers").map(str::to_owned) {
        if !v.is_ascii() {
            let msg = tr!(
                ctx,
                "DnsServers should be ASCII (DNS server addresses).",
                "DnsServers 应为 ASCII（DNS 服务器地址）。"
            );
            ctx.add(
                Severity::Warning,
                "DnsServers",
                "dns-servers-ascii",
                None,
                msg,
                None,
            );
        }
        let msg = tr!(
            ctx,
            "DnsServers is undocumented (added 2026-06-25) and sent as typed; the aliyun CLI needs --force to send it.",
            "DnsServers 尚无公开说明（2026-06-25 新增），按原样发送；aliyun CLI 需加 --force 才能发送。"
        );
        ctx.add(
            Severity::Info,
            "DnsServers",
            "dns-servers-undocumented",
            None,
            msg,
            None,
        );
    }
}
