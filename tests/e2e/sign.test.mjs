// Signing in the real page: the V1 URL's signature is recomputed here from the
// URL's own timestamp and nonce (with Node's crypto, independently of the core),
// the V3 Authorization likewise, and the secret never reaches storage, the URL
// or the console.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { open, type, settle, ready } from "./harness.mjs";

const KEY_ID = "LTAI5tTestKeyIdForE2E";
const SECRET = "e2e-Secret/with+special=chars~*'";
let s;

before(async () => {
  s = await open();
  for (const [k, v] of Object.entries({
    RegionId: "cn-hangzhou", VpnGatewayId: "vpn-bp1hgim8by0kc9nga5lg3", ClientIpPool: "192.168.100.0/24",
    LocalSubnet: "10.0.0.0/8, 172.16.0.0/16", Name: "测试 vpn+*~'😀", Port: "1195", Proto: "UDP",
  })) await type(s.page, k, v);
  await s.page.fill("#ak-id", KEY_ID);
  await s.page.fill("#ak-secret", SECRET);
  await settle(s.page);
});
after(async () => { await s?.close(); });

// RFC 3986 as Alibaba's V1 wants it.
const enc = (x) => encodeURIComponent(x).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

test("V1 GET: the signed URL verifies with its own timestamp and nonce", async () => {
  const { page } = s;
  assert.equal(await page.inputValue("#sig-scheme"), "v3", "V3, Alibaba's recommendation, is the default");
  assert.equal(await page.inputValue("#sig-method"), "POST", "V3 defaults to POST, as the SDK sends it");
  await page.selectOption("#sig-scheme", "v1");
  assert.equal(await page.inputValue("#sig-method"), "GET", "V1 defaults to a GET URL");
  await page.selectOption("#sig-method", "GET");
  await settle(page);
  const url = new URL((await page.textContent("#sign-out .signed pre")).trim());
  assert.equal(url.host, "vpc.cn-hangzhou.aliyuncs.com");
  const q = [...url.searchParams.entries()];
  const get = (k) => url.searchParams.get(k);
  assert.equal(get("Action"), "CreateSslVpnServer");
  assert.equal(get("Version"), "2016-04-28");
  assert.equal(get("SignatureVersion"), "1.0");
  assert.equal(get("AccessKeyId"), KEY_ID);
  assert.equal(get("LocalSubnet"), "10.0.0.0/8,172.16.0.0/16");
  assert.equal(get("Name"), "测试 vpn+*~'😀");
  assert.match(get("Timestamp"), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(get("SignatureNonce").length >= 16);
  const canonical = q.filter(([k]) => k !== "Signature").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&");
  const sts = `GET&${enc("/")}&${enc(canonical)}`;
  const expected = createHmac("sha1", `${SECRET}&`).update(sts).digest("base64");
  assert.equal(get("Signature"), expected);
  assert.ok(!url.href.includes(SECRET), "the secret is not in the URL");
});

test("V3 POST: the Authorization header verifies", async () => {
  const { page } = s;
  await page.selectOption("#sig-scheme", "v3");
  await page.selectOption("#sig-method", "POST");
  await settle(page);
  const lines = (await page.textContent("#sign-out .signed pre")).trim().split("\n");
  const [method, href] = lines[0].split(" ");
  assert.equal(method, "POST");
  const url = new URL(href);
  const headers = Object.fromEntries(lines.slice(1).filter((l) => l.includes(": ")).map((l) => {
    const i = l.indexOf(": ");
    return [l.slice(0, i).toLowerCase(), l.slice(i + 2)];
  }));
  const auth = headers.authorization;
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(auth);
  assert.ok(m, auth);
  assert.equal(m[1], KEY_ID);
  const signed = m[2].split(";");
  for (const h of ["host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"]) {
    assert.ok(signed.includes(h), `${h} is signed`);
  }
  const canonicalQuery = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&");
  const value = (h) => (h === "host" ? (headers.host ?? url.host) : headers[h]);
  const canonicalHeaders = signed.map((h) => `${h}:${value(h).trim()}\n`).join("");
  const payload = createHash("sha256").update("").digest("hex");
  const request = ["POST", "/", canonicalQuery, canonicalHeaders, m[2], payload].join("\n");
  const sts = `ACS3-HMAC-SHA256\n${createHash("sha256").update(request).digest("hex")}`;
  assert.equal(m[3], createHmac("sha256", SECRET).update(sts).digest("hex"));
  assert.equal(headers["x-acs-action"], "CreateSslVpnServer");
});

test("errors stop signing and say why", async () => {
  const { page } = s;
  await type(page, "Port", "443");
  assert.match(await page.textContent("#sign-out"), /fix the errors/);
  assert.equal(await page.isVisible("#sign-out .signed"), false);
  await type(page, "Port", "1195");
  assert.equal(await page.isVisible("#sign-out .signed"), true);
});

test("the secret is kept in memory only", async () => {
  const { page } = s;
  const found = await page.evaluate((secret) => ({
    local: JSON.stringify({ ...localStorage }).includes(secret) || localStorage.length,
    session: JSON.stringify({ ...sessionStorage }).includes(secret) || sessionStorage.length,
    cookie: document.cookie.includes(secret),
    url: location.href.includes(secret) || location.href.includes(encodeURIComponent(secret)),
    html: document.documentElement.outerHTML.includes(secret) || $root().innerHTML.includes(secret),
    links: [...$root().querySelectorAll("a[href]")].some((a) => decodeURIComponent(a.href).includes(secret)),
  }), SECRET);
  assert.deepEqual(found, { local: 0, session: 0, cookie: false, url: false, html: false, links: false });
  assert.ok(!s.consoleAll.some((m) => m.includes(SECRET)), "the secret is never logged");
  const dbs = await page.evaluate(async () => (indexedDB.databases ? (await indexedDB.databases()).length : 0));
  assert.equal(dbs, 0);
});

test("no request leaves the page's own origin and nothing errors", async () => {
  const foreign = s.requests.filter((u) => !u.startsWith(s.origin) && !u.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.deepEqual(s.consoleErrors, []);
});
