//! `csharp`: the `AlibabaCloud.SDK.Vpc20160428` NuGet package, as a
//! top-level-statements program (C# 9). Properties are the wire names.

use super::lit;
use super::sdk::{plain, Sdk};

pub(crate) const SDK: Sdk = Sdk {
    open: "",
    comment: "//",
    pre: "using System;
using AlibabaCloud.SDK.Vpc20160428.Models;

var config = new AlibabaCloud.OpenApiClient.Models.Config
{
    AccessKeyId = Environment.GetEnvironmentVariable(\"ALIBABA_CLOUD_ACCESS_KEY_ID\"),
    AccessKeySecret = Environment.GetEnvironmentVariable(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\"),
    SecurityToken = Environment.GetEnvironmentVariable(\"ALIBABA_CLOUD_SECURITY_TOKEN\"),
    Endpoint = {endpoint},
{v1}};
var client = new AlibabaCloud.SDK.Vpc20160428.Client(config);

var request = new {Op}Request
{
",
    v1: "    SignatureAlgorithm = \"v2\",\n",
    note: None,
    post: "};
var response = client.{Op}(request);
Console.WriteLine(response.Body.{Result});
",
    lit: lit::csharp,
    field: |name, v, _| format!("    {name} = {},\n", plain(v, lit::csharp)),
    max_int: None,
};
