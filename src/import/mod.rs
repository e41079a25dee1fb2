//! Import: a request someone already has, read back into parameters.
//!
//! [`import`] recognises, most specific first:
//!
//! | format | what |
//! | --- | --- |
//! | `json` | a JSON object of parameters (numbers and booleans kept) |
//! | `error-response` | an API error: `{"Code", "Message", "RequestId"}` |
//! | `share-link` | the page's link: `#lang=zh&RegionId=...` or a URL ending so ([`share_fragment`]) |
//! | `v1-url` | a URL or a bare query string (`Action=...&...`) |
//! | `aliyun-cli` | `aliyun vpc CreateSslVpnServer --Key value ...` in bash or zsh |
//! | `aliyun-powershell` | the same in PowerShell (backtick continuations, `''` quotes, `[char]`) |
//! | `curl` | our curl command (`-X`, `-H`, `--data-raw`, ...) |
//! | `http-request` | the text `Signed::text()` prints: `METHOD URL`, headers, body |
//! | `python`, `typescript`, `java`, `go`, `php`, `csharp` | our SDK snippets |
//! | `terraform`, `ros` | our Terraform configuration and ROS template |
//!
//! Common signing parameters (`AccessKeyId`, `Signature`, `Timestamp`, ...)
//! are not parameters: they are removed with a note (`Action` must be
//! `CreateSslVpnServer`). A signed request becomes a [`Claim`]; with
//! credentials, [`import`] re-verifies it ([`verify`]). Every message, error
//! or note, comes in the language asked for; every code is stable.
//!
//! Nothing here panics or takes more than linear time on any input; text
//! over 1 MB is refused (`too-long`). The readers are byte loops (no `&str`
//! pattern searches, no float parsing or formatting) to keep the page small.
//!
//! # Examples
//!
//! ```
//! use sslvpn_builder::import::import;
//! use sslvpn_builder::{Lang, Value};
//! let cmd = "aliyun vpc CreateSslVpnServer \\\n  --RegionId cn-hangzhou \\\n  --Name 'it'\\''s mine' --force";
//! let got = import(cmd, Lang::En, None).unwrap();
//! assert_eq!(got.format, "aliyun-cli");
//! assert_eq!(got.params["Name"], Value::from("it's mine"));
//! assert_eq!(got.endpoint.as_deref(), Some("regional"));
//! assert_eq!(got.notes[0].code, "cli-flag-ignored");
//! let e = import("aliyun ecs DeleteInstance --InstanceId i-1", Lang::Zh, None).unwrap_err();
//! assert_eq!(e.code, "other-action");
//! ```

mod cli;
mod http;
mod json;
mod literal;
mod query;
mod ros;
mod scan;
mod sdk;
mod shell;
mod terraform;
mod verify;

pub use verify::{verify, Claim, Verdict};

use crate::lang::{Lang, Text};
use crate::operation::{Operation, CREATE_SSL_VPN_SERVER, FAMILY_PARAMS, NAMES};
use crate::params::COMMON;
use crate::shape::{Node, Shape};
use crate::signing::{percent_encode, Credentials, Method, Scheme, CENTRAL_HOST};
use crate::value::{Input, Value};
use crate::{text, VERSION};
use scan::{join, Fail, Notes};

/// The longest text read: 1 MB.
pub const MAX_LEN: usize = 1 << 20;

/// What [`import`] read.
///
/// Its [`Shape`] (for the page and the CLI) has camelCase names; `params`
/// is an object of wire name to string, number or boolean.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::import::import;
/// use sslvpn_builder::{Lang, Shape};
/// let got = import("#lang=zh&RegionId=cn-hangzhou&field=Port", Lang::Zh, None).unwrap();
/// assert_eq!(
///     got.shape().to_json(),
///     r#"{"format":"share-link","params":{"RegionId":"cn-hangzhou"},"signature":null,"method":null,"endpoint":null,"lang":"zh","operation":"CreateSslVpnServer","focusField":"Port","openError":null,"claim":null,"verdict":null,"verdictMessage":null,"error":null,"notes":[]}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// What was recognised, a stable id: `json`, `share-link`, `aliyun-cli`,
    /// `aliyun-powershell`, `v1-url`, `http-request`, `curl`, `python`,
    /// `typescript`, `java`, `go`, `php`, `csharp`, `terraform`, `ros`,
    /// `error-response`.
    pub format: &'static str,
    /// The operation parameters by wire name, exactly the values given (JSON
    /// keeps numbers and booleans; every text format gives strings).
    pub params: Input,
    /// The signature scheme the text implies.
    pub signature: Option<Scheme>,
    /// The HTTP method the text implies.
    pub method: Option<Method>,
    /// `regional`, `central` or a host, when the text implies one.
    pub endpoint: Option<String>,
    /// The language a share link asks for.
    pub lang: Option<Lang>,
    /// The operation the text is for (its `Action`, command, header or a
    /// share link's `operation=`): one of [`NAMES`], `CreateSslVpnServer`
    /// when it names none. (A name, not the [`Operation`]: the import module
    /// stays without the family's tables and rules.)
    pub operation: &'static str,
    /// A share link's `field=`: the field to focus.
    pub focus_field: Option<String>,
    /// A share link's `error=`: the error code to open.
    pub open_error: Option<String>,
    /// A signed request found in the text, to re-verify.
    pub claim: Option<Claim>,
    /// Set by [`import`] when there is a claim and credentials were given.
    pub verdict: Option<Verdict>,
    /// The verdict as a sentence in the language asked for.
    pub verdict_message: Option<String>,
    /// An API error response.
    pub error: Option<ApiError>,
    /// What was dropped or assumed.
    pub notes: Vec<Note>,
}

/// An API error response, as the API returns it (`HostId` and `Recommend`
/// are not kept).
///
/// ```
/// use sslvpn_builder::import::import;
/// use sslvpn_builder::Lang;
/// let got = import(r#"{"RequestId":"r-1","Code":"InvalidName","Message":"bad name"}"#, Lang::En, None).unwrap();
/// let e = got.error.unwrap();
/// assert_eq!((e.code.as_str(), e.request_id.as_str()), ("InvalidName", "r-1"));
/// assert!(sslvpn_builder::error_code(&e.code).is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The error code, e.g. `SslVpnServerPort.Illegal`.
    pub code: String,
    /// The API's message.
    pub message: String,
    /// The request's ID (empty when the response had none).
    pub request_id: String,
}

/// Something dropped or assumed while reading: a stable code and a message.
///
/// ```
/// use sslvpn_builder::import::import;
/// use sslvpn_builder::Lang;
/// let got = import("aliyun vpc CreateSslVpnServer --profile prod --RegionId cn-hangzhou", Lang::En, None).unwrap();
/// assert_eq!(got.notes[0].code, "cli-flag-ignored");
/// assert!(got.notes[0].message.ends_with("ignored: --profile."));
/// assert!(!got.params.contains_key("profile"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Stable code, e.g. `signing-params-removed`, `cli-flag-ignored`, `left-out`.
    pub code: &'static str,
    /// One sentence in the language asked for.
    pub message: String,
}

/// Why nothing could be imported: a stable code and a message.
///
/// ```
/// use sslvpn_builder::import::import;
/// use sslvpn_builder::Lang;
/// let e = import("aliyun vpc CreateSslVpnServer --Name 'oops", Lang::Zh, None).unwrap_err();
/// assert_eq!(e.code, "bad-quoting");
/// assert!(e.message.contains("第 1 行"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// `empty`, `too-long`, `unrecognised`, `other-action`, `bad-quoting`,
    /// `bad-json` or `bad-encoding`.
    pub code: &'static str,
    /// One sentence in the language asked for.
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)?;
        f.write_str(": ")?;
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}

/// Every error code [`import`] returns.
pub const ERROR_CODES: &[&str] = &[
    "empty",
    "too-long",
    "unrecognised",
    "other-action",
    "bad-quoting",
    "bad-json",
    "bad-encoding",
];

/// Every note code [`import`] writes.
pub const NOTE_CODES: &[&str] = &[
    "signing-params-removed",
    "other-version",
    "duplicate-parameter",
    "cli-flag-ignored",
    "cli-argument-ignored",
    "cli-value-missing",
    "expansion-kept",
    "rest-ignored",
    "curl-option-ignored",
    "unknown-name",
    "field-unreadable",
    "header-missing",
    "claim-incomplete",
    "left-out",
];

/// The message of an error or note code, `{}` standing for the detail.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::import::{message, ERROR_CODES, NOTE_CODES};
/// use sslvpn_builder::Lang;
/// for code in ERROR_CODES.iter().chain(NOTE_CODES) {
///     assert!(message(code, Lang::Zh).is_some());
/// }
/// assert_eq!(message("nope", Lang::En), None);
/// ```
pub fn message(code: &str, lang: Lang) -> Option<&'static str> {
    MESSAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, t)| lang.pick(t))
}

static MESSAGES: &[(&str, Text<'static>)] = &[
    ("empty", text!(
        "Nothing to import: paste an aliyun command, a signed URL or request, curl, JSON, a share link or one of the snippets.",
        "没有可导入的内容：请粘贴 aliyun 命令、签名 URL 或请求、curl、JSON、分享链接或某个代码示例。"
    )),
    ("too-long", text!(
        "The text is longer than 1 MB: nothing was read.",
        "文本超过 1 MB：未读取任何内容。"
    )),
    ("unrecognised", text!(
        "Not a format the importer reads: an aliyun command (bash or PowerShell), a V1 URL, an HTTP request, curl, JSON, a share link, an API error, or one of the builder's snippets.",
        "无法识别的格式：可导入 aliyun 命令（bash 或 PowerShell）、V1 URL、HTTP 请求、curl、JSON、分享链接、API 错误响应，或本工具生成的代码示例。"
    )),
    ("other-action", text!(
        "This is for another operation ({}): only the SSL-VPN server operations (CreateSslVpnServer, ModifySslVpnServer, DeleteSslVpnServer, DescribeSslVpnServers) can be imported.",
        "这是其他操作的请求（{}）：只能导入 SSL-VPN 服务端的操作（CreateSslVpnServer、ModifySslVpnServer、DeleteSslVpnServer、DescribeSslVpnServers）。"
    )),
    ("bad-quoting", text!(
        "A quote is not closed or an escape is not valid (line {}): check the text was copied whole.",
        "引号未闭合或转义无效（第 {} 行）：请确认文本已完整复制。"
    )),
    ("bad-json", text!(
        "Not valid JSON, or not one JSON object (line {}).",
        "不是有效的 JSON，或不是单个 JSON 对象（第 {} 行）。"
    )),
    ("bad-encoding", text!(
        "A percent-encoding or escape gives bytes that are not UTF-8 text (or a lone surrogate).",
        "百分号编码或转义得到的字节不是有效的 UTF-8 文本（或含有不成对的代理项）。"
    )),
    ("signing-params-removed", text!(
        "Signing parameters are not request parameters and were removed: {}.",
        "签名参数不是请求参数，已移除：{}。"
    )),
    ("other-version", text!(
        "The request names API version {}; this builder follows 2016-04-28.",
        "请求使用的 API 版本是 {}；本工具遵循 2016-04-28。"
    )),
    ("duplicate-parameter", text!(
        "Given more than once, the last value kept: {}.",
        "以下参数出现多次，保留最后一个值：{}。"
    )),
    ("cli-flag-ignored", text!(
        "The aliyun CLI's own flags are not API parameters and were ignored: {}.",
        "aliyun CLI 自身的选项不是 API 参数，已忽略：{}。"
    )),
    ("cli-argument-ignored", text!(
        "Extra arguments were ignored: {}.",
        "多余的参数已忽略：{}。"
    )),
    ("cli-value-missing", text!(
        "No value follows {}: taken as empty.",
        "{} 后面没有值：按空值处理。"
    )),
    ("expansion-kept", text!(
        "The text holds a variable or command substitution ($…, `…`, ${…}): kept as written, since its value is not in the text.",
        "文本中含有变量或命令替换（$…、`…`、${…}）：其值不在文本中，已按原样保留。"
    )),
    ("rest-ignored", text!(
        "Only the first command was read; the text after it was ignored.",
        "只读取了第一条命令，其后的文本已忽略。"
    )),
    ("curl-option-ignored", text!(
        "curl options that do not change the request were ignored: {}.",
        "不影响请求内容的 curl 选项已忽略：{}。"
    )),
    ("unknown-name", text!(
        "Not a field of CreateSslVpnServer, kept as written: {}.",
        "不是 CreateSslVpnServer 的字段，按原样保留：{}。"
    )),
    ("field-unreadable", text!(
        "A field's value is not a literal and was skipped (line {}).",
        "某个字段的值不是字面量，已跳过（第 {} 行）。"
    )),
    ("header-missing", text!(
        "A signed header is not in the text, so the signature cannot match: {}.",
        "文本中缺少已签名的请求头，签名无法一致：{}。"
    )),
    ("claim-incomplete", text!(
        "The request is signed, but the text lacks part of what was signed: it cannot be re-verified.",
        "请求已签名，但文本缺少部分签名内容：无法重新校验。"
    )),
    ("left-out", text!(
        "{} cannot carry every parameter of CreateSslVpnServer: only those it has a field for were read (see the comments in the code).",
        "{} 无法表达 CreateSslVpnServer 的全部参数：只读取了它有字段的参数（见代码中的注释）。"
    )),
];

fn fill(code: &'static str, arg: &str, lang: Lang) -> String {
    crate::text::fill(message(code, lang).unwrap_or(code), &[&arg])
}

/// What a reader found, before common parameters are removed, the endpoint
/// classified and messages written.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub format: &'static str,
    pub params: Vec<(String, Value)>,
    pub signature: Option<Scheme>,
    pub method: Option<Method>,
    /// `regional` or `central`, when the text implies one without a host.
    pub endpoint: Option<String>,
    /// The host the text sends to (classified by [`endpoint_of`]).
    pub host: Option<String>,
    pub lang: Option<Lang>,
    pub operation: Option<&'static str>,
    pub focus_field: Option<String>,
    pub open_error: Option<String>,
    pub claim: Option<Claim>,
    pub error: Option<ApiError>,
    pub notes: Notes,
}

impl Draft {
    pub fn new(format: &'static str) -> Draft {
        Draft {
            format,
            ..Draft::default()
        }
    }
}

/// Whether `name` is a request parameter's wire name (of any operation).
pub(crate) fn is_param(name: &str) -> bool {
    crate::param(name).is_some() || FAMILY_PARAMS.contains(&name)
}

/// The operation an `Action` names, or `other-action`.
pub(crate) fn operation_named(action: &str) -> Result<&'static str, Fail> {
    NAMES
        .iter()
        .copied()
        .find(|n| *n == action)
        .ok_or_else(|| Fail {
            code: "other-action",
            arg: crate::text::echo(action),
        })
}

/// Reads `text` in whichever format it is; messages in `lang`. With
/// `credentials` and a signed request in the text, also re-verifies it
/// (`verdict`).
///
/// # Errors
///
/// `empty`, `too-long` (over [`MAX_LEN`]), `unrecognised`, `other-action`,
/// `bad-quoting`, `bad-json`, `bad-encoding`.
///
/// # Examples
///
/// ```
/// use sslvpn_builder::import::import;
/// use sslvpn_builder::signing::Scheme;
/// use sslvpn_builder::{Lang, Value};
/// let got = import(r#"{"RegionId": "cn-hangzhou", "Port": 1194, "Compress": true}"#, Lang::En, None).unwrap();
/// assert_eq!((got.format, &got.params["Port"]), ("json", &Value::Int(1194)));
///
/// let url = "https://vpc.cn-hangzhou.aliyuncs.com/?Action=CreateSslVpnServer&RegionId=cn-hangzhou&Name=a%20b";
/// let got = import(url, Lang::En, None).unwrap();
/// assert_eq!((got.format, got.signature), ("v1-url", Some(Scheme::V1)));
/// assert_eq!(got.params["Name"], Value::from("a b"));
/// assert_eq!(got.endpoint.as_deref(), Some("regional"));
/// assert_eq!(got.notes[0].code, "signing-params-removed");
///
/// let e = import(r#"{"Code":"SslVpnServerPort.Illegal","Message":"bad port","RequestId":"r-1"}"#, Lang::En, None).unwrap();
/// assert_eq!(e.error.unwrap().code, "SslVpnServerPort.Illegal");
/// assert_eq!(import("  ", Lang::En, None).unwrap_err().code, "empty");
/// ```
pub fn import(
    text: &str,
    lang: Lang,
    credentials: Option<&Credentials>,
) -> Result<Imported, ImportError> {
    read(text)
        .and_then(finish)
        .map(|(mut got, notes)| {
            got.notes = notes
                .0
                .iter()
                .map(|(code, args)| Note {
                    code,
                    message: fill(code, &join(args), lang),
                })
                .collect();
            if let (Some(claim), Some(c)) = (&got.claim, credentials) {
                let v = verify(claim, c);
                got.verdict = Some(v);
                got.verdict_message = Some(v.message(lang).to_owned());
            }
            got
        })
        .map_err(|f| ImportError {
            code: f.code,
            message: fill(f.code, &f.arg, lang),
        })
}

/// Recognises the format and reads it.
fn read(text: &str) -> Result<Draft, Fail> {
    if text.len() > MAX_LEN {
        return Err(Fail::new("too-long"));
    }
    let owned;
    let text = if text.contains('\r') {
        owned = crlf(text);
        owned.as_str()
    } else {
        text
    };
    let mut t = text.trim_start_matches('\u{feff}').trim();
    // A shell prompt.
    if let Some(rest) = t.strip_prefix('$') {
        if rest.is_empty() || rest.starts_with([' ', '\t', '\n']) {
            t = rest.trim_start();
        }
    }
    if t.is_empty() {
        return Err(Fail::new("empty"));
    }
    if t.starts_with(['{', '[']) {
        return json_object(t);
    }
    if let Some(d) = query::share_link(t)? {
        return Ok(d);
    }
    if let Some(d) = query::v1_url(t)? {
        return Ok(d);
    }
    let code = t
        .split('\n')
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let word = code.split_whitespace().next().unwrap_or("");
    if cli::is_aliyun(word) {
        let mut notes = Notes::default();
        return if is_powershell(t) {
            let words = shell::powershell(t, &mut notes)?;
            cli::read("aliyun-powershell", &words, notes)
        } else {
            let words = shell::posix(t, &mut notes)?;
            cli::read("aliyun-cli", &words, notes)
        };
    }
    if word == "curl" || word.eq_ignore_ascii_case("curl.exe") {
        let mut notes = Notes::default();
        let words = shell::posix(t, &mut notes)?;
        return http::curl(&words, notes);
    }
    if http::is_request_line(t.split('\n').next().unwrap_or("")) {
        return http::request_text(t);
    }
    for reader in [ros::read, terraform::read, sdk::read] {
        if let Some(d) = reader(t)? {
            return Ok(d);
        }
    }
    Err(Fail::new("unrecognised"))
}

/// CRLF line ends as LF (lone CRs stay).
fn crlf(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        out.push(c);
    }
    out
}

/// PowerShell rather than bash: backtick line continuations (and no
/// backslash ones), or else a `[char]` value in a concatenation.
fn is_powershell(t: &str) -> bool {
    let b = t.as_bytes();
    let backtick = b.windows(2).any(|w| w == b"`\n");
    let backslash = b.windows(2).any(|w| w == b"\\\n");
    if backtick != backslash {
        return backtick;
    }
    b.windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"([char]") || w.eq_ignore_ascii_case(b"+ [char"))
}

/// A JSON object of parameters, or an API error response.
fn json_object(t: &str) -> Result<Draft, Fail> {
    let members = json::object(t)?;
    let text_of = |k: &str| {
        members
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .and_then(|(_, v)| match v {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            })
    };
    if let (Some(code), Some(message)) = (text_of("Code"), text_of("Message")) {
        let mut d = Draft::new("error-response");
        d.error = Some(ApiError {
            code,
            message,
            request_id: text_of("RequestId").unwrap_or_default(),
        });
        return Ok(d);
    }
    let mut d = Draft::new("json");
    d.params = members;
    Ok(d)
}

/// Removes and checks the common parameters, classifies the endpoint.
fn finish(d: Draft) -> Result<(Imported, Notes), Fail> {
    let mut notes = d.notes;
    let mut operation = d.operation;
    let mut params = Input::new();
    let mut removed: Vec<String> = Vec::new();
    for (k, v) in d.params {
        let common = k == "Action" || COMMON.contains(&k.as_str());
        if k == "Action" && v != Value::Null {
            operation = Some(match &v {
                Value::Str(s) => operation_named(s)?,
                other => operation_named(&value_text(other).unwrap_or_default())?,
            });
        }
        if k == "Version" && !matches!(&v, Value::Str(s) if s == VERSION) {
            notes.add(
                "other-version",
                &crate::text::echo(&value_text(&v).unwrap_or_default()),
            );
        }
        if common {
            if !removed.contains(&k) {
                removed.push(k);
            }
            continue;
        }
        let shown = crate::text::echo(&k);
        if params.insert(k, v).is_some() {
            notes.add("duplicate-parameter", &shown);
        }
    }
    if !removed.is_empty() {
        // First, ahead of the reader's notes: it is the most common.
        let mut all = Notes::default();
        all.0.push(("signing-params-removed", removed));
        all.0.append(&mut notes.0);
        notes = all;
    }
    let region = match params.get("RegionId") {
        Some(Value::Str(r)) => r.as_str(),
        _ => "",
    };
    let endpoint = d
        .endpoint
        .or_else(|| d.host.map(|h| endpoint_of(&h, region)));
    let got = Imported {
        format: d.format,
        params,
        signature: d.signature,
        method: d.method,
        endpoint,
        lang: d.lang,
        operation: operation.unwrap_or(CREATE_SSL_VPN_SERVER.action),
        focus_field: d.focus_field,
        open_error: d.open_error,
        claim: d.claim,
        verdict: None,
        verdict_message: None,
        error: d.error,
        notes: Vec::new(),
    };
    Ok((got, notes))
}

/// `central` for `vpc.aliyuncs.com`, `regional` for `vpc.<RegionId>.aliyuncs.com`,
/// otherwise the host (lower case).
fn endpoint_of(host: &str, region: &str) -> String {
    let h = host.trim().to_ascii_lowercase();
    let regional = ["vpc.", &region.to_ascii_lowercase(), ".aliyuncs.com"].concat();
    if h == CENTRAL_HOST {
        "central".to_owned()
    } else if !region.is_empty() && h == regional {
        "regional".to_owned()
    } else {
        h
    }
}

/// A value as share links and messages write it: strings as they are,
/// numbers and booleans as their JSON text; `None` for null, arrays,
/// objects and non-finite numbers.
fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Int(i) => Some(i.to_string()),
        // The validation core (the page's first module) only ever gets form
        // text, never a fraction: it leaves the float formatter out.
        #[cfg(not(feature = "core-module"))]
        Value::Float(f) => float_text(*f),
        Value::Bool(b) => Some(if *b { "true" } else { "false" }.to_owned()),
        _ => None,
    }
}

/// A finite `f64` as JSON text with up to 15 significant digits (`0.1`,
/// `1194.5`, `1e+300`), without the standard library's float formatting
/// (about 8 KB gzip in the page). No parameter takes a fraction: this only
/// ever shows a value that is wrong anyway.
#[cfg_attr(feature = "core-module", allow(dead_code))]
fn float_text(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    if x == 0.0 {
        return Some("0".to_owned());
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    // Scale into [1e14, 1e15): 15 digits as an integer.
    let (mut v, mut e10) = (x.abs(), 0i32);
    while v >= 1e15 {
        v /= 10.0;
        e10 += 1;
    }
    while v < 1e14 {
        v *= 10.0;
        e10 -= 1;
    }
    let mut m = (v + 0.5) as u64;
    if m >= 1_000_000_000_000_000 {
        m /= 10;
        e10 += 1;
    }
    while m % 10 == 0 {
        m /= 10;
        e10 += 1;
    }
    let digits = m.to_string();
    let len = digits.len() as i32;
    // value = 0.digits × 10^point
    let point = len + e10;
    let d = |a: i32, b: i32| {
        digits
            .get(a.max(0) as usize..b.max(0) as usize)
            .unwrap_or("")
    };
    if (-5..=21).contains(&point) {
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-point) as usize));
            out.push_str(&digits);
        } else if point >= len {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', (point - len) as usize));
        } else {
            out.push_str(d(0, point));
            out.push('.');
            out.push_str(d(point, len));
        }
    } else {
        out.push_str(d(0, 1));
        if len > 1 {
            out.push('.');
            out.push_str(d(1, len));
        }
        out.push_str(if point > 0 { "e+" } else { "e-" });
        out.push_str(&(point - 1).abs().to_string());
    }
    Some(out)
}

/// The share-link fragment for a request: `lang=en` or `lang=zh`, then each
/// parameter as `WireName=value`, joined by `&`, names and values
/// percent-encoded (RFC 3986 unreserved characters kept), known parameters
/// in the table's order ([`PARAMS`]), unknown ones after, sorted. Numbers
/// and booleans are written as their JSON text; null, arrays and objects
/// are left out. No leading `#`; [`import`] reads it back (`share-link`).
///
/// # Examples
///
/// ```
/// use sslvpn_builder::import::{import, share_fragment};
/// use sslvpn_builder::{Input, Lang, Value};
/// let mut p = Input::new();
/// p.insert("Port".into(), Value::Int(1194));
/// p.insert("RegionId".into(), Value::from("cn-hangzhou"));
/// p.insert("Name".into(), Value::from("a&b #1 测"));
/// let create = &sslvpn_builder::operation::CREATE_SSL_VPN_SERVER;
/// let f = share_fragment(create, &p, Lang::Zh);
/// assert_eq!(f, "lang=zh&RegionId=cn-hangzhou&Name=a%26b%20%231%20%E6%B5%8B&Port=1194");
/// let back = import(&["#", &f].concat(), Lang::En, None).unwrap();
/// assert_eq!((back.format, back.lang), ("share-link", Some(Lang::Zh)));
/// assert_eq!(back.params["Name"], Value::from("a&b #1 测"));
/// assert_eq!(back.params["Port"], Value::from("1194"));
/// ```
pub fn share_fragment(op: &Operation, params: &Input, lang: Lang) -> String {
    let mut out = String::from(match lang {
        Lang::En => "lang=en",
        Lang::Zh => "lang=zh",
    });
    if op.action != CREATE_SSL_VPN_SERVER.action {
        out.push_str("&operation=");
        out.push_str(op.action);
    }
    let mut push = |name: &str, v: &Value| {
        if let Some(text) = value_text(v) {
            out.push('&');
            out.push_str(&percent_encode(name));
            out.push('=');
            out.push_str(&percent_encode(&text));
        }
    };
    for p in op.params {
        if let Some(v) = params.get(p.name) {
            push(p.name, v);
        }
    }
    for (name, v) in params {
        if op.param(name).is_none() {
            push(name, v);
        }
    }
    out
}

// ---- shapes ----

fn param_node(v: &Value) -> Node<'_> {
    match v {
        Value::Str(s) => Node::Str(s),
        Value::Int(i) => Node::Int(*i),
        Value::Bool(b) => Node::Bool(*b),
        Value::Float(_) | Value::Null | Value::Other(_) => Node::Null,
    }
}

impl Shape for Imported {
    /// camelCase names; `params` an object of wire name to string, number or
    /// boolean (a number with a fraction, never valid here, is `null`; see
    /// [`Imported::params`] for it); `signature` `v1`/`v3`, `method`
    /// `GET`/`POST`, `lang` `en`/`zh`, `verdict` `match`/`mismatch`/`other-key`,
    /// each `null` when not known.
    fn shape(&self) -> Node<'_> {
        let params = self
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), param_node(v)))
            .collect();
        Node::Obj(vec![
            ("format", Node::Str(self.format)),
            ("params", Node::Map(params)),
            (
                "signature",
                self.signature
                    .map_or(Node::Null, |s| Node::Str(verify::scheme_id(s))),
            ),
            (
                "method",
                self.method.map_or(Node::Null, |m| Node::Str(m.as_str())),
            ),
            ("endpoint", self.endpoint.shape()),
            (
                "lang",
                self.lang.map_or(Node::Null, |l| {
                    Node::Str(match l {
                        Lang::En => "en",
                        Lang::Zh => "zh",
                    })
                }),
            ),
            ("operation", Node::Str(self.operation)),
            ("focusField", self.focus_field.shape()),
            ("openError", self.open_error.shape()),
            ("claim", self.claim.shape()),
            ("verdict", self.verdict.shape()),
            ("verdictMessage", self.verdict_message.shape()),
            ("error", self.error.shape()),
            ("notes", self.notes.shape()),
        ])
    }
}

impl Shape for ApiError {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("code", self.code.shape()),
            ("message", self.message.shape()),
            ("requestId", self.request_id.shape()),
        ])
    }
}

impl Shape for Note {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("code", Node::Str(self.code)),
            ("message", self.message.shape()),
        ])
    }
}

impl Shape for ImportError {
    fn shape(&self) -> Node<'_> {
        Node::Obj(vec![
            ("code", Node::Str(self.code)),
            ("message", self.message.shape()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_text() {
        for (x, want) in [
            (1194.5, "1194.5"),
            (0.1, "0.1"),
            (-2.5e-3, "-0.0025"),
            (1e20, "100000000000000000000"),
            (1e22, "1e+22"),
            (1.5e300, "1.5e+300"),
            (1e-7, "1e-7"),
            (123456.789, "123456.789"),
            (0.30000000000000004, "0.3"),
            (f64::MIN_POSITIVE, "2.2250738585072e-308"),
            (f64::MAX, "1.79769313486232e+308"),
        ] {
            assert_eq!(float_text(x).unwrap(), want, "{x}");
        }
        assert_eq!(float_text(f64::NAN), None);
    }

    #[test]
    fn endpoints() {
        assert_eq!(endpoint_of("VPC.aliyuncs.com", "x"), "central");
        assert_eq!(
            endpoint_of("vpc.cn-hangzhou.aliyuncs.com", "CN-Hangzhou"),
            "regional"
        );
        assert_eq!(
            endpoint_of("vpc.cn-hangzhou.aliyuncs.com", ""),
            "vpc.cn-hangzhou.aliyuncs.com"
        );
        assert_eq!(endpoint_of("Example.com:8080", "x"), "example.com:8080");
    }

    #[test]
    fn every_code_has_both_messages() {
        for code in ERROR_CODES.iter().chain(NOTE_CODES) {
            let (en, zh) = (
                message(code, Lang::En).unwrap(),
                message(code, Lang::Zh).unwrap(),
            );
            assert_ne!(en, zh, "{code}");
        }
        assert_eq!(MESSAGES.len(), ERROR_CODES.len() + NOTE_CODES.len());
    }
}
