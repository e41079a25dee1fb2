//! The page's own words, in both languages: headings, buttons, notes and the
//! sentences the pipeline composes (status, expiry). The page reads them
//! through the facade; nothing it shows in either language is written in
//! JavaScript. `{}` marks where a value goes.
//!
//! # Examples
//!
//! ```
//! use sslvpn_builder::{ui, Lang};
//! assert_eq!(ui::text("copy", Lang::Zh), "复制");
//! assert_eq!(ui::local_time(0, 8 * 60, Lang::Zh), "08:00:00");
//! assert_eq!(ui::local_time(13 * 3600 + 5, 0, Lang::En), "1:00:05 PM");
//! ```

use crate::lang::{Lang, Text};
use crate::report::{Report, Severity};
use crate::text;

/// Every page string: a stable key and its text.
pub static UI: &[(&str, Text<'static>)] = &[
    ("title", text!("SSL-VPN server request builder", "SSL-VPN 服务端请求构建器")),
    ("subtitle", text!(
        "Alibaba Cloud VPC API 2016-04-28: check every parameter before you send.",
        "阿里云 VPC API 2016-04-28：发送前检查每一个参数。"
    )),
    ("offline", text!(
        "Runs in your browser: nothing you type leaves this page.",
        "完全在浏览器中运行：您输入的内容不会离开本页面。"
    )),
    ("example", text!("Load example", "填入示例")),
    ("clear", text!("Clear", "清空")),
    ("language", text!("Language", "语言")),
    ("status", text!("Request status", "请求状态")),
    ("footer", text!(
        "Rules from the API reference, SDK metadata, Terraform and ROS. Errors carry the API's documented error code.",
        "规则来自 API 参考、SDK 元数据、Terraform 与 ROS。错误均标注 API 文档中的错误码。"
    )),
    ("required", text!("required", "必填")),
    ("notSet", text!("not set", "不设置")),
    ("serverDefault", text!("not set (server default: {})", "不设置（服务端默认：{}）")),
    ("error", text!("Error", "错误")),
    ("warning", text!("Warning", "警告")),
    ("info", text!("Note", "提示")),
    ("use", text!("Use {}", "改为 {}")),
    ("means", text!("What it means:", "含义：")),
    ("todo", text!("What to do:", "处理建议：")),
    ("http", text!("HTTP {}", "HTTP {}")),
    ("group.operation", text!("Operation", "操作")),
    ("group.target", text!("Gateway", "网关")),
    ("group.network", text!("Networks", "网段")),
    ("group.tunnel", text!("Tunnel", "隧道")),
    ("group.mfa", text!("Two-factor authentication", "双因子认证")),
    ("group.advanced", text!("Advanced", "高级")),
    ("signed", text!("Signed request", "签名请求")),
    ("keyId", text!("AccessKey ID", "AccessKey ID")),
    ("secret", text!("AccessKey Secret", "AccessKey Secret")),
    ("token", text!("STS token (optional)", "STS Token（可选）")),
    ("scheme", text!("Signature", "签名版本")),
    ("v3", text!("V3 (ACS3-HMAC-SHA256, recommended by Alibaba)", "V3（ACS3-HMAC-SHA256，阿里云推荐）")),
    ("v1", text!("V1 (classic signed URL, HMAC-SHA1)", "V1（经典签名 URL，HMAC-SHA1）")),
    ("method", text!("Method", "请求方法")),
    ("endpoint", text!("Endpoint", "服务地址")),
    ("regional", text!("Regional (vpc.<region>.aliyuncs.com)", "地域（vpc.<地域>.aliyuncs.com）")),
    ("central", text!("Central (vpc.aliyuncs.com)", "中心（vpc.aliyuncs.com）")),
    ("custom", text!("Custom host", "自定义主机")),
    ("host", text!("Host", "主机")),
    ("resign", text!("Sign again", "重新签名")),
    ("copy", text!("Copy", "复制")),
    ("copied", text!("Copied", "已复制")),
    ("steps", text!("Signing steps", "签名步骤")),
    ("canonical", text!("Canonical form", "规范化内容")),
    ("sts", text!("String to sign", "待签名字符串")),
    ("signature", text!("Signature", "签名")),
    ("url", text!("URL", "URL")),
    ("httpRequest", text!("HTTP request", "HTTP 请求")),
    ("code", text!("Code", "代码")),
    ("codeErrors", text!(
        "This request has errors: the API will reject it as it stands.",
        "此请求有错误，按当前内容发送会被 API 拒绝。"
    )),
    ("needKey", text!(
        "Enter an AccessKey ID and Secret to sign. They stay in this page's memory only.",
        "输入 AccessKey ID 和 Secret 即可签名。它们只保存在本页面内存中。"
    )),
    ("hasErrors", text!(
        "Not signed: fix the errors first (they are listed under Request status).",
        "未签名：请先修正错误（见“请求状态”）。"
    )),
    ("needHost", text!(
        "Enter the host to send to, e.g. vpc-vpc.cn-hangzhou.aliyuncs.com.",
        "请输入要发送到的主机，例如 vpc-vpc.cn-hangzhou.aliyuncs.com。"
    )),
    ("expires", text!(
        "Valid until {} (about {} min left): the server rejects older timestamps. Send it once.",
        "有效期至 {}（约剩 {} 分钟），过期后服务端会拒绝。只能发送一次。"
    )),
    ("expired", text!("Expired: sign again.", "已过期，请重新签名。")),
    ("install", text!("Install: {}", "安装：{}")),
    ("valid", text!("The request is valid.", "请求有效。")),
    ("validWith", text!("The request is valid ({} warnings).", "请求有效（{} 个警告）。")),
    ("validWith1", text!("The request is valid (1 warning).", "请求有效（1 个警告）。")),
    ("invalid", text!("{} errors: the API would reject this request.", "{} 个错误：API 会拒绝此请求。")),
    ("invalid1", text!("1 error: the API would reject this request.", "1 个错误：API 会拒绝此请求。")),
    ("import", text!("Import", "导入")),
    ("importHelp", text!(
        "Paste an aliyun command (bash or PowerShell), a V1 signed URL or query string, an HTTP request as shown here, a JSON object of parameters, one of the snippets, a share link, or an error response from the API.",
        "粘贴 aliyun 命令（bash 或 PowerShell）、V1 签名 URL 或查询字符串、本页显示的 HTTP 请求、参数的 JSON 对象、任一代码示例、分享链接，或 API 返回的错误响应。"
    )),
    ("importDo", text!("Import into the form", "导入到表单")),
    ("imported", text!("Imported {} parameters ({}). The form now holds exactly these values.", "已导入 {} 个参数（{}）。表单现在正是这些值。")),
    ("verifyNeedKey", text!("Type the AccessKey ID and Secret above to check its signature.", "在上方输入 AccessKey ID 和 Secret 即可校验其签名。")),
    ("apiError", text!("The API answered {}: its entry is open below.", "API 返回了 {}：下方已展开该错误码的说明。")),
    ("copyLink", text!("Copy link", "复制链接")),
    ("linkNote", text!("The link holds every parameter and the language, never a credential.", "链接包含所有参数和语言，不含任何凭证。")),
    ("catalogue", text!("Error codes", "错误码")),
    ("catalogueHelp", text!("Every error code documented for {}.", "{} 文档中的全部错误码。")),
    ("predictedBy", text!("Predicted before sending by the rules: {}.", "发送前即可由以下规则预判：{}。")),
    ("serverOnly", text!("Only the server can know this one (state, quota or permissions).", "只有服务端能判断（状态、配额或权限）。")),
    ("concerns", text!("Concerns {}.", "涉及参数 {}。")),
    ("remember", text!("Remember this request on this device", "在此设备上记住此请求")),
    ("rememberNote", text!(
        "Kept in this browser's local storage: the parameters only, never credentials.",
        "保存在本浏览器的本地存储中：只有参数，从不保存凭证。"
    )),
    ("forget", text!("Forget it", "忘记它")),
    ("generate", text!("Generate", "生成")),
    ("tokenNote", text!(
        "A new ClientToken. If the call fails or times out, retry with this same token so the server is not created twice.",
        "已生成新的 ClientToken。调用失败或超时后重试时，请使用同一个 Token，避免重复创建。"
    )),
    ("pictureTitle", text!("Client pool and local blocks", "客户端网段与本端网段")),
    ("pool", text!("client pool", "客户端网段")),
    ("local", text!("local block", "本端网段")),
    // The family's actions for the page's operation choice, one space apart
    // (operation::NAMES; a test keeps them equal): the first module has no
    // other table of them.
    ("operations", text!(
        "CreateSslVpnServer ModifySslVpnServer DeleteSslVpnServer DescribeSslVpnServers",
        "CreateSslVpnServer ModifySslVpnServer DeleteSslVpnServer DescribeSslVpnServers"
    )),
    ("coach", text!("Before you send", "发送之前")),
    ("coach.async", text!(
        "The call is asynchronous: it returns at once, then poll DescribeVpnGateway until the gateway's Status is active again before the next change.",
        "该接口为异步接口：调用会立即返回，之后请轮询 DescribeVpnGateway，直到网关状态（Status）重新变为 active，再进行下一次变更。"
    )),
    ("coach.one", text!(
        "A VPN gateway holds one SSL server: a second one fails with Resource.QuotaFull.",
        "一个 VPN 网关只能有一个 SSL 服务端：再创建会返回 Resource.QuotaFull。"
    )),
    ("coach.enabled", text!(
        "SSL-VPN must be enabled on the gateway (with an SSL connection count), or the call fails with VpnGateway.SslVpnDisabled.",
        "网关必须已开启 SSL-VPN（并设置 SSL 连接数），否则会返回 VpnGateway.SslVpnDisabled。"
    )),
    ("coach.mfa", text!(
        "Two-factor authentication needs an IDaaS (EIAM) instance: IDaaSInstanceId and its region; an EIAM 2.0 instance also needs IDaaSApplicationId; the gateway must support it.",
        "双因子认证需要 IDaaS（EIAM）实例：IDaaSInstanceId 及其地域；EIAM 2.0 实例还需要 IDaaSApplicationId；网关本身也必须支持。"
    )),
    ("errorsShort", text!("{} errors", "{} 个错误")),
    ("errorsShort1", text!("1 error", "1 个错误")),
    ("okShort", text!("Valid", "有效")),
    ("toSummary", text!("Summary", "摘要")),
    ("toOutputs", text!("Outputs", "输出")),
    ("loading", text!("Loading the rules…", "正在加载规则…")),
    ("outputsOnUse", text!(
        "Signing and code load on first use: type an AccessKey or choose a tab.",
        "签名与代码在首次使用时加载：输入 AccessKey 或选择一个标签页。"
    )),
];

/// The text of `key` in `lang` (empty for an unknown key).
pub fn text(key: &str, lang: Lang) -> &'static str {
    UI.iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, t)| lang.pick(t))
}

/// One sentence on the whole request: valid, with how many warnings, or how
/// many errors.
pub fn status(report: &Report, lang: Lang) -> String {
    let count = |s| report.findings().iter().filter(|f| f.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let (key, n) = match (errors, warnings) {
        (0, 0) => ("valid", 0),
        (0, 1) => ("validWith1", 1),
        (0, w) => ("validWith", w),
        (1, _) => ("invalid1", 1),
        (e, _) => ("invalid", e),
    };
    text::fill(self::text(key, lang), &[&n])
}

/// The wall-clock time of `secs` (Unix seconds) at `offset_minutes` east of
/// UTC, as people read it in `lang`: `1:00:05 PM` or `13:00:05`.
pub fn local_time(secs: u64, offset_minutes: i32, lang: Lang) -> String {
    let day = 86_400i64;
    let t = (secs as i64 + i64::from(offset_minutes) * 60).rem_euclid(day);
    let (h, m, s) = (t / 3600, t / 60 % 60, t % 60);
    let two = |n: i64| {
        [
            char::from(b'0' + (n / 10) as u8),
            char::from(b'0' + (n % 10) as u8),
        ]
    };
    let mut out = String::new();
    match lang {
        Lang::Zh => out.extend(two(h)),
        Lang::En => out.push_str(&((h + 11) % 12 + 1).to_string()),
    }
    for part in [m, s] {
        out.push(':');
        out.extend(two(part));
    }
    if lang == Lang::En {
        out.push_str(if h < 12 { " AM" } else { " PM" });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_both_languages_are_written() {
        for (i, (k, t)) in UI.iter().enumerate() {
            assert!(!t.en.is_empty() && !t.zh.is_empty(), "{k}");
            assert!(UI[..i].iter().all(|(j, _)| j != k), "{k} twice");
            assert_eq!(
                t.en.matches("{}").count(),
                t.zh.matches("{}").count(),
                "{k}"
            );
        }
    }

    #[test]
    fn times_read_as_people_write_them() {
        assert_eq!(local_time(0, 0, Lang::En), "12:00:00 AM");
        assert_eq!(local_time(12 * 3600, 0, Lang::En), "12:00:00 PM");
        assert_eq!(
            local_time(23 * 3600 + 59 * 60 + 59, 0, Lang::Zh),
            "23:59:59"
        );
        assert_eq!(local_time(30 * 60, -60, Lang::Zh), "23:30:00");
        assert_eq!(local_time(0, 330, Lang::En), "5:30:00 AM");
    }
}
