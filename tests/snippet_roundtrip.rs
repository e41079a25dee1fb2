//! Round trips through the real interpreters and parsers: every literal the
//! snippet module writes is run (or parsed) by the language itself, and the
//! value that comes out must equal the value that went in, for a fixed corpus
//! of nasty strings plus deterministic pseudo-random ones.
//!
//! Needs bash, python3 (with PyYAML), node, javac/java, php, go, mcs/mono and
//! terraform. A missing toolchain is skipped with a printed notice, unless
//! `SNIPPET_TOOLCHAINS_REQUIRED=1` (the Makefile's test target sets it, so CI
//! never skips silently). PowerShell is not installable here: its quoting is
//! checked against an independent model of PowerShell's documented rules.

#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{Rng, INTERESTING, NASTY};
use sslvpn_builder::snippet::{self, curl, lit, shell, HttpRequest};
use sslvpn_builder::{check, Input, Lang, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

// ---------------------------------------------------------------- corpus

/// The nasty corpus plus `random` generated strings.
fn corpus(random: usize) -> Vec<String> {
    let mut out: Vec<String> = NASTY.iter().map(|s| s.to_string()).collect();
    let mut rng = Rng(0x5EED_CAFE_F00D_D00D);
    for _ in 0..random {
        let len = rng.below(24);
        out.push(
            (0..len)
                .map(|_| INTERESTING[rng.below(INTERESTING.len())])
                .collect(),
        );
    }
    out
}

// ---------------------------------------------------------------- runners

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
        assert!(!required(), "{tool} is required for the {what} round trip");
        println!("SKIPPED: {what} round trip: {tool} not found");
    }
    ok
}

fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("snippet")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs a command, asserts success, returns stdout.
fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// Compares one hex line per value with the values.
fn compare_hex(lang: &str, values: &[String], stdout: &[u8], expect: impl Fn(&str) -> String) {
    let text = String::from_utf8(stdout.to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    assert_eq!(lines.len(), values.len(), "{lang}: one line per value");
    for (v, line) in values.iter().zip(&lines) {
        assert_eq!(
            *line,
            hex(&expect(v)),
            "{lang}: value {v:?} did not survive"
        );
    }
    println!("{lang}: {} values round-trip", values.len());
}

fn same(v: &str) -> String {
    v.to_owned()
}

fn without_nul(v: &str) -> String {
    v.replace('\0', "")
}

// ---------------------------------------------------------------- languages

#[test]
fn python_literals() {
    if !have("python3", "--version", "Python") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("python");
    let mut src = String::from("import sys\nvals = [\n");
    for v in &values {
        src.push_str(&format!("    {},\n", lit::python(v)));
    }
    src.push_str("]\nfor v in vals:\n    sys.stdout.write(v.encode('utf-8').hex() + '\\n')\n");
    std::fs::write(dir.join("t.py"), &src).unwrap();
    let out = run(Command::new("python3").arg(dir.join("t.py")));
    compare_hex("python", &values, &out, same);
}

#[test]
fn javascript_literals() {
    if !have("node", "--version", "JavaScript") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("node");
    let mut src = String::from("const vals = [\n");
    for v in &values {
        let l = lit::js(v);
        assert!(!l.to_ascii_lowercase().contains("</script"), "{l}");
        src.push_str(&format!("  {l},\n"));
    }
    src.push_str(
        "];\nfor (const v of vals) process.stdout.write(Buffer.from(v, 'utf8').toString('hex') + '\\n');\n",
    );
    std::fs::write(dir.join("t.js"), &src).unwrap();
    let out = run(Command::new("node").arg(dir.join("t.js")));
    compare_hex("node", &values, &out, same);
}

#[test]
fn java_literals() {
    if !have("javac", "-version", "Java") || !have("java", "-version", "Java") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("java");
    let mut src = String::from(
        "import java.nio.charset.StandardCharsets;\npublic class T {\n  public static void main(String[] a) {\n    String[] vals = {\n",
    );
    for v in &values {
        src.push_str(&format!("      {},\n", lit::java(v)));
    }
    src.push_str(
        "    };\n    StringBuilder sb = new StringBuilder();\n    for (String v : vals) {\n      for (byte b : v.getBytes(StandardCharsets.UTF_8)) sb.append(String.format(\"%02x\", b & 0xff));\n      sb.append('\\n');\n    }\n    System.out.print(sb);\n  }\n}\n",
    );
    std::fs::write(dir.join("T.java"), &src).unwrap();
    run(Command::new("javac")
        .args(["-encoding", "UTF-8", "-d"])
        .arg(&dir)
        .arg(dir.join("T.java")));
    let out = run(Command::new("java").arg("-cp").arg(&dir).arg("T"));
    compare_hex("java", &values, &out, same);
}

#[test]
fn go_literals() {
    if !have("go", "version", "Go") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("go");
    let mut src = String::from(
        "package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvals := []string{\n",
    );
    for v in &values {
        src.push_str(&format!("\t\t{},\n", lit::go(v)));
    }
    src.push_str(
        "\t}\n\tfor _, v := range vals {\n\t\tfmt.Println(hex.EncodeToString([]byte(v)))\n\t}\n}\n",
    );
    std::fs::write(dir.join("t.go"), &src).unwrap();
    let out = run(Command::new("go")
        .arg("run")
        .arg(dir.join("t.go"))
        .env("GOCACHE", dir.join("cache"))
        .env("GO111MODULE", "off"));
    compare_hex("go", &values, &out, same);
}

#[test]
fn php_literals() {
    if !have("php", "--version", "PHP") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("php");
    let mut src = String::from("<?php\n$vals = [\n");
    for v in &values {
        src.push_str(&format!("    {},\n", lit::php(v)));
    }
    src.push_str("];\nforeach ($vals as $v) { echo bin2hex($v), \"\\n\"; }\n");
    std::fs::write(dir.join("t.php"), &src).unwrap();
    let out = run(Command::new("php").arg("-n").arg(dir.join("t.php")));
    compare_hex("php", &values, &out, same);
}

#[test]
fn csharp_literals() {
    if !have("mcs", "--version", "C#") || !have("mono", "--version", "C#") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("csharp");
    let mut src = String::from(
        "using System;\nusing System.Text;\nclass T {\n  static void Main() {\n    string[] vals = {\n",
    );
    for v in &values {
        src.push_str(&format!("      {},\n", lit::csharp(v)));
    }
    src.push_str(
        "    };\n    var sb = new StringBuilder();\n    foreach (var v in vals) {\n      foreach (var b in Encoding.UTF8.GetBytes(v)) sb.Append(b.ToString(\"x2\"));\n      sb.Append('\\n');\n    }\n    Console.Out.Write(sb.ToString());\n  }\n}\n",
    );
    std::fs::write(dir.join("T.cs"), &src).unwrap();
    run(Command::new("mcs")
        .arg("-codepage:utf8")
        .arg(format!("-out:{}", dir.join("T.exe").display()))
        .arg(dir.join("T.cs")));
    let out = run(Command::new("mono").arg(dir.join("T.exe")));
    compare_hex("csharp", &values, &out, same);
}

#[test]
fn yaml_literals_and_ros_template() {
    if !have("python3", "--version", "YAML") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("yaml");
    let mut doc = String::new();
    for v in &values {
        doc.push_str(&format!("- {}\n", lit::yaml(v)));
    }
    std::fs::write(dir.join("t.yaml"), &doc).unwrap();
    let script = "import sys, yaml\nfor v in yaml.safe_load(open(sys.argv[1], encoding='utf-8')):\n    sys.stdout.write(v.encode('utf-8').hex() + '\\n')\n";
    let out = run(Command::new("python3")
        .args(["-c", script])
        .arg(dir.join("t.yaml")));
    compare_hex("yaml", &values, &out, same);

    // Whole templates: the properties parse back to the request's values.
    let parse = "import sys, yaml, json\nt = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\nassert t['Resources']['SslVpnServer']['Type'] == 'ALIYUN::VPC::SslVpnServer'\nsys.stdout.write(json.dumps(t['Resources']['SslVpnServer']['Properties']))\n";
    for (i, v) in values.iter().enumerate().step_by(7) {
        let req = request_with(v, &values[(i + 1) % values.len()]);
        let code = snippet::render("ros", &req.0, req.1, &Default::default()).unwrap();
        let path = dir.join(format!("ros{i}.yaml"));
        std::fs::write(&path, &code).unwrap();
        let out = run(Command::new("python3").args(["-c", parse]).arg(&path));
        let props: serde_json::Value = serde_json::from_slice(&out).unwrap();
        for (name, value) in req.0.params() {
            if name == "RegionId"
                || name == "DryRun"
                || name == "DnsServers"
                || name == "ClientToken"
            {
                assert!(props.get(name).is_none());
                continue;
            }
            let got = props.get(name).unwrap_or_else(|| panic!("{name} missing"));
            let got = match got {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(got, value, "ros {name}");
        }
    }
}

#[test]
fn hcl_literals_and_terraform_format() {
    if !have("terraform", "version", "Terraform") || !have("python3", "--version", "Terraform") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("hcl");
    let mut src = String::from("locals {\n  v = [\n");
    for v in &values {
        src.push_str(&format!("    {},\n", lit::hcl(v)));
    }
    src.push_str("  ]\n}\n");
    std::fs::write(dir.join("main.tf"), &src).unwrap();
    let mut child = Command::new("terraform")
        .arg("console")
        .current_dir(&dir)
        .env("TF_CLI_CONFIG_FILE", "/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"jsonencode([for s in local.v : base64encode(s)])\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // terraform console prints the JSON text as an HCL string: decode twice.
    let printed = String::from_utf8(out.stdout).unwrap();
    let json: String = serde_json::from_str(printed.trim()).unwrap();
    let encoded: Vec<String> = serde_json::from_str(&json).unwrap();
    use base64::Engine;
    let got: Vec<String> = encoded
        .iter()
        .map(|b| {
            String::from_utf8(base64::engine::general_purpose::STANDARD.decode(b).unwrap()).unwrap()
        })
        .collect();
    // Terraform keeps every string in Unicode NFC (cty): compare with
    // Python's NFC of the input, and count the values NFC changed.
    let nfc = nfc_all(&values, &dir);
    let mut normalized = 0;
    for ((v, g), n) in values.iter().zip(&got).zip(&nfc) {
        assert_eq!(g, n, "terraform: value {v:?}");
        normalized += usize::from(g != v);
    }
    println!(
        "terraform: {} values round-trip ({} of them changed only by Unicode NFC)",
        values.len(),
        normalized
    );

    // Whole snippets parse and are formatted as `terraform fmt` wants.
    for (i, v) in values.iter().enumerate().step_by(11) {
        let (req, errors) = request_with(v, "x");
        let code = snippet::render("terraform", &req, errors, &Default::default()).unwrap();
        let path = dir.join(format!("s{i}.tf"));
        std::fs::write(&path, &code).unwrap();
        run(Command::new("terraform")
            .args(["fmt", "-check", "-diff"])
            .arg(&path)
            .env("TF_CLI_CONFIG_FILE", "/dev/null"));
    }
}

fn nfc_all(values: &[String], dir: &Path) -> Vec<String> {
    let mut doc = String::new();
    for v in values {
        doc.push_str(&hex(v));
        doc.push('\n');
    }
    std::fs::write(dir.join("nfc.txt"), doc).unwrap();
    let script = "import sys, unicodedata\nfor line in open(sys.argv[1]):\n    s = bytes.fromhex(line.strip()).decode('utf-8')\n    sys.stdout.write(unicodedata.normalize('NFC', s).encode('utf-8').hex() + '\\n')\n";
    let out = run(Command::new("python3")
        .args(["-c", script])
        .arg(dir.join("nfc.txt")));
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| {
            let bytes: Vec<u8> = (0..l.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&l[i..i + 2], 16).unwrap())
                .collect();
            String::from_utf8(bytes).unwrap()
        })
        .collect()
}

// ---------------------------------------------------------------- shells

/// A request whose free-text parameters hold `a` and `b`; also says whether
/// it has errors.
fn request_with(a: &str, b: &str) -> (sslvpn_builder::Request, bool) {
    let mut input = Input::new();
    for (k, v) in [
        ("RegionId", "cn-hangzhou"),
        ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
        ("ClientIpPool", "192.168.1.0/24"),
        ("LocalSubnet", "10.0.0.0/8"),
        ("Port", "1194"),
        ("Compress", "true"),
        ("Name", a),
        ("ClientToken", b),
        ("IDaaSApplicationId", a),
        ("DnsServers", b),
    ] {
        input.insert(k.into(), Value::from(v));
    }
    let checked = check(&input, Lang::En);
    let errors = !checked.report().valid();
    (checked.request().clone(), errors)
}

/// Runs `script` with bash, with fake programs on PATH that append their
/// argument count and arguments, NUL-separated, to `calls`.
fn bash_with_fakes(dir: &Path, script: &str, fakes: &[&str]) -> Vec<Vec<String>> {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let calls = dir.join("calls");
    for fake in fakes {
        let p = bin.join(fake);
        std::fs::write(
            &p,
            format!(
                "#!/bin/sh\nprintf '%s\\0' \"$#\" \"$@\" >> '{}'\n",
                calls.display()
            ),
        )
        .unwrap();
        run(Command::new("chmod").arg("+x").arg(&p));
    }
    std::fs::write(dir.join("script.sh"), script).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    run(Command::new("bash")
        .arg(dir.join("script.sh"))
        .env("PATH", path));
    let raw = std::fs::read(&calls).unwrap_or_default();
    let mut fields = raw
        .split(|b| *b == 0)
        .map(|f| String::from_utf8(f.to_vec()).unwrap());
    let mut out = vec![];
    while let Some(n) = fields.next() {
        if n.is_empty() {
            break;
        }
        let n: usize = n.parse().unwrap();
        out.push((0..n).map(|_| fields.next().unwrap()).collect());
    }
    out
}

#[test]
fn posix_words_and_cli_snippets_through_bash() {
    if !have("bash", "--version", "bash") {
        return;
    }
    let values = corpus(300);
    let dir = workdir("bash");
    // Words alone.
    let mut script = String::new();
    for v in &values {
        script.push_str(&format!("printf '%s\\0' {} >> words\n", shell::posix(v)));
    }
    std::fs::write(dir.join("words.sh"), &script).unwrap();
    run(Command::new("bash").arg("words.sh").current_dir(&dir));
    let raw = std::fs::read(dir.join("words")).unwrap();
    let got: Vec<String> = raw
        .split(|b| *b == 0)
        .map(|f| String::from_utf8(f.to_vec()).unwrap())
        .collect();
    assert_eq!(got.len(), values.len() + 1);
    for (v, g) in values.iter().zip(&got) {
        assert_eq!(*g, without_nul(v), "bash word {v:?}");
    }
    println!(
        "bash words: {} values round-trip (NUL removed)",
        values.len()
    );

    // Whole `cli` snippets, run with a fake `aliyun` on PATH.
    let mut script = String::from("set -e\n");
    let mut requests = vec![];
    for (i, v) in values.iter().enumerate() {
        let req = request_with(v, &values[values.len() - 1 - i]);
        script.push_str(&snippet::render("cli", &req.0, req.1, &Default::default()).unwrap());
        requests.push(req.0);
    }
    let calls = bash_with_fakes(&dir, &script, &["aliyun"]);
    assert_eq!(calls.len(), requests.len());
    for (call, req) in calls.iter().zip(&requests) {
        assert_eq!(&call[..2], ["vpc", "CreateSslVpnServer"]);
        let mut pairs = vec![];
        let mut args = call[2..].iter();
        while let Some(flag) = args.next() {
            if flag == "--force" {
                continue;
            }
            let flag = flag.strip_prefix("--").expect("a --Param flag");
            // `--Name=value` for values that start with `-`, else `--Name value`.
            let (name, value) = match flag.split_once('=') {
                Some((n, v)) => {
                    assert!(v.starts_with('-'), "attached only when needed: {flag}");
                    (n.to_owned(), v.to_owned())
                }
                None => (flag.to_owned(), args.next().unwrap().clone()),
            };
            assert!(
                !value.starts_with('-') || flag.contains('='),
                "{name} {value}"
            );
            pairs.push((name, value));
        }
        let mut want: Vec<(String, String)> = req
            .params()
            .map(|(n, v)| (n.to_owned(), without_nul(v)))
            .collect();
        want.sort();
        pairs.sort();
        assert_eq!(pairs, want);
        assert_eq!(
            call.iter().any(|a| a == "--force"),
            req.get("DnsServers").is_some()
        );
    }
    println!("bash cli snippets: {} requests round-trip", requests.len());
}

#[test]
fn curl_commands_through_bash() {
    if !have("bash", "--version", "bash") {
        return;
    }
    let values = corpus(100);
    let dir = workdir("curl");
    let mut script = String::from("set -e\n");
    let mut reqs = vec![];
    for (i, v) in values.iter().enumerate() {
        let w = &values[(i * 7 + 3) % values.len()];
        let req = HttpRequest {
            method: if i % 2 == 0 {
                "POST".into()
            } else {
                "GET".into()
            },
            url: format!("https://vpc.cn-hangzhou.aliyuncs.com/?Name={v}&x=[1]{{2}}"),
            headers: vec![
                ("x-acs-action".into(), "CreateSslVpnServer".into()),
                ("x-acs-test".into(), w.clone()),
            ],
            body: (i % 3 == 0).then(|| v.clone()),
        };
        script.push_str(&curl(&req));
        reqs.push(req);
    }
    let calls = bash_with_fakes(&dir, &script, &["curl"]);
    assert_eq!(calls.len(), reqs.len());
    for (call, req) in calls.iter().zip(&reqs) {
        let mut want = vec!["-g".to_owned(), "-X".into(), req.method.clone()];
        for (k, v) in &req.headers {
            want.push("-H".into());
            want.push(if v.is_empty() {
                format!("{k};")
            } else {
                without_nul(&format!("{k}: {v}"))
            });
        }
        if let Some(b) = req.body.as_deref().filter(|b| !b.is_empty()) {
            want.push("--data-raw".into());
            want.push(without_nul(b));
        }
        want.push(without_nul(&req.url));
        assert_eq!(*call, want);
    }
    println!("bash curl commands: {} requests round-trip", reqs.len());
}

// ---------------------------------------------------------------- PowerShell

/// An independent model of how PowerShell reads what `shell::powershell`
/// writes: a single-quoted string (any of ' ‘ ’ ‚ ‛ is a quote; two in a row
/// stand for the second), or `( part + part ... )` of such strings,
/// `[char]0xNNNN` and `[char]::ConvertFromUtf32(0xN)`. Not the real
/// interpreter (pwsh is not installable here).
fn powershell_model(word: &str) -> String {
    fn quote(c: char) -> bool {
        matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
    }
    fn single(chars: &[char], mut i: usize, out: &mut String) -> usize {
        assert!(quote(chars[i]));
        i += 1;
        loop {
            let c = chars[i];
            if quote(c) {
                if i + 1 < chars.len() && quote(chars[i + 1]) {
                    out.push(chars[i + 1]);
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            out.push(c);
            i += 1;
        }
    }
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    if chars[0] != '(' {
        let end = single(&chars, 0, &mut out);
        assert_eq!(end, chars.len(), "one string: {word}");
        return out;
    }
    assert_eq!(chars.last(), Some(&')'));
    let body: String = chars[1..chars.len() - 1].iter().collect();
    let b: Vec<char> = body.chars().collect();
    let mut i = 0;
    let mut first = true;
    while i < b.len() {
        if !first {
            let sep: String = b[i..i + 3].iter().collect();
            assert_eq!(sep, " + ");
            i += 3;
        }
        first = false;
        if quote(b[i]) {
            i = single(&b, i, &mut out);
        } else {
            let rest: String = b[i..].iter().collect();
            let (code, len) = if let Some(r) = rest.strip_prefix("[char]::ConvertFromUtf32(0x") {
                let end = r.find(')').unwrap();
                (u32::from_str_radix(&r[..end], 16).unwrap(), 27 + end + 1)
            } else if let Some(r) = rest.strip_prefix("[char]0x") {
                (u32::from_str_radix(&r[..4], 16).unwrap(), 12)
            } else {
                panic!("unexpected PowerShell part in {word}");
            };
            out.push(char::from_u32(code).unwrap());
            i += rest[..len].chars().count();
        }
    }
    out
}

#[test]
fn powershell_words_follow_the_quoting_rules() {
    let values = corpus(300);
    for v in &values {
        let w = shell::powershell(v);
        assert_eq!(
            powershell_model(&w),
            without_nul(v),
            "powershell {v:?} as {w}"
        );
        assert!(!w.contains('\0') && !w.contains('\n'));
    }
    println!(
        "powershell (model, not pwsh): {} values round-trip",
        values.len()
    );
}

// ---------------------------------------------------------------- syntax of whole snippets

#[test]
fn whole_snippets_parse() {
    let values = corpus(40);
    let dir = workdir("whole");
    let (py, php, go) = (
        have("python3", "--version", "Python"),
        have("php", "--version", "PHP"),
        have("go", "version", "Go"),
    );
    let mut checked = 0;
    for (i, v) in values.iter().enumerate() {
        let (req, errors) = request_with(v, &values[(i + 5) % values.len()]);
        if py {
            let p = dir.join(format!("s{i}.py"));
            std::fs::write(
                &p,
                snippet::render("python", &req, errors, &Default::default()).unwrap(),
            )
            .unwrap();
            run(Command::new("python3").args(["-m", "py_compile"]).arg(&p));
        }
        if php {
            let p = dir.join(format!("s{i}.php"));
            std::fs::write(
                &p,
                snippet::render("php", &req, errors, &Default::default()).unwrap(),
            )
            .unwrap();
            run(Command::new("php").args(["-n", "-l"]).arg(&p));
        }
        if go {
            let p = dir.join(format!("s{i}.go"));
            std::fs::write(
                &p,
                snippet::render("go", &req, errors, &Default::default()).unwrap(),
            )
            .unwrap();
            let out = run(Command::new("gofmt").arg("-l").arg(&p));
            assert!(out.is_empty(), "gofmt would change {}", p.display());
        }
        checked += 1;
    }
    println!("whole snippets parse (python, php, go fmt): {checked} requests");
}

// ---------------------------------------------------------------- curl snippet, signed

#[test]
fn signed_curl_snippets_through_bash() {
    use sslvpn_builder::signing::{sign, Credentials, Endpoint, Method, Scheme, SignOptions};
    if !have("bash", "--version", "bash") {
        return;
    }
    let creds = Credentials {
        access_key_id: "LTAI-roundtrip".into(),
        access_key_secret: "secret-that-never-shows".into(),
        security_token: Some("sts/token+with=odd&chars".into()),
    };
    let (ts, nonce) = ("2026-01-02T03:04:05Z", "nonce-1");
    let values = corpus(60);
    let dir = workdir("signed_curl");
    let mut script = String::from("set -e\n");
    let mut expected = vec![];
    for v in &values {
        let mut input = Input::new();
        for (k, x) in [
            ("RegionId", "cn-hangzhou"),
            ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
            ("ClientIpPool", "192.168.1.0/24"),
            ("LocalSubnet", "10.0.0.0/8"),
            ("Name", v.as_str()),
        ] {
            input.insert(k.into(), Value::from(x));
        }
        let Ok(valid) = check(&input, Lang::En).into_valid() else {
            continue;
        };
        for (scheme, method) in [
            (Scheme::V3, Method::Post),
            (Scheme::V1, Method::Get),
            (Scheme::V1, Method::Post),
            (Scheme::V3, Method::Get),
        ] {
            let opts = SignOptions {
                scheme,
                method,
                endpoint: Endpoint::Regional,
                timestamp: ts.into(),
                nonce: nonce.into(),
            };
            let s = sign(&valid, &creds, &opts).unwrap();
            let code = snippet::render(
                "curl",
                &valid,
                false,
                &snippet::Options {
                    signed: Some(&s),
                    ..Default::default()
                },
            )
            .unwrap();
            assert!(!code.contains(&creds.access_key_secret));
            script.push_str(&code);
            let mut want = vec!["-g".to_owned(), "-X".into(), method.as_str().into()];
            for (k, x) in &s.headers {
                want.push("-H".into());
                want.push(format!("{k}: {x}"));
            }
            if let Some(b) = s.body.filter(|b| !b.is_empty()) {
                want.push("--data-raw".into());
                want.push(b);
            }
            want.push(s.url);
            expected.push(want);
        }
    }
    let calls = bash_with_fakes(&dir, &script, &["curl"]);
    assert_eq!(calls, expected);
    assert!(
        expected.len() >= 160,
        "most corpus names are valid: {}",
        expected.len()
    );
    println!(
        "bash signed curl snippets: {} commands round-trip",
        expected.len()
    );
}

// ---------------------------------------------------------------- any request, every target

#[test]
fn every_target_renders_any_request_without_panicking() {
    let values = corpus(200);
    let mut rng = Rng(42);
    let names: Vec<&str> = sslvpn_builder::PARAMS.iter().map(|p| p.name).collect();
    let mut rendered = 0;
    for _ in 0..400 {
        let mut input = Input::new();
        for _ in 0..rng.below(names.len() + 1) {
            let name = names[rng.below(names.len())];
            let value = match rng.below(4) {
                0 => Value::Int(rng.next() as i64),
                1 => Value::Bool(rng.below(2) == 0),
                _ => Value::Str(values[rng.below(values.len())].clone()),
            };
            input.insert(name.into(), value);
        }
        let checked = check(&input, Lang::En);
        let errors = !checked.report().valid();
        for t in snippet::TARGETS.iter().filter(|t| t.id != "curl") {
            let code =
                snippet::render(t.id, checked.request(), errors, &Default::default()).unwrap();
            let first = code.lines().find(|l| !l.starts_with("<?php")).unwrap();
            assert_eq!(
                first.contains("WARNING: this request has errors"),
                errors,
                "{}: {first}",
                t.id
            );
            rendered += 1;
        }
    }
    println!("rendered {rendered} snippets of random requests");
}

// ---------------------------------------------------------------- Python, run against a stub SDK

/// The Python snippet runs (py_compile would accept `true` for `True`; a run
/// does not) against a stub of the official SDK: `Config`, the request model
/// with the generator's field names as the SDK declares them (written here
/// from alibabacloud_vpc20160428 7.2.2, not from our table), and a client
/// that records the request. The recorded values have Python's types: a
/// port is an int, a flag a bool.
#[test]
fn python_snippets_run_against_a_stub_sdk() {
    if !have("python3", "--version", "Python") {
        return;
    }
    let dir = workdir("python-stub");
    let write = |path: &str, text: &str| {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("alibabacloud_tea_openapi/__init__.py", "");
    write(
        "alibabacloud_tea_openapi/models.py",
        "class Config:\n    def __init__(self, access_key_id=None, access_key_secret=None, security_token=None, **kw):\n        \
         assert not kw, kw\n        self.endpoint = None\n        self.signature_algorithm = None\n",
    );
    write("alibabacloud_vpc20160428/__init__.py", "");
    write(
        "alibabacloud_vpc20160428/models.py",
        "FIELDS = ['client_ip_pool', 'client_token', 'cipher', 'compress', 'dns_servers', 'dry_run',\n    \
         'enable_multi_factor_auth', 'idaa_sapplication_id', 'idaa_sinstance_id', 'idaa_sregion_id', 'local_subnet',\n    \
         'name', 'owner_account', 'owner_id', 'port', 'proto', 'region_id', 'resource_owner_account',\n    \
         'resource_owner_id', 'vpn_gateway_id']\n\
         class CreateSslVpnServerRequest:\n    def __init__(self, **kw):\n        unknown = set(kw) - set(FIELDS)\n        \
         assert not unknown, unknown\n        self.fields = kw\n",
    );
    write(
        "alibabacloud_vpc20160428/client.py",
        "import json, os\nclass _Body:\n    ssl_vpn_server_id = 'vss-stub'\nclass _Response:\n    body = _Body()\n\
         class Client:\n    def __init__(self, config):\n        self.config = config\n    \
         def create_ssl_vpn_server(self, request):\n        \
         out = {k: [type(v).__name__, v] for k, v in request.fields.items()}\n        \
         out['$endpoint'] = self.config.endpoint\n        out['$signature'] = self.config.signature_algorithm\n        \
         open(os.environ['RECORD'], 'w').write(json.dumps(out))\n        return _Response()\n",
    );
    let cases: Vec<(Vec<(&str, &str)>, serde_json::Value)> = vec![
        (
            vec![
                ("Port", "1195"),
                ("Compress", "true"),
                ("DryRun", "false"),
                ("EnableMultiFactorAuth", "true"),
                ("IDaaSInstanceId", "idaas-cn-hangzhou-p1"),
                ("Name", "it's \"mine\" 😀"),
            ],
            serde_json::json!({
                "port": ["int", 1195], "compress": ["bool", true], "dry_run": ["bool", false],
                "enable_multi_factor_auth": ["bool", true], "idaa_sinstance_id": ["str", "idaas-cn-hangzhou-p1"],
                "name": ["str", "it's \"mine\" 😀"], "region_id": ["str", "cn-hangzhou"],
            }),
        ),
        (
            vec![("Port", "abc")],
            serde_json::json!({ "port": ["str", "abc"] }),
        ),
    ];
    for (i, (extra, want)) in cases.into_iter().enumerate() {
        let mut input: Input = [
            ("RegionId", "cn-hangzhou"),
            ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
            ("ClientIpPool", "192.168.1.0/24"),
            ("LocalSubnet", "10.0.0.0/8"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), Value::from(v)))
        .collect();
        for (k, v) in extra {
            input.insert(k.into(), Value::from(v));
        }
        let checked = check(&input, Lang::En);
        let code = snippet::render(
            "python",
            checked.request(),
            !checked.report().valid(),
            &Default::default(),
        )
        .unwrap();
        let (script, record) = (dir.join(format!("s{i}.py")), dir.join(format!("r{i}.json")));
        std::fs::write(&script, &code).unwrap();
        let out = run(Command::new("python3")
            .arg(&script)
            .env("PYTHONPATH", &dir)
            .env("RECORD", &record)
            .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "id")
            .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"));
        assert_eq!(String::from_utf8_lossy(&out), "vss-stub\n", "case {i}");
        let got: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&record).unwrap()).unwrap();
        for (k, v) in want.as_object().unwrap() {
            assert_eq!(&got[k], v, "case {i}: {k}");
        }
        assert_eq!(got["$endpoint"], "vpc.cn-hangzhou.aliyuncs.com");
    }
}

// ---------------------------------------------------------------- the family

/// A request of `op` whose free-text parameters hold `v`.
fn family_request(
    op: &'static sslvpn_builder::operation::Operation,
    v: &str,
) -> (sslvpn_builder::Request, bool) {
    let mut input = Input::new();
    for (k, x) in [
        ("RegionId", "cn-hangzhou"),
        ("SslVpnServerId", "vss-bp18q7hzj6largv4v1abcd"),
        ("ClientToken", v),
        ("Name", v),
        ("PageSize", "20"),
    ] {
        if op.param(k).is_some() {
            input.insert(k.into(), Value::from(x));
        }
    }
    let checked = op.check(&input, Lang::En);
    let errors = !checked.report().valid();
    (checked.request().clone(), errors)
}

#[test]
fn family_snippets_through_the_interpreters() {
    use sslvpn_builder::operation::OPERATIONS;
    let bash = have("bash", "--version", "bash");
    let (py, php, go) = (
        have("python3", "--version", "Python"),
        have("php", "--version", "PHP"),
        have("go", "version", "Go"),
    );
    let values = corpus(30);
    let dir = workdir("family");
    let mut checked = 0;
    for op in OPERATIONS.iter().skip(1) {
        // The aliyun command, run by bash with a fake aliyun: exactly the
        // operation and its parameters come out.
        let mut script = String::from("set -e\n");
        let mut requests = vec![];
        for v in &values {
            let (req, errors) = family_request(op, v);
            script.push_str(&snippet::render("cli", &req, errors, &Default::default()).unwrap());
            requests.push(req);
        }
        if bash {
            let sub = dir.join(op.action);
            std::fs::create_dir_all(&sub).unwrap();
            let calls = bash_with_fakes(&sub, &script, &["aliyun"]);
            assert_eq!(calls.len(), requests.len(), "{}", op.action);
            for (call, req) in calls.iter().zip(&requests) {
                assert_eq!(&call[..2], ["vpc", op.action]);
                let mut got: Vec<(String, String)> = vec![];
                let mut args = call[2..].iter().filter(|a| *a != "--force");
                while let Some(flag) = args.next() {
                    let flag = flag.strip_prefix("--").expect("a --Param flag");
                    got.push(match flag.split_once('=') {
                        Some((n, v)) => (n.to_owned(), v.to_owned()),
                        None => (flag.to_owned(), args.next().unwrap().clone()),
                    });
                }
                let mut want: Vec<(String, String)> = req
                    .params()
                    .map(|(n, v)| (n.to_owned(), without_nul(v)))
                    .collect();
                want.sort();
                got.sort();
                assert_eq!(got, want, "{}", op.action);
            }
        }
        // The SDK snippets parse in their languages.
        for (i, v) in values.iter().enumerate().step_by(3) {
            let (req, errors) = family_request(op, v);
            for (on, target, ext) in [(py, "python", "py"), (php, "php", "php"), (go, "go", "go")] {
                if !on {
                    continue;
                }
                let p = dir.join(format!("{}-{i}.{ext}", op.action));
                std::fs::write(
                    &p,
                    snippet::render(target, &req, errors, &Default::default()).unwrap(),
                )
                .unwrap();
                match target {
                    "python" => run(Command::new("python3").args(["-m", "py_compile"]).arg(&p)),
                    "php" => run(Command::new("php").args(["-n", "-l"]).arg(&p)),
                    _ => {
                        let out = run(Command::new("gofmt").arg("-l").arg(&p));
                        assert!(out.is_empty(), "gofmt would change {}", p.display());
                        out
                    }
                };
            }
            checked += 1;
        }
    }
    println!("family snippets: aliyun commands through bash, {checked} requests parse in python, php and go");
}
