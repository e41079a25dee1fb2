// The page: builds the form from the core's parameter table and renders the
// core's findings. No rule, label or allowed value lives here: they all come
// from the WebAssembly module.
import init, * as core from "./pkg/sslvpn_builder.js";
import { el, fmt, mountOutputs } from "./outputs.js";

// Page chrome only (not API vocabulary).
const UI = {
  en: {
    title: "CreateSslVpnServer request builder",
    subtitle: "Alibaba Cloud VPC API 2016-04-28: check every parameter before you send.",
    offline: "Runs in your browser: nothing you type leaves this page.",
    example: "Load example", clear: "Clear", language: "Language", status: "Request status",
    footer: "Rules from the API reference, SDK metadata, Terraform and ROS. Errors carry the API's documented error code.",
    required: "required", notSet: "not set", serverDefault: "not set (server default: {})",
    error: "Error", warning: "Warning", info: "Note", use: "Use {}",
    valid: "The request is valid.", validWith: "The request is valid ({} warnings).", validWith1: "The request is valid (1 warning).",
    invalid: "{} errors: the API would reject this request.", invalid1: "1 error: the API would reject this request.", means: "What it means:", todo: "What to do:",
    http: "HTTP {}", serverOnly: "no documented code",
    groups: { operation: "Operation", target: "Gateway", network: "Networks", tunnel: "Tunnel", mfa: "Two-factor authentication", advanced: "Advanced" },
  },
  zh: {
    title: "CreateSslVpnServer 请求构建器",
    subtitle: "阿里云 VPC API 2016-04-28：发送前检查每一个参数。",
    offline: "完全在浏览器中运行：您输入的内容不会离开本页面。",
    example: "填入示例", clear: "清空", language: "语言", status: "请求状态",
    footer: "规则来自 API 参考、SDK 元数据、Terraform 与 ROS。错误均标注 API 文档中的错误码。",
    required: "必填", notSet: "不设置", serverDefault: "不设置（服务端默认：{}）",
    error: "错误", warning: "警告", info: "提示", use: "改为 {}",
    valid: "请求有效。", validWith: "请求有效（{} 个警告）。", validWith1: "请求有效（1 个警告）。",
    invalid: "{} 个错误：API 会拒绝此请求。", invalid1: "1 个错误：API 会拒绝此请求。", means: "含义：", todo: "处理建议：",
    http: "HTTP {}", serverOnly: "无对应文档错误码",
    groups: { operation: "操作", target: "网关", network: "网段", tunnel: "隧道", mfa: "双因子认证", advanced: "高级" },
  },
};

const $ = (sel) => document.querySelector(sel);

let params = [], regions = [], errors = new Map(), outputs = null;
let lang = (navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en";
const dirty = new Set();

/** Current values keyed by wire name (empty controls are left out by the core). */
export function values() {
  const out = {};
  for (const p of params) {
    const c = document.getElementById(`f-${p.name}`);
    if (c && c.value !== "") out[p.name] = c.value;
  }
  return out;
}

function control(p) {
  const id = `f-${p.name}`;
  const describedBy = `h-${p.name} x-${p.name}`;
  const common = { id, name: p.name, "aria-describedby": describedBy, "aria-required": p.required ? "true" : null };
  if (p.allowed.length > 1 || p.type === "Boolean") {
    const s = el("select", common);
    const none = p.default ? fmt(UI[lang].serverDefault, p.default) : UI[lang].notSet;
    s.append(el("option", { value: "", text: none }));
    for (const v of p.allowed) s.append(el("option", { value: v, text: v }));
    return s;
  }
  const attrs = { ...common, type: "text", autocomplete: "off", spellcheck: "false", placeholder: p.example || null };
  if (p.allowed.length === 1) Object.assign(attrs, { value: p.allowed[0], readonly: true });
  if (p.type === "Integer") attrs.inputmode = "numeric";
  if (p.format === "region") attrs.list = "regions";
  const input = el("input", attrs);
  if (p.allowed.length === 1) input.value = p.allowed[0];
  return input;
}

function buildForm() {
  const form = $("#form");
  const keep = values();
  form.replaceChildren();
  const list = el("datalist", { id: "regions" });
  for (const r of regions) list.append(el("option", { value: r.id, label: r.name[lang] }));
  form.append(list);
  let fieldset = null, group = null;
  for (const p of params) {
    if (p.group !== group) {
      group = p.group;
      fieldset = el("fieldset", { class: `group-${group}` }, el("legend", { text: UI[lang].groups[group] || group }));
      form.append(fieldset);
    }
    const label = el("label", { for: `f-${p.name}` }, el("span", { class: "label", text: p.label[lang] }), " ",
      el("code", { class: "wire", text: p.name }));
    if (p.required) label.append(" ", el("span", { class: "req", text: `(${UI[lang].required})` }));
    const c = control(p);
    if (keep[p.name] !== undefined && !c.readOnly) c.value = keep[p.name];
    fieldset.append(el("div", { class: "field", id: `w-${p.name}` }, label, c,
      el("p", { class: "help", id: `h-${p.name}`, text: p.help[lang] }),
      el("ul", { class: "findings", id: `x-${p.name}` })));
  }
}

function findingItem(f, withField) {
  const t = UI[lang];
  const li = el("li", { class: `finding ${f.severity}`, "data-rule": f.rule, "data-code": f.code || null });
  li.append(el("span", { class: "sev", text: t[f.severity] }), " ");
  if (withField) li.append(el("a", { href: `#f-${f.field}`, class: "field-link", text: f.field }), " ");
  if (f.code) {
    li.append(el("code", { class: "code", text: f.code }), " ");
    if (f.httpStatus) li.append(el("span", { class: "http", text: fmt(t.http, f.httpStatus) }), " ");
  }
  li.append(el("span", { class: "msg", text: f.message }));
  if (f.suggestion !== null && !withField) {
    const shown = [...f.suggestion].length > 40 ? `${[...f.suggestion].slice(0, 40).join("")}…` : f.suggestion;
    const b = el("button", { type: "button", class: "suggest", text: fmt(t.use, shown) });
    b.addEventListener("click", () => applySuggestion(f));
    li.append(" ", b);
  }
  const e = f.code && errors.get(f.code);
  if (e && !withField) {
    li.append(el("details", {}, el("summary", { text: `${f.code}${e.message ? `: ${e.message}` : ""}` }),
      el("p", { text: `${t.means} ${e.explanation[lang]}` }), el("p", { text: `${t.todo} ${e.action[lang]}` })));
  }
  return li;
}

function applySuggestion(f) {
  const c = document.getElementById(`f-${f.field}`);
  if (c) {
    c.value = f.suggestion;
    dirty.add(f.field);
    run();
    c.focus();
  }
}

/** Validates the form and renders every finding. */
export function run() {
  const report = core.validate(values(), lang);
  const t = UI[lang];
  const byField = new Map();
  for (const f of report.findings) {
    if (!byField.has(f.field)) byField.set(f.field, []);
    byField.get(f.field).push(f);
  }
  for (const p of params) {
    const list = document.getElementById(`x-${p.name}`);
    const c = document.getElementById(`f-${p.name}`);
    const mine = dirty.has(p.name) ? byField.get(p.name) || [] : [];
    list.replaceChildren(...mine.map((f) => findingItem(f, false)));
    const bad = mine.some((f) => f.severity === "error");
    if (bad) c.setAttribute("aria-invalid", "true");
    else c.removeAttribute("aria-invalid");
  }
  const errorsN = report.findings.filter((f) => f.severity === "error").length;
  const warnN = report.findings.filter((f) => f.severity === "warning").length;
  const status = $("#status");
  status.className = `banner ${report.valid ? "good" : "bad"}`;
  status.textContent = report.valid
    ? (warnN === 0 ? t.valid : warnN === 1 ? t.validWith1 : fmt(t.validWith, warnN))
    : (errorsN === 1 ? t.invalid1 : fmt(t.invalid, errorsN));
  $("#summary").replaceChildren(...report.findings.filter((f) => f.severity !== "info").map((f) => findingItem(f, true)));
  outputs?.update({ lang, params: values(), valid: report.valid });
  return report;
}

function relabel() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  for (const n of document.querySelectorAll("[data-ui]")) n.textContent = UI[lang][n.dataset.ui];
  document.title = UI[lang].title;
  $("#lang").value = lang;
}

let timer = 0;
function schedule(name) {
  if (name) dirty.add(name);
  clearTimeout(timer);
  timer = setTimeout(run, 120);
}

async function main() {
  await init();
  params = core.parameters();
  regions = core.regions();
  errors = new Map(core.errors().map((e) => [e.code, e]));
  relabel();
  buildForm();
  const form = $("#form");
  form.addEventListener("input", (e) => schedule(e.target.name));
  form.addEventListener("change", (e) => schedule(e.target.name));
  form.addEventListener("submit", (e) => e.preventDefault());
  $("#lang").addEventListener("change", (e) => {
    lang = e.target.value;
    relabel();
    buildForm();
    run();
  });
  $("#example").addEventListener("click", () => {
    for (const p of params) {
      const c = document.getElementById(`f-${p.name}`);
      if (p.required && !c.readOnly) {
        c.value = p.example;
        dirty.add(p.name);
      }
    }
    run();
  });
  $("#clear").addEventListener("click", () => {
    for (const p of params) {
      const c = document.getElementById(`f-${p.name}`);
      if (!c.readOnly) c.value = "";
    }
    dirty.clear();
    run();
  });
  outputs = mountOutputs(core, $("#side"));
  $("#loading").hidden = true;
  form.hidden = false;
  $("#side").hidden = false;
  run();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  const l = $("#loading");
  l.className = "banner bad";
  l.textContent = `The rules could not load: ${e && e.message ? e.message : e}`;
});
