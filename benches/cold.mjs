// `make bench`, the page's cold load in headless Chromium: from navigation to
// the first validation on screen (the builder's `ready` attribute: the core
// is loaded and the form and its findings are rendered), and what the page
// fetched before that. Each run is a fresh browser context (empty cache),
// the page served over loopback HTTP by tests/e2e/harness.mjs.
//
//   node benches/cold.mjs [--www DIR] [--runs N] [--cpu RATE]
//
// --cpu RATE slows the CPU down RATE times (Chromium's DevTools throttling,
// e.g. 4 for a mid-range phone); the network is loopback, unthrottled.
// A benchmark, not a test: it prints figures and fails only if the page
// does not load.
import { createRequire } from "node:module";
import { chromiumPath, serve } from "../tests/e2e/harness.mjs";

// playwright-core from the e2e suite's node_modules (tests/e2e/package.json).
const { chromium } = createRequire(new URL("../tests/e2e/package.json", import.meta.url))("playwright-core");

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const runs = Number(arg("--runs", 10));
const cpu = Number(arg("--cpu", 1));
const www = arg("--www", undefined);

// Runs in the page before any of its scripts: the time `ready` appears and
// the frame after it.
function watchReady() {
  const mark = (window.__cold = { ready: null, frame: null });
  new MutationObserver((_, obs) => {
    const el = document.querySelector("sslvpn-builder[ready]");
    if (!el || mark.ready !== null) return;
    mark.ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => { mark.frame = performance.now(); }, 0));
    obs.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["ready"], childList: true });
}

const server = await serve(www && `${www.replace(/\/$/, "")}/`);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync"],
});
const samples = [];
let resources = null;
try {
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(watchReady);
    if (cpu > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    }
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => window.__cold && window.__cold.frame !== null, null, { timeout: 30000 });
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const paint = Object.fromEntries(performance.getEntriesByType("paint").map((p) => [p.name, p.startTime]));
      const res = performance.getEntriesByType("resource").map((e) => ({
        name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize,
      }));
      return { ...window.__cold, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, fcp: paint["first-contentful-paint"] ?? null, res };
    });
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    samples.push(r);
    resources ??= r.res;
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => { const v = xs.filter((x) => x !== null).sort((a, b) => a - b); return v[v.length >> 1]; };
const ms = (x) => `${x.toFixed(1)} ms`;
const readyMs = median(samples.map((s) => s.ready));
console.log(`page cold load: ${runs} runs, each a fresh context (empty cache), loopback HTTP${cpu > 1 ? `, CPU ${cpu}x slower` : ""} (${www || "www/"})`);
console.log(`  navigation -> first contentful paint    ${ms(median(samples.map((s) => s.fcp)))}  (the "Loading the rules" banner)`);
console.log(`  navigation -> DOMContentLoaded          ${ms(median(samples.map((s) => s.dcl)))}`);
console.log(`  navigation -> first validation (ready)  ${ms(readyMs)}  (p50; min ${ms(Math.min(...samples.map((s) => s.ready)))}, max ${ms(Math.max(...samples.map((s) => s.ready)))})`);
console.log(`  navigation -> frame after it            ${ms(median(samples.map((s) => s.frame)))}`);
console.log(`  navigation -> load event                ${ms(median(samples.map((s) => s.load)))}`);
const before = resources.filter((r) => r.end <= samples[0].ready);
const after = resources.filter((r) => r.end > samples[0].ready);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(`  fetched before it (first run; bytes as sent, uncompressed here): index.html and`);
for (const r of before) console.log(`    ${r.name.padEnd(34)} ${kb(r.bytes).padStart(9)}  ${ms(r.start).padStart(9)} -> ${ms(r.end)}`);
console.log(`    ${"total".padEnd(34)} ${kb(before.reduce((a, r) => a + r.bytes, 0)).padStart(9)}`);
if (after.length) console.log(`  fetched after it: ${after.map((r) => r.name).join(", ")}`);
if (process.env.BENCH_SUMMARY) {
  const { appendFileSync } = await import("node:fs");
  appendFileSync(process.env.BENCH_SUMMARY, `page cold load: navigation -> first validation (ready) p50 ${ms(readyMs)} over ${runs} fresh loads${cpu > 1 ? ` (CPU ${cpu}x slower)` : ""}\n`);
}
