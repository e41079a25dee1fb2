//! `java`: the V2 SDK `com.aliyun:vpc20160428`, as one runnable class.

use super::{lit, Snip, Typed};

pub(crate) fn render(s: &Snip) -> String {
    let mut out = s.header("//");
    out.push_str(
        "// CreateSslVpnServer.java
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.CreateSslVpnServerRequest;
import com.aliyun.vpc20160428.models.CreateSslVpnServerResponse;

public class CreateSslVpnServer {
    public static void main(String[] args) throws Exception {
        Config config = new Config()
                .setAccessKeyId(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\"))
                .setAccessKeySecret(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\"))
                .setSecurityToken(System.getenv(\"ALIBABA_CLOUD_SECURITY_TOKEN\"));
",
    );
    out.push_str(&format!(
        "        config.endpoint = {};\n        Client client = new Client(config);\n\n        CreateSslVpnServerRequest request = new CreateSslVpnServerRequest()",
        lit::java(&s.endpoint())
    ));
    for (name, v) in s.typed() {
        let value = match v {
            Typed::Str(t) => lit::java(t),
            Typed::Int(i) => i.to_string(),
            Typed::Bool(b) => b.to_string(),
        };
        out.push_str(&format!("\n                .set{name}({value})"));
    }
    out.push_str(
        ";
        CreateSslVpnServerResponse response = client.createSslVpnServer(request);
        System.out.println(response.getBody().getSslVpnServerId());
    }
}
",
    );
    out
}
