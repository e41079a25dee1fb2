//! Native signing speed, with criterion: `sign()` of an already validated
//! request (V1 GET), and `check()` + `sign()` from the raw parameters, for the
//! requests in `benches/requests.json` (the ones `make bench` also signs with
//! Alibaba's official Python SDK and, in the wasm, against
//! `@alicloud/openapi-util`). Before timing, each signature is checked
//! against the one the official SDK computes for the same request.
//!
//!   cargo bench --bench sign                 # every request
//!   cargo bench --bench sign -- example      # a criterion filter
//!
//! `make bench` reads the median from criterion's
//! `target/criterion/<group>/<request>/new/estimates.json`.

use criterion::{criterion_group, criterion_main, Criterion};
use serde::Deserialize;
use sslvpn_builder::signing::{
    percent_encode, sign, Credentials, Endpoint, Method, Scheme, SignOptions, Signed,
};
use sslvpn_builder::{check, Input, Lang, ValidRequest};
use std::hint::black_box;
use std::time::Duration;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Doc {
    requests: Vec<Req>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Req {
    name: String,
    params: Input,
    credentials: Creds,
    signature: String,
    method: String,
    endpoint: String,
    timestamp: String,
    nonce: String,
    expected: Expected,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Creds {
    access_key_id: String,
    access_key_secret: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Expected {
    signature: String,
    string_to_sign: String,
}

struct Case {
    name: String,
    input: Input,
    valid: ValidRequest,
    creds: Credentials,
    opts: SignOptions,
}

fn cases() -> Vec<Case> {
    let doc: Doc = serde_json::from_str(include_str!("requests.json")).expect("requests.json");
    doc.requests
        .into_iter()
        .map(|r| {
            let valid = check(&r.params, Lang::En)
                .into_valid()
                .unwrap_or_else(|report| panic!("{}: not valid: {report:?}", r.name));
            let creds = Credentials {
                access_key_id: r.credentials.access_key_id,
                access_key_secret: r.credentials.access_key_secret,
                security_token: None,
            };
            let opts = SignOptions {
                scheme: Scheme::parse(&r.signature).expect("scheme"),
                method: Method::parse(&r.method).expect("method"),
                endpoint: Endpoint::parse(&r.endpoint),
                timestamp: r.timestamp,
                nonce: r.nonce,
            };
            let signed = sign(&valid, &creds, &opts).expect("signs");
            assert_eq!(
                signed.string_to_sign, r.expected.string_to_sign,
                "{}",
                r.name
            );
            assert_eq!(signed.signature, r.expected.signature, "{}", r.name);
            Case {
                name: r.name,
                input: r.params,
                valid,
                creds,
                opts,
            }
        })
        .collect()
}

fn check_and_sign(c: &Case) -> Option<Signed> {
    let valid = check(&c.input, Lang::En).into_valid().ok()?;
    sign(&valid, &c.creds, &c.opts).ok()
}

fn benches(cr: &mut Criterion) {
    let cases = cases();
    let mut g = cr.benchmark_group("sign-v1-get");
    for c in &cases {
        g.bench_function(&c.name, |b| {
            b.iter(|| sign(black_box(&c.valid), black_box(&c.creds), black_box(&c.opts)))
        });
    }
    g.finish();
    // The encoder alone, on the canonical query the string to sign encodes.
    let mut g = cr.benchmark_group("percent_encode");
    for c in &cases {
        let canonical = sign(&c.valid, &c.creds, &c.opts).expect("signs").canonical;
        g.bench_function(&c.name, |b| {
            b.iter(|| percent_encode(black_box(&canonical)))
        });
    }
    g.finish();
    let mut g = cr.benchmark_group("check+sign-v1-get");
    for c in &cases {
        g.bench_function(&c.name, |b| b.iter(|| check_and_sign(black_box(c))));
    }
    g.finish();
}

criterion_group! {
    name = sign_benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = benches
}
criterion_main!(sign_benches);
