// compare.cjs INPUT_JSON CAPTURE_JSON: the captured request carries exactly
// the input's parameters (as wire strings), is the operation $EXPECT_ACTION
// and goes where it should.
const fs = require("node:fs");
const [input, capture] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
const assert = require("node:assert/strict");
const action = process.env.EXPECT_ACTION;
assert.ok(action, "EXPECT_ACTION names the operation");
const COMMON = new Set(["Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "SignatureVersion",
  "SignatureNonce", "Timestamp", "Signature", "SecurityToken"]);
const got = Object.fromEntries(Object.entries(capture.query).filter(([k]) => !COMMON.has(k)));
const want = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)]));
assert.deepEqual(got, want);
const h = Object.fromEntries(Object.entries(capture.headers).map(([k, v]) => [k.toLowerCase(), v]));
assert.equal(capture.method, "POST");
assert.ok(!JSON.stringify(capture).includes(process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET));
if (process.env.EXPECT_V1) {
  // The page's V1 / central choices: the classic RPC signature, verified here.
  const q = capture.query;
  const enc = (x) => encodeURIComponent(x).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const canonical = Object.keys(q).filter((k) => k !== "Signature").sort().map((k) => `${enc(k)}=${enc(q[k])}`).join("&");
  const sts = `POST&${enc("/")}&${enc(canonical)}`;
  const want = require("node:crypto").createHmac("sha1", `${process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET}&`).update(sts).digest("base64");
  assert.equal(h.host, "vpc.aliyuncs.com");
  assert.equal(h.authorization, undefined);
  assert.deepEqual([q.Action, q.Version, q.SignatureVersion, q.SignatureMethod], [action, "2016-04-28", "1.0", "HMAC-SHA1"]);
  assert.equal(q.Signature, want);
  assert.equal(q.SecurityToken, process.env.ALIBABA_CLOUD_SECURITY_TOKEN);
  process.exit(0);
}
assert.equal(h.host, `vpc.${input.RegionId}.aliyuncs.com`);
assert.equal(h["x-acs-action"], action);
assert.equal(capture.query.Action, undefined);
assert.equal(h["x-acs-version"], "2016-04-28");
assert.match(h.authorization, new RegExp(`^ACS3-HMAC-SHA256 Credential=${process.env.ALIBABA_CLOUD_ACCESS_KEY_ID},`));
assert.equal(h["x-acs-security-token"], process.env.ALIBABA_CLOUD_SECURITY_TOKEN);
assert.ok(!JSON.stringify(capture).includes(process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET));
