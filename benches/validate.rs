//! `validate()` time for 1 KB, 1 MB, 4 MB and 16 MB values, so linearity can
//! be read off: criterion prints each size's time and throughput, and for a
//! linear rule the throughput stays about the same from 1 MB to 16 MB (each
//! step of 4x in size costs about 4x the time; 1 MB still fits the CPU
//! caches, so 4 MB reads a little slower); a value over a rule's cap is
//! refused early, so its time stays flat. No assertions: speed is measured
//! here, not tested. A short run (10 samples of each, a few seconds in all):
//!
//!   cargo bench --bench validate                  # every shape
//!   cargo bench --bench validate -- "LocalSubnet" # a criterion filter

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use sslvpn_builder::{validate, Input, Lang, Value};
use std::hint::black_box;
use std::time::Duration;

const KB: usize = 1 << 10;
const MB: usize = 1 << 20;

fn base() -> Input {
    [
        ("RegionId", "cn-hangzhou"),
        ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
        ("ClientIpPool", "192.168.1.0/24"),
        ("LocalSubnet", "10.0.0.0/8"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), Value::from(v)))
    .collect()
}

/// `unit` repeated (and cut) to exactly `len` bytes, on a char boundary.
fn fill(unit: &str, len: usize) -> String {
    let mut s = unit.repeat(len / unit.len() + 1);
    let mut cut = len;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// One input shape: which parameter gets the big value, and its pattern.
struct Shape {
    name: &'static str,
    field: &'static str,
    unit: &'static str,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "Name ASCII",
        field: "Name",
        unit: "x",
    },
    Shape {
        name: "Name Chinese",
        field: "Name",
        unit: "中",
    },
    Shape {
        name: "Name http:// + text",
        field: "Name",
        unit: "http://a",
    },
    Shape {
        name: "Port digits",
        field: "Port",
        unit: "9",
    },
    Shape {
        name: "RegionId text",
        field: "RegionId",
        unit: "cn-hangzhou",
    },
    Shape {
        name: "ClientIpPool text",
        field: "ClientIpPool",
        unit: "10.0.0.0/8",
    },
    Shape {
        name: "LocalSubnet CIDR list",
        field: "LocalSubnet",
        unit: "10.0.0.0/8,",
    },
    Shape {
        name: "LocalSubnet commas",
        field: "LocalSubnet",
        unit: ",",
    },
    Shape {
        name: "LocalSubnet spaces",
        field: "LocalSubnet",
        unit: " 10.1.0.0/16 ,",
    },
    Shape {
        name: "ClientToken non-ASCII",
        field: "ClientToken",
        unit: "é",
    },
    Shape {
        name: "DnsServers NULs",
        field: "DnsServers",
        unit: "\0",
    },
    Shape {
        name: "IDaaSInstanceId text",
        field: "IDaaSInstanceId",
        unit: "idaas_x",
    },
    Shape {
        name: "unknown parameter name",
        field: "",
        unit: "Z",
    },
];

fn input(shape: &Shape, len: usize) -> Input {
    let mut i = base();
    let big = fill(shape.unit, len);
    if shape.field.is_empty() {
        i.insert(big, Value::from("x"));
    } else {
        i.insert(shape.field.to_owned(), Value::Str(big));
    }
    i
}

fn benches(c: &mut Criterion) {
    for shape in SHAPES {
        let mut g = c.benchmark_group(format!("validate/{}", shape.name));
        // The same number of calls in every sample (criterion's default
        // grows it per sample, too slow for a value whose rule is linear).
        g.sampling_mode(SamplingMode::Flat);
        for (label, len) in [
            ("1 KB", KB),
            ("1 MB", MB),
            ("4 MB", 4 * MB),
            ("16 MB", 16 * MB),
        ] {
            let input = input(shape, len);
            g.throughput(Throughput::Bytes(len as u64));
            g.bench_with_input(BenchmarkId::from_parameter(label), &input, |b, i| {
                b.iter(|| validate(black_box(i), Lang::En))
            });
        }
        g.finish();
    }
}

criterion_group! {
    name = validate_benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(20))
        .measurement_time(Duration::from_millis(60))
        .without_plots();
    targets = benches
}
criterion_main!(validate_benches);
