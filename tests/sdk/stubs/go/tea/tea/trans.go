// Mirrors alibabacloud-go/tea, tea/trans.go (commit 8ac445bc; tea v1.5.2 is what
// vpc-20160428/v7 requires): the pointer helpers for the scalar types the SSL-VPN snippets
// and models use, with the same signatures and bodies.
// Not mirrored: the other numeric widths, the slice helpers, ToString/ToObject/ToReader and
// the rest of package tea.

package tea

func String(a string) *string {
	return &a
}

func StringValue(a *string) string {
	if a == nil {
		return ""
	}
	return *a
}

func Int(a int) *int {
	return &a
}

func IntValue(a *int) int {
	if a == nil {
		return 0
	}
	return *a
}

func Int32(a int32) *int32 {
	return &a
}

func Int32Value(a *int32) int32 {
	if a == nil {
		return 0
	}
	return *a
}

func Int64(a int64) *int64 {
	return &a
}

func Int64Value(a *int64) int64 {
	if a == nil {
		return 0
	}
	return *a
}

func Bool(a bool) *bool {
	return &a
}

func BoolValue(a *bool) bool {
	if a == nil {
		return false
	}
	return *a
}
