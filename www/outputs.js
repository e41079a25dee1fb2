// Outputs beside the form: the signed request and the code snippets. Both come
// from the core; this module only wires controls and copy buttons.
// Credentials live in these inputs and in memory only: never in storage,
// cookies, the URL or the console.

const UI = {
  en: {
    signed: "Signed request", keyId: "AccessKey ID", secret: "AccessKey Secret", token: "STS token (optional)",
    scheme: "Signature", v3: "V3 (ACS3-HMAC-SHA256, recommended by Alibaba)", v1: "V1 (classic signed URL, HMAC-SHA1)",
    method: "Method", endpoint: "Endpoint", regional: "Regional (vpc.<region>.aliyuncs.com)", central: "Central (vpc.aliyuncs.com)",
    custom: "Custom host", resign: "Sign again", copy: "Copy", copied: "Copied", steps: "Signing steps",
    canonical: "Canonical form", sts: "String to sign", signature: "Signature",
    needKey: "Enter an AccessKey ID and Secret to sign. They stay in this page's memory only.",
    hasErrors: "Not signed: fix the errors first.", expires: "Valid until {} (about {} min left): the server rejects older timestamps.",
    expired: "Expired: sign again.", code: "Code", install: "Install: {}", codeErrors: "This request has errors: the API will reject it as it stands.",
    noSnippets: "Snippets are not available in this build.",
  },
  zh: {
    signed: "签名请求", keyId: "AccessKey ID", secret: "AccessKey Secret", token: "STS Token（可选）",
    scheme: "签名版本", v3: "V3（ACS3-HMAC-SHA256，阿里云推荐）", v1: "V1（经典签名 URL，HMAC-SHA1）",
    method: "请求方法", endpoint: "服务地址", regional: "地域（vpc.<地域>.aliyuncs.com）", central: "中心（vpc.aliyuncs.com）",
    custom: "自定义主机", resign: "重新签名", copy: "复制", copied: "已复制", steps: "签名步骤",
    canonical: "规范化内容", sts: "待签名字符串", signature: "签名",
    needKey: "输入 AccessKey ID 和 Secret 即可签名。它们只保存在本页面内存中。",
    hasErrors: "未签名：请先修正错误。", expires: "有效期至 {}（约剩 {} 分钟），过期后服务端会拒绝。",
    expired: "已过期，请重新签名。", code: "代码", install: "安装：{}", codeErrors: "此请求有错误，按当前内容发送会被 API 拒绝。",
    noSnippets: "当前构建不含代码示例。",
  },
};

/** Fills each `{}` of `s` with the next value. */
export const fmt = (s, ...v) => v.reduce((acc, x) => acc.replace("{}", x), s);
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

/** A copy button whose result is announced to screen readers. */
function copyButton(t, get, live) {
  const b = el("button", { type: "button", class: "copy", text: t.copy });
  b.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(get());
    } catch {
      const ta = el("textarea", {}, get());
      document.body.append(ta);
      ta.select();
      document.execCommand("copy");
      ta.remove();
    }
    b.textContent = t.copied;
    live.textContent = t.copied;
    setTimeout(() => { b.textContent = t.copy; live.textContent = ""; }, 1500);
  });
  return b;
}

function block(t, title, text, live, cls) {
  return el("div", { class: `out ${cls || ""}` },
    el("div", { class: "out-head" }, el("span", { class: "out-title", text: title }), copyButton(t, () => text, live)),
    el("pre", { tabindex: "0", text }));
}

export function mountOutputs(core, side, getState) {
  const hasSign = typeof core.sign === "function";
  const hasSnippets = typeof core.snippet === "function" && typeof core.snippetTargets === "function";
  let lang = "en", params = {}, valid = false, stamp = null, expiryTimer = 0, tab = null;
  const live = el("p", { class: "sr-only", role: "status", "aria-live": "polite" });

  const signSec = el("section", { "aria-labelledby": "sign-h", id: "signing" });
  const codeSec = el("section", { "aria-labelledby": "code-h", id: "code" });
  side.append(signSec, codeSec, live);

  // Credential inputs are built once and kept across re-renders (memory only).
  const keyId = el("input", { id: "ak-id", type: "text", autocomplete: "off", spellcheck: "false" });
  const secret = el("input", { id: "ak-secret", type: "password", autocomplete: "off" });
  const token = el("input", { id: "ak-token", type: "password", autocomplete: "off" });
  const scheme = el("select", { id: "sig-scheme" });
  const method = el("select", { id: "sig-method" }, el("option", { value: "GET", text: "GET" }), el("option", { value: "POST", text: "POST" }));
  const endpoint = el("select", { id: "sig-endpoint" });
  const host = el("input", { id: "sig-host", type: "text", autocomplete: "off", spellcheck: "false", placeholder: "vpc.example.aliyuncs.com", hidden: true });
  const out = el("div", { id: "sign-out" });
  const resign = el("button", { type: "button", id: "resign" });
  // V3 defaults to POST (what the SDK sends), V1 to GET (a URL to paste) until the user picks a method.
  let methodPicked = false;
  method.value = "POST";
  method.addEventListener("change", () => { methodPicked = true; });
  scheme.addEventListener("change", () => { if (!methodPicked) method.value = scheme.value === "v1" ? "GET" : "POST"; });
  for (const c of [keyId, secret, token, scheme, method, endpoint, host]) c.addEventListener("input", () => { stamp = null; render(); });
  endpoint.addEventListener("change", () => { host.hidden = endpoint.value !== "custom"; });
  resign.addEventListener("click", () => { stamp = null; render(); });

  function labelled(id, text, control) {
    return el("div", { class: "field" }, el("label", { for: id, text }), control);
  }

  function chrome() {
    const t = UI[lang];
    const keep = [scheme.value || "v3", endpoint.value || "regional"];
    scheme.replaceChildren(el("option", { value: "v3", text: t.v3 }), el("option", { value: "v1", text: t.v1 }));
    endpoint.replaceChildren(el("option", { value: "regional", text: t.regional }), el("option", { value: "central", text: t.central }),
      el("option", { value: "custom", text: t.custom }));
    [scheme.value, endpoint.value] = keep;
    resign.textContent = t.resign;
    signSec.replaceChildren(el("h2", { id: "sign-h", text: t.signed }),
      hasSign ? el("div", { class: "creds" }, labelled("ak-id", t.keyId, keyId), labelled("ak-secret", t.secret, secret),
        labelled("ak-token", t.token, token), labelled("sig-scheme", t.scheme, scheme), labelled("sig-method", t.method, method),
        labelled("sig-endpoint", t.endpoint, endpoint), host) : "",
      out);
    codeSec.replaceChildren(el("h2", { id: "code-h", text: t.code }));
    if (!hasSnippets) codeSec.append(el("p", { text: t.noSnippets }));
    else buildTabs();
  }

  function signOptions() {
    const now = new Date();
    stamp ??= { timestamp: now.toISOString().replace(/\.\d{3}Z$/, "Z"), nonce: crypto.randomUUID(), at: now.getTime() };
    const ep = endpoint.value === "custom" ? host.value : endpoint.value;
    return { signature: scheme.value, method: method.value, endpoint: ep, timestamp: stamp.timestamp, nonce: stamp.nonce };
  }

  function renderSigned() {
    const t = UI[lang];
    clearInterval(expiryTimer);
    if (!hasSign) return out.replaceChildren();
    if (!keyId.value || !secret.value) return out.replaceChildren(el("p", { class: "note", text: t.needKey }));
    if (!valid) return out.replaceChildren(el("p", { class: "note bad", text: t.hasErrors }));
    const creds = { accessKeyId: keyId.value, accessKeySecret: secret.value, securityToken: token.value || null };
    const r = core.sign(params, creds, signOptions(), lang);
    if (r.error) return out.replaceChildren(el("p", { class: "note bad", text: r.error.message }));
    const s = r.signed;
    if (!s) return out.replaceChildren(el("p", { class: "note bad", text: t.hasErrors }));
    const headers = (s.headers || []).map((h) => (Array.isArray(h) ? h : [h.name, h.value]));
    const request = s.scheme === "v1" && s.method === "GET"
      ? s.url
      : [`${s.method} ${s.url}`, ...headers.map(([k, v]) => `${k}: ${v}`), ...(s.body ? ["", s.body] : [])].join("\n");
    const expiry = el("p", { class: "note", id: "expiry" });
    const until = stamp.at + (s.expiresInSeconds || 900) * 1000;
    const tick = () => {
      const left = Math.floor((until - Date.now()) / 60000);
      expiry.textContent = left < 0 ? t.expired : fmt(t.expires, new Date(until).toLocaleTimeString(), left);
    };
    tick();
    expiryTimer = setInterval(tick, 15000);
    out.replaceChildren(block(t, s.scheme === "v1" && s.method === "GET" ? "URL" : "HTTP", request, live, "signed"), expiry, resign,
      el("details", { class: "steps" }, el("summary", { text: t.steps }),
        block(t, t.canonical, s.canonical, live), block(t, t.sts, s.stringToSign, live), block(t, t.signature, s.signature, live)));
  }

  function buildTabs() {
    const targets = core.snippetTargets();
    tab ??= targets[0]?.id;
    const list = el("div", { role: "tablist", class: "tabs", "aria-label": UI[lang].code });
    for (const target of targets) {
      const b = el("button", { type: "button", role: "tab", id: `tab-${target.id}`, "aria-controls": "snippet",
        "aria-selected": String(target.id === tab), tabindex: target.id === tab ? "0" : "-1", text: target.label || target.id });
      b.addEventListener("click", () => { tab = target.id; buildTabs(); renderSnippet(); });
      b.addEventListener("keydown", (e) => {
        const i = targets.findIndex((x) => x.id === tab);
        const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : null;
        if (next === null) return;
        tab = targets[(next + targets.length) % targets.length].id;
        buildTabs();
        renderSnippet();
        document.getElementById(`tab-${tab}`).focus();
      });
      list.append(b);
    }
    codeSec.replaceChildren(el("h2", { id: "code-h", text: UI[lang].code }), list,
      el("div", { role: "tabpanel", id: "snippet", "aria-labelledby": `tab-${tab}` }));
  }

  function renderSnippet() {
    if (!hasSnippets) return;
    const t = UI[lang];
    const panel = document.getElementById("snippet");
    const target = core.snippetTargets().find((x) => x.id === tab);
    const creds = keyId.value && secret.value
      ? { accessKeyId: keyId.value, accessKeySecret: secret.value, securityToken: token.value || null } : null;
    const r = core.snippet(params, tab, lang, creds, hasSign ? signOptions() : null);
    const kids = [];
    if (r.hasErrors) kids.push(el("p", { class: "note bad", text: t.codeErrors }));
    if (r.error) kids.push(el("p", { class: "note bad", text: r.error.message || r.error }));
    if (r.code) kids.push(block(t, target?.label || tab, r.code, live, "snippet"));
    if (target?.install) kids.push(el("p", { class: "note", text: fmt(t.install, target.install) }));
    panel.replaceChildren(...kids);
  }

  function render() {
    renderSigned();
    renderSnippet();
  }

  chrome();
  return {
    update(state) {
      const relang = state.lang !== lang;
      ({ lang, params, valid } = state);
      if (relang) chrome();
      render();
    },
  };
}
