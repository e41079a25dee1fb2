<?php

// Mirrors aliyun/tea-php, src/Models/RuntimeOptions.php (commit f6dc61ce; Composer
// alibabacloud/tea): only the class, which the VPC client's xxx($request) methods create with
// `new RuntimeOptions([])`; none of its properties are mirrored.

namespace AlibabaCloud\Dara\Models;

use AlibabaCloud\Dara\Model;

class RuntimeOptions extends Model
{
}
