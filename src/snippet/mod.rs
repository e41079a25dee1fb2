//! Ready-to-run code for one request, in each target language.
//!
//! Every snippet is complete: imports, a client for `vpc.<RegionId>.aliyuncs.com`,
//! the request with exactly the parameters the user set (the [`Request`]
//! already holds only those), the call, and printing the new
//! `SslVpnServerId`. SDK snippets read credentials from
//! `ALIBABA_CLOUD_ACCESS_KEY_ID` / `ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and
//! `ALIBABA_CLOUD_SECURITY_TOKEN` when set); no secret ever appears in a
//! snippet. Values become literals through [`lit`] and [`shell`], which are
//! exact for any string. A request with errors still renders, starting with
//! a comment that it will be rejected; a value that is not canonical (a Port
//! of `abc`) is then written as a string literal instead of a number.
//!
//! [`Options`] carry the page's choices: the language of the comments, the
//! endpoint (every snippet sends to it), the signature scheme and method
//! (the SDKs sign V1 when asked; a comment says what a tool cannot follow),
//! and the signed request that `curl`, an ordinary target, sends as it is.
//!
//! ```
//! use sslvpn_builder::{check, snippet, Input, Lang, Value};
//! let input: Input = [
//!     ("RegionId", "cn-shanghai"),
//!     ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
//!     ("ClientIpPool", "192.168.1.0/24"),
//!     ("LocalSubnet", "10.0.0.0/8"),
//!     ("Port", "1194"),
//! ]
//! .into_iter()
//! .map(|(k, v)| (k.to_string(), Value::from(v)))
//! .collect();
//! let checked = check(&input, Lang::En);
//! let opts = snippet::Options::default();
//! let code = snippet::render("python", checked.request(), !checked.report().valid(), &opts).unwrap();
//! assert!(code.contains("    port=1194,\n"));
//! assert!(code.contains("config.endpoint = 'vpc.cn-shanghai.aliyuncs.com'"));
//! let e = snippet::render("cobol", checked.request(), false, &opts).unwrap_err();
//! assert_eq!(e.code, "unknown-target");
//! ```

use crate::lang::{Lang, Text};
use crate::operation::Operation;
use crate::params::Kind;
use crate::request::Request;
use crate::signing::{Endpoint, Method, Scheme, SignError, Signed, CENTRAL_HOST};
use crate::text;

mod cli;
mod csharp;
mod curl;
mod go;
mod java;
pub mod lit;
mod php;
mod powershell;
mod python;
mod ros;
mod sdk;
pub mod shell;
mod terraform;
mod typescript;

pub use curl::{curl, HttpRequest};
// What the importer reads back from the Terraform and ROS targets.
pub(crate) use ros::PROPERTIES as ROS_PROPERTIES;
pub(crate) use terraform::argument as terraform_argument;

/// One snippet target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Stable id: `cli`, `python`, ...
    pub id: &'static str,
    /// What to show on a tab.
    pub label: Text<'static>,
    /// Language name for syntax highlighting.
    pub language: &'static str,
    /// What to install to run it (package and tested version).
    pub install: Text<'static>,
}

impl crate::Shape for Target {
    fn shape(&self) -> crate::shape::Node<'_> {
        use crate::shape::Node;
        Node::Obj(vec![
            ("id", Node::Str(self.id)),
            ("label", crate::Shape::shape(&self.label)),
            ("language", Node::Str(self.language)),
            ("install", crate::Shape::shape(&self.install)),
        ])
    }
}

/// Every target, in the order the page shows them.
pub static TARGETS: &[Target] = &[
    t("cli", text!("aliyun CLI (bash/zsh)", "aliyun CLI（bash/zsh）"), "bash", text!(
        "aliyun CLI 3.x (github.com/aliyun/aliyun-cli); run `aliyun configure` or set ALIBABA_CLOUD_* variables",
        "aliyun CLI 3.x（github.com/aliyun/aliyun-cli）；先运行 `aliyun configure` 或设置 ALIBABA_CLOUD_* 环境变量"
    )),
    t("powershell", text!("aliyun CLI (PowerShell)", "aliyun CLI（PowerShell）"), "powershell", text!(
        "aliyun CLI 3.x; PowerShell 7.3 or later",
        "aliyun CLI 3.x；PowerShell 7.3 或更高版本"
    )),
    t("curl", text!("curl (signed request)", "curl（签名请求）"), "bash", text!(
        "curl 7.43 or later; needs credentials to sign",
        "curl 7.43 或更高版本；签名需要 AccessKey"
    )),
    t("python", text!("Python", "Python"), "python", text!(
        "pip install alibabacloud_vpc20160428==7.2.2",
        "pip install alibabacloud_vpc20160428==7.2.2"
    )),
    t("typescript", text!("TypeScript / Node.js", "TypeScript / Node.js"), "typescript", text!(
        "npm install @alicloud/vpc20160428@7.3.2 @alicloud/openapi-core",
        "npm install @alicloud/vpc20160428@7.3.2 @alicloud/openapi-core"
    )),
    t("java", text!("Java", "Java"), "java", text!(
        "Maven com.aliyun:vpc20160428 (7.x, with DnsServers)",
        "Maven com.aliyun:vpc20160428（7.x，含 DnsServers）"
    )),
    t("go", text!("Go", "Go"), "go", text!(
        "go get github.com/alibabacloud-go/vpc-20160428/v7@v7.2.5",
        "go get github.com/alibabacloud-go/vpc-20160428/v7@v7.2.5"
    )),
    t("php", text!("PHP", "PHP"), "php", text!(
        "composer require alibabacloud/vpc-20160428",
        "composer require alibabacloud/vpc-20160428"
    )),
    t("csharp", text!("C#", "C#"), "csharp", text!(
        "dotnet add package AlibabaCloud.SDK.Vpc20160428",
        "dotnet add package AlibabaCloud.SDK.Vpc20160428"
    )),
    t("terraform", text!("Terraform", "Terraform"), "hcl", text!(
        "Terraform with provider aliyun/alicloud >= 1.15.0",
        "Terraform，provider aliyun/alicloud >= 1.15.0"
    )),
    t("ros", text!("ROS template (YAML)", "ROS 模板（YAML）"), "yaml", text!(
        "Resource Orchestration Service (aliyun ros CreateStack)",
        "资源编排服务 ROS（aliyun ros CreateStack）"
    )),
];

const fn t(
    id: &'static str,
    label: Text<'static>,
    language: &'static str,
    install: Text<'static>,
) -> Target {
    Target {
        id,
        label,
        language,
        install,
    }
}

/// The target with this id.
pub fn target(id: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.id == id)
}

/// Why no snippet came out; `code` is stable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetError {
    /// `unknown-target`, `needs-signature`, or a signing error's code
    /// (`endpoint-invalid`).
    pub code: &'static str,
    /// One sentence in the language asked for.
    pub message: String,
}

impl SnippetError {
    fn sign(e: SignError, lang: Lang) -> SnippetError {
        SnippetError {
            code: e.code,
            message: e.message(lang).to_owned(),
        }
    }
}

/// How the snippets should send the request: the page's choices.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Language of the comments.
    pub lang: Lang,
    /// Where the request goes (SDK configs, `aliyun --endpoint`, Terraform's `endpoints`).
    pub endpoint: &'a Endpoint,
    /// V1 makes the SDKs sign the classic way (`signatureAlgorithm = "v2"`).
    pub scheme: Scheme,
    /// The HTTP method (the SDKs always send POST; a comment says so for GET).
    pub method: Method,
    /// The signed request `curl` sends; `None`: curl has nothing to send.
    pub signed: Option<&'a Signed>,
}

impl Default for Options<'_> {
    /// English, regional endpoint, V3 POST, not signed.
    fn default() -> Self {
        Options {
            lang: Lang::En,
            endpoint: &Endpoint::Regional,
            scheme: Scheme::V3,
            method: Method::Post,
            signed: None,
        }
    }
}

/// The snippet for one target.
///
/// # Errors
///
/// `unknown-target` for an id not in [`TARGETS`]; `needs-signature` for
/// `curl` without `opts.signed`; `endpoint-invalid` for a custom endpoint
/// that is not a host.
pub fn render(
    target_id: &str,
    request: &Request,
    has_errors: bool,
    opts: &Options,
) -> Result<String, SnippetError> {
    let lang = opts.lang;
    let Some(target) = target(target_id) else {
        return Err(SnippetError {
            code: "unknown-target",
            message: text::fill(
                lang.pick(&UNKNOWN_TARGET),
                &[
                    &text::echo(target_id),
                    &TARGETS.iter().map(|t| t.id).collect::<Vec<_>>().join(", "),
                ],
            ),
        });
    };
    let host = match opts.endpoint {
        Endpoint::Regional => match request.region_id() {
            "" => CENTRAL_HOST.to_owned(),
            r => ["vpc.", r, ".aliyuncs.com"].concat(),
        },
        other => other
            .host(request.region_id())
            .map_err(|e| SnippetError::sign(e, lang))?,
    };
    let s = Snip {
        request,
        has_errors,
        lang,
        host,
        regional: *opts.endpoint == Endpoint::Regional,
        scheme: opts.scheme,
        method: opts.method,
    };
    Ok(match target.id {
        "cli" => cli::render(&s),
        "powershell" => powershell::render(&s),
        "python" => sdk::render(&s, &python::SDK),
        "typescript" => sdk::render(&s, &typescript::SDK),
        "java" => sdk::render(&s, &java::SDK),
        "go" => sdk::render(&s, &go::SDK),
        "php" => sdk::render(&s, &php::SDK),
        "csharp" => sdk::render(&s, &csharp::SDK),
        "terraform" => terraform::render(&s),
        "ros" => ros::render(&s),
        _ => match opts.signed {
            Some(signed) => curl::render(signed, lang),
            None => {
                return Err(SnippetError {
                    code: "needs-signature",
                    message: lang.pick(&NEEDS_SIGNATURE).to_owned(),
                })
            }
        },
    })
}

const UNKNOWN_TARGET: Text = text!(
    "unknown snippet target {}; one of {}",
    "未知的代码示例目标 {}；可选：{}"
);
const NEEDS_SIGNATURE: Text = text!(
    "curl sends a signed request: sign it first (credentials and a request without errors).",
    "curl 发送的是签名请求：请先签名（需要 AccessKey，且请求没有错误）。"
);

/// A comment line in both languages, with `{}` slots.
pub(crate) type Line = Text<'static>;

/// A value as a typed language should write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Typed<'a> {
    Str(&'a str),
    /// An Integer (at most 9 digits, so it fits 32 bits) or a Long (the
    /// owner IDs, up to 2^63 − 1; see [`crate::params::is_long`]).
    Int(u64),
    Bool(bool),
}

/// What every target renders from.
pub(crate) struct Snip<'a> {
    pub request: &'a Request,
    pub has_errors: bool,
    pub lang: Lang,
    /// The endpoint host the request goes to.
    pub host: String,
    /// Whether that is the region's own endpoint (tools pick it themselves).
    pub regional: bool,
    pub scheme: Scheme,
    pub method: Method,
}

const HAS_ERRORS: Line = text!(
    "WARNING: this request has errors; the API will reject it as it is.",
    "警告：此请求有错误，按当前内容发送会被 API 拒绝。"
);
const SDK_V1: Line = text!(
    "Signature V1 (HMAC-SHA1), as chosen: signatureAlgorithm \"v2\" is the SDK's name for it.",
    "按所选使用 V1 签名（HMAC-SHA1）：SDK 中对应 signatureAlgorithm \"v2\"。"
);
const SDK_POST: Line = text!(
    "The SDK always sends this operation as POST; the GET chosen applies to the signed request and curl.",
    "SDK 总是以 POST 发送此操作；所选的 GET 只用于签名请求和 curl。"
);

impl<'a> Snip<'a> {
    /// The parameters in the table's (form) order.
    pub fn params(&self) -> Vec<(&'static str, &'a str)> {
        self.request
            .operation()
            .params
            .iter()
            .filter_map(|param| self.request.params().find(|(p, _)| *p == param.name))
            .collect()
    }

    /// The parameters with their types: integers and booleans only when
    /// canonical, otherwise the text as a string.
    pub fn typed(&self) -> Vec<(&'static str, Typed<'a>)> {
        self.params()
            .into_iter()
            .map(|(n, v)| (n, typed(self.request.operation(), n, v)))
            .collect()
    }

    /// `template` with the operation's names filled in: `{Op}` the action
    /// (`CreateSslVpnServer`), `{op}` its lower camel case, `{op_}` its snake
    /// case, `{Result}`, `{result}` and `{result_}` the response field the
    /// snippet prints, the same three ways. Only templates are filled, never
    /// a value.
    pub fn names(&self, template: &str) -> String {
        let op = self.request.operation();
        let mut out = template.to_owned();
        for (slot, name) in [
            ("{Op}", op.action.to_owned()),
            ("{op}", camel(op.action)),
            ("{op_}", snake(op.action)),
            ("{Result}", op.result.to_owned()),
            ("{result}", camel(op.result)),
            ("{result_}", snake(op.result)),
        ] {
            out = out.replace(slot, &name);
        }
        out
    }

    /// `line` in the snippet's language behind `prefix`, `{}` filled from `args`.
    pub fn line(&self, prefix: &str, line: &Line, args: &[&dyn std::fmt::Display]) -> String {
        let mut out = String::from(prefix);
        out.push(' ');
        out.push_str(&text::fill(self.lang.pick(line), args));
        out.push('\n');
        out
    }

    /// The warning line a snippet with errors starts with.
    pub fn header(&self, prefix: &str) -> String {
        if self.has_errors {
            self.line(prefix, &HAS_ERRORS, &[])
        } else {
            String::new()
        }
    }

    /// The header of an SDK snippet: the warning, then how the SDK follows
    /// the chosen signature and method.
    pub fn sdk_header(&self, prefix: &str) -> String {
        let mut out = self.header(prefix);
        if self.scheme == Scheme::V1 {
            out.push_str(&self.line(prefix, &SDK_V1, &[]));
        }
        if self.method == Method::Get {
            out.push_str(&self.line(prefix, &SDK_POST, &[]));
        }
        out
    }

    /// A resource ID for a comment: only when it is plain text, else `<field>`.
    pub fn id_comment(&self, field: &str) -> String {
        match self.request.get(field) {
            Some(v)
                if !v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                v.to_owned()
            }
            _ => ["<", field, ">"].concat(),
        }
    }

    /// Region id for a comment: only when it is plain text.
    pub fn region_comment(&self) -> &str {
        let r = self.request.region_id();
        if !r.is_empty() && r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            r
        } else {
            "<RegionId>"
        }
    }
}

pub(crate) fn typed<'a>(op: &Operation, name: &str, v: &'a str) -> Typed<'a> {
    // A Long holds any canonical value below 2^63; an Integer 9 digits.
    let max_digits = if crate::params::is_long(name) { 19 } else { 9 };
    match op.param(name).map(|p| p.kind) {
        Some(Kind::Integer)
            if !v.is_empty()
                && v.len() <= max_digits
                && v.bytes().all(|b| b.is_ascii_digit())
                && v.parse::<i64>().is_ok() =>
        {
            Typed::Int(v.parse().unwrap_or(0))
        }
        Some(Kind::Boolean) if v == "true" || v == "false" => Typed::Bool(v == "true"),
        _ => Typed::Str(v),
    }
}

/// The TypeScript / PHP / Java field name: camelCase, but `IDaaS…` kept.
pub(crate) fn camel(wire: &str) -> String {
    if wire.starts_with("IDaaS") {
        return wire.to_owned();
    }
    let mut c = wire.chars();
    c.next()
        .map(|f| f.to_ascii_lowercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// The Python (Tea generator) field name: `idaa_sinstance_id` for `IDaaSInstanceId`.
pub(crate) fn snake(wire: &str) -> String {
    let (mut out, wire) = match wire.strip_prefix("IDaaS") {
        Some(rest) => (String::from("idaa_s"), rest.to_owned()),
        None => (String::new(), wire.to_owned()),
    };
    for (i, c) in wire.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_names_follow_the_generators() {
        assert_eq!(snake("IDaaSInstanceId"), "idaa_sinstance_id");
        assert_eq!(snake("IDaaSApplicationId"), "idaa_sapplication_id");
        assert_eq!(snake("EnableMultiFactorAuth"), "enable_multi_factor_auth");
        assert_eq!(snake("DnsServers"), "dns_servers");
        assert_eq!(camel("IDaaSRegionId"), "IDaaSRegionId");
        assert_eq!(camel("VpnGatewayId"), "vpnGatewayId");
    }

    use crate::operation::CREATE_SSL_VPN_SERVER as CREATE;

    #[test]
    fn non_canonical_values_stay_strings() {
        assert_eq!(typed(&CREATE, "Port", "1194"), Typed::Int(1194));
        assert_eq!(typed(&CREATE, "Port", "abc"), Typed::Str("abc"));
        assert_eq!(
            typed(&CREATE, "Port", "99999999999"),
            Typed::Str("99999999999")
        );
        assert_eq!(typed(&CREATE, "Compress", "True"), Typed::Str("True"));
        assert_eq!(typed(&CREATE, "DryRun", "false"), Typed::Bool(false));
        assert_eq!(typed(&CREATE, "Name", "1"), Typed::Str("1"));
        assert_eq!(
            typed(&CREATE, "OwnerId", "9223372036854775807"),
            Typed::Int(9_223_372_036_854_775_807)
        );
        assert_eq!(
            typed(&CREATE, "OwnerId", "9223372036854775808"),
            Typed::Str("9223372036854775808")
        );
        assert_eq!(snake("ResourceOwnerAccount"), "resource_owner_account");
        assert_eq!(camel("OwnerId"), "ownerId");
    }
}
