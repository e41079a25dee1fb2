//! `python`: the `alibabacloud_vpc20160428` SDK (Tea/Darabonba, 7.x).
//! Field names come from the generator, so `IDaaSInstanceId` is
//! `idaa_sinstance_id`.

use super::sdk::Sdk;
use super::{lit, snake, Typed};

pub(crate) const SDK: Sdk = Sdk {
    open: "",
    comment: "#",
    pre: "import os

from alibabacloud_tea_openapi import models as open_api_models
from alibabacloud_vpc20160428 import models as vpc_models
from alibabacloud_vpc20160428.client import Client

config = open_api_models.Config(
    access_key_id=os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'],
    access_key_secret=os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
    security_token=os.environ.get('ALIBABA_CLOUD_SECURITY_TOKEN') or None,
)
config.endpoint = {endpoint}
{v1}client = Client(config)

request = vpc_models.{Op}Request(
",
    v1: "config.signature_algorithm = 'v2'\n",
    note: None,
    post: ")
response = client.{op_}(request)
print(response.body.{result_})
",
    lit: lit::python,
    field: |name, v, _| {
        let value = match v {
            Typed::Str(t) => lit::python(t),
            Typed::Int(i) => i.to_string(),
            Typed::Bool(true) => "True".into(),
            Typed::Bool(false) => "False".into(),
        };
        format!("    {}={value},\n", snake(name))
    },
    max_int: None,
};
