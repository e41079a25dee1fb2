//! Standard output that never panics, and the few styles the text formats use.
//!
//! A closed pipe (`sslvpn explain | head -c1`) ends the output quietly: the
//! command still exits with its own code. Any other write error (a full
//! disk, `> /dev/full`) is a one-line failure, exit 2. Styles are used only
//! when standard output is a terminal, `NO_COLOR` is unset or empty and
//! `TERM` is not `dumb`.

use crate::cli::{Fail, Format};
use std::io::{self, BufWriter, ErrorKind, IsTerminal, StdoutLock, Write};

pub struct Out {
    w: BufWriter<StdoutLock<'static>>,
    /// The reader went away: nothing more is written.
    closed: bool,
    /// Standard output is a terminal.
    pub tty: bool,
    /// Styles are on.
    pub colour: bool,
}

impl Out {
    /// The process's standard output, locked for the whole run.
    pub fn stdout() -> Out {
        let stdout = io::stdout();
        let tty = stdout.is_terminal();
        Out {
            w: BufWriter::new(stdout.lock()),
            closed: false,
            tty,
            colour: tty && colour_allowed(),
        }
    }

    /// Writes `s` as it is.
    pub fn print(&mut self, s: &str) -> Result<(), Fail> {
        if self.closed {
            return Ok(());
        }
        let r = self.w.write_all(s.as_bytes());
        self.check(r)
    }

    /// Writes `s` and a newline.
    pub fn line(&mut self, s: &str) -> Result<(), Fail> {
        self.print(s)?;
        self.print("\n")
    }

    /// Flushes what is still buffered; call once, at the end.
    pub fn finish(mut self) -> Result<(), Fail> {
        if self.closed {
            return Ok(());
        }
        let r = self.w.flush();
        self.check(r)
    }

    fn check(&mut self, r: io::Result<()>) -> Result<(), Fail> {
        match r {
            Ok(()) => Ok(()),
            Err(e) => {
                self.closed = true;
                if e.kind() == ErrorKind::BrokenPipe {
                    Ok(())
                } else {
                    Err(Fail(format!("cannot write: {e}")))
                }
            }
        }
    }

    /// The format a command uses: the one asked for, else text for people
    /// on a terminal and JSON for programs.
    pub fn format(&self, asked: Option<Format>) -> Format {
        asked.unwrap_or(if self.tty { Format::Text } else { Format::Json })
    }

    /// `s` in `style`, when styles are on.
    pub fn paint(&self, style: Style, s: &str) -> String {
        if !self.colour || s.is_empty() {
            return s.to_owned();
        }
        let sgr = match style {
            Style::Bold => "1",
            Style::Dim => "2",
            Style::Error => "1;31",
            Style::Warning => "1;33",
            Style::Info => "1;36",
            Style::Good => "32",
        };
        format!("\x1b[{sgr}m{s}\x1b[0m")
    }
}

#[derive(Clone, Copy)]
pub enum Style {
    Bold,
    Dim,
    Error,
    Warning,
    Info,
    Good,
}

/// No colour when `NO_COLOR` is set to anything (https://no-color.org) or
/// the terminal says it is dumb.
fn colour_allowed() -> bool {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    set("NO_COLOR").is_none() && set("TERM").is_none_or(|t| t != "dumb")
}

/// One line on standard error, `sslvpn: <reason>`; never panics (a closed or
/// full standard error loses the line).
pub fn complain(reason: &str) {
    let one_line = reason.replace(['\r', '\n'], " ");
    let _ = writeln!(io::stderr().lock(), "sslvpn: {}", one_line.trim_end());
}
