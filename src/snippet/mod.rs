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
//! `curl` needs credentials to sign, so [`render`] refuses it
//! (`needs-signature`): [`render_curl`] signs a valid request and renders
//! it, and [`curl()`] turns any [`HttpRequest`] into a command.
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
//! let code = snippet::render("python", &checked.request, !checked.report.valid).unwrap();
//! assert!(code.contains("    port=1194,\n"));
//! assert!(code.contains("config.endpoint = 'vpc.cn-shanghai.aliyuncs.com'"));
//! assert_eq!(snippet::render("cobol", &checked.request, false).unwrap_err().code, "unknown-target");
//! ```

use crate::params::{param, Kind};
use crate::request::Request;
use serde::Serialize;

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

pub use curl::{curl, render_curl, HttpRequest};

/// One snippet target.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Target {
    /// Stable id: `cli`, `python`, ...
    pub id: &'static str,
    /// What to show on a tab.
    pub label: &'static str,
    /// Language name for syntax highlighting.
    pub language: &'static str,
    /// What to install to run it (package and tested version).
    pub install: &'static str,
}

/// Every target, in the order the page shows them.
pub static TARGETS: &[Target] = &[
    t("cli", "aliyun CLI (bash/zsh)", "bash", "aliyun CLI 3.x (github.com/aliyun/aliyun-cli); run `aliyun configure` or set ALIBABA_CLOUD_* variables"),
    t("powershell", "aliyun CLI (PowerShell)", "powershell", "aliyun CLI 3.x; PowerShell 7.3 or later"),
    t("curl", "curl (signed request)", "bash", "curl 7.43 or later; needs credentials to sign"),
    t("python", "Python", "python", "pip install alibabacloud_vpc20160428==7.2.2"),
    t("typescript", "TypeScript / Node.js", "typescript", "npm install @alicloud/vpc20160428@7.3.2 @alicloud/openapi-core"),
    t("java", "Java", "java", "Maven com.aliyun:vpc20160428 (7.x, with DnsServers)"),
    t("go", "Go", "go", "go get github.com/alibabacloud-go/vpc-20160428/v7@v7.2.5"),
    t("php", "PHP", "php", "composer require alibabacloud/vpc-20160428"),
    t("csharp", "C#", "csharp", "dotnet add package AlibabaCloud.SDK.Vpc20160428"),
    t("terraform", "Terraform", "hcl", "Terraform with provider aliyun/alicloud >= 1.15.0"),
    t("ros", "ROS template (YAML)", "yaml", "Resource Orchestration Service (aliyun ros CreateStack)"),
];

const fn t(
    id: &'static str,
    label: &'static str,
    language: &'static str,
    install: &'static str,
) -> Target {
    Target {
        id,
        label,
        language,
        install,
    }
}

/// Why no snippet came out; `code` is stable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnippetError {
    /// `unknown-target` or `needs-signature`.
    pub code: &'static str,
    /// One English sentence.
    pub message: String,
}

/// The snippet for one target.
///
/// # Errors
///
/// `unknown-target` for an id not in [`TARGETS`]; `needs-signature` for
/// `curl`, which [`render_curl`] renders from a valid request and credentials.
pub fn render(
    target_id: &str,
    request: &Request,
    has_errors: bool,
) -> Result<String, SnippetError> {
    let s = Snip {
        request,
        has_errors,
    };
    Ok(match target_id {
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
        "curl" => {
            return Err(SnippetError {
                code: "needs-signature",
                message:
                    "curl needs a signed request: sign it first, then render it with snippet::curl"
                        .into(),
            })
        }
        other => {
            return Err(SnippetError {
                code: "unknown-target",
                message: format!(
                    "unknown snippet target {}; one of {}",
                    crate::text::echo(other),
                    TARGETS.iter().map(|t| t.id).collect::<Vec<_>>().join(", ")
                ),
            })
        }
    })
}

/// A value as a typed language should write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Typed<'a> {
    Str(&'a str),
    Int(u32),
    Bool(bool),
}

/// What every target renders from.
pub(crate) struct Snip<'a> {
    pub request: &'a Request,
    pub has_errors: bool,
}

impl<'a> Snip<'a> {
    /// The parameters in the table's (form) order.
    pub fn params(&self) -> Vec<(&'static str, &'a str)> {
        crate::PARAMS
            .iter()
            .filter_map(|param| self.request.params().find(|(p, _)| *p == param.name))
            .collect()
    }

    /// The parameters with their types: integers and booleans only when
    /// canonical, otherwise the text as a string.
    pub fn typed(&self) -> Vec<(&'static str, Typed<'a>)> {
        self.params()
            .into_iter()
            .map(|(n, v)| (n, typed(n, v)))
            .collect()
    }

    /// `vpc.<RegionId>.aliyuncs.com` (the central endpoint without a region).
    pub fn endpoint(&self) -> String {
        match self.request.region_id() {
            "" => "vpc.aliyuncs.com".into(),
            r => format!("vpc.{r}.aliyuncs.com"),
        }
    }

    /// The warning line(s) a snippet starts with, each behind `prefix`.
    pub fn header(&self, prefix: &str) -> String {
        let mut out = String::new();
        if self.has_errors {
            out.push_str(&format!(
                "{prefix} WARNING: this request has errors; the API will reject it as it is.\n"
            ));
        }
        out
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

pub(crate) fn typed<'a>(name: &str, v: &'a str) -> Typed<'a> {
    match param(name).map(|p| p.kind) {
        Some(Kind::Integer)
            if !v.is_empty() && v.len() <= 9 && v.bytes().all(|b| b.is_ascii_digit()) =>
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

    #[test]
    fn non_canonical_values_stay_strings() {
        assert_eq!(typed("Port", "1194"), Typed::Int(1194));
        assert_eq!(typed("Port", "abc"), Typed::Str("abc"));
        assert_eq!(typed("Port", "99999999999"), Typed::Str("99999999999"));
        assert_eq!(typed("Compress", "True"), Typed::Str("True"));
        assert_eq!(typed("DryRun", "false"), Typed::Bool(false));
        assert_eq!(typed("Name", "1"), Typed::Str("1"));
    }
}
