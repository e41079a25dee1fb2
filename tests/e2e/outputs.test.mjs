// Every output matches the form, instantly (issue 7). One test per defect found
// as a new user would; each failed on the page before the pipeline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, type, settle, ready, setLang } from "./harness.mjs";

const KEY_ID = "LTAI5tOutputsE2E";
const SECRET = "outputs-secret";
let s;

before(async () => {
  s = await open({ countCoreCalls: true });
  await s.page.click("#example");
  await s.page.fill("#ak-id", KEY_ID);
  await s.page.fill("#ak-secret", SECRET);
  await settle(s.page);
});
after(async () => { await s?.close(); });

const signedText = () => s.page.textContent("#sign-out .signed pre");
const snippetText = async (id) => {
  await s.page.click(`#tab-${id}`);
  await settle(s.page);
  return s.page.textContent("#snippet pre");
};
/** The nonce and timestamp a signed request (V1 URL or V3 headers) carries. */
const stamp = (text) => {
  const nonce = /SignatureNonce=([^&\s']+)|x-acs-signature-nonce: ([^\s']+)/.exec(text);
  const time = /Timestamp=([^&\s']+)|x-acs-date: ([^\s']+)/.exec(text);
  return { nonce: nonce && (nonce[1] || nonce[2]), time: time && decodeURIComponent(time[1] || time[2]) };
};

test("1. Signature V1 gives GET in the method and in the panel; V3 gives POST in both", async () => {
  const { page } = s;
  await page.selectOption("#sig-scheme", "v1");
  await settle(page);
  assert.equal(await page.inputValue("#sig-method"), "GET");
  assert.match((await signedText()).trim(), /^https:\/\/vpc\.cn-\w+\.aliyuncs\.com\/\?/, "V1 GET shows the URL");
  await page.selectOption("#sig-scheme", "v3");
  await settle(page);
  assert.equal(await page.inputValue("#sig-method"), "POST");
  assert.match(await signedText(), /^POST https:\/\//, "V3 shows a POST");
  assert.match(await signedText(), /x-acs-signature-nonce/);
});

test("2. every change to the request or a choice gets a fresh nonce and timestamp, nothing else does", async () => {
  const { page } = s;
  const seen = new Set();
  const first = stamp(await signedText());
  assert.ok(first.nonce, "the signed request carries a nonce");
  seen.add(first.nonce);
  await settle(page);
  assert.equal(stamp(await signedText()).nonce, first.nonce, "stable while nothing changes");
  for (const [name, value] of [["Port", "1195"], ["Proto", "UDP"], ["Name", "renewed"]]) {
    await type(page, name, value);
    const now = stamp(await signedText());
    assert.ok(!seen.has(now.nonce), `${name} changed, so the nonce is new`);
    seen.add(now.nonce);
    assert.equal(stamp(await snippetText("curl")).nonce, now.nonce, "curl shows the same signed request");
  }
  await page.selectOption("#sig-endpoint", "central");
  await settle(page);
  assert.ok(!seen.has(stamp(await signedText()).nonce), "an endpoint change renews too");
  await page.selectOption("#sig-endpoint", "regional");
  await settle(page);
});

test("3. an open 'Signing steps' stays open, and focus and caret stay, while typing", async () => {
  const { page } = s;
  // A finding that does not change is the same node after an unrelated keystroke.
  await type(page, "DnsServers", "1.1.1.1");
  await page.evaluate(() => { $root().querySelector("#x-DnsServers li").__mark = "kept"; });
  await page.click("#sign-out details.steps summary");
  assert.equal(await page.getAttribute("#sign-out details.steps", "open"), "");
  await page.click('[name="Name"]');
  await page.keyboard.press("End");
  await page.keyboard.type("xyz");
  await settle(page);
  assert.equal(await page.getAttribute("#sign-out details.steps", "open"), "", "still open after typing");
  assert.equal(await page.evaluate(() => $root().activeElement?.name), "Name");
  assert.equal(await page.evaluate(() => $root().activeElement.selectionStart), (await page.inputValue('[name="Name"]')).length);
  assert.equal(await page.evaluate(() => $root().querySelector("#x-DnsServers li")?.__mark), "kept", "an unchanged message is not re-created");
  await type(page, "DnsServers", "");
});

test("4. curl follows Signature and Method; SDK and CLI snippets follow the endpoint", async () => {
  const { page } = s;
  await page.selectOption("#sig-scheme", "v1");
  await settle(page);
  const url = (await signedText()).trim();
  const curl = await snippetText("curl");
  assert.match(curl, /-X GET/);
  assert.ok(curl.includes(url), "curl sends the URL the panel shows");
  assert.doesNotMatch(curl, /x-acs-signature-nonce/, "and only that request");
  await page.selectOption("#sig-scheme", "v3");
  await page.selectOption("#sig-method", "GET");
  await settle(page);
  const v3get = await snippetText("curl");
  assert.match(v3get, /-X GET/);
  assert.match(v3get, /x-acs-signature-nonce/);
  await page.selectOption("#sig-method", "POST");
  await page.selectOption("#sig-endpoint", "central");
  await settle(page);
  for (const id of ["python", "typescript", "java", "go", "php", "csharp"]) {
    const code = await snippetText(id);
    assert.match(code, /vpc\.aliyuncs\.com/, `${id} uses the central endpoint`);
    assert.doesNotMatch(code, /vpc\.cn-\w+\.aliyuncs\.com/, `${id} has no regional endpoint`);
  }
  assert.match(await snippetText("cli"), /--endpoint vpc\.aliyuncs\.com/);
  await page.selectOption("#sig-endpoint", "custom");
  await page.fill("#sig-host", "vpc-vpc.cn-hangzhou.aliyuncs.com");
  await settle(page);
  assert.match(await snippetText("python"), /'vpc-vpc\.cn-hangzhou\.aliyuncs\.com'/);
  assert.match(await signedText(), /^POST https:\/\/vpc-vpc\.cn-hangzhou\.aliyuncs\.com\//);
  await page.selectOption("#sig-endpoint", "regional");
  await settle(page);
});

test("5. in Chinese, notes, snippet comments, curl messages and times are Chinese", async () => {
  const { page } = s;
  await setLang(page, "zh");
  await settle(page);
  const cjk = /[\u4e00-\u9fff]/;
  const expiry = await page.textContent("#expiry");
  assert.match(expiry, cjk);
  assert.doesNotMatch(expiry, /\b(AM|PM)\b/, "the time is written the Chinese way");
  await type(page, "Port", "22");
  for (const id of ["cli", "powershell", "curl", "python", "typescript", "java", "go", "php", "csharp", "terraform", "ros"]) {
    await page.click(`#tab-${id}`);
    await settle(page);
    const notes = await page.$$eval("#snippet .note", (ns) => ns.filter((n) => !n.hidden).map((n) => n.textContent));
    for (const n of notes) assert.match(n, cjk, `${id}: note ${JSON.stringify(n)} is Chinese`);
    const code = (await page.textContent("#snippet pre").catch(() => "")) || "";
    const comments = code.split("\n").filter((l) => /^\s*(#|\/\/)/.test(l) && !/^#!/.test(l));
    for (const c of comments) assert.match(c, cjk, `${id}: comment ${JSON.stringify(c)} is Chinese`);
    assert.doesNotMatch(await page.textContent("#snippet"), /The request has errors|cannot be signed|Install:/, id);
  }
  await type(page, "Port", "1195");
  await setLang(page, "en");
  await settle(page);
});

test("6. choosing a custom host shows no error before anything is typed", async () => {
  const { page } = s;
  await page.selectOption("#sig-endpoint", "custom");
  await settle(page);
  assert.equal(await page.isVisible("#sig-host"), true);
  assert.equal(await page.locator("#sign-out .bad").count(), 0, "no red message for an untouched host");
  await page.fill("#sig-host", "https://not a host/");
  await settle(page);
  assert.match(await page.textContent("#sign-out .bad"), /host/i, "a typed bad host is an error");
  await page.fill("#sig-host", "");
  await page.selectOption("#sig-endpoint", "regional");
  await settle(page);
});

test("7. a suggestion containing $& is shown exactly", async () => {
  const { page } = s;
  await page.evaluate(() => {
    const c = $root().querySelector('[name="Name"]');
    c.value = "x$&y$'z\u0007";
    c.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await settle(page);
  const label = await page.textContent("#x-Name button.suggest");
  assert.equal(label, "Use x$&y$'z");
  await type(page, "Name", "ok");
});

test("8. one core call per keystroke, rendered within one frame (no debounce)", async () => {
  const { page } = s;
  await page.click("#tab-curl");
  await settle(page);
  const r = await page.evaluate(async () => {
    const port = $root().querySelector('[name="Port"]');
    const before = window.__coreCalls.count;
    const names = [];
    window.__coreCalls.names = names;
    port.focus();
    port.value = "443";
    port.dispatchEvent(new Event("input", { bubbles: true }));
    const calls = window.__coreCalls.count - before;
    // By the next frame the finding and the outputs must be on screen.
    await new Promise((r) => requestAnimationFrame(() => r()));
    const finding = $root().querySelector("#x-Port .finding.error")?.textContent || "";
    const signed = $root().querySelector("#sign-out")?.textContent || "";
    port.value = "1195";
    port.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r()));
    const curl = $root().querySelector("#snippet pre")?.textContent || "";
    return { calls, names, finding, signed, curl };
  });
  assert.equal(r.calls, 1, `core calls for one keystroke: ${r.names.join(", ")}`);
  assert.match(r.finding, /SslVpnServerPort\.Illegal/, "the finding is on screen by the next frame");
  assert.match(r.signed, /fix the errors/, "the signing panel follows in the same frame");
  assert.match(r.curl, /curl /, "curl is back by the next frame");
});

test("an untouched field shows no error until an output is asked for", async () => {
  const { page } = s;
  await page.fill("#ak-id", "");
  await page.fill("#ak-secret", "");
  await page.goto(`${s.origin}/index.html`); // without the share link the page keeps in its URL
  await ready(page);
  assert.match(await page.textContent("#summary"), /RegionId/, "the summary lists everything");
  assert.equal(await page.locator("#form .finding.error").count(), 0, "no field shows an error untouched");
  await page.fill("#ak-id", KEY_ID);
  await page.fill("#ak-secret", SECRET);
  await settle(page);
  assert.ok(await page.locator("#x-RegionId .finding.error").count() > 0, "asking for a signature shows why not, field by field");
  assert.match(await page.textContent("#sign-out"), /fix the errors/);
});

test("nothing leaves the page and nothing errors", async () => {
  assert.deepEqual(s.requests.filter((u) => !u.startsWith(s.origin) && !u.startsWith("data:")), []);
  assert.deepEqual(s.consoleErrors, []);
});
