//! `go`: `github.com/alibabacloud-go/vpc-20160428/v7`, as a `main` package
//! laid out as `gofmt` would.

use super::sdk::Sdk;
use super::{lit, Typed};

pub(crate) const SDK: Sdk = Sdk {
    open: "",
    comment: "//",
    pre: "package main

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
\tconfig.Endpoint = tea.String({endpoint})
{v1}\tclient, err := vpc20160428.NewClient(config)
\tif err != nil {
\t\tpanic(err)
\t}

\trequest := &vpc20160428.{Op}Request{
",
    v1: "\tconfig.SignatureAlgorithm = tea.String(\"v2\")\n",
    note: None,
    post: "\t}
\tresponse, err := client.{Op}(request)
\tif err != nil {
\t\tpanic(err)
\t}
\tfmt.Println(tea.StringValue(response.Body.{Result}))
}
",
    lit: lit::go,
    field: |name, v, width| {
        let value = match v {
            Typed::Str(t) => format!("tea.String({})", lit::go(t)),
            // The owner IDs are `*int64` in the Go SDK, Port `*int32`.
            Typed::Int(i) if crate::params::is_long(name) => format!("tea.Int64({i})"),
            Typed::Int(i) => format!("tea.Int32({i})"),
            Typed::Bool(b) => format!("tea.Bool({b})"),
        };
        format!("\t\t{:<w$} {value},\n", format!("{name}:"), w = width + 1)
    },
    max_int: None,
};
