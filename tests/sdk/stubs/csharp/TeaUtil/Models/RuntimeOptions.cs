// Mirrors aliyun/tea-util, csharp/core/Models/RuntimeOptions.cs (commit 1d8f664e; NuGet
// AlibabaCloud.TeaUtil). Stub for compile/run checks of generated snippets: only the type and
// its parameterless constructor, which the VPC client's Xxx(request) methods call; its base
// class (Darabonba.Models.RuntimeOptions) and properties are not mirrored.
namespace AlibabaCloud.TeaUtil.Models
{
    public class RuntimeOptions
    {
    }
}
