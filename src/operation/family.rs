//! The SSL-VPN server family beyond `CreateSslVpnServer`: `ModifySslVpnServer`,
//! `DeleteSslVpnServer` and `DescribeSslVpnServers` (sources:
//! ssl-vpn-family.md §2–§4). Each is a table of the shared parameter entries
//! (adjusted where the operation differs) and the list of rules it runs.

use super::Operation;
use crate::params::entries::*;
use crate::params::{Group, Kind, Param, VERSION};
use crate::text;

const fn action(name: &'static [&'static str; 1]) -> Param {
    Param {
        allowed: name,
        default: Some(name[0]),
        example: name[0],
        ..ACTION
    }
}

const fn optional(p: Param) -> Param {
    Param {
        required: false,
        default: None,
        ..p
    }
}

/// `SslVpnServerId`, required (Modify, Delete).
const SSL_VPN_SERVER_ID: Param = Param {
    name: "SslVpnServerId",
    kind: Kind::String,
    required: true,
    default: None,
    allowed: &[],
    example: "vss-bp18q7hzj6largv4v1****",
    format: "id",
    group: Group::Target,
    hidden: false,
    max_len: 64,
    since: None,
    label: text!("SSL server ID", "SSL 服务端 ID"),
    help: text!(
        "ID of the SSL server (vss-…), as CreateSslVpnServer or DescribeSslVpnServers return it.",
        "SSL 服务端的 ID（vss-…），即 CreateSslVpnServer 或 DescribeSslVpnServers 返回的 ID。"
    ),
};

/// `ModifySslVpnServer`: changes an SSL server's settings; only what is set
/// is sent.
pub static MODIFY_SSL_VPN_SERVER: Operation = Operation {
    action: "ModifySslVpnServer",
    version: VERSION,
    params: &[
        action(&["ModifySslVpnServer"]),
        REGION_ID,
        SSL_VPN_SERVER_ID,
        NAME,
        optional(CLIENT_IP_POOL),
        optional(LOCAL_SUBNET),
        Param {
            help: text!(
                "Tunnel protocol. Omitted: the server keeps its current protocol. The sources disagree on the default (TCP in the SDKs, UDP in the Chinese reference and Terraform).",
                "SSL 连接使用的协议。不填则保持当前协议。各来源对默认值说法不一（SDK 为 TCP，中文文档和 Terraform 为 UDP）。"
            ),
            ..optional(PROTO)
        },
        optional(PORT),
        optional(CIPHER),
        Param {
            help: text!(
                "Whether to compress tunnel data. Omitted: the server keeps its current setting. The sources disagree on the default (true in the SDKs' Modify text, false elsewhere).",
                "是否对传输数据进行压缩。不填则保持当前设置。各来源对默认值说法不一（SDK 的 Modify 说明为 true，其他为 false）。"
            ),
            ..optional(COMPRESS)
        },
        optional(ENABLE_MULTI_FACTOR_AUTH),
        IDAAS_INSTANCE_ID,
        IDAAS_REGION_ID,
        IDAAS_APPLICATION_ID,
        CLIENT_TOKEN,
        DRY_RUN,
        DNS_SERVERS,
        OWNER_ID,
        OWNER_ACCOUNT,
        RESOURCE_OWNER_ID,
        RESOURCE_OWNER_ACCOUNT,
    ],
    result: "SslVpnServerId",
    codes: &[
        "Forbbiden.SubUser",
        "Forbidden",
        "InvalidName",
        "VpnGateway.Configuring",
        "VpnGateway.FinancialLocked",
        "DryRunOperation",
        "InvalidSslVpnServerId.NotFound",
    ],
    summary: text!(
        "Changes the settings of an SSL server; parameters left out keep their current values.",
        "修改 SSL 服务端的配置；未填写的参数保持当前值。"
    ),
    coach: &[
        text!(
            "Only what you set is sent; everything else keeps its current value.",
            "只发送您填写的参数，其余保持当前值。"
        ),
        text!(
            "A change of Name alone is synchronous. Any other change is asynchronous: poll DescribeVpnGateway until the gateway's Status is active again before the next change.",
            "只修改 Name 时为同步操作；其他修改为异步：请轮询 DescribeVpnGateway，直到网关状态（Status）重新变为 active，再进行下一次变更。"
        ),
        text!(
            "One change at a time per gateway: a second one while the first is applied fails with VpnGateway.Configuring (retry later with the same ClientToken).",
            "同一网关一次只能进行一项变更：前一项尚未完成时再次修改会返回 VpnGateway.Configuring（稍后用同一 ClientToken 重试）。"
        ),
    ],
    rules: crate::rules::modify,
};

/// `DeleteSslVpnServer`: deletes an SSL server and its client certificates.
pub static DELETE_SSL_VPN_SERVER: Operation = Operation {
    action: "DeleteSslVpnServer",
    version: VERSION,
    params: &[
        action(&["DeleteSslVpnServer"]),
        REGION_ID,
        SSL_VPN_SERVER_ID,
        CLIENT_TOKEN,
        OWNER_ID,
        OWNER_ACCOUNT,
        RESOURCE_OWNER_ID,
        RESOURCE_OWNER_ACCOUNT,
    ],
    result: "RequestId",
    codes: &[
        "Forbbiden.SubUser",
        "Forbidden",
        "VpnGateway.Configuring",
        "VpnGateway.FinancialLocked",
        "InvalidSslVpnServerId.NotFound",
    ],
    summary: text!(
        "Deletes an SSL server, with all its client certificates (their clients are disconnected).",
        "删除 SSL 服务端及其全部客户端证书（相关客户端会断开连接）。"
    ),
    coach: &[
        text!(
            "Every client certificate of the server is deleted too, and its clients are disconnected.",
            "该服务端的全部客户端证书也会被删除，相关客户端会断开连接。"
        ),
        text!(
            "The call is asynchronous: poll DescribeVpnGateway until the gateway's Status is active again; one delete at a time per gateway (VpnGateway.Configuring otherwise).",
            "该接口为异步接口：请轮询 DescribeVpnGateway，直到网关状态（Status）重新变为 active；同一网关一次只能删除一个（否则返回 VpnGateway.Configuring）。"
        ),
    ],
    rules: crate::rules::delete,
};

/// `DescribeSslVpnServers`: lists SSL servers, page by page.
pub static DESCRIBE_SSL_VPN_SERVERS: Operation = Operation {
    action: "DescribeSslVpnServers",
    version: VERSION,
    params: &[
        action(&["DescribeSslVpnServers"]),
        REGION_ID,
        Param {
            help: text!(
                "Filter: only this SSL server (vss-…).",
                "筛选条件：只查询此 SSL 服务端（vss-…）。"
            ),
            ..optional(SSL_VPN_SERVER_ID)
        },
        Param {
            help: text!(
                "Filter: only the SSL server of this VPN gateway (vpn-…).",
                "筛选条件：只查询此 VPN 网关（vpn-…）的 SSL 服务端。"
            ),
            ..optional(VPN_GATEWAY_ID)
        },
        Param {
            help: text!(
                "Filter: SSL servers of this name (1 to 100 characters).",
                "筛选条件：此名称的 SSL 服务端（长度为 1～100 个字符）。"
            ),
            ..NAME
        },
        Param {
            name: "ResourceGroupId",
            example: "rg-acfmzs372yg****",
            format: "id",
            label: text!("Resource group ID", "资源组 ID"),
            help: text!(
                "Filter: SSL servers in this resource group (an SSL server is in its gateway's group).",
                "筛选条件：此资源组中的 SSL 服务端（SSL 服务端与其网关属于同一资源组）。"
            ),
            ..optional(SSL_VPN_SERVER_ID)
        },
        Param {
            name: "PageNumber",
            kind: Kind::Integer,
            default: Some("1"),
            example: "1",
            format: "text",
            group: Group::Advanced,
            max_len: 32,
            label: text!("Page number", "页码"),
            help: text!("Which page: 1 is the first.", "查询的页码：第一页为 1。"),
            ..optional(SSL_VPN_SERVER_ID)
        },
        Param {
            name: "PageSize",
            kind: Kind::Integer,
            default: Some("10"),
            example: "10",
            format: "text",
            group: Group::Advanced,
            max_len: 32,
            label: text!("Page size", "每页条数"),
            help: text!(
                "Entries per page: 1 to 50, default 10.",
                "每页的条目数：1～50，默认 10。"
            ),
            ..optional(SSL_VPN_SERVER_ID)
        },
        OWNER_ID,
        OWNER_ACCOUNT,
        RESOURCE_OWNER_ID,
        RESOURCE_OWNER_ACCOUNT,
    ],
    result: "RequestId",
    codes: &["Forbbiden.SubUser", "Forbidden"],
    summary: text!(
        "Lists SSL servers of a region, filtered and page by page.",
        "分页查询某地域的 SSL 服务端，可按条件筛选。"
    ),
    coach: &[
        text!(
            "Read TotalCount and ask for the next PageNumber until you have them all (PageSize at most 50).",
            "读取 TotalCount，递增 PageNumber 直到取完全部结果（PageSize 最大为 50）。"
        ),
        text!(
            "A gateway has at most one SSL server, so VpnGatewayId finds it directly.",
            "一个网关最多只有一个 SSL 服务端，因此用 VpnGatewayId 可直接查到它。"
        ),
    ],
    rules: crate::rules::describe,
};
