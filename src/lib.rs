//! Rules core for Alibaba Cloud VPC `CreateSslVpnServer` (API 2016-04-28).
//!
//! Validates every request parameter with the API's documented rules,
//! explains each problem with the documented error code, and (from a request
//! without errors) builds signed requests and ready-to-run snippets. Pure
//! Rust: the same core runs in the `sslvpn` command-line tool and, through the
//! one facade module `wasm`, in the browser.
//!
//! # Organization
//!
//! - [`PARAMS`] / [`Param`]: the parameter table every consumer reads.
//! - [`REGIONS`]: known region IDs with English and Chinese names.
//! - [`ERRORS`] / [`ErrorCode`]: the error catalogue.
//! - [`check`] / [`validate`]: the rules, giving a [`Report`] of [`Finding`]s
//!   and a [`Request`]; [`Checked::into_valid`] gives the [`ValidRequest`]
//!   that signing takes. [`RULES`] lists every [`Rule`] (id, severity,
//!   code); [`limits`] holds every limit and cap the rules apply.
//! - [`pipeline`]: one call per change of the page: report, signed request
//!   and the active snippet, with a fresh time and nonce whenever the
//!   request or a choice changed ([`stamp`]).
//! - [`signing`], [`snippet`]: the two outputs; [`ui`]: the page's words in
//!   both languages; [`Shape`]: the one JS / JSON shape of every value.
//!
//! # Examples
//!
//! ```
//! use sslvpn_builder::{validate, Input, Lang, Value};
//! let mut input = Input::new();
//! for (k, v) in [
//!     ("RegionId", "cn-hangzhou"),
//!     ("VpnGatewayId", "vpn-bp1hgim8by0kc9nga5lg3"),
//!     ("ClientIpPool", "10.0.0.0/8"),
//!     ("LocalSubnet", "10.1.0.0/16"),
//! ] {
//!     input.insert(k.into(), Value::from(v));
//! }
//! let report = validate(&input, Lang::En);
//! assert!(!report.valid());
//! let f = &report.of(sslvpn_builder::Severity::Error).next().unwrap();
//! assert_eq!(f.code, Some("ClientIpPool.NetmaskInvalid"));
//! assert_eq!(f.http_status, Some(400));
//! ```

mod catalogue;
mod cidr;
pub mod import;
mod lang;
pub mod operation;
mod params;
pub mod picture;
pub mod pipeline;
mod regions;
mod report;
mod request;
mod rules;
pub mod shape;
pub mod signing;
pub mod snippet;
pub mod stamp;
mod text;
pub mod ui;
mod value;

/// The page's facade (public so `tests/wasm.rs` can call the exports).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use catalogue::{error_code, ErrorCode, PredictedBy, ERRORS};
pub use lang::{Lang, Text};
pub use params::{limits, param, Group, Kind, Param, ACTION, PARAMS, VERSION};
pub use regions::{region, Region, REGIONS};
pub use report::{Finding, Report, Severity};
pub use request::{Checked, Request, ValidRequest};
pub use rules::{check, validate, Rule, RULES};
pub use shape::Shape;
pub use value::{Input, Value};
