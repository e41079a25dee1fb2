// Mirrors aliyun/darabonba-openapi, golang/utils/client.go (commit 4175d01d), package
// github.com/alibabacloud-go/darabonba-openapi/v2/utils: `type Config = models.Config`, the
// type the v7 VPC client's NewClient takes (as openapiutil.Config).
// Stub for compile/run checks of generated snippets.
// Not mirrored: everything else in the package.

package utils

import (
	models "github.com/alibabacloud-go/darabonba-openapi/v2/models"
)

type Config = models.Config
