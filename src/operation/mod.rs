//! Operations: what the engine knows about one API operation, as data.
//!
//! An [`Operation`] holds the action and version that signing puts on the
//! wire, the parameter table the form, the validator, the CLI and the
//! snippets read, the rules that run for it, the error codes documented for
//! it and the names its SDKs and response use. Check, sign and snippets take
//! the operation from the [`Request`](crate::Request) they are given, so
//! adding an operation of this shape is a new table and its rule list.
//!
//! ```
//! use sslvpn_builder::operation::{operation, CREATE_SSL_VPN_SERVER};
//! let op = operation("CreateSslVpnServer").unwrap();
//! assert_eq!(op.action, CREATE_SSL_VPN_SERVER.action);
//! assert!(op.param("ClientIpPool").unwrap().required);
//! ```

use crate::lang::{Lang, Text};
use crate::params::{Param, PARAMS};
use crate::report::Report;
use crate::request::Checked;
use crate::value::Input;

/// One API operation of the VPC product (version 2016-04-28, RPC style).
pub struct Operation {
    /// The `Action` on the wire, e.g. `CreateSslVpnServer`.
    pub action: &'static str,
    /// The API version on the wire.
    pub version: &'static str,
    /// Every parameter, in form order (`Action` first).
    pub params: &'static [Param],
    /// The response field the snippets print, e.g. `SslVpnServerId`.
    pub result: &'static str,
    /// The error codes documented for the operation (all in the
    /// catalogue); empty: every code of the catalogue (`CreateSslVpnServer`).
    pub codes: &'static [&'static str],
    /// One sentence on what the operation does.
    pub summary: Text<'static>,
    /// What to know before sending (the page's "Before you send"; empty:
    /// the page's own list, which is `CreateSslVpnServer`'s).
    pub coach: &'static [Text<'static>],
    /// The rules that run after the input is read, in order.
    pub(crate) rules: fn(&mut crate::rules::Ctx),
}

/// `CreateSslVpnServer`: creates the SSL server of a VPN gateway.
pub static CREATE_SSL_VPN_SERVER: Operation = Operation {
    action: crate::params::ACTION,
    version: crate::params::VERSION,
    params: PARAMS,
    result: "SslVpnServerId",
    codes: &[],
    summary: crate::text!(
        "Creates the SSL server of a VPN gateway.",
        "为 VPN 网关创建 SSL 服务端。"
    ),
    coach: &[],
    rules: crate::rules::create,
};

/// The parameters the family's other operations have and
/// `CreateSslVpnServer` has not (for readers that need the names only).
pub const FAMILY_PARAMS: [&str; 4] = [
    "SslVpnServerId",
    "ResourceGroupId",
    "PageNumber",
    "PageSize",
];

/// The action names of the whole family, in the order [`OPERATIONS`] has
/// them: in every build, also the page's first module, whose
/// [`OPERATIONS`] holds `CreateSslVpnServer` only (the others' tables load
/// with the full core).
pub const NAMES: [&str; 4] = [
    "CreateSslVpnServer",
    "ModifySslVpnServer",
    "DeleteSslVpnServer",
    "DescribeSslVpnServers",
];

// The page's validation core (feature `core-module`) checks
// CreateSslVpnServer only: without the family its rules inline into one
// function, which keeps the first load within its budget.
#[cfg(not(feature = "core-module"))]
mod family;
#[cfg(not(feature = "core-module"))]
pub use family::{DELETE_SSL_VPN_SERVER, DESCRIBE_SSL_VPN_SERVERS, MODIFY_SSL_VPN_SERVER};

/// Every operation the engine builds requests for.
#[cfg(not(feature = "core-module"))]
pub static OPERATIONS: &[&Operation] = &[
    &CREATE_SSL_VPN_SERVER,
    &MODIFY_SSL_VPN_SERVER,
    &DELETE_SSL_VPN_SERVER,
    &DESCRIBE_SSL_VPN_SERVERS,
];
/// Every operation the engine builds requests for.
#[cfg(feature = "core-module")]
pub static OPERATIONS: &[&Operation] = &[&CREATE_SSL_VPN_SERVER];

/// The operation with this action name.
///
/// ```
/// assert!(sslvpn_builder::operation::operation("DeleteVpc").is_none());
/// ```
pub fn operation(action: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().copied().find(|o| o.action == action)
}

impl Operation {
    /// The table entry of one of its parameters.
    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }

    /// Validates a request for this operation and builds it as far as
    /// possible (see [`check`](crate::check)).
    pub fn check(&'static self, input: &Input, lang: Lang) -> Checked {
        crate::rules::check_operation(self, input, lang)
    }

    /// The report of [`Operation::check`].
    pub fn validate(&'static self, input: &Input, lang: Lang) -> Report {
        self.check(input, lang).into_report()
    }
}

impl Operation {
    /// Whether `code` is documented for this operation.
    pub fn documents(&self, code: &str) -> bool {
        if self.codes.is_empty() {
            crate::error_code(code).is_some()
        } else {
            self.codes.contains(&code)
        }
    }
}

impl crate::Shape for Operation {
    /// `{action, version, summary, result, params, codes}`; `codes` lists
    /// every documented code (the whole catalogue for `CreateSslVpnServer`).
    fn shape(&self) -> crate::shape::Node<'_> {
        use crate::shape::Node;
        let codes = crate::ERRORS
            .iter()
            .map(|e| e.code)
            .filter(|c| self.documents(c))
            .map(Node::Str)
            .collect();
        Node::Obj(vec![
            ("action", Node::Str(self.action)),
            ("version", Node::Str(self.version)),
            ("summary", self.summary.shape()),
            ("result", Node::Str(self.result)),
            ("coach", self.coach.shape()),
            ("params", self.params.shape()),
            ("codes", Node::Arr(codes)),
        ])
    }
}

impl PartialEq for Operation {
    fn eq(&self, other: &Operation) -> bool {
        self.action == other.action
    }
}

impl Eq for Operation {}

impl std::fmt::Debug for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.action)
    }
}
