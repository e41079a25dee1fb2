//! Which host a request goes to.

use super::SignError;
use crate::text;

/// The central VPC endpoint.
pub const CENTRAL_HOST: &str = "vpc.aliyuncs.com";

/// Where to send the request.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::signing::Endpoint;
/// assert_eq!(Endpoint::Regional.host("eu-central-1").unwrap(), "vpc.eu-central-1.aliyuncs.com");
/// assert_eq!(Endpoint::Central.host("eu-central-1").unwrap(), "vpc.aliyuncs.com");
/// assert!(Endpoint::Custom("https://vpc.aliyuncs.com/".into()).host("").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// `vpc.<RegionId>.aliyuncs.com` (Alibaba's documented endpoint per region).
    Regional,
    /// `vpc.aliyuncs.com`.
    Central,
    /// A host name with an optional `:port`, e.g. `vpc-vpc.cn-hangzhou.aliyuncs.com`.
    Custom(String),
}

const ENDPOINT_INVALID: SignError = SignError {
    code: "endpoint-invalid",
    message: text!(
        "The endpoint must be a bare host name with an optional :port, e.g. vpc.cn-hangzhou.aliyuncs.com (no https://, path, user or spaces).",
        "接入地址必须是主机名（可带 :端口），例如 vpc.cn-hangzhou.aliyuncs.com（不要带 https://、路径、用户名或空格）。"
    ),
};

impl Endpoint {
    /// `regional` and `central` (any case) name the two built-in endpoints;
    /// anything else is a custom host (checked by [`Endpoint::host`]).
    pub fn parse(s: &str) -> Endpoint {
        let s = s.trim();
        if s.eq_ignore_ascii_case("regional") {
            Endpoint::Regional
        } else if s.eq_ignore_ascii_case("central") {
            Endpoint::Central
        } else {
            Endpoint::Custom(s.to_owned())
        }
    }

    /// The host for a request in `region_id`, lower-cased.
    ///
    /// # Errors
    ///
    /// `endpoint-invalid` when the host is not a DNS name (labels of 1 to 63
    /// letters, digits or inner hyphens, 253 characters at most) with an
    /// optional port 1 to 65535.
    pub fn host(&self, region_id: &str) -> Result<String, SignError> {
        let host = match self {
            // Known valid: no check.
            Endpoint::Central => return Ok(CENTRAL_HOST.to_owned()),
            Endpoint::Regional => ["vpc.", region_id, ".aliyuncs.com"].concat(),
            Endpoint::Custom(h) => h.to_ascii_lowercase(),
        };
        if valid_host(&host) {
            Ok(host)
        } else {
            Err(ENDPOINT_INVALID)
        }
    }
}

fn valid_host(s: &str) -> bool {
    let (name, port) = match s.split_once(':') {
        Some((n, p)) => (n, Some(p)),
        None => (s, None),
    };
    let port_ok = port.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=65_535).contains(&n))
    });
    let label_ok = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    port_ok && !name.is_empty() && name.len() <= 253 && name.split('.').all(label_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_hosts_and_ports() {
        for ok in [
            "vpc.aliyuncs.com",
            "VPC-VPC.cn-hangzhou.aliyuncs.com",
            "localhost:8080",
            "127.0.0.1:443",
            "a.b",
        ] {
            assert!(Endpoint::Custom(ok.into()).host("").is_ok(), "{ok}");
        }
        assert_eq!(
            Endpoint::parse(" VPC.ALIYUNCS.COM ").host("").unwrap(),
            "vpc.aliyuncs.com"
        );
        assert_eq!(Endpoint::parse("Central"), Endpoint::Central);
        assert_eq!(Endpoint::parse("regional"), Endpoint::Regional);
    }

    #[test]
    fn rejects_urls_and_junk() {
        for bad in [
            "",
            "https://vpc.aliyuncs.com",
            "vpc.aliyuncs.com/",
            "vpc.aliyuncs.com/path",
            "user@vpc.aliyuncs.com",
            "vpc aliyuncs.com",
            "vpc.aliyuncs.com:",
            "vpc.aliyuncs.com:0",
            "vpc.aliyuncs.com:65536",
            "vpc.aliyuncs.com:+80",
            "vpc.aliyuncs.com:80:80",
            "vpc..aliyuncs.com",
            "vpc.aliyuncs.com.",
            "-vpc.aliyuncs.com",
            "vpc-.aliyuncs.com",
            "[::1]",
            "vpc.aliyuncs.com?x=1",
            "vpc.aliyuncs.com#x",
            "vpc.aliyüncs.com",
            "vpc.aliyuncs.com\r\nx:y",
        ] {
            assert_eq!(
                Endpoint::Custom(bad.into()).host("").unwrap_err().code,
                "endpoint-invalid",
                "{bad:?}"
            );
        }
        let long = format!("{}.com", "a".repeat(64));
        assert!(Endpoint::Custom(long).host("").is_err());
        let too_long = vec!["a".repeat(63); 5].join(".");
        assert!(Endpoint::Custom(too_long).host("").is_err());
        // A region id that cannot be part of a host name.
        assert!(Endpoint::Regional.host("cn hangzhou").is_err());
        assert!(Endpoint::Regional.host("").is_err());
    }
}
