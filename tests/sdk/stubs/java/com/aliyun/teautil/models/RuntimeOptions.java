// Mirrors aliyun/tea-util, java/src/main/java/com/aliyun/teautil/models/RuntimeOptions.java
// (commit 3b509a4f; Maven com.aliyun:tea-util). Stub for compile/run checks of generated
// snippets: only the type and its no-argument constructor, which the VPC client's
// xxx(request) methods call (`new com.aliyun.teautil.models.RuntimeOptions()`); none of its
// fields are mirrored.
package com.aliyun.teautil.models;

public class RuntimeOptions {
}
