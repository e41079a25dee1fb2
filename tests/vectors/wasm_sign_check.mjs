// Checks the page's wasm `sign` export against every SDK vector in sdk.json,
// plus its error shape. Uses the --target web build the Makefile makes.
//   node tests/vectors/wasm_sign_check.mjs [PKG_DIR]   (default: www/pkg)
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(process.argv[2] ?? resolve(here, '../../www/pkg'));
const w = await import(pathToFileURL(resolve(pkg, 'sslvpn_builder.js')));
w.initSync({ module: readFileSync(resolve(pkg, 'sslvpn_builder_bg.wasm')) });
// A JS number holds integers up to 2^53 exactly: a longer one (a Long owner
// ID) is passed as a string, as a JS caller must.
const d = JSON.parse(readFileSync(resolve(here, 'sdk.json'), 'utf8').replace(/(:\s*)(\d{16,})\b/g, '$1"$2"'));

// Every vector: Create's (`d.sign`, no `action` key) and the family's
// (`d.family.sign`, each with its action, passed as `options.operation`).
const all = [...d.sign, ...(d.family?.sign ?? [])];
assert.ok(d.family?.sign.length > 0, 'no vectors of the other operations');
for (const v of all) {
  const opts = { operation: v.action ?? 'CreateSslVpnServer', signature: v.scheme, method: v.method,
                 endpoint: v.endpoint, timestamp: v.timestamp, nonce: v.nonce };
  const r = w.sign(v.input, v.credentials, opts, 'en');
  assert.equal(r.error, null, v.name);
  assert.equal(r.report.valid, true, v.name);
  for (const k of ['host', 'url', 'body', 'canonical', 'stringToSign', 'signature']) {
    assert.equal(r.signed[k], v.expected[k], `${v.name}: ${k}`);
  }
  if (v.expected.authorization) {
    assert.deepEqual(r.signed.headers.at(-1), ['Authorization', v.expected.authorization], v.name);
  }
}
// An operation the family does not have is an error, not a Create request.
assert.throws(() => w.sign(d.sign[0].input, d.sign[0].credentials, { operation: 'DeleteVpc' }, 'en'), /unknown operation/);
const v = d.sign[0];
const ok = { timestamp: v.timestamp, nonce: 'n1' };
let r = w.sign({ RegionId: 'cn-hangzhou' }, v.credentials, ok, 'en');
assert.equal(r.report.valid, false);
assert.equal(r.signed, null);
r = w.sign(v.input, {}, ok, 'zh');
assert.equal(r.signed, null);
assert.equal(r.error.code, 'credentials-missing');
assert.match(r.error.message, /AccessKey/);
for (const [opts, code] of [
  [{ ...ok, timestamp: '2024-02-30T00:00:00Z' }, 'timestamp-invalid'],
  [{ ...ok, nonce: '' }, 'nonce-invalid'],
  [{ ...ok, endpoint: 'https://vpc.aliyuncs.com/' }, 'endpoint-invalid'],
  [{ ...ok, signature: 'v2' }, 'signature-invalid'],
  [{ ...ok, method: 'PUT' }, 'method-invalid'],
]) {
  assert.equal(w.sign(v.input, v.credentials, opts, 'en').error?.code, code, JSON.stringify(opts));
}
// Without a time and nonce the core draws them: now, and a UUID v4 from crypto.getRandomValues.
const [a, b] = [w.sign(v.input, v.credentials, null, 'en'), w.sign(v.input, v.credentials, {}, 'en')];
assert.match(a.signed.nonce, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.notEqual(a.signed.nonce, b.signed.nonce);
assert.ok(Math.abs(Date.parse(a.signed.timestamp) - Date.now()) < 5000, a.signed.timestamp);
r = w.sign(v.input, v.credentials, ok, 'en');
assert.deepEqual([r.signed.scheme, r.signed.method, r.signed.expiresInSeconds], ['v3', 'POST', 900]);
console.log(`wasm sign: ${all.length} SDK vectors (${d.sign.length} CreateSslVpnServer, ${all.length - d.sign.length} of the family) and error cases OK`);
