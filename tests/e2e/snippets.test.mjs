// Snippets in the real page: one tab per target, updated live, copy announced.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, type, settle, ready } from "./harness.mjs";

let s;
before(async () => {
  s = await open();
  await s.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: s.origin });
  for (const [k, v] of Object.entries({
    RegionId: "cn-shanghai", VpnGatewayId: "vpn-bp1hgim8by0kc9nga5lg3", ClientIpPool: "192.168.1.0/24",
    LocalSubnet: "10.0.0.0/8", Name: `it's "quoted" $HOME \`x\``,
  })) await type(s.page, k, v);
});
after(async () => { await s?.close(); });

const tab = async (id) => {
  await s.page.click(`#tab-${id}`);
  await settle(s.page);
  return s.page.textContent("#snippet pre");
};

test("every target has a tab", async () => {
  const ids = await s.page.$$eval("[role=tab]", (t) => t.map((x) => x.id.replace("tab-", "")));
  for (const id of ["cli", "powershell", "curl", "python", "typescript", "java", "go", "php", "csharp", "terraform", "ros"]) {
    assert.ok(ids.includes(id), `tab ${id}`);
  }
});

test("snippets follow the form live and use each SDK's names", async () => {
  const { page } = s;
  assert.match(await tab("python"), /region_id='cn-shanghai'/);
  await type(page, "EnableMultiFactorAuth", "true");
  await type(page, "IDaaSInstanceId", "idaas_ue2jvisn35ea5lmthk267xxxxx");
  assert.match(await tab("python"), /idaa_sinstance_id=/);
  assert.match(await tab("typescript"), /IDaaSInstanceId:/);
  assert.match(await tab("terraform"), /two-factor/i);
  const cli = await tab("cli");
  assert.match(cli, /aliyun vpc CreateSslVpnServer/);
  assert.match(cli, /--RegionId/);
  assert.ok(!cli.includes("ALIBABA_CLOUD_ACCESS_KEY_SECRET=") || !/ALIBABA_CLOUD_ACCESS_KEY_SECRET=\S/.test(cli));
});

test("a request with errors is flagged beside the snippet", async () => {
  const { page } = s;
  await type(page, "Port", "22");
  await tab("python");
  assert.match(await page.textContent("#snippet"), /has errors/);
  await type(page, "Port", "");
  await tab("python");
  assert.doesNotMatch(await page.textContent("#snippet"), /has errors/);
});

test("copy puts the snippet on the clipboard and announces it", async () => {
  const { page } = s;
  const code = await tab("go");
  await page.click("#snippet .copy");
  // The handler awaits the clipboard before it announces: wait for it.
  await page.waitForFunction(() => $root().querySelector("[role=status].sr-only").textContent !== "");
  assert.equal(await page.textContent("[role=status][aria-live=polite].sr-only"), "Copied");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
});

test("no request leaves the page's own origin", async () => {
  assert.deepEqual(s.requests.filter((u) => !u.startsWith(s.origin) && !u.startsWith("data:")), []);
  assert.deepEqual(s.consoleErrors, []);
});
