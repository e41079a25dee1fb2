// The builder: a form made from the core's parameter table, the findings
// beside each field, and the outputs (signed request, snippets). One core
// call per change (`Builder.view`) gives everything shown; this module only
// puts it on screen, touching only what changed, so open details, focus,
// caret and scroll stay where they are. Every word shown comes from the core
// (`ui()`), in the chosen language. Credentials live in their inputs and in
// memory only: never in storage, cookies, the URL or the console.

/** Fills each `{}` of `s` with the next value (literally: no `$&` patterns). */
export const fmt = (s, ...v) => s.split("{}").reduce((acc, part, i) => acc + (i <= v.length ? String(v[i - 1]) : "{}") + part);

/** A DOM element with attributes (`text` sets textContent) and children. */
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

/**
 * Mounts the builder into `root` (an element or a shadow root).
 * `core` is the initialised wasm module; `page`: the builder is the whole
 * document (it then sets the document's title and language).
 * Returns { run, state, values }.
 */
export function mount(root, core, { lang: startLang, page = false } = {}) {
  const $ = (sel) => root.querySelector(sel);
  const params = core.parameters();
  const regions = core.regions();
  const targets = core.snippetTargets();
  const errors = new Map(core.errors().map((e) => [e.code, e]));
  const builder = new core.Builder();
  const state = {
    lang: startLang || ((navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en"),
    method: null, // null until the user picks one: V3 then POSTs, V1 GETs
    target: targets[0].id,
    revealAll: false,
    view: null,
  };
  let t = core.ui(state.lang);
  const dirty = new Set();
  const labels = []; // [node, key or fn] to relabel on a language switch
  const label = (node, key) => { labels.push([node, key]); return node; };

  // ---- skeleton ----
  const live = el("p", { class: "sr-only", role: "status", "aria-live": "polite" });
  const langSelect = el("select", { id: "lang" }, el("option", { value: "en", text: "English" }), el("option", { value: "zh", text: "中文" }));
  const header = el("header", {},
    el("div", {},
      label(el("h1", {}), "title"),
      el("p", { class: "sub" }, label(el("span", {}), "subtitle"), " ", label(el("span", { class: "offline" }), "offline"))),
    el("div", { class: "tools" },
      label(el("button", { type: "button", id: "example" }), "example"),
      label(el("button", { type: "button", id: "clear" }), "clear"),
      el("label", { class: "lang" }, label(el("span", {}), "language"), langSelect)));
  const form = el("form", { id: "form", novalidate: true });
  const status = el("p", { id: "status", class: "banner", role: "status", "aria-live": "polite" });
  const summary = el("ul", { id: "summary", class: "summary" });
  const side = el("aside", { id: "side" },
    el("section", { "aria-labelledby": "status-h" }, label(el("h2", { id: "status-h" }), "status"), status, summary));
  const main = el("main", {}, form, side);
  const footer = el("footer", {}, label(el("p", {}), "footer"));
  root.append(header, main, footer, live);

  // ---- the form, built once from the table ----
  const controls = new Map();
  const list = el("datalist", { id: "regions" });
  for (const r of regions) list.append(el("option", { value: r.id, label: r.name[state.lang] }));
  form.append(list);
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
    if (p.allowed.length > 1 || p.type === "Boolean") {
      const none = label(el("option", { value: "" }), () => (p.default ? fmt(t.serverDefault, p.default) : t.notSet));
      c = el("select", common, none, ...p.allowed.map((v) => el("option", { value: v, text: v })));
    } else {
      c = el("input", { ...common, type: "text", autocomplete: "off", spellcheck: "false", placeholder: p.example || null,
        inputmode: p.type === "Integer" ? "numeric" : null, list: p.format === "region" ? "regions" : null,
        readonly: p.allowed.length === 1 });
      if (p.allowed.length === 1) c.value = p.allowed[0];
    }
    controls.set(p.name, c);
    const lab = el("label", { for: id }, label(el("span", { class: "label" }), () => p.label[state.lang]), " ",
      el("code", { class: "wire", text: p.name }));
    if (p.required) lab.append(" ", label(el("span", { class: "req" }), () => `(${t.required})`));
    fieldset.append(el("div", { class: "field", id: `w-${p.name}` }, lab, c,
      label(el("p", { class: "help", id: `h-${p.name}` }), () => p.help[state.lang]),
      el("ul", { class: "findings", id: `x-${p.name}` })));
  }

  // ---- outputs: signing and snippets, built once ----
  const input = (id, type = "text") => el("input", { id, type, autocomplete: "off", spellcheck: "false" });
  const keyId = input("ak-id"), secret = input("ak-secret", "password"), token = input("ak-token", "password");
  const scheme = el("select", { id: "sig-scheme" }, label(el("option", { value: "v3" }), "v3"), label(el("option", { value: "v1" }), "v1"));
  const method = el("select", { id: "sig-method" }, el("option", { value: "GET", text: "GET" }), el("option", { value: "POST", text: "POST" }));
  const endpoint = el("select", { id: "sig-endpoint" }, label(el("option", { value: "regional" }), "regional"),
    label(el("option", { value: "central" }), "central"), label(el("option", { value: "custom" }), "custom"));
  const host = el("input", { id: "sig-host", type: "text", autocomplete: "off", spellcheck: "false",
    placeholder: "vpc-vpc.cn-hangzhou.aliyuncs.com", hidden: true });
  const field = (id, key, control) => el("div", { class: "field" }, label(el("label", { for: id }), key), control);
  const hostLabel = label(el("label", { for: "sig-host", class: "sr-only" }), "host");

  const block = (titleKey, cls, copyFrom) => {
    const pre = el("pre", { tabindex: "0" });
    const copy = label(el("button", { type: "button", class: "copy" }), "copy");
    copy.addEventListener("click", () => copyText(copy, (copyFrom || pre).textContent));
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
  const signSec = el("section", { "aria-labelledby": "sign-h", id: "signing" }, label(el("h2", { id: "sign-h" }), "signed"),
    el("div", { class: "creds" }, field("ak-id", "keyId", keyId), field("ak-secret", "secret", secret), field("ak-token", "token", token),
      field("sig-scheme", "scheme", scheme), field("sig-method", "method", method), field("sig-endpoint", "endpoint", endpoint),
      el("div", { class: "field host" }, hostLabel, host)),
    signOut);

  const tabs = el("div", { role: "tablist", class: "tabs" });
  for (const target of targets) {
    const b = el("button", { type: "button", role: "tab", id: `tab-${target.id}`, "aria-controls": "snippet" });
    label(b, () => target.label[state.lang]);
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
  const codeSec = el("section", { "aria-labelledby": "code-h", id: "code" }, label(el("h2", { id: "code-h" }), "code"), tabs, panel);
  side.append(signSec, codeSec);

  async function copyText(button, text) {
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
    live.textContent = t.copied;
    setTimeout(() => { button.textContent = t.copy; live.textContent = ""; }, 1500);
  }

  // ---- reading the form ----
  function values() {
    const out = {};
    for (const [name, c] of controls) if (c.value !== "") out[name] = c.value;
    return out;
  }
  function choices(extra) {
    const credentials = keyId.value || secret.value
      ? { accessKeyId: keyId.value, accessKeySecret: secret.value, securityToken: token.value || null } : null;
    return {
      lang: state.lang, signature: scheme.value, method: state.method,
      endpoint: endpoint.value === "custom" ? host.value : endpoint.value,
      target: state.target, credentials, utcOffset: -new Date().getTimezoneOffset(), ...extra,
    };
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
    if (f.suggestion !== null && !inSummary) {
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

    // Signing: what the pipeline used is what the controls show.
    const s = v.signing;
    if (method.value !== s.method) method.value = s.method;
    host.hidden = endpoint.value !== "custom";
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

  /** One core call: the form and every choice in, everything shown out. */
  function run(extra) {
    const v = builder.view(values(), choices(extra));
    state.view = v;
    render(v);
    clearTimeout(tick);
    if (v.signing.signed) tick = setTimeout(() => run(), 15000);
    return v;
  }
  let tick = 0;

  function relabel() {
    t = core.ui(state.lang);
    for (const [node, key] of labels) setText(node, typeof key === "function" ? key() : t[key]);
    for (const o of list.children) o.label = regions.find((r) => r.id === o.value).name[state.lang];
    langSelect.value = state.lang;
    tabs.setAttribute("aria-label", t.code);
    if (page) {
      document.title = t.title;
      document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    }
  }

  // ---- events: each change is one run ----
  form.addEventListener("input", (e) => { if (e.target.name) dirty.add(e.target.name); run(); });
  form.addEventListener("submit", (e) => e.preventDefault());
  for (const c of [keyId, secret, token, scheme, endpoint, host]) c.addEventListener("input", () => {
    if (keyId.value && secret.value) state.revealAll = true;
    run();
  });
  method.addEventListener("input", () => { state.method = method.value; run(); });
  resign.addEventListener("click", () => run({ renew: true }));
  langSelect.addEventListener("input", () => { state.lang = langSelect.value; relabel(); run(); });
  $("#example").addEventListener("click", () => {
    for (const p of params) {
      const c = controls.get(p.name);
      if (p.required && !c.readOnly) { c.value = p.example; dirty.add(p.name); }
    }
    run();
  });
  $("#clear").addEventListener("click", () => {
    for (const c of controls.values()) if (!c.readOnly) c.value = "";
    dirty.clear();
    state.revealAll = false;
    run();
  });

  relabel();
  run();
  return { run, state, values };
}
