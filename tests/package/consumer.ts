// A documentation site's code against the vendored package's types: the
// element, its change event, and the JavaScript API. Type-checked by
// `make test` (tsc --strict), so a wrong .d.ts fails the build.
import { load, SslvpnBuilder, type ChangeDetail } from "sslvpn-builder";

export async function wire(): Promise<string> {
  const el: SslvpnBuilder | null = document.querySelector("sslvpn-builder");
  el?.addEventListener("change", (e) => {
    const detail: ChangeDetail = e.detail;
    const valid: boolean = detail.report.valid;
    const port = detail.params.Port;
    console.log(valid, port, detail.lang === "zh");
  });
  el?.import('aliyun vpc CreateSslVpnServer --RegionId cn-hangzhou');
  const core = await load();
  const report = core.validate({ RegionId: "cn-hangzhou", Port: 443 }, "en");
  const builder = new core.Builder();
  const view = builder.view({ RegionId: "cn-hangzhou" }, { lang: "zh", signature: "v1", target: "curl" });
  const first = report.findings[0];
  return `${first?.code ?? ""} ${view.status} ${view.signing.method} ${core.uuid()}`;
}
