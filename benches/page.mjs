// `make bench`, the page: keystrokes in headless Chromium, each timed from the
// input event to the frame after the DOM shows its findings and outputs.
//
//   node benches/page.mjs [--www DIR] [--keys N]
//
// The page is loaded with the example request, an AccessKey typed (so every
// keystroke re-signs) and the curl tab open. Keystrokes go through Playwright's
// keyboard into several fields. Per keystroke it records:
//   end to end  event.timeStamp -> the first task after the frame that follows
//               the last DOM change the keystroke caused
//   work        the page's input handlers (core call + DOM update), no layout or paint
//   core        time inside the wasm exports
//   core calls  exported wasm functions called because of the keystroke
// A benchmark, not a test: it prints figures and fails only if the page breaks.
import { open } from "../tests/e2e/harness.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const keys = Number(arg("--keys", 1200));
const www = arg("--www", undefined);

const s = await open({ countCoreCalls: true, www: www && `${www.replace(/\/$/, "")}/` });
const { page } = s;
await page.click("#example");
await page.fill("#ak-id", "LTAI5tBenchKeyId");
await page.fill("#ak-secret", "bench-secret");
await page.click("#tab-curl");
await page.waitForTimeout(400);

await page.evaluate(() => {
  const b = (window.__bench = { pending: null, samples: [] });
  let quietTimer = 0;
  // Capture at the window: before the page's own handlers.
  window.addEventListener("input", (e) => {
    b.pending = { stamp: e.timeStamp, t0: performance.now(), calls0: window.__coreCalls.count,
      core0: window.__coreCalls.ms, lastMutation: null, work: null };
  }, true);
  // Bubble at the window: after them.
  window.addEventListener("input", () => { if (b.pending) b.pending.work = performance.now() - b.pending.t0; });
  const afterFrame = (fn) => requestAnimationFrame(() => {
    if (b.pending) b.pending.raf = performance.now();
    const c = new MessageChannel(); c.port1.onmessage = fn; c.port2.postMessage(0);
  });
  new MutationObserver(() => {
    const p = b.pending;
    if (!p) return;
    p.lastMutation = performance.now();
    clearTimeout(quietTimer);
    // The keystroke is done when a frame has followed its last change and
    // nothing changed for 300 ms after (a debounced page changes later).
    afterFrame(() => {
      const shown = performance.now();
      quietTimer = setTimeout(() => {
        if (b.pending !== p) return;
        b.samples.push({ e2e: shown - p.stamp, work: p.work, core: window.__coreCalls.ms - p.core0,
          queue: p.t0 - p.stamp, wait: p.raf - p.lastMutation, paint: shown - p.raf,
          calls: window.__coreCalls.count - p.calls0 });
        b.pending = null;
      }, 300);
    });
  // The builder renders into its shadow root: changes there are not seen from the document.
  }).observe(document.querySelector("sslvpn-builder")?.shadowRoot || document.body,
    { subtree: true, childList: true, characterData: true, attributes: true });
});

// Several fields: text appended then erased, a port retyped, a CIDR list grown.
const plan = [
  ["Name", "bench-server-01".split(""), "erase"],
  ["ClientToken", "0f0e0d0c-token".split(""), "erase"],
  ["Port", ["1", "1", "9", "5"], "erase"],
  ["LocalSubnet", ",172.16.0.0/16".split(""), "erase"],
];
let done = 0;
async function key(k) {
  const before = await page.evaluate(() => window.__bench.samples.length);
  await page.keyboard.press(k);
  await page.waitForFunction((n) => window.__bench.samples.length > n || window.__bench.pending === null && false, before, { timeout: 5000 })
    .catch(() => { throw new Error(`no sample for key ${k}`); });
  done += 1;
}
outer: while (done < keys) {
  for (const [field, chars] of plan) {
    await page.focus(`[name="${field}"]`);
    await page.keyboard.press("End");
    for (const c of chars) { await key(c); if (done >= keys) break outer; }
    for (let i = 0; i < chars.length; i += 1) { await key("Backspace"); if (done >= keys) break outer; }
  }
}

const samples = await page.evaluate(() => window.__bench.samples);
const q = (xs, p) => { const v = [...xs].sort((a, b) => a - b); return v[Math.min(v.length - 1, Math.floor(p * v.length))]; };
const row = (name, xs) => `${name.padEnd(34)} ${q(xs, 0.5).toFixed(2).padStart(8)} ${q(xs, 0.95).toFixed(2).padStart(8)}`;
const calls = samples.map((x) => x.calls);
console.log(`page: ${samples.length} keystrokes in 4 fields, signing filled, curl tab open (${www || "www/"})`);
console.log(`${"".padEnd(34)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
console.log(row("keystroke -> rendered (end to end)", samples.map((x) => x.e2e)));
console.log(row("work (input handlers)", samples.map((x) => x.work ?? 0)));
console.log(row("core (inside wasm)", samples.map((x) => x.core)));
if (process.env.BENCH_DETAIL) {
  console.log(row("  event created -> handler", samples.map((x) => x.queue)));
  console.log(row("  DOM change -> next frame", samples.map((x) => x.wait)));
  console.log(row("  frame -> after paint", samples.map((x) => x.paint)));
}
console.log(`core calls per keystroke: mean ${(calls.reduce((a, b) => a + b, 0) / calls.length).toFixed(2)}, max ${Math.max(...calls)}`);
if (s.consoleErrors.length) console.log("console errors:", s.consoleErrors);
await s.close();
