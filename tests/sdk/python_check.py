#!/usr/bin/env python3
"""Runs the Python snippets that `sslvpn snippet --lang python` generates
(V3 to the regional endpoint, and V1 to the central endpoint, as the page's
Signature and Endpoint choices ask) against the real `alibabacloud_vpc20160428` SDK (pinned in
tests/sdk/requirements.txt) with its one network call intercepted
(`DaraCore.do_action`, the Darabonba transport), and checks the HTTP request
the SDK would have sent: endpoint, method, action, and exactly the expected
operation parameters and values. Every operation of the family is run
(`sslvpn snippet --operation NAME`): CreateSslVpnServer, ModifySslVpnServer,
DeleteSslVpnServer, DescribeSslVpnServers. The fake response carries a
RequestId and an SslVpnServerId (different values), and the snippet must
print the one its operation returns (Create and Modify: SslVpnServerId;
Delete and Describe: RequestId).

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

CREATE, MODIFY, DELETE, DESCRIBE = (
    "CreateSslVpnServer", "ModifySslVpnServer", "DeleteSslVpnServer", "DescribeSslVpnServers",
)
# What each operation's snippet prints from the response.
PRINTS = {CREATE: "SslVpnServerId", MODIFY: "SslVpnServerId", DELETE: "RequestId", DESCRIBE: "RequestId"}
VSS = "vss-bp18q7hzj6largv4v1abcd"

# (operation, input, expected exit code of `sslvpn snippet`)
CASES = [
    (
        CREATE,
        {
            "RegionId": "cn-shanghai",
            "VpnGatewayId": "vpn-bp1hgim8by0kc9nga5lg3",
            "ClientIpPool": "192.168.1.0/24",
            "LocalSubnet": "10.0.0.0/8,172.16.0.0/16",
        },
        0,
    ),
    (
        CREATE,
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
        0,
    ),
    (
        # Errors: the snippet still runs, carrying the non-canonical value.
        CREATE,
        {
            "RegionId": "ap-southeast-1",
            "VpnGatewayId": "vpn-bp1hgim8by0kc9nga5lg3",
            "ClientIpPool": "192.168.1.0/24",
            "LocalSubnet": "10.0.0.0/8",
            "Port": "abc",
        },
        1,
    ),
    # ModifySslVpnServer: a rename only, and every parameter it takes.
    (MODIFY, {"RegionId": "cn-shanghai", "SslVpnServerId": VSS, "Name": "renamed 服务端"}, 0),
    (
        MODIFY,
        {
            "RegionId": "cn-hangzhou",
            "SslVpnServerId": VSS,
            "Name": NASTY_NAME,
            "ClientIpPool": "192.168.2.0/24",
            "LocalSubnet": "10.0.0.0/8,172.16.0.0/16",
            "Proto": "TCP",
            "Port": 1196,
            "Cipher": "none",
            "Compress": False,
            "EnableMultiFactorAuth": True,
            "IDaaSInstanceId": "idaas_ue2jvisn35ea5lmthk267xxxxx",
            "IDaaSRegionId": "cn-hangzhou",
            "IDaaSApplicationId": "app_my6g4qmvnwxzj2f1234",
            "ClientToken": "token-123'\"",
            "DryRun": True,
            "DnsServers": "223.5.5.5",
            "OwnerId": 1234567890123456,
            "OwnerAccount": "owner 账号",
            "ResourceOwnerId": 9223372036854775807,
            "ResourceOwnerAccount": "ro'\"",
        },
        0,
    ),
    # DeleteSslVpnServer: the required pair, then with a token and the owner parameters.
    (DELETE, {"RegionId": "ap-southeast-1", "SslVpnServerId": VSS}, 0),
    (
        DELETE,
        {
            "RegionId": "cn-hangzhou",
            "SslVpnServerId": VSS,
            "ClientToken": "token-123'\"",
            "OwnerId": 123,
            "OwnerAccount": NASTY_NAME,
            "ResourceOwnerId": 1,
            "ResourceOwnerAccount": "ro",
        },
        0,
    ),
    # DescribeSslVpnServers: the region only, every filter and page, and a
    # request with errors (PageSize `abc`: the snippet still runs).
    (DESCRIBE, {"RegionId": "eu-central-1"}, 0),
    (
        DESCRIBE,
        {
            "RegionId": "cn-hangzhou",
            "SslVpnServerId": VSS,
            "VpnGatewayId": "vpn-bp1hgim8by0kc9nga5lg3",
            "Name": NASTY_NAME,
            "ResourceGroupId": "rg-acfmzs372yg1234",
            "PageNumber": 3,
            "PageSize": 50,
            "OwnerId": 123,
        },
        0,
    ),
    (DESCRIBE, {"RegionId": "cn-shanghai", "PageSize": "abc"}, 1),
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


def run_case(index, op, params, expected_code, token, v1=False):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(params, f, ensure_ascii=False)
    # V1: the page's Signature and Endpoint choices, which the snippet must follow.
    choices = ["--signature", "v1", "--endpoint", "central"] if v1 else []
    proc = subprocess.run(
        [SSLVPN, "snippet", "--operation", op, "--target", "python", *choices, f.name], capture_output=True
    )
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
        body = {"RequestId": "req-check-%d" % index, "SslVpnServerId": "vss-check-%d" % index, "Name": "n"}
        if op == DESCRIBE:
            body.update({"TotalCount": 1, "PageNumber": 1, "PageSize": 10,
                         "SslVpnServers": {"SslVpnServer": [{"SslVpnServerId": "vss-listed", "Port": 1194}]}})
        resp.body = io.BytesIO(json.dumps(body).encode())
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
    printed = {"SslVpnServerId": "vss-check-%d\n", "RequestId": "req-check-%d\n"}[PRINTS[op]] % index
    assert out.getvalue() == printed, (out.getvalue(), printed)
    assert req.method == "POST", req.method
    headers = {k.lower(): v for k, v in req.headers.items()}
    assert AK_SECRET not in json.dumps(headers) + json.dumps(req.query)
    if v1:
        # The classic RPC signature, to the central endpoint: verified here.
        assert headers["host"] == "vpc.aliyuncs.com", headers["host"]
        assert "authorization" not in headers
        q = req.query
        assert (q["Action"], q["SignatureVersion"], q["SignatureMethod"]) == (op, "1.0", "HMAC-SHA1")
        assert q["Version"] == "2016-04-28"
        assert q["AccessKeyId"] == AK_ID
        assert q["Signature"] == v1_signature("POST", q, AK_SECRET), "the SDK's V1 signature verifies"
        assert q.get("SecurityToken") == token
    else:
        assert req.headers["host"] == "vpc.%s.aliyuncs.com" % params["RegionId"], req.headers["host"]
        assert req.headers["x-acs-action"] == op, req.headers["x-acs-action"]
        assert "Action" not in req.query
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
    per_op = {}
    for i, (op, params, code) in enumerate(CASES):
        for token in (None, "sts-token-for-check"):
            for v1 in (False, True):
                try:
                    run_case(i, op, params, code, token, v1)
                    passed += 1
                    per_op[op] = per_op.get(op, 0) + 1
                except Exception as e:  # report every case
                    failed += 1
                    print("case %d %s (token=%s, v1=%s) FAILED: %r" % (i, op, bool(token), v1, e))
    # Every operation ran (a case list that lost one fails here).
    missing = [op for op in PRINTS if op not in per_op]
    if missing:
        failed += 1
        print("no passing case for %s" % ", ".join(missing))
    print("%d passed, %d failed (%s)" % (passed, failed, ", ".join("%s %d" % kv for kv in per_op.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
