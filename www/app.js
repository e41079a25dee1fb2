// The standalone page: loads the core and mounts the builder on the document.
import init, * as core from "./pkg/sslvpn_builder.js";
import { mount } from "./builder.js";

try {
  await init();
  mount(document.getElementById("app"), core, { page: true });
  document.getElementById("loading").hidden = true;
  document.body.dataset.ready = "true";
} catch (e) {
  const l = document.getElementById("loading");
  l.className = "banner bad";
  l.textContent = `The rules could not load / 规则加载失败: ${e && e.message ? e.message : e}`;
}
