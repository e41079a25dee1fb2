// Shared set-up for the end-to-end tests: serve www/ over HTTP from this
// process, start Debian's Chromium through playwright-core, and record every
// network request the page makes.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

export const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml",
};

/**
 * Serves files on a free loopback port: `www` (default: the project's www/)
 * at `/`, or a map of URL prefixes to folders (the longest prefix wins).
 */
export function serve(www = WWW) {
  const mounts = Object.entries(typeof www === "string" ? { "/": www } : www)
    .sort(([a], [b]) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return res.writeHead(404).end();
    const [prefix, dir] = mount;
    const rest = path.slice(prefix.length);
    const file = join(dir, rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest);
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"]).toString().trim();
}

/**
 * Counts calls into the core: wraps the instance WebAssembly hands the glue, so
 * every exported wasm function the page calls (not the glue's own `__` helpers)
 * adds to `window.__coreCalls.count` and its time to `.ms` (and its name to
 * `.names` when that is an array).
 */
function countCoreCalls() {
  const calls = { count: 0, names: null, ms: 0 };
  window.__coreCalls = calls;
  const wrap = (result) => {
    const instance = result.instance || result;
    const exports = {};
    for (const [k, v] of Object.entries(instance.exports)) {
      exports[k] = typeof v === "function" && !k.startsWith("__")
        ? (...a) => {
          calls.count += 1;
          calls.names?.push(k);
          const t0 = performance.now();
          try { return v(...a); } finally { calls.ms += performance.now() - t0; }
        }
        : v;
    }
    const wrapped = { exports };
    return result.instance ? { instance: wrapped, module: result.module } : wrapped;
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = (...a) => instantiate(...a).then(wrap);
  WebAssembly.instantiateStreaming = (...a) => instantiateStreaming(...a).then(wrap);
}

/** Opens the page; returns { page, origin, requests, consoleErrors, close }. */
export async function open({ countCoreCalls: count = false, path = "index.html", www, viewport, colorScheme, outputs = true } = {}) {
  const server = await serve(www);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({ locale: "en-US", viewport: viewport || { width: 1280, height: 900 }, colorScheme: colorScheme || "light" });
  const page = await context.newPage();
  const requests = [];
  const consoleErrors = [];
  const consoleAll = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { consoleAll.push(m.text()); if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  if (count) await page.addInitScript(countCoreCalls);
  // `$root()` in the page: the builder's shadow root (tests read inside it).
  await context.addInitScript(() => { window.$root = () => document.querySelector("sslvpn-builder").shadowRoot; });
  await page.goto(`${origin}/${path}`);
  await ready(page);
  // Most tests use the outputs: load the full core now rather than on first use.
  if (outputs) await loadOutputs(page);
  return {
    page, origin, requests, consoleErrors, consoleAll, context,
    close: async () => { await browser.close(); server.close(); },
  };
}

/** Types into a field and waits for the frame that shows the result. */
export async function type(page, name, value) {
  const c = page.locator(`[name="${name}"]`);
  if ((await c.evaluate((n) => n.tagName)) === "SELECT") await c.selectOption(value);
  else await c.fill(value);
  await settle(page);
}

/** Waits two frames: the page renders a change within the frame it happens in. */
export async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Loads the builder's outputs (the full core) and waits until they are there. */
export async function loadOutputs(page) {
  await page.evaluate(() => document.querySelector("sslvpn-builder").loadOutputs());
  await page.waitForSelector("sslvpn-builder[outputs]", { timeout: 20000 });
}

/** Waits until the builder on the page has loaded its core and rendered. */
export async function ready(page) {
  await page.waitForSelector("sslvpn-builder[ready]", { timeout: 20000 });
}

/** Switches the builder's language and waits until it shows it (a switch may load the other language's core). */
export async function setLang(page, lang) {
  await page.selectOption("sslvpn-builder #lang", lang);
  await page.waitForSelector(`sslvpn-builder[lang=${lang}]`, { timeout: 20000 });
  await settle(page);
}
