<?php

// Mirrors aliyun/tea-php, src/Model.php (commit 08582556; Composer alibabacloud/tea, the
// AlibabaCloud\Dara namespace): $_name, $_required, the array constructor, getName() and
// validate(), as there.
// Stub for compile/run checks of generated snippets, stricter than the real class on purpose:
// the real constructor assigns unknown keys as dynamic properties (deprecated since PHP 8.2;
// such a value is never sent, as toArray() only reads declared fields), and reading an
// undeclared property only warns. Here both throw, so a misspelt key or property fails.
// Not mirrored: toMap, copyWithoutStream, toModel and the validate* helpers.

namespace AlibabaCloud\Dara;

class Model
{
    protected $_name = [];
    protected $_required = [];

    public function __construct($config = [])
    {
        if (!empty($config)) {
            foreach ($config as $k => $v) {
                $this->{$k} = $v;
            }
        }
    }

    public function __set($name, $value)
    {
        throw new \InvalidArgumentException(static::class . " has no property '$name' (stub: the SDK would ignore it)");
    }

    public function __get($name)
    {
        throw new \InvalidArgumentException(static::class . " has no property '$name' (stub: the SDK would warn and return null)");
    }

    public function getName($name = null)
    {
        if (null === $name) {
            return $this->_name;
        }

        return isset($this->_name[$name]) ? $this->_name[$name] : $name;
    }

    public function validate()
    {
        $vars = get_object_vars($this);
        foreach ($vars as $k => $v) {
            if (isset($this->_required[$k]) && $this->_required[$k] && empty($v)) {
                throw new \InvalidArgumentException("{$k} is required.");
            }
        }
    }
}
