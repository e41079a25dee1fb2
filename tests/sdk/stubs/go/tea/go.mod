// Stub of github.com/alibabacloud-go/tea (go.mod at 162eed2c): no requirements, as the stub
// uses the standard library only.
module github.com/alibabacloud-go/tea

go 1.14
