//! `ros`: a Resource Orchestration Service template (YAML) with one
//! `ALIYUN::VPC::SslVpnServer`. Values are YAML double-quoted scalars, exact
//! for any string. The stack's region is chosen when it is created, so
//! RegionId goes into the deploy command in a comment. ROS has no property
//! for ClientToken, DryRun or DnsServers.

use super::{lit, Snip, Typed};

const PROPERTIES: &[&str] = &[
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
    out.push_str(&format!(
        "# Deploy: aliyun ros CreateStack --RegionId {} --StackName ssl-vpn-server --TemplateBody \"$(cat template.yaml)\"\n",
        s.region_comment()
    ));
    let left_out: Vec<&str> = typed
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| *n != "RegionId" && !PROPERTIES.contains(n))
        .collect();
    if !left_out.is_empty() {
        out.push_str(&format!(
            "# ALIYUN::VPC::SslVpnServer has no property for {}: left out.\n",
            left_out.join(", ")
        ));
    }
    if typed.iter().all(|(n, _)| *n != "Proto") {
        out.push_str("# Proto is not set: ROS documents UDP as its default, the API TCP.\n");
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
