//! `go`: `github.com/alibabacloud-go/vpc-20160428/v7`, as a `main` package
//! laid out as `gofmt` would.

use super::{lit, Snip, Typed};

pub(crate) fn render(s: &Snip) -> String {
    let mut out = s.header("//");
    out.push_str(
        "package main

import (
\t\"fmt\"
\t\"os\"

\topenapi \"github.com/alibabacloud-go/darabonba-openapi/v2/client\"
\t\"github.com/alibabacloud-go/tea/tea\"
\tvpc20160428 \"github.com/alibabacloud-go/vpc-20160428/v7/client\"
)

func main() {
\tconfig := &openapi.Config{
\t\tAccessKeyId:     tea.String(os.Getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\")),
\t\tAccessKeySecret: tea.String(os.Getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\")),
\t\tSecurityToken:   tea.String(os.Getenv(\"ALIBABA_CLOUD_SECURITY_TOKEN\")),
\t}
",
    );
    out.push_str(&format!(
        "\tconfig.Endpoint = tea.String({})\n\tclient, err := vpc20160428.NewClient(config)\n\tif err != nil {{\n\t\tpanic(err)\n\t}}\n\n\trequest := &vpc20160428.CreateSslVpnServerRequest{{\n",
        lit::go(&s.endpoint())
    ));
    let fields = s.typed();
    let width = fields.iter().map(|(n, _)| n.len()).max().unwrap_or(0) + 1;
    for (name, v) in fields {
        let value = match v {
            Typed::Str(t) => format!("tea.String({})", lit::go(t)),
            Typed::Int(i) => format!("tea.Int32({i})"),
            Typed::Bool(b) => format!("tea.Bool({b})"),
        };
        out.push_str(&format!("\t\t{:<width$} {value},\n", format!("{name}:")));
    }
    out.push_str(
        "\t}
\tresponse, err := client.CreateSslVpnServer(request)
\tif err != nil {
\t\tpanic(err)
\t}
\tfmt.Println(tea.StringValue(response.Body.SslVpnServerId))
}
",
    );
    out
}
