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

pub(crate) fn render(s: &Snip) -> String {
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
