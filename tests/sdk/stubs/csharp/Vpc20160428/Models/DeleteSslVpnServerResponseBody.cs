// Mirrors aliyun/alibabacloud-csharp-sdk, vpc-20160428/core/Models/DeleteSslVpnServerResponseBody.cs
// (commit 260bebb1). Stub for compile/run checks of generated snippets: signatures only, no network.
// Not mirrored: the TeaModel base class and the [NameInMap]/[Validation] attributes.
namespace AlibabaCloud.SDK.Vpc20160428.Models
{
    public class DeleteSslVpnServerResponseBody {
        public string RequestId { get; set; }
    }
}
