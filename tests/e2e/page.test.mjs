// The page's helpers beyond checking: remembered on request (never a
// credential), the client pool picture, the ClientToken generator, coaching,
// print, and a phone-width layout with tap targets of at least 24 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, type, settle, ready, setLang } from "./harness.mjs";

const SECRET = "page-test-secret-value";
let s;
before(async () => { s = await open(); });
after(async () => { await s?.close(); });

test("remembering is off by default, keeps parameters only, and forgets on request", async () => {
  const { page } = s;
  await page.click("#example");
  await page.fill("#ak-id", "LTAI5tRemember");
  await page.fill("#ak-secret", SECRET);
  await type(page, "Name", "remember me 😀 & #1 100%");
  assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing is stored until asked");
  await page.check("#remember");
  await settle(page);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.match(stored, /remember me/);
  assert.ok(!stored.includes(SECRET) && !stored.includes("LTAI5tRemember"), "never a credential");
  assert.equal(await page.isVisible("#forget"), true, "a visible way to forget");
  // The address bar (a share link, which wins over what was remembered)
  // follows the form a moment after the last change.
  await page.waitForFunction(() => location.hash.includes("remember"));
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('[name="Name"]'), "remember me 😀 & #1 100%");
  assert.equal(await page.isChecked("#remember"), true);
  assert.equal(await page.inputValue("#ak-secret"), "", "credentials are not restored");
  await page.click("#forget");
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.evaluate(() => { location.hash = ""; });
  await page.reload();
  await ready(page);
  assert.equal(await page.isChecked("#remember"), false);
});

test("the client pool picture shows overlaps and the pool's capacity", async () => {
  const { page } = s;
  await type(page, "ClientIpPool", "10.0.0.0/24");
  await type(page, "LocalSubnet", "10.0.0.0/16, 172.16.0.0/12");
  const bars = await page.$$eval("#picture .bar", (bs) => bs.map((b) => b.className));
  assert.deepEqual(bars, ["bar pool clash", "bar local clash", "bar local"]);
  assert.match(await page.textContent("#picture-caption"), /64 clients.*overlaps 1/);
  await type(page, "ClientIpPool", "192.168.0.0/16");
  assert.match(await page.textContent("#picture-caption"), /16384 clients and overlaps no/);
  await setLang(page, "zh");
  assert.match(await page.textContent("#picture-caption"), /16384 个客户端/);
  await setLang(page, "en");
});

test("Generate gives a fresh ClientToken with the note to reuse it on retry", async () => {
  const { page } = s;
  await page.click("#gen-token");
  await settle(page);
  const a = await page.inputValue('[name="ClientToken"]');
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.match(await page.textContent("#token-note"), /retry with this same token/);
  assert.equal(await page.locator("#x-ClientToken .finding.error").count(), 0);
  await page.click("#gen-token");
  assert.notEqual(await page.inputValue('[name="ClientToken"]'), a);
});

test("coaching before sending, in both languages", async () => {
  const { page } = s;
  const en = await page.textContent("#coach");
  for (const w of [/asynchronous/, /DescribeVpnGateway/, /active/, /one SSL server/, /SSL-VPN must be enabled/, /IDaaS/]) assert.match(en, w);
  await setLang(page, "zh");
  assert.match(await page.textContent("#coach"), /异步.*DescribeVpnGateway/);
  await setLang(page, "en");
});

test("print: no buttons, no placeholder as a value, outputs in full", async () => {
  const { page } = s;
  await page.click("#example");
  await page.fill("#ak-id", "LTAI5tPrint");
  await page.fill("#ak-secret", SECRET);
  await page.click("#tab-python");
  await settle(page);
  await page.emulateMedia({ media: "print" });
  const r = await page.evaluate(() => {
    const root = $root();
    const visible = (n) => getComputedStyle(n).display !== "none" && n.getClientRects().length > 0;
    const pre = root.querySelector("#snippet pre");
    return {
      buttons: [...root.querySelectorAll("button")].filter(visible).map((b) => b.textContent),
      placeholder: getComputedStyle(root.querySelector('[name="Name"]'), "::placeholder").color,
      preMax: getComputedStyle(pre).maxHeight, preFull: pre.scrollHeight <= pre.clientHeight + 1,
      aside: getComputedStyle(root.querySelector("aside")).position,
    };
  });
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(r.buttons, []);
  assert.equal(r.placeholder, "rgba(0, 0, 0, 0)");
  assert.equal(r.preMax, "none");
  assert.ok(r.preFull, "the snippet is not cut off");
  assert.equal(r.aside, "static");
});

test("phone width: a sticky bar with the error count jumps to the summary and the outputs; targets of 24 px", async () => {
  const { page } = s;
  await page.setViewportSize({ width: 375, height: 800 });
  await type(page, "Port", "443");
  assert.equal(await page.isVisible(".phonebar"), true);
  assert.match(await page.textContent(".phonebar .count"), /^1 error$/);
  await page.evaluate(() => scrollTo(0, 3000));
  const top = await page.evaluate(() => $root().querySelector(".phonebar").getBoundingClientRect().top);
  assert.equal(top, 0, "the bar stays at the top while scrolling");
  await page.click('.phonebar a[href="#signing"]');
  await settle(page);
  const y = await page.evaluate(() => $root().querySelector("#signing").getBoundingClientRect().top);
  assert.ok(y >= 0 && y < 800, `the outputs are in view (${y})`);
  await page.click('.phonebar a[href="#status-h"]');
  await settle(page);
  const small = await page.evaluate(() => [...$root().querySelectorAll("button, input:not([type=checkbox]), select, summary, [role=tab], .phonebar a, label.check")]
    .filter((n) => n.getClientRects().length && getComputedStyle(n).display !== "none")
    .map((n) => [n.id || n.className || n.tagName, n.getBoundingClientRect()])
    .filter(([, r]) => r.height < 24 || r.width < 24)
    .map(([n, r]) => `${n} ${Math.round(r.width)}x${Math.round(r.height)}`));
  assert.deepEqual(small, []);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `no sideways scroll at 375 px (${scroll} > ${client})`);
  await type(page, "Port", "");
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("nothing leaves the page and nothing errors", async () => {
  assert.deepEqual(s.requests.filter((u) => !u.startsWith(s.origin) && !u.startsWith("data:")), []);
  assert.deepEqual(s.consoleErrors, []);
});
