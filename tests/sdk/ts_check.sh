#!/usr/bin/env bash
# Type-checks the TypeScript snippets that `sslvpn snippet --lang typescript`
# generates against the real @alicloud/vpc20160428 (pinned in
# tests/sdk/ts/package.json + package-lock.json) with tsc --strict.
# Also two controls that must FAIL to type-check: a request with a
# non-integer Port, and a snippet whose IDaaS field name is mangled, so a
# pass is known to mean something. The two that type-check are then compiled
# and run with node against the real SDK, its transport intercepted
# (intercept.cjs), and the captured request compared (compare.cjs); so is
# the snippet for the page's V1 + central endpoint choices, whose V1
# signature compare.cjs recomputes.
# Usage: tests/sdk/ts_check.sh [PATH_TO_SSLVPN]   (after `npm ci` in tests/sdk/ts)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sslvpn="$(realpath "${1:-target/debug/sslvpn}")"
ts="$here/ts"
gen="$ts/generated"
rm -rf "$gen" && mkdir -p "$gen"
passed=0 failed=0

base='"RegionId":"cn-hangzhou","VpnGatewayId":"vpn-bp1hgim8by0kc9nga5lg3","ClientIpPool":"192.168.1.0/24","LocalSubnet":"10.0.0.0/8"'
full="{$base,\"Name\":\"it's \\\"mine\\\" \\\\ \$HOME \${x} \`id\` 测试 😀\\u202e\\n</script>\",\"Proto\":\"UDP\",\"Port\":1195,\"Cipher\":\"none\",\"Compress\":true,\"EnableMultiFactorAuth\":true,\"IDaaSInstanceId\":\"idaas_ue2jvisn35ea5lmthk267xxxxx\",\"IDaaSRegionId\":\"cn-hangzhou\",\"IDaaSApplicationId\":\"app_x\",\"ClientToken\":\"t-1\",\"DryRun\":true,\"DnsServers\":\"1.1.1.1\"}"

typecheck() { # name, expect (pass|fail)
  local name=$1 expect=$2 log="$gen/$1.log"
  printf '{"extends":"../tsconfig.json","files":["%s.ts"]}\n' "$name" > "$gen/tsconfig.$name.json"
  if (cd "$ts" && npx --no-install tsc -p "generated/tsconfig.$name.json") > "$log" 2>&1; then got=pass; else got=fail; fi
  if [ "$got" = "$expect" ]; then
    passed=$((passed + 1)); echo "ok   $name: tsc ${got}ed as expected"
  else
    failed=$((failed + 1)); echo "FAIL $name: tsc ${got}ed, expected $expect"; cat "$log"
  fi
}

echo "{$base}" | "$sslvpn" snippet --lang typescript > "$gen/minimal.ts"
echo "$full" | "$sslvpn" snippet --lang typescript > "$gen/full.ts"
set +e
echo "{$base,\"Port\":\"abc\"}" | "$sslvpn" snippet --lang typescript > "$gen/port_abc.ts"; rc=$?
set -e
[ "$rc" = 1 ] || { echo "FAIL: sslvpn snippet exit code $rc for a request with errors"; exit 1; }
sed 's/IDaaSInstanceId:/idaasInstanceId:/' "$gen/full.ts" > "$gen/mangled.ts"
# The page's V1 / central choices: the Config must have signatureAlgorithm.
echo "{$base}" | "$sslvpn" snippet --target typescript --signature v1 --endpoint central > "$gen/v1_central.ts"
grep -q "config.signatureAlgorithm = 'v2';" "$gen/v1_central.ts" || { echo "FAIL v1_central: no signatureAlgorithm line"; exit 1; }

run() { # name, input json: compile the snippet, run it with the transport intercepted, compare
  local name=$1 input=$2
  printf '%s' "$input" > "$gen/$name.input.json"
  if (cd "$ts" && npx --no-install tsc -p "generated/tsconfig.$name.json" --noEmit false --outDir "generated/out-$name") > "$gen/$name.emit.log" 2>&1 \
    && (cd "$ts" && out=$(ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-ts-check ALIBABA_CLOUD_ACCESS_KEY_SECRET=ts-check-secret \
         ALIBABA_CLOUD_SECURITY_TOKEN=sts-ts-check CAPTURE="$gen/$name.capture.json" \
         node -r ./intercept.cjs "generated/out-$name/$name.js") && [ "$out" = vss-ts-check ]) > "$gen/$name.run.log" 2>&1 \
    && (cd "$ts" && EXPECT_V1="${EXPECT_V1:-}" ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-ts-check ALIBABA_CLOUD_ACCESS_KEY_SECRET=ts-check-secret \
         ALIBABA_CLOUD_SECURITY_TOKEN=sts-ts-check node compare.cjs "$gen/$name.input.json" "$gen/$name.capture.json") > "$gen/$name.cmp.log" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name: runs with the real SDK, request as expected, prints the id"
  else
    failed=$((failed + 1)); echo "FAIL $name: run with the real SDK"; cat "$gen/$name".{emit,run,cmp}.log 2>/dev/null
  fi
}

typecheck minimal pass
typecheck full pass
run minimal "{$base}"
run full "$full"
typecheck port_abc fail
grep -q "port" "$gen/port_abc.log" || { echo "FAIL port_abc: error is not about port"; failed=$((failed + 1)); }
typecheck mangled fail
typecheck v1_central pass
EXPECT_V1=1 run v1_central "{$base}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
