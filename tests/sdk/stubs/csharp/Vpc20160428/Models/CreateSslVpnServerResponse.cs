// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Models/CreateSslVpnServerResponse.cs
// (commit 2d243a23). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class and the [NameInMap]/[Validation] attributes.
using System.Collections.Generic;

namespace AlibabaCloud.SDK.Vpc20160428.Models
{
    public class CreateSslVpnServerResponse {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public CreateSslVpnServerResponseBody Body { get; set; }
    }
}
