// Not part of any SDK: the stubs' recorder. Appends one JSON line per call to the file named
// by SDK_STUB_RECORD: {"op": ..., "config": {...}, "fields": {"Name": ["type", value]}} with
// the request's non-nil fields, each with its pointed-to Go type.

package client

import (
	"encoding/json"
	"os"
	"reflect"

	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
)

func stubRecord(op string, config *openapiutil.Config, request interface{}) error {
	fields := map[string]interface{}{}
	v := reflect.ValueOf(request).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.Ptr && !f.IsNil() {
			fields[v.Type().Field(i).Name] = []interface{}{f.Elem().Type().String(), f.Elem().Interface()}
		}
	}
	line, err := json.Marshal(map[string]interface{}{
		"op": op,
		"config": map[string]*string{
			"endpoint":           config.Endpoint,
			"signatureAlgorithm": config.SignatureAlgorithm,
			"accessKeyId":        config.AccessKeyId,
			"accessKeySecret":    config.AccessKeySecret,
			"securityToken":      config.SecurityToken,
		},
		"fields": fields,
	})
	if err != nil {
		return err
	}
	file, err := os.OpenFile(os.Getenv("SDK_STUB_RECORD"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer file.Close()
	_, err = file.Write(append(line, '\n'))
	return err
}

// stubFill sets a response body's SslVpnServerId and RequestId, when it has them.
func stubFill(body interface{}) {
	v := reflect.ValueOf(body).Elem()
	for name, value := range map[string]string{"SslVpnServerId": "vss-stub", "RequestId": "request-stub"} {
		if f := v.FieldByName(name); f.IsValid() {
			s := value
			f.Set(reflect.ValueOf(&s))
		}
	}
}
