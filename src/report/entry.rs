//! Columns and rows for entries: invoice and payment listings, one entry in
//! full, and a customer's ledger.

use chrono::NaiveDate;

use crate::domain::entry::{EntryKind, Side};
use crate::domain::money::Currency;
use crate::render::Value;
use crate::store::entry::{ApplicationRecord, EntryRecord};

/// The columns of `invoice list`.
pub const INVOICE_COLUMNS: &[&str] = &[
    "number",
    "contact_id",
    "date",
    "due_date",
    "amount",
    "paid",
    "open_amount",
    "status",
    "location",
    "note",
];

/// The columns of `payment list`.
pub const PAYMENT_COLUMNS: &[&str] = &[
    "number",
    "contact_id",
    "date",
    "amount",
    "method",
    "reference",
    "applied",
    "unused",
    "status",
];

fn date(value: Option<NaiveDate>) -> Value {
    value.map_or(Value::Null, Value::Date)
}

/// One row of `invoice list`.
pub fn invoice_row(record: &EntryRecord, currency: &Currency) -> Vec<Value> {
    let e = &record.entry;
    vec![
        Value::Text(record.label().to_string()),
        Value::Text(record.contact_id.clone()),
        Value::Date(e.date),
        date(e.due_date),
        Value::Money(currency.decimal(e.amount.minor())),
        Value::Money(currency.decimal(record.applied().minor())),
        Value::Money(currency.decimal(record.open.minor())),
        Value::Text(record.status().to_string()),
        Value::text(e.location.as_deref()),
        Value::text(e.note.as_deref()),
    ]
}

/// One row of `payment list`.
pub fn payment_row(record: &EntryRecord, currency: &Currency) -> Vec<Value> {
    let e = &record.entry;
    vec![
        Value::Text(record.label().to_string()),
        Value::Text(record.contact_id.clone()),
        Value::Date(e.date),
        Value::Money(currency.decimal(e.amount.minor())),
        Value::text(e.method.map(|m| m.as_str())),
        Value::text(e.reference.as_deref()),
        Value::Money(currency.decimal(record.applied().minor())),
        Value::Money(currency.decimal(record.open.minor())),
        Value::Text(record.status().to_string()),
    ]
}

/// Every field of one entry, and where its money went or came from.
pub fn entry_fields(
    record: &EntryRecord,
    applications: &[ApplicationRecord],
    currency: &Currency,
) -> Vec<(&'static str, Value)> {
    let e = &record.entry;
    let money = |minor: i64| Value::Money(currency.decimal(minor));
    let (applied_name, open_name) = match e.side {
        Side::Debit => ("paid", "open_amount"),
        Side::Credit => ("applied", "unused"),
    };
    let links = applications
        .iter()
        .map(|a| {
            vec![
                ("date".to_string(), Value::Date(a.date)),
                (
                    "kind".to_string(),
                    Value::Text(a.other.entry.kind.to_string()),
                ),
                (
                    "number".to_string(),
                    Value::Text(a.other.label().to_string()),
                ),
                ("amount".to_string(), money(a.amount.minor())),
                ("counts".to_string(), Value::Bool(a.counts)),
            ]
        })
        .collect();
    vec![
        ("number", Value::Text(record.label().to_string())),
        ("kind", Value::Text(e.kind.to_string())),
        ("contact_id", Value::Text(record.contact_id.clone())),
        ("date", Value::Date(e.date)),
        ("due_date", date(e.due_date)),
        ("amount", money(e.amount.minor())),
        (applied_name, money(record.applied().minor())),
        (open_name, money(record.open.minor())),
        ("status", Value::Text(record.status().to_string())),
        ("location", Value::text(e.location.as_deref())),
        ("method", Value::text(e.method.map(|m| m.as_str()))),
        ("reference", Value::text(e.reference.as_deref())),
        ("note", Value::text(e.note.as_deref())),
        ("void_date", date(e.void_date)),
        ("applications", Value::Objects(links)),
    ]
}

/// The columns of a customer's ledger.
pub const LEDGER_COLUMNS: &[&str] = &[
    "date",
    "kind",
    "number",
    "due_date",
    "reference",
    "debit",
    "credit",
    "balance",
];

/// One line of a ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerLine {
    pub date: Option<NaiveDate>,
    /// An entry kind, `void`, or `brought_forward`.
    pub kind: String,
    pub number: Option<String>,
    pub due_date: Option<NaiveDate>,
    pub reference: Option<String>,
    pub debit: i64,
    pub credit: i64,
    /// The running balance after this line: positive when receivable.
    pub balance: i64,
}

/// A customer's ledger between `from` and `to` (both included): a first
/// line with the balance brought forward from before `from`, then every
/// entry in date order with its debit or credit and the running balance.
/// A voided entry appears on its own date and again, reversed, on the day
/// it was voided, so every running balance is what the books said that day.
///
/// `records` are all the customer's entries, voided ones included.
pub fn ledger(
    records: &[EntryRecord],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Vec<LedgerLine> {
    // (date, order within the day, line without balance)
    let mut events: Vec<(NaiveDate, (u8, i64), LedgerLine)> = Vec::new();
    for record in records {
        let e = &record.entry;
        let (debit, credit) = match e.side {
            Side::Debit => (e.amount.minor(), 0),
            Side::Credit => (0, e.amount.minor()),
        };
        let first = u8::from(e.kind != EntryKind::Opening);
        let reference = match e.kind {
            EntryKind::Payment | EntryKind::Refund => {
                let parts: Vec<&str> = e
                    .method
                    .map(|m| m.as_str())
                    .into_iter()
                    .chain(e.reference.as_deref())
                    .collect();
                (!parts.is_empty()).then(|| parts.join(" "))
            }
            _ => e.note.clone(),
        };
        events.push((
            e.date,
            (first, record.id),
            LedgerLine {
                date: Some(e.date),
                kind: e.kind.to_string(),
                number: record.entry.number.clone(),
                due_date: e.due_date,
                reference,
                debit,
                credit,
                balance: 0,
            },
        ));
        if let Some(void) = e.void_date {
            events.push((
                void,
                (2, record.id),
                LedgerLine {
                    date: Some(void),
                    kind: "void".to_string(),
                    number: record.entry.number.clone(),
                    due_date: None,
                    reference: Some(format!("voids {} of {}", e.kind, e.date)),
                    debit: credit,
                    credit: debit,
                    balance: 0,
                },
            ));
        }
    }
    events.sort_by_key(|event| (event.0, event.1));

    let mut balance = 0;
    let mut lines = vec![LedgerLine {
        date: from,
        kind: "brought_forward".to_string(),
        number: None,
        due_date: None,
        reference: None,
        debit: 0,
        credit: 0,
        balance: 0,
    }];
    for (date, _, mut line) in events {
        if to.is_some_and(|to| date > to) {
            break;
        }
        balance += line.debit - line.credit;
        if from.is_some_and(|from| date < from) {
            lines[0].balance = balance;
            continue;
        }
        line.balance = balance;
        lines.push(line);
    }
    lines
}

/// One ledger line as a row.
pub fn ledger_row(line: &LedgerLine, currency: &Currency) -> Vec<Value> {
    let money = |minor: i64| Value::Money(currency.decimal(minor));
    let amount = |minor: i64| {
        if minor == 0 {
            Value::Null
        } else {
            money(minor)
        }
    };
    vec![
        date(line.date),
        Value::Text(line.kind.clone()),
        Value::text(line.number.as_deref()),
        date(line.due_date),
        Value::text(line.reference.as_deref()),
        amount(line.debit),
        amount(line.credit),
        money(line.balance),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::Entry;
    use crate::domain::money::Money;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn record(
        id: i64,
        kind: EntryKind,
        date: NaiveDate,
        amount: i64,
        void: Option<NaiveDate>,
    ) -> EntryRecord {
        let mut entry = Entry::new(kind, date, Money::from_minor(amount));
        entry.number = Some(format!("N{id}"));
        entry.void_date = void;
        EntryRecord {
            id,
            customer_id: 1,
            contact_id: "A".into(),
            entry,
            open: Money::ZERO,
        }
    }

    #[test]
    fn ledger_runs_the_balance_and_shows_voids_on_their_day() {
        let records = [
            record(1, EntryKind::Invoice, day(2), 10_000, Some(day(9))),
            record(2, EntryKind::Payment, day(5), 4_000, None),
            record(3, EntryKind::Invoice, day(7), 2_500, None),
        ];
        let lines = ledger(&records, None, None);
        let summary: Vec<(&str, i64)> =
            lines.iter().map(|l| (l.kind.as_str(), l.balance)).collect();
        assert_eq!(
            summary,
            [
                ("brought_forward", 0),
                ("invoice", 10_000),
                ("payment", 6_000),
                ("invoice", 8_500),
                ("void", -1_500)
            ]
        );
        let windowed = ledger(&records, Some(day(6)), Some(day(8)));
        let summary: Vec<(&str, i64)> = windowed
            .iter()
            .map(|l| (l.kind.as_str(), l.balance))
            .collect();
        assert_eq!(summary, [("brought_forward", 6_000), ("invoice", 8_500)]);
        assert_eq!(windowed[0].date, Some(day(6)));
    }
}
