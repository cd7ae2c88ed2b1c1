//! What every command shares: the global flags, the database location,
//! today's date, messages on standard error and confirmations.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;

use crate::domain::date;
use crate::domain::money::Currency;
use crate::error::{Error, refused, usage};
use crate::render::{self, Format};
use crate::store::{Access, Store};

use super::Cli;

/// The file name of the database in the data directory.
const DEFAULT_FILE: &str = "duebook.sqlite3";

/// The global settings of one run.
pub struct Context {
    /// How records are printed.
    pub format: Format,
    quiet: bool,
    verbose: u8,
    db: Option<PathBuf>,
}

impl Context {
    /// The settings given on the command line.
    pub fn new(cli: &Cli) -> Context {
        Context {
            format: cli.format,
            quiet: cli.quiet,
            verbose: cli.verbose,
            db: cli.db.clone().filter(|p| !p.as_os_str().is_empty()),
        }
    }

    /// Where the database is: `--db`, else `DUEBOOK_DB`, else the data
    /// directory.
    pub fn db_path(&self) -> Result<PathBuf> {
        if let Some(path) = &self.db {
            return Ok(path.clone());
        }
        match dirs::data_dir() {
            Some(dir) => Ok(dir.join("duebook").join(DEFAULT_FILE)),
            None => usage(
                "cannot tell where the data directory is; give the database with --db or \
                 DUEBOOK_DB",
            ),
        }
    }

    /// Open the database for reading only; it must exist.
    pub fn open_read(&self) -> Result<Store> {
        self.open_with(Access::Read, Currency::default())
    }

    /// Open the database to change what it holds; it must exist.
    pub fn open_change(&self) -> Result<Store> {
        self.open_with(Access::Change, Currency::default())
    }

    /// Open the database for writing, creating it (in USD) when missing.
    pub fn open_write(&self) -> Result<Store> {
        self.open_with(Access::Write, Currency::default())
    }

    /// Open the database; a file created here is announced on standard error.
    pub fn open_with(&self, access: Access, currency: Currency) -> Result<Store> {
        let path = self.db_path()?;
        let store = Store::open(&path, access, currency, self.db.is_none())?;
        store.set_actor(&operator(), &command_line())?;
        if store.was_created() {
            self.say(&format!(
                "created database `{}` (currency {})",
                path.display(),
                store.currency()
            ));
        } else {
            self.detail(&format!("using database `{}`", path.display()));
        }
        Ok(store)
    }

    /// Today's date, from `DUEBOOK_TODAY` or the local clock.
    pub fn today(&self) -> Result<NaiveDate> {
        date::today().map_err(|e| Error::Usage(e).into())
    }

    /// True with `--quiet`.
    pub fn is_quiet(&self) -> bool {
        self.quiet
    }

    /// Print a message on standard error unless `--quiet`.
    pub fn say(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// Print a message on standard error only with `-v`.
    pub fn detail(&self, message: &str) {
        if self.verbose > 0 && !self.quiet {
            eprintln!("{message}");
        }
    }

    /// Standard output, buffered, for data.
    pub fn stdout(&self) -> BufWriter<io::StdoutLock<'static>> {
        BufWriter::new(io::stdout().lock())
    }

    /// A writer of rows with these columns on standard output.
    pub fn rows(
        &self,
        columns: &[&str],
    ) -> Result<render::Rows<BufWriter<io::StdoutLock<'static>>>> {
        let columns = columns.iter().map(|c| c.to_string()).collect();
        render::Rows::new(
            self.format,
            columns,
            self.stdout(),
            render::terminal_width(),
        )
    }

    /// Print one record on standard output.
    pub fn record(&self, fields: &[(&str, render::Value)]) -> Result<()> {
        render::record(self.format, fields, self.stdout(), render::terminal_width())
    }

    /// Ask before a destructive change. `--yes` answers for the operator;
    /// without a terminal to ask on, the command stops with a usage error
    /// (exit 2) that says to add `--yes`.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<()> {
        if yes {
            return Ok(());
        }
        if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
            return usage(format!(
                "{question} needs confirmation, and standard input is not a terminal to ask on; \
                 add --yes to confirm"
            ));
        }
        eprint!("{question}? [y/N] ");
        io::stderr().flush()?;
        let mut answer = String::new();
        io::stdin().read_line(&mut answer)?;
        if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            Ok(())
        } else {
            refused("not confirmed; nothing was changed")
        }
    }
}

/// The operating-system user running this command, for the history.
fn operator() -> String {
    ["USER", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}

/// This command line as a shell would read it back, for the history.
fn command_line() -> String {
    let words: Vec<String> = std::iter::once("duebook".to_string())
        .chain(std::env::args().skip(1))
        .map(|word| match shlex::try_quote(&word) {
            Ok(quoted) => quoted.into_owned(),
            // Only a NUL byte cannot be quoted; show the word as it is.
            Err(_) => word.escape_default().to_string(),
        })
        .collect();
    words.join(" ")
}
