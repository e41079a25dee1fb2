// Mirrors aliyun/darabonba-openapi, golang/client/client.go (stored copy, index id 2581823000),
// package github.com/alibabacloud-go/darabonba-openapi/v2/client: `type Config = models.Config`,
// the alias through which the snippets' openapi.Config is the Config the VPC client takes.
// Stub for compile/run checks of generated snippets.
// Not mirrored: the Client type and everything else in the package.

package client

import (
	models "github.com/alibabacloud-go/darabonba-openapi/v2/models"
)

type Config = models.Config
