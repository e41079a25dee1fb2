// The SSL-VPN server family in the real page: the Operation choice switches
// the form to ModifySslVpnServer, DeleteSslVpnServer or DescribeSslVpnServers
// (their tables come with the full core), a Modify request is signed V1 and
// V3 and both verify here with Node's crypto, every snippet tab names the
// operation, and a share link, a pasted command and the element's
// `operation` attribute open the right operation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { open, type, settle, ready } from "./harness.mjs";

const KEY_ID = "LTAI5tFamilyKeyId";
const SECRET = "family-e2e-secret";
const SERVER = "vss-bp18q7hzj6largv4v1abcd";
let s;

before(async () => { s = await open(); });
after(async () => { await s?.close(); });

const enc = (x) => encodeURIComponent(x).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sorted = (pairs) => pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&");
const fields = (page) => page.evaluate(() => [...$root().querySelectorAll("#form [name]")].map((c) => c.name));
// A field only that operation's form has: the switch is done when it shows.
const ONLY = { CreateSslVpnServer: "VpnGatewayId", ModifySslVpnServer: "Compress", DeleteSslVpnServer: null, DescribeSslVpnServers: "PageSize" };
const shown = (page, name) => page.waitForFunction(([n, only]) => $root().querySelector('[name="Action"]').value === n
  && (only ? !!$root().querySelector(`[name="${only}"]`) : !$root().querySelector('[name="Name"]')), [name, ONLY[name]]);
const pick = async (page, name) => {
  await page.selectOption('[name="Action"]', name);
  await shown(page, name);
  await settle(page);
};

test("the Operation choice switches the form to each operation's parameters", async () => {
  const { page } = s;
  const label = await page.evaluate(() => $root().querySelector('label[for="f-Action"] .label').textContent);
  assert.equal(label, "Operation");
  const names = await page.$$eval('[name="Action"]', ([sel]) => [...sel.options].map((o) => o.value));
  assert.deepEqual(names, ["CreateSslVpnServer", "ModifySslVpnServer", "DeleteSslVpnServer", "DescribeSslVpnServers"]);
  await type(page, "Name", "kept across operations");
  await pick(page, "DescribeSslVpnServers");
  const describe = await fields(page);
  for (const n of ["SslVpnServerId", "VpnGatewayId", "Name", "ResourceGroupId", "PageNumber", "PageSize"]) assert.ok(describe.includes(n), n);
  assert.ok(!describe.includes("ClientIpPool"));
  assert.equal(await page.inputValue('[name="Name"]'), "kept across operations", "a value both operations have is kept");
  await pick(page, "DeleteSslVpnServer");
  assert.deepEqual(await fields(page), ["Action", "RegionId", "SslVpnServerId", "ClientToken"]);
  await pick(page, "DescribeSslVpnServers");
  await type(page, "PageSize", "51");
  assert.match(await page.textContent("#x-PageSize"), /1 to 50/);
  await pick(page, "ModifySslVpnServer");
  const modify = await fields(page);
  assert.ok(modify.includes("SslVpnServerId") && modify.includes("ClientIpPool") && !modify.includes("VpnGatewayId"));
  // The coaching is Modify's own.
  assert.match(await page.textContent("#coach"), /Name alone is synchronous/);
});

test("a Modify request signs V1 and V3, both verify independently, and every tab names it", async () => {
  const { page } = s;
  await type(page, "Name", "");
  await type(page, "RegionId", "cn-hangzhou");
  await type(page, "SslVpnServerId", SERVER);
  await type(page, "Port", "1195");
  await page.fill("#ak-id", KEY_ID);
  await page.fill("#ak-secret", SECRET);
  await settle(page);
  assert.match(await page.textContent("#status"), /valid/i);
  // V1 GET
  await page.selectOption("#sig-scheme", "v1");
  await settle(page);
  const url = new URL((await page.textContent("#sign-out .signed pre")).trim());
  assert.equal(url.searchParams.get("Action"), "ModifySslVpnServer");
  assert.equal(url.searchParams.get("SslVpnServerId"), SERVER);
  assert.equal(url.searchParams.get("Port"), "1195");
  assert.equal(url.searchParams.get("ClientIpPool"), null, "only what is set is sent");
  const q = [...url.searchParams.entries()].filter(([k]) => k !== "Signature");
  const sts = `GET&${enc("/")}&${enc(sorted(q))}`;
  assert.equal(url.searchParams.get("Signature"), createHmac("sha1", `${SECRET}&`).update(sts).digest("base64"));
  // V3 POST
  await page.selectOption("#sig-scheme", "v3");
  await settle(page);
  const lines = (await page.textContent("#sign-out .signed pre")).trim().split("\n");
  const v3 = new URL(lines[0].split(" ")[1]);
  const headers = Object.fromEntries(lines.slice(1).filter((l) => l.includes(": ")).map((l) => {
    const i = l.indexOf(": ");
    return [l.slice(0, i).toLowerCase(), l.slice(i + 2)];
  }));
  assert.equal(headers["x-acs-action"], "ModifySslVpnServer");
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(headers.authorization);
  const value = (h) => (h === "host" ? (headers.host ?? v3.host) : headers[h]);
  const canonicalHeaders = m[2].split(";").map((h) => `${h}:${value(h).trim()}\n`).join("");
  const request = ["POST", "/", sorted([...v3.searchParams.entries()]), canonicalHeaders, m[2], createHash("sha256").update("").digest("hex")].join("\n");
  const sts3 = `ACS3-HMAC-SHA256\n${createHash("sha256").update(request).digest("hex")}`;
  assert.equal(m[3], createHmac("sha256", SECRET).update(sts3).digest("hex"));
  // Every tab.
  const tabs = await page.$$eval("#code [role=tab]", (ts) => ts.map((t) => t.id));
  assert.equal(tabs.length, 11);
  for (const id of tabs) {
    await page.click(`#${id}`);
    await settle(page);
    const code = await page.textContent("#snippet pre");
    assert.match(code, /ModifySslVpnServer|modifySslVpnServer|modify_ssl_vpn_server/, id);
    assert.ok(!/CreateSslVpnServer|createSslVpnServer|create_ssl_vpn_server/.test(code), `${id} names Create`);
  }
});

test("the share link carries the operation and opens it cold", async () => {
  const { page } = s;
  await page.waitForFunction(() => location.hash.includes("operation=ModifySslVpnServer"));
  const cold = await s.context.newPage();
  await cold.goto(page.url());
  await ready(cold);
  await cold.waitForFunction(() => $root().querySelector('[name="Action"]').value === "ModifySslVpnServer"
    && $root().querySelector('[name="SslVpnServerId"]')?.value);
  assert.equal(await cold.inputValue('[name="SslVpnServerId"]'), SERVER);
  assert.equal(await cold.inputValue('[name="Port"]'), "1195");
  await cold.close();
});

test("a pasted Delete command switches the operation and fills it", async () => {
  const { page } = s;
  await page.fill("#import-text", `aliyun vpc DeleteSslVpnServer --RegionId cn-shanghai --SslVpnServerId ${SERVER}`);
  await page.click("#import-do");
  await shown(page, "DeleteSslVpnServer");
  await settle(page);
  assert.equal(await page.inputValue('[name="RegionId"]'), "cn-shanghai");
  assert.equal(await page.inputValue('[name="SslVpnServerId"]'), SERVER);
  await pick(page, "CreateSslVpnServer");
  assert.ok((await fields(page)).includes("VpnGatewayId"), "back to Create");
});

test("a remembered Modify request comes back as Modify after a reload", async () => {
  const { page } = s;
  await pick(page, "ModifySslVpnServer");
  await type(page, "RegionId", "cn-beijing");
  await type(page, "SslVpnServerId", SERVER);
  await page.check("#remember");
  await settle(page);
  await page.evaluate(() => { history.replaceState(null, "", location.pathname); });
  await page.reload();
  await ready(page);
  await shown(page, "ModifySslVpnServer");
  assert.equal(await page.inputValue('[name="SslVpnServerId"]'), SERVER);
  assert.equal(await page.inputValue('[name="RegionId"]'), "cn-beijing");
  await page.click("#forget");
});

test("no request leaves the page's own origin and nothing errors", async () => {
  assert.deepEqual(s.requests.filter((u) => !u.startsWith(s.origin) && !u.startsWith("data:")), []);
  assert.deepEqual(s.consoleErrors, []);
});

test("a value another operation hid comes back with its operation; the catalogue lists the operation's codes", async () => {
  const t = await open();
  try {
    const { page } = t;
    await type(page, "ClientIpPool", "192.168.9.0/24");
    await type(page, "Name", "keep me");
    const listed = () => page.evaluate(() => [...$root().querySelectorAll("#catalogue details")].filter((d) => !d.hidden).map((d) => d.id.slice(2)));
    const all = await listed();
    assert.equal(all.length, 24);
    await pick(page, "DeleteSslVpnServer");
    assert.deepEqual((await listed()).sort(), ["Forbbiden.SubUser", "Forbidden", "InvalidSslVpnServerId.NotFound", "VpnGateway.Configuring", "VpnGateway.FinancialLocked"]);
    await pick(page, "CreateSslVpnServer");
    assert.equal(await page.inputValue('[name="ClientIpPool"]'), "192.168.9.0/24", "Create's pool is back");
    assert.equal(await page.inputValue('[name="Name"]'), "keep me");
    assert.equal((await listed()).length, 24);
    // A value cleared on the way stays cleared.
    await type(page, "Name", "");
    await pick(page, "DescribeSslVpnServers");
    assert.equal(await page.inputValue('[name="Name"]'), "");
    assert.equal((await listed()).length, 2);
    assert.equal(await page.textContent("#catalogue-help"), "Every error code documented for DescribeSslVpnServers.");
  } finally {
    await t.close();
  }
});
