//! Alibaba Cloud's published signing vectors (reference/signing.md §5),
//! reproduced with the low-level functions that `sign` is built on. These
//! functions sign any parameter list, so they are private to the crate (only
//! `sign(&ValidRequest, ..)` signs from outside): the vectors live here, as
//! unit tests, moved from tests/signing.rs.

use super::{canonical_query, hmac_sha1_base64, percent_encode, sign_v1, sign_v3, V3Request};

/// DOC-V2: "Request syntax and signature method V2 for RPC APIs", ECS DescribeDedicatedHosts.
#[test]
fn doc_v2_describe_dedicated_hosts() {
    let params = [
        ("AccessKeyId", "testid"),
        ("Action", "DescribeDedicatedHosts"),
        ("Format", "JSON"),
        ("RegionId", "cn-beijing"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb"),
        ("SignatureVersion", "1.0"),
        ("Timestamp", "2023-03-13T08:34:30Z"),
        ("Version", "2014-05-26"),
    ];
    let mut shuffled = params;
    shuffled.reverse();
    let s = sign_v1("GET", &shuffled, "testsecret");
    assert_eq!(s.canonical, "AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26");
    assert_eq!(s.string_to_sign, "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26");
    assert_eq!(s.signature, "9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
    assert_eq!(
        percent_encode(&s.signature),
        "9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D"
    );
    // The method is signed.
    assert_ne!(
        sign_v1("POST", &params, "testsecret").signature,
        s.signature
    );
}

fn describe_regions(timestamp_key: &'static str) -> [(&'static str, &'static str); 8] {
    [
        ("AccessKeyId", "testid"),
        ("Action", "DescribeRegions"),
        ("Format", "XML"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
        ("SignatureVersion", "1.0"),
        (timestamp_key, "2016-02-23T12:46:24Z"),
        ("Version", "2014-05-26"),
    ]
}

/// DOC-OLD: the older "Signature mechanism" pages, DescribeRegions, key `Timestamp`.
#[test]
fn doc_old_describe_regions_timestamp() {
    let s = sign_v1("GET", &describe_regions("Timestamp"), "testsecret");
    assert_eq!(s.string_to_sign, "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
    assert_eq!(s.signature, "OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
}

/// DOC-OLD with the key spelt `TimeStamp`, as printed: the `CT9X0Vtw...` value
/// still shown in every product's signature overview URL.
#[test]
fn doc_old_describe_regions_time_stamp() {
    let s = sign_v1("GET", &describe_regions("TimeStamp"), "testsecret");
    assert_eq!(s.signature, "CT9X0VtwR86fNWSnsc6v8YGOjuE=");
    assert_eq!(
        percent_encode(&s.signature),
        "CT9X0VtwR86fNWSnsc6v8YGOjuE%3D"
    );
}

/// DOC-V3: "Request syntax and signature method V3", ECS RunInstances.
#[test]
fn doc_v3_run_instances() {
    let req = V3Request {
        method: "POST",
        host: "ecs.cn-shanghai.aliyuncs.com",
        query: &[
            ("RegionId", "cn-shanghai"),
            (
                "ImageId",
                "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
            ),
        ],
        headers: &[
            ("x-acs-action", "RunInstances"),
            ("x-acs-version", "2014-05-26"),
            ("x-acs-date", "2023-10-26T10:22:32Z"),
            ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
        ],
        body: b"",
    };
    let s = sign_v3(&req, "YourAccessKeyId", "YourAccessKeySecret").unwrap();
    assert_eq!(
        s.canonical,
        "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n\
         host:ecs.cn-shanghai.aliyuncs.com\n\
         x-acs-action:RunInstances\n\
         x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\
         x-acs-date:2023-10-26T10:22:32Z\n\
         x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n\
         x-acs-version:2014-05-26\n\
         \n\
         host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n\
         e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        s.string_to_sign,
        "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
    );
    assert_eq!(
        s.signature,
        "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    );
    assert_eq!(
        s.authorization,
        "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    );
}

/// darabonba-openapi-util Python unit test: `get_rpcsignature`.
#[test]
fn sdk_util_python_get_rpcsignature() {
    let s = sign_v1("GET", &[("query", "test"), ("body", "test")], "secret");
    assert_eq!(s.signature, "XlUyV4sXjOuX5FnjUz9IF9tm5rU=");
}

/// darabonba-openapi-util Go/TS unit test: `GetRPCSignature` with an empty method.
#[test]
fn sdk_util_go_ts_get_rpc_signature() {
    let s = sign_v1("", &[("test", "ok")], "accessKeySecret");
    assert_eq!(s.signature, "jHx/oHoHNrbVfhncHEvPdHXZwHU=");
}

/// darabonba-openapi-util Python unit test: `get_canonical_query_string`.
#[test]
fn sdk_util_canonical_query_string() {
    assert_eq!(
        canonical_query(&[("test", " ~/*-+")]),
        "test=%20~%2F%2A-%2B"
    );
}

/// aliyun-python-sdk-core unit tests: `sha_hmac1.get_sign_string` (raw HMAC, no `&`).
#[test]
fn sdk_core_sha_hmac1() {
    assert_eq!(
        hmac_sha1_base64(b"secret", b"source"),
        "Jv4yi8SobFhg5t1C7nWLbhBSFZQ="
    );
    assert_eq!(
        hmac_sha1_base64(b"secret", "中文unicode".as_bytes()),
        "szlfHs3WVaO/HgY3Cg7/uyXDaRw="
    );
}

/// What the real VPC client (alibabacloud-vpc20160428) sent, from
/// tests/vectors/sdk.json: these functions reproduce its signature over its
/// own parameters and headers. (tests/signing_sdk.rs checks that `sign`
/// sends the same parameters and header values.)
#[test]
fn real_vpc_client_signatures() {
    let all: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/vectors/sdk.json")).unwrap();
    let list = all["client"].as_array().unwrap();
    assert_eq!(list.len(), 20);
    let s = |v: &serde_json::Value| v.as_str().unwrap().to_owned();
    let pairs = |v: &serde_json::Value| -> Vec<(String, String)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| (s(&p[0]), s(&p[1])))
            .collect()
    };
    for v in list {
        let (name, sent) = (s(&v["name"]), &v["sent"]);
        let method = s(&sent["method"]);
        let creds = &v["credentials"];
        let (query, headers) = (pairs(&sent["query"]), pairs(&sent["headers"]));
        let refs = |list: &[(String, String)], skip: &[&str]| -> Vec<(String, String)> {
            list.iter()
                .filter(|(k, _)| !skip.iter().any(|x| k.eq_ignore_ascii_case(x)))
                .cloned()
                .collect()
        };
        match s(&v["scheme"]).as_str() {
            "v1" => {
                let sig = &query.iter().find(|(k, _)| k == "Signature").unwrap().1;
                let unsigned = refs(&query, &["Signature"]);
                let unsigned: Vec<(&str, &str)> = unsigned
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let low = sign_v1(&method, &unsigned, &s(&creds["accessKeySecret"]));
                assert_eq!(&low.signature, sig, "{name}: V1 signature");
            }
            _ => {
                let auth = &headers
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
                    .unwrap()
                    .1;
                let host = headers.iter().find(|(k, _)| k == "host").unwrap().1.clone();
                let extra = refs(&headers, &["host", "x-acs-content-sha256", "authorization"]);
                let extra: Vec<(&str, &str)> = extra
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let q: Vec<(&str, &str)> = query
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let req = V3Request {
                    method: &method,
                    host: &host,
                    query: &q,
                    headers: &extra,
                    body: b"",
                };
                let low = sign_v3(
                    &req,
                    &s(&creds["accessKeyId"]),
                    &s(&creds["accessKeySecret"]),
                )
                .unwrap();
                assert_eq!(
                    &low.authorization, auth,
                    "{name}: V3 Authorization over the SDK's own headers"
                );
            }
        }
    }
}

#[test]
fn v3_signs_host_and_content_hash_at_least() {
    let s = sign_v3(
        &V3Request {
            method: "GET",
            host: "example.com",
            query: &[],
            headers: &[],
            body: b"",
        },
        "id",
        "secret",
    )
    .unwrap();
    assert_eq!(s.signed_headers, "host;x-acs-content-sha256");
    assert!(s
        .authorization
        .starts_with("ACS3-HMAC-SHA256 Credential=id,SignedHeaders="));
}
