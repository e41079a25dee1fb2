//! `terraform`: resource `alicloud_ssl_vpn_server` (provider `aliyun/alicloud`).
//!
//! The resource cannot express two-factor authentication (the IDaaS
//! parameters), DryRun, ClientToken (Terraform makes its own) or DnsServers;
//! a comment lists those the request sets. `Proto` is called `protocol`, and
//! Terraform's default for it is UDP where the API's is TCP, so a comment says
//! so when the request leaves it out. A central or custom endpoint goes into
//! the provider's `endpoints { vpc = ... }`.

use super::{lit, Line, Snip, Typed};
use crate::text;

const CANNOT: Line = text!(
    "alicloud_ssl_vpn_server cannot express two-factor authentication (EnableMultiFactorAuth, IDaaS*), DryRun, ClientToken (Terraform sends its own) or DnsServers.",
    "alicloud_ssl_vpn_server 无法表达双因子认证（EnableMultiFactorAuth、IDaaS*）、DryRun、ClientToken（Terraform 自己发送）和 DnsServers。"
);
const LEFT_OUT: Line = text!(
    "Left out of this request: {}.",
    "本请求中被省略的参数：{}。"
);
const NFC: Line = text!(
    "Terraform keeps every string in Unicode NFC: {} may reach the API NFC-normalized.",
    "Terraform 会把字符串规范化为 Unicode NFC：{} 到达 API 时可能已被 NFC 规范化。"
);
const PROTO_DEFAULT: Line = text!(
    "Proto is not set: the API would use TCP, but Terraform's protocol defaults to UDP.",
    "未设置 Proto：API 默认使用 TCP，而 Terraform 的 protocol 默认是 UDP。"
);
const CREDENTIALS: Line = text!(
    "Credentials: the alicloud provider reads them from the environment.",
    "凭证：alicloud provider 从环境变量读取。"
);

/// The resource argument for a wire name (`Proto` is `protocol`); `None`:
/// the resource has none. The importer reads it backwards.
pub(crate) fn argument(wire: &str) -> Option<&'static str> {
    Some(match wire {
        "VpnGatewayId" => "vpn_gateway_id",
        "Name" => "name",
        "ClientIpPool" => "client_ip_pool",
        "LocalSubnet" => "local_subnet",
        "Proto" => "protocol",
        "Cipher" => "cipher",
        "Port" => "port",
        "Compress" => "compress",
        _ => return None,
    })
}

/// What Terraform has instead of the family's other operations.
const MODIFY: Line = text!(
    "Terraform has no ModifySslVpnServer call: it changes an SSL server by editing the arguments of its alicloud_ssl_vpn_server resource and running terraform apply. Bring the server under Terraform first: terraform import alicloud_ssl_vpn_server.this {}",
    "Terraform 没有 ModifySslVpnServer 调用：修改 SSL 服务端的方式是编辑其 alicloud_ssl_vpn_server 资源的参数后执行 terraform apply。请先将该服务端导入 Terraform：terraform import alicloud_ssl_vpn_server.this {}"
);
const DELETE: Line = text!(
    "Terraform has no DeleteSslVpnServer call: it deletes the SSL server its configuration manages (terraform destroy -target alicloud_ssl_vpn_server.this), after terraform import alicloud_ssl_vpn_server.this {}",
    "Terraform 没有 DeleteSslVpnServer 调用：它删除配置所管理的 SSL 服务端（terraform destroy -target alicloud_ssl_vpn_server.this），需先执行 terraform import alicloud_ssl_vpn_server.this {}"
);
const DESCRIBE: Line = text!(
    "DescribeSslVpnServers is Terraform's data source alicloud_ssl_vpn_servers (arguments vpn_gateway_id, ids, name_regex), not a resource; this request cannot be written as one.",
    "DescribeSslVpnServers 在 Terraform 中是数据源 alicloud_ssl_vpn_servers（参数 vpn_gateway_id、ids、name_regex），不是资源；此请求无法写成资源。"
);

pub(crate) fn render(s: &Snip) -> String {
    let other = match s.request.operation().action {
        "ModifySslVpnServer" => Some(&MODIFY),
        "DeleteSslVpnServer" => Some(&DELETE),
        "DescribeSslVpnServers" => Some(&DESCRIBE),
        _ => None,
    };
    if let Some(line) = other {
        let id = s.id_comment("SslVpnServerId");
        return s.header("#") + &s.line("#", line, &[&id]);
    }
    let mut out = s.header("#");
    let typed = s.typed();
    let left_out: Vec<&str> = typed
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| *n != "RegionId" && argument(n).is_none())
        .collect();
    out.push_str(&s.line("#", &CANNOT, &[]));
    if !left_out.is_empty() {
        out.push_str(&s.line("#", &LEFT_OUT, &[&left_out.join(", ")]));
    }
    let changed: Vec<&str> = typed
        .iter()
        .filter(|(n, v)| argument(n).is_some() && matches!(v, Typed::Str(t) if !nfc_stable(t)))
        .map(|(n, _)| *n)
        .collect();
    if !changed.is_empty() {
        out.push_str(&s.line("#", &NFC, &[&changed.join(", ")]));
    }
    if typed.iter().all(|(n, _)| *n != "Proto") {
        out.push_str(&s.line("#", &PROTO_DEFAULT, &[]));
    }
    out.push_str(&s.line("#", &CREDENTIALS, &[]));
    out.push_str(
        "terraform {
  required_providers {
    alicloud = {
      source = \"aliyun/alicloud\"
    }
  }
}

",
    );
    out.push_str(&format!(
        "provider \"alicloud\" {{\n  region = {}\n",
        lit::hcl(s.request.region_id())
    ));
    if !s.regional {
        out.push_str(&format!(
            "  endpoints {{\n    vpc = {}\n  }}\n",
            lit::hcl(&s.host)
        ));
    }
    out.push_str("}\n\nresource \"alicloud_ssl_vpn_server\" \"this\" {\n");
    let args: Vec<(&str, String)> = typed
        .iter()
        .filter_map(|(n, v)| {
            let value = match v {
                Typed::Str(t) => lit::hcl(t),
                Typed::Int(i) => i.to_string(),
                Typed::Bool(b) => b.to_string(),
            };
            argument(n).map(|a| (a, value))
        })
        .collect();
    let width = args.iter().map(|(a, _)| a.len()).max().unwrap_or(0);
    for (a, value) in args {
        out.push_str(&format!("  {a:<width$} = {value}\n"));
    }
    out.push_str(
        "}

output \"ssl_vpn_server_id\" {
  value = alicloud_ssl_vpn_server.this.id
}
",
    );
    out
}

/// Conservatively, whether Unicode NFC leaves `s` unchanged: every character
/// is in a block with no combining marks, no singletons and no jamo (ASCII,
/// Latin-1 and Latin Extended-A/B, CJK ideographs, kana, Hangul syllables,
/// fullwidth forms, emoji), or is one the literal escapes.
fn nfc_stable(s: &str) -> bool {
    s.chars().all(|c| {
        matches!(c as u32,
            0..=0x24F
                | 0x2010..=0x205E
                | 0x3000..=0x3029
                | 0x3030..=0x3096
                | 0x309B..=0x30FF
                | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF
                | 0xAC00..=0xD7A3
                | 0xFF01..=0xFFEF
                | 0x1F300..=0x1FAFF)
            || super::lit::needs_escape(c)
    })
}
