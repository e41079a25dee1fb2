//! `csharp`: the `AlibabaCloud.SDK.Vpc20160428` NuGet package, as a
//! top-level-statements program (C# 9). Properties are the wire names.

use super::{lit, Snip, Typed};

pub(crate) fn render(s: &Snip) -> String {
    let mut out = s.header("//");
    out.push_str(
        "using System;
using AlibabaCloud.SDK.Vpc20160428.Models;

var config = new AlibabaCloud.OpenApiClient.Models.Config
{
    AccessKeyId = Environment.GetEnvironmentVariable(\"ALIBABA_CLOUD_ACCESS_KEY_ID\"),
    AccessKeySecret = Environment.GetEnvironmentVariable(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\"),
    SecurityToken = Environment.GetEnvironmentVariable(\"ALIBABA_CLOUD_SECURITY_TOKEN\"),
",
    );
    out.push_str(&format!(
        "    Endpoint = {},\n}};\nvar client = new AlibabaCloud.SDK.Vpc20160428.Client(config);\n\nvar request = new CreateSslVpnServerRequest\n{{\n",
        lit::csharp(&s.endpoint())
    ));
    for (name, v) in s.typed() {
        let value = match v {
            Typed::Str(t) => lit::csharp(t),
            Typed::Int(i) => i.to_string(),
            Typed::Bool(b) => b.to_string(),
        };
        out.push_str(&format!("    {name} = {value},\n"));
    }
    out.push_str(
        "};
var response = client.CreateSslVpnServer(request);
Console.WriteLine(response.Body.SslVpnServerId);
",
    );
    out
}
