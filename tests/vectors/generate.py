#!/usr/bin/env python3
"""Writes tests/vectors/sdk.json: signing vectors computed by Alibaba Cloud's
official Python SDK packages, for tests/signing_sdk.rs.

Every expected value comes out of the SDKs' own functions, called with a fixed
time and nonce; this script only assembles their inputs and records outputs:

- aliyun-python-sdk-core: rpc_signature_composer.__compose_string_to_sign
  (V1 string to sign) and __get_signature (V1 signature).
- alibabacloud-openapi-util: get_canonical_query_string (canonical query),
  get_rpcsignature (V1 signature), get_authorization (V3 Authorization; the
  canonical request and string to sign are recorded from inside it by
  wrapping its hash and signature_method helpers), get_encode_param (the
  signature's URL encoding).
- alibabacloud-tea-openapi: Utils.get_rpcsignature / Utils.get_authorization,
  asserted equal to the above.
- alibabacloud-vpc20160428: the real generated client's
  create_ssl_vpn_server_with_options (and modify_ssl_vpn_server_/
  delete_ssl_vpn_server_/describe_ssl_vpn_servers_with_options for the rest
  of the family), with Utils.get_timestamp/get_nonce fixed and
  DaraCore.do_action intercepted (no network): the request it would send.

Operations: "sign" and "client" hold the CreateSslVpnServer vectors, exactly
as they were made before the family existed (same cases, names, nonces and
endpoints, no "action" key), byte for byte. The rest of the family
(FAMILY_CASES: ModifySslVpnServer, DeleteSslVpnServer, DescribeSslVpnServers)
is under "family": {"sign": [...], "client": [...]}, each record with its
"action" and a name that starts with it; their nonces continue the same
counter. They are kept apart because several readers take "sign"/"client" as
CreateSslVpnServer requests (the page's wasm sign(), which builds only
Create; `sslvpn sign` without --operation; the unit test in
src/signing/vectors.rs and tests/wasm.rs, which count them).

V3 note: the Python SDK signs every header it sends (user-agent, accept, ...).
The "sign" vectors call get_authorization with exactly our header set (the
DOC-V3 set), so the comparison is like for like; the "client" vectors record
the client's own full header set and check our low-level V3 function against
it.

Pinned packages (also tests/vectors/requirements.txt), Python 3.11:
  aliyun-python-sdk-core==2.16.1
  alibabacloud-openapi-util==0.2.4
  alibabacloud-tea-openapi==0.4.6
  alibabacloud-vpc20160428==7.2.2
  alibabacloud-tea==0.4.3
  darabonba-core==1.0.9
  alibabacloud-credentials==1.0.12

Run (or with the Makefile's pinned venv: `make bench-venv`, then
target/sdk-venv/bin/python tests/vectors/generate.py; the output is the
same byte for byte):
  python3 -m venv /tmp/sdkvenv
  /tmp/sdkvenv/bin/pip install -r tests/vectors/requirements.txt
  /tmp/sdkvenv/bin/python tests/vectors/generate.py
"""

import hashlib
import importlib.metadata as md
import json
import os

import alibabacloud_openapi_util.client as util_mod
import alibabacloud_tea_openapi.client as tea_client_mod
from alibabacloud_openapi_util.client import Client as OpenApiUtil
from alibabacloud_tea_openapi import utils_models as open_api_models
from alibabacloud_tea_openapi.utils import Utils as TeaUtils
from alibabacloud_vpc20160428 import models as vpc_models
from alibabacloud_vpc20160428.client import Client as VpcClient
from aliyunsdkcore.auth.composer import rpc_signature_composer as composer
from darabonba.runtime import RuntimeOptions
from Tea.request import TeaRequest

PACKAGES = [
    "aliyun-python-sdk-core",
    "alibabacloud-openapi-util",
    "alibabacloud-tea-openapi",
    "alibabacloud-vpc20160428",
    "alibabacloud-tea",
    "darabonba-core",
    "alibabacloud-credentials",
]

compose_string_to_sign = getattr(composer, "__compose_string_to_sign")
core_get_signature = getattr(composer, "__get_signature")

ACTION = "CreateSslVpnServer"
VERSION = "2016-04-28"
GW = "vpn-bp1hgim8by0kc9nga5lg3"

# Requests as the JSON our core reads; values typed as a user would type them.
# "every-optional" has every parameter the builder sent when these vectors
# were made (the framework parameters OwnerId, OwnerAccount, ResourceOwnerId,
# ResourceOwnerAccount were rejected by the rules core then; they are accepted
# now, and the family cases below sign them).
CASES = [
    ("minimal", {
        "RegionId": "cn-hangzhou", "VpnGatewayId": GW,
        "ClientIpPool": "192.168.1.0/24", "LocalSubnet": "10.0.0.0/8",
    }),
    ("unicode-emoji-name", {
        "RegionId": "eu-central-1", "VpnGatewayId": GW,
        "ClientIpPool": "172.16.0.0/16", "LocalSubnet": "10.0.0.0/8",
        "Name": "测试 SSL-VPN 服务器 😀 ünïcödé",
    }),
    ("reserved-characters", {
        "RegionId": "ap-southeast-1", "VpnGatewayId": GW,
        "ClientIpPool": "192.168.0.0/16", "LocalSubnet": "10.0.0.0/8,172.16.0.0/16",
        "Name": "a b+c*d~e'f(g)!h/i,j=k&l%m;n:o@p$q",
        "ClientToken": "tok+*~' x/=%",
    }),
    ("every-optional", {
        "RegionId": "cn-shanghai", "VpnGatewayId": GW,
        "ClientIpPool": "10.10.0.0/16", "LocalSubnet": "192.168.10.0/24",
        "Name": "all options 全部",
        "Cipher": "AES-256-CBC", "Port": 1194, "Proto": "UDP", "Compress": False,
        "ClientToken": "02fb3da4-130e-11e9-8e44-001", "DryRun": True,
        "DnsServers": "223.5.5.5,223.6.6.6",
        "EnableMultiFactorAuth": True, "IDaaSInstanceId": "idaas-cn-hangzhou-abc123",
        "IDaaSRegionId": "cn-hangzhou", "IDaaSApplicationId": "app_abc123",
    }),
    ("central-region-special", {
        "RegionId": "cn-shanghai-finance-1", "VpnGatewayId": GW,
        "ClientIpPool": "192.168.100.0/24", "LocalSubnet": "10.0.0.0/8",
        "Proto": "TCP", "Port": 443 + 1,
    }),
]

# The rest of the family: (action, case name, request), the action's own
# parameters only (ssl-vpn-family.md §2-§4), values typed as a user would.
VSS = "vss-bp18q7hzj6largv4v1abcd"
FAMILY_CASES = [
    ("ModifySslVpnServer", "name-only", {
        "RegionId": "cn-hangzhou", "SslVpnServerId": VSS,
        "Name": "新名字 SSL 😀 ünïcödé",
    }),
    ("ModifySslVpnServer", "every-optional", {
        "RegionId": "cn-shanghai", "SslVpnServerId": VSS,
        "Name": "all options 全部", "ClientIpPool": "10.10.0.0/16",
        "LocalSubnet": "192.168.10.0/24,172.16.0.0/16",
        "Proto": "TCP", "Port": 1195, "Cipher": "none", "Compress": False,
        "EnableMultiFactorAuth": True, "IDaaSInstanceId": "idaas-cn-hangzhou-abc123",
        "IDaaSRegionId": "cn-hangzhou", "IDaaSApplicationId": "app_abc123",
        "ClientToken": "02fb3da4-130e-11e9-8e44-001", "DryRun": True,
        "DnsServers": "223.5.5.5,223.6.6.6",
        "OwnerId": 1234567890123456, "OwnerAccount": "owner 账号",
        "ResourceOwnerId": 9223372036854775807, "ResourceOwnerAccount": "ro+*~'()!",
    }),
    ("ModifySslVpnServer", "reserved-characters", {
        "RegionId": "cn-shanghai-finance-1", "SslVpnServerId": VSS,
        "Name": "a b+c*d~e'f(g)!h/i,j=k&l%m;n:o@p$q", "ClientToken": "tok+*~' x/=%",
        "Compress": True, "Port": 65535,
    }),
    ("DeleteSslVpnServer", "minimal", {
        "RegionId": "cn-hangzhou", "SslVpnServerId": VSS,
    }),
    ("DeleteSslVpnServer", "client-token", {
        "RegionId": "ap-southeast-1", "SslVpnServerId": VSS,
        "ClientToken": "tok+*~' x/=%",
    }),
    ("DeleteSslVpnServer", "owner-unicode", {
        "RegionId": "eu-central-1", "SslVpnServerId": VSS,
        "OwnerAccount": "测试 账号 😀 ünï", "OwnerId": 123,
        "ResourceOwnerAccount": "a b&c=d", "ResourceOwnerId": 1,
    }),
    ("DescribeSslVpnServers", "region-only", {
        "RegionId": "cn-hangzhou",
    }),
    ("DescribeSslVpnServers", "every-filter", {
        "RegionId": "cn-shanghai", "SslVpnServerId": VSS, "VpnGatewayId": GW,
        "Name": "测试 SSL-VPN 服务器 😀", "ResourceGroupId": "rg-acfmzs372yg1234",
        "PageNumber": 2, "PageSize": 50,
    }),
    ("DescribeSslVpnServers", "reserved-name", {
        "RegionId": "cn-shanghai-finance-1", "VpnGatewayId": GW,
        "Name": "a b+c*d~e'f(g)!h/i,j=k&l%m;n:o@p$q", "PageSize": 1,
    }),
]

PLAIN = {"accessKeyId": "LTAI5tTestAccessKey", "accessKeySecret": "testsecret"}
STS = {
    "accessKeyId": "STS.NUgYrLnoC37mZZCNnAbez2xx",
    "accessKeySecret": "sec&ret/+=~ 秘",
    "securityToken": "CAIS+/=token~with'special*chars%20==",
}
TIMESTAMP = "2025-06-01T12:34:56Z"


def wire(value):
    """Our wire form of a typed value (booleans lower case, as the API docs)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def host_for(region, endpoint):
    return "vpc.aliyuncs.com" if endpoint == "central" else f"vpc.{region}.aliyuncs.com"


def v1_vector(params_in, creds, method, endpoint, nonce, action=ACTION):
    params = {k: wire(v) for k, v in params_in.items()}
    params.update({
        "Action": action, "Version": VERSION, "Format": "JSON",
        "AccessKeyId": creds["accessKeyId"], "SignatureMethod": "HMAC-SHA1",
        "SignatureVersion": "1.0", "SignatureNonce": nonce, "Timestamp": TIMESTAMP,
    })
    if creds.get("securityToken"):
        params["SecurityToken"] = creds["securityToken"]
    secret = creds["accessKeySecret"]
    canonical = util_mod.get_canonical_query_string(params)
    string_to_sign = compose_string_to_sign(method, dict(params))
    signature = OpenApiUtil.get_rpcsignature(dict(params), method, secret)
    assert signature == core_get_signature(string_to_sign, secret)
    assert signature == TeaUtils.get_rpcsignature(dict(params), method, secret)
    host = host_for(params_in["RegionId"], endpoint)
    query = f"{canonical}&Signature={OpenApiUtil.get_encode_param(signature)}"
    if method == "GET":
        url, body = f"https://{host}/?{query}", None
    else:
        url, body = f"https://{host}/", query
    return {"host": host, "url": url, "body": body, "canonical": canonical,
            "stringToSign": string_to_sign, "signature": signature}


def recorded_authorization(get_authorization, request, payload, ak, secret):
    """Calls an SDK get_authorization, recording the canonical request it hashes
    and the string to sign it signs."""
    seen = {}
    mod = util_mod if get_authorization is OpenApiUtil.get_authorization else None
    orig_hash, orig_sig = OpenApiUtil.hash, util_mod.signature_method

    def spy_hash(raw, sign_type):
        seen.setdefault("canonical", raw.decode("utf-8"))
        return orig_hash(raw, sign_type)

    def spy_sig(secret_, source, sign_type):
        seen["stringToSign"] = source
        return orig_sig(secret_, source, sign_type)

    if mod:
        OpenApiUtil.hash = staticmethod(spy_hash)
        util_mod.signature_method = spy_sig
    try:
        auth = get_authorization(request, "ACS3-HMAC-SHA256", payload, ak, secret)
    finally:
        OpenApiUtil.hash = staticmethod(orig_hash)
        util_mod.signature_method = orig_sig
    return auth, seen


def v3_vector(params_in, creds, method, endpoint, nonce, action=ACTION):
    host = host_for(params_in["RegionId"], endpoint)
    query = {k: wire(v) for k, v in params_in.items()}
    payload = OpenApiUtil.hex_encode(OpenApiUtil.hash(b"", "ACS3-HMAC-SHA256"))
    headers = {
        "host": host, "x-acs-action": action, "x-acs-version": VERSION,
        "x-acs-date": TIMESTAMP, "x-acs-signature-nonce": nonce,
        "x-acs-content-sha256": payload,
    }
    if creds.get("securityToken"):
        headers["x-acs-security-token"] = creds["securityToken"]
    req = TeaRequest()
    req.method, req.pathname, req.query, req.headers = method, "/", query, headers
    ak, secret = creds["accessKeyId"], creds["accessKeySecret"]
    auth, seen = recorded_authorization(OpenApiUtil.get_authorization, req, payload, ak, secret)
    assert auth == TeaUtils.get_authorization(req, "ACS3-HMAC-SHA256", payload, ak, secret)
    canonical_query = util_mod.get_canonical_query_string(query)
    url = f"https://{host}/" + (f"?{canonical_query}" if canonical_query else "")
    signature = auth.rsplit("Signature=", 1)[1]
    return {"host": host, "url": url, "body": None, "canonical": seen["canonical"],
            "stringToSign": seen["stringToSign"], "signature": signature,
            "authorization": auth}


class Captured(BaseException):
    """Stops the client right where it would open a connection."""


# Each action's request model and the client method that sends it.
CLIENT_CALLS = {
    "CreateSslVpnServer": (vpc_models.CreateSslVpnServerRequest,
                           VpcClient.create_ssl_vpn_server_with_options),
    "ModifySslVpnServer": (vpc_models.ModifySslVpnServerRequest,
                           VpcClient.modify_ssl_vpn_server_with_options),
    "DeleteSslVpnServer": (vpc_models.DeleteSslVpnServerRequest,
                           VpcClient.delete_ssl_vpn_server_with_options),
    "DescribeSslVpnServers": (vpc_models.DescribeSslVpnServersRequest,
                              VpcClient.describe_ssl_vpn_servers_with_options),
}


def client_vector(params_in, creds, scheme, nonce, action=ACTION):
    captured = {}

    def fake_do_action(request, runtime):
        captured["request"] = request
        raise Captured()

    snake = {
        "RegionId": "region_id", "VpnGatewayId": "vpn_gateway_id",
        "ClientIpPool": "client_ip_pool", "LocalSubnet": "local_subnet", "Name": "name",
        "Cipher": "cipher", "Port": "port", "Proto": "proto", "Compress": "compress",
        "ClientToken": "client_token", "DryRun": "dry_run", "DnsServers": "dns_servers",
        "EnableMultiFactorAuth": "enable_multi_factor_auth",
        "IDaaSInstanceId": "idaa_sinstance_id", "IDaaSRegionId": "idaa_sregion_id",
        "IDaaSApplicationId": "idaa_sapplication_id", "OwnerId": "owner_id",
        "OwnerAccount": "owner_account", "ResourceOwnerId": "resource_owner_id",
        "ResourceOwnerAccount": "resource_owner_account",
        "SslVpnServerId": "ssl_vpn_server_id", "ResourceGroupId": "resource_group_id",
        "PageNumber": "page_number", "PageSize": "page_size",
    }
    model, call = CLIENT_CALLS[action]
    request = model(**{snake[k]: v for k, v in params_in.items()})
    config = open_api_models.Config(
        access_key_id=creds["accessKeyId"], access_key_secret=creds["accessKeySecret"],
        security_token=creds.get("securityToken"), region_id=params_in["RegionId"],
        signature_algorithm="v2" if scheme == "v1" else None,
    )
    client = VpcClient(config)
    orig = (TeaUtils.get_timestamp, TeaUtils.get_nonce, tea_client_mod.DaraCore.do_action)
    TeaUtils.get_timestamp = staticmethod(lambda: TIMESTAMP)
    TeaUtils.get_nonce = staticmethod(lambda: nonce)
    tea_client_mod.DaraCore.do_action = staticmethod(fake_do_action)
    try:
        call(client, request, RuntimeOptions())
        raise AssertionError("the client did not reach do_action")
    except Captured:
        pass
    finally:
        TeaUtils.get_timestamp = staticmethod(orig[0])
        TeaUtils.get_nonce = staticmethod(orig[1])
        tea_client_mod.DaraCore.do_action = staticmethod(orig[2])
    sent = captured["request"]
    query = {k: str(v) for k, v in sent.query.items()}
    headers = {k: str(v) for k, v in sent.headers.items()}
    return {
        "method": sent.method, "host": headers["host"],
        "endpoint": "central" if headers["host"] == "vpc.aliyuncs.com" else "regional",
        "query": sorted(query.items()), "headers": sorted(headers.items()),
        "body": sent.body if sent.body else None,
    }


def main():
    sign_vectors, client_vectors = [], []
    combos = [("v1", "GET"), ("v1", "POST"), ("v3", "POST"), ("v3", "GET")]
    n = 0
    for name, params in CASES:
        for scheme, method in combos:
            for sts in (False, True):
                n += 1
                creds = STS if sts else PLAIN
                endpoint = "central" if n % 2 else "regional"
                nonce = hashlib.md5(f"nonce-{n}".encode()).hexdigest()
                make = v1_vector if scheme == "v1" else v3_vector
                expected = make(params, creds, method, endpoint, nonce)
                sign_vectors.append({
                    "name": f"{name} {scheme} {method} {endpoint}{' sts' if sts else ''}",
                    "input": params, "credentials": creds, "scheme": scheme,
                    "method": method, "endpoint": endpoint, "timestamp": TIMESTAMP,
                    "nonce": nonce, "expected": expected,
                })
        for scheme in ("v1", "v3"):
            for sts in (False, True):
                n += 1
                creds = STS if sts else PLAIN
                nonce = hashlib.md5(f"nonce-{n}".encode()).hexdigest()
                sent = client_vector(params, creds, scheme, nonce)
                client_vectors.append({
                    "name": f"vpc client {name} {scheme}{' sts' if sts else ''}",
                    "input": params, "credentials": creds, "scheme": scheme,
                    "timestamp": TIMESTAMP, "nonce": nonce, "sent": sent,
                })
    # The family after Create, the counter going on (Create's bytes unchanged).
    create_sign, create_client = len(sign_vectors), len(client_vectors)
    for action, name, params in FAMILY_CASES:
        for scheme, method in combos:
            for sts in (False, True):
                n += 1
                creds = STS if sts else PLAIN
                endpoint = "central" if n % 2 else "regional"
                nonce = hashlib.md5(f"nonce-{n}".encode()).hexdigest()
                make = v1_vector if scheme == "v1" else v3_vector
                expected = make(params, creds, method, endpoint, nonce, action)
                sign_vectors.append({
                    "name": f"{action} {name} {scheme} {method} {endpoint}{' sts' if sts else ''}",
                    "action": action,
                    "input": params, "credentials": creds, "scheme": scheme,
                    "method": method, "endpoint": endpoint, "timestamp": TIMESTAMP,
                    "nonce": nonce, "expected": expected,
                })
        for scheme in ("v1", "v3"):
            for sts in (False, True):
                n += 1
                creds = STS if sts else PLAIN
                nonce = hashlib.md5(f"nonce-{n}".encode()).hexdigest()
                sent = client_vector(params, creds, scheme, nonce, action)
                assert dict(sent["query"]).get("Action", action) == action
                assert dict(sent["headers"]).get("x-acs-action", action) == action
                client_vectors.append({
                    "name": f"vpc client {action} {name} {scheme}{' sts' if sts else ''}",
                    "action": action,
                    "input": params, "credentials": creds, "scheme": scheme,
                    "timestamp": TIMESTAMP, "nonce": nonce, "sent": sent,
                })
    out = {
        "comment": "Generated by tests/vectors/generate.py from Alibaba Cloud's official "
                   "Python SDK packages; do not edit by hand.",
        "packages": {p: md.version(p) for p in PACKAGES},
        "sign": sign_vectors[:create_sign],
        "client": client_vectors[:create_client],
        "family": {
            "sign": sign_vectors[create_sign:],
            "client": client_vectors[create_client:],
        },
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sdk.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {create_sign} sign and {create_client} client vectors (CreateSslVpnServer), "
          f"{len(sign_vectors) - create_sign} sign and {len(client_vectors) - create_client} "
          f"client vectors (family) to {path}")


if __name__ == "__main__":
    main()
