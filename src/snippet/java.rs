//! `java`: the V2 SDK `com.aliyun:vpc20160428`, as one runnable class.

use super::sdk::{plain, Sdk};
use super::{lit, Typed};

pub(crate) const SDK: Sdk = Sdk {
    open: "",
    comment: "//",
    pre: "{note}import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.{Op}Request;
import com.aliyun.vpc20160428.models.{Op}Response;

public class {Op} {
    public static void main(String[] args) throws Exception {
        Config config = new Config()
                .setAccessKeyId(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\"))
                .setAccessKeySecret(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\"))
                .setSecurityToken(System.getenv(\"ALIBABA_CLOUD_SECURITY_TOKEN\"));
        config.endpoint = {endpoint};
{v1}        Client client = new Client(config);

        {Op}Request request = new {Op}Request()",
    v1: "        config.signatureAlgorithm = \"v2\";\n",
    note: Some(crate::text!("{}.java", "文件名：{}.java")),
    post: ";
        {Op}Response response = client.{op}(request);
        System.out.println(response.getBody().get{Result}());
    }
}
",
    lit: lit::java,
    field: |name, v, _| match v {
        // The owner IDs are `Long` setters: an int literal would not box to Long.
        Typed::Int(i) if crate::params::is_long(name) => {
            format!("\n                .set{name}({i}L)")
        }
        _ => format!("\n                .set{name}({})", plain(v, lit::java)),
    },
    max_int: None,
};
