//! `ros`: a Resource Orchestration Service template (YAML) with one
//! `ALIYUN::VPC::SslVpnServer`. Values are YAML double-quoted scalars, exact
//! for any string. The stack's region is chosen when it is created, so
//! RegionId goes into the deploy command in a comment. ROS has no property
//! for ClientToken, DryRun or DnsServers.

use super::{lit, Line, Snip, Typed};
use crate::text;

const DEPLOY: Line = text!(
    "Deploy: aliyun ros CreateStack --RegionId {} --StackName ssl-vpn-server --TemplateBody \"$(cat template.yaml)\"",
    "部署：aliyun ros CreateStack --RegionId {} --StackName ssl-vpn-server --TemplateBody \"$(cat template.yaml)\""
);
const NO_ENDPOINT: Line = text!(
    "ROS calls VPC itself, so the endpoint chosen ({}) does not apply to a template.",
    "ROS 自行调用 VPC，所选的服务地址（{}）不适用于模板。"
);
const NO_PROPERTY: Line = text!(
    "ALIYUN::VPC::SslVpnServer has no property for {}: left out.",
    "ALIYUN::VPC::SslVpnServer 没有 {} 属性：已省略。"
);
const PROTO_DEFAULT: Line = text!(
    "Proto is not set: ROS documents UDP as its default, the API TCP.",
    "未设置 Proto：ROS 文档中的默认值是 UDP，API 的默认值是 TCP。"
);

/// The properties `ALIYUN::VPC::SslVpnServer` has (wire names); the importer
/// reads them back.
pub(crate) const PROPERTIES: &[&str] = &[
    "VpnGatewayId",
    "ClientIpPool",
    "LocalSubnet",
    "Name",
    "Proto",
    "Port",
    "Cipher",
    "Compress",
    "EnableMultiFactorAuth",
    "IDaaSInstanceId",
    "IDaaSRegionId",
    "IDaaSApplicationId",
];

/// What ROS has instead of the family's other operations.
const MODIFY: Line = text!(
    "ROS has no ModifySslVpnServer call: change the ALIYUN::VPC::SslVpnServer properties in the stack's template and update the stack (aliyun ros UpdateStack). {} is changed this way only if the stack created it.",
    "ROS 没有 ModifySslVpnServer 调用：请修改资源栈模板中 ALIYUN::VPC::SslVpnServer 的属性并更新资源栈（aliyun ros UpdateStack）。只有该资源栈创建的 {} 才能这样修改。"
);
const DELETE: Line = text!(
    "ROS has no DeleteSslVpnServer call: it deletes an SSL server it created ({}) when the resource leaves the template or the stack is deleted (aliyun ros DeleteStack).",
    "ROS 没有 DeleteSslVpnServer 调用：资源从模板中移除或资源栈被删除（aliyun ros DeleteStack）时，才会删除它创建的 SSL 服务端（{}）。"
);
const DESCRIBE: Line = text!(
    "A ROS template creates resources; it does not query them: call DescribeSslVpnServers through the aliyun CLI or an SDK.",
    "ROS 模板用于创建资源，不用于查询：请通过 aliyun CLI 或 SDK 调用 DescribeSslVpnServers。"
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
    out.push_str(&s.line("#", &DEPLOY, &[&s.region_comment()]));
    if !s.regional {
        out.push_str(&s.line("#", &NO_ENDPOINT, &[&s.host]));
    }
    let left_out: Vec<&str> = typed
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| *n != "RegionId" && !PROPERTIES.contains(n))
        .collect();
    if !left_out.is_empty() {
        out.push_str(&s.line("#", &NO_PROPERTY, &[&left_out.join(", ")]));
    }
    if typed.iter().all(|(n, _)| *n != "Proto") {
        out.push_str(&s.line("#", &PROTO_DEFAULT, &[]));
    }
    out.push_str(
        "ROSTemplateFormatVersion: '2015-09-01'
Resources:
  SslVpnServer:
    Type: ALIYUN::VPC::SslVpnServer
    Properties:
",
    );
    for (name, v) in typed.iter().filter(|(n, _)| PROPERTIES.contains(n)) {
        let value = match v {
            Typed::Str(t) => lit::yaml(t),
            Typed::Int(i) => i.to_string(),
            Typed::Bool(b) => b.to_string(),
        };
        out.push_str(&format!("      {name}: {value}\n"));
    }
    out.push_str(
        "Outputs:
  SslVpnServerId:
    Value:
      Fn::GetAtt:
        - SslVpnServer
        - SslVpnServerId
",
    );
    out
}
