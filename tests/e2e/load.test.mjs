// What the page loads, and when: first only what validation needs (the
// document, the stylesheet, the bundled element, the validation core of its
// language); the full core on the first use of the outputs; the other
// language's core on a switch before that; nothing from any other origin.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { open, type, settle, setLang } from "./harness.mjs";

const opened = [];
after(async () => { for (const s of opened) await s.close(); });
const files = (s) => s.requests.filter((u) => u.startsWith(s.origin)).map((u) => new URL(u).pathname.slice(1));

test("first only validation: the form works before signing and snippets load", async () => {
  const s = await open({ outputs: false });
  opened.push(s);
  const { page } = s;
  assert.deepEqual(files(s).sort(), ["index.html", "pkg/sslvpn_core_en.js", "pkg/sslvpn_core_en_bg.wasm",
    "sslvpn-builder.min.js", "style.min.css"]);
  await type(page, "Port", "443");
  assert.match(await page.textContent("#x-Port"), /SslVpnServerPort\.Illegal/);
  assert.match(await page.textContent("#sign-out"), /first use/, "the outputs say they load on first use");
  await page.waitForFunction(() => location.hash.includes("Port=443"));
  assert.ok(page.url().includes("Port=443"), "the share link follows from the first keystroke");
  assert.ok(!files(s).some((f) => f.includes("sslvpn_builder")), "no full core yet");
  // First use: a tab. The full core loads and the code is there.
  await page.click("#tab-python");
  await page.waitForSelector("sslvpn-builder[outputs]");
  await settle(page);
  assert.match(await page.textContent("#snippet pre"), /port=443/);
  assert.ok(files(s).includes("pkg/sslvpn_builder_bg.wasm"));
  assert.deepEqual(s.consoleErrors, []);
});

test("a switch to Chinese before first use loads the Chinese validation core", async () => {
  const s = await open({ outputs: false });
  opened.push(s);
  const { page } = s;
  await setLang(page, "zh");
  assert.ok(files(s).includes("pkg/sslvpn_core_zh_bg.wasm"));
  assert.match(await page.textContent("h1"), /请求构建器/);
  await type(page, "Port", "22");
  assert.match(await page.textContent("#x-Port"), /[\u4e00-\u9fff]/);
  // Typing an AccessKey is a first use of the outputs: signing answers in Chinese.
  await page.fill("#ak-id", "LTAI5tLoad");
  await page.waitForSelector("sslvpn-builder[outputs]");
  await settle(page);
  assert.match(await page.textContent("#sign-out"), /[\u4e00-\u9fff]/);
  assert.deepEqual(s.consoleErrors, []);
});

test("one core call per keystroke, before the outputs load and after", async () => {
  const s = await open({ outputs: false, countCoreCalls: true });
  opened.push(s);
  const { page } = s;
  const calls = async () => page.evaluate(() => {
    const port = $root().querySelector('[name="Port"]');
    const before = window.__coreCalls.count;
    port.value = String(1100 + Math.floor(Math.random() * 90));
    port.dispatchEvent(new Event("input", { bubbles: true }));
    return window.__coreCalls.count - before;
  });
  assert.equal(await calls(), 1, "validation core");
  await page.click("#tab-curl");
  await page.waitForSelector("sslvpn-builder[outputs]");
  assert.equal(await calls(), 1, "full core");
});
