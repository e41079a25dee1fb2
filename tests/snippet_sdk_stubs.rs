//! The Java, Go, C# and PHP snippets, compiled and run against stubs of the
//! official SDKs. The SDKs' registries (Maven Central, the Go proxy, NuGet,
//! Packagist) are out of reach here, so `tests/sdk/stubs/` holds the public
//! signatures the snippets use, copied from the SDKs' sources (each stub file
//! names the repository, path and version it mirrors). Against them a wrong
//! package, class, method, setter, field name or type fails to compile (Java,
//! Go, C#) or to run (PHP, whose model stub rejects unknown keys and
//! properties).
//!
//! The stub clients do not send anything: they record the request and the
//! client's configuration (`SDK_STUB_RECORD`, one JSON line per call) and
//! return a fixed response (`SslVpnServerId` `vss-stub`, `RequestId`
//! `request-stub`), of which the snippet prints the one its operation returns
//! (Create, Modify: SslVpnServerId; Delete, Describe: RequestId). The
//! recorded operation must be the request's; the recorded fields must be
//! exactly the request's parameters, under the SDK's field names, with the
//! SDK's types (`Integer`/`int32` Port, PageNumber and PageSize, `Long`/`int64`
//! owner IDs, booleans) and the request's values; the endpoint, the signature
//! algorithm (`v2` for V1) and the credentials from the environment must be
//! what the options asked for.
//!
//! Every operation: CreateSslVpnServer's eight cases, then for each of
//! ModifySslVpnServer, DeleteSslVpnServer and DescribeSslVpnServers its
//! example, every parameter it takes, other values (V1, GET, central
//! endpoint, Chinese comments) and awkward strings (custom endpoint with a
//! port), all rendered with `sslvpn_builder::snippet::render` from the
//! operation's own checked request.
//!
//! PHP and DescribeSslVpnServers' `ResourceGroupId`: the stored PHP source of
//! `DescribeSslVpnServersRequest` at commit 12ab8b79 lacks `resourceGroupId`,
//! but the one at commit 4656db22 declares it (and Vpc.php at 00f976ea sends
//! it), so the PHP stub has it and the PHP Describe cases carry it like every
//! other SDK's.
//!
//! Controls that must fail: for each language, copies of a snippet with one
//! deliberate mistake (a misspelt method, setter or field, import, config
//! field, response field, and a value of the wrong type), each of which must
//! be caught, for that reason; the same for the family's own methods, fields
//! and types (a Delete method, the server-ID field, an integer PageSize, the
//! RequestId a Describe prints, PHP's `resourceGroupId`).
//!
//! Needs javac/java, go, mcs/mono and php. A missing toolchain is skipped with
//! a printed notice, unless `SNIPPET_TOOLCHAINS_REQUIRED=1` (the Makefile's
//! test target sets it), as in tests/snippet_roundtrip.rs. mcs (Mono 6.8)
//! has no C# 9 top-level statements, so the C# snippet's statements are
//! compiled as the body of a method; its `using` lines must come first.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Map, Value as Json};
use sslvpn_builder::operation::{
    Operation, CREATE_SSL_VPN_SERVER, DELETE_SSL_VPN_SERVER, DESCRIBE_SSL_VPN_SERVERS,
    MODIFY_SSL_VPN_SERVER, OPERATIONS,
};
use sslvpn_builder::signing::{Endpoint, Method, Scheme};
use sslvpn_builder::snippet::{self, Options};
use sslvpn_builder::{Input, Kind, Lang, Request, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

// ---------------------------------------------------------------- toolchains

fn required() -> bool {
    std::env::var("SNIPPET_TOOLCHAINS_REQUIRED").is_ok_and(|v| v == "1")
}

/// Whether `tool` runs; prints a notice (or fails, when required) otherwise.
fn have(tool: &str, version_arg: &str, what: &str) -> bool {
    let ok = Command::new(tool)
        .arg(version_arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            !required(),
            "{tool} is required for the {what} SDK stub check"
        );
        println!("SKIPPED: {what} SDK stub check: {tool} not found");
    }
    ok
}

fn tmp() -> &'static Path {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
}

fn workdir(name: &str) -> PathBuf {
    let dir = tmp().join("sdk-stubs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stubs(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sdk/stubs")
        .join(lang)
}

/// Every file under `dir` whose name ends with `.ext`, sorted.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn output(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// Runs a command, asserts success, returns stdout.
fn run(cmd: &mut Command) -> String {
    let out = output(cmd);
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a command that must fail; returns what it printed.
fn fails(cmd: &mut Command) -> String {
    let out = output(cmd);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.status.success(), "{cmd:?} should have failed:\n{text}");
    text
}

// ---------------------------------------------------------------- the requests

const AK_ID: &str = "LTAI-stub-id";
const AK_SECRET: &str = "stub-secret";
const STS_TOKEN: &str = "stub-sts-token";

/// What the snippet of `op` prints: the stub response's value of the field
/// the operation returns.
fn result(op: &Operation) -> &'static str {
    match op.action {
        "CreateSslVpnServer" | "ModifySslVpnServer" => "vss-stub",
        "DeleteSslVpnServer" | "DescribeSslVpnServers" => "request-stub",
        other => panic!("no stub response for {other}"),
    }
}

/// The credentials every snippet reads, and where the stubs record.
fn env<'a>(cmd: &'a mut Command, record: &Path) -> &'a mut Command {
    cmd.env("ALIBABA_CLOUD_ACCESS_KEY_ID", AK_ID)
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", AK_SECRET)
        .env("ALIBABA_CLOUD_SECURITY_TOKEN", STS_TOKEN)
        .env("SDK_STUB_RECORD", record)
}

/// Every optional parameter, with a valid value.
const ALL: &[(&str, &str)] = &[
    ("Name", "ssl-all-params"),
    ("Proto", "UDP"),
    ("Port", "1195"),
    ("Cipher", "AES-256-CBC"),
    ("Compress", "true"),
    ("EnableMultiFactorAuth", "true"),
    ("IDaaSInstanceId", "idaas-cn-hangzhou-p1a2b3c4"),
    ("IDaaSRegionId", "cn-hangzhou"),
    ("IDaaSApplicationId", "app_my6g4qmvnwxzj2f1234"),
    ("ClientToken", "02fb3da4-130e-11e9-8e44-0016e04115b"),
    ("DryRun", "false"),
    ("DnsServers", "223.5.5.5,223.6.6.6"),
    ("OwnerAccount", "owner-account"),
    ("OwnerId", "1234567890123456"),
    ("ResourceOwnerAccount", "resource-owner-account"),
    ("ResourceOwnerId", "9223372036854775807"),
];

/// The other value of each boolean, an edge port, a small owner ID.
const FLIPPED: &[(&str, &str)] = &[
    ("Port", "65535"),
    ("Compress", "false"),
    ("EnableMultiFactorAuth", "false"),
    ("DryRun", "true"),
    ("OwnerId", "123"),
    ("ResourceOwnerId", "1"),
];

/// Strings that each language's literal syntax could get wrong.
const AWKWARD: &[(&str, &str)] = &[
    (
        "Name",
        "it's \"quoted\" \\back\\slash $HOME ${x} #{y} {{z}} %s \\",
    ),
    (
        "OwnerAccount",
        "测试 名称 😀 e\u{301} \u{202E}rtl\u{202C} \u{2028}",
    ),
    (
        "ResourceOwnerAccount",
        "line\nbreak\ttab\r\n'single' \"double\"",
    ),
    ("IDaaSApplicationId", "app_$x\\u0041"),
    ("DnsServers", "<?php ?> */ /* // # -- \\' \\\""),
];

/// Values of the parameters the family adds (with ALL's for the rest).
const FAMILY_ALL: &[(&str, &str)] = &[
    ("SslVpnServerId", "vss-bp18q7hzj6largv4v1abcd"),
    ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
    ("ResourceGroupId", "rg-acfmzs372yg1234"),
    ("PageNumber", "2"),
    ("PageSize", "50"),
    ("ClientIpPool", "192.168.2.0/24"),
    ("LocalSubnet", "10.0.0.0/8,172.16.0.0/16"),
];

/// Other values for the family: the paging edges, on top of FLIPPED.
const FAMILY_FLIPPED: &[(&str, &str)] = &[("PageNumber", "1"), ("PageSize", "1")];

/// The value in `tables` (the first that has one) of every parameter `op` takes
/// but `Action`, `RegionId` and its required ones.
fn values_for(
    op: &Operation,
    tables: &[&[(&'static str, &'static str)]],
) -> Vec<(&'static str, &'static str)> {
    op.params
        .iter()
        .filter(|p| !p.required && p.name != "RegionId")
        .filter_map(|p| {
            tables
                .iter()
                .find_map(|t| t.iter().find(|(k, _)| *k == p.name))
                .copied()
        })
        .collect()
}

struct Case {
    what: &'static str,
    request: Request,
    errors: bool,
    lang: Lang,
    endpoint: Endpoint,
    scheme: Scheme,
    method: Method,
}

impl Case {
    fn render(&self, target: &str) -> String {
        let opts = Options {
            lang: self.lang,
            endpoint: &self.endpoint,
            scheme: self.scheme,
            method: self.method,
            signed: None,
        };
        snippet::render(target, &self.request, self.errors, &opts)
            .unwrap_or_else(|e| panic!("{}: {target}: {}", self.what, e.message))
    }

    /// The endpoint host the client must be given (stated here, not taken
    /// from the library).
    fn op(&self) -> &'static Operation {
        self.request.operation()
    }

    fn host(&self) -> String {
        match &self.endpoint {
            Endpoint::Regional => format!("vpc.{}.aliyuncs.com", self.request.region_id()),
            Endpoint::Central => "vpc.aliyuncs.com".into(),
            Endpoint::Custom(host) => host.clone(),
        }
    }
}

/// The page's example of CreateSslVpnServer: each required parameter (but
/// `Action`) at its documented example value, with `extra` on top.
fn case(
    what: &'static str,
    extra: &[(&str, &str)],
    choices: (Lang, Endpoint, Scheme, Method),
    valid: bool,
) -> Case {
    op_case(&CREATE_SSL_VPN_SERVER, what, extra, choices, valid)
}

/// The same for any operation: its own required parameters and its `check`.
fn op_case(
    op: &'static Operation,
    what: &'static str,
    extra: &[(&str, &str)],
    (lang, endpoint, scheme, method): (Lang, Endpoint, Scheme, Method),
    valid: bool,
) -> Case {
    let mut input = Input::new();
    for p in op
        .params
        .iter()
        .filter(|p| p.required && p.name != "Action")
    {
        input.insert(p.name.into(), Value::from(p.example));
    }
    for (k, v) in extra {
        input.insert((*k).into(), Value::from(*v));
    }
    let checked = op.check(&input, Lang::En);
    let errors = !checked.report().valid();
    if valid {
        assert!(!errors, "{what}: {:#?}", checked.report());
    }
    Case {
        what,
        request: checked.request().clone(),
        errors,
        lang,
        endpoint,
        scheme,
        method,
    }
}

fn cases() -> Vec<Case> {
    use Method::{Get, Post};
    use Scheme::{V1, V3};
    let regional = |lang| (lang, Endpoint::Regional, V3, Post);
    let cases = vec![
        case("example", &[], regional(Lang::En), true),
        case("every parameter", ALL, regional(Lang::En), true),
        case("other booleans", FLIPPED, regional(Lang::En), true),
        case(
            "V1, GET, central endpoint",
            &[],
            (Lang::En, Endpoint::Central, V1, Get),
            true,
        ),
        case(
            "V3, custom endpoint",
            &[],
            (
                Lang::En,
                Endpoint::Custom("vpc-vpc.cn-hangzhou.aliyuncs.com".into()),
                V3,
                Post,
            ),
            true,
        ),
        case(
            "Chinese comments, V1",
            ALL,
            (Lang::Zh, Endpoint::Regional, V1, Post),
            true,
        ),
        case("awkward strings", AWKWARD, regional(Lang::En), false),
        case(
            "awkward strings, Chinese, custom endpoint with port",
            &[AWKWARD, &[("RegionId", "cn-shanghai")]].concat(),
            (
                Lang::Zh,
                Endpoint::Custom("vpc.cn-shanghai.aliyuncs.com:443".into()),
                V1,
                Get,
            ),
            false,
        ),
    ];
    // "Every parameter" must stay every parameter as the table grows.
    every_parameter(&cases[1]);
    let mut cases = cases;
    for op in [
        &MODIFY_SSL_VPN_SERVER,
        &DELETE_SSL_VPN_SERVER,
        &DESCRIBE_SSL_VPN_SERVERS,
    ] {
        cases.extend(family_cases(op));
    }
    // Every operation has its cases.
    for op in OPERATIONS {
        assert!(
            cases.iter().filter(|c| c.op() == *op).count() >= 4,
            "{op:?} has too few cases"
        );
    }
    cases
}

/// The case must carry every parameter of its operation but `Action`.
fn every_parameter(case: &Case) {
    let all: Vec<&str> = case.request.params().map(|(n, _)| n).collect();
    for p in case.op().params.iter().filter(|p| p.name != "Action") {
        assert!(all.contains(&p.name), "{}: lacks {}", case.what, p.name);
    }
}

/// The cases of a family operation, named `<Action>: <what>`.
fn family_cases(op: &'static Operation) -> Vec<Case> {
    use Method::{Get, Post};
    use Scheme::{V1, V3};
    // Case names must be 'static: one leaked string per case (a test process).
    let name = |what: &str| -> &'static str {
        Box::leak(format!("{}: {what}", op.action).into_boxed_str())
    };
    let every = values_for(op, &[FAMILY_ALL, ALL]);
    let flipped = values_for(op, &[FAMILY_FLIPPED, FLIPPED, FAMILY_ALL, ALL]);
    let awkward = values_for(op, &[AWKWARD, FAMILY_ALL, ALL]);
    let cases = vec![
        op_case(
            op,
            name("example"),
            &[],
            (Lang::En, Endpoint::Regional, V3, Post),
            true,
        ),
        op_case(
            op,
            name("every parameter"),
            &every,
            (Lang::En, Endpoint::Regional, V3, Post),
            true,
        ),
        op_case(
            op,
            name("other values, V1, GET, central endpoint, Chinese comments"),
            &flipped,
            (Lang::Zh, Endpoint::Central, V1, Get),
            true,
        ),
        op_case(
            op,
            name("awkward strings, custom endpoint with port"),
            &[awkward.as_slice(), &[("RegionId", "cn-shanghai")]].concat(),
            (
                Lang::En,
                Endpoint::Custom("vpc.cn-shanghai.aliyuncs.com:443".into()),
                V1,
                Post,
            ),
            false,
        ),
    ];
    every_parameter(&cases[1]);
    every_parameter(&cases[2]);
    cases
}

// ---------------------------------------------------------------- what the SDKs declare

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sdk {
    Java,
    Go,
    CSharp,
    Php,
}

/// The owner IDs are `Long` in the Java and C# (`long?`) models and `*int64`
/// in Go; `Port` is `Integer` / `int?` / `*int32` (the stubs' sources).
const LONG_FIELDS: &[&str] = &["OwnerId", "ResourceOwnerId"];

impl Sdk {
    /// The model's field name: Java and PHP lower camel case with `IDaaS…`
    /// kept, Go and C# the wire name.
    fn field(self, wire: &str) -> String {
        match self {
            Sdk::Go | Sdk::CSharp => wire.to_owned(),
            Sdk::Java | Sdk::Php if wire.starts_with("IDaaS") => wire.to_owned(),
            Sdk::Java | Sdk::Php => {
                let mut c = wire.chars();
                let first = c.next().unwrap().to_ascii_lowercase();
                first.to_string() + c.as_str()
            }
        }
    }

    /// The type the stub records for a field of `op` (a runtime type name).
    fn type_name(self, op: &Operation, wire: &str) -> &'static str {
        let long = LONG_FIELDS.contains(&wire);
        let kind = op.param(wire).unwrap_or_else(|| panic!("{wire}")).kind;
        match (self, kind, long) {
            (Sdk::Java, Kind::Integer, true) => "Long",
            (Sdk::Java, Kind::Integer, false) => "Integer",
            (Sdk::Java, Kind::Boolean, _) => "Boolean",
            (Sdk::Java, Kind::String, _) => "String",
            (Sdk::Go, Kind::Integer, true) => "int64",
            (Sdk::Go, Kind::Integer, false) => "int32",
            (Sdk::Go, Kind::Boolean, _) => "bool",
            (Sdk::Go, Kind::String, _) => "string",
            (Sdk::CSharp, Kind::Integer, true) => "Int64",
            (Sdk::CSharp, Kind::Integer, false) => "Int32",
            (Sdk::CSharp, Kind::Boolean, _) => "Boolean",
            (Sdk::CSharp, Kind::String, _) => "String",
            (Sdk::Php, Kind::Integer, _) => "integer",
            (Sdk::Php, Kind::Boolean, _) => "boolean",
            (Sdk::Php, Kind::String, _) => "string",
        }
    }
}

/// What the stub client must have recorded for one case.
fn expected(sdk: Sdk, case: &Case) -> Json {
    let op = case.op();
    let mut fields = Map::new();
    for (wire, v) in case.request.params() {
        let value = match op.param(wire).unwrap().kind {
            Kind::String => json!(v),
            Kind::Integer => json!(v
                .parse::<i64>()
                .unwrap_or_else(|_| panic!("{}: {wire} {v:?} is not canonical", case.what))),
            Kind::Boolean => {
                assert!(v == "true" || v == "false", "{}: {wire} {v:?}", case.what);
                json!(v == "true")
            }
        };
        fields.insert(sdk.field(wire), json!([sdk.type_name(op, wire), value]));
    }
    json!({
        "op": op.action,
        "config": {
            "endpoint": case.host(),
            "signatureAlgorithm": if case.scheme == Scheme::V1 { json!("v2") } else { Json::Null },
            "accessKeyId": AK_ID,
            "accessKeySecret": AK_SECRET,
            "securityToken": STS_TOKEN,
        },
        "fields": fields,
    })
}

/// Compares what the stubs recorded and what the snippets printed with the
/// cases, one record and one line per case; says what differs.
fn compare(sdk: Sdk, cases: &[&Case], record: &Path, stdout: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(record).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() != cases.len() {
        return Err(format!(
            "{sdk:?}: {} records for {} snippets",
            lines.len(),
            cases.len()
        ));
    }
    for (case, line) in cases.iter().zip(lines) {
        let got: Json = serde_json::from_str(line).map_err(|e| format!("{e}: {line}"))?;
        let want = expected(sdk, case);
        for key in ["op", "config"] {
            if got[key] != want[key] {
                return Err(format!(
                    "{sdk:?} {}: {key}: got {}, want {}",
                    case.what, got[key], want[key]
                ));
            }
        }
        let (got, want) = (&got["fields"], &want["fields"]);
        let names = got
            .as_object()
            .unwrap()
            .keys()
            .chain(want.as_object().unwrap().keys());
        for name in names {
            if got.get(name) != want.get(name) {
                return Err(format!(
                    "{sdk:?} {}: field {name}: got {}, want {}",
                    case.what,
                    got.get(name).unwrap_or(&Json::Null),
                    want.get(name).unwrap_or(&Json::Null)
                ));
            }
        }
    }
    let printed: Vec<&str> = stdout.lines().map(str::trim).collect();
    let want: Vec<&str> = cases.iter().map(|c| result(c.op())).collect();
    if printed != want {
        return Err(format!("{sdk:?}: printed {printed:?}, want {want:?}"));
    }
    Ok(())
}

/// One deliberate mistake in a copy of a case's snippet (the case named
/// `case`, or CreateSslVpnServer's case number `case`), and what the compiler
/// (or the run) must say about it.
struct Mutant {
    case: Which,
    from: &'static str,
    to: &'static str,
    says: &'static str,
}

#[derive(Clone, Copy)]
enum Which {
    Index(usize),
    Named(&'static str),
}

impl Mutant {
    fn case<'a>(&self, cases: &'a [Case]) -> &'a Case {
        match self.case {
            Which::Index(i) => &cases[i],
            Which::Named(name) => cases
                .iter()
                .find(|c| c.what == name)
                .unwrap_or_else(|| panic!("no case {name:?}")),
        }
    }
}

/// A control on a case of the family, by name.
const fn fm(
    case: &'static str,
    from: &'static str,
    to: &'static str,
    says: &'static str,
) -> Mutant {
    Mutant {
        case: Which::Named(case),
        from,
        to,
        says,
    }
}

const fn m(case: usize, from: &'static str, to: &'static str, says: &'static str) -> Mutant {
    Mutant {
        case: Which::Index(case),
        from,
        to,
        says,
    }
}

fn mutate(code: &str, m: &Mutant) -> String {
    assert!(
        code.contains(m.from),
        "control {:?} -> {:?}: the snippet no longer has {:?}; update the control\n{code}",
        m.from,
        m.to,
        m.from
    );
    code.replacen(m.from, m.to, 1)
}

fn caught(sdk: Sdk, k: usize, m: &Mutant, said: &str) {
    assert!(
        said.contains(m.says),
        "{sdk:?} control {k} ({:?} -> {:?}) failed, but without {:?}:\n{said}",
        m.from,
        m.to,
        m.says
    );
}

// ---------------------------------------------------------------- Java

const JAVA_MUTANTS: &[Mutant] = &[
    m(
        1,
        ".createSslVpnServer(request)",
        ".createSslVpnServers(request)",
        "createSslVpnServers",
    ),
    m(
        1,
        ".setIDaaSInstanceId(",
        ".setIdaasInstanceId(",
        "setIdaasInstanceId",
    ),
    // Port is an Integer: a long does not convert.
    m(
        1,
        ".setPort(1195)",
        ".setPort(1195L)",
        "incompatible types: long cannot be converted to Integer",
    ),
    // The owner IDs are Long: an int literal does not box to Long.
    m(
        2,
        ".setOwnerId(123L)",
        ".setOwnerId(123)",
        "incompatible types: int cannot be converted to Long",
    ),
    m(0, "config.endpoint = ", "config.endPoint = ", "endPoint"),
    m(
        0,
        "import com.aliyun.teaopenapi.models.Config;",
        "import com.aliyun.teaopenapi.Config;",
        "com.aliyun.teaopenapi",
    ),
    m(
        0,
        "getSslVpnServerId()",
        "getSslVpnServerID()",
        "getSslVpnServerID",
    ),
    fm(
        "DeleteSslVpnServer: example",
        ".deleteSslVpnServer(request)",
        ".deleteSslVpnServers(request)",
        "deleteSslVpnServers",
    ),
    fm(
        "ModifySslVpnServer: example",
        ".setSslVpnServerId(",
        ".setSslVpnServerID(",
        "setSslVpnServerID",
    ),
    // PageSize is an Integer.
    fm(
        "DescribeSslVpnServers: every parameter",
        ".setPageSize(50)",
        ".setPageSize(50L)",
        "incompatible types: long cannot be converted to Integer",
    ),
    fm(
        "DescribeSslVpnServers: example",
        "getRequestId()",
        "getRequestID()",
        "getRequestID",
    ),
];

/// The snippet with its class renamed (every snippet declares the same one).
fn java_class(code: &str, name: &str) -> String {
    let decls = code
        .lines()
        .filter(|l| l.starts_with("public class "))
        .count();
    assert_eq!(decls, 1, "one public class:\n{code}");
    code.lines()
        .map(|l| {
            if l.starts_with("public class ") {
                format!("public class {name} {{\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

#[test]
fn java_snippets_compile_and_run_against_sdk_stubs() {
    if !have("javac", "-version", "Java") || !have("java", "-version", "Java") {
        return;
    }
    let cases = cases();
    let dir = workdir("java");
    let (out, record) = (dir.join("classes"), dir.join("record.jsonl"));
    // One javac for the stubs, every snippet and a driver that runs them in order.
    let mut sources = files(&stubs("java"), "java");
    let mut driver = String::from(
        "public class Driver {\n    public static void main(String[] args) throws Exception {\n",
    );
    for (i, case) in cases.iter().enumerate() {
        let path = dir.join(format!("Snippet{i}.java"));
        write(
            &path,
            &java_class(&case.render("java"), &format!("Snippet{i}")),
        );
        sources.push(path);
        driver.push_str(&format!("        Snippet{i}.main(args);\n"));
    }
    driver.push_str("    }\n}\n");
    write(&dir.join("Driver.java"), &driver);
    sources.push(dir.join("Driver.java"));
    run(Command::new("javac")
        .args(["-encoding", "UTF-8", "-d"])
        .arg(&out)
        .args(&sources));
    let stdout = run(env(
        Command::new("java").arg("-cp").arg(&out).arg("Driver"),
        &record,
    ));
    let all: Vec<&Case> = cases.iter().collect();
    compare(Sdk::Java, &all, &record, &stdout).unwrap();

    for (k, mutant) in JAVA_MUTANTS.iter().enumerate() {
        let code = mutate(&mutant.case(&cases).render("java"), mutant);
        let path = dir.join(format!("Mutant{k}.java"));
        write(&path, &java_class(&code, &format!("Mutant{k}")));
        let said = fails(
            Command::new("javac")
                .args(["-encoding", "UTF-8", "-cp"])
                .arg(&out)
                .arg("-d")
                .arg(dir.join("mutants"))
                .arg(&path),
        );
        caught(Sdk::Java, k, mutant, &said);
    }
    println!(
        "java: {} snippets compile and run against the SDK stubs; {} controls caught",
        cases.len(),
        JAVA_MUTANTS.len()
    );
}

// ---------------------------------------------------------------- Go

const GO_MUTANTS: &[Mutant] = &[
    m(
        1,
        "client.CreateSslVpnServer(request)",
        "client.CreateSslVpnServers(request)",
        "CreateSslVpnServers",
    ),
    m(1, "IDaaSInstanceId:", "IdaasInstanceId:", "IdaasInstanceId"),
    // Port is *int32.
    m(1, "tea.Int32(1195)", "tea.Int64(1195)", "*int64"),
    // The owner IDs are *int64.
    m(2, "tea.Int64(123)", "tea.Int32(123)", "*int32"),
    m(0, "config.Endpoint = ", "config.EndPoint = ", "EndPoint"),
    m(
        0,
        "vpc-20160428/v7/client",
        "vpc-20160428/v6/client",
        "vpc-20160428/v6",
    ),
    m(
        0,
        "response.Body.SslVpnServerId",
        "response.Body.SslVpnServerID",
        "SslVpnServerID",
    ),
    fm(
        "DeleteSslVpnServer: example",
        "client.DeleteSslVpnServer(request)",
        "client.DeleteSslVpnServers(request)",
        "DeleteSslVpnServers",
    ),
    fm(
        "ModifySslVpnServer: example",
        "SslVpnServerId: ",
        "SslVpnServerID: ",
        "SslVpnServerID",
    ),
    // PageSize is *int32.
    fm(
        "DescribeSslVpnServers: every parameter",
        "tea.Int32(50)",
        "tea.Int64(50)",
        "*int64",
    ),
    fm(
        "DescribeSslVpnServers: example",
        "response.Body.RequestId",
        "response.Body.RequestID",
        "RequestID",
    ),
];

/// `go` fully offline: the SDK modules are replaced by the stubs, the module
/// and build caches live under the target directory.
fn go(dir: &Path) -> Command {
    let mut cmd = Command::new("go");
    cmd.current_dir(dir)
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOSUMDB", "off")
        .env("GONOSUMDB", "*")
        .env("GOWORK", "off")
        .env("GO111MODULE", "on")
        .env("GOTOOLCHAIN", "local")
        .env("GOPATH", tmp().join("sdk-stubs-gopath"))
        .env("GOCACHE", tmp().join("sdk-stubs-gocache"));
    cmd
}

#[test]
fn go_snippets_compile_and_run_against_sdk_stubs() {
    if !have("go", "version", "Go") {
        return;
    }
    let cases = cases();
    let dir = workdir("go");
    let record = dir.join("record.jsonl");
    let stub = |m: &str| stubs("go").join(m).display().to_string();
    write(
        &dir.join("go.mod"),
        &format!(
            "module snippets\n\ngo 1.14\n\nrequire (\n\
             \tgithub.com/alibabacloud-go/darabonba-openapi/v2 v2.2.4\n\
             \tgithub.com/alibabacloud-go/tea v1.5.2\n\
             \tgithub.com/alibabacloud-go/vpc-20160428/v7 v7.2.5\n)\n\n\
             replace github.com/alibabacloud-go/darabonba-openapi/v2 => {}\n\
             replace github.com/alibabacloud-go/tea => {}\n\
             replace github.com/alibabacloud-go/vpc-20160428/v7 => {}\n",
            stub("darabonba-openapi"),
            stub("tea"),
            stub("vpc-20160428")
        ),
    );
    // One `go build` for every snippet, a main package each.
    for (i, case) in cases.iter().enumerate() {
        write(&dir.join(format!("s{i}/main.go")), &case.render("go"));
    }
    run(go(&dir).args(["build", "-o", "bin/", "./..."]));
    let mut stdout = String::new();
    for i in 0..cases.len() {
        stdout += &run(env(
            &mut Command::new(dir.join(format!("bin/s{i}"))),
            &record,
        ));
    }
    let all: Vec<&Case> = cases.iter().collect();
    compare(Sdk::Go, &all, &record, &stdout).unwrap();

    for (k, mutant) in GO_MUTANTS.iter().enumerate() {
        let code = mutate(&mutant.case(&cases).render("go"), mutant);
        write(&dir.join(format!("m{k}/main.go")), &code);
        let said = fails(
            go(&dir)
                .args(["build", "-o", "mbin/"])
                .arg(format!("./m{k}")),
        );
        caught(Sdk::Go, k, mutant, &said);
    }
    println!(
        "go: {} snippets build and run against the SDK stubs; {} controls caught",
        cases.len(),
        GO_MUTANTS.len()
    );
}

// ---------------------------------------------------------------- C#

const CSHARP_MUTANTS: &[Mutant] = &[
    m(
        1,
        "client.CreateSslVpnServer(request)",
        "client.CreateSslVpnServers(request)",
        "CreateSslVpnServers",
    ),
    m(
        1,
        "IDaaSInstanceId = ",
        "IdaasInstanceId = ",
        "IdaasInstanceId",
    ),
    // Port is int?: a long does not convert implicitly.
    m(
        1,
        "Port = 1195,",
        "Port = 1195L,",
        "Cannot implicitly convert type `long' to `int?'",
    ),
    // The owner IDs are long?.
    m(
        2,
        "OwnerId = 123,",
        "OwnerId = \"123\",",
        "Cannot implicitly convert type `string' to `long?'",
    ),
    m(0, "    Endpoint = ", "    EndPoint = ", "EndPoint"),
    m(
        0,
        "using AlibabaCloud.SDK.Vpc20160428.Models;",
        "using AlibabaCloud.SDK.Vpc20160428.Model;",
        "`Model'",
    ),
    m(
        0,
        "response.Body.SslVpnServerId",
        "response.Body.SslVpnServerID",
        "SslVpnServerID",
    ),
    fm(
        "DeleteSslVpnServer: example",
        "client.DeleteSslVpnServer(request)",
        "client.DeleteSslVpnServers(request)",
        "DeleteSslVpnServers",
    ),
    fm(
        "ModifySslVpnServer: example",
        "SslVpnServerId = ",
        "SslVpnServerID = ",
        "SslVpnServerID",
    ),
    // PageSize is int?.
    fm(
        "DescribeSslVpnServers: every parameter",
        "PageSize = 50,",
        "PageSize = 50L,",
        "Cannot implicitly convert type `long' to `int?'",
    ),
    fm(
        "DescribeSslVpnServers: example",
        "response.Body.RequestId",
        "response.Body.RequestID",
        "RequestID",
    ),
];

/// The snippet's top-level statements as the body of `class.Run()`: its
/// `using` directives (which must all come first) stay outside.
fn csharp_class(code: &str, class: &str) -> String {
    let mut head = String::new();
    let mut body = String::new();
    let mut statements = false;
    for line in code.lines() {
        let t = line.trim_start();
        if t.starts_with("using ") && t.ends_with(';') {
            assert!(!statements, "a using directive after a statement:\n{code}");
            head.push_str(line);
            head.push('\n');
        } else {
            statements |= !(t.is_empty() || t.starts_with("//"));
            body.push_str("        ");
            body.push_str(line);
            body.push('\n');
        }
    }
    format!("{head}\nstatic class {class}\n{{\n    public static void Run()\n    {{\n{body}    }}\n}}\n")
}

#[test]
fn csharp_snippets_compile_and_run_against_sdk_stubs() {
    if !have("mcs", "--version", "C#") || !have("mono", "--version", "C#") {
        return;
    }
    let cases = cases();
    let dir = workdir("csharp");
    let (dll, exe, record) = (
        dir.join("stubs.dll"),
        dir.join("snippets.exe"),
        dir.join("record.jsonl"),
    );
    run(Command::new("mcs")
        .args(["-target:library", "-codepage:utf8", "-warnaserror"])
        .arg(format!("-out:{}", dll.display()))
        .args(files(&stubs("csharp"), "cs")));
    // One mcs for every snippet and a driver that runs them in order.
    let mut sources = vec![];
    let mut driver = String::from("static class Driver\n{\n    static void Main()\n    {\n");
    for (i, case) in cases.iter().enumerate() {
        let path = dir.join(format!("Snippet{i}.cs"));
        write(
            &path,
            &csharp_class(&case.render("csharp"), &format!("Snippet{i}")),
        );
        sources.push(path);
        driver.push_str(&format!("        Snippet{i}.Run();\n"));
    }
    driver.push_str("    }\n}\n");
    write(&dir.join("Driver.cs"), &driver);
    sources.push(dir.join("Driver.cs"));
    run(Command::new("mcs")
        .arg("-codepage:utf8")
        .arg(format!("-r:{}", dll.display()))
        .arg(format!("-out:{}", exe.display()))
        .args(&sources));
    let stdout = run(env(Command::new("mono").arg(&exe), &record));
    let all: Vec<&Case> = cases.iter().collect();
    compare(Sdk::CSharp, &all, &record, &stdout).unwrap();

    for (k, mutant) in CSHARP_MUTANTS.iter().enumerate() {
        let code = mutate(&mutant.case(&cases).render("csharp"), mutant);
        let path = dir.join(format!("Mutant{k}.cs"));
        write(&path, &csharp_class(&code, &format!("Mutant{k}")));
        let said = fails(
            Command::new("mcs")
                .args(["-target:library", "-codepage:utf8"])
                .arg(format!("-r:{}", dll.display()))
                .arg(format!(
                    "-out:{}",
                    dir.join(format!("Mutant{k}.dll")).display()
                ))
                .arg(&path),
        );
        caught(Sdk::CSharp, k, mutant, &said);
    }
    println!(
        "csharp: {} snippets compile (mcs) and run (mono) against the SDK stubs; {} controls caught",
        cases.len(),
        CSHARP_MUTANTS.len()
    );
}

// ---------------------------------------------------------------- PHP

const PHP_MUTANTS: &[Mutant] = &[
    m(
        1,
        "->createSslVpnServer(",
        "->createSslVpnServers(",
        "createSslVpnServers",
    ),
    m(
        1,
        "'IDaaSInstanceId' =>",
        "'idaaSInstanceId' =>",
        "idaaSInstanceId",
    ),
    // PHP has no static types: a string port reaches the request, and the
    // recorded type is what differs.
    m(
        1,
        "'port' => 1195,",
        "'port' => '1195',",
        "field port: got [\"string\",\"1195\"]",
    ),
    m(
        2,
        "'ownerId' => 123,",
        "'ownerId' => '123',",
        "field ownerId: got [\"string\",\"123\"]",
    ),
    m(0, "$config->endpoint", "$config->endPoint", "endPoint"),
    m(
        0,
        "use Darabonba\\OpenApi\\Models\\Config;",
        "use Darabonba\\OpenApi\\Config;",
        "Darabonba\\OpenApi\\Config",
    ),
    m(
        0,
        "->body->sslVpnServerId",
        "->body->sslVpnServerID",
        "sslVpnServerID",
    ),
    fm(
        "DeleteSslVpnServer: example",
        "->deleteSslVpnServer(",
        "->deleteSslVpnServers(",
        "deleteSslVpnServers",
    ),
    fm(
        "DescribeSslVpnServers: every parameter",
        "'pageSize' => 50,",
        "'pageSize' => '50',",
        "field pageSize: got [\"string\",\"50\"]",
    ),
    // The stub declares resourceGroupId (as the PHP SDK at commit 4656db22):
    // a misspelt key is rejected, so the one that runs is the SDK's.
    fm(
        "DescribeSslVpnServers: every parameter",
        "'resourceGroupId' =>",
        "'resourceGroupID' =>",
        "resourceGroupID",
    ),
    fm(
        "DescribeSslVpnServers: example",
        "->body->requestId",
        "->body->requestID",
        "requestID",
    ),
];

/// Runs one PHP snippet (E_ALL, errors to stderr); Err with what went wrong.
fn php(dir: &Path, file: &str, record: &Path) -> Result<String, String> {
    let out = output(env(
        Command::new("php")
            .args([
                "-n",
                "-d",
                "error_reporting=-1",
                "-d",
                "display_errors=stderr",
            ])
            .arg(file)
            .current_dir(dir),
        record,
    ));
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    if out.status.success() && stderr.is_empty() {
        Ok(stdout)
    } else {
        Err(format!("php {file}: {}\n{stdout}{stderr}", out.status))
    }
}

#[test]
fn php_snippets_run_against_sdk_stubs() {
    if !have("php", "--version", "PHP") {
        return;
    }
    let cases = cases();
    let dir = workdir("php");
    let record = dir.join("record.jsonl");
    // The snippet requires Composer's vendor/autoload.php: it loads the stubs.
    let autoload = stubs("php").join("autoload.php").display().to_string();
    assert!(!autoload.contains(['\'', '\\']), "{autoload}");
    write(
        &dir.join("vendor/autoload.php"),
        &format!("<?php\n\nrequire '{autoload}';\n"),
    );
    let mut stdout = String::new();
    for (i, case) in cases.iter().enumerate() {
        let file = format!("s{i}.php");
        write(&dir.join(&file), &case.render("php"));
        stdout += &php(&dir, &file, &record).unwrap();
    }
    let all: Vec<&Case> = cases.iter().collect();
    compare(Sdk::Php, &all, &record, &stdout).unwrap();

    for (k, mutant) in PHP_MUTANTS.iter().enumerate() {
        let code = mutate(&mutant.case(&cases).render("php"), mutant);
        let (file, record) = (format!("m{k}.php"), dir.join(format!("m{k}.jsonl")));
        write(&dir.join(&file), &code);
        let said = php(&dir, &file, &record)
            .and_then(|stdout| compare(Sdk::Php, &[mutant.case(&cases)], &record, &stdout))
            .expect_err("a control that must fail passed");
        caught(Sdk::Php, k, mutant, &said);
    }
    println!(
        "php: {} snippets run against the SDK stubs; {} controls caught",
        cases.len(),
        PHP_MUTANTS.len()
    );
}
