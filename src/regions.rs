//! Known region IDs with their names (api-rules.md §10: the union of the CLI
//! metadata of 2026-04 and the Go SDK endpoint map of 2026-08).
//!
//! Regions keep appearing, so an unknown region is a warning, never an error.

use crate::lang::Text;
use crate::shape::{Node, Shape};
use crate::text;

/// A region where VPC (and VPN Gateway) is offered.
#[derive(Debug, Clone)]
pub struct Region {
    /// Region ID, e.g. `cn-hangzhou`.
    pub id: &'static str,
    /// Display name.
    pub name: Text<'static>,
    /// Marked "Closed" in the CLI metadata.
    pub closed: bool,
}

impl Shape for Region {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("id", Node::Str(self.id)),
            ("name", self.name.shape()),
            ("closed", Node::Bool(self.closed)),
        ])
    }
}

// `zh` is unused in a one-language (lang-en) build.
#[allow(unused_variables)]
const fn r(id: &'static str, en: &'static str, zh: &'static str) -> Region {
    Region {
        id,
        name: text!(en, zh),
        closed: false,
    }
}

/// Every known region, in the order the page lists them.
pub static REGIONS: &[Region] = &[
    r("cn-hangzhou", "China (Hangzhou)", "华东1（杭州）"),
    r("cn-shanghai", "China (Shanghai)", "华东2（上海）"),
    r(
        "cn-nanjing",
        "China (Nanjing - Local Region)",
        "华东5（南京-本地地域）",
    ),
    r(
        "cn-fuzhou",
        "China (Fuzhou - Local Region)",
        "华东6（福州-本地地域）",
    ),
    r("cn-qingdao", "China (Qingdao)", "华北1（青岛）"),
    r("cn-beijing", "China (Beijing)", "华北2（北京）"),
    r("cn-zhangjiakou", "China (Zhangjiakou)", "华北3（张家口）"),
    r("cn-huhehaote", "China (Hohhot)", "华北5（呼和浩特）"),
    r("cn-wulanchabu", "China (Ulanqab)", "华北6（乌兰察布）"),
    r("cn-shenzhen", "China (Shenzhen)", "华南1（深圳）"),
    r("cn-heyuan", "China (Heyuan)", "华南2（河源）"),
    r("cn-guangzhou", "China (Guangzhou)", "华南3（广州）"),
    r("cn-chengdu", "China (Chengdu)", "西南1（成都）"),
    r(
        "cn-wuhan-lr",
        "China (Wuhan - Local Region)",
        "华中1（武汉-本地地域）",
    ),
    r("cn-zhongwei", "China (Zhongwei)", "西北2（中卫）"),
    r("cn-hongkong", "China (Hong Kong)", "中国香港"),
    r(
        "cn-beijing-finance-1",
        "China North 2 Finance (Preview)",
        "华北2 金融云（邀测）",
    ),
    r(
        "cn-shanghai-finance-1",
        "China East 2 Finance",
        "华东2 金融云",
    ),
    r(
        "cn-shenzhen-finance-1",
        "China South 1 Finance",
        "华南1 金融云",
    ),
    r("cn-heyuan-acdr-1", "Heyuan ACDR Auto", "河源专属云汽车合规"),
    r(
        "cn-wulanchabu-gic-1",
        "cn-wulanchabu-gic-1",
        "cn-wulanchabu-gic-1",
    ),
    r(
        "cn-zhengzhou-jva",
        "Zhengzhou (China Unicom Joint Venture)",
        "郑州（联通合营）",
    ),
    r("ap-northeast-1", "Japan (Tokyo)", "日本（东京）"),
    r("ap-northeast-2", "South Korea (Seoul)", "韩国（首尔）"),
    r("ap-southeast-1", "Singapore", "新加坡"),
    r(
        "ap-southeast-3",
        "Malaysia (Kuala Lumpur)",
        "马来西亚（吉隆坡）",
    ),
    r(
        "ap-southeast-5",
        "Indonesia (Jakarta)",
        "印度尼西亚（雅加达）",
    ),
    r("ap-southeast-6", "Philippines (Manila)", "菲律宾（马尼拉）"),
    r("ap-southeast-7", "Thailand (Bangkok)", "泰国（曼谷）"),
    r("ap-southeast-8", "Malaysia (Johor)", "马来西亚（柔佛州）"),
    Region {
        closed: true,
        ..r("ap-southeast-2", "Australia (Sydney)", "澳大利亚（悉尼）")
    },
    Region {
        closed: true,
        ..r("ap-south-1", "India (Mumbai)", "印度（孟买）")
    },
    r("us-east-1", "US (Virginia)", "美国（弗吉尼亚）"),
    r("us-west-1", "US (Silicon Valley)", "美国（硅谷）"),
    r("us-southeast-1", "US (Atlanta)", "美国（亚特兰大）"),
    r("na-south-1", "Mexico", "墨西哥"),
    r("eu-central-1", "Germany (Frankfurt)", "德国（法兰克福）"),
    r("eu-west-1", "UK (London)", "英国（伦敦）"),
    r("eu-west-2", "France (Paris)", "法国（巴黎）"),
    r("me-east-1", "UAE (Dubai)", "阿联酋（迪拜）"),
    r("me-central-1", "Saudi Arabia (Riyadh)", "沙特（利雅得）"),
];

/// Looks a region up by ID.
///
/// # Examples
///
/// ```
/// assert!(sslvpn_builder::region("cn-hangzhou").is_some());
/// assert!(sslvpn_builder::region("ap-south-1").unwrap().closed);
/// assert!(sslvpn_builder::region("mars-1").is_none());
/// ```
pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}
