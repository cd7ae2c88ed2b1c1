//! Entries in CSV: the columns, export, and import.
//!
//! The `applications` cell of a row lists what was applied between this
//! entry and entries before it: `NUMBER:AMOUNT`, or `NUMBER:AMOUNT@DATE`
//! when the application is dated other than the later of the two entries,
//! joined by `;`; `opening` names the customer's opening balance. Each
//! application is written once, on the row of its later entry. An empty
//! cell lets a payment settle the open items oldest first and a refund draw
//! on the oldest credit, as the commands do; `none` says nothing was
//! applied.
//!
//! An import reads the file once, recording every entry as it comes and
//! noting its applications and void in a TEMP table; it then carries those
//! out in date order, so an application made after a void (of credit the
//! void freed) finds the books as they were that day. Applications join
//! entries of one customer and a void changes only its customer's books,
//! so the events are carried out customer by customer, each customer's in
//! date order: the same outcome as one date order over all, with each
//! customer's entries read while they are still in the page cache. The history gets one
//! change per customer the import added to, not one per row.

use std::collections::HashMap;
use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction};

use super::customer::{Done, row_problem};
use super::{Columns, Counts, FieldError, Mode, Problem, Rejects, Row, Source, neutralise_row};
use crate::domain::allocation::{OpenItem, pair};
use crate::domain::customer::{clean_line, clean_text};
use crate::domain::date::{format_date, parse_date};
use crate::domain::entry::{Entry, EntryKind, Method, Side, clean_number};
use crate::domain::money::{Currency, Money};
use crate::domain::terms::PaymentTerms;
use crate::store::customer as customers;
use crate::store::entry::{self as entries, EntryFilter, EntryRecord};
use crate::store::{history, schema, top};

/// The columns of an entries file, in the order an export writes them.
pub const COLUMNS: &[&str] = &[
    "kind",
    "number",
    "contact_id",
    "date",
    "amount",
    "due_date",
    "location",
    "method",
    "reference",
    "note",
    "void_date",
    "applications",
];

/// Columns of listings that an import accepts and ignores.
pub const DERIVED: &[&str] = &["paid", "open_amount", "applied", "unused", "status"];

/// Columns an export never neutralises: amounts, dates and numbers.
const PLAIN: &[&str] = &["amount", "date", "due_date", "void_date"];

/// The `applications` cell of `record`: its applications with entries
/// before it.
fn applications_cell(
    conn: &Connection,
    record: &EntryRecord,
    currency: &Currency,
) -> Result<String> {
    let mut cell = String::new();
    for application in entries::earlier_applications(conn, record.id, record.entry.date)? {
        if !cell.is_empty() {
            cell.push(';');
        }
        cell.push_str(application.number.as_deref().unwrap_or("opening"));
        cell.push(':');
        cell.push_str(&currency.format(application.amount));
        if let Some(date) = &application.date {
            cell.push('@');
            cell.push_str(date);
        }
    }
    let draws_by_itself = matches!(record.entry.kind, EntryKind::Payment | EntryKind::Refund);
    if cell.is_empty() && draws_by_itself {
        cell.push_str("none");
    }
    Ok(cell)
}

/// Write the entries `filter` selects (openings aside: they travel with
/// their customers), by date and then as recorded, as CSV. Returns how many.
pub fn export(
    conn: &Connection,
    filter: &EntryFilter,
    currency: &Currency,
    safe: bool,
    out: impl Write,
) -> Result<usize> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS)?;
    let mut count = 0;
    entries::list(conn, filter, |record| {
        let e = &record.entry;
        if e.kind == EntryKind::Opening {
            return Ok(());
        }
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        let date = |d: Option<NaiveDate>| d.map(format_date).unwrap_or_default();
        let mut cells = vec![
            e.kind.to_string(),
            record.label().to_string(),
            record.contact_id.clone(),
            format_date(e.date),
            currency.format(e.amount),
            date(e.due_date),
            text(&e.location),
            e.method.map(|m| m.as_str().to_string()).unwrap_or_default(),
            text(&e.reference),
            text(&e.note),
            date(e.void_date),
            applications_cell(conn, &record, currency)?,
        ];
        if safe {
            neutralise_row(&mut cells, COLUMNS, PLAIN);
        }
        writer.write_record(&cells)?;
        count += 1;
        Ok(())
    })?;
    writer.flush()?;
    Ok(count)
}

/// One application named in a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Named {
    number: String,
    amount: Money,
    date: Option<NaiveDate>,
}

/// What the `applications` cell asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Wanted {
    /// Empty: as the commands do by themselves.
    Default,
    /// `none`.
    Nothing,
    Named(Vec<Named>),
}

fn parse_applications(cell: &str, currency: &Currency) -> std::result::Result<Wanted, String> {
    match cell {
        "" => return Ok(Wanted::Default),
        "none" => return Ok(Wanted::Nothing),
        _ => {}
    }
    let mut named = Vec::new();
    for part in cell.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((number, rest)) = part.rsplit_once(':') else {
            return Err(format!(
                "`{part}` is not NUMBER:AMOUNT, such as INV-000001:50.00 or INV-000001:50.00@2026-03-01"
            ));
        };
        let (amount, date) = match rest.split_once('@') {
            Some((amount, date)) => (amount, Some(parse_date(date)?)),
            None => (rest, None),
        };
        let amount = currency.parse_amount(amount)?;
        if amount.is_zero() {
            return Err(format!("`{part}` applies nothing; leave it out"));
        }
        named.push(Named {
            number: number.trim().to_string(),
            amount,
            date,
        });
    }
    Ok(Wanted::Named(named))
}

/// The TEMP tables of an entries import: where the entries its rows
/// recorded or matched came from (see `Recorded`), and the applications and
/// voids still to carry out, each with the line of its row and, when bad
/// rows go to a rejects file, the row as read.
fn prepare(tx: &Transaction) -> Result<()> {
    tx.execute_batch(
        r#"
        DROP TABLE IF EXISTS temp.import_runs;
        DROP TABLE IF EXISTS temp.import_matched;
        DROP TABLE IF EXISTS temp.import_events;
        CREATE TEMP TABLE import_runs (
            entry_id INTEGER PRIMARY KEY,
            line INTEGER NOT NULL
        );
        CREATE TEMP TABLE import_matched (
            entry_id INTEGER PRIMARY KEY,
            line INTEGER NOT NULL
        );
        CREATE TEMP TABLE import_events (
            seq INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            stage INTEGER NOT NULL,
            entry_id INTEGER NOT NULL,
            customer_id INTEGER NOT NULL,
            other TEXT,
            amount INTEGER,
            at TEXT,
            line INTEGER NOT NULL,
            inserted INTEGER NOT NULL,
            raw BLOB
        );
        "#,
    )?;
    Ok(())
}

/// The lines of the file that recorded or matched each entry, so that a
/// number given again is refused with the line that had it first.
///
/// Entries an import inserts get row ids one above another in the order of
/// their rows, and most rows take one line, so a run of rows whose ids and
/// lines both go up by one is noted once, by its first entry: a file of
/// ten million one-line rows notes one run. Entries matched by number
/// (already in the books) are noted one by one.
struct Recorded {
    /// The first row id this import inserted.
    first_entry: i64,
    /// The row id and line of the last entry inserted.
    last: Option<(i64, u64)>,
}

impl Recorded {
    fn inserted(&mut self, tx: &Transaction, id: i64, line: u64) -> Result<()> {
        if self.last != Some((id - 1, line.wrapping_sub(1))) {
            tx.prepare_cached("INSERT INTO temp.import_runs (entry_id, line) VALUES (?1, ?2)")?
                .execute((id, line as i64))?;
        }
        self.last = Some((id, line));
        Ok(())
    }

    fn matched(&self, tx: &Transaction, id: i64, line: u64) -> Result<()> {
        tx.prepare_cached("INSERT INTO temp.import_matched (entry_id, line) VALUES (?1, ?2)")?
            .execute((id, line as i64))?;
        Ok(())
    }

    /// The line that recorded or matched entry `id`, if a row did.
    fn line_of(&self, tx: &Transaction, id: i64) -> Result<Option<u64>> {
        let line = if id >= self.first_entry {
            tx.prepare_cached(
                r#"
                SELECT line + (?1 - entry_id)
                FROM temp.import_runs
                WHERE entry_id <= ?1
                ORDER BY entry_id DESC
                LIMIT 1
                "#,
            )?
            .query_row([id], |r| r.get::<_, i64>(0))
            .optional()?
        } else {
            tx.prepare_cached("SELECT line FROM temp.import_matched WHERE entry_id = ?1")?
                .query_row([id], |r| r.get::<_, i64>(0))
                .optional()?
        };
        Ok(line.map(|line| line as u64))
    }
}

/// An event's stage: applications of a day come before its voids.
const APPLY: i64 = 0;
const VOID: i64 = 1;

/// The row an event comes from: its line, whether it inserted its entry
/// (else it matched one), and the row as read when rejects are kept.
struct Origin<'a> {
    line: u64,
    inserted: bool,
    raw: Option<&'a [u8]>,
}

fn note_event(
    tx: &Transaction,
    date: NaiveDate,
    stage: i64,
    (entry_id, customer_id): (i64, i64),
    named: Option<&Named>,
    origin: &Origin,
) -> Result<()> {
    tx.prepare_cached(
        r#"
        INSERT INTO temp.import_events
            (date, stage, entry_id, customer_id, other, amount, at, line, inserted, raw)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        "#,
    )?
    .execute((
        format_date(named.and_then(|n| n.date).unwrap_or(date)),
        stage,
        entry_id,
        customer_id,
        named.map(|n| n.number.as_str()),
        named.map(|n| n.amount.minor()),
        named.and_then(|n| n.date).map(format_date),
        origin.line as i64,
        origin.inserted,
        origin.raw,
    ))?;
    Ok(())
}

/// The customers an import has looked up lately, by the contact id as the
/// file spells it: rows come in runs of one customer's entries, and an
/// import changes no customer. Held to a few thousand; full, it starts
/// afresh.
#[derive(Default)]
struct Customers {
    ids: HashMap<String, Option<i64>>,
    terms: HashMap<i64, (PaymentTerms, Option<String>)>,
}

impl Customers {
    const HELD: usize = 4096;

    fn find(&mut self, tx: &Transaction, text: &str) -> Result<Option<i64>> {
        if let Some(id) = self.ids.get(text) {
            return Ok(*id);
        }
        let id = customers::find(tx, text)?;
        if self.ids.len() >= Self::HELD {
            self.ids.clear();
        }
        self.ids.insert(text.to_string(), id);
        Ok(id)
    }

    fn terms_and_location(
        &mut self,
        tx: &Transaction,
        id: i64,
    ) -> Result<(PaymentTerms, Option<String>)> {
        if let Some(known) = self.terms.get(&id) {
            return Ok(known.clone());
        }
        let known = customers::terms_and_location(tx, id)?;
        if self.terms.len() >= Self::HELD {
            self.terms.clear();
        }
        self.terms.insert(id, known.clone());
        Ok(known)
    }
}

/// A good row, checked and ready to record.
struct Checked {
    customer_id: i64,
    entry: Entry,
    wanted: Wanted,
}

fn check_row(
    tx: &Transaction,
    known: &mut Customers,
    row: &Row,
    columns: &Columns,
    default_kind: Option<EntryKind>,
    today: NaiveDate,
    currency: &Currency,
) -> Result<std::result::Result<Checked, Vec<FieldError>>> {
    let cell = |name: &str| row.get(columns, name).unwrap_or_default();
    let mut errors = Vec::new();
    let kind = match (cell("kind"), default_kind) {
        ("", Some(kind)) => Some(kind),
        ("", None) => {
            errors.push(FieldError::new(
                "kind",
                "",
                "the kind is empty; use invoice, payment, return or refund, or give --kind",
            ));
            None
        }
        (text, default) => match (text.parse::<EntryKind>(), default) {
            (Ok(EntryKind::Opening), _) => {
                errors.push(FieldError::new(
                    "kind",
                    text,
                    "opening balances are imported with their customers",
                ));
                None
            }
            (Ok(kind), Some(given)) if given != kind => {
                errors.push(FieldError::new(
                    "kind",
                    text,
                    format!("the file was imported with --kind {given}"),
                ));
                None
            }
            (Ok(kind), _) => Some(kind),
            (Err(reason), _) => {
                errors.push(FieldError::new("kind", text, reason));
                None
            }
        },
    };
    let customer_id = match known.find(tx, cell("contact_id"))? {
        Some(id) => Some(id),
        None => {
            let reason = if cell("contact_id").is_empty() {
                "the contact id is empty".to_string()
            } else {
                "no customer has this contact id; import the customers first".to_string()
            };
            errors.push(FieldError::new("contact_id", cell("contact_id"), reason));
            None
        }
    };
    let mut date_of = |name: &str| -> Option<NaiveDate> {
        match cell(name) {
            "" => None,
            text => match parse_date(text) {
                Ok(date) => Some(date),
                Err(reason) => {
                    errors.push(FieldError::new(name, text, reason));
                    None
                }
            },
        }
    };
    let date = date_of("date").unwrap_or(today);
    let due = date_of("due_date");
    let void = date_of("void_date");
    let amount = match currency.parse_amount(cell("amount")) {
        Ok(amount) if amount.is_zero() => {
            errors.push(FieldError::new(
                "amount",
                cell("amount"),
                "the amount is zero; give an amount above zero",
            ));
            None
        }
        Ok(amount) => Some(amount),
        Err(reason) => {
            errors.push(FieldError::new("amount", cell("amount"), reason));
            None
        }
    };
    let number = match cell("number") {
        "" => None,
        text => match clean_number(text) {
            Ok(number) => Some(number),
            Err(reason) => {
                errors.push(FieldError::new("number", text, reason));
                None
            }
        },
    };
    let mut text_of = |name: &str, multi: bool| {
        let result = if multi {
            clean_text(cell(name))
        } else {
            clean_line(cell(name))
        };
        result.unwrap_or_else(|reason| {
            errors.push(FieldError::new(name, cell(name), reason));
            None
        })
    };
    let location = text_of("location", false);
    let reference = text_of("reference", false);
    let note = text_of("note", true);
    let method = match cell("method") {
        "" => None,
        text => match text.parse::<Method>() {
            Ok(method) => Some(method),
            Err(reason) => {
                errors.push(FieldError::new("method", text, reason));
                None
            }
        },
    };
    let wanted = match parse_applications(cell("applications"), currency) {
        Ok(wanted) => wanted,
        Err(reason) => {
            errors.push(FieldError::new(
                "applications",
                cell("applications"),
                reason,
            ));
            Wanted::Default
        }
    };
    if void.is_some_and(|v| v < date) {
        errors.push(FieldError::new(
            "void_date",
            cell("void_date"),
            format!("the void date is before the entry's date {date}"),
        ));
    }
    if due.is_some_and(|d| d < date) {
        errors.push(FieldError::new(
            "due_date",
            cell("due_date"),
            format!("the due date is before the entry's date {date}"),
        ));
    }
    if due.is_some() && kind.is_some_and(|k| k != EntryKind::Invoice) {
        errors.push(FieldError::new(
            "due_date",
            cell("due_date"),
            "only invoices have a due date",
        ));
    }
    let (Some(kind), Some(customer_id), Some(amount), true) =
        (kind, customer_id, amount, errors.is_empty())
    else {
        return Ok(Err(errors));
    };
    let mut entry = Entry::new(kind, date, amount);
    entry.number = number;
    entry.location = location;
    entry.method = method;
    entry.reference = reference;
    entry.note = note;
    entry.void_date = void;
    if kind == EntryKind::Invoice {
        let (terms, customer_location) = known.terms_and_location(tx, customer_id)?;
        entry.due_date = Some(match due {
            Some(due) => due,
            None => terms.due_date(date).unwrap_or(date),
        });
        // Without a location column the customer's location applies; an
        // empty cell in the column is taken as it is.
        if !columns.has("location") {
            entry.location = customer_location;
        }
    }
    Ok(Ok(Checked {
        customer_id,
        entry,
        wanted,
    }))
}

/// Whether `existing` says the same as the row's entry, in the columns the
/// file has; the void date aside, which an import may add.
fn same_entry(existing: &EntryRecord, new: &Checked, columns: &Columns) -> bool {
    let (a, b) = (&existing.entry, &new.entry);
    let has = |c: &str| columns.has(c);
    existing.customer_id == new.customer_id
        && a.kind == b.kind
        && a.amount == b.amount
        && (!has("date") || a.date == b.date)
        && (!has("due_date") || a.due_date == b.due_date)
        && (!has("location") || a.location == b.location)
        && (!has("method") || a.method == b.method)
        && (!has("reference") || a.reference == b.reference)
        && (!has("note") || a.note == b.note)
}

/// Import entries from `source` inside `tx`: see the module's description.
/// Returns the counts and the problems of bad rows; with `rejects`, bad
/// rows are written there and the good ones kept. The caller commits or
/// rolls back.
#[allow(clippy::too_many_arguments)]
pub fn import(
    tx: &Transaction,
    source: &mut Source,
    mode: Mode,
    default_kind: Option<EntryKind>,
    today: NaiveDate,
    currency: &Currency,
    mut rejects: Option<&mut Rejects>,
    mut tick: impl FnMut(),
) -> Result<(Counts, Vec<Problem>)> {
    prepare(tx)?;
    let (first_entry, first_application): (i64, i64) = tx.query_row(
        r#"
        SELECT
            coalesce((SELECT max(id) FROM entries), 0) + 1,
            coalesce((SELECT max(id) FROM applications), 0) + 1
        "#,
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    history::set_aside_import_rows(tx)?;
    // From its second new entry on, an import adds up the kept totals for
    // `top` in memory instead of by their trigger (see `record_row`). A
    // large import also sets the indexes only reports read aside and
    // builds them again at the end, each in one sorted pass.
    let mut tally: Option<top::Tally> = None;
    let existing = u64::try_from(first_entry - 1).unwrap_or(0);
    let mut set_aside: Option<schema::SetAside> = None;
    let mut read: u64 = 0;
    let columns = source.columns().clone();
    let mut counts = Counts::default();
    let mut problems = Vec::new();
    let mut known = Customers::default();
    let mut recorded = Recorded {
        first_entry,
        last: None,
    };
    // A row is kept as read only where it could still go to a rejects file.
    let keep_raw = rejects.is_some();
    let mut reject = |problem: Problem, raw: &csv::ByteRecord, counts: &mut Counts| -> Result<()> {
        counts.rejected += 1;
        if let Some(rejects) = rejects.as_deref_mut() {
            rejects.push(raw, &problem)?;
        }
        problems.push(problem);
        Ok(())
    };

    // Record every entry as it comes.
    while let Some(next) = source.next_row()? {
        tick();
        read += 1;
        if set_aside.is_none() && read % LARGE_IMPORT == 0 && read * 4 >= existing {
            set_aside = Some(schema::set_aside_report_indexes(tx)?);
        }
        let row = match next {
            Ok(row) => row,
            Err((problem, raw)) => {
                reject(problem, &raw, &mut counts)?;
                continue;
            }
        };
        let checked = match check_row(
            tx,
            &mut known,
            &row,
            &columns,
            default_kind,
            today,
            currency,
        )? {
            Ok(checked) => checked,
            Err(errors) => {
                reject(super::combine(errors, row.line), &row.raw, &mut counts)?;
                continue;
            }
        };
        let rows = (&mut recorded, keep_raw);
        match record_row(tx, &row, &columns, checked, mode, rows, &mut tally)? {
            Ok(done) => match done {
                Done::Inserted => counts.inserted += 1,
                Done::Updated => counts.updated += 1,
                Done::Unchanged => counts.unchanged += 1,
            },
            Err(problem) => reject(problem, &row.raw, &mut counts)?,
        }
    }

    // Only entries were inserted so far; what follows may void or remove
    // them, which the kept totals must hold first.
    if let Some(tally) = tally {
        top::resume_counting(tx, tally)?;
    }

    // Then apply and void in date order, customer by customer. Read as a
    // stream: the events are never all in memory.
    let mut stmt = tx.prepare(
        r#"
        SELECT ev.date, ev.stage, ev.entry_id, ev.other, ev.amount, ev.at, ev.line,
            ev.inserted, ev.raw
        FROM temp.import_events AS ev
        ORDER BY ev.customer_id, ev.date, ev.stage, ev.seq
        "#,
    )?;
    // The first step sorts every event, in a small page cache so that the
    // sort spills to temporary files instead of growing the process; the
    // applications get the whole cache back.
    let cache = schema::shrink_cache(tx)?;
    let mut sorted = false;
    // Entries whose row an application or void turned out to reject; any
    // later event of theirs is skipped.
    let mut rejected = std::collections::HashSet::new();
    let mut events = stmt.query([])?;
    while let Some(event) = events.next()? {
        if !sorted {
            schema::set_cache(tx, cache)?;
            sorted = true;
        }
        let (date, stage, entry_id, other, amount, at): (
            String,
            i64,
            i64,
            Option<String>,
            Option<i64>,
            Option<String>,
        ) = (
            event.get(0)?,
            event.get(1)?,
            event.get(2)?,
            event.get(3)?,
            event.get(4)?,
            event.get(5)?,
        );
        if rejected.contains(&entry_id) {
            continue;
        }
        let (line, inserted): (i64, bool) = (event.get(6)?, event.get(7)?);
        let line = line as u64;
        let at = at
            .map(|d| parse_date(&d))
            .transpose()
            .map_err(crate::error::Error::Invalid)?;
        let outcome = if stage == VOID {
            let date = parse_date(&date).map_err(crate::error::Error::Invalid)?;
            void_event(tx, entry_id, date, line)?
        } else {
            apply_event(
                tx,
                entry_id,
                other.as_deref(),
                amount.map(Money::from_minor),
                at,
                line,
                currency,
            )?
        };
        if let Err(problem) = outcome {
            // The row is bad after all: what it recorded goes again, and so
            // does anything applied to it, so the rest stays consistent.
            rejected.insert(entry_id);
            if inserted {
                entries::remove(tx, entry_id)?;
                counts.inserted -= 1;
            } else {
                counts.updated -= 1;
            }
            let raw: Option<Vec<u8>> = event.get(8)?;
            let raw = raw.map(|raw| raw_record(&raw)).transpose()?;
            reject(problem, &raw.unwrap_or_default(), &mut counts)?;
        }
    }
    drop(events);
    drop(stmt);
    if !sorted {
        schema::set_cache(tx, cache)?;
    }
    entries::catch_up_sequences(tx, first_entry)?;
    // Its changes by customer are two grouped sorts of everything imported.
    schema::in_small_cache(tx, || {
        history::record_import(tx, first_entry, first_application)?;
        Ok(())
    })?;
    if let Some(indexes) = set_aside {
        schema::restore_indexes(tx, indexes)?;
    }
    Ok((counts, problems))
}

/// Every this many rows, an import asks whether it has grown large against
/// the books it is added to: a quarter of the entries already there.
const LARGE_IMPORT: u64 = 100_000;

/// Write a good row's entry and note what is still to do for it.
fn record_row(
    tx: &Transaction,
    row: &Row,
    columns: &Columns,
    checked: Checked,
    mode: Mode,
    (recorded, keep_raw): (&mut Recorded, bool),
    tally: &mut Option<top::Tally>,
) -> Result<std::result::Result<Done, Problem>> {
    let problem = |column: &str, reason: String| Problem {
        line: row.line,
        column: Some(column.to_string()),
        value: row.get(columns, column).map(str::to_string),
        reason,
    };
    let mut entry = checked.entry.clone();
    entry.void_date = None;
    // A row with a number is recorded at once unless the number is taken:
    // the unique index on numbers (letter case aside) says so in the same
    // lookup that places the entry. Only a taken number, or any row of an
    // update, which never adds, looks for the entry first.
    let inserted = match (&entry.number, mode) {
        (Some(_), Mode::Insert | Mode::Upsert) => {
            entries::insert_unless_taken(tx, checked.customer_id, &entry)?
        }
        _ => None,
    };
    let existing = match (&entry.number, inserted) {
        (Some(number), None) => entries::find(tx, number)?,
        _ => None,
    };
    // A number given twice in the file finds the entry its first row
    // recorded or matched.
    if let Some(existing) = &existing {
        if let Some(first) = recorded.line_of(tx, existing.id)? {
            return Ok(Err(problem(
                "number",
                format!("the same number is on line {first}"),
            )));
        }
    }
    let result = (|| -> Result<(i64, Done)> {
        if let Some(id) = inserted {
            return Ok((id, Done::Inserted));
        }
        match (existing, mode) {
            (Some(existing), Mode::Insert) => crate::error::invalid(format!(
                "{} `{}` already exists; import with --mode upsert to skip entries already recorded",
                existing.entry.kind,
                existing.label()
            )),
            (None, Mode::Update) => crate::error::not_found(
                "no entry has this number; import with --mode upsert or insert to add it"
                    .to_string(),
            ),
            (Some(existing), _) => {
                if !same_entry(&existing, &checked, columns) {
                    return crate::error::invalid(format!(
                        "{} `{}` is already recorded with other values; entries are not changed by an \
                         import: void it and record a new one",
                        existing.entry.kind,
                        existing.label()
                    ));
                }
                match (existing.entry.void_date, checked.entry.void_date) {
                    (None, Some(_)) => Ok((existing.id, Done::Updated)),
                    _ => Ok((existing.id, Done::Unchanged)),
                }
            }
            (None, _) => {
                if entry.number.is_none() {
                    entry.number = Some(entries::next_number(tx, entry.kind)?);
                }
                let id = entries::insert(tx, checked.customer_id, &entry)?;
                Ok((id, Done::Inserted))
            }
        }
    })();
    let (id, done) = match result {
        Ok(recorded) => recorded,
        Err(error) => {
            return row_problem(error, row.line, Some("number")).map(|mut problem| {
                problem.value = row.get(columns, "number").map(str::to_string);
                Err(problem)
            });
        }
    };
    let is_new = matches!(done, Done::Inserted);
    if is_new {
        recorded.inserted(tx, id, row.line)?;
        // The trigger that keeps the totals counts the first new entry;
        // then it goes for the rest of the rows, which are added up in
        // memory. Any trigger on the table makes each insert keep a
        // statement journal, a copy of every page it changes, which cost
        // more than the insert itself. An import that adds nothing leaves
        // the schema, and so the file, as it was.
        match tally {
            Some(tally) => tally.add(
                tx,
                checked.customer_id,
                entry.kind,
                entry.date,
                entry.amount,
            )?,
            None => *tally = Some(top::stop_counting(tx)?),
        }
    } else {
        recorded.matched(tx, id, row.line)?;
    }

    // What is left to do for the row: its applications, when it is new,
    // and its void, unless it was recorded voided already.
    let mut events: Vec<(NaiveDate, i64, Option<&Named>)> = Vec::new();
    if is_new {
        let auto = checked.wanted == Wanted::Default
            && matches!(entry.kind, EntryKind::Payment | EntryKind::Refund);
        if auto {
            events.push((entry.date, APPLY, None));
        }
        if let Wanted::Named(named) = &checked.wanted {
            events.extend(named.iter().map(|n| (entry.date, APPLY, Some(n))));
        }
    }
    if let (Some(void), false) = (checked.entry.void_date, matches!(done, Done::Unchanged)) {
        events.push((void, VOID, None));
    }
    if !events.is_empty() {
        let raw = if keep_raw {
            Some(raw_bytes(&row.raw)?)
        } else {
            None
        };
        let origin = Origin {
            line: row.line,
            inserted: is_new,
            raw: raw.as_deref(),
        };
        for (date, stage, named) in events {
            note_event(tx, date, stage, (id, checked.customer_id), named, &origin)?;
        }
    }
    Ok(Ok(done))
}

fn raw_bytes(raw: &csv::ByteRecord) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_byte_record(raw)?;
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}

fn raw_record(bytes: &[u8]) -> Result<csv::ByteRecord> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    reader.read_byte_record(&mut record)?;
    Ok(record)
}

fn void_event(
    tx: &Transaction,
    entry_id: i64,
    date: NaiveDate,
    line: u64,
) -> Result<std::result::Result<(), Problem>> {
    let record = entries::load(tx, entry_id)?;
    match crate::ops::entry::void(tx, record.label(), record.entry.kind, date) {
        Ok(_) => Ok(Ok(())),
        Err(error) => row_problem(error, line, Some("void_date")).map(Err),
    }
}

/// Carry out one application of the row whose entry is `entry_id`: the one
/// named (`other`, `amount`, `at`), or with `other` `None` the commands' own
/// rule for a payment or refund.
fn apply_event(
    tx: &Transaction,
    entry_id: i64,
    other: Option<&str>,
    amount: Option<Money>,
    at: Option<NaiveDate>,
    line: u64,
    currency: &Currency,
) -> Result<std::result::Result<(), Problem>> {
    let me = entries::brief(tx, entry_id)?;
    let problem = |reason: String| Problem {
        line,
        column: Some("applications".into()),
        value: other.map(str::to_string),
        reason,
    };
    let Some(other) = other else {
        // Oldest first, among what existed on the entry's day.
        let (side, own) = match me.side {
            Side::Credit => (Side::Debit, true),
            Side::Debit => (Side::Credit, false),
        };
        let items = entries::open_items_until(tx, me.customer_id, side, Some(me.date))?;
        let mine = [OpenItem {
            id: me.id,
            open: me.open.minor(),
        }];
        let moves = if own {
            pair(&mine, &items, i64::MAX)
        } else {
            pair(&items, &mine, i64::MAX)
        };
        let placed: i64 = moves.iter().map(|m| m.2).sum();
        if me.kind == EntryKind::Refund && placed < me.amount.minor() {
            return Ok(Err(problem(format!(
                "the refund of {} is more than the customer's unused balance of {} that day",
                currency.format(me.amount),
                currency.format_minor(placed)
            ))));
        }
        for (credit, debit, amount) in moves {
            entries::apply(tx, credit, debit, amount, me.date)?;
        }
        return Ok(Ok(()));
    };
    let amount = amount.expect("a named application has its amount");
    let target = if other.eq_ignore_ascii_case("opening") {
        match entries::opening_of(tx, me.customer_id)? {
            Some(id) => entries::brief(tx, id)?,
            None => return Ok(Err(problem("the customer has no opening balance".into()))),
        }
    } else {
        match entries::brief_by_number(tx, other)? {
            Some(record) => record,
            None => return Ok(Err(problem(format!("no entry is numbered `{other}`")))),
        }
    };
    if target.customer_id != me.customer_id {
        return Ok(Err(problem(format!(
            "`{}` belongs to customer `{}`, not `{}`",
            target.label(),
            customers::contact_id(tx, target.customer_id)?,
            customers::contact_id(tx, me.customer_id)?
        ))));
    }
    if target.side == me.side {
        return Ok(Err(problem(format!(
            "`{}` is a {} like this {}; an application joins a credit (payment, return) to a \
             debit (invoice, refund)",
            target.label(),
            target.kind,
            me.kind
        ))));
    }
    if target.void_date.is_some() {
        return Ok(Err(problem(format!(
            "`{}` is voided by then",
            target.label()
        ))));
    }
    let date = at.unwrap_or(me.date.max(target.date));
    if date < me.date.max(target.date) {
        return Ok(Err(problem(format!(
            "the application is dated {date}, before one of its entries"
        ))));
    }
    for (record, name) in [(&me, me.label()), (&target, target.label())] {
        if amount > record.open {
            return Ok(Err(problem(format!(
                "{} is more than `{name}` has open, {}",
                currency.format(amount),
                currency.format(record.open)
            ))));
        }
    }
    let (credit, debit) = match me.side {
        Side::Credit => (me.id, target.id),
        Side::Debit => (target.id, me.id),
    };
    entries::apply(tx, credit, debit, amount.minor(), date)?;
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applications_cells_are_read_exactly() {
        let usd = Currency::default();
        assert_eq!(parse_applications("", &usd).unwrap(), Wanted::Default);
        assert_eq!(parse_applications("none", &usd).unwrap(), Wanted::Nothing);
        let Wanted::Named(named) =
            parse_applications("INV-1:50.00; opening:0.5@2026-03-01", &usd).unwrap()
        else {
            panic!("named");
        };
        assert_eq!(
            named[0],
            Named {
                number: "INV-1".into(),
                amount: Money::from_minor(5000),
                date: None
            }
        );
        assert_eq!(named[1].number, "opening");
        assert_eq!(named[1].date, NaiveDate::from_ymd_opt(2026, 3, 1));
        assert!(
            parse_applications("INV-1", &usd)
                .unwrap_err()
                .contains("NUMBER:AMOUNT")
        );
        assert!(
            parse_applications("INV-1:1,000", &usd)
                .unwrap_err()
                .contains("comma")
        );
        assert!(
            parse_applications("INV-1:5@2026-02-30", &usd)
                .unwrap_err()
                .contains("does not exist")
        );
    }
}
