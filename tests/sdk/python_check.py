#!/usr/bin/env python3
"""Runs the Python snippets that `sslvpn snippet --lang python` generates
(V3 to the regional endpoint, and V1 to the central endpoint, as the page's
Signature and Endpoint choices ask) against the real `alibabacloud_vpc20160428` SDK (pinned in
tests/sdk/requirements.txt) with its one network call intercepted
(`DaraCore.do_action`, the Darabonba transport), and checks the HTTP request
the SDK would have sent: endpoint, method, action, and exactly the expected
operation parameters and values. The fake response carries an
SslVpnServerId, which the snippet must print.

Usage: python tests/sdk/python_check.py [PATH_TO_SSLVPN]   (default target/debug/sslvpn)
Run it with a Python that has the SDK installed (see tests/sdk/README.md).
"""

import base64
import contextlib
import hashlib
import hmac
import io
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse

from darabonba.core import DaraCore
from darabonba.response import DaraResponse

SSLVPN = sys.argv[1] if len(sys.argv) > 1 else "target/debug/sslvpn"
AK_ID = "LTAI-snippet-check-id"
AK_SECRET = "snippet-check-secret-never-printed"

NASTY_NAME = "it's \"mine\" \\ $HOME ${x} {{Name}} %s `id` 测试 😀\u202e\t</script>"

# (input, expected wire parameters, expected exit code of `sslvpn snippet`)
CASES = [
    (
        {
            "RegionId": "cn-shanghai",
            "VpnGatewayId": "vpn-bp1hgim8by0kc9nga5lg3",
            "ClientIpPool": "192.168.1.0/24",
            "LocalSubnet": "10.0.0.0/8,172.16.0.0/16",
        },
        None,
        0,
    ),
    (
        {
            "RegionId": "cn-hangzhou",
            "VpnGatewayId": "vpn-bp1hgim8by0kc9nga5lg3",
            "ClientIpPool": "192.168.1.0/24",
            "LocalSubnet": "10.0.0.0/8",
            "Name": NASTY_NAME,
            "Proto": "UDP",
            "Port": 1195,
            "Cipher": "AES-256-CBC",
            "Compress": True,
            "EnableMultiFactorAuth": True,
            "IDaaSInstanceId": "idaas_ue2jvisn35ea5lmthk267xxxxx",
            "IDaaSRegionId": "cn-hangzhou",
            "IDaaSApplicationId": "app_my6g4qmvnwxzj2f1234",
            "ClientToken": "token-123'\"",
            "DryRun": False,
            "DnsServers": "1.1.1.1,8.8.8.8",
        },
        None,
        0,
    ),
    (
        # Errors: the snippet still runs, carrying the non-canonical value.
        {
            "RegionId": "ap-southeast-1",
            "VpnGatewayId": "vpn-bp1hgim8by0kc9nga5lg3",
            "ClientIpPool": "192.168.1.0/24",
            "LocalSubnet": "10.0.0.0/8",
            "Port": "abc",
        },
        None,
        1,
    ),
]

COMMON = {
    "Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "SignatureVersion",
    "SignatureNonce", "Timestamp", "Signature", "SecurityToken",
}


def wire(value):
    # The real SDK (7.2.2 with alibabacloud-tea-openapi 0.4.6) serializes a
    # Python bool with str(): "True"/"False" go on the wire, not the API's
    # "true"/"false". That is the SDK's own behaviour for its own bool-typed
    # fields, which the snippet uses as declared; assert it exactly, so a
    # change in the SDK shows up here.
    if isinstance(value, bool):
        return str(value)
    return str(value)


def v1_signature(method, query, secret):
    """HMAC-SHA1 of the RPC string to sign (signing.md §2), computed here."""
    enc = lambda x: urllib.parse.quote(str(x), safe="-_.~")
    canonical = "&".join("%s=%s" % (enc(k), enc(v)) for k, v in sorted(query.items()) if k != "Signature")
    sts = "&".join([method, enc("/"), enc(canonical)])
    return base64.b64encode(hmac.new((secret + "&").encode(), sts.encode(), hashlib.sha1).digest()).decode()


def run_case(index, params, expected_code, token, v1=False):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(params, f, ensure_ascii=False)
    # V1: the page's Signature and Endpoint choices, which the snippet must follow.
    choices = ["--signature", "v1", "--endpoint", "central"] if v1 else []
    proc = subprocess.run([SSLVPN, "snippet", "--target", "python", *choices, f.name], capture_output=True)
    os.unlink(f.name)
    assert proc.returncode == expected_code, (proc.returncode, proc.stderr)
    code = proc.stdout.decode("utf-8")
    assert AK_SECRET not in code
    if expected_code == 1:
        assert code.startswith("# WARNING"), code[:80]

    sent = []

    def fake_do_action(request, runtime=None):
        sent.append(request)
        resp = DaraResponse()
        resp.status_code = 200
        resp.headers = {"content-type": "application/json"}
        resp.body = io.BytesIO(json.dumps(
            {"RequestId": "req-1", "SslVpnServerId": "vss-check-%d" % index, "Name": "n"}
        ).encode())
        return resp

    os.environ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = AK_ID
    os.environ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = AK_SECRET
    if token:
        os.environ["ALIBABA_CLOUD_SECURITY_TOKEN"] = token
    else:
        os.environ.pop("ALIBABA_CLOUD_SECURITY_TOKEN", None)
    original = DaraCore.do_action
    DaraCore.do_action = staticmethod(fake_do_action)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "snippet.py", "exec"), {"__name__": "__main__"})
    finally:
        DaraCore.do_action = original

    assert len(sent) == 1, "exactly one HTTP request"
    req = sent[0]
    assert out.getvalue() == "vss-check-%d\n" % index, out.getvalue()
    assert req.method == "POST", req.method
    headers = {k.lower(): v for k, v in req.headers.items()}
    assert AK_SECRET not in json.dumps(headers) + json.dumps(req.query)
    if v1:
        # The classic RPC signature, to the central endpoint: verified here.
        assert headers["host"] == "vpc.aliyuncs.com", headers["host"]
        assert "authorization" not in headers
        q = req.query
        assert (q["Action"], q["SignatureVersion"], q["SignatureMethod"]) == ("CreateSslVpnServer", "1.0", "HMAC-SHA1")
        assert q["AccessKeyId"] == AK_ID
        assert q["Signature"] == v1_signature("POST", q, AK_SECRET), "the SDK's V1 signature verifies"
        assert q.get("SecurityToken") == token
    else:
        assert req.headers["host"] == "vpc.%s.aliyuncs.com" % params["RegionId"], req.headers["host"]
        assert req.headers["x-acs-action"] == "CreateSslVpnServer"
        assert req.headers["x-acs-version"] == "2016-04-28"
        assert headers["authorization"].startswith("ACS3-HMAC-SHA256 Credential=%s," % AK_ID)
        if token:
            assert req.headers.get("x-acs-security-token") == token
        else:
            assert "x-acs-security-token" not in req.headers
    got = {k: v for k, v in req.query.items() if k not in COMMON}
    want = {k: wire(v) for k, v in params.items()}
    assert got == want, "\n got: %r\nwant: %r" % (got, want)


def main():
    passed = failed = 0
    for i, (params, _, code) in enumerate(CASES):
        for token in (None, "sts-token-for-check"):
            for v1 in (False, True):
                try:
                    run_case(i, params, code, token, v1)
                    passed += 1
                except Exception as e:  # report every case
                    failed += 1
                    print("case %d (token=%s, v1=%s) FAILED: %r" % (i, bool(token), v1, e))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
