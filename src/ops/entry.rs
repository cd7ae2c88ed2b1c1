//! Recording invoices, payments, returns and refunds, applying unused credit
//! to open invoices, and voiding.
//!
//! Every function checks its inputs against the books before writing, and
//! returns a typed error (`Invalid` for a value that cannot be accepted,
//! `NotFound` for a number or customer that does not exist, `Refused` for a
//! rule of the books) with a message that names the input.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::domain::allocation::{OpenItem, pair};
use crate::domain::customer::Status;
use crate::domain::entry::{Entry, EntryKind, Method, Side};
use crate::domain::money::{Currency, Money};
use crate::error::{invalid, refused};
use crate::store::customer as customers;
use crate::store::entry::{self as entries, EntryRecord};

/// What was applied: `amount` of credit `credit` to debit `debit`, by label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub credit: String,
    pub debit: String,
    pub amount: Money,
}

/// The fields every new entry may carry besides its amount.
#[derive(Debug, Clone, Default)]
pub struct EntryDetails {
    /// An explicit number; generated when `None`.
    pub number: Option<String>,
    pub location: Option<String>,
    pub method: Option<Method>,
    pub reference: Option<String>,
    pub note: Option<String>,
}

/// A new invoice.
#[derive(Debug, Clone)]
pub struct NewInvoice {
    pub date: NaiveDate,
    pub amount: Money,
    /// Overrides the due date the customer's payment terms give.
    pub due: Option<NaiveDate>,
    pub allow_inactive: bool,
    pub details: EntryDetails,
}

fn new_entry(
    tx: &Transaction,
    kind: EntryKind,
    date: NaiveDate,
    amount: Money,
    details: EntryDetails,
) -> Result<Entry> {
    if amount.is_zero() {
        return invalid(format!(
            "the {kind} amount is zero; give an amount above zero"
        ));
    }
    let number = match details.number {
        Some(number) => number,
        None => entries::next_number(tx, kind)?,
    };
    let mut entry = Entry::new(kind, date, amount);
    entry.number = Some(number);
    entry.location = details.location;
    entry.method = details.method;
    entry.reference = details.reference;
    entry.note = details.note;
    Ok(entry)
}

/// Record an invoice for `customer`, due by the customer's payment terms
/// unless `due` says other. Unused credit is not applied to it by itself:
/// that is `apply_credit`'s job.
pub fn add_invoice(tx: &Transaction, customer: &str, invoice: NewInvoice) -> Result<EntryRecord> {
    let customer_id = customers::require(tx, customer)?;
    let record = customers::load(tx, customer_id)?.customer;
    if record.status == Status::Inactive && !invoice.allow_inactive {
        return refused(format!(
            "customer `{}` is inactive; add --allow-inactive to invoice it anyway, or mark it \
             active (`duebook customer edit {} --status active`)",
            record.contact_id, record.contact_id
        ));
    }
    let due = match invoice.due {
        Some(due) if due < invoice.date => {
            return invalid(format!(
                "--due: due date {due} is before the invoice date {}; give a later one",
                invoice.date
            ));
        }
        Some(due) => due,
        None => record.terms.due_date(invoice.date).ok_or_else(|| {
            crate::error::Error::Invalid(format!(
                "invoice date {} is too far in the future for a due date",
                invoice.date
            ))
        })?,
    };
    let mut details = invoice.details;
    details.location = details.location.or(record.location.clone());
    let mut entry = new_entry(
        tx,
        EntryKind::Invoice,
        invoice.date,
        invoice.amount,
        details,
    )?;
    entry.due_date = Some(due);
    let id = entries::insert(tx, customer_id, &entry)?;
    entries::load(tx, id)
}

/// Check the invoices an operator named for a customer's credit: each must
/// exist, be an invoice of this customer, not be voided, still owe
/// something, and be named once. Returns them as open items, in the order
/// named.
fn named_invoices(tx: &Transaction, customer_id: i64, numbers: &[String]) -> Result<Vec<OpenItem>> {
    let mut items: Vec<OpenItem> = Vec::new();
    for number in numbers {
        let invoice = entries::require(tx, number, EntryKind::Invoice)?;
        let label = invoice.label().to_string();
        if invoice.customer_id != customer_id {
            let owner = customers::load(tx, customer_id)?.customer.contact_id;
            return invalid(format!(
                "invoice `{label}` belongs to customer `{}`, not `{owner}`; name one of \
                 `{owner}`'s invoices",
                invoice.contact_id
            ));
        }
        if let Some(void) = invoice.entry.void_date {
            return invalid(format!(
                "invoice `{label}` was voided on {void}; name an open invoice"
            ));
        }
        if invoice.open.is_zero() {
            return invalid(format!(
                "invoice `{label}` is already paid; name an open invoice, or leave --invoice out"
            ));
        }
        if items.iter().any(|item| item.id == invoice.id) {
            return invalid(format!("invoice `{label}` is named twice; name it once"));
        }
        items.push(OpenItem {
            id: invoice.id,
            open: invoice.open.minor(),
        });
    }
    Ok(items)
}

/// Apply credits to debits as `moves` say, each application dated `date` or
/// the later of its two entries' dates.
fn record_moves(
    tx: &Transaction,
    moves: &[(i64, i64, i64)],
    date: NaiveDate,
) -> Result<Vec<Applied>> {
    let mut applied = Vec::new();
    for &(credit_id, debit_id, amount) in moves {
        let credit = entries::load(tx, credit_id)?;
        let debit = entries::load(tx, debit_id)?;
        let when = date.max(credit.entry.date).max(debit.entry.date);
        entries::apply(tx, credit_id, debit_id, amount, when)?;
        applied.push(Applied {
            credit: credit.label().to_string(),
            debit: debit.label().to_string(),
            amount: Money::from_minor(amount),
        });
    }
    Ok(applied)
}

/// A new payment or return.
#[derive(Debug, Clone)]
pub struct NewCredit {
    pub date: NaiveDate,
    pub amount: Money,
    /// The invoices it pays, in order; empty means the customer's open items
    /// oldest first (for a payment) or none (for a return).
    pub invoices: Vec<String>,
    pub details: EntryDetails,
}

/// Record a payment and apply it: to the named invoices in order, else to
/// the customer's open items oldest due date first (the receivable opening
/// first of all). What is left is unused balance.
pub fn add_payment(
    tx: &Transaction,
    customer: &str,
    payment: NewCredit,
) -> Result<(EntryRecord, Vec<Applied>)> {
    add_credit(tx, customer, EntryKind::Payment, payment)
}

/// Record a return (a credit note). With an invoice named it reduces that
/// invoice's open amount; the excess, or a return without an invoice, is
/// unused balance.
pub fn add_return(
    tx: &Transaction,
    customer: &str,
    credit: NewCredit,
) -> Result<(EntryRecord, Vec<Applied>)> {
    add_credit(tx, customer, EntryKind::Return, credit)
}

fn add_credit(
    tx: &Transaction,
    customer: &str,
    kind: EntryKind,
    credit: NewCredit,
) -> Result<(EntryRecord, Vec<Applied>)> {
    let customer_id = customers::require(tx, customer)?;
    let targets = match (kind, credit.invoices.is_empty()) {
        (_, false) => named_invoices(tx, customer_id, &credit.invoices)?,
        (EntryKind::Payment, true) => entries::open_items(tx, customer_id, Side::Debit)?,
        (_, true) => Vec::new(),
    };
    let entry = new_entry(tx, kind, credit.date, credit.amount, credit.details)?;
    let id = entries::insert(tx, customer_id, &entry)?;
    let source = [OpenItem {
        id,
        open: entry.amount.minor(),
    }];
    let applied = record_moves(tx, &pair(&source, &targets, i64::MAX), credit.date)?;
    Ok((entries::load(tx, id)?, applied))
}

/// A new refund.
#[derive(Debug, Clone)]
pub struct NewRefund {
    pub date: NaiveDate,
    pub amount: Money,
    pub details: EntryDetails,
}

/// Record money paid back to a customer, drawn from its unused balance,
/// oldest credit first. More than the unused balance is refused.
pub fn add_refund(
    tx: &Transaction,
    customer: &str,
    refund: NewRefund,
    currency: &Currency,
) -> Result<(EntryRecord, Vec<Applied>)> {
    let customer_id = customers::require(tx, customer)?;
    let credits = entries::open_items(tx, customer_id, Side::Credit)?;
    let unused: i64 = credits.iter().map(|c| c.open).sum();
    if refund.amount.minor() > unused {
        let contact_id = customers::load(tx, customer_id)?.customer.contact_id;
        return invalid(format!(
            "customer `{contact_id}` has {} of unused balance, less than the refund of {}; \
             refund at most the unused balance",
            currency.format_minor(unused),
            currency.format(refund.amount)
        ));
    }
    let entry = new_entry(
        tx,
        EntryKind::Refund,
        refund.date,
        refund.amount,
        refund.details,
    )?;
    let id = entries::insert(tx, customer_id, &entry)?;
    let target = [OpenItem {
        id,
        open: entry.amount.minor(),
    }];
    let applied = record_moves(tx, &pair(&credits, &target, i64::MAX), refund.date)?;
    Ok((entries::load(tx, id)?, applied))
}

/// Move a customer's unused balance onto open invoices: the named ones in
/// order, else all open items oldest due date first; at most `amount` when
/// given.
///
/// Refused: no unused balance, nothing open, or an explicit amount above the
/// unused balance or above what the invoices still owe.
pub fn apply_credit(
    tx: &Transaction,
    customer: &str,
    invoices: &[String],
    amount: Option<Money>,
    date: NaiveDate,
    currency: &Currency,
) -> Result<Vec<Applied>> {
    let customer_id = customers::require(tx, customer)?;
    let contact_id = customers::load(tx, customer_id)?.customer.contact_id;
    let credits = entries::open_items(tx, customer_id, Side::Credit)?;
    let unused: i64 = credits.iter().map(|c| c.open).sum();
    if unused == 0 {
        return refused(format!(
            "customer `{contact_id}` has no unused balance to apply"
        ));
    }
    let targets = if invoices.is_empty() {
        entries::open_items(tx, customer_id, Side::Debit)?
    } else {
        named_invoices(tx, customer_id, invoices)?
    };
    let owed: i64 = targets.iter().map(|t| t.open).sum();
    if owed == 0 {
        return refused(format!(
            "customer `{contact_id}` has no open invoices to apply credit to"
        ));
    }
    let limit = match amount {
        Some(amount) if amount.is_zero() => {
            return invalid("--amount: the amount is zero; give an amount above zero");
        }
        Some(amount) if amount.minor() > unused => {
            return invalid(format!(
                "--amount: {} is more than the unused balance of customer `{contact_id}`, {}",
                currency.format(amount),
                currency.format_minor(unused)
            ));
        }
        Some(amount) if amount.minor() > owed => {
            return invalid(format!(
                "--amount: {} is more than the {} still owe, {}; give at most that",
                currency.format(amount),
                if invoices.is_empty() {
                    "open invoices"
                } else {
                    "named invoices"
                },
                currency.format_minor(owed)
            ));
        }
        Some(amount) => amount.minor(),
        None => unused.min(owed),
    };
    record_moves(tx, &pair(&credits, &targets, limit), date)
}

/// Void the `kind` numbered `number` on `date`. Its applications stop
/// counting, so what it paid reopens and what paid it becomes unused
/// balance again.
///
/// Refused: an entry already voided, a void date before the entry, and a
/// payment whose money was paid back by a refund.
pub fn void(
    tx: &Transaction,
    number: &str,
    kind: EntryKind,
    date: NaiveDate,
) -> Result<EntryRecord> {
    let record = entries::require(tx, number, kind)?;
    let label = record.label().to_string();
    if let Some(void) = record.entry.void_date {
        return invalid(format!("{kind} `{label}` was already voided on {void}"));
    }
    if date < record.entry.date {
        return invalid(format!(
            "--date: {date} is before the {kind} itself ({}); void it on or after that day",
            record.entry.date
        ));
    }
    let refunded: Vec<String> = entries::applications(tx, record.id)?
        .into_iter()
        .filter(|a| a.counts && a.other.entry.kind == EntryKind::Refund)
        .map(|a| a.other.label().to_string())
        .collect();
    if !refunded.is_empty() {
        return refused(format!(
            "{kind} `{label}` was paid back by refund `{}`; money that went back to the \
             customer cannot be unrecorded",
            refunded.join("`, `")
        ));
    }
    entries::void(tx, record.id, date)?;
    entries::load(tx, record.id)
}
