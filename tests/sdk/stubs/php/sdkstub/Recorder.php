<?php

// Not part of any SDK: the stubs' recorder. Appends one JSON line per call to the file named
// by SDK_STUB_RECORD: {"op": ..., "config": {...}, "fields": {"name": ["type", value]}} with
// the request's non-null public properties, each with its gettype() name.

namespace SdkStub;

class Recorder
{
    public static function record($op, $config, $request)
    {
        $fields = [];
        foreach (get_object_vars($request) as $k => $v) {
            if (null !== $v) {
                $fields[$k] = [gettype($v), $v];
            }
        }
        $line = [
            'op' => $op,
            'config' => [
                'endpoint' => $config->endpoint,
                'signatureAlgorithm' => $config->signatureAlgorithm,
                'accessKeyId' => $config->accessKeyId,
                'accessKeySecret' => $config->accessKeySecret,
                'securityToken' => $config->securityToken,
            ],
            'fields' => (object) $fields,
        ];
        file_put_contents(getenv('SDK_STUB_RECORD'), json_encode($line, JSON_THROW_ON_ERROR) . "\n", FILE_APPEND);
    }

    // A response body with its id properties filled.
    public static function body($body)
    {
        $vars = get_object_vars($body);
        if (array_key_exists('sslVpnServerId', $vars)) {
            $body->sslVpnServerId = 'vss-stub';
        }
        if (array_key_exists('requestId', $vars)) {
            $body->requestId = 'request-stub';
        }

        return $body;
    }
}
