//! The command line: clap types, one module per family of commands.
//!
//! Each command turns its flags into domain values, does its work through the
//! store in one transaction, and hands rows to `render`. Data goes to
//! standard output; messages, prompts and errors go to standard error.

mod bulk;
pub mod completions;
mod context;
mod customer;
mod entry;
mod exchange;
mod report;
mod terms;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::money::Currency;
use crate::render::Format;

pub use context::Context;

/// Customers, invoices, payments and receivables for a small business.
#[derive(Debug, Parser)]
#[command(name = "duebook", version, about, max_term_width = 100)]
#[command(
    after_help = "The database is --db, else DUEBOOK_DB, else duebook.sqlite3 in the data \
                  directory ($XDG_DATA_HOME/duebook on Linux). DUEBOOK_TODAY=YYYY-MM-DD fixes \
                  today's date."
)]
pub struct Cli {
    /// The database file [default: duebook.sqlite3 in the data directory]
    #[arg(long, global = true, env = "DUEBOOK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// How records are printed
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Print no messages, only data and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Tell more about what is done (repeat for more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// When to colour messages: auto follows the terminal and NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

/// Whether messages on standard error are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl Cli {
    /// True when the `error:` prefix and other messages may be coloured.
    pub fn stderr_colored(&self) -> bool {
        use std::io::IsTerminal;
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stderr().is_terminal()
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database
    Init {
        /// The currency of every amount, as an ISO 4217 code; fixed for good
        #[arg(long, default_value = "USD", value_name = "CODE")]
        currency: String,
    },
    /// Add, edit, show, delete and search customers
    #[command(subcommand)]
    Customer(Box<customer::CustomerCommand>),
    /// Record, list, show and void invoices
    #[command(subcommand)]
    Invoice(entry::InvoiceCommand),
    /// Record, list, show and void payments
    #[command(subcommand)]
    Payment(entry::PaymentCommand),
    /// Record returned goods
    #[command(subcommand)]
    Return(entry::ReturnCommand),
    /// Record money paid back to a customer
    #[command(subcommand)]
    Refund(entry::RefundCommand),
    /// Apply unused balance to open invoices
    #[command(subcommand)]
    Credit(entry::CreditCommand),
    /// What customers owe: due today, overdue and upcoming, or aged
    Receivables(report::ReceivablesArgs),
    /// What the business owes its customers: unused credit by source
    Payables(report::PayablesArgs),
    /// The customers with the most sales, payments or invoices
    Top(report::TopArgs),
    /// Explain payment terms
    #[command(subcommand)]
    Terms(terms::TermsCommand),
    /// Read customers or entries from CSV
    Import(exchange::ImportArgs),
    /// Write customers, entries or a ledger as CSV
    #[command(subcommand)]
    Export(exchange::ExportCommand),
    /// Act on many customers at once: activate, deactivate, update, delete, merge
    #[command(subcommand)]
    Bulk(bulk::BulkCommand),
    /// Verify the database file and every balance rule
    Check,
    /// Copy the database, consistently, while others use it
    Backup {
        /// Where the copy goes (replaced if it exists)
        file: PathBuf,
    },
    /// Every change recorded, newest first
    History {
        /// Only the changes of this customer (its merged ids included)
        id: Option<String>,
        /// Show at most K changes
        #[arg(long, value_name = "K", default_value_t = 50)]
        limit: u64,
    },
    /// Print shell completions, or the man page with `man`
    Completions {
        /// The shell to complete for, or `man`
        #[arg(value_enum)]
        shell: completions::Target,
    },
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context::new(&cli);
    match cli.command {
        Command::Init { currency } => init(&ctx, &currency),
        Command::Customer(command) => customer::run(&ctx, *command),
        Command::Invoice(command) => entry::run_invoice(&ctx, command),
        Command::Payment(command) => entry::run_payment(&ctx, command),
        Command::Return(command) => entry::run_return(&ctx, command),
        Command::Refund(command) => entry::run_refund(&ctx, command),
        Command::Credit(command) => entry::run_credit(&ctx, command),
        Command::Receivables(args) => report::receivables(&ctx, args),
        Command::Payables(args) => report::payables(&ctx, args),
        Command::Top(args) => report::top(&ctx, args),
        Command::Terms(command) => terms::run(&ctx, command),
        Command::Import(args) => exchange::import(&ctx, args),
        Command::Export(command) => exchange::export(&ctx, command),
        Command::Bulk(command) => bulk::run(&ctx, command),
        Command::Check => check(&ctx),
        Command::Backup { file } => backup(&ctx, &file),
        Command::History { id, limit } => history(&ctx, id.as_deref(), limit),
        Command::Completions { shell } => completions::run(shell),
    }
}

fn init(ctx: &Context, code: &str) -> Result<()> {
    let currency = Currency::from_code(code).map_err(crate::error::Error::Invalid)?;
    let path = ctx.db_path()?;
    if path.exists() {
        return crate::error::refused(format!(
            "database `{}` already exists; choose another path with --db, or keep using it",
            path.display()
        ));
    }
    let store = ctx.open_with(crate::store::Access::Write, currency)?;
    ctx.detail(&format!("schema version {}", crate::store::LATEST_VERSION));
    drop(store);
    Ok(())
}

fn check(ctx: &Context) -> Result<()> {
    let store = ctx.open_read()?;
    let currency = store.currency();
    let (problems, counts) = store.read(|conn| crate::store::check::check(conn, &currency))?;
    if problems.is_empty() {
        ctx.say(&format!(
            "ok: customers {}, entries {}, applications {}; every rule holds",
            counts.customers, counts.entries, counts.applications
        ));
        return Ok(());
    }
    let mut rows = ctx.rows(&["rule", "record", "detail"])?;
    for problem in &problems {
        rows.row(&[
            crate::render::Value::Text(problem.rule.to_string()),
            crate::render::Value::Text(problem.record.clone()),
            crate::render::Value::Text(problem.detail.clone()),
        ])?;
    }
    rows.finish()?;
    crate::error::refused(format!(
        "check found {} broken {}; the rows above name each one",
        problems.len(),
        if problems.len() == 1 { "rule" } else { "rules" }
    ))
}

fn history(ctx: &Context, id: Option<&str>, limit: u64) -> Result<()> {
    use crate::store::{customer as customers, history};
    let store = ctx.open_read()?;
    let currency = store.currency();
    let changes = store.read(|conn| {
        let ids = match id {
            None => None,
            Some(text) => Some(match customers::find(conn, text)? {
                Some(row) => history::customer_ids(conn, row)?,
                None => {
                    let former =
                        history::former_ids(conn, &crate::domain::customer::contact_key(text))?;
                    if former.is_empty() {
                        return crate::error::not_found(format!(
                            "no customer has, or had, the contact id `{}`",
                            text.trim()
                        ));
                    }
                    former
                }
            }),
        };
        history::changes(conn, ids.as_deref(), limit)
    })?;
    let columns = [
        "at",
        "user",
        "record",
        "action",
        "contact_id",
        "number",
        "before",
        "after",
        "command",
    ];
    let mut rows = ctx.rows(&columns)?;
    for change in &changes {
        let json = |text: &Option<String>| {
            text.as_deref().map_or(crate::render::Value::Null, |t| {
                crate::render::Value::Text(crate::report::history::amounts_as_decimals(
                    t, &currency,
                ))
            })
        };
        rows.row(&[
            crate::render::Value::Text(change.at.clone()),
            crate::render::Value::Text(change.user.clone()),
            crate::render::Value::Text(change.record.clone()),
            crate::render::Value::Text(change.action.clone()),
            crate::render::Value::text(change.contact_id.as_deref()),
            crate::render::Value::text(change.number.as_deref()),
            json(&change.before),
            json(&change.after),
            crate::render::Value::Text(change.command.clone()),
        ])?;
    }
    if rows.finish()? == 0 {
        ctx.say("no changes are recorded");
    }
    Ok(())
}

fn backup(ctx: &Context, file: &std::path::Path) -> Result<()> {
    let store = ctx.open_read()?;
    if file == store.path() {
        return crate::error::usage("the backup cannot be the database itself; name another file");
    }
    let pages = store.backup_to(file)?;
    ctx.say(&format!(
        "backed up `{}` to `{}` ({pages} pages)",
        store.path().display(),
        file.display()
    ));
    Ok(())
}
