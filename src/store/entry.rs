//! SQL for entries and the applications of credits to debits.
//!
//! Each entry keeps its open amount (what a debit still lacks, what a credit
//! has left) so that reports read open items straight from an index. A new
//! application between two entries that count lowers both by its amount;
//! after any other change to applications or voids, `refresh_open`
//! recomputes it from the applications that still count. `check` verifies
//! every open amount against that sum.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, ToSql, Transaction};

use crate::domain::allocation::OpenItem;
use crate::domain::customer::Opening;
use crate::domain::date::{format_date, parse_date};
use crate::domain::entry::{Entry, EntryKind, Method, Side, format_number};
use crate::domain::money::{Currency, Money};
use crate::error::{Error, not_found, refused};

use super::on_unique;

/// A stored entry with its customer and what is still open on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRecord {
    pub id: i64,
    pub customer_id: i64,
    pub contact_id: String,
    pub entry: Entry,
    /// What a debit still lacks or a credit has left; zero once voided.
    pub open: Money,
}

impl EntryRecord {
    /// What has been applied to or from this entry.
    pub fn applied(&self) -> Money {
        if self.entry.void_date.is_some() {
            return Money::ZERO;
        }
        Money::from_minor(self.entry.amount.minor() - self.open.minor())
    }

    /// `open`, `paid` (or `used` for a credit), or `void`.
    pub fn status(&self) -> &'static str {
        match (self.entry.void_date, self.open.is_zero(), self.entry.side) {
            (Some(_), _, _) => "void",
            (None, false, _) => "open",
            (None, true, Side::Debit) => "paid",
            (None, true, Side::Credit) => "used",
        }
    }

    /// The entry's number, or `opening` for an opening balance.
    pub fn label(&self) -> &str {
        self.entry.number.as_deref().unwrap_or("opening")
    }
}

const SELECT_ENTRY: &str = r#"
    SELECT
        e.id, e.customer_id, c.contact_id, e.kind, e.side, e.number, e.date,
        e.amount, e.open_amount, e.due_date, e.location, e.method, e.reference,
        e.note, e.void_date
    FROM entries AS e
    JOIN customers AS c ON c.id = e.customer_id
"#;

fn conversion_error(column: usize, message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, Type::Text, message.into())
}

fn date_at(row: &Row, column: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(column)?;
    text.map(|t| parse_date(&t).map_err(|e| conversion_error(column, e)))
        .transpose()
}

fn parse_at<T: std::str::FromStr<Err = String>>(row: &Row, column: usize) -> rusqlite::Result<T> {
    let text: String = row.get(column)?;
    text.parse().map_err(|e| conversion_error(column, e))
}

fn record_from_row(row: &Row) -> rusqlite::Result<EntryRecord> {
    let method: Option<String> = row.get(11)?;
    let entry = Entry {
        kind: parse_at(row, 3)?,
        side: parse_at(row, 4)?,
        number: row.get(5)?,
        date: date_at(row, 6)?.ok_or_else(|| conversion_error(6, "no date".into()))?,
        amount: Money::from_minor(row.get(7)?),
        due_date: date_at(row, 9)?,
        location: row.get(10)?,
        method: method
            .map(|m| m.parse::<Method>().map_err(|e| conversion_error(11, e)))
            .transpose()?,
        reference: row.get(12)?,
        note: row.get(13)?,
        void_date: date_at(row, 14)?,
    };
    Ok(EntryRecord {
        id: row.get(0)?,
        customer_id: row.get(1)?,
        contact_id: row.get(2)?,
        entry,
        open: Money::from_minor(row.get(8)?),
    })
}

/// The few facts of an entry that applying credit to it checks: without
/// its customer's contact id or its texts, so an import carrying out
/// hundreds of thousands of applications reads only the entry's own row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryBrief {
    pub id: i64,
    pub customer_id: i64,
    pub kind: EntryKind,
    pub side: Side,
    pub number: Option<String>,
    pub date: NaiveDate,
    pub amount: Money,
    pub open: Money,
    pub void_date: Option<NaiveDate>,
}

impl EntryBrief {
    /// The entry's number, or `opening` for an opening balance.
    pub fn label(&self) -> &str {
        self.number.as_deref().unwrap_or("opening")
    }
}

/// The select of an entry's brief, as a literal so that each lookup's
/// statement is made at compile time rather than on every call.
macro_rules! select_brief {
    () => {
        r#"
        SELECT id, customer_id, kind, side, number, date, amount, open_amount, void_date
        FROM entries
        "#
    };
}

fn brief_from_row(row: &Row) -> rusqlite::Result<EntryBrief> {
    Ok(EntryBrief {
        id: row.get(0)?,
        customer_id: row.get(1)?,
        kind: parse_at(row, 2)?,
        side: parse_at(row, 3)?,
        number: row.get(4)?,
        date: date_at(row, 5)?.ok_or_else(|| conversion_error(5, "no date".into()))?,
        amount: Money::from_minor(row.get(6)?),
        open: Money::from_minor(row.get(7)?),
        void_date: date_at(row, 8)?,
    })
}

/// The brief of the entry with row id `id`.
pub fn brief(conn: &Connection, id: i64) -> Result<EntryBrief> {
    let sql = concat!(select_brief!(), "WHERE id = ?1");
    Ok(conn.prepare_cached(sql)?.query_row([id], brief_from_row)?)
}

/// The brief of the entry numbered `number` (letter case aside), or `None`.
pub fn brief_by_number(conn: &Connection, number: &str) -> Result<Option<EntryBrief>> {
    let sql = concat!(select_brief!(), "WHERE number = ?1");
    Ok(conn
        .prepare_cached(sql)?
        .query_row([number.trim()], brief_from_row)
        .optional()?)
}

/// The entry with row id `id`.
pub fn load(conn: &Connection, id: i64) -> Result<EntryRecord> {
    let sql = format!("{SELECT_ENTRY} WHERE e.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], record_from_row)?)
}

/// The entry numbered `number` (letter case aside), or `None`.
pub fn find(conn: &Connection, number: &str) -> Result<Option<EntryRecord>> {
    let sql = format!("{SELECT_ENTRY} WHERE e.number = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([number.trim()], record_from_row)
        .optional()?)
}

/// The entry numbered `number`, which must be of kind `kind`.
///
/// A missing number, or one of another kind, is `Error::NotFound` with the
/// command that would show it.
pub fn require(conn: &Connection, number: &str, kind: EntryKind) -> Result<EntryRecord> {
    match find(conn, number)? {
        Some(record) if record.entry.kind == kind => Ok(record),
        Some(record) => not_found(format!(
            "`{}` is a {}, not {} {kind}; see `duebook {} show {}`",
            record.label(),
            record.entry.kind,
            article(kind),
            record.entry.kind,
            record.label()
        )),
        None => not_found(format!(
            "no {kind} is numbered `{}`; see `duebook {kind} list`",
            number.trim()
        )),
    }
}

fn article(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Invoice | EntryKind::Opening => "an",
        _ => "a",
    }
}

/// The next free generated number for `kind`, such as `INV-000124`. Numbers
/// an operator gave by hand are skipped.
pub fn next_number(tx: &Transaction, kind: EntryKind) -> Result<String> {
    let mut next: i64 = tx
        .prepare_cached(
            r#"
            SELECT next
            FROM sequences
            WHERE kind = ?1
            "#,
        )?
        .query_row([kind.as_str()], |row| row.get(0))
        .optional()?
        .unwrap_or(1);
    loop {
        let number = format_number(kind, next);
        next += 1;
        if find(tx, &number)?.is_none() {
            tx.prepare_cached(
                r#"
                INSERT INTO sequences (kind, next)
                VALUES (?1, ?2)
                ON CONFLICT (kind) DO UPDATE SET next = excluded.next
                "#,
            )?
            .execute((kind.as_str(), next))?;
            return Ok(number);
        }
    }
}

/// The insert of one entry, as a literal so that `insert_unless_taken`
/// adds its conflict clause at compile time rather than on every row.
macro_rules! insert_entry {
    () => {
        r#"
        INSERT INTO entries (
            customer_id, kind, side, number, date, amount, open_amount,
            due_date, location, method, reference, note, void_date
        )
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
        "#
    };
}

/// Record an entry for the customer with row id `customer_id`, fully open;
/// returns its row id. A number already used is `Error::Invalid`.
pub fn insert(tx: &Transaction, customer_id: i64, entry: &Entry) -> Result<i64> {
    let inserted = on_unique(run_insert(tx, insert_entry!(), customer_id, entry), || {
        format!(
            "entry number `{}` is already used; choose another, or leave --number out to \
             have one made",
            entry.number.as_deref().unwrap_or_default()
        )
    })?;
    debug_assert_eq!(inserted, 1);
    Ok(tx.last_insert_rowid())
}

/// Like `insert`, but when the number is already used (in any letter case)
/// nothing is written and the answer is `None`: an import then looks up
/// the entry that has it, and only then.
pub fn insert_unless_taken(
    tx: &Transaction,
    customer_id: i64,
    entry: &Entry,
) -> Result<Option<i64>> {
    let sql = concat!(insert_entry!(), "ON CONFLICT DO NOTHING");
    let inserted = run_insert(tx, sql, customer_id, entry)?;
    Ok((inserted == 1).then(|| tx.last_insert_rowid()))
}

/// Run `sql`, an insert of one entry, with the entry's values; returns how
/// many rows it wrote.
fn run_insert(
    tx: &Transaction,
    sql: &str,
    customer_id: i64,
    entry: &Entry,
) -> rusqlite::Result<usize> {
    let mut stmt = tx.prepare_cached(sql)?;
    let params: [&dyn ToSql; 12] = [
        &customer_id,
        &entry.kind.as_str(),
        &entry.side.as_str(),
        &entry.number,
        &format_date(entry.date),
        &entry.amount.minor(),
        &entry.due_date.map(format_date),
        &entry.location,
        &entry.method.map(Method::as_str),
        &entry.reference,
        &entry.note,
        &entry.void_date.map(format_date),
    ];
    stmt.execute(params.as_slice())
}

/// The customer's open items on one side, oldest first: the opening balance
/// before everything, then by due date (debits) or date (credits), then as
/// entered.
pub fn open_items(conn: &Connection, customer_id: i64, side: Side) -> Result<Vec<OpenItem>> {
    open_items_until(conn, customer_id, side, None)
}

/// Like `open_items`, only among the entries dated on or before `until`
/// when it is given.
pub fn open_items_until(
    conn: &Connection,
    customer_id: i64,
    side: Side,
    until: Option<NaiveDate>,
) -> Result<Vec<OpenItem>> {
    let items = conn
        .prepare_cached(
            r#"
            SELECT id, open_amount
            FROM entries
            WHERE customer_id = ?1
              AND side = ?2
              AND void_date IS NULL
              AND open_amount > 0
              AND (?3 IS NULL OR date <= ?3)
            ORDER BY kind <> 'opening', coalesce(due_date, date), date, id
            "#,
        )?
        .query_map(
            (customer_id, side.as_str(), until.map(format_date)),
            |row| {
                Ok(OpenItem {
                    id: row.get(0)?,
                    open: row.get(1)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(items)
}

/// Record that `amount` of credit `credit_id` went to debit `debit_id`, on
/// `date`, and bring both open amounts up to date.
pub fn apply(
    tx: &Transaction,
    credit_id: i64,
    debit_id: i64,
    amount: i64,
    date: NaiveDate,
) -> Result<()> {
    tx.prepare_cached(
        r#"
        INSERT INTO applications (credit_id, debit_id, amount, date)
        VALUES (?1, ?2, ?3, ?4)
        "#,
    )?
    .execute((credit_id, debit_id, amount, format_date(date)))?;
    // Between two entries that still count, the new application is all
    // that changes what each has open: both go down by its amount (the
    // table's check keeps either from going below zero). Should either
    // end be voided, both are worked out again from their applications,
    // which undoes the lowering of the other. Each end is its own
    // statement of one row by its id: a statement that may change several
    // rows, or has a subquery in its condition, keeps a statement journal
    // in case it fails halfway, and that journal cost more than the update.
    let mut lower = tx.prepare_cached(
        r#"
        UPDATE entries
        SET open_amount = open_amount - ?2
        WHERE id = ?1
          AND void_date IS NULL
        "#,
    )?;
    let lowered = lower.execute((credit_id, amount))? + lower.execute((debit_id, amount))?;
    if lowered != 2 {
        refresh_open(tx, credit_id)?;
        refresh_open(tx, debit_id)?;
    }
    Ok(())
}

/// SQL for what has been applied to or from the entry aliased `e`, counting
/// only applications whose other end is not voided. An entry is either a
/// credit or a debit, so one of the two sums is always zero; each reads one
/// index of the applications.
pub(crate) const COUNTED_APPLIED: &str = r#"(
    coalesce((
        SELECT sum(a.amount)
        FROM applications AS a
        JOIN entries AS other ON other.id = a.debit_id
        WHERE a.credit_id = e.id
          AND other.void_date IS NULL
    ), 0)
    + coalesce((
        SELECT sum(a.amount)
        FROM applications AS a
        JOIN entries AS other ON other.id = a.credit_id
        WHERE a.debit_id = e.id
          AND other.void_date IS NULL
    ), 0)
)"#;

/// Recompute an entry's open amount from the applications that still count
/// (neither end voided); a voided entry has nothing open.
pub fn refresh_open(tx: &Transaction, id: i64) -> Result<()> {
    let sql = format!(
        r#"
        UPDATE entries AS e
        SET open_amount = CASE
            WHEN e.void_date IS NOT NULL THEN 0
            ELSE e.amount - {COUNTED_APPLIED}
        END
        WHERE e.id = ?1
        "#
    );
    tx.prepare_cached(&sql)?.execute([id])?;
    Ok(())
}

/// One application seen from one of its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationRecord {
    /// The entry at the other end.
    pub other: EntryRecord,
    pub amount: Money,
    pub date: NaiveDate,
    /// False once either end is voided.
    pub counts: bool,
}

/// Every application to or from the entry with row id `id`, oldest first.
pub fn applications(conn: &Connection, id: i64) -> Result<Vec<ApplicationRecord>> {
    let rows = conn
        .prepare_cached(
            r#"
            SELECT
                CASE WHEN a.credit_id = ?1 THEN a.debit_id ELSE a.credit_id END,
                a.amount, a.date
            FROM applications AS a
            WHERE a.credit_id = ?1
               OR a.debit_id = ?1
            ORDER BY a.date, a.id
            "#,
        )?
        .query_map([id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let this_void = load(conn, id)?.entry.void_date.is_some();
    rows.into_iter()
        .map(|(other, amount, date)| {
            let other = load(conn, other)?;
            let counts = !this_void && other.entry.void_date.is_none();
            let date = parse_date(&date).map_err(Error::Invalid)?;
            Ok(ApplicationRecord {
                other,
                amount: Money::from_minor(amount),
                date,
                counts,
            })
        })
        .collect()
}

/// An application between an entry and one recorded before it, as an
/// export writes it on the later entry's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierApplication {
    /// The earlier entry's number; `None` for an opening balance.
    pub number: Option<String>,
    pub amount: Money,
    /// The application's date when it is not the later of its entries'
    /// dates (ISO text, as stored), else `None`.
    pub date: Option<String>,
}

/// The applications between the entry `id` dated `date` and entries before
/// it (an opening balance, or an entry dated earlier or recorded earlier on
/// the same day), oldest first. One query of two index probes, reading
/// only the columns an export writes.
pub fn earlier_applications(
    conn: &Connection,
    id: i64,
    date: NaiveDate,
) -> Result<Vec<EarlierApplication>> {
    let rows = conn
        .prepare_cached(
            r#"
            SELECT o.number, a.amount, iif(a.date <> max(o.date, ?2), a.date, NULL),
                   a.date, a.id
            FROM applications AS a
            CROSS JOIN entries AS o ON o.id = a.debit_id
            WHERE a.credit_id = ?1
              AND (o.kind = 'opening' OR o.date < ?2 OR (o.date = ?2 AND o.id < ?1))
            UNION ALL
            SELECT o.number, a.amount, iif(a.date <> max(o.date, ?2), a.date, NULL),
                   a.date, a.id
            FROM applications AS a
            CROSS JOIN entries AS o ON o.id = a.credit_id
            WHERE a.debit_id = ?1
              AND (o.kind = 'opening' OR o.date < ?2 OR (o.date = ?2 AND o.id < ?1))
            ORDER BY 4, 5
            "#,
        )?
        .query_map((id, format_date(date)), |row| {
            Ok(EarlierApplication {
                number: row.get(0)?,
                amount: Money::from_minor(row.get(1)?),
                date: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The entries at the other ends of the applications of entry `id`.
fn linked(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    let others = conn
        .prepare_cached(
            r#"
            SELECT CASE WHEN credit_id = ?1 THEN debit_id ELSE credit_id END
            FROM applications
            WHERE credit_id = ?1
               OR debit_id = ?1
            "#,
        )?
        .query_map([id], |row| row.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(others)
}

/// Void the entry with row id `id` on `date`: it stops counting, and so do
/// its applications, so the entries at their other ends reopen.
pub fn void(tx: &Transaction, id: i64, date: NaiveDate) -> Result<()> {
    tx.prepare_cached(
        r#"
        UPDATE entries
        SET void_date = ?2
        WHERE id = ?1
        "#,
    )?
    .execute((id, format_date(date)))?;
    let others = linked(tx, id)?;
    refresh_open(tx, id)?;
    for other in others {
        refresh_open(tx, other)?;
    }
    Ok(())
}

/// Make the customer's opening entry match its opening balance: create,
/// change or remove it.
///
/// Refused when credit has already been applied to or from the opening and
/// the change would take it away: a smaller amount than what is applied,
/// another balance type, or no opening at all.
pub fn sync_opening(
    tx: &Transaction,
    customer_id: i64,
    opening: Option<Opening>,
    date: NaiveDate,
    currency: &Currency,
) -> Result<()> {
    let existing: Option<(i64, String, i64, i64)> = tx
        .prepare_cached(
            r#"
            SELECT id, side, amount, open_amount
            FROM entries
            WHERE customer_id = ?1
              AND kind = 'opening'
            "#,
        )?
        .query_row([customer_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()?;
    let wanted = opening.filter(|o| !o.amount.is_zero()).map(|o| {
        let side = match o.kind {
            crate::domain::customer::BalanceType::Receivable => Side::Debit,
            crate::domain::customer::BalanceType::Payable => Side::Credit,
        };
        (side, o.amount.minor())
    });
    match (existing, wanted) {
        (None, None) => Ok(()),
        (None, Some((side, amount))) => {
            let mut entry = Entry::new(EntryKind::Opening, date, Money::from_minor(amount));
            entry.side = side;
            // A receivable opening is due on its date, like an invoice.
            entry.due_date = (side == Side::Debit).then_some(date);
            insert(tx, customer_id, &entry)?;
            Ok(())
        }
        (Some((id, side, amount, open)), wanted) => {
            let applied = amount - open;
            let same_side = wanted.is_some_and(|(s, _)| s.as_str() == side);
            let new_amount = wanted.map_or(0, |(_, a)| a);
            if applied > 0 && (!same_side || new_amount < applied) {
                return refused(format!(
                    "{} of the opening balance is already settled by other entries, so the \
                     opening cannot become {}; keep at least that much, of the same type",
                    currency.format_minor(applied),
                    match opening.filter(|o| !o.amount.is_zero()) {
                        Some(o) => format!("{} {}", o.kind.as_str(), currency.format(o.amount)),
                        None => "nothing".to_string(),
                    }
                ));
            }
            match wanted {
                None => {
                    tx.execute(
                        r#"
                        DELETE FROM entries
                        WHERE id = ?1
                        "#,
                        [id],
                    )?;
                }
                Some((side, amount)) => {
                    tx.execute(
                        r#"
                        UPDATE entries
                        SET side = ?2,
                            amount = ?3,
                            open_amount = ?3 - ?4,
                            date = ?5,
                            due_date = CASE ?2 WHEN 'debit' THEN ?5 END
                        WHERE id = ?1
                        "#,
                        (id, side.as_str(), amount, applied, format_date(date)),
                    )?;
                }
            }
            Ok(())
        }
    }
}

/// The customer's `limit` latest entries, newest first.
pub fn latest(conn: &Connection, customer_id: i64, limit: u32) -> Result<Vec<EntryRecord>> {
    let sql =
        format!("{SELECT_ENTRY} WHERE e.customer_id = ?1 ORDER BY e.date DESC, e.id DESC LIMIT ?2");
    let records = conn
        .prepare_cached(&sql)?
        .query_map((customer_id, limit), record_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(records)
}

/// The row id of customer `customer_id`'s opening entry, if it has one.
pub fn opening_of(conn: &Connection, customer_id: i64) -> Result<Option<i64>> {
    let id = conn
        .prepare_cached(
            r#"
            SELECT id
            FROM entries
            WHERE customer_id = ?1
              AND kind = 'opening'
            "#,
        )?
        .query_row([customer_id], |row| row.get(0))
        .optional()?;
    Ok(id)
}

/// Fold opening entry `from` into opening entry `into`, of the same side:
/// `into` takes the sum of both amounts, the earlier date and every
/// application of `from`, and `from` is deleted. Used by a merge, which then
/// gives the surviving customer the matching opening balance.
pub fn fold_opening(tx: &Transaction, from: i64, into: i64) -> Result<()> {
    tx.execute(
        r#"
        UPDATE applications
        SET credit_id = CASE WHEN credit_id = ?1 THEN ?2 ELSE credit_id END,
            debit_id = CASE WHEN debit_id = ?1 THEN ?2 ELSE debit_id END
        WHERE credit_id = ?1
           OR debit_id = ?1
        "#,
        (from, into),
    )?;
    tx.execute(
        r#"
        UPDATE entries AS e
        SET amount = e.amount + f.amount,
            date = min(e.date, f.date),
            due_date = CASE e.side WHEN 'debit' THEN min(e.date, f.date) END
        FROM entries AS f
        WHERE e.id = ?2
          AND f.id = ?1
        "#,
        (from, into),
    )?;
    tx.execute(
        r#"
        DELETE FROM entries
        WHERE id = ?1
        "#,
        [from],
    )?;
    refresh_open(tx, into)
}

/// Give opening entry `id` to customer `customer_id`.
pub fn move_opening(tx: &Transaction, id: i64, customer_id: i64) -> Result<()> {
    tx.execute(
        r#"
        UPDATE entries
        SET customer_id = ?2
        WHERE id = ?1
        "#,
        (id, customer_id),
    )?;
    Ok(())
}

/// Take entry `id` out again, with every application to or from it, and
/// bring the entries at their other ends up to date: for an import row that
/// turned out bad after its entry was written.
pub fn remove(tx: &Transaction, id: i64) -> Result<()> {
    let others = linked(tx, id)?;
    tx.execute(
        r#"
        DELETE FROM applications
        WHERE credit_id = ?1
           OR debit_id = ?1
        "#,
        [id],
    )?;
    tx.execute(
        r#"
        DELETE FROM entries
        WHERE id = ?1
        "#,
        [id],
    )?;
    for other in others {
        refresh_open(tx, other)?;
    }
    Ok(())
}

/// Move each kind's number sequence past the highest generated-style number
/// in use (`INV-000123` and the like), so new numbers after an import are
/// found at once instead of by skipping every imported one.
pub fn catch_up_sequences(tx: &Transaction, first_id: i64) -> Result<()> {
    // Only entries from `first_id` on are read, by row id and in one pass
    // that keeps a highest number for each kind (no sort): the sequences
    // were caught up with the others before, and a number taken since is
    // skipped by `next_number` anyway. The kinds and prefixes are the
    // product's own constants. Numbers of more than 18 digits are not
    // taken for generated ones: they would not fit in 64 bits once one is
    // added.
    let highest: Vec<String> = EntryKind::RECORDED
        .iter()
        .map(|kind| {
            let (name, prefix) = (kind.as_str(), kind.prefix());
            let first_digit = prefix.len() + 1;
            let longest = prefix.len() + 18;
            format!(
                "max(CASE WHEN kind = '{name}' AND number LIKE '{prefix}%' \
                 AND length(number) BETWEEN {first_digit} AND {longest} \
                 AND substr(number, {first_digit}) NOT GLOB '*[^0-9]*' \
                 THEN CAST(substr(number, {first_digit}) AS INTEGER) END)"
            )
        })
        .collect();
    let sql = format!(
        "SELECT {} FROM entries NOT INDEXED WHERE id >= ?1",
        highest.join(", ")
    );
    let highest: Vec<Option<i64>> = tx.query_row(&sql, [first_id], |row| {
        (0..EntryKind::RECORDED.len()).map(|i| row.get(i)).collect()
    })?;
    for (kind, highest) in EntryKind::RECORDED.iter().zip(highest) {
        let Some(highest) = highest else { continue };
        tx.execute(
            r#"
            INSERT INTO sequences (kind, next)
            VALUES (?1, ?2)
            ON CONFLICT (kind) DO UPDATE SET next = max(next, excluded.next)
            "#,
            (kind.as_str(), highest + 1),
        )?;
    }
    Ok(())
}

/// Every entry of customer `customer_id`, voided ones included, by date
/// and then as recorded: what a ledger is made of.
pub fn all_of(conn: &Connection, customer_id: i64) -> Result<Vec<EntryRecord>> {
    let mut records = Vec::new();
    let filter = EntryFilter {
        customer_id: Some(customer_id),
        ..Default::default()
    };
    list(conn, &filter, |record| {
        records.push(record);
        Ok(())
    })?;
    Ok(records)
}

/// Which entries a listing shows.
#[derive(Debug, Clone, Default)]
pub struct EntryFilter {
    pub customer_id: Option<i64>,
    pub kind: Option<EntryKind>,
    /// Only entries with something open, not voided.
    pub open_only: bool,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// Call `each` for every entry that matches, by date, then as entered.
pub fn list(
    conn: &Connection,
    filter: &EntryFilter,
    mut each: impl FnMut(EntryRecord) -> Result<()>,
) -> Result<()> {
    let mut sql = format!(
        "{SELECT_ENTRY}
        WHERE (?1 IS NULL OR e.customer_id = ?1)
          AND (?2 IS NULL OR e.kind = ?2)
          AND (?3 = 0 OR (e.void_date IS NULL AND e.open_amount > 0))
          AND (?4 IS NULL OR e.date >= ?4)
          AND (?5 IS NULL OR e.date <= ?5)"
    );
    sql.push_str("\nORDER BY e.date, e.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query((
        filter.customer_id,
        filter.kind.map(EntryKind::as_str),
        filter.open_only,
        filter.from.map(format_date),
        filter.to.map(format_date),
    ))?;
    while let Some(row) = rows.next()? {
        each(record_from_row(row)?)?;
    }
    Ok(())
}
