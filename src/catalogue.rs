//! The error catalogue: every error code documented for `CreateSslVpnServer`
//! (the seed page's table and api-rules.md §5), with its HTTP status, the
//! published message, a plain explanation and what to do, in both languages.
//! Which rules predict a code before the request is sent is derived from the
//! rule registry ([`crate::RULES`]), never written here.

use crate::lang::Text;
use crate::shape::{Node, Shape};
use crate::text;

/// One documented API error code.
#[derive(Debug, Clone)]
pub struct ErrorCode {
    /// The exact code the API returns, e.g. `ClientIpPool.NetmaskInvalid`.
    pub code: &'static str,
    /// HTTP status, where a source documents it.
    pub http_status: Option<u16>,
    /// The message as published (the server answers in English); `None` where
    /// no source publishes one.
    pub message: Option<&'static str>,
    /// What it means.
    pub explanation: Text<'static>,
    /// What to do about it.
    pub action: Text<'static>,
    /// The rules that predict this code before sending (derived from the
    /// rule registry); empty when only the server can know (quota,
    /// permissions, gateway state).
    pub predicted_by: PredictedBy,
    /// Where the code is documented.
    pub source: &'static str,
    /// The parameter the code is about, when it is about one (the page marks
    /// it when an error response is imported).
    pub field: Option<&'static str>,
}

/// The rules that predict a code before sending, derived from the rule
/// registry ([`RULES`](crate::RULES)): the ids of every rule whose code it
/// is, each once, in registry order. Empty when only the server can know
/// (quota, permissions, gateway state).
///
/// # Examples
///
/// ```
/// let e = sslvpn_builder::error_code("InvalidName").unwrap();
/// assert_eq!(e.predicted_by.ids(), ["name-length", "name-url-prefix"]);
/// assert_eq!(e.predicted_by.join(", "), "name-length, name-url-prefix");
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PredictedBy(&'static str);

impl PredictedBy {
    /// The rule ids.
    pub fn ids(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = Vec::new();
        for r in crate::RULES {
            if r.code == Some(self.0) && !ids.contains(&r.id) {
                ids.push(r.id);
            }
        }
        ids
    }

    /// Whether only the server can know.
    pub fn is_empty(&self) -> bool {
        !crate::RULES.iter().any(|r| r.code == Some(self.0))
    }

    /// Whether the rule with this id predicts the code.
    pub fn contains(&self, id: &str) -> bool {
        crate::RULES
            .iter()
            .any(|r| r.code == Some(self.0) && r.id == id)
    }

    /// The ids joined by `sep`.
    pub fn join(&self, sep: &str) -> String {
        crate::text::join(self.ids(), sep)
    }
}

impl std::fmt::Debug for PredictedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.ids()).finish()
    }
}

/// An entry: `code` is written once, and what predicts it is derived.
macro_rules! entry {
    (code: $code:literal, $($field:ident: $value:expr),* $(,)?) => {
        ErrorCode {
            code: $code,
            predicted_by: PredictedBy($code),
            $($field: $value),*
        }
    };
}

impl Shape for ErrorCode {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("code", Node::Str(self.code)),
            ("httpStatus", self.http_status.shape()),
            ("message", self.message.shape()),
            ("explanation", self.explanation.shape()),
            ("action", self.action.shape()),
            (
                "predictedBy",
                Node::Arr(self.predicted_by.ids().into_iter().map(Node::Str).collect()),
            ),
            ("source", Node::Str(self.source)),
            ("field", self.field.shape()),
        ])
    }
}

const SEED: &str = "CreateSslVpnServer API reference (error codes)";
const RULES: &str = "api-rules.md §5 (SDK, Terraform and sibling-operation sources)";

/// Every code, seed table first.
///
/// # Examples
///
/// ```
/// let e = sslvpn_builder::error_code("SslVpnServerPort.Illegal").unwrap();
/// assert_eq!(e.http_status, Some(400));
/// assert_eq!(e.predicted_by.ids(), ["port-range", "port-reserved"]);
/// ```
pub static ERRORS: &[ErrorCode] = &[
    entry! {
        code: "Resource.QuotaFull",
        field: Some("VpnGatewayId"),
        http_status: Some(400),
        message: Some("The quota of resource is full"),
        explanation: text!(
            "A quota is used up. A VPN gateway holds one SSL server, so this usually means the gateway already has one.",
            "资源配额已满。一个 VPN 网关只能创建一个 SSL 服务端，通常说明该网关已有 SSL 服务端。"
        ),
        action: text!(
            "Check the gateway with DescribeSslVpnServers; modify the existing server or use another gateway.",
            "调用 DescribeSslVpnServers 查看该网关；修改已有的服务端或换用其他网关。"
        ),
        source: SEED,
    },
    entry! {
        code: "InvalidName",
        field: Some("Name"),
        http_status: Some(400),
        message: Some("The name is not valid"),
        explanation: text!(
            "The name breaks the naming rule: 1 to 100 characters, not starting with http:// or https://.",
            "名称不符合规则：长度为 1～100 个字符，不能以 http:// 或 https:// 开头。"
        ),
        action: text!("Shorten or rename it.", "缩短或修改名称。"),
        source: SEED,
    },
    entry! {
        code: "VpnGateway.Configuring",
        field: Some("VpnGatewayId"),
        http_status: Some(400),
        message: Some("The specified service is configuring."),
        explanation: text!(
            "The gateway is still applying an earlier change (status updating). Only the server knows this.",
            "VPN 网关正在执行之前的配置任务（状态为 updating）。只有服务端能判断。"
        ),
        action: text!(
            "Wait until DescribeVpnGateway shows active, then retry with the same ClientToken.",
            "等待 DescribeVpnGateway 返回 active 后，使用相同的 ClientToken 重试。"
        ),
        source: SEED,
    },
    entry! {
        code: "VpnGateway.FinancialLocked",
        field: Some("VpnGatewayId"),
        http_status: Some(400),
        message: Some("The specified service is financial locked."),
        explanation: text!(
            "The gateway is suspended for an overdue payment. Only the server knows this.",
            "VPN 网关因欠费被冻结。只有服务端能判断。"
        ),
        action: text!("Top up the account, then retry.", "为账户充值后重试。"),
        source: SEED,
    },
    entry! {
        code: "VpnRouteEntry.Conflict",
        field: Some("ClientIpPool"),
        http_status: Some(400),
        message: Some("The specified route entry has conflict."),
        explanation: text!(
            "The route for the client CIDR block conflicts with a route already in the VPC route table.",
            "客户端网段的路由与 VPC 路由表中已有的路由冲突。"
        ),
        action: text!(
            "Pick a client CIDR block that no VPC route uses.",
            "换一个未被 VPC 路由使用的客户端网段。"
        ),
        source: SEED,
    },
    entry! {
        code: "SslVpnServer.AddRouteError",
        field: Some("ClientIpPool"),
        http_status: Some(400),
        message: Some("Add route error whose destination is client IP pool, please check vpc route entry and relevant quota."),
        explanation: text!(
            "The system could not add the VPC route that points to the client CIDR block.",
            "系统无法添加指向客户端网段的 VPC 路由。"
        ),
        action: text!(
            "Check the VPC route table and its route quota.",
            "检查 VPC 路由表及路由条目配额。"
        ),
        source: SEED,
    },
    entry! {
        code: "ClientIpPool.NetmaskInvalid",
        field: Some("ClientIpPool"),
        http_status: Some(400),
        message: Some("The netmask length of client IP pool must be greater than or equal to 16 and less than or equal to 29."),
        explanation: text!(
            "The client CIDR block's mask must be /16 to /29.",
            "客户端网段的掩码长度必须为 16～29。"
        ),
        action: text!("Use a mask from /16 to /29.", "使用 /16～/29 的掩码。"),
        source: SEED,
    },
    entry! {
        code: "ClientIpPool.SubnetInvalid",
        field: Some("ClientIpPool"),
        http_status: Some(400),
        message: Some("The specified client IP pool cannot be used."),
        explanation: text!(
            "The client CIDR block is unavailable: it overlaps a reserved range or a local CIDR block.",
            "客户端网段不可用：与保留网段或本端网段重叠。"
        ),
        action: text!(
            "Pick a private block (10/8, 172.16/12, 192.168/16) that overlaps no local CIDR block.",
            "选用与本端网段不重叠的私网网段（10/8、172.16/12、192.168/16）。"
        ),
        source: SEED,
    },
    entry! {
        code: "MissingParameter.IDaaSInstanceId",
        field: Some("IDaaSInstanceId"),
        http_status: Some(400),
        message: Some("The input parameter IDaaSInstanceId is mandatory when enable multi-factor authentication."),
        explanation: text!(
            "Two-factor authentication is on but no IDaaS instance is given.",
            "开启了双因子认证，但未指定 IDaaS 实例。"
        ),
        action: text!(
            "Set IDaaSInstanceId (and IDaaSRegionId), or turn two-factor authentication off.",
            "设置 IDaaSInstanceId（及 IDaaSRegionId），或关闭双因子认证。"
        ),
        source: SEED,
    },
    entry! {
        code: "OperationFailed.NoRamPermission",
        field: None,
        http_status: Some(400),
        message: Some("Vpn Service has no permission to operate your IDaaS instances."),
        explanation: text!(
            "The VPN service may not use your IDaaS instance: the role AliyunVpnAccessingIdaasRole is not authorised.",
            "VPN 服务无权操作您的 IDaaS 实例：尚未授权角色 AliyunVpnAccessingIdaasRole。"
        ),
        action: text!(
            "Authorise AliyunVpnAccessingIdaasRole in the RAM console, then retry.",
            "在 RAM 控制台完成 AliyunVpnAccessingIdaasRole 授权后重试。"
        ),
        source: SEED,
    },
    entry! {
        code: "QuotaExceeded.VpnRouteEntry",
        field: Some("LocalSubnet"),
        http_status: Some(400),
        message: Some("The number of route entries to the VPN gateway in the VPC routing table has reached the quota limit."),
        explanation: text!(
            "The VPC route table has as many routes to the VPN gateway as its quota allows.",
            "VPC 路由表中指向 VPN 网关的路由条目数已达配额上限。"
        ),
        action: text!(
            "Remove unused routes or raise the quota.",
            "删除不用的路由条目或申请提升配额。"
        ),
        source: SEED,
    },
    entry! {
        code: "SystemBusy",
        field: None,
        http_status: Some(400),
        message: Some("The system is busy. Please try again later."),
        explanation: text!("The service is temporarily unavailable.", "系统暂时不可用。"),
        action: text!("Retry later with the same ClientToken.", "稍后使用相同的 ClientToken 重试。"),
        source: SEED,
    },
    entry! {
        code: "SslVpnServerPort.Illegal",
        field: Some("Port"),
        http_status: Some(400),
        message: Some("The server port is not in the range of [1-65535]."),
        explanation: text!(
            "The port is outside 1 to 65535, or is one of the reserved ports.",
            "端口不在 1～65535 范围内，或属于不支持的端口。"
        ),
        action: text!("Use another port, e.g. the default 1194.", "换用其他端口，例如默认的 1194。"),
        source: SEED,
    },
    entry! {
        code: "Forbbiden.SubUser",
        field: None,
        http_status: Some(403),
        message: Some("User not authorized to operate on the specified resource as your account is created by another user."),
        explanation: text!(
            "This RAM user may not act on the resource (the code is spelt this way by the API).",
            "当前 RAM 用户无权操作该资源（API 返回的错误码即为此拼写）。"
        ),
        action: text!(
            "Ask the account owner for vpc:<Action> (the operation's name) on the resource.",
            "请主账号授予对该资源的 vpc:<操作名> 权限。"
        ),
        source: SEED,
    },
    entry! {
        code: "Forbidden",
        field: None,
        http_status: Some(403),
        message: Some("User not authorized to operate on the specified resource."),
        explanation: text!(
            "The caller has no permission for this operation or resource.",
            "调用者无权执行该操作或访问该资源。"
        ),
        action: text!(
            "Grant vpc:<Action> (the operation's name), then retry.",
            "授予 vpc:<操作名> 权限后重试。"
        ),
        source: SEED,
    },
    entry! {
        code: "InvalidRegionId.NotFound",
        field: Some("RegionId"),
        http_status: Some(404),
        message: Some("The specified region is not found during access authentication."),
        explanation: text!(
            "The server does not know the region ID.",
            "服务端找不到指定的地域 ID。"
        ),
        action: text!(
            "Use the gateway's region ID (DescribeRegions lists them).",
            "使用网关所在的地域 ID（可通过 DescribeRegions 查询）。"
        ),
        source: SEED,
    },
    entry! {
        code: "InvalidVpnGatewayInstanceId.NotFound",
        field: Some("VpnGatewayId"),
        http_status: Some(404),
        message: Some("The specified vpn gateway instance id does not exist."),
        explanation: text!(
            "No VPN gateway has this ID in this region.",
            "该地域下不存在此 ID 的 VPN 网关。"
        ),
        action: text!(
            "Check the ID and that RegionId is the gateway's region.",
            "检查网关 ID，并确认 RegionId 为网关所在地域。"
        ),
        source: SEED,
    },
    entry! {
        code: "DryRunOperation",
        field: Some("DryRun"),
        http_status: None,
        message: None,
        explanation: text!(
            "Success: with DryRun=true the server checked the request and changed nothing.",
            "预检通过：DryRun=true 时服务端只检查请求，不做任何变更。"
        ),
        action: text!("Send again without DryRun to carry it out.", "去掉 DryRun 后再次发送即可执行。"),
        source: RULES,
    },
    entry! {
        code: "InvalidSslVpnServerId.NotFound",
        field: Some("SslVpnServerId"),
        http_status: Some(404),
        message: None,
        explanation: text!(
            "Seen on Modify, Delete and Describe, not on Create.",
            "出现在修改、删除和查询操作中，创建时不会出现。"
        ),
        action: text!("Check the SSL server ID.", "检查 SSL 服务端 ID。"),
        source: RULES,
    },
    entry! {
        code: "VpnGateway.SslVpnDisabled",
        field: Some("VpnGatewayId"),
        http_status: Some(400),
        message: Some("The VPN gateway has not enabled SSL VPN."),
        explanation: text!(
            "The gateway does not have SSL-VPN enabled (documented for CreateIpsecServer; plausible here).",
            "网关未开启 SSL-VPN 功能（CreateIpsecServer 文档中列出，此处也可能返回）。"
        ),
        action: text!("Enable SSL-VPN on the gateway first.", "先为网关开启 SSL-VPN 功能。"),
        source: RULES,
    },
    entry! {
        code: "IllegalParam.LocalSubnet",
        field: Some("LocalSubnet"),
        http_status: Some(400),
        message: Some("The specified \"LocalSubnet\" (%s) is invalid."),
        explanation: text!(
            "A local CIDR block is invalid (documented for sibling operations; plausible here).",
            "本端网段无效（兄弟接口文档中列出，此处也可能返回）。"
        ),
        action: text!(
            "Use 1 to 5 IPv4 CIDR blocks (mask /8 to /32) outside the reserved ranges.",
            "使用 1～5 个保留网段以外的 IPv4 网段（掩码 /8～/32）。"
        ),
        source: RULES,
    },
    entry! {
        code: "Throttling",
        field: None,
        http_status: None,
        message: None,
        explanation: text!("Too many requests in a short time.", "短时间内请求过多，被限流。"),
        action: text!("Back off and retry with the same ClientToken.", "稍候使用相同的 ClientToken 重试。"),
        source: RULES,
    },
    entry! {
        code: "Throttling.User",
        field: None,
        http_status: None,
        message: None,
        explanation: text!("This account sent too many requests.", "当前账号请求过多，被限流。"),
        action: text!("Back off and retry with the same ClientToken.", "稍候使用相同的 ClientToken 重试。"),
        source: RULES,
    },
    entry! {
        code: "ServiceUnavailable",
        field: None,
        http_status: None,
        message: None,
        explanation: text!("The service failed temporarily.", "服务暂时故障。"),
        action: text!("Retry later with the same ClientToken.", "稍后使用相同的 ClientToken 重试。"),
        source: RULES,
    },
];

/// Looks a code up.
pub fn error_code(code: &str) -> Option<&'static ErrorCode> {
    ERRORS.iter().find(|e| e.code == code)
}
