#!/usr/bin/env bash
# Builds the npm-style folder a documentation site can vendor:
#   target/npm/sslvpn-builder/{package.json, README.md, sslvpn-builder.js (the
#   element and the ES module API, bundled and minified), sslvpn-builder.d.ts,
#   style.css, index.html (the standalone page), pkg/ (the validation cores,
#   the full core and the import module, each glue, wasm and .d.ts; snippets/, the
#   full core's JS helpers)}
# Usage: tests/package.sh [OUT_DIR]   (after `make wasm`)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/npm/sslvpn-builder}"
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
rm -rf "$out" && mkdir -p "$out/pkg"
# The element and its builder as one minified module (what index.html loads), under the package's entry name.
cp www/sslvpn-builder.min.js "$out/sslvpn-builder.js"
cp www/sslvpn-builder.min.js www/sslvpn-builder.d.ts www/style.css www/style.min.css www/index.html "$out/"
for m in sslvpn_builder sslvpn_import sslvpn_core_en sslvpn_core_zh; do
  cp "www/pkg/$m.js" "www/pkg/$m.d.ts" "www/pkg/${m}_bg.wasm" "$out/pkg/"
done
# The full core's JS helpers (wasm-bindgen's inline_js snippets), which its glue imports.
cp -r www/pkg/snippets "$out/pkg/"
cat > "$out/package.json" <<JSON
{
  "name": "sslvpn-builder",
  "version": "$version",
  "description": "Check, sign and write Alibaba Cloud VPC CreateSslVpnServer requests in the browser: <sslvpn-builder> and its rules (Rust compiled to WebAssembly).",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./sslvpn-builder.js",
  "types": "./sslvpn-builder.d.ts",
  "exports": {
    ".": { "types": "./sslvpn-builder.d.ts", "default": "./sslvpn-builder.js" },
    "./core": { "types": "./pkg/sslvpn_builder.d.ts", "default": "./pkg/sslvpn_builder.js" },
    "./style.css": "./style.css",
    "./pkg/sslvpn_builder_bg.wasm": "./pkg/sslvpn_builder_bg.wasm"
  },
  "files": ["sslvpn-builder.js", "sslvpn-builder.min.js", "sslvpn-builder.d.ts", "style.css", "style.min.css", "index.html", "pkg/", "README.md"],
  "sideEffects": ["./sslvpn-builder.js"]
}
JSON
cat > "$out/README.md" <<'MD'
# sslvpn-builder

`<sslvpn-builder>`: check, sign and write Alibaba Cloud VPC `CreateSslVpnServer`
requests in the browser. Nothing typed leaves the page.

Serve this folder from any path (`.wasm` as `application/wasm`), then:

```html
<script type="module" src="/vendor/sslvpn-builder/sslvpn-builder.js"></script>
<sslvpn-builder lang="en" theme="auto"></sslvpn-builder>
```

Or from JavaScript:

```js
import { load } from "/vendor/sslvpn-builder/sslvpn-builder.js";
const core = await load();
core.validate({ RegionId: "cn-hangzhou", Port: 443 }, "en");
```

See the project's README for every attribute, event and export.
MD
echo "package: $out ($(du -sk "$out" | cut -f1) KB)"
