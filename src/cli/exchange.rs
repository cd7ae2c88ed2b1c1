//! `duebook import` and `duebook export`: customers and entries in CSV.
//!
//! An import checks every row and writes the good ones in one transaction
//! that commits only when no row was bad (or, with `--skip-invalid`, keeps
//! the good ones and writes the bad ones to `--rejects`). A progress line
//! shows on a terminal, never in a pipe; a one-line summary always ends on
//! standard error.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use crate::domain::entry::EntryKind;
use crate::domain::money::Currency;
use crate::error::Error;
use crate::exchange::{self, Counts, Mode, Output, Problem, Rejects, Source};
use crate::report::entry as entry_report;
use crate::store::Store;
use crate::store::customer as customers;
use crate::store::entry::{self as entries, EntryFilter};

use super::Context;
use super::customer::ListFilters;
use super::entry::date_range;

/// How many bad rows are listed on screen; the rest are counted.
const SHOWN_PROBLEMS: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum What {
    Customers,
    Entries,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindChoice {
    Invoice,
    Payment,
    Return,
    Refund,
}

impl KindChoice {
    fn kind(self) -> EntryKind {
        match self {
            KindChoice::Invoice => EntryKind::Invoice,
            KindChoice::Payment => EntryKind::Payment,
            KindChoice::Return => EntryKind::Return,
            KindChoice::Refund => EntryKind::Refund,
        }
    }
}

/// `duebook import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file holds
    #[arg(value_enum)]
    what: What,
    /// The CSV file, or - for standard input
    file: String,
    /// The kind of every entry, for a file without a kind column
    #[arg(long, value_enum)]
    kind: Option<KindChoice>,
    /// What to do with rows whose contact id or number already exists
    #[arg(long, value_enum, default_value_t = Mode::Insert)]
    mode: Mode,
    /// Import the good rows and write the bad ones to --rejects
    #[arg(long, requires = "rejects")]
    skip_invalid: bool,
    /// Where --skip-invalid writes the bad rows, with a reason column (- for
    /// standard output)
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    rejects: Option<PathBuf>,
    /// Ignore columns the import does not know
    #[arg(long)]
    ignore_unknown: bool,
    /// Check every row and count, writing nothing
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Customers, with their contacts, tags and aliases
    Customers {
        #[command(flatten)]
        filters: ListFilters,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Invoices, payments, returns and refunds, with their applications
    Entries {
        /// Only this customer's entries
        #[arg(long, value_name = "ID")]
        customer: Option<String>,
        /// Dated on or after this day
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        /// Dated on or before this day
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
        /// Only entries of this kind
        #[arg(long, value_enum)]
        kind: Option<KindChoice>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// A customer's ledger
    Ledger {
        /// The customer's contact id
        id: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
        #[command(flatten)]
        output: OutputArgs,
    },
}

/// Where and how an export is written.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write to this file (in place only once complete) [default: standard output]
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Neutralise text cells a spreadsheet would run as formulas
    #[arg(long)]
    safe: bool,
}

fn progress(ctx: &Context) -> ProgressBar {
    if ctx.is_quiet() || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {human_pos} rows read, {per_sec:0} [{elapsed}]")
            .expect("the progress template is valid"),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn summary(counts: &Counts) -> String {
    format!(
        "inserted {}, updated {}, unchanged {}, rejected {}",
        counts.inserted, counts.updated, counts.unchanged, counts.rejected
    )
}

pub fn import(ctx: &Context, args: ImportArgs) -> Result<()> {
    if args.kind.is_some() && args.what == What::Customers {
        return crate::error::usage("--kind is for entries files");
    }
    let today = ctx.today()?;
    let (name, input) = exchange::open(&args.file)?;
    let (known, derived, required): (&[&str], &[&str], &[&str]) = match args.what {
        What::Customers => (
            &exchange::customer::COLUMNS,
            &exchange::customer::DERIVED,
            &["contact_id"],
        ),
        What::Entries => (
            exchange::entry::COLUMNS,
            exchange::entry::DERIVED,
            if args.kind.is_some() {
                &["contact_id", "amount"]
            } else {
                &["kind", "contact_id", "amount"]
            },
        ),
    };
    let mut source = Source::new(
        name.clone(),
        input,
        known,
        derived,
        required,
        args.ignore_unknown,
    )?;
    if !source.ignored.is_empty() {
        ctx.say(&format!(
            "{name}: ignoring the columns `{}`",
            source.ignored.join("`, `")
        ));
    }
    // A dry run writes nothing, not even a new file: with no books yet,
    // the file is checked against empty books in memory.
    let path = ctx.db_path()?;
    let mut store = if args.dry_run && !path.exists() {
        ctx.say(&format!(
            "no database at `{}` yet; checking against empty books",
            path.display()
        ));
        Store::in_memory(Currency::default())?
    } else {
        ctx.open_write()?
    };
    let currency = store.currency();
    // `--rejects -` writes the rejected rows to standard output, which an
    // import otherwise leaves empty.
    let rejects_to = args.rejects.as_deref().map(|path| {
        if path == Path::new("-") {
            None
        } else {
            Some(path)
        }
    });
    let mut rejects = match rejects_to {
        Some(path) => Some(Rejects::create(path, source.header())?),
        None => None,
    };
    let bar = progress(ctx);
    let skip = args.skip_invalid;
    let dry_run = args.dry_run;
    let (counts, problems) = store.write_if(|tx| {
        let tick = || bar.inc(1);
        let (counts, problems) = match args.what {
            What::Customers => exchange::customer::import(
                tx,
                &mut source,
                args.mode,
                today,
                &currency,
                rejects.as_mut(),
                tick,
            )?,
            What::Entries => exchange::entry::import(
                tx,
                &mut source,
                args.mode,
                args.kind.map(KindChoice::kind),
                today,
                &currency,
                rejects.as_mut(),
                tick,
            )?,
        };
        let keep = !dry_run && (problems.is_empty() || skip);
        Ok(((counts, problems), keep))
    })?;
    bar.finish_and_clear();
    if let Some(rejects) = rejects {
        let written = rejects.finish()?;
        if written > 0 {
            let place = match rejects_to.flatten() {
                Some(path) => format!("`{}`", path.display()),
                None => "standard output".to_string(),
            };
            let rows = if written == 1 { "row" } else { "rows" };
            ctx.say(&format!("wrote {written} rejected {rows} to {place}"));
        }
    }
    let what = match args.what {
        What::Customers => "customers",
        What::Entries => "entries",
    };
    if !problems.is_empty() && !skip {
        report_problems(&problems);
        return Err(Error::Invalid(format!(
            "{name}: {} bad {}, so nothing was imported; fix them, or import the good rows with \
             --skip-invalid --rejects FILE",
            problems.len(),
            if problems.len() == 1 { "row" } else { "rows" }
        ))
        .into());
    }
    let verb = if dry_run {
        "checked (dry run, nothing written)"
    } else {
        "imported"
    };
    ctx.say(&format!("{verb} {what} from {name}: {}", summary(&counts)));
    Ok(())
}

fn report_problems(problems: &[Problem]) {
    for problem in problems.iter().take(SHOWN_PROBLEMS) {
        eprintln!("{problem}");
    }
    if problems.len() > SHOWN_PROBLEMS {
        eprintln!("… and {} more bad rows", problems.len() - SHOWN_PROBLEMS);
    }
}

pub fn export(ctx: &Context, command: ExportCommand) -> Result<()> {
    let store = ctx.open_read()?;
    let currency = store.currency();
    let (count, what, output) = match command {
        ExportCommand::Customers { filters, output } => {
            let filter = filters.to_filter()?;
            let mut out = Output::open(output.output.as_deref())?;
            let count = store.read(|conn| {
                exchange::customer::export(conn, &filter, &currency, output.safe, &mut out)
            })?;
            out.finish()?;
            (count, "customers", output.output)
        }
        ExportCommand::Entries {
            customer,
            from,
            to,
            kind,
            output,
        } => {
            let (from, to) = date_range(("from", from.as_deref()), ("to", to.as_deref()))?;
            let mut out = Output::open(output.output.as_deref())?;
            let count = store.read(|conn| {
                let customer_id = customer
                    .as_deref()
                    .map(|c| customers::require(conn, c))
                    .transpose()?;
                let filter = EntryFilter {
                    customer_id,
                    kind: kind.map(KindChoice::kind),
                    open_only: false,
                    from,
                    to,
                };
                exchange::entry::export(conn, &filter, &currency, output.safe, &mut out)
            })?;
            out.finish()?;
            (count, "entries", output.output)
        }
        ExportCommand::Ledger {
            id,
            from,
            to,
            output,
        } => {
            let (from, to) = date_range(("from", from.as_deref()), ("to", to.as_deref()))?;
            let records =
                store.read(|conn| entries::all_of(conn, customers::require(conn, &id)?))?;
            let mut out = Output::open(output.output.as_deref())?;
            let mut writer = csv::Writer::from_writer(&mut out);
            writer.write_record(entry_report::LEDGER_COLUMNS)?;
            let lines = entry_report::ledger(&records, from, to);
            for line in &lines {
                let cells = entry_report::ledger_row(line, &currency)
                    .into_iter()
                    .map(|value| match value {
                        crate::render::Value::Text(text) if output.safe => {
                            exchange::neutralise(&text)
                        }
                        other => other.to_text(),
                    });
                writer.write_record(cells)?;
            }
            writer.flush()?;
            drop(writer);
            out.finish()?;
            (lines.len(), "ledger lines", output.output)
        }
    };
    if let Some(path) = output {
        ctx.say(&format!("exported {count} {what} to `{}`", path.display()));
    }
    Ok(())
}
