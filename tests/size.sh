#!/usr/bin/env bash
# Gzip size (-9) of everything the page loads, against the budget.
set -euo pipefail
cd "$(dirname "$0")/../www"
budget=${BUDGET_BYTES:-65536}
total=0
printf '%-32s %10s %10s\n' file bytes gzip
for f in index.html style.css app.js outputs.js pkg/sslvpn_builder.js pkg/sslvpn_builder_bg.wasm; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c); total=$((total + gz))
  printf '%-32s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-32s %10s %10d  (budget %d)\n' total '' "$total" "$budget"
if [ "$total" -gt "$budget" ]; then echo "size: over budget by $((total - budget)) bytes" >&2; exit 1; fi
echo "size: within budget"
