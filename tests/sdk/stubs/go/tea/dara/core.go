// Mirrors the type dara.RuntimeOptions of alibabacloud-go/tea, package dara (tea v1.5.2): a
// struct, as the v7 VPC client creates it (`runtime := &dara.RuntimeOptions{}`) and
// darabonba-openapi's client reads it (runtime.Key, runtime.ReadTimeout, ...).
// Stub for compile/run checks of generated snippets: none of its fields are mirrored.

package dara

type RuntimeOptions struct {
}
