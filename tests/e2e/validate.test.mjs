// The page validates live: findings with their documented codes appear beside
// the field and disappear when fixed; the form comes from the core's table.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { open, type, settle, ready, setLang } from "./harness.mjs";

let s;
before(async () => { s = await open(); });
after(async () => { await s?.close(); });

test("the form has one labelled control per parameter, named by wire name", async () => {
  const controls = await s.page.$$eval("#form [name]", (els) => els.map((e) => ({
    name: e.name, tag: e.tagName, required: e.getAttribute("aria-required"),
    label: $root().querySelector(`label[for="${e.id}"]`)?.textContent || "",
    describedBy: e.getAttribute("aria-describedby"),
  })));
  const names = controls.map((c) => c.name);
  for (const n of ["Action", "RegionId", "VpnGatewayId", "ClientIpPool", "LocalSubnet", "Name", "ClientToken",
    "Proto", "Cipher", "Port", "Compress", "EnableMultiFactorAuth", "IDaaSInstanceId", "IDaaSRegionId",
    "IDaaSApplicationId", "DryRun", "DnsServers"]) {
    assert.ok(names.includes(n), `control for ${n}`);
  }
  assert.equal(new Set(names).size, names.length, "one control per parameter");
  for (const c of controls) {
    assert.ok(c.label.includes(c.name), `${c.name} is labelled`);
    assert.ok(c.describedBy.includes(`x-${c.name}`), `${c.name} is described by its findings`);
  }
  const required = controls.filter((c) => c.required === "true").map((c) => c.name).sort();
  assert.deepEqual(required, ["Action", "ClientIpPool", "LocalSubnet", "RegionId", "VpnGatewayId"]);
  const selects = controls.filter((c) => c.tag === "SELECT").map((c) => c.name).sort();
  // Action is the Operation choice: the family's operations.
  assert.deepEqual(selects, ["Action", "Cipher", "Compress", "DryRun", "EnableMultiFactorAuth", "Proto"]);
  const cipher = await s.page.$$eval('[name="Cipher"] option', (os) => os.map((o) => o.value));
  assert.deepEqual(cipher, ["", "AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "none"]);
});

test("a reserved port shows SslVpnServerPort.Illegal with HTTP 400, then clears", async () => {
  const { page } = s;
  await type(page, "Port", "443");
  const item = page.locator("#x-Port .finding.error");
  await item.waitFor();
  const text = await item.textContent();
  assert.match(text, /SslVpnServerPort\.Illegal/);
  assert.match(text, /HTTP 400/);
  assert.equal(await page.getAttribute('[name="Port"]', "aria-invalid"), "true");
  assert.match(await page.textContent("#summary"), /SslVpnServerPort\.Illegal/);
  await type(page, "Port", "1194");
  assert.equal(await page.locator("#x-Port .finding").count(), 0);
  assert.equal(await page.getAttribute('[name="Port"]', "aria-invalid"), null);
  assert.doesNotMatch(await page.textContent("#summary"), /SslVpnServerPort/);
});

test("the suggestion button applies the fix", async () => {
  const { page } = s;
  await type(page, "ClientIpPool", "192.168.0.0/30");
  const item = page.locator("#x-ClientIpPool .finding.error");
  await item.waitFor();
  assert.match(await item.textContent(), /ClientIpPool\.NetmaskInvalid/);
  await item.locator("button.suggest").click();
  await settle(page);
  assert.equal(await page.inputValue('[name="ClientIpPool"]'), "192.168.0.0/29");
  assert.equal(await page.locator("#x-ClientIpPool .finding.error").count(), 0);
});

test("the example is a valid request and the page says so", async () => {
  const { page } = s;
  await page.click("#clear");
  await page.click("#example");
  await settle(page);
  assert.match(await page.textContent("#status"), /valid/i);
  assert.equal(await page.getAttribute("#status", "class"), "banner good");
  await type(page, "LocalSubnet", "192.168.1.0/24");
  const status = await page.textContent("#status");
  assert.match(status, /^1 error:/);
  assert.match(await page.textContent("#x-ClientIpPool"), /ClientIpPool\.SubnetInvalid/);
  mkdirSync("../../target/e2e", { recursive: true });
  await page.screenshot({ path: "../../target/e2e/page.png", fullPage: true });
});

test("Chinese switches labels and messages", async () => {
  const { page } = s;
  await setLang(page, "zh");
  await settle(page);
  assert.match(await page.textContent('label[for="f-ClientIpPool"]'), /客户端网段/);
  assert.match(await page.textContent("#x-ClientIpPool"), /重叠/);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  await setLang(page, "en");
});

test("the layout never scrolls sideways, in either language, wide or narrow", async () => {
  const { page } = s;
  for (const lang of ["zh", "en"]) {
    await setLang(page, lang);
    for (const width of [1280, 420]) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      for (const sel of ["html", "aside", "#form"]) {
        const [scroll, client] = await page.$eval(sel, (n) => [n.scrollWidth, n.clientWidth]);
        assert.ok(scroll <= client, `${sel}, ${lang} at ${width}px: scrollWidth ${scroll} > ${client}`);
      }
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("hostile input keeps the page usable", async () => {
  const { page } = s;
  await type(page, "Name", "x".repeat(200000) + "\u0007</script>${x}");
  assert.equal(await page.evaluate(() => $root().querySelector('[name="Name"]').value.length), 1025,
    "the field holds one character over the cap, not 200,000");
  const name = await page.textContent("#x-Name");
  assert.match(name, /longer than 1024 characters/);
  assert.ok(name.length < 2000, "the value is not echoed whole");
  await type(page, "Name", "ok");
  assert.equal(await page.locator("#x-Name .finding.error").count(), 0);
});

test("no request leaves the page's own origin and nothing errors", async () => {
  const foreign = s.requests.filter((u) => !u.startsWith(s.origin) && !u.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.deepEqual(s.consoleErrors, []);
});
