//! `top`: customers ranked by net sales, payments or number of invoices
//! over a period, read from the kept per-year totals (`customer_years`,
//! `book_days`; see the schema) instead of the entries.
//!
//! Each year of the period has a list: its customers from the largest
//! down by an upper bound of the measure (the amount invoiced for net
//! sales, as returns only lower it; the measure itself otherwise). The
//! lists are read side by side, a row from each in turn. Every customer
//! met has its exact value worked out: whole years from its kept totals,
//! the parts of years at either end of the period from its own entries.
//! No customer not met yet can reach more than the sum of where the lists
//! stand, so the reading stops once the last of the ranked is above that.
//! On ordinary books this meets a few dozen customers, however many there
//! are.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension};

use crate::domain::date::format_date;
use crate::domain::entry::EntryKind;
use crate::domain::money::Money;

/// What `top` ranks customers by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Invoices less returns, in minor units.
    Sales,
    /// Payments received, in minor units.
    Payments,
    /// How many invoices.
    Invoices,
}

impl Measure {
    /// The column of `customer_years` that bounds the measure from above.
    fn bound(self) -> &'static str {
        match self {
            Measure::Sales => "invoiced",
            Measure::Payments => "paid",
            Measure::Invoices => "invoices",
        }
    }

    /// The measure over the columns of `customer_years` and `book_days`.
    fn kept(self) -> &'static str {
        match self {
            Measure::Sales => "invoiced - returned",
            Measure::Payments => "paid",
            Measure::Invoices => "invoices",
        }
    }

    /// The entries the measure counts, and its value over them (`e`).
    fn over_entries(self) -> (&'static str, &'static str) {
        match self {
            Measure::Sales => (
                "('invoice', 'return')",
                "sum(CASE e.kind WHEN 'invoice' THEN e.amount ELSE -e.amount END)",
            ),
            Measure::Payments => ("('payment')", "sum(e.amount)"),
            Measure::Invoices => ("('invoice')", "count(*)"),
        }
    }
}

/// One customer's total over a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerTotal {
    pub contact_id: String,
    pub name: Option<String>,
    pub value: i64,
}

/// Above this many places the ranking would meet most customers anyway,
/// and one grouped pass over the entries is quicker.
const MOST_PLACES_READ_FROM_TOTALS: u64 = 1000;

/// The `limit` customers with the largest `measure` over the entries dated
/// in `from..=to` (voided ones aside), largest first, ties by contact id,
/// leaving out customers whose value is zero; and the total of the measure
/// over all customers.
pub fn top_customers(
    conn: &Connection,
    measure: Measure,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    limit: u64,
) -> Result<(Vec<CustomerTotal>, i64)> {
    let total: i64 = conn.query_row(
        &format!(
            r#"
            SELECT coalesce(sum({}), 0)
            FROM book_days
            WHERE day BETWEEN coalesce(?1, '0000-01-01') AND coalesce(?2, '9999-12-31')
            "#,
            measure.kept()
        ),
        (from.map(format_date), to.map(format_date)),
        |row| row.get(0),
    )?;
    let ranked = if limit > MOST_PLACES_READ_FROM_TOTALS {
        ranked_by_scan(conn, measure, from, to, limit)?
    } else {
        match Period::of(conn, from, to)? {
            Some(period) => ranked_from_totals(conn, measure, &period, limit as usize)?,
            None => Vec::new(),
        }
    };
    Ok((ranked, total))
}

/// The years and days a period covers, within the years the books have.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Period {
    /// Every year the period touches: one list each.
    years: (i32, i32),
    /// The years wholly inside the period, read from the kept totals.
    whole: Option<(i32, i32)>,
    /// The parts of years at either end, read from the entries.
    parts: Vec<(NaiveDate, NaiveDate)>,
}

impl Period {
    fn of(
        conn: &Connection,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Option<Self>> {
        let span: Option<(i32, i32)> = conn
            .query_row(
                "SELECT min(year), max(year) FROM customer_years",
                [],
                |row| {
                    Ok(row
                        .get::<_, Option<i32>>(0)?
                        .zip(row.get::<_, Option<i32>>(1)?))
                },
            )
            .optional()?
            .flatten();
        let Some((first, last)) = span else {
            return Ok(None);
        };
        Ok(Self::within(first, last, from, to))
    }

    /// The period `from..=to` over books whose entries run from year
    /// `first` to year `last`.
    fn within(
        first: i32,
        last: i32,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Option<Self> {
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return None;
        }
        let year_start = |year: i32| NaiveDate::from_ymd_opt(year, 1, 1);
        let year_end = |year: i32| NaiveDate::from_ymd_opt(year, 12, 31);
        // The ends of the period that cut a year short.
        let head = from.filter(|d| Some(*d) != year_start(d.year()));
        let tail = to.filter(|d| Some(*d) != year_end(d.year()));
        let years = (
            from.map_or(first, |d| d.year()).max(first),
            to.map_or(last, |d| d.year()).min(last),
        );
        if years.0 > years.1 {
            return None;
        }
        let mut parts = Vec::new();
        match (head, tail) {
            (Some(head), Some(tail)) if head.year() == tail.year() => parts.push((head, tail)),
            _ => {
                if let Some(head) = head {
                    parts.push((head, year_end(head.year())?));
                }
                if let Some(tail) = tail {
                    parts.push((year_start(tail.year())?, tail));
                }
            }
        }
        let whole_from = match head {
            Some(head) => head.year() + 1,
            None => from.map_or(first, |d| d.year()),
        };
        let whole_to = match tail {
            Some(tail) => tail.year() - 1,
            None => to.map_or(last, |d| d.year()),
        };
        let whole = Some((whole_from.max(first), whole_to.min(last))).filter(|(a, b)| a <= b);
        Some(Period {
            years,
            whole,
            parts,
        })
    }
}

/// Work out the kept totals again from the entries, as the schema first
/// filled them; returns how many rows they hold.
pub fn rebuild_kept_totals(conn: &Connection) -> Result<usize> {
    conn.execute_batch(
        r#"
        DELETE FROM customer_years;
        DELETE FROM book_days;
        INSERT INTO customer_years (customer_id, year, invoiced, returned, paid, invoices)
        SELECT
            customer_id,
            CAST(substr(date, 1, 4) AS INTEGER),
            sum(iif(kind = 'invoice', amount, 0)),
            sum(iif(kind = 'return', amount, 0)),
            sum(iif(kind = 'payment', amount, 0)),
            sum(kind = 'invoice')
        FROM entries
        WHERE kind IN ('invoice', 'return', 'payment')
          AND void_date IS NULL
        GROUP BY 1, 2;
        INSERT INTO book_days (day, invoiced, returned, paid, invoices)
        SELECT
            date,
            sum(iif(kind = 'invoice', amount, 0)),
            sum(iif(kind = 'return', amount, 0)),
            sum(iif(kind = 'payment', amount, 0)),
            sum(kind = 'invoice')
        FROM entries
        WHERE kind IN ('invoice', 'return', 'payment')
          AND void_date IS NULL
        GROUP BY 1;
        "#,
    )?;
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM customer_years) + (SELECT count(*) FROM book_days)",
        [],
        |row| row.get::<_, i64>(0),
    )? as usize)
}

/// The trigger that counts each new entry into the kept totals.
const COUNTING: &str = "entries_count_in_totals";

/// What one key of the kept totals gains: in minor units, and the count of
/// invoices.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Gain {
    invoiced: i64,
    returned: i64,
    paid: i64,
    invoices: i64,
}

/// The kept totals of the entries a bulk insert makes, added up in memory
/// instead of by the counting trigger, which runs two upserts for every
/// entry. Each customer's year and each day is written once for a run of
/// its entries; the sums are written out whenever they hold 65,536 keys,
/// so memory stays small however the rows are ordered. The trigger is
/// dropped from `stop_counting` to `resume_counting`, inside the writer's
/// transaction: a rollback brings it back.
#[derive(Debug)]
pub struct Tally {
    trigger: String,
    years: HashMap<(i64, i64), Gain>,
    days: HashMap<NaiveDate, Gain>,
    /// How many keys of either kind are held before they are written.
    held: usize,
}

impl Tally {
    /// Count the new entry of `customer_id` (not voided) into the sums.
    pub fn add(
        &mut self,
        conn: &Connection,
        customer_id: i64,
        kind: EntryKind,
        date: NaiveDate,
        amount: Money,
    ) -> Result<()> {
        let minor = amount.minor();
        let gain = match kind {
            EntryKind::Invoice => Gain {
                invoiced: minor,
                invoices: 1,
                ..Gain::default()
            },
            EntryKind::Return => Gain {
                returned: minor,
                ..Gain::default()
            },
            EntryKind::Payment => Gain {
                paid: minor,
                ..Gain::default()
            },
            EntryKind::Opening | EntryKind::Refund => return Ok(()),
        };
        let add = |sum: &mut Gain| {
            sum.invoiced += gain.invoiced;
            sum.returned += gain.returned;
            sum.paid += gain.paid;
            sum.invoices += gain.invoices;
        };
        add(self
            .years
            .entry((customer_id, i64::from(date.year())))
            .or_default());
        add(self.days.entry(date).or_default());
        if self.years.len() >= self.held || self.days.len() >= self.held {
            self.write(conn)?;
        }
        Ok(())
    }

    /// Add the sums held to the kept totals, and start again from none.
    fn write(&mut self, conn: &Connection) -> Result<()> {
        // Each key's row gains the sums, or is made with them.
        let gaining = "invoiced = invoiced + excluded.invoiced, \
                       returned = returned + excluded.returned, \
                       paid = paid + excluded.paid, \
                       invoices = invoices + excluded.invoices";
        let mut years = conn.prepare_cached(&format!(
            "INSERT INTO customer_years (customer_id, year, invoiced, returned, paid, invoices) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
             ON CONFLICT (customer_id, year) DO UPDATE SET {gaining}"
        ))?;
        for ((customer_id, year), g) in self.years.drain() {
            years.execute((
                customer_id,
                year,
                g.invoiced,
                g.returned,
                g.paid,
                g.invoices,
            ))?;
        }
        let mut days = conn.prepare_cached(&format!(
            "INSERT INTO book_days (day, invoiced, returned, paid, invoices) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (day) DO UPDATE SET {gaining}"
        ))?;
        for (day, g) in self.days.drain() {
            days.execute((format_date(day), g.invoiced, g.returned, g.paid, g.invoices))?;
        }
        Ok(())
    }
}

/// Stop counting new entries into the kept totals by trigger, for the rest
/// of a bulk insert: each one it inserts goes to `Tally::add` instead,
/// until `resume_counting`. Meanwhile the bulk write may only insert
/// entries: a void or a delete would take out of the totals what is not in
/// them yet.
pub fn stop_counting(conn: &Connection) -> Result<Tally> {
    let trigger: String = conn.query_row(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
        [COUNTING],
        |row| row.get(0),
    )?;
    // The name is the constant above, never input.
    conn.execute_batch(&format!("DROP TRIGGER main.{COUNTING};"))?;
    Ok(Tally {
        trigger,
        years: HashMap::new(),
        days: HashMap::new(),
        held: 65_536,
    })
}

/// Write what `tally` holds to the kept totals, and count each new entry by
/// trigger again.
pub fn resume_counting(conn: &Connection, mut tally: Tally) -> Result<()> {
    tally.write(conn)?;
    conn.execute_batch(&tally.trigger)?;
    Ok(())
}

/// A customer in the running.
struct Ranked {
    key: String,
    total: CustomerTotal,
}

fn ranked_from_totals(
    conn: &Connection,
    measure: Measure,
    period: &Period,
    limit: usize,
) -> Result<Vec<CustomerTotal>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let mut lists = Vec::new();
    for year in period.years.0..=period.years.1 {
        let stmt = conn.prepare(&format!(
            r#"
            SELECT customer_id, {bound}
            FROM customer_years
            WHERE year = {year}
            ORDER BY {bound} DESC
            "#,
            bound = measure.bound()
        ))?;
        lists.push(stmt);
    }
    let mut rows = lists
        .iter_mut()
        .map(|stmt| stmt.query([]))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Where each list stands: the bound of its last row, `None` once read
    // to the end.
    let mut standing: Vec<Option<i64>> = vec![Some(i64::MAX); rows.len()];
    let mut met = HashSet::new();
    let mut ranked: Vec<Ranked> = Vec::new();
    loop {
        let mut read_any = false;
        for (list, place) in rows.iter_mut().zip(standing.iter_mut()) {
            if place.is_none() {
                continue;
            }
            let Some(row) = list.next()? else {
                *place = None;
                continue;
            };
            read_any = true;
            let customer_id: i64 = row.get(0)?;
            *place = Some(row.get(1)?);
            if met.insert(customer_id) {
                consider(conn, measure, period, customer_id, limit, &mut ranked)?;
            }
        }
        if !read_any {
            break;
        }
        let reach: i128 = standing.iter().flatten().map(|b| i128::from(*b)).sum();
        if ranked.len() == limit
            && ranked
                .last()
                .is_some_and(|r| i128::from(r.total.value) > reach)
        {
            break;
        }
    }
    Ok(ranked.into_iter().map(|r| r.total).collect())
}

/// Work out one customer's exact value and place it among the ranked.
fn consider(
    conn: &Connection,
    measure: Measure,
    period: &Period,
    customer_id: i64,
    limit: usize,
    ranked: &mut Vec<Ranked>,
) -> Result<()> {
    let mut value: i64 = 0;
    if let Some((first, last)) = period.whole {
        value += conn
            .prepare_cached(&format!(
                r#"
                SELECT coalesce(sum({}), 0)
                FROM customer_years
                WHERE customer_id = ?1 AND year BETWEEN ?2 AND ?3
                "#,
                measure.kept()
            ))?
            .query_row((customer_id, first, last), |row| row.get::<_, i64>(0))?;
    }
    let (kinds, sum) = measure.over_entries();
    for (first, last) in &period.parts {
        value += conn
            .prepare_cached(&format!(
                r#"
                SELECT coalesce({sum}, 0)
                FROM entries AS e INDEXED BY entries_by_customer
                WHERE e.customer_id = ?1
                  AND e.date BETWEEN ?2 AND ?3
                  AND e.kind IN {kinds}
                  AND e.void_date IS NULL
                "#
            ))?
            .query_row(
                (customer_id, format_date(*first), format_date(*last)),
                |row| row.get::<_, i64>(0),
            )?;
    }
    if value == 0 {
        return Ok(());
    }
    if ranked.len() == limit && ranked.last().is_some_and(|r| r.total.value > value) {
        return Ok(());
    }
    let (key, contact_id, name): (String, String, Option<String>) = conn
        .prepare_cached(
            "SELECT contact_key, contact_id, coalesce(name, billing_name) FROM customers WHERE id = ?1",
        )?
        .query_row([customer_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
    let place = ranked
        .partition_point(|r| r.total.value > value || (r.total.value == value && r.key < key));
    ranked.insert(
        place,
        Ranked {
            key,
            total: CustomerTotal {
                contact_id,
                name,
                value,
            },
        },
    );
    ranked.truncate(limit);
    Ok(())
}

/// The ranking from one grouped pass over the entries of the period.
fn ranked_by_scan(
    conn: &Connection,
    measure: Measure,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    limit: u64,
) -> Result<Vec<CustomerTotal>> {
    let (kinds, value) = measure.over_entries();
    let sql = format!(
        r#"
        SELECT c.contact_id, coalesce(c.name, c.billing_name), t.value
        FROM (
            SELECT e.customer_id, {value} AS value
            FROM entries AS e
            WHERE e.kind IN {kinds}
              AND e.date BETWEEN coalesce(:from, '0000-01-01') AND coalesce(:to, '9999-12-31')
              AND e.void_date IS NULL
            GROUP BY e.customer_id
        ) AS t
        JOIN customers AS c ON c.id = t.customer_id
        WHERE t.value <> 0
        ORDER BY t.value DESC, c.contact_key
        LIMIT :limit
        "#
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map(
            rusqlite::named_params! {
                ":from": from.map(format_date),
                ":to": to.map(format_date),
                ":limit": i64::try_from(limit).unwrap_or(i64::MAX),
            },
            |row| {
                Ok(CustomerTotal {
                    contact_id: row.get(0)?,
                    name: row.get(1)?,
                    value: row.get(2)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_tallied_in_memory_make_the_same_totals() {
        let store = crate::store::Store::in_memory(Default::default()).unwrap();
        store
            .read(|conn| {
                let totals = || -> Result<Vec<String>> {
                    let mut stmt = conn.prepare(
                        "SELECT customer_id || ' ' || year || ' ' || invoiced || ' ' || returned \
                             || ' ' || paid || ' ' || invoices FROM customer_years \
                         UNION ALL \
                         SELECT day || ' ' || invoiced || ' ' || returned || ' ' || paid \
                             || ' ' || invoices FROM book_days \
                         ORDER BY 1",
                    )?;
                    let rows = stmt.query_map([], |row| row.get(0))?;
                    Ok(rows.collect::<rusqlite::Result<_>>()?)
                };
                let entry = |tally: Option<&mut Tally>,
                             number: &str,
                             kind: EntryKind,
                             date: &str,
                             amount: i64|
                 -> Result<()> {
                    let side = if matches!(kind, EntryKind::Invoice | EntryKind::Refund) {
                        "debit"
                    } else {
                        "credit"
                    };
                    let due = (kind == EntryKind::Invoice).then_some(date);
                    conn.execute(
                        "INSERT INTO entries (customer_id, kind, side, number, date, amount, \
                             open_amount, due_date) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?5, ?6)",
                        rusqlite::params![kind.as_str(), side, number, date, amount, due],
                    )?;
                    if let Some(tally) = tally {
                        tally.add(conn, 1, kind, day(date).unwrap(), Money::from_minor(amount))?;
                    }
                    Ok(())
                };
                conn.execute_batch(
                    "INSERT INTO customers (id, contact_id, contact_key, registered) \
                     VALUES (1, 'A', 'a', '2024-01-01')",
                )?;
                entry(None, "I-1", EntryKind::Invoice, "2024-03-01", 1000)?;
                let mut tally = stop_counting(conn)?;
                // Written out once three keys of a kind are held (at R-1's
                // day), and again at the end.
                tally.held = 3;
                for (number, kind, date, amount) in [
                    ("I-2", EntryKind::Invoice, "2024-03-01", 250),
                    ("I-3", EntryKind::Invoice, "2025-07-04", 700),
                    ("P-1", EntryKind::Payment, "2025-07-04", 300),
                    ("R-1", EntryKind::Return, "2024-12-31", 50),
                    ("F-1", EntryKind::Refund, "2025-01-02", 20),
                ] {
                    entry(Some(&mut tally), number, kind, date, amount)?;
                }
                assert_eq!(totals()?.len(), 5, "written up to R-1");
                resume_counting(conn, tally)?;
                // Counted by trigger again, and in step with voids and
                // deletes of what the tally counted.
                entry(None, "I-4", EntryKind::Invoice, "2025-07-04", 5)?;
                conn.execute_batch(
                    "UPDATE entries SET void_date = '2025-08-01' WHERE number = 'I-3';
                     DELETE FROM entries WHERE number = 'R-1';",
                )?;
                let kept = totals()?;
                rebuild_kept_totals(conn)?;
                assert_eq!(kept, totals()?);
                assert!(kept.contains(&"1 2024 1250 0 0 2".to_string()), "{kept:?}");
                assert!(kept.contains(&"1 2025 5 0 300 1".to_string()), "{kept:?}");
                Ok(())
            })
            .unwrap();
    }

    fn day(text: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn periods_split_into_whole_years_and_parts() {
        let whole_books = Period::within(2023, 2026, None, None).unwrap();
        assert_eq!(whole_books.years, (2023, 2026));
        assert_eq!(whole_books.whole, Some((2023, 2026)));
        assert!(whole_books.parts.is_empty());

        let one_year = Period::within(2023, 2026, day("2025-01-01"), day("2025-12-31")).unwrap();
        assert_eq!(one_year.whole, Some((2025, 2025)));
        assert!(one_year.parts.is_empty());

        let inside = Period::within(2023, 2026, day("2025-03-02"), day("2025-11-30")).unwrap();
        assert_eq!(inside.years, (2025, 2025));
        assert_eq!(inside.whole, None);
        assert_eq!(
            inside.parts,
            vec![(day("2025-03-02").unwrap(), day("2025-11-30").unwrap())]
        );

        let across = Period::within(2023, 2026, day("2023-07-01"), day("2026-02-28")).unwrap();
        assert_eq!(across.years, (2023, 2026));
        assert_eq!(across.whole, Some((2024, 2025)));
        assert_eq!(
            across.parts,
            vec![
                (day("2023-07-01").unwrap(), day("2023-12-31").unwrap()),
                (day("2026-01-01").unwrap(), day("2026-02-28").unwrap()),
            ]
        );

        let next_year = Period::within(2023, 2026, day("2024-07-01"), day("2025-06-30")).unwrap();
        assert_eq!(next_year.whole, None);
        assert_eq!(next_year.parts.len(), 2);

        let open_start = Period::within(2023, 2026, None, day("2024-06-30")).unwrap();
        assert_eq!(open_start.whole, Some((2023, 2023)));
        assert_eq!(
            open_start.parts,
            vec![(day("2024-01-01").unwrap(), day("2024-06-30").unwrap())]
        );

        assert_eq!(
            Period::within(2023, 2026, day("2020-01-01"), day("2022-12-31")),
            None
        );
        assert_eq!(
            Period::within(2023, 2026, day("2025-05-01"), day("2025-04-30")),
            None
        );
    }
}
