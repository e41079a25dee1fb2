// Not part of any SDK: the stubs' recorder. Appends one JSON line per call to the file named
// by SDK_STUB_RECORD: {"op": ..., "config": {...}, "fields": {"Name": ["Type", value]}} with
// the request's non-null properties, each with its runtime type's name (a boxed int? is Int32).
using System;
using System.IO;
using System.Text;

namespace SdkStub
{
    internal static class Recorder
    {
        internal static void Record(string op, AlibabaCloud.OpenApiClient.Models.Config config, object request)
        {
            var out_ = new StringBuilder("{\"op\":").Append(Quote(op)).Append(",\"config\":{");
            string[,] conf = {
                {"endpoint", config.Endpoint},
                {"signatureAlgorithm", config.SignatureAlgorithm},
                {"accessKeyId", config.AccessKeyId},
                {"accessKeySecret", config.AccessKeySecret},
                {"securityToken", config.SecurityToken},
            };
            for (int i = 0; i < conf.GetLength(0); i++)
            {
                out_.Append(i == 0 ? "" : ",").Append(Quote(conf[i, 0])).Append(':')
                    .Append(conf[i, 1] == null ? "null" : Quote(conf[i, 1]));
            }
            out_.Append("},\"fields\":{");
            bool first = true;
            foreach (var p in request.GetType().GetProperties())
            {
                object v = p.GetValue(request, null);
                if (v == null)
                {
                    continue;
                }
                string value = v is string ? Quote((string)v) : v is bool ? ((bool)v ? "true" : "false") : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
                out_.Append(first ? "" : ",").Append(Quote(p.Name)).Append(":[")
                    .Append(Quote(v.GetType().Name)).Append(',').Append(value).Append(']');
                first = false;
            }
            out_.Append("}}\n");
            File.AppendAllText(Environment.GetEnvironmentVariable("SDK_STUB_RECORD"), out_.ToString(), new UTF8Encoding(false));
        }

        // A response body with its id properties filled, found by name.
        internal static T Body<T>(T body)
        {
            foreach (var p in body.GetType().GetProperties())
            {
                if (p.Name == "SslVpnServerId")
                {
                    p.SetValue(body, "vss-stub", null);
                }
                else if (p.Name == "RequestId")
                {
                    p.SetValue(body, "request-stub", null);
                }
            }
            return body;
        }

        // JSON string, ASCII only: every other UTF-16 unit as \uXXXX.
        static string Quote(string s)
        {
            var out_ = new StringBuilder("\"");
            foreach (char c in s)
            {
                if (c == '"' || c == '\\')
                {
                    out_.Append('\\').Append(c);
                }
                else if (c < 0x20 || c > 0x7e)
                {
                    out_.Append("\\u").Append(((int)c).ToString("x4"));
                }
                else
                {
                    out_.Append(c);
                }
            }
            return out_.Append('"').ToString();
        }
    }
}
