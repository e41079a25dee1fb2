<?php

// Not part of any SDK: the stubs' autoloader, standing in for Composer's vendor/autoload.php
// (the snippet's `require __DIR__ . '/vendor/autoload.php'` reaches it through a one-line
// vendor/autoload.php the test writes). PSR-4 prefixes as in each package's composer.json.

spl_autoload_register(function ($class) {
    $prefixes = [
        'AlibabaCloud\\SDK\\Vpc\\V20160428\\' => __DIR__ . '/vpc-20160428/src/',
        'Darabonba\\OpenApi\\' => __DIR__ . '/darabonba-openapi/src/',
        'AlibabaCloud\\Dara\\' => __DIR__ . '/tea/src/',
        'SdkStub\\' => __DIR__ . '/sdkstub/',
    ];
    foreach ($prefixes as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
