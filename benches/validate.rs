//! `validate()` time for 1 KB, 1 MB, 4 MB and 16 MB values, so linearity can
//! be read off: for a linear rule each step of 4× in size costs about 4× the
//! time (1 MB still fits the CPU caches, so 4MB/1MB reads a little high).
//! No assertions (speed is measured here, not tested) and no bench crate:
//! `cargo bench --bench validate` prints a table.

use sslvpn_builder::{validate, Input, Lang, Value};
use std::hint::black_box;
use std::time::{Duration, Instant};

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

/// Median time of one `validate` call.
fn time(input: &Input) -> Duration {
    black_box(validate(input, Lang::En)); // warm-up
    let once = {
        let t = Instant::now();
        black_box(validate(black_box(input), Lang::En));
        t.elapsed()
    };
    // About 0.2 s per measurement, at least 5 and at most 2000 calls.
    let n =
        (Duration::from_millis(200).as_nanos() / once.as_nanos().max(1)).clamp(5, 2000) as usize;
    let mut samples: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            black_box(validate(black_box(input), Lang::En));
            t.elapsed()
        })
        .collect();
    samples.sort();
    samples[n / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument selects shapes.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    println!(
        "{:<26} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8}",
        "shape", "1 KB", "1 MB", "4 MB", "16 MB", "ns/B 1MB", "ns/B 16MB", "4MB/1MB", "16MB/4MB"
    );
    for shape in SHAPES {
        if filter.as_deref().is_some_and(|f| !shape.name.contains(f)) {
            continue;
        }
        let [k, m, m4, m16] = [KB, MB, 4 * MB, 16 * MB].map(|len| time(&input(shape, len)));
        println!(
            "{:<26} {:>9.1?} {:>9.2?} {:>9.2?} {:>9.2?} {:>9.2} {:>9.2} {:>8.2} {:>8.2}",
            shape.name,
            k,
            m,
            m4,
            m16,
            m.as_nanos() as f64 / MB as f64,
            m16.as_nanos() as f64 / (16 * MB) as f64,
            m4.as_secs_f64() / m.as_secs_f64(),
            m16.as_secs_f64() / m4.as_secs_f64()
        );
    }
}
