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
# Then the rest of the family (`sslvpn snippet --operation NAME`):
# ModifySslVpnServer, DeleteSslVpnServer, DescribeSslVpnServers, two requests
# each, each as V3 to the regional endpoint and as V1 to the central one:
# compiled with tsc --strict (a type error fails the compile), run against the
# real SDK and compared, action included; the snippet must print the field its
# operation returns (Create, Modify: SslVpnServerId; Delete, Describe:
# RequestId; the fake response has both, with different values). Three more
# controls must fail to type-check: a Describe PageSize `abc`, a misspelt
# Modify field and a misspelt Delete method.
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

tsconfig() { printf '{"extends":"../tsconfig.json","files":["%s.ts"]}\n' "$1" > "$gen/tsconfig.$1.json"; }

typecheck() { # name, expect (pass|fail)
  local name=$1 expect=$2 log="$gen/$1.log"
  tsconfig "$name"
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

# Whether tsc's first error (in $gen/NAME.log) is on a line of NAME.ts that
# has TEXT (tsc names the line, not always the field: "Type 'string' is not
# assignable to type 'number'").
error_at() { # name, text
  local line
  line=$(sed -n "s/^generated\/$1\.ts(\([0-9]*\),.*/\1/p" "$gen/$1.log" | head -1)
  [ -n "$line" ] && sed -n "${line}p" "$gen/$1.ts" | grep -q "$2"
}

run() { # name, input json[, operation]: compile the snippet, run it with the transport intercepted, compare
  local name=$1 input=$2 op=${3:-CreateSslVpnServer} want=vss-ts-check
  case "$op" in DeleteSslVpnServer | DescribeSslVpnServers) want=req-ts-check ;; esac
  printf '%s' "$input" > "$gen/$name.input.json"
  if (cd "$ts" && npx --no-install tsc -p "generated/tsconfig.$name.json" --noEmit false --outDir "generated/out-$name") > "$gen/$name.emit.log" 2>&1 \
    && (cd "$ts" && out=$(ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-ts-check ALIBABA_CLOUD_ACCESS_KEY_SECRET=ts-check-secret \
         ALIBABA_CLOUD_SECURITY_TOKEN=sts-ts-check CAPTURE="$gen/$name.capture.json" \
         node -r ./intercept.cjs "generated/out-$name/$name.js") && echo "printed: $out" && [ "$out" = "$want" ]) > "$gen/$name.run.log" 2>&1 \
    && (cd "$ts" && EXPECT_V1="${EXPECT_V1:-}" EXPECT_ACTION="$op" ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-ts-check ALIBABA_CLOUD_ACCESS_KEY_SECRET=ts-check-secret \
         ALIBABA_CLOUD_SECURITY_TOKEN=sts-ts-check node compare.cjs "$gen/$name.input.json" "$gen/$name.capture.json") > "$gen/$name.cmp.log" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name: $op runs with the real SDK, request as expected, prints $want"
  else
    failed=$((failed + 1)); echo "FAIL $name: run with the real SDK"; cat "$gen/$name".{emit,run,cmp}.log 2>/dev/null || true
  fi
}

typecheck minimal pass
typecheck full pass
run minimal "{$base}"
run full "$full"
typecheck port_abc fail
error_at port_abc "port: 'abc'" || { echo "FAIL port_abc: error is not about port"; failed=$((failed + 1)); }
typecheck mangled fail
typecheck v1_central pass
EXPECT_V1=1 run v1_central "{$base}"

# ---- the rest of the family
vss='"SslVpnServerId":"vss-bp18q7hzj6largv4v1abcd"'
nasty="it's \\\"mine\\\" \\\\ \$HOME \${x} \`id\` 测试 😀\\u202e\\n</script>"
owners='"OwnerId":1234567890123456,"OwnerAccount":"owner 账号","ResourceOwnerId":9007199254740991,"ResourceOwnerAccount":"ro"'
family() { # name, operation, input json: V3 regional and V1 central, each compiled, run and compared
  local name=$1 op=$2 input=$3
  echo "$input" | "$sslvpn" snippet --operation "$op" --target typescript > "$gen/$name.ts"
  echo "$input" | "$sslvpn" snippet --operation "$op" --target typescript --signature v1 --endpoint central > "$gen/${name}_v1.ts"
  grep -q "config.signatureAlgorithm = 'v2';" "$gen/${name}_v1.ts" || { echo "FAIL ${name}_v1: no signatureAlgorithm line"; exit 1; }
  tsconfig "$name"; tsconfig "${name}_v1"
  run "$name" "$input" "$op"
  EXPECT_V1=1 run "${name}_v1" "$input" "$op"
}
family modify_name ModifySslVpnServer "{\"RegionId\":\"cn-shanghai\",$vss,\"Name\":\"renamed 服务端\"}"
family modify_full ModifySslVpnServer "{\"RegionId\":\"cn-hangzhou\",$vss,\"Name\":\"$nasty\",\"ClientIpPool\":\"192.168.2.0/24\",\"LocalSubnet\":\"10.0.0.0/8,172.16.0.0/16\",\"Proto\":\"TCP\",\"Port\":1196,\"Cipher\":\"AES-128-CBC\",\"Compress\":false,\"EnableMultiFactorAuth\":true,\"IDaaSInstanceId\":\"idaas_ue2jvisn35ea5lmthk267xxxxx\",\"IDaaSRegionId\":\"cn-hangzhou\",\"IDaaSApplicationId\":\"app_x\",\"ClientToken\":\"t-1\",\"DryRun\":true,\"DnsServers\":\"223.5.5.5\",$owners}"
family delete_min DeleteSslVpnServer "{\"RegionId\":\"ap-southeast-1\",$vss}"
family delete_full DeleteSslVpnServer "{\"RegionId\":\"cn-hangzhou\",$vss,\"ClientToken\":\"t-1'\\\"\",$owners}"
family describe_min DescribeSslVpnServers '{"RegionId":"eu-central-1"}'
family describe_full DescribeSslVpnServers "{\"RegionId\":\"cn-hangzhou\",$vss,\"VpnGatewayId\":\"vpn-bp1hgim8by0kc9nga5lg3\",\"Name\":\"$nasty\",\"ResourceGroupId\":\"rg-acfmzs372yg1234\",\"PageNumber\":3,\"PageSize\":50,$owners}"

# Controls: each must fail to type-check, for the reason named.
set +e
echo '{"RegionId":"cn-hangzhou","PageSize":"abc"}' | "$sslvpn" snippet --operation DescribeSslVpnServers --target typescript > "$gen/describe_page_abc.ts"; rc=$?
set -e
[ "$rc" = 1 ] || { echo "FAIL: sslvpn snippet exit code $rc for a Describe request with errors"; exit 1; }
typecheck describe_page_abc fail
error_at describe_page_abc "pageSize: 'abc'" || { echo "FAIL describe_page_abc: error is not about pageSize"; failed=$((failed + 1)); }
grep -q "sslVpnServerId: 'vss-" "$gen/modify_name.ts" || { echo "FAIL modify_name: no sslVpnServerId field"; exit 1; }
sed 's/sslVpnServerId: /sslVpnServerID: /' "$gen/modify_name.ts" > "$gen/modify_mangled.ts"
typecheck modify_mangled fail
grep -q "sslVpnServerID" "$gen/modify_mangled.log" || { echo "FAIL modify_mangled: error is not about sslVpnServerID"; failed=$((failed + 1)); }
grep -q "client.deleteSslVpnServer(request)" "$gen/delete_min.ts" || { echo "FAIL delete_min: no deleteSslVpnServer call"; exit 1; }
sed 's/client.deleteSslVpnServer(request)/client.deleteSslVpnServers(request)/' "$gen/delete_min.ts" > "$gen/delete_method.ts"
typecheck delete_method fail
grep -q "deleteSslVpnServers" "$gen/delete_method.log" || { echo "FAIL delete_method: error is not about deleteSslVpnServers"; failed=$((failed + 1)); }
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
