//! Shared by the native test files: input builders, the table of rule cases
//! (one row per rule and boundary) and small assertions.
//!
//! The table lives here because two files read it: `rules.rs` checks every
//! row, and `catalogue.rs` walks the same inputs to collect the codes and
//! rule ids the rules actually emit.

#![allow(dead_code)] // each test crate uses a different part

pub mod sig;

use sslvpn_builder::operation::{
    Operation, CREATE_SSL_VPN_SERVER, DELETE_SSL_VPN_SERVER, DESCRIBE_SSL_VPN_SERVERS,
    MODIFY_SSL_VPN_SERVER,
};
use sslvpn_builder::{error_code, limits, Finding, Input, Lang, Report, Severity, Value, PARAMS};

/// A string value.
pub fn s(v: &str) -> Value {
    Value::from(v)
}

/// The smallest valid request: the four required parameters, no warnings.
pub fn base() -> Input {
    input(&[
        ("RegionId", s("cn-hangzhou")),
        ("VpnGatewayId", s("vpn-bp1hgim8by0kc9nga5lg3")),
        ("ClientIpPool", s("192.168.1.0/24")),
        ("LocalSubnet", s("10.0.0.0/8")),
    ])
}

/// An input from pairs.
pub fn input(pairs: &[(&str, Value)]) -> Input {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

/// [`base`] with some parameters replaced or added.
pub fn with(pairs: &[(&str, Value)]) -> Input {
    let mut i = base();
    for (k, v) in pairs {
        i.insert((*k).to_owned(), v.clone());
    }
    i
}

/// [`base`] without some parameters.
pub fn without(names: &[&str]) -> Input {
    let mut i = base();
    for n in names {
        i.remove(*n);
    }
    i
}

/// Whether a string has a CJK ideograph or CJK punctuation.
pub fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
    })
}

/// One expected finding.
#[derive(Debug, Clone)]
pub struct Row {
    /// What the case is about, for failure messages.
    pub what: &'static str,
    /// The operation the input is for.
    pub op: &'static Operation,
    pub input: Input,
    pub field: String,
    pub severity: Severity,
    pub rule: &'static str,
    pub code: Option<&'static str>,
    /// The exact suggestion (`None`: the finding must have none).
    pub suggestion: Option<String>,
    /// Whether the finding is the only problem of the input, so the report's
    /// validity follows from its severity (false: other errors come along).
    pub alone: bool,
}

fn row(
    what: &'static str,
    input: Input,
    field: &str,
    severity: Severity,
    rule: &'static str,
    code: Option<&'static str>,
    suggestion: Option<&str>,
) -> Row {
    Row {
        what,
        op: &CREATE_SSL_VPN_SERVER,
        input,
        field: field.to_owned(),
        severity,
        rule,
        code,
        suggestion: suggestion.map(str::to_owned),
        alone: true,
    }
}

/// A row of another operation of the family.
fn on(op: &'static Operation, r: Row) -> Row {
    Row { op, ..r }
}

/// The smallest valid request of a family operation.
pub fn family_base(op: &Operation) -> Input {
    let server = ("SslVpnServerId", s("vss-bp18q7hzj6largv4v1abcd"));
    match op.action {
        "DescribeSslVpnServers" => input(&[("RegionId", s("cn-hangzhou"))]),
        _ => input(&[("RegionId", s("cn-hangzhou")), server]),
    }
}

/// `family_base(op)` with `pairs` added (or replaced).
pub fn family_with(op: &Operation, pairs: &[(&str, Value)]) -> Input {
    let mut i = family_base(op);
    for (k, v) in pairs {
        i.insert((*k).to_owned(), v.clone());
    }
    i
}

/// A row whose input has other errors besides the finding it is about.
fn with_errors(r: Row) -> Row {
    Row { alone: false, ..r }
}

use Severity::{Error as E, Info as I, Warning as W};

/// Every rule in src/rules, each boundary of the issue, one finding each.
#[rustfmt::skip]
pub fn rows() -> Vec<Row> {
    const PORT_CODE: Option<&str> = Some("SslVpnServerPort.Illegal");
    const SUBNET: Option<&str> = Some("ClientIpPool.SubnetInvalid");
    const NETMASK: Option<&str> = Some("ClientIpPool.NetmaskInvalid");
    let mut rows = vec![
        // --- intake: Action, unknown parameters, JSON types ---
        row("wrong Action", with(&[("Action", s("DeleteSslVpnServer"))]), "Action", E, "action-fixed", None, Some("CreateSslVpnServer")),
        row("VpnGatewayID typo", with(&[("VpnGatewayID", s("vpn-x"))]), "VpnGatewayID", E, "unknown-parameter", None, Some("VpnGatewayId")),
        row("snake_case name", with(&[("region_id", s("cn-hangzhou"))]), "region_id", E, "unknown-parameter", None, Some("RegionId")),
        row("one-letter typo", with(&[("Protoo", s("TCP"))]), "Protoo", E, "unknown-parameter", None, Some("Proto")),
        row("unrelated name", with(&[("Banana", s("x"))]), "Banana", E, "unknown-parameter", None, None),
        row("common parameter", with(&[("AccessKeyId", s("x"))]), "AccessKeyId", E, "unknown-parameter", None, None),
        row("parameter name only whitespace", with(&[(" ", s("x"))]), " ", E, "unknown-parameter", None, None),
        row("string field given boolean", with(&[("RegionId", Value::Bool(true))]), "RegionId", E, "type-mismatch", None, Some("true")),
        row("boolean field given 1", with(&[("Compress", Value::Int(1))]), "Compress", E, "type-mismatch", None, Some("true")),
        row("boolean field given 0", with(&[("DryRun", Value::Int(0))]), "DryRun", E, "type-mismatch", None, Some("false")),
        row("integer field given boolean", with(&[("Port", Value::Bool(true))]), "Port", E, "type-mismatch", None, None),
        row("array", with(&[("Name", Value::Other("array"))]), "Name", E, "type-mismatch", None, None),
        row("object", with(&[("LocalSubnet", Value::Other("object"))]), "LocalSubnet", E, "type-mismatch", None, None),
        // --- required ---
        row("RegionId missing", without(&["RegionId"]), "RegionId", E, "required", None, None),
        row("RegionId empty", with(&[("RegionId", s(""))]), "RegionId", E, "required", None, None),
        row("RegionId blank", with(&[("RegionId", s("  \t "))]), "RegionId", E, "required", None, None),
        row("RegionId null", with(&[("RegionId", Value::Null)]), "RegionId", E, "required", None, None),
        row("VpnGatewayId missing", without(&["VpnGatewayId"]), "VpnGatewayId", E, "required", None, None),
        row("VpnGatewayId empty", with(&[("VpnGatewayId", s(""))]), "VpnGatewayId", E, "required", None, None),
        row("VpnGatewayId blank", with(&[("VpnGatewayId", s("   "))]), "VpnGatewayId", E, "required", None, None),
        row("ClientIpPool missing", without(&["ClientIpPool"]), "ClientIpPool", E, "required", None, None),
        row("ClientIpPool empty", with(&[("ClientIpPool", s(""))]), "ClientIpPool", E, "required", None, None),
        row("ClientIpPool blank", with(&[("ClientIpPool", s(" "))]), "ClientIpPool", E, "required", None, None),
        row("LocalSubnet missing", without(&["LocalSubnet"]), "LocalSubnet", E, "required", None, None),
        row("LocalSubnet empty", with(&[("LocalSubnet", s(""))]), "LocalSubnet", E, "required", None, None),
        row("LocalSubnet blank", with(&[("LocalSubnet", s("\n"))]), "LocalSubnet", E, "required", None, None),
        // --- region: warnings only ---
        row("RegionId typo", with(&[("RegionId", s("cn-hangzou"))]), "RegionId", W, "region-unknown", Some("InvalidRegionId.NotFound"), Some("cn-hangzhou")),
        row("RegionId upper case", with(&[("RegionId", s("CN-HANGZHOU"))]), "RegionId", W, "region-unknown", Some("InvalidRegionId.NotFound"), Some("cn-hangzhou")),
        row("RegionId unknown", with(&[("RegionId", s("mars-north-1"))]), "RegionId", W, "region-unknown", Some("InvalidRegionId.NotFound"), None),
        row("RegionId closed", with(&[("RegionId", s("ap-south-1"))]), "RegionId", W, "region-closed", None, None),
        row("IDaaSRegionId typo", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas-cn-hangzhou-xxx")), ("IDaaSRegionId", s("ap-southeast-l"))]), "IDaaSRegionId", W, "region-unknown", None, Some("ap-southeast-1")),
        // --- VpnGatewayId shape: warnings only ---
        row("masked gateway id", with(&[("VpnGatewayId", s("vpn-bp1hgim8by0kc9nga****"))]), "VpnGatewayId", W, "vpn-gateway-id-shape", Some("InvalidVpnGatewayInstanceId.NotFound"), None),
        row("upper-case gateway id", with(&[("VpnGatewayId", s("VPN-BP1HGIM8BY0KC9NGA5LG3"))]), "VpnGatewayId", W, "vpn-gateway-id-shape", Some("InvalidVpnGatewayInstanceId.NotFound"), Some("vpn-bp1hgim8by0kc9nga5lg3")),
        row("underscore gateway id", with(&[("VpnGatewayId", s("vpn_bp1hgim8by0kc9nga5lg3"))]), "VpnGatewayId", W, "vpn-gateway-id-shape", Some("InvalidVpnGatewayInstanceId.NotFound"), Some("vpn-bp1hgim8by0kc9nga5lg3")),
        row("other cloud's gateway id", with(&[("VpnGatewayId", s("vgw-12345678"))]), "VpnGatewayId", W, "vpn-gateway-id-shape", Some("InvalidVpnGatewayInstanceId.NotFound"), None),
        // --- Name ---
        row("Name 101 Chinese characters", with(&[("Name", s(&"中".repeat(101)))]), "Name", E, "name-length", Some("InvalidName"), Some(&"中".repeat(100))),
        row("Name http://", with(&[("Name", s("http://vpn"))]), "Name", E, "name-url-prefix", Some("InvalidName"), Some("vpn")),
        row("Name https://", with(&[("Name", s("https://vpn"))]), "Name", E, "name-url-prefix", Some("InvalidName"), Some("vpn")),
        row("Name only https://", with(&[("Name", s("https://"))]), "Name", E, "name-url-prefix", Some("InvalidName"), None),
        row("Name http://https://", with(&[("Name", s("http://https://vpn"))]), "Name", E, "name-url-prefix", Some("InvalidName"), Some("vpn")),
        row("Name long URL: length", with(&[("Name", s(&format!("http://{}", "a".repeat(120))))]), "Name", E, "name-length", Some("InvalidName"), Some(&"a".repeat(100))),
        row("Name long URL: prefix", with(&[("Name", s(&format!("http://{}", "a".repeat(120))))]), "Name", E, "name-url-prefix", Some("InvalidName"), Some(&"a".repeat(100))),
        row("Name HTTP:// other case", with(&[("Name", s("HTTP://vpn"))]), "Name", W, "name-url-prefix", Some("InvalidName"), None),
        row("Name legacy: starts with digit", with(&[("Name", s("1vpn"))]), "Name", I, "name-legacy", None, None),
        row("Name legacy: one character", with(&[("Name", s("a"))]), "Name", I, "name-legacy", None, None),
        // --- ClientIpPool ---
        row("pool /15", with(&[("ClientIpPool", s("192.168.0.0/15"))]), "ClientIpPool", E, "client-ip-pool-netmask", NETMASK, Some("192.168.0.0/16")),
        row("pool /30", with(&[("ClientIpPool", s("192.168.1.0/30"))]), "ClientIpPool", E, "client-ip-pool-netmask", NETMASK, Some("192.168.1.0/29")),
        row("pool /32", with(&[("ClientIpPool", s("192.168.1.7/32"))]), "ClientIpPool", E, "client-ip-pool-netmask", NETMASK, Some("192.168.1.0/29")),
        // Reserved and overlapping pools: the nearest free private block of the same size.
        row("pool in 100.64/10", with(&[("ClientIpPool", s("100.64.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-reserved", SUBNET, Some("172.16.0.0/16")),
        row("pool at top of 100.64/10", with(&[("ClientIpPool", s("100.127.255.248/29"))]), "ClientIpPool", E, "client-ip-pool-reserved", SUBNET, Some("172.16.0.0/29")),
        row("pool in 127/8", with(&[("ClientIpPool", s("127.0.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-reserved", SUBNET, Some("172.16.0.0/16")),
        row("pool in 169.254/16", with(&[("ClientIpPool", s("169.254.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-reserved", SUBNET, Some("172.16.0.0/16")),
        row("pool in 224/4 (bottom)", with(&[("ClientIpPool", s("224.0.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-reserved", SUBNET, Some("192.168.0.0/16")),
        row("pool in 224/4 (top)", with(&[("ClientIpPool", s("239.255.255.0/24"))]), "ClientIpPool", E, "client-ip-pool-reserved", SUBNET, Some("192.168.255.0/24")),
        row("pool in 255/8", with(&[("ClientIpPool", s("255.255.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-reserved", SUBNET, Some("192.168.0.0/16")),
        row("pool reserved and /30", with(&[("ClientIpPool", s("127.0.0.5/30"))]), "ClientIpPool", E, "client-ip-pool-netmask", NETMASK, Some("172.16.0.0/29")),
        row("pool in 240/4 outside 255/8", with(&[("ClientIpPool", s("240.0.0.0/16"))]), "ClientIpPool", W, "client-ip-pool-reserved", None, None),
        row("pool in 0/8", with(&[("ClientIpPool", s("0.0.0.0/16"))]), "ClientIpPool", W, "client-ip-pool-reserved", None, None),
        row("pool equal to local", with(&[("ClientIpPool", s("10.1.0.0/16")), ("LocalSubnet", s("10.1.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-overlap", SUBNET, Some("10.0.0.0/16")),
        row("pool inside local", with(&[("ClientIpPool", s("10.1.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-overlap", SUBNET, Some("172.16.0.0/16")),
        row("local inside pool (second block)", with(&[("LocalSubnet", s("172.16.0.0/16,192.168.1.128/25"))]), "ClientIpPool", E, "client-ip-pool-overlap", SUBNET, Some("192.168.0.0/24")),
        // The cases: a fix must not trade one error for another.
        row("pool /8 equal to local /8", with(&[("ClientIpPool", s("10.0.0.0/8")), ("LocalSubnet", s("10.0.0.0/8"))]), "ClientIpPool", E, "client-ip-pool-netmask", NETMASK, Some("172.16.0.0/16")),
        with_errors(row("pool /30 with host bits", with(&[("ClientIpPool", s("192.168.1.5/30"))]), "ClientIpPool", W, "host-bits", None, Some("192.168.1.0/29"))),
        with_errors(row("pool host bits and overlap", with(&[("ClientIpPool", s("10.1.2.3/24"))]), "ClientIpPool", W, "host-bits", None, Some("172.16.0.0/24"))),
        row("every private range local", with(&[("ClientIpPool", s("10.0.0.0/16")), ("LocalSubnet", s("10.0.0.0/8,172.16.0.0/12,192.168.0.0/16"))]), "ClientIpPool", E, "client-ip-pool-overlap", SUBNET, None),
        row("pool public", with(&[("ClientIpPool", s("192.169.0.0/16"))]), "ClientIpPool", W, "client-ip-pool-private", None, None),
        row("pool host bits", with(&[("ClientIpPool", s("192.168.1.5/24"))]), "ClientIpPool", W, "host-bits", None, Some("192.168.1.0/24")),
        row("pool capacity", base(), "ClientIpPool", I, "client-ip-pool-capacity", None, None),
        row("pool without mask", with(&[("ClientIpPool", s("192.168.1.0"))]), "ClientIpPool", E, "client-ip-pool-format", None, None),
        row("pool IPv6", with(&[("ClientIpPool", s("fd00::/64"))]), "ClientIpPool", E, "client-ip-pool-format", None, None),
        row("pool garbage", with(&[("ClientIpPool", s("192.168.1.0/24x"))]), "ClientIpPool", E, "client-ip-pool-format", None, None),
        row("pool two blocks", with(&[("ClientIpPool", s("192.168.1.0/24,192.168.2.0/24"))]), "ClientIpPool", E, "client-ip-pool-format", None, None),
        row("pool of a boolean", with(&[("ClientIpPool", Value::Bool(true))]), "ClientIpPool", E, "type-mismatch", None, None),
        // --- LocalSubnet ---
        row("6 local blocks", with(&[("LocalSubnet", s("10.1.0.0/16,10.2.0.0/16,10.3.0.0/16,10.4.0.0/16,10.5.0.0/16,10.6.0.0/16"))]), "LocalSubnet", E, "local-subnet-count", None, None),
        row("local /7", with(&[("LocalSubnet", s("10.0.0.0/7"))]), "LocalSubnet", E, "local-subnet-netmask", None, None),
        row("local /0", with(&[("LocalSubnet", s("0.0.0.0/0"))]), "LocalSubnet", E, "local-subnet-netmask", None, None),
        row("local 127/8", with(&[("LocalSubnet", s("127.0.0.0/8"))]), "LocalSubnet", E, "local-subnet-reserved", None, None),
        row("local inside 127/8", with(&[("LocalSubnet", s("10.0.0.0/8,127.0.0.1/32"))]), "LocalSubnet", E, "local-subnet-reserved", None, None),
        row("local 169.254/16", with(&[("LocalSubnet", s("169.254.0.0/16"))]), "LocalSubnet", E, "local-subnet-reserved", None, None),
        row("local 224/4", with(&[("LocalSubnet", s("224.0.0.0/4"))]), "LocalSubnet", E, "local-subnet-reserved", None, None),
        row("local 239.255.255.255/32", with(&[("LocalSubnet", s("239.255.255.255/32"))]), "LocalSubnet", E, "local-subnet-reserved", None, None),
        row("local 255/8", with(&[("LocalSubnet", s("255.0.0.0/8"))]), "LocalSubnet", E, "local-subnet-reserved", None, None),
        row("local 100.64/10 is a warning", with(&[("LocalSubnet", s("100.64.0.0/10"))]), "LocalSubnet", W, "local-subnet-reserved", None, None),
        row("local 240/4 is a warning", with(&[("LocalSubnet", s("240.0.0.0/8"))]), "LocalSubnet", W, "local-subnet-reserved", None, None),
        row("local overlap", with(&[("LocalSubnet", s("10.0.0.0/8,10.1.0.0/16"))]), "LocalSubnet", W, "local-subnet-overlap", None, None),
        row("local duplicate", with(&[("LocalSubnet", s("172.16.0.0/16,172.16.0.0/16"))]), "LocalSubnet", W, "local-subnet-overlap", None, None),
        row("local spaces", with(&[("LocalSubnet", s(" 10.0.0.0/8 , 172.16.0.0/16 "))]), "LocalSubnet", I, "local-subnet-spaces", None, Some("10.0.0.0/8,172.16.0.0/16")),
        row("local empty entry", with(&[("LocalSubnet", s("10.0.0.0/8,,172.16.0.0/16"))]), "LocalSubnet", E, "local-subnet-format", None, Some("10.0.0.0/8,172.16.0.0/16")),
        row("local empty entry and a bad block", with(&[("LocalSubnet", s("10.0.0.0/8,,127.0.0.0/8"))]), "LocalSubnet", E, "local-subnet-format", None, None),
        row("local trailing comma", with(&[("LocalSubnet", s("10.0.0.0/8,"))]), "LocalSubnet", E, "local-subnet-format", None, Some("10.0.0.0/8")),
        row("local without mask", with(&[("LocalSubnet", s("10.0.0.0"))]), "LocalSubnet", E, "local-subnet-format", None, None),
        row("local semicolons", with(&[("LocalSubnet", s("10.0.0.0/8;172.16.0.0/16"))]), "LocalSubnet", E, "local-subnet-format", None, None),
        row("local IPv6", with(&[("LocalSubnet", s("10.0.0.0/8,fd00::/8"))]), "LocalSubnet", E, "local-subnet-format", None, None),
        row("local host bits", with(&[("LocalSubnet", s("10.1.2.3/8,172.16.0.0/16"))]), "LocalSubnet", W, "host-bits", None, Some("10.0.0.0/8,172.16.0.0/16")),
        // --- Proto / Cipher ---
        row("Proto lower case", with(&[("Proto", s("udp"))]), "Proto", E, "proto-value", None, Some("UDP")),
        row("Proto mixed case padded", with(&[("Proto", s(" Tcp "))]), "Proto", E, "proto-value", None, Some("TCP")),
        row("Proto unknown", with(&[("Proto", s("SCTP"))]), "Proto", E, "proto-value", None, None),
        row("Cipher lower case", with(&[("Cipher", s("aes-256-cbc"))]), "Cipher", E, "cipher-value", None, Some("AES-256-CBC")),
        row("Cipher NONE", with(&[("Cipher", s("NONE"))]), "Cipher", E, "cipher-value", None, Some("none")),
        row("Cipher GCM", with(&[("Cipher", s("AES-128-GCM"))]), "Cipher", E, "cipher-value", None, None),
        // --- Port ---
        row("Port 0", with(&[("Port", Value::Int(0))]), "Port", E, "port-range", PORT_CODE, Some("1194")),
        row("Port 65536", with(&[("Port", Value::Int(65536))]), "Port", E, "port-range", PORT_CODE, Some("1194")),
        row("Port \"65536\"", with(&[("Port", s("65536"))]), "Port", E, "port-range", PORT_CODE, Some("1194")),
        row("Port -1", with(&[("Port", Value::Int(-1))]), "Port", E, "port-range", PORT_CODE, Some("1194")),
        row("Port i64::MAX", with(&[("Port", Value::Int(i64::MAX))]), "Port", E, "port-range", PORT_CODE, Some("1194")),
        row("Port abc", with(&[("Port", s("abc"))]), "Port", E, "port-integer", None, None),
        row("Port 1194.5", with(&[("Port", Value::Float(1194.5))]), "Port", E, "type-mismatch", None, None),
        row("Port 1e20", with(&[("Port", Value::Float(1e20))]), "Port", E, "type-mismatch", None, None),
        row("Port \"11.0\"", with(&[("Port", s("11.0"))]), "Port", E, "port-integer", None, None),
        row("Port +1194", with(&[("Port", s("+1194"))]), "Port", E, "port-integer", None, None),
        row("Port padded", with(&[("Port", s(" 1194 "))]), "Port", I, "whitespace", None, None),
        // --- booleans ---
        row("Compress True", with(&[("Compress", s("True"))]), "Compress", E, "boolean-value", None, Some("true")),
        row("EnableMultiFactorAuth FALSE", with(&[("EnableMultiFactorAuth", s("FALSE"))]), "EnableMultiFactorAuth", E, "boolean-value", None, Some("false")),
        row("DryRun \"1\"", with(&[("DryRun", s("1"))]), "DryRun", E, "boolean-value", None, Some("true")),
        row("Compress yes", with(&[("Compress", s("yes"))]), "Compress", E, "boolean-value", None, Some("true")),
        row("Compress off", with(&[("Compress", s("off"))]), "Compress", E, "boolean-value", None, Some("false")),
        row("Compress maybe", with(&[("Compress", s("maybe"))]), "Compress", E, "boolean-value", None, None),
        // --- ClientToken ---
        row("ClientToken 65", with(&[("ClientToken", s(&"a".repeat(65)))]), "ClientToken", E, "client-token-length", None, None),
        row("ClientToken non-ASCII", with(&[("ClientToken", s("tökén-1"))]), "ClientToken", E, "client-token-ascii", None, Some("tkn-1")),
        row("ClientToken all non-ASCII", with(&[("ClientToken", s("令牌"))]), "ClientToken", E, "client-token-ascii", None, None),
        // --- MFA ---
        row("MFA without instance", with(&[("EnableMultiFactorAuth", Value::Bool(true))]), "IDaaSInstanceId", E, "mfa-instance-required", Some("MissingParameter.IDaaSInstanceId"), None),
        row("MFA \"true\" without instance", with(&[("EnableMultiFactorAuth", s("true")), ("IDaaSRegionId", s("cn-hangzhou"))]), "IDaaSInstanceId", E, "mfa-instance-required", Some("MissingParameter.IDaaSInstanceId"), None),
        row("MFA with empty instance", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s(""))]), "IDaaSInstanceId", E, "mfa-instance-required", Some("MissingParameter.IDaaSInstanceId"), None),
        row("MFA with blank instance", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("   ")), ("IDaaSRegionId", s("cn-hangzhou"))]), "IDaaSInstanceId", E, "mfa-instance-required", Some("MissingParameter.IDaaSInstanceId"), None),
        row("MFA EIAM 1.0 without region", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas-cn-hangzhou-xxx"))]), "IDaaSRegionId", W, "mfa-region-required", None, Some("cn-hangzhou")),
        row("MFA EIAM 2.0 without region", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas_xxx")), ("IDaaSApplicationId", s("app_abc123"))]), "IDaaSRegionId", W, "mfa-region-required", None, None),
        row("MFA with blank IDaaSRegionId", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas-cn-shanghai-xxx")), ("IDaaSRegionId", s(" "))]), "IDaaSRegionId", W, "mfa-region-required", None, Some("cn-shanghai")),
        row("MFA EIAM 2.0 with blank application", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas_xxx")), ("IDaaSRegionId", s("cn-hangzhou")), ("IDaaSApplicationId", s("  "))]), "IDaaSApplicationId", W, "mfa-application-required", None, None),
        row("MFA EIAM 2.0 without application", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas_xxx")), ("IDaaSRegionId", s("cn-hangzhou"))]), "IDaaSApplicationId", W, "mfa-application-required", None, None),
        row("MFA prerequisites", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas-cn-hangzhou-xxx")), ("IDaaSRegionId", s("cn-hangzhou"))]), "EnableMultiFactorAuth", I, "mfa-prerequisites", None, None),
        row("IDaaS instance shape", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("eiam-123")), ("IDaaSRegionId", s("cn-hangzhou"))]), "IDaaSInstanceId", W, "idaas-instance-shape", None, None),
        row("IDaaS application shape", with(&[("EnableMultiFactorAuth", Value::Bool(true)), ("IDaaSInstanceId", s("idaas_xxx")), ("IDaaSRegionId", s("cn-hangzhou")), ("IDaaSApplicationId", s("APP-1"))]), "IDaaSApplicationId", W, "idaas-application-shape", None, None),
        row("IDaaS without MFA", with(&[("IDaaSInstanceId", s("idaas_xxx"))]), "IDaaSInstanceId", I, "idaas-ignored", None, None),
        row("IDaaS with MFA false", with(&[("EnableMultiFactorAuth", Value::Bool(false)), ("IDaaSRegionId", s("cn-hangzhou"))]), "IDaaSRegionId", I, "idaas-ignored", None, None),
        // --- extras ---
        row("control character", with(&[("Name", s("a\u{7}b"))]), "Name", W, "control-character", None, Some("ab")),
        row("control character only", with(&[("ClientToken", s("\u{0}"))]), "ClientToken", W, "control-character", None, None),
        with_errors(row("control character in a pool that fits", with(&[("ClientIpPool", s("192.168.1.0/24\u{7}"))]), "ClientIpPool", W, "control-character", None, Some("192.168.1.0/24"))),
        with_errors(row("control character in a pool that overlaps", with(&[("ClientIpPool", s("10.1.0.0/16\u{7}"))]), "ClientIpPool", W, "control-character", None, None)),
        with_errors(row("control character in a URL name", with(&[("Name", s("http://\u{7}"))]), "Name", W, "control-character", None, None)),
        row("dry run", with(&[("DryRun", Value::Bool(true))]), "DryRun", I, "dry-run", None, None),
        row("DnsServers", with(&[("DnsServers", s("100.100.2.136"))]), "DnsServers", I, "dns-servers-undocumented", None, None),
        row("DnsServers non-ASCII", with(&[("DnsServers", s("８.８.８.８"))]), "DnsServers", W, "dns-servers-ascii", None, None),
    ];
    // --- the owner (framework) parameters: accepted, explained ---
    for name in ["OwnerId", "OwnerAccount", "ResourceOwnerId", "ResourceOwnerAccount"] {
        rows.push(row("owner parameter", with(&[(name, s("1234567890123456"))]), name, I, "owner-parameter", None, None));
    }
    rows.extend([
        row("OwnerId as a JSON number", with(&[("OwnerId", Value::Int(1234567890123456))]), "OwnerId", I, "owner-parameter", None, None),
        row("OwnerId Long max", with(&[("OwnerId", s("9223372036854775807"))]), "OwnerId", I, "owner-parameter", None, None),
        row("OwnerId above Long", with(&[("OwnerId", s("9223372036854775808"))]), "OwnerId", E, "integer-value", None, None),
        row("OwnerId negative", with(&[("OwnerId", Value::Int(-1))]), "OwnerId", E, "integer-value", None, None),
        row("ResourceOwnerId text", with(&[("ResourceOwnerId", s("me"))]), "ResourceOwnerId", E, "integer-value", None, None),
        row("ResourceOwnerId boolean", with(&[("ResourceOwnerId", Value::Bool(true))]), "ResourceOwnerId", E, "type-mismatch", None, None),
    ]);
    // --- caps ---
    let mut many = base();
    for i in 0..limits::MAX_PARAMS {
        many.insert(format!("Extra{i}"), s("x"));
    }
    let mut six = base();
    for i in 0..=limits::MAX_UNKNOWN_REPORTED {
        six.insert(format!("Extra{i}"), s("x"));
    }
    let bad_blocks = (1..=15).map(|i| format!("127.0.0.{i}/32")).collect::<Vec<_>>().join(",");
    rows.extend([
        row("too many parameters", many, "", E, "too-many-parameters", None, None),
        row("more unknown parameters than listed", six, "", E, "more-unknown-parameters", None, None),
        with_errors(row("more findings than shown", with(&[("LocalSubnet", s(&bad_blocks))]), "LocalSubnet", I, "more-findings", None, None)),
    ]);
    for p in PARAMS {
        let over = "1".repeat(p.max_len + 1);
        rows.push(row("value over its cap", with(&[(p.name, s(&over))]), p.name, E, "value-too-long", None, None));
    }
    // --- one whitespace policy: trimmed, with an info, in every field ---
    for (name, value) in valid_values() {
        rows.push(row("padded value", with(&[(name, s(&format!(" {value}\t")))]), name, I, "whitespace", None, None));
    }
    rows.push(row("Name only whitespace", with(&[("Name", s(" \u{3000} "))]), "Name", I, "whitespace", None, None));
    for p in limits::RESERVED_PORTS {
        rows.push(row("reserved port", with(&[("Port", Value::Int(p.into()))]), "Port", E, "port-reserved", PORT_CODE, Some("1194")));
        rows.push(row("reserved port as text", with(&[("Port", s(&p.to_string()))]), "Port", E, "port-reserved", PORT_CODE, Some("1194")));
    }
    // --- the family's other operations (ssl-vpn-family.md §2-§4) ---
    let (m, d, q) = (&MODIFY_SSL_VPN_SERVER, &DELETE_SSL_VPN_SERVER, &DESCRIBE_SSL_VPN_SERVERS);
    let not_found = Some("InvalidSslVpnServerId.NotFound");
    rows.extend([
        on(m, row("Modify: the server ID is required", family_with(m, &[("SslVpnServerId", Value::Null)]), "SslVpnServerId", E, "required", None, None)),
        on(m, row("Modify: a partial update", family_base(m), "", I, "partial-update", None, None)),
        on(m, row("Modify: the pool's mask, no code documented for Modify", family_with(m, &[("ClientIpPool", s("10.0.0.0/8"))]), "ClientIpPool", E, "client-ip-pool-netmask", None, Some("10.0.0.0/16"))),
        on(m, row("Modify: a reserved port, no code documented for Modify", family_with(m, &[("Port", Value::Int(443))]), "Port", E, "port-reserved", None, Some("1194"))),
        on(m, row("Modify: a long name keeps InvalidName", family_with(m, &[("Name", s(&"n".repeat(101)))]), "Name", E, "name-length", Some("InvalidName"), Some(&"n".repeat(100)))),
        on(m, row("Modify: an unusual server ID", family_with(m, &[("SslVpnServerId", s("VSS_BP18Q7HZJ6LARGV4V"))]), "SslVpnServerId", W, "ssl-vpn-server-id-shape", not_found, Some("vss-bp18q7hzj6largv4v"))),
        on(m, row("Modify: VpnGatewayId cannot be changed", family_with(m, &[("VpnGatewayId", s("vpn-bp1hgim8by0kc9nga5lg3"))]), "VpnGatewayId", E, "unknown-parameter", None, None)),
        on(d, row("Delete: a masked server ID", family_with(d, &[("SslVpnServerId", s("vss-bp18q7hzj6largv4v****"))]), "SslVpnServerId", W, "ssl-vpn-server-id-shape", not_found, None)),
        on(d, row("Delete: the region is required", family_with(d, &[("RegionId", Value::Null)]), "RegionId", E, "required", None, None)),
        on(d, row("Delete: no Port", family_with(d, &[("Port", Value::Int(1194))]), "Port", E, "unknown-parameter", None, None)),
        on(q, row("Describe: PageSize above 50", family_with(q, &[("PageSize", Value::Int(51))]), "PageSize", E, "page-size-range", None, Some("50"))),
        on(q, row("Describe: PageSize 0", family_with(q, &[("PageSize", s("0"))]), "PageSize", E, "page-size-range", None, Some("1"))),
        on(q, row("Describe: PageSize not a number", family_with(q, &[("PageSize", s("ten"))]), "PageSize", E, "page-size-range", None, None)),
        on(q, row("Describe: PageNumber 0", family_with(q, &[("PageNumber", Value::Int(0))]), "PageNumber", E, "page-number-range", None, Some("1"))),
        on(q, row("Describe: PageNumber negative", family_with(q, &[("PageNumber", s("-1"))]), "PageNumber", E, "page-number-range", None, None)),
        on(q, row("Describe: an unusual gateway filter", family_with(q, &[("VpnGatewayId", s("vpn_bp1"))]), "VpnGatewayId", W, "vpn-gateway-id-shape", None, Some("vpn-bp1"))),
        on(q, row("Describe: a name filter over 100 characters", family_with(q, &[("Name", s(&"n".repeat(101)))]), "Name", E, "name-length", None, Some(&"n".repeat(100)))),
    ]);
    rows
}

/// A valid value of every parameter (each passes over [`base`], MFA off).
pub fn valid_values() -> Vec<(&'static str, &'static str)> {
    let values = vec![
        ("Action", "CreateSslVpnServer"),
        ("RegionId", "cn-shanghai"),
        ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
        ("Name", "office vpn"),
        ("ClientIpPool", "192.168.2.0/24"),
        ("LocalSubnet", "10.0.0.0/8,172.16.0.0/16"),
        ("Proto", "UDP"),
        ("Port", "1195"),
        ("Cipher", "AES-256-CBC"),
        ("Compress", "true"),
        ("EnableMultiFactorAuth", "false"),
        ("IDaaSInstanceId", "idaas-cn-hangzhou-p1"),
        ("IDaaSRegionId", "cn-hangzhou"),
        ("IDaaSApplicationId", "app_abc123"),
        ("ClientToken", "02fb3da4-130e-11e9-8e44-0016e04115b"),
        ("DryRun", "true"),
        ("DnsServers", "100.100.2.136"),
        ("OwnerId", "1234567890123456"),
        ("OwnerAccount", "owner"),
        ("ResourceOwnerId", "1234567890123457"),
        ("ResourceOwnerAccount", "resource-owner"),
    ];
    assert_eq!(
        values.len(),
        PARAMS.len(),
        "a parameter without a valid value"
    );
    values
}

/// The finding a row expects, if the report has it (field, rule, severity).
pub fn find<'a>(report: &'a Report, r: &Row) -> Option<&'a Finding> {
    report
        .findings()
        .iter()
        .find(|f| f.field == r.field && f.rule == r.rule && f.severity == r.severity)
}

/// Assertions every report must satisfy, whatever the input.
pub fn assert_report_invariants(report: &Report, lang: Lang) {
    let has_error = report
        .findings()
        .iter()
        .any(|f| f.severity == Severity::Error);
    assert_eq!(
        report.valid(),
        !has_error,
        "valid must be true iff no error: {report:#?}"
    );
    for f in report.findings() {
        assert!(!f.message.is_empty(), "empty message: {f:?}");
        assert!(!f.rule.is_empty());
        match f.code {
            Some(code) => {
                let entry =
                    error_code(code).unwrap_or_else(|| panic!("{code} not in the catalogue"));
                assert_eq!(f.http_status, entry.http_status, "httpStatus of {code}");
                assert!(
                    f.http_status.is_some(),
                    "{code} is emitted, so it needs an HTTP status"
                );
            }
            None => assert_eq!(f.http_status, None, "httpStatus without a code: {f:?}"),
        }
        if lang == Lang::Zh {
            assert!(
                has_cjk(&f.message),
                "zh message without Chinese: {:?}",
                f.message
            );
        }
    }
}

/// Validates in both languages, checks the invariants and that the two
/// reports agree on everything except the message text.
pub fn validate_both(input: &Input) -> (Report, Report) {
    validate_both_on(&CREATE_SSL_VPN_SERVER, input)
}

/// [`validate_both`] for any operation.
pub fn validate_both_on(op: &'static Operation, input: &Input) -> (Report, Report) {
    let en = op.validate(input, Lang::En);
    let zh = op.validate(input, Lang::Zh);
    assert_report_invariants(&en, Lang::En);
    assert_report_invariants(&zh, Lang::Zh);
    assert_eq!(en.valid(), zh.valid());
    assert_eq!(en.findings().len(), zh.findings().len(), "{en:#?}\n{zh:#?}");
    for (a, b) in en.findings().iter().zip(zh.findings()) {
        assert_eq!(
            (
                &a.field,
                a.severity,
                a.rule,
                a.code,
                a.http_status,
                &a.suggestion
            ),
            (
                &b.field,
                b.severity,
                b.rule,
                b.code,
                b.http_status,
                &b.suggestion
            )
        );
        assert_ne!(a.message, b.message, "the zh message is the en one: {a:?}");
    }
    (en, zh)
}

/// Deterministic xorshift64*: the same "random" input on every run, no crates.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Strings that have broken quoting, escaping or parsing somewhere: the
/// snippet round trips and the importer both try every one.
pub const NASTY: &[&str] = &[
    "",
    " ",
    "plain",
    "it's",
    "\"double\"",
    "'single' and \"double\"",
    "\\",
    "\\\\",
    "ends with backslash\\",
    "\\'",
    "\\\"",
    "\\u0041 \\x41 \\n \\0 \\u{41} \\U00000041",
    "$HOME ${HOME} $(id) `id` $'x' \"$@\"",
    "$",
    "$$",
    "$${a}",
    "$$${a}",
    "${",
    "%",
    "%{",
    "%%{",
    "%{if true}x%{endif}",
    "{{Name}} {{ .x }} {%raw%}",
    "%s %d %n %% %1$s",
    "100%",
    "a\nb",
    "\n",
    "\r\n",
    "tab\there",
    "\u{0}",
    "nul\u{0}inside",
    "\u{1}\u{7}\u{8}\u{b}\u{c}\u{1b}[31m\u{7f}",
    "\u{80}\u{85}\u{9f}\u{a0}\u{ad}",
    "测试 名称",
    "😀👍🏽👨‍👩‍👧",
    "\u{200F}right-to-left mark\u{200E}",
    "\u{202E}evil\u{202C}",
    "\u{2066}isolate\u{2069}",
    "\u{2028}\u{2029}",
    "\u{FEFF}bom",
    "\u{200B}zero\u{200D}width",
    "\u{E0001}\u{E0041}tag",
    "\u{FFFE}\u{FFFF}\u{10FFFF}",
    "\u{D7FF}\u{E000}\u{FFFD}",
    "</script><script>alert(1)</script>",
    "<!-- -->",
    "e\u{301} combining",
    "\u{212B} angstrom sign",
    "*/ /* // # -- ; rem",
    "?>",
    "<?php echo 1; ?>",
    "-x",
    "--force",
    "@file",
    "~",
    "#comment",
    "a b\tc",
    "\\N{DASH} {0} {}",
    "key: value\n- item\n? x\n&a *a !!str",
    "null",
    "true",
    "1194",
    "0x1F",
    "'''\"\"\"",
    "\\\n",
    "\u{300}\u{301}",
    "ß İ ı ǅ ﬁ",
    "\\u0041 \\x41 \\n \\0 \\u{41} \\U00000041 \\N{DASH}",
    "%41%zz",
    "a&b=c#d?e+f",
    "&",
    "=",
    "#",
    "+",
    "a+b c",
    "‘curly’ “double” ‚low‛",
    "</script>",
    "-",
    "--Name=1",
    "key: value\n- item",
    "True",
    "a`b``c` `n",
    "[char]0x41",
    "('a' + 'b')",
];

/// Characters the random strings are drawn from.
pub const INTERESTING: &[char] = &[
    'a',
    'Z',
    '0',
    ' ',
    '\'',
    '"',
    '\\',
    '$',
    '`',
    '%',
    '{',
    '}',
    '(',
    ')',
    '!',
    '#',
    '&',
    ';',
    '|',
    '<',
    '>',
    '/',
    '*',
    '?',
    '[',
    ']',
    '~',
    '^',
    '@',
    ',',
    '=',
    '+',
    '-',
    '\n',
    '\r',
    '\t',
    '\0',
    '\u{1}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{a0}',
    'é',
    'ß',
    '测',
    '名',
    '😀',
    '\u{200F}',
    '\u{202E}',
    '\u{2028}',
    '\u{FEFF}',
    '\u{E0001}',
    '\u{FFFF}',
    '\u{10FFFF}',
    '\u{2018}',
    '\u{2019}',
    '\u{201C}',
    '\u{201D}',
    '\u{201A}',
    '\u{201B}',
    'u',
    'x',
    'n',
    'U',
    '7',
    ':',
];
