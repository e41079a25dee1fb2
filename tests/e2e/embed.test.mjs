// <sslvpn-builder> embedded in a documentation page, served from a sub-path
// out of the npm-style package folder, with host CSS that would wreck any
// unscoped widget: in both languages and both themes, validation works inside
// the shadow root, `change` fires with the report, no style crosses the
// boundary either way, axe-core finds nothing, and the host page is untouched.
// Also: an iframe learns the builder's height; screenshots for the README.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { serve, settle, ready, WWW, chromiumPath, setLang } from "./harness.mjs";

const PACKAGE = fileURLToPath(new URL("../../target/npm/sslvpn-builder/", import.meta.url));
const HOST = fileURLToPath(new URL("./host/", import.meta.url));
const SHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const AXE = fileURLToPath(new URL("./node_modules/axe-core/axe.min.js", import.meta.url));
mkdirSync(SHOTS, { recursive: true });

let server, origin, browser;
before(async () => {
  server = await serve({ "/docs/tools/sslvpn/": PACKAGE, "/docs/": HOST, "/": WWW });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
});
after(async () => { await browser?.close(); server?.close(); });

async function hostPage({ colorScheme = "light", width = 1280 } = {}) {
  const context = await browser.newContext({ locale: "en-US", colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${origin}/docs/api.html`);
  await ready(page);
  return { page, context, errors, requests };
}

for (const lang of ["en", "zh"]) {
  for (const theme of ["light", "dark"]) {
    test(`embedded, ${lang}, ${theme}: validation, change event, isolation, axe, host untouched`, async () => {
      const { page, context, errors, requests } = await hostPage({ colorScheme: theme });
      const before = await page.evaluate(() => ({
        title: document.title, hash: location.hash,
        h1: getComputedStyle(document.querySelector("#doc-title")).fontSize,
        text: document.querySelector("main.docs").innerText.slice(0, 200),
        button: getComputedStyle(document.querySelector("#doc-button")).backgroundColor,
      }));
      await page.evaluate(([l, th]) => {
        const b = document.querySelector("sslvpn-builder");
        b.setAttribute("theme", th);
        b.setAttribute("lang", l);
        window.changes = [];
        b.addEventListener("change", (e) => window.changes.push(e.detail));
      }, [lang, theme]);
      // A language other than the page's loads that language's core first.
      await page.waitForFunction((l) => l === "en"
        || /[\u4e00-\u9fff]/.test(document.querySelector("sslvpn-builder").shadowRoot.querySelector("h1").textContent), lang);
      await settle(page);

      // Validation inside the shadow root.
      await page.fill('sslvpn-builder [name="Port"]', "443");
      await settle(page);
      const finding = await page.evaluate(() => document.querySelector("sslvpn-builder").shadowRoot.querySelector("#x-Port .finding.error")?.textContent || "");
      assert.match(finding, /SslVpnServerPort\.Illegal/);
      assert.match(finding, lang === "zh" ? /[\u4e00-\u9fff]/ : /reserved/);

      // The change event carries the parameters and the report.
      const last = await page.evaluate(() => window.changes.at(-1));
      assert.equal(last.params.Port, "443");
      assert.equal(last.report.valid, false);
      assert.ok(last.report.findings.some((f) => f.code === "SslVpnServerPort.Illegal"));
      assert.equal(last.lang, lang);

      // Nothing of the host's CSS inside; the theme's colours are.
      const inside = await page.evaluate(() => {
        const r = document.querySelector("sslvpn-builder").shadowRoot;
        const cs = (sel) => getComputedStyle(r.querySelector(sel));
        return {
          font: cs(".app").fontFamily, color: cs(".app").color, bg: cs(".app").backgroundColor,
          spacing: cs(".app").letterSpacing, input: cs('[name="RegionId"]').display,
          banner: cs("#status").display, fieldset: cs("fieldset").borderTopStyle, h1: cs("h1").fontSize,
          button: cs("#example").backgroundColor,
        };
      });
      assert.doesNotMatch(inside.font, /Courier/);
      assert.notEqual(inside.color, "rgb(200, 0, 0)");
      assert.equal(inside.bg, theme === "dark" ? "rgb(22, 24, 29)" : "rgb(247, 248, 250)");
      assert.equal(inside.spacing, "normal");
      assert.notEqual(inside.input, "none");
      assert.notEqual(inside.banner, "none");
      assert.notEqual(inside.fieldset, "dashed");
      assert.notEqual(inside.h1, "60px");
      assert.notEqual(inside.button, "rgb(255, 0, 255)");

      // The host page is as it was: no style out, no title, no URL, no content change.
      const after = await page.evaluate(() => ({
        title: document.title, hash: location.hash,
        h1: getComputedStyle(document.querySelector("#doc-title")).fontSize,
        text: document.querySelector("main.docs").innerText.slice(0, 200),
        button: getComputedStyle(document.querySelector("#doc-button")).backgroundColor,
      }));
      assert.deepEqual(after, before);

      // axe-core inside the element: no violations.
      await page.addScriptTag({ path: AXE });
      const axe = await page.evaluate(async () => {
        const r = await window.axe.run({ include: [["sslvpn-builder"]] }, { resultTypes: ["violations"] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" > ")).join(" | ")}`);
      });
      assert.deepEqual(axe, []);
      if (theme === "light" && lang === "en") {
        await page.click("sslvpn-builder #example");
        await page.evaluate(() => { document.activeElement?.blur(); scrollTo(0, 0); });
        await settle(page);
        await page.screenshot({ path: `${SHOTS}embedded.png` });
      }

      assert.deepEqual(errors, []);
      assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
      await context.close();
    });
  }
}

test("an iframe learns the builder's height", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${origin}/docs/api.html`);
  const height = await page.evaluate(() => new Promise((resolve) => {
    addEventListener("message", (e) => { if (e.data?.type === "sslvpn-builder:height" && e.data.height > 800) resolve(e.data.height); });
    const f = document.createElement("iframe");
    f.src = "/docs/tools/sslvpn/index.html";
    f.setAttribute("allow", "clipboard-write");
    document.body.append(f);
  }));
  assert.ok(height > 1500, `height ${height}`);
  await context.close();
});

test("screenshots for the README: standalone light and dark, Chinese, phone", async () => {
  for (const [name, opts, setup] of [
    ["standalone-light", { colorScheme: "light" }, null],
    ["standalone-dark", { colorScheme: "dark" }, null],
    ["chinese", { colorScheme: "light" }, "zh"],
    ["phone", { colorScheme: "light", width: 375 }, null],
  ]) {
    const context = await browser.newContext({ locale: "en-US", colorScheme: opts.colorScheme, viewport: { width: opts.width || 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    await ready(page);
    if (setup) await setLang(page, setup);
    await page.click("sslvpn-builder #example");
    await page.fill('sslvpn-builder [name="Port"]', "443");
    await page.fill("sslvpn-builder #ak-id", "LTAI5tExampleKeyId");
    await page.fill("sslvpn-builder #ak-secret", "example-secret");
    await page.waitForSelector("sslvpn-builder[outputs]");
    await page.evaluate(async () => { document.activeElement?.blur(); scrollTo(0, 0); await document.fonts.ready; });
    await settle(page);
    await page.screenshot({ path: `${SHOTS}${name}.png` });
    await context.close();
  }
});
