#!/usr/bin/env python3
"""`make bench`, the Python side: Alibaba Cloud's official Python SDK functions
that compute a V1 signature, timed on the requests in benches/requests.json
(V1 GET, fixed time and nonce, the same ones benches/sign.rs signs natively).
Each result is checked against the signature our core computes (the expected
value in requests.json, which benches/sign.rs asserts too) before timing.

    target/sdk-venv/bin/python benches/python_sign.py [--criterion DIR]

Timed, per request (whichever of the pinned packages is installed; see
benches/requirements.txt):

- alibabacloud-tea-openapi `Utils.get_rpcsignature`: what the current SDK
  (alibabacloud_vpc20160428) signs V1 with.
- alibabacloud-openapi-util `Client.get_rpcsignature`: the older Darabonba util.
- aliyun-python-sdk-core `rpc_signature_composer`: `__compose_string_to_sign`
  then `__get_signature`, as `get_signed_url` calls them.

With --criterion DIR (criterion's output folder, e.g. target/criterion, after
`cargo bench --bench sign`), it also prints how many times faster the native
`sign()` is than the fastest of them (issue 9's target: 20x). A benchmark, not a test:
it fails only when a signature differs.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACTION, VERSION = "CreateSslVpnServer", "2016-04-28"


def signed_params(r):
    """The V1 parameters the request signs: its own (wire form) and the common ones."""
    p = {}
    for k, v in r["params"].items():
        p[k] = ("true" if v else "false") if isinstance(v, bool) else str(v)
    p.update(
        AccessKeyId=r["credentials"]["accessKeyId"],
        Action=ACTION,
        Format="JSON",
        SignatureMethod="HMAC-SHA1",
        SignatureNonce=r["nonce"],
        SignatureVersion="1.0",
        Timestamp=r["timestamp"],
        Version=VERSION,
    )
    return p


def signers():
    """(label, fn(params, method, secret) -> signature) for each installed package."""
    out = []
    try:
        from alibabacloud_tea_openapi.utils import Utils as TeaUtils

        out.append(("alibabacloud-tea-openapi Utils.get_rpcsignature", TeaUtils.get_rpcsignature))
    except ImportError as e:
        print(f"(skipped alibabacloud-tea-openapi: {e})")
    try:
        from alibabacloud_openapi_util.client import Client as OpenApiUtil

        out.append(("alibabacloud-openapi-util Client.get_rpcsignature", OpenApiUtil.get_rpcsignature))
    except ImportError as e:
        print(f"(skipped alibabacloud-openapi-util: {e})")
    try:
        from aliyunsdkcore.auth.composer import rpc_signature_composer as composer

        compose = getattr(composer, "__compose_string_to_sign")
        get_signature = getattr(composer, "__get_signature")

        def core_sign(params, method, secret):
            return get_signature(compose(method, params), secret)

        out.append(("aliyun-python-sdk-core rpc_signature_composer", core_sign))
    except ImportError as e:
        print(f"(skipped aliyun-python-sdk-core: {e})")
    if not out:
        sys.exit("python_sign.py: none of the SDK packages is installed (see benches/requirements.txt)")
    return out


def per_call_us(fn, batch_s=0.04, batches=15):
    """Median microseconds per call over `batches` batches of about `batch_s` seconds."""
    n = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        dt = time.perf_counter() - t0
        if dt > batch_s / 4:
            n = max(1, round(n * batch_s / dt))
            break
        n *= 2
    per = []
    for _ in range(batches):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        per.append((time.perf_counter() - t0) * 1e6 / n)
    return statistics.median(per)


def criterion_median_us(folder, group, name):
    """The median criterion measured for group/name, in microseconds (None if absent)."""
    path = Path(folder) / group / name / "new" / "estimates.json"
    try:
        return json.loads(path.read_text())["median"]["point_estimate"] / 1000
    except (OSError, KeyError, ValueError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--criterion", help="criterion's output folder (e.g. target/criterion)")
    args = ap.parse_args()
    requests = json.loads((HERE / "requests.json").read_text(encoding="utf-8"))["requests"]
    found = signers()
    print(f"official Python SDK V1 signers, Python {sys.version.split()[0]}, µs per signature (median of 15 batches)")
    print(f"{'request':<16} {'µs':>8}  signer")
    first = {}
    for r in requests:
        params, method = signed_params(r), r["method"]
        secret = r["credentials"]["accessKeySecret"]
        for label, fn in found:
            got = fn(params, method, secret)
            if got != r["expected"]["signature"]:
                sys.exit(f"{r['name']}: {label} gave {got}, ours {r['expected']['signature']}")
            us = per_call_us(lambda: fn(params, method, secret))
            first.setdefault(r["name"], []).append((label, us))
            print(f"{r['name']:<16} {us:8.2f}  {label}")
    if args.criterion:
        lines = []
        for r in requests:
            native = criterion_median_us(args.criterion, "sign-v1-get", r["name"])
            if native is None:
                print(f"(no criterion result for sign-v1-get/{r['name']} in {args.criterion})")
                continue
            # The fastest official signer: the most demanding comparison.
            anchor_label, anchor = min(first[r["name"]], key=lambda x: x[1])
            ratio = anchor / native
            line = (
                f"native sign() vs Python SDK ({r['name']}): {native:.2f} µs vs {anchor:.2f} µs "
                f"({anchor_label}), native {ratio:.1f}x faster (target: 20x)"
            )
            print(line)
            lines.append(line)
        summary = os.environ.get("BENCH_SUMMARY")
        if summary and lines:
            with open(summary, "a", encoding="utf-8") as f:
                f.write(lines[0] + "\n")


if __name__ == "__main__":
    main()
