// Not part of any SDK: the stubs' recorder. Appends one JSON line per call to the file named
// by SDK_STUB_RECORD: {"op": ..., "config": {...}, "fields": {"name": ["Type", value]}} with
// the request's non-null public fields, each with its runtime type's simple name.
package sdkstub;

import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

public final class Recorder {
    private Recorder() {
    }

    public static void record(String op, com.aliyun.teaopenapi.models.Config config, Object request) throws Exception {
        StringBuilder out = new StringBuilder("{\"op\":").append(quote(op)).append(",\"config\":{");
        String[][] conf = {
            {"endpoint", config.endpoint},
            {"signatureAlgorithm", config.signatureAlgorithm},
            {"accessKeyId", config.accessKeyId},
            {"accessKeySecret", config.accessKeySecret},
            {"securityToken", config.securityToken},
        };
        for (int i = 0; i < conf.length; i++) {
            out.append(i == 0 ? "" : ",").append(quote(conf[i][0])).append(':')
                .append(conf[i][1] == null ? "null" : quote(conf[i][1]));
        }
        out.append("},\"fields\":{");
        boolean first = true;
        for (Field f : request.getClass().getFields()) {
            Object v = f.get(request);
            if (v == null) {
                continue;
            }
            out.append(first ? "" : ",").append(quote(f.getName())).append(":[")
                .append(quote(v.getClass().getSimpleName())).append(',')
                .append(v instanceof String ? quote((String) v) : v.toString()).append(']');
            first = false;
        }
        out.append("}}\n");
        try (FileOutputStream file = new FileOutputStream(System.getenv("SDK_STUB_RECORD"), true)) {
            file.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A response body with its id fields filled, found by name (the bodies share no type). */
    public static <T> T body(T body) throws Exception {
        for (Field f : body.getClass().getFields()) {
            if (f.getName().equals("sslVpnServerId")) {
                f.set(body, "vss-stub");
            } else if (f.getName().equals("requestId")) {
                f.set(body, "request-stub");
            }
        }
        return body;
    }

    /** JSON string, ASCII only: every other UTF-16 unit as \\uXXXX. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
