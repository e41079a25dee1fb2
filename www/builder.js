// The builder: a form made from the core's parameter table, the findings
// beside each field, and the outputs (signed request, snippets), plus import,
// share links, the error catalogue and the client pool picture. One core call
// per change (`Builder.view`) gives everything shown; this module only puts it
// on screen, touching only what changed, so open details, focus, caret and
// scroll stay where they are. Every word shown comes from the core (`ui()`),
// in the chosen language. Credentials live in their inputs and in memory
// only: never in storage, cookies, the URL or the console.

/** Fills each `{}` of `s` with the next value (literally: no `$&` patterns). */
export const fmt = (s, ...v) => s.split("{}").reduce((acc, part, i) => acc + (i <= v.length ? String(v[i - 1]) : "{}") + part);

/** A DOM element with attributes (`text` sets textContent) and children. */
/** An option whose value is its text. */
const opt = (v) => el("option", { value: v, text: v });
export const el = (tag, attrs = {}, ...kids) => {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") n.textContent = v;
    else if (v !== undefined && v !== null && v !== false) n.setAttribute(k, v === true ? "" : v);
  }
  n.append(...kids);
  return n;
};

/** Sets a node's text only when it differs (no needless mutation). */
const setText = (n, text) => { if (n.textContent !== text) n.textContent = text; };
/** Replaces a node's children only when `key` differs from the last time. */
const keyed = (n, key, build) => {
  if (n.dataset.key === key) return;
  n.dataset.key = key;
  n.replaceChildren(...build());
};

/** Every panel; `validation` is the form and its status. */
export const PANELS = ["form", "status", "picture", "signing", "code", "import", "catalogue", "coach"];
const STORE = "sslvpn-builder:request";

/** The import module: a second wasm, loaded the first time something is imported. */
let importModule = null;
const importer = () => {
  importModule ??= import("./pkg/sslvpn_import.js").then(async (m) => { await m.default(); return m; });
  return importModule;
};

/**
 * Mounts the builder into `root` (a shadow root or an element). `cores`:
 *   core     an initialised core: the validation core of one language
 *            (`check`, the tables) or the full core (`Builder`, both languages)
 *   full     () => Promise of the full core: loaded on the first use of the
 *            outputs (signing or code), so the page first loads only what
 *            validation needs
 *   coreFor  lang => Promise of the validation core of that language (a
 *            language switch before the full core is loaded)
 * (A module passed as `cores` is taken as the full core.) Options:
 *   lang      "en" or "zh" (default: the browser's language)
 *   params    parameters to start from, keyed by wire name
 *   panels    which panels to show (see PANELS; "validation" = form + status)
 *   syncUrl   keep the request in location.hash and read it from there
 *   linkBase  the URL "Copy link" points at (default: this page)
 *   host      the element to dispatch `change` on and to keep `lang` on
 *   page      the builder is the whole document (sets its title and language)
 * Returns { run, state, values, setLang, setParams, importText }.
 */
export function mount(root, cores, opts = {}) {
  const { page = false, syncUrl = false, linkBase = null, host = null } = opts;
  // The link this page was opened with: read before the first run rewrites the fragment.
  const startHash = syncUrl ? location.hash : "";
  const $ = (sel) => root.querySelector(sel);
  if (cores.Builder) cores = { core: cores };
  let core = cores.core;
  let builder = core.Builder ? new core.Builder() : null; // the full pipeline, once loaded
  // The tables (from whichever core is loaded: they change with it). Hidden
  // parameters (the Owner* ones) are accepted but kept out of the form.
  let all, params, P, regions, targets, T, catalogue, errors;
  // The family's operations: their names come with the first core, their
  // tables with the full one (the first holds CreateSslVpnServer's only).
  const opNames = core.ui().operations.split(" ");
  let op = opNames[0];
  function tables() {
    all = core.operations?.().find((o) => o.action === op)?.params ?? core.parameters();
    params = all.filter((p) => !p.hidden);
    P = new Map(params.map((p) => [p.name, p]));
    regions = core.regions();
    targets = core.snippetTargets();
    T = new Map(targets.map((x) => [x.id, x]));
    catalogue = core.errors();
    errors = new Map(catalogue.map((e) => [e.code, e]));
  }
  tables();
  const wanted = new Set((opts.panels || PANELS).flatMap((p) => (p === "validation" ? ["form", "status"] : [p])));
  const show = (p) => wanted.has(p);
  const browserLang = (navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en";
  const state = {
    lang: opts.lang === "zh" || opts.lang === "en" ? opts.lang : browserLang,
    method: null, // null until the user picks one: V3 then POSTs, V1 GETs
    target: targets[0].id,
    revealAll: false,
    extras: {}, // imported parameters that have no form field (the core reports them)
    imported: null, // the last import's text, re-verified when credentials change
    view: null,
  };
  let t = core.ui(state.lang);
  const dirty = new Set();
  const labels = []; // [node, key or fn] to relabel on a language switch
  const label = (node, key) => { labels.push([node, key]); return node; };
  const onLang = []; // other things to redo on a language switch
  const scrollTo = (n) => n.scrollIntoView({ block: "center", behavior: "instant" });

  // ---- skeleton ----
  const live = el("p", { class: "sr-only", role: "status", "aria-live": "polite" });
  const langSelect = el("select", { id: "lang" }, el("option", { value: "en", text: "English" }), el("option", { value: "zh", text: "中文" }));
  const remember = el("input", { type: "checkbox", id: "remember" });
  const forget = label(el("button", { type: "button", id: "forget", hidden: true }), "forget");
  // Landmarks only when the builder is the page; embedded, the host has its own.
  const [headTag, mainTag, footTag] = page ? ["header", "main", "footer"] : ["div", "div", "div"];
  const header = el(headTag, { class: "head" },
    el("div", {},
      label(el("h1", {}), "title"),
      el("p", { class: "sub" }, label(el("span", {}), "subtitle"), " ", label(el("span", { class: "offline" }), "offline"))),
    el("div", { class: "tools" },
      label(el("button", { type: "button", id: "example" }), "example"),
      label(el("button", { type: "button", id: "clear" }), "clear"),
      label(el("button", { type: "button", id: "copy-link" }), "copyLink"),
      el("label", { class: "lang" }, label(el("span", {}), "language"), " ", langSelect)));
  const rememberRow = el("div", { class: "row remember" },
    el("label", { class: "check", for: "remember" }, remember, label(el("span", {}), "remember")), forget,
    label(el("span", { class: "note", id: "remember-note", hidden: true }), "rememberNote"));
  const countLink = el("a", { href: "#status-h", class: "count" });
  const phonebar = el("nav", { class: "phonebar", "aria-label": "status" }, countLink,
    label(el("a", { href: "#status-h" }), "toSummary"), label(el("a", { href: "#signing" }), "toOutputs"));
  const form = el("form", { id: "form", novalidate: true, hidden: !show("form") });
  const status = el("p", { id: "status", class: "banner", role: "status", "aria-live": "polite" });
  const summary = el("ul", { id: "summary", class: "summary" });
  const side = el("aside", { id: "side" });
  if (show("status")) side.append(el("section", { "aria-labelledby": "status-h", id: "status-sec" }, label(el("h2", { id: "status-h" }), "status"), status, summary));
  const main = el(mainTag, { class: show("form") ? "main" : "main single" }, form, side);
  const footer = el(footTag, { class: "foot" }, label(el("p", {}), "footer"));
  const app = el("div", { class: "app" }, phonebar, header, main, footer, live);
  root.append(app);
  if (!show("form")) header.querySelector(".tools").hidden = true;

  // In-page links inside a shadow root would only change the URL: scroll instead.
  root.addEventListener("click", (e) => {
    const a = e.target.closest?.("a[href^='#']");
    if (!a) return;
    const id = a.getAttribute("href").slice(1);
    const target = root.getElementById ? root.getElementById(id) : $(`#${CSS.escape(id)}`);
    if (!target) return;
    e.preventDefault();
    scrollTo(target);
    (target.matches("input, select, textarea") ? target : target.closest("section") || target).focus?.({ preventScroll: true });
  });

  // ---- the form, built once from the table ----
  let pictureBox, pictureCaption, pictureAxis;
  const controls = new Map();
  const list = el("datalist", { id: "regions" });
  for (const r of regions) list.append(el("option", { value: r.id, label: r.name[state.lang] }));
  form.append(list, rememberRow);
  const tokenNote = label(el("p", { class: "note good", id: "token-note", hidden: true }), "tokenNote");
  function buildForm() {
    // Another operation's form replaces the old one.
    for (const f of form.querySelectorAll("fieldset")) f.remove();
    controls.clear();
    let fieldset = null, group = null;
    for (const p of params) {
      if (p.group !== group) {
        group = p.group;
        fieldset = el("fieldset", { class: `group-${group}` }, label(el("legend", {}), `group.${group}`));
        form.append(fieldset);
      }
      const id = `f-${p.name}`;
      const common = { id, name: p.name, "aria-describedby": `h-${p.name} x-${p.name}`, "aria-required": p.required ? "true" : null };
      let c;
      if (p.name === "Action") {
        c = el("select", common, ...opNames.map(opt));
        c.value = op;
        c.addEventListener("change", () => switchOp(c.value));
      } else if (p.allowed.length > 1 || p.type === "Boolean") {
        const none = label(el("option", { value: "" }), () => (p.default ? fmt(t.serverDefault, p.default) : t.notSet));
        c = el("select", common, none, ...p.allowed.map(opt));
      } else {
        c = el("input", { ...common, type: "text", autocomplete: "off", spellcheck: "false", placeholder: p.example || null,
          // One over the cap: a longer paste is cut here (the page never holds
          // megabytes), and the core still says the value is too long.
          maxlength: p.maxLength ? p.maxLength + 1 : null,
          inputmode: p.type === "Integer" ? "numeric" : null, list: p.format === "region" ? "regions" : null,
          readonly: p.allowed.length === 1 });
        if (p.allowed.length === 1) c.value = p.allowed[0];
      }
      controls.set(p.name, c);
      const lab = el("label", { for: id }, label(el("span", { class: "label" }), () => P.get(p.name)?.label[state.lang]), " ",
        el("code", { class: "wire", text: p.name }));
      if (p.required) lab.append(" ", label(el("span", { class: "req" }), () => `(${t.required})`));
      let control = c;
      if (p.name === "ClientToken") {
        const gen = label(el("button", { type: "button", id: "gen-token" }), "generate");
        gen.addEventListener("click", () => {
          c.value = core.uuid();
          dirty.add(p.name);
          tokenNote.hidden = false;
          run();
        });
        control = el("div", { class: "with-button" }, c, gen);
      }
      const wrap = el("div", { class: "field", id: `w-${p.name}` }, lab, control,
        label(el("p", { class: "help", id: `h-${p.name}` }), () => P.get(p.name)?.help[state.lang]),
        el("ul", { class: "findings", id: `x-${p.name}` }));
      if (p.name === "ClientToken") wrap.append(tokenNote);
      fieldset.append(wrap);
      if (p.name === "LocalSubnet" && show("picture")) fieldset.append(pictureSection());
    }
  }
  buildForm();

  // ---- the client pool picture ----
  function pictureSection() {
    pictureBox = el("div", { class: "bars", role: "img" });
    pictureCaption = el("p", { class: "note", id: "picture-caption" });
    pictureAxis = el("div", { class: "axis", "aria-hidden": "true" });
    return el("div", { class: "picture", id: "picture", hidden: true },
      label(el("div", { class: "out-title" }), "pictureTitle"), pictureBox, pictureAxis, pictureCaption);
  }
  function renderPicture(p) {
    const box = $("#picture");
    if (!box) return;
    box.hidden = !p;
    if (!p) return;
    keyed(pictureBox, JSON.stringify([p.bars, state.lang]), () => p.bars.map((b) => {
      const bar = el("div", { class: `bar ${b.kind}${b.overlaps ? " clash" : ""}`, title: b.block },
        el("span", { style: null }), el("em", { text: `${b.block} · ${b.kind === "pool" ? t.pool : t.local}` }));
      const span = bar.firstChild;
      span.style.left = `${b.start / 10}%`;
      span.style.width = `${Math.min(b.width, 1000 - b.start) / 10}%`;
      return bar;
    }));
    pictureBox.setAttribute("aria-label", p.caption);
    keyed(pictureAxis, `${p.from}-${p.to}`, () => [el("span", { text: p.from }), el("span", { text: p.to })]);
    setText(pictureCaption, p.caption);
    pictureCaption.classList.toggle("bad", p.bars.some((b) => b.overlaps));
  }

  // ---- outputs: signing and snippets, built once ----
  const input = (id, type = "text") => el("input", { id, type, autocomplete: "off", spellcheck: "false" });
  const keyId = input("ak-id"), secret = input("ak-secret", "password"), token = input("ak-token", "password");
  const scheme = el("select", { id: "sig-scheme" }, label(el("option", { value: "v3" }), "v3"), label(el("option", { value: "v1" }), "v1"));
  const method = el("select", { id: "sig-method" }, opt("GET"), opt("POST"));
  const endpoint = el("select", { id: "sig-endpoint" }, label(el("option", { value: "regional" }), "regional"),
    label(el("option", { value: "central" }), "central"), label(el("option", { value: "custom" }), "custom"));
  const hostInput = el("input", { id: "sig-host", type: "text", autocomplete: "off", spellcheck: "false",
    placeholder: "vpc-vpc.cn-hangzhou.aliyuncs.com", hidden: true });
  const field = (id, key, control) => el("div", { class: "field" }, label(el("label", { for: id }), key), control);
  const hostLabel = label(el("label", { for: "sig-host", class: "sr-only" }), "host");

  const block = (titleKey, cls) => {
    const pre = el("pre", { tabindex: "0" });
    const copy = label(el("button", { type: "button", class: "copy" }), "copy");
    copy.addEventListener("click", () => copyText(copy, pre.textContent));
    const title = el("span", { class: "out-title" });
    if (titleKey) label(title, titleKey);
    return { node: el("div", { class: `out ${cls || ""}` }, el("div", { class: "out-head" }, title, copy), pre), pre, title };
  };
  const signedBlock = block(null, "signed");
  const steps = [block("canonical"), block("sts"), block("signature")];
  const signNote = el("p", { class: "note" });
  const expiry = el("p", { class: "note", id: "expiry" });
  const resign = label(el("button", { type: "button", id: "resign" }), "resign");
  const details = el("details", { class: "steps" }, label(el("summary", {}), "steps"), ...steps.map((b) => b.node));
  const signOut = el("div", { id: "sign-out" }, signNote, signedBlock.node, expiry, resign, details);
  if (show("signing")) {
    side.append(el("section", { "aria-labelledby": "sign-h", id: "signing", tabindex: "-1" }, label(el("h2", { id: "sign-h" }), "signed"),
      el("div", { class: "creds" }, field("ak-id", "keyId", keyId), field("ak-secret", "secret", secret), field("ak-token", "token", token),
        field("sig-scheme", "scheme", scheme), field("sig-method", "method", method), field("sig-endpoint", "endpoint", endpoint),
        el("div", { class: "field host" }, hostLabel, hostInput)),
      signOut));
  }

  const tabs = el("div", { role: "tablist", class: "tabs" });
  for (const target of targets) {
    const b = el("button", { type: "button", role: "tab", id: `tab-${target.id}`, "aria-controls": "snippet" });
    label(b, () => T.get(target.id).label[state.lang]);
    b.addEventListener("click", () => { state.target = target.id; run(); });
    b.addEventListener("keydown", (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (!step) return;
      const i = targets.findIndex((x) => x.id === state.target);
      state.target = targets[(i + step + targets.length) % targets.length].id;
      run();
      $(`#tab-${state.target}`).focus();
    });
    tabs.append(b);
  }
  const codeErrors = el("p", { class: "note bad" });
  const codeNote = el("p", { class: "note" });
  const codeBlock = block(null, "snippet");
  const install = el("p", { class: "note install" });
  const panel = el("div", { role: "tabpanel", id: "snippet" }, codeErrors, codeNote, codeBlock.node, install);
  if (show("code")) side.append(el("section", { "aria-labelledby": "code-h", id: "code" }, label(el("h2", { id: "code-h" }), "code"), tabs, panel));
  // The outputs' first use (a focus, a tap, a key) loads the full core.
  for (const id of ["#signing", "#code"]) {
    for (const ev of ["focusin", "pointerdown", "keydown"]) side.querySelector(id)?.addEventListener(ev, ensureFull);
  }

  // ---- import ----
  const importText = el("textarea", { id: "import-text", spellcheck: "false", autocomplete: "off" });
  const importDo = label(el("button", { type: "button", id: "import-do" }), "importDo");
  const importNote = el("div", { id: "import-note", "aria-live": "polite" });
  if (show("import")) {
    side.append(el("section", { "aria-labelledby": "import-h", id: "import", class: "import" },
      label(el("h2", { id: "import-h" }), "import"),
      el("label", { for: "import-text", class: "help" }, label(el("span", {}), "importHelp")),
      importText, el("div", { class: "row" }, importDo), importNote));
  }

  // ---- coaching ----
  // The operation's own list (Modify, Delete, Describe), or the page's (Create).
  const coachList = el("ul", {});
  onLang.push(() => {
    const own = core.operations?.().find((o) => o.action === op)?.coach;
    coachList.replaceChildren(...(own?.length ? own.map((x) => x[state.lang])
      : ["coach.async", "coach.one", "coach.enabled", "coach.mfa"].map((k) => t[k])).map((text) => el("li", { text })));
  });
  if (show("coach")) {
    side.append(el("section", { "aria-labelledby": "coach-h", id: "coach", class: "coach" }, label(el("h2", { id: "coach-h" }), "coach"), coachList));
  }

  // ---- the error catalogue ----
  const catalogueItems = new Map();
  if (show("catalogue")) {
    const listNode = el("div", { class: "catalogue" });
    for (const e of catalogue) {
      const body = el("div", {});
      const d = el("details", { id: `e-${e.code}` },
        el("summary", {}, el("code", { text: e.code }), e.httpStatus ? ` · HTTP ${e.httpStatus}` : "", e.message ? ` · ${e.message}` : ""), body);
      onLang.push(() => body.replaceChildren(
        el("p", { text: `${t.means} ${errors.get(e.code).explanation[state.lang]}` }),
        el("p", { text: `${t.todo} ${errors.get(e.code).action[state.lang]}` }),
        el("p", { class: "note", text: e.predictedBy.length ? fmt(t.predictedBy, e.predictedBy.join(", ")) : t.serverOnly }),
        ...(e.field ? [el("p", { class: "note", text: fmt(t.concerns, e.field) })] : []),
        el("p", { class: "note", text: e.source })));
      catalogueItems.set(e.code, d);
      listNode.append(d);
    }
    side.append(el("section", { "aria-labelledby": "catalogue-h", id: "catalogue" }, label(el("h2", { id: "catalogue-h" }), "catalogue"),
      label(el("p", { class: "note", id: "catalogue-help" }), () => fmt(t.catalogueHelp, op)), listNode));
  }
  function openError(code) {
    const d = catalogueItems.get(code);
    if (!d) return false;
    d.open = true;
    scrollTo(d);
    d.querySelector("summary").focus({ preventScroll: true });
    return true;
  }
  function focusField(name) {
    const c = controls.get(name);
    if (!c || !show("form")) return false;
    scrollTo(c);
    c.focus({ preventScroll: true });
    return true;
  }

  async function copyText(button, text, note = t.copied) {
    // Copying an output asks for it: show every field's errors from now on.
    if (!state.revealAll) { state.revealAll = true; run(); }
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const ta = el("textarea", {}, text);
      root.append(ta);
      ta.select();
      document.execCommand("copy");
      ta.remove();
    }
    button.textContent = t.copied;
    live.textContent = note;
    setTimeout(() => { button.textContent = button.id === "copy-link" ? t.copyLink : t.copy; live.textContent = ""; }, 1500);
  }

  // ---- reading the form ----
  function values() {
    const out = { ...state.extras };
    for (const [name, c] of controls) if (c.value !== "") out[name] = c.value;
    return out;
  }
  function credentials() {
    return keyId.value || secret.value
      ? { accessKeyId: keyId.value, accessKeySecret: secret.value, securityToken: token.value || null } : null;
  }
  function choices(extra) {
    return {
      operation: op, lang: state.lang, signature: scheme.value, method: state.method,
      endpoint: endpoint.value === "custom" ? hostInput.value : endpoint.value,
      target: show("code") ? state.target : null, credentials: credentials(),
      utcOffset: -new Date().getTimezoneOffset(), ...extra,
    };
  }
  /** Puts parameters into the form: exactly these, every other field emptied. */
  function setParams(p, { touch = true } = {}) {
    state.extras = {};
    for (const [name, c] of controls) if (name !== "Action") c.value = "";
    for (const [name, v] of Object.entries(p || {})) {
      const c = name === "Action" ? null : controls.get(name);
      const text = v === null || v === undefined ? "" : typeof v === "string" ? v : String(v);
      if (c) {
        if (c.tagName === "SELECT" && ![...c.options].some((o) => o.value === text)) c.append(opt(text));
        c.value = text;
        if (touch) dirty.add(name);
      } else if (name !== "Action") state.extras[name] = v;
    }
  }

  // ---- rendering: only what changed ----
  function findingItem(f, inSummary) {
    const li = el("li", { class: `finding ${f.severity}`, "data-rule": f.rule, "data-code": f.code || null });
    li.append(el("span", { class: "sev", text: t[f.severity] }), " ");
    if (inSummary) li.append(el("a", { href: `#f-${f.field}`, class: "field-link", text: f.field }), " ");
    if (f.code) {
      li.append(el("code", { class: "code", text: f.code }), " ");
      if (f.httpStatus) li.append(el("span", { class: "http", text: fmt(t.http, f.httpStatus) }), " ");
    }
    li.append(el("span", { class: "msg", text: f.message }));
    if (f.suggestion !== null && !inSummary && controls.has(f.field)) {
      const chars = [...f.suggestion];
      const shown = chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : f.suggestion;
      const b = el("button", { type: "button", class: "suggest", text: fmt(t.use, shown) });
      b.addEventListener("click", () => {
        const c = controls.get(f.field);
        c.value = f.suggestion;
        dirty.add(f.field);
        run();
        c.focus();
      });
      li.append(" ", b);
    }
    const e = f.code && errors.get(f.code);
    if (e && !inSummary) {
      li.append(el("details", {}, el("summary", { text: `${f.code}${e.message ? `: ${e.message}` : ""}` }),
        el("p", { text: `${t.means} ${e.explanation[state.lang]}` }), el("p", { text: `${t.todo} ${e.action[state.lang]}` })));
    }
    return li;
  }
  const findingsKey = (fs) => state.lang + JSON.stringify(fs.map((f) => [f.severity, f.code, f.message, f.suggestion, f.field]));

  function render(v) {
    const byField = new Map();
    for (const f of v.report.findings) {
      if (!byField.has(f.field)) byField.set(f.field, []);
      byField.get(f.field).push(f);
    }
    for (const [name, c] of controls) {
      const mine = state.revealAll || dirty.has(name) ? byField.get(name) || [] : [];
      keyed($(`#x-${name}`), findingsKey(mine), () => mine.map((f) => findingItem(f, false)));
      const bad = mine.some((f) => f.severity === "error");
      if (bad !== (c.getAttribute("aria-invalid") === "true")) {
        if (bad) c.setAttribute("aria-invalid", "true");
        else c.removeAttribute("aria-invalid");
      }
    }
    const shown = v.report.findings.filter((f) => f.severity !== "info");
    keyed(summary, findingsKey(shown), () => shown.map((f) => findingItem(f, true)));
    const cls = `banner ${v.report.valid ? "good" : "bad"}`;
    if (status.className !== cls) status.className = cls;
    setText(status, v.status);
    const nErrors = v.report.findings.filter((f) => f.severity === "error").length;
    setText(countLink, nErrors === 0 ? t.okShort : nErrors === 1 ? t.errorsShort1 : fmt(t.errorsShort, nErrors));
    countLink.className = `count ${nErrors ? "bad" : "good"}`;
    renderPicture(v.picture);

    // Signing: what the pipeline used is what the controls show.
    const s = v.signing;
    if (method.value !== s.method) method.value = s.method;
    hostInput.hidden = endpoint.value !== "custom";
    const r = s.refusal;
    signNote.hidden = !r;
    setText(signNote, r ? r.message : "");
    signNote.classList.toggle("bad", !!r?.bad);
    for (const n of [signedBlock.node, expiry, resign, details]) n.hidden = !s.signed;
    if (!s.signed) expiry.classList.remove("bad");
    if (s.signed) {
      setText(signedBlock.title, s.signed.scheme === "v1" && s.signed.method === "GET" ? t.url : t.httpRequest);
      setText(signedBlock.pre, s.text);
      setText(expiry, s.expiry || "");
      expiry.classList.toggle("bad", s.expired);
      setText(steps[0].pre, s.signed.canonical);
      setText(steps[1].pre, s.signed.stringToSign);
      setText(steps[2].pre, s.signed.signature);
    }

    // The active snippet.
    for (const b of tabs.children) {
      const on = b.id === `tab-${state.target}`;
      if (b.getAttribute("aria-selected") !== String(on)) {
        b.setAttribute("aria-selected", String(on));
        b.setAttribute("tabindex", on ? "0" : "-1");
      }
    }
    panel.setAttribute("aria-labelledby", `tab-${state.target}`);
    const sn = v.snippet;
    const target = targets.find((x) => x.id === state.target);
    codeErrors.hidden = !(sn && sn.hasErrors && sn.code);
    setText(codeErrors, codeErrors.hidden ? "" : t.codeErrors);
    codeNote.hidden = !sn?.refusal;
    setText(codeNote, sn?.refusal ? sn.refusal.message : "");
    codeNote.classList.toggle("bad", !!sn?.refusal?.bad);
    codeBlock.node.hidden = !sn?.code;
    if (sn?.code) {
      setText(codeBlock.title, target.label[state.lang]);
      setText(codeBlock.pre, sn.code);
    }
    setText(install, fmt(t.install, target.install[state.lang]));
  }

  /** The share link of the request on show. */
  const shareLink = () => {
    const base = linkBase ? new URL(linkBase, location.href) : new URL(location.href);
    base.hash = state.view.share;
    return base.href;
  };

  /** Before the full core: the validation core's answer, outputs waiting for first use. */
  function lite() {
    const c = core.check(values(), state.lang);
    const method = state.method || (scheme.value === "v1" ? "GET" : "POST");
    const waiting = { code: "outputs-on-use", message: t.outputsOnUse, bad: false };
    return { ...c, signing: { scheme: scheme.value, method, signed: null, text: null, expiry: null, expired: false, refusal: waiting },
      snippet: { target: state.target, code: null, hasErrors: !c.report.valid, refusal: waiting } };
  }

  /** One core call: the form and every choice in, everything shown out. */
  function run(extra) {
    const v = builder ? builder.view(values(), choices(extra)) : lite();
    state.view = v;
    render(v);
    clearTimeout(tick);
    if (v.signing.signed) tick = setTimeout(() => run(), 15000);
    // The address bar follows shortly after (replaceState costs about a
    // millisecond: not on the keystroke's path to the screen).
    if (syncUrl && !booting) {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => {
        if (location.hash.slice(1) !== v.share) history.replaceState(history.state, "", `#${v.share}`);
      }, 150);
    }
    if (remember.checked) save();
    host?.dispatchEvent(new CustomEvent("change", { bubbles: true, detail: { params: values(), report: v.report, lang: state.lang } }));
    return v;
  }
  let tick = 0, urlTimer = 0;
  let booting = true;

  function relabel() {
    t = core.ui(state.lang);
    for (const [node, key] of labels) setText(node, typeof key === "function" ? key() : t[key]);
    for (const fn of onLang) fn();
    for (const o of list.children) o.label = regions.find((r) => r.id === o.value)?.name[state.lang] ?? "";
    langSelect.value = state.lang;
    tabs.setAttribute("aria-label", t.code);
    phonebar.setAttribute("aria-label", t.status);
    const tag = state.lang === "zh" ? "zh-CN" : "en";
    if (host && host.getAttribute("lang") !== state.lang) host.setAttribute("lang", state.lang);
    app.lang = tag;
    if (page) {
      document.title = t.title;
      document.documentElement.lang = tag;
    }
  }
  async function setLang(lang) {
    if ((lang !== "en" && lang !== "zh") || lang === state.lang) return;
    if (!builder && cores.coreFor) {
      core = await cores.coreFor(lang); // a one-language core: load the other one
      tables();
    }
    state.lang = lang;
    relabel();
    run();
  }

  /**
   * Another operation of the family, loaded with the full core: its form with
   * every value it has from this form or an earlier one (a value this form
   * cleared stays cleared), and its own codes in the catalogue.
   */
  const stash = {};
  async function switchOp(name) {
    if (!opNames.includes(name) || name === op) return;
    for (const p of params) delete stash[p.name];
    Object.assign(stash, values());
    await ensureFull();
    op = name;
    tables();
    buildForm();
    // Only what the new operation has (the others would be unknown to it).
    setParams(Object.fromEntries(Object.entries(stash).filter(([k]) => all.some((p) => p.name === k))), { touch: false });
    const codes = core.operations().find((o) => o.action === op).codes;
    for (const [code, d] of catalogueItems) d.hidden = !codes.includes(code);
    relabel();
    run();
  }

  /** The full core (signing, snippets), loaded the first time an output is used. */
  let fullLoad = null;
  function ensureFull() {
    if (builder || !cores.full) return Promise.resolve();
    fullLoad ??= cores.full().then((m) => {
      core = m;
      tables();
      builder = new m.Builder();
      relabel();
      run();
      host?.setAttribute("outputs", "");
    });
    return fullLoad;
  }

  // ---- remembering, on request ----
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify({ params: values(), lang: state.lang })); } catch { /* storage off */ }
  }
  function stored() {
    try { return JSON.parse(localStorage.getItem(STORE) || "null"); } catch { return null; }
  }
  function rememberChanged() {
    forget.hidden = !remember.checked;
    $("#remember-note").hidden = !remember.checked;
    if (remember.checked) save();
    else try { localStorage.removeItem(STORE); } catch { /* storage off */ }
  }

  // ---- import ----
  function showImport(r) {
    const kids = [];
    if (r.error) kids.push(el("p", { class: "note bad", text: r.error.message }));
    const imp = r.imported;
    if (imp) {
      if (imp.error) kids.push(el("p", { class: "note bad", text: fmt(t.apiError, imp.error.code) }));
      else kids.push(el("p", { class: "note good", text: fmt(t.imported, Object.keys(imp.params).length, imp.format) }));
      if (imp.claim) {
        const cls = imp.verdict === "match" ? "good" : imp.verdict ? "bad" : "";
        kids.push(el("p", { class: `note ${cls}`, id: "import-verdict", text: imp.verdictMessage || t.verifyNeedKey }));
      }
      for (const n of imp.notes) kids.push(el("p", { class: "note", text: n.message }));
    }
    importNote.replaceChildren(...kids);
  }
  async function doImport() {
    const r = (await importer()).importText(importText.value, state.lang, credentials());
    state.imported = r.imported?.claim ? importText.value : null;
    const imp = r.imported;
    if (imp && !imp.error) await applyImported(imp);
    else if (imp?.error) {
      openError(imp.error.code);
      const f = errors.get(imp.error.code)?.field;
      if (f) {
        dirty.add(f);
        $(`#w-${f}`)?.classList.add("marked");
        run();
      }
    }
    showImport(r);
  }
  async function applyImported(imp) {
    await switchOp(imp.operation);
    if (Object.keys(imp.params).length || imp.format !== "share-link") {
      setParams(imp.params);
      state.revealAll = true;
    }
    if (imp.signature) scheme.value = imp.signature;
    if (imp.method) state.method = imp.method;
    if (imp.endpoint) {
      const builtIn = imp.endpoint === "regional" || imp.endpoint === "central";
      endpoint.value = builtIn ? imp.endpoint : "custom";
      if (!builtIn) hostInput.value = imp.endpoint;
    }
    if (imp.lang && imp.lang !== state.lang) await setLang(imp.lang);
    run();
  }
  /** A share link or `#field=` / `#error=` fragment, on load and on hashchange. */
  async function applyHash(hash) {
    if (!hash || hash === "#" || hash.slice(1) === state.view?.share) return;
    const r = (await importer()).importText(hash, state.lang, null);
    const imp = r.imported;
    if (!imp || imp.format !== "share-link") return;
    await applyImported(imp);
    if (imp.focusField) focusField(imp.focusField);
    if (imp.openError) openError(imp.openError);
  }

  // ---- events: each change is one run ----
  form.addEventListener("input", (e) => {
    if (e.target === remember || e.target.name === "Action") return; // the operation: switchOp
    if (e.target.name) {
      dirty.add(e.target.name);
      $(`#w-${e.target.name}`)?.classList.remove("marked");
    }
    run();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  remember.addEventListener("change", rememberChanged);
  forget.addEventListener("click", () => { remember.checked = false; rememberChanged(); });
  for (const c of [keyId, secret, token]) c.addEventListener("input", () => {
    if (keyId.value && secret.value) state.revealAll = true;
    run();
    if (state.imported) importer().then((m) => showImport(m.importText(state.imported, state.lang, credentials())));
  });
  for (const c of [scheme, endpoint, hostInput]) c.addEventListener("input", () => run());
  method.addEventListener("input", () => { state.method = method.value; run(); });
  resign.addEventListener("click", () => run({ renew: true }));
  langSelect.addEventListener("input", () => setLang(langSelect.value));
  importDo.addEventListener("click", doImport);
  $("#copy-link").addEventListener("click", (e) => copyText(e.currentTarget, shareLink(), t.copied));
  $("#example").addEventListener("click", () => {
    for (const p of params) {
      const c = controls.get(p.name);
      if (p.required && p.name !== "Action") { c.value = p.example; dirty.add(p.name); }
    }
    run();
  });
  $("#clear").addEventListener("click", () => {
    setParams({}, { touch: false });
    dirty.clear();
    state.revealAll = false;
    tokenNote.hidden = true;
    run();
  });
  if (syncUrl) addEventListener("hashchange", () => applyHash(location.hash));

  // ---- start: the share link wins, then what was remembered, then `params` ----
  relabel();
  if (builder) host?.setAttribute("outputs", "");
  const saved = stored();
  if (opts.params) setParams(opts.params);
  // Another operation (the `operation` attribute, or what was remembered) loads with the full core.
  let startOp = opts.operation;
  if (saved) {
    remember.checked = true;
    rememberChanged();
    if (!(syncUrl && location.hash.length > 1)) {
      setParams(saved.params);
      startOp = saved.params.Action ?? startOp;
      if (!opts.lang && (saved.lang === "en" || saved.lang === "zh")) { state.lang = saved.lang; relabel(); }
    }
  }
  run();
  const loaded = switchOp(startOp).then(() => applyHash(startHash)).finally(() => { booting = false; run(); });
  return {
    run, state, values, setLang, loaded, ensureFull, switchOp, importText: (text) => { importText.value = text; return doImport(); },
    setParams: (p) => { setParams(p); run(); },
  };
}
