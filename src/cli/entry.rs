//! `duebook invoice|payment|return|refund|credit …`: recording entries,
//! applying credit, voiding, and listing.
//!
//! An `add` prints the new entry's number on standard output, so a script
//! can keep it, and a one-line summary of what was applied on standard
//! error.

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::domain::customer::clean_line;
use crate::domain::date::parse_date;
use crate::domain::entry::{EntryKind, Method, clean_number};
use crate::domain::money::{Currency, Money};
use crate::error::Error;
use crate::ops::entry::{self as ops, Applied, EntryDetails, NewCredit, NewInvoice, NewRefund};
use crate::report::entry as report;
use crate::store::customer as customers;
use crate::store::entry::{self as entries, EntryFilter, EntryRecord};

use super::Context;

#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    /// Record a sale on credit
    Add {
        /// The customer's contact id
        id: String,
        /// The amount, such as 1250.00
        amount: String,
        /// The invoice date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The due date [default: from the customer's payment terms]
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: Option<String>,
        /// The invoice number [default: the next INV-000001]
        #[arg(long)]
        number: Option<String>,
        /// The store or warehouse [default: the customer's]
        #[arg(long)]
        location: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// Invoice a customer marked inactive
        #[arg(long)]
        allow_inactive: bool,
    },
    /// List invoices
    List {
        #[command(flatten)]
        filter: ListArgs,
        /// Only invoices with something still owed
        #[arg(long)]
        open: bool,
    },
    /// Show an invoice and what paid it
    Show {
        /// The invoice number
        number: String,
    },
    /// Void an invoice entered by mistake; what paid it becomes unused balance
    Void {
        /// The invoice number
        number: String,
        /// The day of the void [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PaymentCommand {
    /// Record money received and apply it to invoices
    Add {
        /// The customer's contact id
        id: String,
        /// The amount, such as 400.00
        amount: String,
        /// The payment date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// cash, card, bank, cheque or other
        #[arg(long)]
        method: Option<String>,
        /// The bank reference, cheque number or similar
        #[arg(long)]
        reference: Option<String>,
        /// The payment number [default: the next PAY-000001]
        #[arg(long)]
        number: Option<String>,
        /// Pay this invoice (repeatable, in order) [default: open items, oldest due first]
        #[arg(long = "invoice", value_name = "NUMBER")]
        invoices: Vec<String>,
    },
    /// List payments
    List {
        #[command(flatten)]
        filter: ListArgs,
    },
    /// Show a payment and where it went
    Show {
        /// The payment number
        number: String,
    },
    /// Void a payment entered by mistake; the invoices it paid reopen
    Void {
        /// The payment number
        number: String,
        /// The day of the void [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReturnCommand {
    /// Record goods brought back (a credit note)
    Add {
        /// The customer's contact id
        id: String,
        /// The amount, such as 80.00
        amount: String,
        /// The invoice it reduces [default: none, so it is unused balance]
        #[arg(long, value_name = "NUMBER")]
        invoice: Option<String>,
        /// The return date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The return number [default: the next RET-000001]
        #[arg(long)]
        number: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RefundCommand {
    /// Record money paid back out of the customer's unused balance
    Add {
        /// The customer's contact id
        id: String,
        /// The amount, at most the unused balance
        amount: String,
        /// The refund date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// cash, card, bank, cheque or other
        #[arg(long)]
        method: Option<String>,
        #[arg(long)]
        reference: Option<String>,
        /// The refund number [default: the next REF-000001]
        #[arg(long)]
        number: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CreditCommand {
    /// Move unused balance onto open invoices
    Apply {
        /// The customer's contact id
        id: String,
        /// Apply to this invoice (repeatable, in order) [default: open items, oldest due first]
        #[arg(long = "invoice", value_name = "NUMBER")]
        invoices: Vec<String>,
        /// Apply at most this much [default: all that can be]
        #[arg(long)]
        amount: Option<String>,
        /// The day of the application [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
}

/// Filters shared by entry listings.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this customer's entries
    #[arg(long, value_name = "ID")]
    customer: Option<String>,
    /// Dated on or after this day
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    /// Dated on or before this day
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
}

/// Parse an optional date flag, naming the flag in the error.
pub fn date_flag(flag: &str, text: Option<&str>) -> Result<Option<NaiveDate>> {
    text.map(|t| parse_date(t).map_err(|e| Error::Invalid(format!("--{flag}: {e}")).into()))
        .transpose()
}

/// The days of `--from` and `--to` (either may be left out). A range that
/// ends before it starts is refused: it can only be a slip, and would
/// print nothing.
pub fn date_range(
    (from_flag, from): (&str, Option<&str>),
    (to_flag, to): (&str, Option<&str>),
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let (from, to) = (date_flag(from_flag, from)?, date_flag(to_flag, to)?);
    if let (Some(first), Some(last)) = (from, to)
        && first > last
    {
        return Err(Error::Invalid(format!(
            "--{from_flag} {first} is after --{to_flag} {last}; give the earlier day to \
             --{from_flag}"
        ))
        .into());
    }
    Ok((from, to))
}

fn date_or_today(ctx: &Context, flag: &str, text: Option<&str>) -> Result<NaiveDate> {
    match date_flag(flag, text)? {
        Some(date) => Ok(date),
        None => ctx.today(),
    }
}

fn amount_arg(currency: &Currency, name: &str, text: &str) -> Result<Money> {
    Ok(currency
        .parse_amount(text)
        .map_err(|e| Error::Invalid(format!("{name}: {e}")))?)
}

fn details(
    number: Option<String>,
    location: Option<String>,
    method: Option<String>,
    reference: Option<String>,
    note: Option<String>,
) -> Result<EntryDetails> {
    let line = |flag: &str, text: Option<String>| -> Result<Option<String>> {
        Ok(text
            .map(|t| clean_line(&t).map_err(|e| Error::Invalid(format!("--{flag}: {e}"))))
            .transpose()?
            .flatten())
    };
    Ok(EntryDetails {
        number: number
            .map(|n| clean_number(&n).map_err(|e| Error::Invalid(format!("--number: {e}"))))
            .transpose()?,
        location: line("location", location)?,
        method: method
            .map(|m| {
                m.parse::<Method>()
                    .map_err(|e| Error::Invalid(format!("--method: {e}")))
            })
            .transpose()?,
        reference: line("reference", reference)?,
        note: line("note", note)?,
    })
}

/// Say what was applied, in one line.
fn applied_summary(applied: &[Applied], currency: &Currency, credit: bool) -> String {
    applied
        .iter()
        .map(|a| {
            let other = if credit { &a.debit } else { &a.credit };
            format!(
                "{} {} {other}",
                currency.format(a.amount),
                if credit { "to" } else { "from" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_number(ctx: &Context, record: &EntryRecord) -> Result<()> {
    use std::io::Write;
    let mut out = ctx.stdout();
    writeln!(out, "{}", record.label())?;
    out.flush()?;
    Ok(())
}

fn list(ctx: &Context, filter: &ListArgs, kind: EntryKind, open_only: bool) -> Result<()> {
    let (from, to) = date_range(
        ("from", filter.from.as_deref()),
        ("to", filter.to.as_deref()),
    )?;
    let store = ctx.open_read()?;
    let currency = store.currency();
    let columns = match kind {
        EntryKind::Invoice => report::INVOICE_COLUMNS,
        _ => report::PAYMENT_COLUMNS,
    };
    let mut rows = ctx.rows(columns)?;
    store.read(|conn| {
        let customer_id = filter
            .customer
            .as_deref()
            .map(|c| customers::require(conn, c))
            .transpose()?;
        let filter = EntryFilter {
            customer_id,
            kind: Some(kind),
            open_only,
            from,
            to,
        };
        entries::list(conn, &filter, |record| match kind {
            EntryKind::Invoice => rows.row(&report::invoice_row(&record, &currency)),
            _ => rows.row(&report::payment_row(&record, &currency)),
        })
    })?;
    if rows.finish()? == 0 {
        ctx.say(&format!("no {kind}s match"));
    }
    Ok(())
}

fn show(ctx: &Context, number: &str, kind: EntryKind) -> Result<()> {
    let store = ctx.open_read()?;
    let currency = store.currency();
    let (record, applications) = store.read(|conn| {
        let record = entries::require(conn, number, kind)?;
        let applications = entries::applications(conn, record.id)?;
        Ok((record, applications))
    })?;
    ctx.record(&report::entry_fields(&record, &applications, &currency))
}

fn void(ctx: &Context, number: &str, kind: EntryKind, date: Option<&str>) -> Result<()> {
    let date = date_or_today(ctx, "date", date)?;
    let mut store = ctx.open_write()?;
    let record = store.write(|tx| ops::void(tx, number, kind, date))?;
    ctx.say(&format!(
        "voided {kind} `{}` of customer `{}` on {date}",
        record.label(),
        record.contact_id
    ));
    Ok(())
}

pub fn run_invoice(ctx: &Context, command: InvoiceCommand) -> Result<()> {
    match command {
        InvoiceCommand::Add {
            id,
            amount,
            date,
            due,
            number,
            location,
            note,
            allow_inactive,
        } => {
            let date = date_or_today(ctx, "date", date.as_deref())?;
            let due = date_flag("due", due.as_deref())?;
            let details = details(number, location, None, None, note)?;
            let mut store = ctx.open_write()?;
            let currency = store.currency();
            let amount = amount_arg(&currency, "amount", &amount)?;
            let invoice = NewInvoice {
                date,
                amount,
                due,
                allow_inactive,
                details,
            };
            let record = store.write(|tx| ops::add_invoice(tx, &id, invoice))?;
            ctx.say(&format!(
                "recorded invoice `{}` for customer `{}`: {} due {}",
                record.label(),
                record.contact_id,
                currency.format(record.entry.amount),
                record
                    .entry
                    .due_date
                    .map_or(String::new(), |d| d.to_string())
            ));
            print_number(ctx, &record)
        }
        InvoiceCommand::List { filter, open } => list(ctx, &filter, EntryKind::Invoice, open),
        InvoiceCommand::Show { number } => show(ctx, &number, EntryKind::Invoice),
        InvoiceCommand::Void { number, date } => {
            void(ctx, &number, EntryKind::Invoice, date.as_deref())
        }
    }
}

pub fn run_payment(ctx: &Context, command: PaymentCommand) -> Result<()> {
    match command {
        PaymentCommand::Add {
            id,
            amount,
            date,
            method,
            reference,
            number,
            invoices,
        } => {
            let date = date_or_today(ctx, "date", date.as_deref())?;
            let details = details(number, None, method, reference, None)?;
            let mut store = ctx.open_write()?;
            let currency = store.currency();
            let amount = amount_arg(&currency, "amount", &amount)?;
            let payment = NewCredit {
                date,
                amount,
                invoices,
                details,
            };
            let (record, applied) = store.write(|tx| ops::add_payment(tx, &id, payment))?;
            ctx.say(&credit_summary(&record, &applied, &currency));
            print_number(ctx, &record)
        }
        PaymentCommand::List { filter } => list(ctx, &filter, EntryKind::Payment, false),
        PaymentCommand::Show { number } => show(ctx, &number, EntryKind::Payment),
        PaymentCommand::Void { number, date } => {
            void(ctx, &number, EntryKind::Payment, date.as_deref())
        }
    }
}

fn credit_summary(record: &EntryRecord, applied: &[Applied], currency: &Currency) -> String {
    let mut summary = format!(
        "recorded {} `{}` from customer `{}`: {}",
        record.entry.kind,
        record.label(),
        record.contact_id,
        currency.format(record.entry.amount)
    );
    if !applied.is_empty() {
        summary.push_str(&format!(
            "; applied {}",
            applied_summary(applied, currency, true)
        ));
    }
    if !record.open.is_zero() {
        summary.push_str(&format!(
            "; {} left as unused balance",
            currency.format(record.open)
        ));
    }
    summary
}

pub fn run_return(ctx: &Context, command: ReturnCommand) -> Result<()> {
    let ReturnCommand::Add {
        id,
        amount,
        invoice,
        date,
        number,
        note,
    } = command;
    let date = date_or_today(ctx, "date", date.as_deref())?;
    let details = details(number, None, None, None, note)?;
    let mut store = ctx.open_write()?;
    let currency = store.currency();
    let amount = amount_arg(&currency, "amount", &amount)?;
    let credit = NewCredit {
        date,
        amount,
        invoices: invoice.into_iter().collect(),
        details,
    };
    let (record, applied) = store.write(|tx| ops::add_return(tx, &id, credit))?;
    ctx.say(&credit_summary(&record, &applied, &currency));
    print_number(ctx, &record)
}

pub fn run_refund(ctx: &Context, command: RefundCommand) -> Result<()> {
    let RefundCommand::Add {
        id,
        amount,
        date,
        method,
        reference,
        number,
    } = command;
    let date = date_or_today(ctx, "date", date.as_deref())?;
    let details = details(number, None, method, reference, None)?;
    let mut store = ctx.open_write()?;
    let currency = store.currency();
    let amount = amount_arg(&currency, "amount", &amount)?;
    let refund = NewRefund {
        date,
        amount,
        details,
    };
    let (record, applied) = store.write(|tx| ops::add_refund(tx, &id, refund, &currency))?;
    ctx.say(&format!(
        "recorded refund `{}` to customer `{}`: {} drawn {}",
        record.label(),
        record.contact_id,
        currency.format(record.entry.amount),
        applied_summary(&applied, &currency, false)
    ));
    print_number(ctx, &record)
}

pub fn run_credit(ctx: &Context, command: CreditCommand) -> Result<()> {
    let CreditCommand::Apply {
        id,
        invoices,
        amount,
        date,
    } = command;
    let date = date_or_today(ctx, "date", date.as_deref())?;
    let mut store = ctx.open_write()?;
    let currency = store.currency();
    let amount = amount
        .map(|a| amount_arg(&currency, "--amount", &a))
        .transpose()?;
    let applied =
        store.write(|tx| ops::apply_credit(tx, &id, &invoices, amount, date, &currency))?;
    let total: i64 = applied.iter().map(|a| a.amount.minor()).sum();
    let detail = applied
        .iter()
        .map(|a| {
            format!(
                "{} from {} to {}",
                currency.format(a.amount),
                a.credit,
                a.debit
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    ctx.say(&format!(
        "applied {} of unused balance: {detail}",
        currency.format_minor(total)
    ));
    Ok(())
}
