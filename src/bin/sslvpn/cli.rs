//! The command line (clap) and the input helpers shared by the commands.

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};
use sslvpn_builder::operation::{operation, Operation, CREATE_SSL_VPN_SERVER, OPERATIONS};
use sslvpn_builder::snippet::TARGETS;
use sslvpn_builder::{Input, Lang, Shape, ERRORS};
use std::ffi::OsStr;
use std::io::Read;

/// A one-line reason for exit code 2.
pub struct Fail(pub String);

impl Fail {
    pub fn usage(msg: impl Into<String>) -> Fail {
        Fail(msg.into())
    }
}

/// Every command's help starts with its usage line.
const SUB_HELP: &str = "{usage-heading} {usage}\n\n{about-with-newline}\n{all-args}{after-help}";

#[derive(Parser)]
#[command(
    name = "sslvpn",
    bin_name = "sslvpn",
    version,
    about = "sslvpn: build and check Alibaba Cloud VPC SSL-VPN server requests: CreateSslVpnServer \
             (the default), ModifySslVpnServer, DeleteSslVpnServer and DescribeSslVpnServers \
             (--operation NAME)",
    override_usage = "sslvpn <COMMAND> [ARGS]",
    after_help = "\
Run `sslvpn <COMMAND> --help` for a command's options.
Exit codes: 0 valid, 1 the request has errors, 2 unusable input or usage."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    Check(CheckArgs),
    Explain(ExplainArgs),
    Params(ParamsArgs),
    Snippet(SnippetArgs),
    Sign(SignArgs),
    Completions(CompletionsArgs),
}

/// How a command prints: for people or for programs.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    // No doc comments: they would become help text.
    Text,
    Json,
}

#[derive(Args)]
#[command(
    args_override_self = true,
    help_template = SUB_HELP,
    about = "Validate parameters (a JSON object keyed by wire name)",
    override_usage = "sslvpn check [FILE|-] [--operation NAME] [--lang en|zh] [--format text|json]",
    long_about = "\
Reads a JSON object of the operation's parameters (--operation, default
CreateSslVpnServer) keyed by wire name (strings, numbers or booleans) from
FILE or standard input, and prints the report: for people on a terminal (or with --format text), otherwise as JSON:
{\"valid\": bool, \"findings\": [...]}.",
    after_help = "\
Exit codes: 0 valid (warnings allowed), 1 the request has errors,
2 unusable input (unreadable file, not JSON, not an object).

Example:
  echo '{\"RegionId\":\"cn-hangzhou\",\"VpnGatewayId\":\"vpn-bp1hgim8by0kc9nga5lg3\",
        \"ClientIpPool\":\"192.168.1.0/24\",\"LocalSubnet\":\"10.0.0.0/8\"}' | sslvpn check"
)]
pub struct CheckArgs {
    /// The parameters file (`-` or none: standard input)
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: Option<String>,
    #[command(flatten)]
    pub lang: LangArg,
    #[command(flatten)]
    pub format: FormatArg,
    #[command(flatten)]
    pub operation: OperationArg,
}

#[derive(Args)]
#[command(
    args_override_self = true,
    help_template = SUB_HELP,
    about = "Explain a documented API error code (all codes without CODE)",
    override_usage = "sslvpn explain [CODE] [--operation NAME] [--lang en|zh] [--format text|json]",
    long_about = "\
Prints the catalogue entry of a documented API error code: HTTP status,
published message, explanation and what to do, and the rule that predicts
it. For people on a terminal (or with --format text, in the --lang
language), otherwise as JSON (explanation and action in English and
Chinese). Without CODE, prints the whole catalogue.",
    after_help = "\
Exit codes: 0 printed, 2 a code that is not documented for the operation
(--operation, default CreateSslVpnServer)."
)]
pub struct ExplainArgs {
    /// An error code, e.g. SslVpnServerPort.Illegal
    #[arg(value_name = "CODE", value_parser = Hint(error_codes), hide_possible_values = true)]
    pub code: Option<String>,
    #[command(flatten)]
    pub lang: LangArg,
    #[command(flatten)]
    pub format: FormatArg,
    #[command(flatten)]
    pub operation: OperationArg,
}

#[derive(Args)]
#[command(
    args_override_self = true,
    help_template = SUB_HELP,
    about = "List the request parameters",
    override_usage = "sslvpn params [--operation NAME] [--lang en|zh] [--format text|json]",
    long_about = "\
Lists the request parameters: wire name, type, required, default, allowed
values, help. Text unless --format json, which prints the parameter table
as JSON (the value the page gets)."
)]
pub struct ParamsArgs {
    #[command(flatten)]
    pub lang: LangArg,
    /// text (default) or json
    #[arg(long, value_name = "text|json", hide_possible_values = true)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub operation: OperationArg,
}

#[derive(Args)]
#[command(
    args_override_self = true,
    help_template = SUB_HELP,
    about = "Print ready-to-run code (--list: the targets)",
    override_usage = "\
sslvpn snippet --target ID [FILE|-] [--operation NAME] [--lang en|zh]
                      [--signature v1|v3] [--method GET|POST] [--endpoint E]
                      [--timestamp T] [--nonce N]
       sslvpn snippet --list [--lang en|zh]",
    long_about = "\
Reads a JSON object of the operation's parameters (--operation, default
CreateSslVpnServer) keyed by wire name from FILE or standard input and prints ready-to-run code for target ID (see
--list): cli, powershell, curl, python, typescript, java, go, php, csharp,
terraform, ros. --lang sets the language of the code's comments. (The older
form --lang ID, without --target, still names the target.)

Every target follows the choices, as on the page: --endpoint (regional,
the default: vpc.<RegionId>.aliyuncs.com; central; or a host) goes into the
SDK config, the aliyun CLI's --endpoint and Terraform's endpoints block;
--signature v1 makes the SDKs sign V1 (signatureAlgorithm \"v2\"); the SDKs
always send POST.

SDK snippets read credentials from ALIBABA_CLOUD_ACCESS_KEY_ID,
ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN when they run;
no secret is ever printed. curl prints the signed request (signed here with
those same variables, as by `sslvpn sign`, with its --signature, --method,
--endpoint, --timestamp and --nonce); it can be sent once, within 15 minutes
(V3) or 31 (V1).

A request with errors still gets its snippet (except curl: only a valid
request can be signed), starting with a comment that the API will reject it.",
    after_help = "\
Exit codes: 0 snippet printed, request valid; 1 snippet printed but the
request has errors (curl: the report is printed instead); 2 unusable input,
unknown target, or (curl) missing credentials."
)]
pub struct SnippetArgs {
    /// The parameters file (`-` or none: standard input)
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: Option<String>,
    /// The target (see --list)
    #[arg(long, value_name = "ID", value_parser = Hint(target_ids), hide_possible_values = true)]
    pub target: Option<String>,
    /// List the targets and what each needs installed
    #[arg(long)]
    pub list: bool,
    /// Language of the code's comments and of --list [default: en]
    #[arg(long, value_name = "en|zh", value_parser = Hint(langs), hide_possible_values = true)]
    pub lang: Option<String>,
    #[command(flatten)]
    pub signing: Signing,
    #[command(flatten)]
    pub operation: OperationArg,
}

#[derive(Args)]
#[command(
    args_override_self = true,
    help_template = SUB_HELP,
    about = "Sign a valid request (credentials from ALIBABA_CLOUD_* env)",
    override_usage = "\
sslvpn sign [FILE|-] [--operation NAME] [--signature v1|v3] [--method GET|POST]
                   [--endpoint regional|central|HOST] [--timestamp YYYY-MM-DDTHH:MM:SSZ]
                   [--nonce STR] [--json] [--lang en|zh]",
    long_about = "\
Validates the parameters (a JSON object keyed by wire name, from FILE or
standard input, as for `sslvpn check`) and prints the signed request.

Credentials come only from the environment:
  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  ALIBABA_CLOUD_SECURITY_TOKEN (optional, STS). The secret is never printed;
  an STS token is part of the request (URL for v1, header for v3).

Output (the same text the page shows): v1 GET prints the URL; otherwise the
method and URL, one header per line, and for v1 POST a blank line and the
form body. The server accepts a v1 request for 31 minutes after its
timestamp, a v3 request for 15.",
    after_help = "\
Exit codes: 0 signed, 1 the request has errors (the report is printed as by
`sslvpn check`), 2 missing credentials or unusable input/options."
)]
pub struct SignArgs {
    /// The parameters file (`-` or none: standard input)
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: Option<String>,
    #[command(flatten)]
    pub signing: Signing,
    /// Print every stage (canonical form, string to sign, ...) as JSON
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub lang: LangArg,
    #[command(flatten)]
    pub operation: OperationArg,
}

#[derive(Args)]
#[command(
    help_template = SUB_HELP,
    about = "Print a shell completion script",
    override_usage = "sslvpn completions <bash|zsh|fish|powershell|elvish>",
    after_help = "\
Examples:
  sslvpn completions bash > ~/.local/share/bash-completion/completions/sslvpn
  sslvpn completions zsh > ~/.zfunc/_sslvpn       # with fpath+=~/.zfunc
  sslvpn completions fish > ~/.config/fish/completions/sslvpn.fish"
)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// `--signature`, `--method`, `--endpoint`, `--timestamp`, `--nonce`: plain
/// text here, checked by the core (its messages come in both languages).
#[derive(Args)]
pub struct Signing {
    /// v3 (default): ACS3-HMAC-SHA256 headers; v1: HMAC-SHA1 query string
    #[arg(long, value_name = "v1|v3", value_parser = Hint(|| vec!["v1", "v3"]), hide_possible_values = true)]
    pub signature: Option<String>,
    /// Default: GET for v1 (a URL to paste), POST for v3 (as the SDK)
    #[arg(long, value_name = "GET|POST", value_parser = Hint(|| vec!["GET", "POST"]), hide_possible_values = true)]
    pub method: Option<String>,
    /// regional (default), central (vpc.aliyuncs.com) or a host[:port]
    #[arg(long, value_name = "E", value_parser = Hint(|| vec!["regional", "central"]), hide_possible_values = true)]
    pub endpoint: Option<String>,
    /// UTC time to sign, YYYY-MM-DDTHH:MM:SSZ [default: now]
    #[arg(long, value_name = "T")]
    pub timestamp: Option<String>,
    /// Signature nonce [default: a random UUID v4]
    #[arg(long, value_name = "N")]
    pub nonce: Option<String>,
}

#[derive(Args)]
pub struct OperationArg {
    /// CreateSslVpnServer (default), ModifySslVpnServer, DeleteSslVpnServer or DescribeSslVpnServers
    #[arg(id = "operation", long = "operation", value_name = "NAME", value_parser = Hint(operations), hide_possible_values = true)]
    pub value: Option<String>,
}

impl OperationArg {
    pub fn get(&self) -> Result<&'static Operation, Fail> {
        match self.value.as_deref() {
            None => Ok(&CREATE_SSL_VPN_SERVER),
            Some(name) => operation(name).ok_or_else(|| {
                Fail::usage(format!(
                    "--operation must be one of {}, not {name:?}",
                    operations().join(", ")
                ))
            }),
        }
    }
}

fn operations() -> Vec<&'static str> {
    OPERATIONS.iter().map(|o| o.action).collect()
}

#[derive(Args)]
pub struct LangArg {
    /// Language of the messages [default: en]
    #[arg(id = "lang", long = "lang", value_name = "en|zh", value_parser = Hint(langs), hide_possible_values = true)]
    pub value: Option<String>,
}

impl LangArg {
    pub fn get(&self) -> Result<Lang, Fail> {
        lang(self.value.as_deref())
    }
}

#[derive(Args)]
pub struct FormatArg {
    /// text or json [default: text on a terminal, json otherwise]
    #[arg(
        id = "format",
        long = "format",
        value_name = "text|json",
        hide_possible_values = true
    )]
    pub value: Option<Format>,
}

/// `--lang`: en (the default) or zh.
pub fn lang(value: Option<&str>) -> Result<Lang, Fail> {
    match value {
        None => Ok(Lang::En),
        Some(l) => {
            Lang::parse(l).ok_or_else(|| Fail::usage(format!("--lang must be en or zh, not {l:?}")))
        }
    }
}

fn langs() -> Vec<&'static str> {
    vec!["en", "zh"]
}

fn target_ids() -> Vec<&'static str> {
    TARGETS.iter().map(|t| t.id).collect()
}

fn error_codes() -> Vec<&'static str> {
    ERRORS.iter().map(|e| e.code).collect()
}

/// Any text, with the values shells offer as completions. The commands check
/// the value themselves, so their messages (and exit codes) stay theirs.
#[derive(Clone)]
struct Hint(fn() -> Vec<&'static str>);

impl TypedValueParser for Hint {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter().map(PossibleValue::new)))
    }
}

/// Reads the parameters: a JSON object keyed by wire name, from a file or stdin.
pub fn read_input(file: Option<&str>) -> Result<Input, Fail> {
    let text = match file {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
            s
        }
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| Fail(format!("cannot read {path}: {e}")))?
        }
    };
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Fail(format!("input is not valid JSON: {e}")))?;
    if !value.is_object() {
        return Err(Fail(
            "input must be a JSON object keyed by parameter name".into(),
        ));
    }
    serde::Deserialize::deserialize(value).map_err(|e| Fail(format!("unusable input: {e}")))
}

/// Pretty JSON for stdout: the value's one shape, as the page gets it.
pub fn to_json<T: Shape + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(&value.shape()).expect("plain data serializes")
}
