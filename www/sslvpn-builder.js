// <sslvpn-builder>: the whole builder in one tag, for any page.
//
//   <script type="module" src="/tools/sslvpn/sslvpn-builder.js"></script>
//   <sslvpn-builder lang="zh" theme="dark" panels="validation"
//                   params='{"RegionId":"cn-hangzhou"}'></sslvpn-builder>
//
// It finds its stylesheet and wasm next to this module, whatever path it is
// served from, and renders into an open shadow root (no style leaks in or
// out). Attributes: lang (en | zh), theme (light | dark | auto), params (a
// JSON object), panels (space- or comma-separated: form status picture
// signing code import catalogue coach, or validation), sync-url (keep the
// request in the page's URL fragment), link-base (where "Copy link" points),
// standalone (the element is the whole page: sync-url, and it sets the
// document's title and language).
// It dispatches `change` with detail { params, report, lang }. In an iframe it
// posts { type: "sslvpn-builder:height", height } to the parent.
//
// What it loads: first the validation core of its language (pkg/sslvpn_core_en
// or _zh: the form, the findings, the catalogue); the full core
// (pkg/sslvpn_builder: signing and snippets, both languages) on the first use
// of the outputs; the import module when something is imported.
//
// The module also exports the rules as a JavaScript API: `load()` resolves to
// the full core (validate, view, Builder, sign, snippet, ...).
import { mount, PANELS } from "./builder.js";

const modules = {};
/** A wasm module next to this file (glue and wasm fetched at once), initialised once. */
function module(name) {
  modules[name] ??= (() => {
    const wasm = fetch(new URL(`./pkg/${name}_bg.wasm`, import.meta.url));
    return import(new URL(`./pkg/${name}.js`, import.meta.url).href)
      .then(async (m) => { await m.default({ module_or_path: wasm }); return m; });
  })();
  return modules[name];
}
/** The full core: everything the page does, in both languages. */
export const load = () => module("sslvpn_builder");
/** The validation core of one language: what the form needs first. */
export const loadCore = (lang) => module(`sslvpn_core_${lang === "zh" ? "zh" : "en"}`);
const browserLang = () => ((navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en");

const words = (v) => (v || "").split(/[\s,]+/).filter(Boolean);

export class SslvpnBuilder extends HTMLElement {
  static observedAttributes = ["lang", "params", "operation"];
  #app = null;

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
  }

  async connectedCallback() {
    if (this.shadowRoot.childNodes.length) return;
    const root = this.shadowRoot;
    // The bundle (make wasm) reads the minified stylesheet; the sources, style.css.
    /* global __STYLE__ */
    const style = typeof __STYLE__ === "undefined" ? "style.css" : __STYLE__;
    const css = Object.assign(document.createElement("link"), { rel: "stylesheet", href: new URL(style, import.meta.url).href });
    const loading = Object.assign(document.createElement("p"), { className: "banner", textContent: "Loading the rules… 正在加载规则…" });
    loading.setAttribute("role", "status");
    root.append(css, loading);
    try {
      const attr = this.getAttribute("lang");
      const lang = attr === "en" || attr === "zh" ? attr : browserLang();
      const [c] = await Promise.all([loadCore(lang), new Promise((r) => { css.onload = css.onerror = r; })]);
      let params = null;
      try { params = this.hasAttribute("params") ? JSON.parse(this.getAttribute("params")) : null; } catch { params = null; }
      const panels = words(this.getAttribute("panels"));
      this.#app = mount(root, { core: c, full: load, coreFor: loadCore }, {
        host: this, lang, params, operation: this.getAttribute("operation"),
        panels: panels.length ? panels : PANELS,
        syncUrl: this.hasAttribute("sync-url") || this.hasAttribute("standalone"),
        linkBase: this.getAttribute("link-base"), page: this.hasAttribute("standalone"),
      });
      await this.#app.loaded;
      loading.remove();
      this.setAttribute("ready", "");
      if (window.parent !== window) this.#postHeight();
    } catch (e) {
      loading.className = "banner bad";
      loading.textContent = `The rules could not load / 规则加载失败: ${e && e.message ? e.message : e}`;
    }
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#app || old === value) return;
    if (name === "lang") this.#app.setLang(value);
    if (name === "operation") this.#app.switchOp(value);
    if (name === "params") {
      try { this.#app.setParams(JSON.parse(value)); } catch { /* not JSON: keep the form */ }
    }
  }

  /** The parameters in the form, keyed by wire name. */
  get params() { return this.#app ? this.#app.values() : null; }
  set params(p) { this.#app?.setParams(p); }
  /** The last validation report. */
  get report() { return this.#app?.state.view?.report ?? null; }
  /** Reads a pasted request (see the Import panel) into the form. */
  import(text) { return this.#app?.importText(text); }
  /** Loads the outputs (signing, snippets) now rather than on first use. */
  loadOutputs() { return this.#app?.ensureFull(); }

  /** Tells an embedding page how tall the builder is, whenever that changes. */
  #postHeight() {
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) window.parent.postMessage({ type: "sslvpn-builder:height", height: (last = height) }, "*");
    };
    new ResizeObserver(post).observe(document.documentElement);
    post();
  }
}

if (!customElements.get("sslvpn-builder")) customElements.define("sslvpn-builder", SslvpnBuilder);
