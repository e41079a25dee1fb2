//! The parameter table: the one description of every `CreateSslVpnServer`
//! request parameter. The validator, the page's form, the CLI and the snippets
//! all read it.

use crate::lang::Text;
use crate::shape::{Node, Shape};
use crate::text;

/// The API operation this crate builds requests for.
pub const ACTION: &str = "CreateSslVpnServer";
/// The VPC API version.
pub const VERSION: &str = "2016-04-28";

/// Every limit the rules apply, written once. The rules' checks and
/// messages read these; a test ties every number in each parameter's help
/// text (both languages) and in the catalogue's explanations to one of them.
///
/// The caps at the end bound the work one call does: a value longer than its
/// parameter's [`Param::max_len`] gets one error and is not read further, at
/// most [`MAX_PARAMS`](limits::MAX_PARAMS) parameters are accepted, and no
/// field gets more than [`MAX_FINDINGS_PER_FIELD`](limits::MAX_FINDINGS_PER_FIELD)
/// findings (then one "and N more").
pub mod limits {
    /// `Name`: at least this many characters.
    pub const NAME_MIN_CHARS: usize = 1;
    /// `Name`: at most this many characters (`InvalidName`).
    pub const NAME_MAX_CHARS: usize = 100;
    /// The legacy name rule ROS and Terraform keep: at least this many characters.
    pub const LEGACY_NAME_MIN_CHARS: usize = 2;
    /// The legacy name rule: at most this many characters.
    pub const LEGACY_NAME_MAX_CHARS: usize = 128;
    /// `ClientIpPool`: the shortest mask (`ClientIpPool.NetmaskInvalid`).
    pub const POOL_MIN_PREFIX: u8 = 16;
    /// `ClientIpPool`: the longest mask.
    pub const POOL_MAX_PREFIX: u8 = 29;
    /// Addresses each client takes from the pool (a /30 each).
    pub const ADDRESSES_PER_CLIENT: u64 = 4;
    /// `LocalSubnet`: the shortest mask of a block.
    pub const LOCAL_MIN_PREFIX: u8 = 8;
    /// `LocalSubnet`: the longest mask of a block.
    pub const LOCAL_MAX_PREFIX: u8 = 32;
    /// `LocalSubnet`: at least this many blocks.
    pub const LOCAL_MIN_BLOCKS: usize = 1;
    /// `LocalSubnet`: at most this many blocks.
    pub const LOCAL_MAX_BLOCKS: usize = 5;
    /// `Port`: the lowest port.
    pub const PORT_MIN: u16 = 1;
    /// `Port`: the highest port.
    pub const PORT_MAX: u16 = 65535;
    /// `Port`: the server default (and the suggestion for a bad port).
    pub const PORT_DEFAULT: &str = "1194";
    /// Ports the SSL server may not use (`SslVpnServerPort.Illegal`).
    pub const RESERVED_PORTS: [u16; 16] = [
        22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500,
    ];
    /// `ClientToken`: at most this many (ASCII) characters.
    pub const CLIENT_TOKEN_MAX_CHARS: usize = 64;
    /// The largest value of a Long parameter (`OwnerId`, `ResourceOwnerId`).
    pub const LONG_MAX: i64 = i64::MAX;
    /// `PageNumber` (DescribeSslVpnServers): the first page.
    pub const PAGE_NUMBER_MIN: u64 = 1;
    /// `PageSize`: at least this many entries per page.
    pub const PAGE_SIZE_MIN: u64 = 1;
    /// `PageSize`: at most this many entries per page.
    pub const PAGE_SIZE_MAX: u64 = 50;

    /// Cap: at most this many parameters (keys) in one request; more is one
    /// error, and only the known parameters and the first few unknown names
    /// are read.
    pub const MAX_PARAMS: usize = 64;
    /// Cap: unknown parameter names reported one by one; the rest are counted
    /// in one more finding.
    pub const MAX_UNKNOWN_REPORTED: usize = 5;
    /// Cap: findings shown per field; the rest are counted in one info.
    pub const MAX_FINDINGS_PER_FIELD: usize = 5;
    /// Cap: the longest value of any parameter ([`Param::max_len`](crate::Param::max_len)
    /// is at most this; the page's facade cuts longer strings before reading them).
    pub const MAX_VALUE_CHARS: usize = 1024;
}

/// A parameter's wire type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `String` on the wire.
    String,
    /// `Integer` on the wire (decimal digits).
    Integer,
    /// `Boolean` on the wire (`true` / `false`).
    Boolean,
}

/// Where a parameter belongs on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// The operation itself (fixed).
    Operation,
    /// Where the server is created.
    Target,
    /// The SSL server's network settings.
    Network,
    /// Tunnel settings: protocol, port, cipher, compression.
    Tunnel,
    /// Two-factor authentication through IDaaS.
    Mfa,
    /// Idempotency, dry run and undocumented extras.
    Advanced,
}

/// One request parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Exact, case-sensitive wire name.
    pub name: &'static str,
    /// Wire type.
    pub kind: Kind,
    /// Whether the API requires it.
    pub required: bool,
    /// The documented server default, when there is one.
    pub default: Option<&'static str>,
    /// The only accepted values (empty: any value the rules accept).
    pub allowed: &'static [&'static str],
    /// The documented example value.
    pub example: &'static str,
    /// What the value looks like, for placeholders: `cidr`, `cidr-list`, `region`, `id`, `token`, `text`.
    pub format: &'static str,
    /// Form section.
    pub group: Group,
    /// Not on the form: a framework parameter the SDKs carry (`OwnerId`, ...)
    /// that is accepted, signed and sent when given, but not offered.
    pub hidden: bool,
    /// Cap: the most characters (Unicode scalar values) read. A longer value
    /// is one error and is not checked further. A page can use it as the
    /// control's `maxlength` (which counts UTF-16 units, never fewer than
    /// characters).
    pub max_len: usize,
    /// Date the API gained it, for parameters newer than the seed page.
    pub since: Option<&'static str>,
    /// Short label.
    pub label: Text<'static>,
    /// One or two sentences of help.
    pub help: Text<'static>,
}

impl Kind {
    /// `String`, `Integer` or `Boolean`, as the API reference writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::String => "String",
            Kind::Integer => "Integer",
            Kind::Boolean => "Boolean",
        }
    }
}

impl Group {
    /// `operation`, `target`, `network`, `tunnel`, `mfa` or `advanced`.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Operation => "operation",
            Group::Target => "target",
            Group::Network => "network",
            Group::Tunnel => "tunnel",
            Group::Mfa => "mfa",
            Group::Advanced => "advanced",
        }
    }
}

impl Shape for Param {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("name", Node::Str(self.name)),
            ("type", Node::Str(self.kind.as_str())),
            ("required", Node::Bool(self.required)),
            ("default", self.default.shape()),
            ("allowed", self.allowed.shape()),
            ("example", Node::Str(self.example)),
            ("format", Node::Str(self.format)),
            ("group", Node::Str(self.group.as_str())),
            ("since", self.since.shape()),
            ("label", self.label.shape()),
            ("help", self.help.shape()),
            ("hidden", Node::Bool(self.hidden)),
            ("maxLength", Node::Int(self.max_len as i64)),
        ])
    }
}

const fn p(name: &'static str, kind: Kind, required: bool, group: Group, max_len: usize) -> Param {
    Param {
        name,
        kind,
        required,
        default: None,
        allowed: &[],
        example: "",
        format: "text",
        group,
        hidden: false,
        max_len,
        since: None,
        label: text!("", ""),
        help: text!("", ""),
    }
}

/// Every request parameter of `CreateSslVpnServer`, in form order.
///
/// # Examples
///
/// ```
/// let port = sslvpn_builder::param("Port").unwrap();
/// assert_eq!(port.default, Some("1194"));
/// assert!(sslvpn_builder::PARAMS.iter().filter(|p| p.required).count() == 5);
/// ```
pub static PARAMS: &[Param] = &[
    entries::ACTION,
    entries::REGION_ID,
    entries::VPN_GATEWAY_ID,
    entries::NAME,
    entries::CLIENT_IP_POOL,
    entries::LOCAL_SUBNET,
    entries::PROTO,
    entries::PORT,
    entries::CIPHER,
    entries::COMPRESS,
    entries::ENABLE_MULTI_FACTOR_AUTH,
    entries::IDAAS_INSTANCE_ID,
    entries::IDAAS_REGION_ID,
    entries::IDAAS_APPLICATION_ID,
    entries::CLIENT_TOKEN,
    entries::DRY_RUN,
    entries::DNS_SERVERS,
    entries::OWNER_ID,
    entries::OWNER_ACCOUNT,
    entries::RESOURCE_OWNER_ID,
    entries::RESOURCE_OWNER_ACCOUNT,
];

/// Looks a parameter up by its exact wire name.
pub fn param(name: &str) -> Option<&'static Param> {
    PARAMS.iter().find(|p| p.name == name)
}

/// Position of a parameter in [`PARAMS`] (form order), used to order findings.
pub(crate) fn position(name: &str) -> usize {
    PARAMS
        .iter()
        .position(|p| p.name == name)
        .unwrap_or(PARAMS.len())
}

/// The allowed values of every Boolean parameter, in wire form.
const BOOLEAN: &[&str] = &["true", "false"];

/// The framework parameters every SDK carries (hidden from the form).
pub(crate) const OWNER: [&str; 4] = [
    "OwnerId",
    "OwnerAccount",
    "ResourceOwnerId",
    "ResourceOwnerAccount",
];

/// Integer parameters that are Long (64-bit) rather than Integer (32-bit)
/// in the SDKs: the snippets write them as such.
pub(crate) fn is_long(name: &str) -> bool {
    matches!(name, "OwnerId" | "ResourceOwnerId")
}

/// The common parameters that signing adds: named so a user who types one
/// learns why.
pub(crate) const COMMON: &[&str] = &[
    "Version",
    "Format",
    "AccessKeyId",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
    "SecurityToken",
    "Signature",
];
pub(crate) const ACTION_PARAM: &str = "Action";

/// Every parameter entry of the SSL-VPN server family, written once: the
/// operations' tables list them (and adjust what differs, e.g. `required`).
pub(crate) mod entries {
    use super::*;

    /// `Action`.
    pub(crate) const ACTION: Param = Param {
        allowed: &[super::ACTION],
        default: Some(super::ACTION),
        example: super::ACTION,
        label: text!("Operation", "操作"),
        help: text!("The operation to perform.", "要执行的操作。"),
        ..p("Action", Kind::String, true, Group::Operation, 64)
    };

    /// `RegionId`.
    pub(crate) const REGION_ID: Param = Param {
        example: "cn-shanghai",
        format: "region",
        label: text!("Region", "地域"),
        help: text!(
            "Region ID of the VPN gateway, e.g. cn-shanghai. The SSL server is created in the gateway's region.",
            "VPN 网关所在的地域 ID，例如 cn-shanghai。SSL 服务端创建在网关所在地域。"
        ),
        ..p("RegionId", Kind::String, true, Group::Target, 64)
    };

    /// `VpnGatewayId`.
    pub(crate) const VPN_GATEWAY_ID: Param = Param {
        example: "vpn-bp1hgim8by0kc9nga5lg3",
        format: "id",
        label: text!("VPN gateway ID", "VPN 网关 ID"),
        help: text!(
            "ID of the VPN gateway (vpn-…). The gateway must have SSL-VPN enabled; one SSL server per gateway.",
            "VPN 网关的 ID（vpn-…）。网关须已开启 SSL-VPN 功能；每个网关只能创建一个 SSL 服务端。"
        ),
        ..p("VpnGatewayId", Kind::String, true, Group::Target, 64)
    };

    /// `Name`.
    pub(crate) const NAME: Param = Param {
        example: "sslvpnname",
        label: text!("Name", "名称"),
        help: text!(
            "Name of the SSL server: 1 to 100 characters, must not start with http:// or https://.",
            "SSL 服务端的名称：长度为 1～100 个字符，不能以 http:// 或 https:// 开头。"
        ),
        ..p("Name", Kind::String, false, Group::Target, 1024)
    };

    /// `ClientIpPool`.
    pub(crate) const CLIENT_IP_POOL: Param = Param {
        example: "192.168.1.0/24",
        format: "cidr",
        label: text!("Client CIDR block", "客户端网段"),
        help: text!(
            "One IPv4 CIDR block (mask /16 to /29) that addresses are assigned to clients from. It must not overlap the local CIDR blocks. Each client takes 4 addresses.",
            "为客户端虚拟网卡分配地址的 IPv4 网段（掩码 /16～/29）。不能与本端网段重叠。每个客户端占用 4 个地址。"
        ),
        ..p("ClientIpPool", Kind::String, true, Group::Network, 64)
    };

    /// `LocalSubnet`.
    pub(crate) const LOCAL_SUBNET: Param = Param {
        example: "10.0.0.0/8",
        format: "cidr-list",
        label: text!("Local CIDR blocks", "本端网段"),
        help: text!(
            "The CIDR blocks clients reach through the tunnel: 1 to 5 IPv4 CIDR blocks (mask /8 to /32), separated by commas.",
            "客户端通过 SSL-VPN 访问的网段：1～5 个 IPv4 网段（掩码 /8～/32），用半角逗号分隔。"
        ),
        ..p("LocalSubnet", Kind::String, true, Group::Network, 256)
    };

    /// `Proto`.
    pub(crate) const PROTO: Param = Param {
        allowed: &["TCP", "UDP"],
        default: Some("TCP"),
        example: "UDP",
        label: text!("Protocol", "协议"),
        help: text!(
            "Tunnel protocol. Server default: TCP (older docs, ROS and Terraform say UDP), so choose one explicitly.",
            "SSL 连接使用的协议。服务端默认 TCP（旧文档、ROS 和 Terraform 写的是 UDP），建议显式选择。"
        ),
        ..p("Proto", Kind::String, false, Group::Tunnel, 16)
    };

    /// `Port`.
    pub(crate) const PORT: Param = Param {
        default: Some(limits::PORT_DEFAULT),
        example: limits::PORT_DEFAULT,
        label: text!("Port", "端口"),
        help: text!(
            "Port of the SSL server, 1 to 65535. Not allowed: 22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500.",
            "SSL 服务端使用的端口，取值 1～65535。不支持：22、2222、22222、9000、9001、9002、7505、80、443、53、68、123、4510、4560、500、4500。"
        ),
        ..p("Port", Kind::Integer, false, Group::Tunnel, 32)
    };

    /// `Cipher`.
    pub(crate) const CIPHER: Param = Param {
        allowed: &["AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "none"],
        default: Some("AES-128-CBC"),
        example: "AES-128-CBC",
        label: text!("Cipher", "加密算法"),
        help: text!(
            "Encryption algorithm. Clients on OpenVPN 2.4.0 or later negotiate their own cipher, so this mostly affects older clients.",
            "SSL 连接使用的加密算法。OpenVPN 2.4.0 及以上版本的客户端会自动协商算法，此项主要影响旧版客户端。"
        ),
        ..p("Cipher", Kind::String, false, Group::Tunnel, 32)
    };

    /// `Compress`.
    pub(crate) const COMPRESS: Param = Param {
        allowed: BOOLEAN,
        default: Some("false"),
        example: "false",
        label: text!("Compression", "压缩"),
        help: text!(
            "Whether to compress tunnel data.",
            "是否对传输数据进行压缩。"
        ),
        ..p("Compress", Kind::Boolean, false, Group::Tunnel, 16)
    };

    /// `EnableMultiFactorAuth`.
    pub(crate) const ENABLE_MULTI_FACTOR_AUTH: Param = Param {
        allowed: BOOLEAN,
        default: Some("false"),
        example: "false",
        label: text!("Two-factor authentication", "双因子认证"),
        help: text!(
            "Enable two-factor authentication through IDaaS. Needs IDaaSInstanceId and IDaaSRegionId (and IDaaSApplicationId for EIAM 2.0), and a gateway that supports it.",
            "是否开启 IDaaS 双因子认证。需要同时配置 IDaaSInstanceId、IDaaSRegionId（EIAM 2.0 实例还需 IDaaSApplicationId），且网关需支持该功能。"
        ),
        ..p("EnableMultiFactorAuth", Kind::Boolean, false, Group::Mfa, 16)
    };

    /// `IDaaSInstanceId`.
    pub(crate) const IDAAS_INSTANCE_ID: Param = Param {
        example: "idaas-cn-hangzhou-p****",
        format: "id",
        label: text!("IDaaS instance ID", "IDaaS 实例 ID"),
        help: text!(
            "IDaaS instance: idaas-<region>-… (EIAM 1.0) or idaas_… (EIAM 2.0).",
            "IDaaS 实例 ID：idaas-<地域>-…（EIAM 1.0）或 idaas_…（EIAM 2.0）。"
        ),
        ..p("IDaaSInstanceId", Kind::String, false, Group::Mfa, 128)
    };

    /// `IDaaSRegionId`.
    pub(crate) const IDAAS_REGION_ID: Param = Param {
        example: "cn-hangzhou",
        format: "region",
        label: text!("IDaaS region", "IDaaS 地域"),
        help: text!(
            "Region ID where the IDaaS instance is.",
            "IDaaS 实例所在的地域 ID。"
        ),
        ..p("IDaaSRegionId", Kind::String, false, Group::Mfa, 64)
    };

    /// `IDaaSApplicationId`.
    pub(crate) const IDAAS_APPLICATION_ID: Param = Param {
        example: "app_my6g4qmvnwxzj2f****",
        format: "id",
        since: Some("2024-05-10"),
        label: text!("IDaaS application ID", "IDaaS 应用 ID"),
        help: text!(
            "IDaaS application (app_…). Needed for EIAM 2.0 instances.",
            "IDaaS 应用 ID（app_…）。EIAM 2.0 实例必须配置。"
        ),
        ..p("IDaaSApplicationId", Kind::String, false, Group::Mfa, 128)
    };

    /// `ClientToken`.
    pub(crate) const CLIENT_TOKEN: Param = Param {
        example: "02fb3da4-130e-11e9-8e44-0016e04115b",
        format: "token",
        label: text!("Client token", "客户端 Token"),
        help: text!(
            "Idempotency token: ASCII only, at most 64 characters, unique per request. Reuse it when you retry the same request.",
            "保证请求幂等性的 Token：仅限 ASCII 字符，不超过 64 个字符，不同请求须唯一。重试同一请求时请复用。"
        ),
        ..p("ClientToken", Kind::String, false, Group::Advanced, 256)
    };

    /// `DryRun`.
    pub(crate) const DRY_RUN: Param = Param {
        allowed: BOOLEAN,
        default: Some("false"),
        example: "false",
        since: Some("2025-06-16"),
        label: text!("Dry run", "预检"),
        help: text!(
            "true: only check the request. A passing check answers with the code DryRunOperation.",
            "true：只预检请求，不创建。预检通过时返回错误码 DryRunOperation。"
        ),
        ..p("DryRun", Kind::Boolean, false, Group::Advanced, 16)
    };

    /// `DnsServers`.
    pub(crate) const DNS_SERVERS: Param = Param {
        example: "",
        since: Some("2026-06-25"),
        label: text!("DNS servers", "DNS 服务器"),
        help: text!(
            "Undocumented (added 2026-06-25): no format is published. Passed through as typed.",
            "未公开说明的参数（2026-06-25 新增），没有公开的格式，按输入原样发送。"
        ),
        ..p("DnsServers", Kind::String, false, Group::Advanced, 256)
    };

    /// `OwnerId`.
    pub(crate) const OWNER_ID: Param = Param {
        example: "1234567890123456",
        format: "id",
        hidden: true,
        label: text!("Owner account ID", "所有者账号 ID"),
        help: text!(
            "ID (Long) of the account that makes the request. Undocumented; the server takes the account from the credentials.",
            "发起请求的账号 ID（Long）。文档未说明；服务端根据凭证确定账号。"
        ),
        ..p("OwnerId", Kind::Integer, false, Group::Advanced, 32)
    };

    /// `OwnerAccount`.
    pub(crate) const OWNER_ACCOUNT: Param = Param {
        hidden: true,
        label: text!("Owner account", "所有者账号"),
        help: text!(
            "Name of the account that makes the request. Undocumented.",
            "发起请求的账号名称。文档未说明。"
        ),
        ..p("OwnerAccount", Kind::String, false, Group::Advanced, 128)
    };

    /// `ResourceOwnerId`.
    pub(crate) const RESOURCE_OWNER_ID: Param = Param {
        example: "1234567890123456",
        format: "id",
        hidden: true,
        label: text!("Resource owner account ID", "资源所有者账号 ID"),
        help: text!(
            "ID (Long) of the account that owns the resources. Undocumented.",
            "资源所属账号的 ID（Long）。文档未说明。"
        ),
        ..p("ResourceOwnerId", Kind::Integer, false, Group::Advanced, 32)
    };

    /// `ResourceOwnerAccount`.
    pub(crate) const RESOURCE_OWNER_ACCOUNT: Param = Param {
        hidden: true,
        label: text!("Resource owner account", "资源所有者账号"),
        help: text!(
            "Name of the account that owns the resources. Undocumented.",
            "资源所属账号的名称。文档未说明。"
        ),
        ..p(
            "ResourceOwnerAccount",
            Kind::String,
            false,
            Group::Advanced,
            128,
        )
    };
}
