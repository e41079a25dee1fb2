// `make bench`, the wasm against the official JS util: the page's wasm
// `sign()` (validation included, as the page calls it) against
// `getRPCSignature` of `@alicloud/openapi-util` (the npm package Alibaba's
// TypeScript SDKs sign V1 with; pinned in tests/e2e/package.json), in one
// Node process, for the requests in benches/requests.json (V1 GET, fixed
// time and nonce). Both signatures are checked against the one Alibaba's
// Python SDK computes before anything is timed. Then, not a target row,
// `sign()` drawing its own time and nonce against the official TypeScript
// SDK's whole path to the wire (see the section at the end).
//
//   node benches/wasm_sign.mjs [--pkg DIR] [--ms N]
//
// DIR is the wasm-bindgen output (default www/pkg, built by `make wasm`);
// N the milliseconds per timed batch (default 40; 15 batches, median).
// A benchmark, not a test: it prints figures, and fails only when a
// signature differs.
import { readFileSync, appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const pkg = resolve(arg("--pkg", resolve(here, "../www/pkg")));
const batchMs = Number(arg("--ms", 40));
const BATCHES = 15;

const w = await import(pathToFileURL(resolve(pkg, "sslvpn_builder.js")));
w.initSync({ module: readFileSync(resolve(pkg, "sslvpn_builder_bg.wasm")) });
const require = createRequire(resolve(here, "../tests/e2e/package.json"));
const OpenApiUtil = require("@alicloud/openapi-util").default;
const utilVersion = require("@alicloud/openapi-util/package.json").version;

const { requests } = JSON.parse(readFileSync(resolve(here, "requests.json"), "utf8"));

/**
 * Median microseconds per call of `fn`, over BATCHES batches of about batchMs
 * each. With `async`, each call's promise is awaited (the SDK's path); a
 * synchronous `fn` runs in a plain loop, nothing awaited between calls.
 */
async function time(fn, { async = false } = {}) {
  const batch = async
    ? async (n) => { const t0 = performance.now(); for (let i = 0; i < n; i += 1) await fn(); return performance.now() - t0; }
    : (n) => { const t0 = performance.now(); for (let i = 0; i < n; i += 1) fn(); return performance.now() - t0; };
  let n = 1;
  for (;;) {
    const dt = await batch(n);
    if (dt > batchMs / 4) { n = Math.max(1, Math.round((n * batchMs) / dt)); break; }
    n *= 2;
  }
  const per = [];
  for (let b = 0; b < BATCHES; b += 1) per.push(((await batch(n)) * 1000) / n);
  per.sort((a, b) => a - b);
  return per[BATCHES >> 1];
}

/** The V1 parameters the request signs: its own (wire form) and the common ones. */
function signedParams(r) {
  const p = {};
  for (const [k, v] of Object.entries(r.params)) p[k] = String(v);
  Object.assign(p, {
    AccessKeyId: r.credentials.accessKeyId, Action: "CreateSslVpnServer", Format: "JSON",
    SignatureMethod: "HMAC-SHA1", SignatureNonce: r.nonce, SignatureVersion: "1.0",
    Timestamp: r.timestamp, Version: "2016-04-28",
  });
  return p;
}

const summary = [];
console.log(`wasm sign() vs @alicloud/openapi-util ${utilVersion} getRPCSignature, Node ${process.version} (${pkg})`);
console.log(`${"request".padEnd(16)} ${"wasm sign() µs".padStart(15)} ${"getRPCSignature µs".padStart(19)} ${"ratio".padStart(8)}`);
for (const r of requests) {
  const opts = { signature: r.signature, method: r.method, endpoint: r.endpoint, timestamp: r.timestamp, nonce: r.nonce };
  const wasmSign = () => w.sign(r.params, r.credentials, opts, "en");
  const got = wasmSign();
  assert.equal(got.error, null, `${r.name}: ${JSON.stringify(got.error)}`);
  assert.equal(got.signed.signature, r.expected.signature, `${r.name}: wasm signature`);
  assert.equal(got.signed.stringToSign, r.expected.stringToSign, `${r.name}: wasm string to sign`);
  const params = signedParams(r);
  const secret = r.credentials.accessKeySecret;
  const utilSign = () => OpenApiUtil.getRPCSignature(params, r.method, secret);
  assert.equal(utilSign(), r.expected.signature, `${r.name}: getRPCSignature`);

  const [tw, tu] = [await time(wasmSign), await time(utilSign)];
  // Interleave a second round so a drifting machine shows up in both.
  const [tw2, tu2] = [await time(wasmSign), await time(utilSign)];
  const wasmUs = Math.min(tw, tw2);
  const utilUs = Math.min(tu, tu2);
  const ratio = utilUs / wasmUs;
  console.log(`${r.name.padEnd(16)} ${wasmUs.toFixed(2).padStart(15)} ${utilUs.toFixed(2).padStart(19)} ${(ratio.toFixed(2) + "x").padStart(8)}`);
  summary.push({ name: r.name, wasmUs, utilUs, ratio });
}
const main = summary[0];
const line = `wasm sign() vs openapi-util getRPCSignature (${main.name}): ${main.wasmUs.toFixed(2)} µs vs ${main.utilUs.toFixed(2)} µs, `
  + `wasm ${main.ratio >= 1 ? `${main.ratio.toFixed(2)}x faster` : `${(1 / main.ratio).toFixed(2)}x slower`} (target: 2x faster)`;
console.log(line);
if (process.env.BENCH_SUMMARY) appendFileSync(process.env.BENCH_SUMMARY, `${line}\n`);

// ---- The official TypeScript SDK's whole path to the wire ----
//
// What a TypeScript user's call does before anything is sent:
// `createSslVpnServerWithOptions` of @alicloud/vpc20160428 (pinned with
// @alicloud/openapi-core in tests/sdk/ts/package.json) builds the request,
// sets the common parameters, draws a timestamp and nonce, signs, and hands
// the request to the Darabonba transport, which is replaced here by a stub
// that keeps it and stops the call (a rejection the loop catches; an empty
// async throw and catch costs about 1 µs in Node, left in). The wasm side is
// `sign()` drawing its own time and nonce too (no fixed ones). V1
// (`signatureAlgorithm: "v2"`, the SDK's RPC signer) and V3 (the SDK's
// default, ACS3-HMAC-SHA256). Not a target row: a comparison with the whole
// path a user of the SDK runs. Skipped when tests/sdk/ts is not installed.
const sdkRequire = createRequire(resolve(here, "../tests/sdk/ts/package.json"));
let sdk = null;
try {
  sdk = {
    core: sdkRequire("@darabonba/typescript/dist/core"),
    dara: sdkRequire("@darabonba/typescript"),
    Vpc: sdkRequire("@alicloud/vpc20160428"),
    OpenApi: sdkRequire("@alicloud/openapi-core"),
    version: sdkRequire("@alicloud/vpc20160428/package.json").version,
  };
} catch {
  console.log("(the TypeScript SDK is not installed in tests/sdk/ts: `make test-sdk` installs it; row skipped)");
}
if (sdk) {
  const r = requests[0];
  const stop = new Error("stopped before the network");
  let sent = null;
  sdk.core.doAction = async (request) => { sent = request; throw stop; };
  const model = {};
  for (const [k, v] of Object.entries(r.params)) model[k[0].toLowerCase() + k.slice(1)] = v;
  const request = new sdk.Vpc.CreateSslVpnServerRequest(model);
  const runtime = new sdk.dara.RuntimeOptions({});
  console.log(`\nwasm sign() (own time and nonce) vs @alicloud/vpc20160428 ${sdk.version} createSslVpnServerWithOptions up to the wire (${r.name})`);
  console.log(`${"scheme".padEnd(16)} ${"wasm sign() µs".padStart(15)} ${"TS SDK µs".padStart(19)} ${"ratio".padStart(8)}`);
  for (const [scheme, algorithm] of [["v1", "v2"], ["v3", undefined]]) {
    const client = new sdk.Vpc.default(new sdk.OpenApi.$OpenApiUtil.Config({
      accessKeyId: r.credentials.accessKeyId, accessKeySecret: r.credentials.accessKeySecret,
      endpoint: "vpc.aliyuncs.com", regionId: r.params.RegionId, signatureAlgorithm: algorithm,
    }));
    const sdkCall = async () => {
      try { await client.createSslVpnServerWithOptions(request, runtime); } catch (e) { if (e !== stop) throw e; }
    };
    const opts = { signature: scheme, method: scheme === "v1" ? "GET" : "POST", endpoint: "central" };
    const wasmSign = () => w.sign(r.params, r.credentials, opts, "en");
    // Both sides sign the same request: its four parameters, and a signature.
    sent = null;
    await sdkCall();
    assert.ok(sent, "the SDK reached the transport");
    const sig = scheme === "v1" ? sent.query.Signature : sent.headers.Authorization;
    assert.ok(sig, `the SDK's ${scheme} request is signed`);
    for (const [k, v] of Object.entries(r.params)) assert.equal(sent.query[k], v, `the SDK sends ${k}`);
    const got = wasmSign();
    assert.ok(got.signed, JSON.stringify(got.error));
    assert.notEqual(got.signed.nonce, wasmSign().signed.nonce, "a new nonce each call");
    const [tw, ts] = [await time(wasmSign), await time(sdkCall, { async: true })];
    const [tw2, ts2] = [await time(wasmSign), await time(sdkCall, { async: true })];
    const wasmUs = Math.min(tw, tw2), sdkUs = Math.min(ts, ts2), ratio = sdkUs / wasmUs;
    console.log(`${scheme.padEnd(16)} ${wasmUs.toFixed(2).padStart(15)} ${sdkUs.toFixed(2).padStart(19)} ${(ratio.toFixed(2) + "x").padStart(8)}`);
    const row = `wasm sign() vs the TS SDK's whole path to the wire (${scheme}, own time and nonce): ${wasmUs.toFixed(2)} µs vs ${sdkUs.toFixed(2)} µs, wasm ${ratio.toFixed(2)}x faster (not a target row)`;
    if (process.env.BENCH_SUMMARY) appendFileSync(process.env.BENCH_SUMMARY, `${row}\n`);
  }
}
