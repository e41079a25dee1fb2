// The CLI's JSON and the page's wasm values are the same values: every SDK
// vector's input through `sslvpn check`, `sslvpn sign --json` and
// `sslvpn snippet` (all 11 targets, both languages) and through the wasm
// exports, compared whole. Plus `sslvpn explain` against `errors()`.
//   node tests/vectors/cli_wasm_equal.mjs PKG_DIR SSLVPN_BINARY
import { readFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const [pkg, bin] = [resolve(process.argv[2]), resolve(process.argv[3])];
const w = await import(pathToFileURL(resolve(pkg, "sslvpn_builder.js")));
w.initSync({ module: readFileSync(resolve(pkg, "sslvpn_builder_bg.wasm")) });
const d = JSON.parse(readFileSync(resolve(here, "sdk.json"), "utf8"));

/** Runs the CLI; returns stdout (exit codes 0 and 1 both print a result). */
function cli(args, input, creds) {
  const env = { PATH: process.env.PATH };
  if (creds) {
    env.ALIBABA_CLOUD_ACCESS_KEY_ID = creds.accessKeyId;
    env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = creds.accessKeySecret;
    if (creds.securityToken) env.ALIBABA_CLOUD_SECURITY_TOKEN = creds.securityToken;
  }
  try {
    // No stdin for a command that reads none: writing it could race its exit (EPIPE).
    const stdin = input === undefined ? { stdio: ["ignore", "pipe", "pipe"] } : { input: JSON.stringify(input) };
    return execFileSync(bin, args, { ...stdin, env }).toString();
  } catch (e) {
    if (e.status === 1) return e.stdout.toString();
    throw new Error(`${args.join(" ")}: exit ${e.status}: ${e.stderr}`);
  }
}

const targets = w.snippetTargets().map((t) => t.id);
let compared = 0;
for (const v of d.sign.filter((_, i) => i % 4 === 0)) {
  const opts = { signature: v.scheme, method: v.method, endpoint: v.endpoint, timestamp: v.timestamp, nonce: v.nonce };
  const flags = ["--signature", v.scheme, "--method", v.method, "--endpoint", v.endpoint,
    "--timestamp", v.timestamp, "--nonce", v.nonce];
  for (const lang of ["en", "zh"]) {
    const broken = { ...v.input, Port: "443", Proto: "udp" };
    for (const input of [v.input, broken]) {
      assert.deepEqual(JSON.parse(cli(["check", "--lang", lang], input)), w.validate(input, lang), `${v.name} check ${lang}`);
      compared += 1;
    }
    const signed = JSON.parse(cli(["sign", "--json", "--lang", lang, ...flags], v.input, v.credentials));
    assert.deepEqual(signed, w.sign(v.input, v.credentials, opts, lang).signed, `${v.name} sign ${lang}`);
    compared += 1;
    for (const target of targets) {
      for (const input of [v.input, broken]) {
        const want = w.snippet(input, target, lang, v.credentials, opts);
        const got = cli(["snippet", "--target", target, "--lang", lang, ...flags], input, v.credentials);
        if (want.code === null) assert.deepEqual(JSON.parse(got), w.validate(input, lang), `${v.name} ${target}`);
        else assert.equal(got, want.code, `${v.name} ${target} ${lang}`);
        compared += 1;
      }
    }
  }
}
// The family: the same through `--operation` and `operation`.
for (const v of (d.family?.sign ?? []).filter((_, i) => i % 6 === 0)) {
  // A Long past 2^53 cannot be a JS number: both sides get it as text.
  const input = Object.fromEntries(Object.entries(v.input).map(([k, x]) => [k, Number.isSafeInteger(x) || typeof x !== "number" ? x : String(x)]));
  if (Object.values(input).some((x) => typeof x === "string" && /^\d{16,}$/.test(x))) continue;
  const op = ["--operation", v.action];
  const opts = { operation: v.action, signature: v.scheme, method: v.method, endpoint: v.endpoint, timestamp: v.timestamp, nonce: v.nonce };
  const flags = [...op, "--signature", v.scheme, "--method", v.method, "--endpoint", v.endpoint, "--timestamp", v.timestamp, "--nonce", v.nonce];
  assert.deepEqual(JSON.parse(cli(["sign", "--json", ...flags], input, v.credentials)), w.sign(input, v.credentials, opts, "en").signed, `${v.name} sign`);
  compared += 1;
  for (const target of targets) {
    const want = w.snippet(input, target, "zh", v.credentials, opts);
    assert.equal(cli(["snippet", "--target", target, "--lang", "zh", ...flags], input, v.credentials), want.code, `${v.name} ${target}`);
    compared += 1;
  }
}
assert.deepEqual(JSON.parse(cli(["explain"])), w.errors());
console.log(`CLI JSON and wasm values: ${compared + 1} outputs equal`);
