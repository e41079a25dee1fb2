// Links in and out, and Import, in the real page: share links round-trip every
// parameter (Unicode, &, #, %, emoji) and the language and hold no credential;
// #field= and #error= work on a cold load; Import reads every format into the
// form and re-verifies a signed request with the credentials typed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, type, settle, ready, setLang } from "./harness.mjs";

const KEY_ID = "LTAI5tLinksE2E";
const SECRET = "links-secret/+=value";
const NASTY = {
  RegionId: "cn-hangzhou", VpnGatewayId: "vpn-bp1hgim8by0kc9nga5lg3", ClientIpPool: "192.168.100.0/24",
  LocalSubnet: "10.0.0.0/8,172.16.0.0/16", Name: "测试 a&b=c #1 100% 😀 'q' \"dq\" + ~",
  ClientToken: "tok&#%", Proto: "UDP", Port: "1195", Cipher: "AES-256-CBC", Compress: "true",
  EnableMultiFactorAuth: "true", IDaaSInstanceId: "idaas-cn-hangzhou-p0abc1234", IDaaSRegionId: "cn-hangzhou",
  IDaaSApplicationId: "app_my6g4qmvnwxzj2f1234", DryRun: "false", DnsServers: "1.1.1.1&8.8.8.8",
};
let s;
before(async () => {
  s = await open();
  await s.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: s.origin });
});
after(async () => { await s?.close(); });

const fill = async (page, values) => { for (const [k, v] of Object.entries(values)) await type(page, k, v); };
const formValues = (page) => page.evaluate(() => Object.fromEntries([...$root().querySelectorAll("#form [name]")]
  .filter((c) => c.value !== "" && c.name !== "Action").map((c) => [c.name, c.value])));

test("a share link round-trips every parameter and the language, and holds no credential", async () => {
  const { page, context } = s;
  await fill(page, NASTY);
  await page.fill("#ak-id", KEY_ID);
  await page.fill("#ak-secret", SECRET);
  await setLang(page, "zh");
  // The address bar follows the form a moment after the last change.
  await page.waitForFunction(() => location.hash.includes("lang=zh") && location.hash.includes("DnsServers="));
  const url = page.url();
  assert.ok(!url.includes(KEY_ID) && !url.includes(encodeURIComponent(SECRET)) && !url.includes("links-secret"), url);
  await page.click("#copy-link");
  await page.waitForFunction(() => $root().querySelector("[role=status].sr-only").textContent !== "");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url, "Copy link copies the address");
  const cold = await context.newPage();
  await cold.goto(url);
  await ready(cold);
  assert.deepEqual(await formValues(cold), NASTY);
  assert.equal(await cold.inputValue("#lang"), "zh");
  assert.match(await cold.textContent("h1"), /请求构建器/);
  assert.equal(await cold.inputValue("#ak-secret"), "", "no credential comes from a link");
  await cold.close();
  await setLang(page, "en");
});

test("#field= focuses that field and #error= opens its catalogue entry, on a cold load", async () => {
  const { context, origin } = s;
  const p = await context.newPage();
  await p.setViewportSize({ width: 1280, height: 700 });
  await p.goto(`${origin}/index.html#field=LocalSubnet`);
  await ready(p);
  await settle(p);
  assert.equal(await p.evaluate(() => $root().activeElement?.name), "LocalSubnet");
  const y = await p.evaluate(() => $root().querySelector('[name="LocalSubnet"]').getBoundingClientRect().top);
  assert.ok(y > 0 && y < 700, `in view (${y})`);
  await p.close();
  const q = await context.newPage();
  await q.setViewportSize({ width: 1280, height: 700 });
  await q.goto(`${origin}/index.html#error=ClientIpPool.SubnetInvalid`);
  await ready(q);
  await settle(q);
  const entry = await q.evaluate(() => {
    const d = $root().getElementById("e-ClientIpPool.SubnetInvalid");
    const r = d.getBoundingClientRect();
    return { open: d.open, text: d.textContent, visible: r.top >= 0 && r.top < innerHeight, top: r.top };
  });
  assert.equal(entry.open, true, "the entry is open");
  assert.ok(entry.visible, `scrolled into view (${JSON.stringify(entry)})`);
  assert.match(entry.text, /HTTP 400/);
  assert.match(entry.text, /client-ip-pool-overlap|Predicted/);
  await q.close();
});

/** Pastes into Import and imports; returns the import panel's text. */
async function importText(page, text) {
  await page.fill("#import-text", text);
  await page.click("#import-do");
  await settle(page);
  return page.textContent("#import-note");
}

test("import: a bash aliyun command with hostile quoting fills exactly those values", async () => {
  const { page } = s;
  await page.click("#clear");
  const note = await importText(page, `aliyun vpc CreateSslVpnServer \\
  --RegionId cn-shanghai \\
  --VpnGatewayId "vpn-bp1hgim8by0kc9nga5lg3" \\
  --ClientIpPool '192.168.1.0/24' --LocalSubnet=10.0.0.0/8 \\
  --Name $'it\\'s "mine" \\u6d4b\\u8bd5' --Port 1195 --force`);
  assert.match(note, /Imported 6 parameters/);
  assert.deepEqual(await formValues(page), {
    RegionId: "cn-shanghai", VpnGatewayId: "vpn-bp1hgim8by0kc9nga5lg3", ClientIpPool: "192.168.1.0/24",
    LocalSubnet: "10.0.0.0/8", Name: "it's \"mine\" 测试", Port: "1195",
  });
  assert.match(await page.textContent("#status"), /valid/);
});

test("import: PowerShell, JSON and a Python snippet", async () => {
  const { page } = s;
  await importText(page, "aliyun vpc CreateSslVpnServer `\n  --RegionId 'cn-beijing' `\n  --Name 'it''s' `\n  --VpnGatewayId vpn-x `\n  --ClientIpPool 192.168.2.0/24 `\n  --LocalSubnet 10.1.0.0/16");
  assert.equal(await page.inputValue('[name="Name"]'), "it's");
  assert.equal(await page.inputValue('[name="RegionId"]'), "cn-beijing");
  await importText(page, JSON.stringify({ RegionId: "cn-hangzhou", Port: 443, Compress: true }));
  assert.deepEqual(await formValues(page), { RegionId: "cn-hangzhou", Port: "443", Compress: "true" });
  assert.match(await page.textContent("#x-Port"), /SslVpnServerPort\.Illegal/);
  await page.click("#clear");
  await fill(page, { RegionId: "cn-hangzhou", VpnGatewayId: "vpn-bp1hgim8by0kc9nga5lg3", ClientIpPool: "192.168.1.0/24",
    LocalSubnet: "10.0.0.0/8", Name: "py 'snippet' \\ 😀" });
  await page.click("#tab-python");
  await settle(page);
  const code = await page.textContent("#snippet pre");
  const before = await formValues(page);
  await page.click("#clear");
  await importText(page, code);
  assert.deepEqual(await formValues(page), before);
});

test("import: the page's own V1 URL and V3 request round-trip and re-verify with the credentials typed", async () => {
  const { page } = s;
  await page.fill("#ak-id", KEY_ID);
  await page.fill("#ak-secret", SECRET);
  for (const [scheme, method] of [["v1", "GET"], ["v3", "POST"], ["v1", "POST"]]) {
    await page.selectOption("#sig-scheme", scheme);
    await page.selectOption("#sig-method", method);
    await settle(page);
    const request = await page.textContent("#sign-out .signed pre");
    const before = await formValues(page);
    await page.click("#clear");
    assert.match(await importText(page, request), /signature matches/, `${scheme} ${method}`);
    assert.deepEqual(await formValues(page), before, `${scheme} ${method}`);
    assert.equal(await page.inputValue("#sig-scheme"), scheme);
    await page.fill("#ak-secret", "another-secret");
    await settle(page);
    assert.match(await page.textContent("#import-note"), /does not match/);
    await page.fill("#ak-secret", SECRET);
    await settle(page);
  }
});

test("import: an API error response opens its catalogue entry and marks the field", async () => {
  const { page } = s;
  const note = await importText(page, '{"RequestId":"5BE8A6B0-0E1B","HostId":"vpc.aliyuncs.com","Code":"ClientIpPool.SubnetInvalid","Message":"The specified client ip pool is invalid."}');
  assert.match(note, /ClientIpPool\.SubnetInvalid/);
  assert.equal(await page.evaluate(() => $root().getElementById("e-ClientIpPool.SubnetInvalid").open), true);
  assert.equal(await page.evaluate(() => $root().querySelector("#w-ClientIpPool").classList.contains("marked")), true);
});

test("import: garbage gets a clear message and the form is left alone", async () => {
  const { page } = s;
  const before = await formValues(page);
  const note = await importText(page, "this is not a request ' \" `");
  assert.match(note, /\S/);
  assert.deepEqual(await formValues(page), before);
});

test("nothing leaves the page and nothing errors", async () => {
  assert.deepEqual(s.requests.filter((u) => !u.startsWith(s.origin) && !u.startsWith("data:")), []);
  assert.deepEqual(s.consoleErrors, []);
});
