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
mod maintenance;
mod report;
mod terms;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};

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
    Check {
        /// First build again what is derived from the records (the totals
        /// `top` reads, the search index), then check; nothing recorded changes
        #[arg(long)]
        repair: bool,
    },
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
        Command::Init { currency } => maintenance::init(&ctx, &currency),
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
        Command::Check { repair } => maintenance::check(&ctx, repair),
        Command::Backup { file } => maintenance::backup(&ctx, &file),
        Command::History { id, limit } => maintenance::history(&ctx, id.as_deref(), limit),
        Command::Completions { shell } => completions::run(shell),
    }
}
