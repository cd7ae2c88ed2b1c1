//! SQL for the reports: open debits and unused credits as of a day, and
//! totals by customer over a period.
//!
//! "As of" a day means what the books said at the end of that day: entries
//! dated later do not exist yet, applications dated later have not
//! happened, and voids dated later have not taken effect. The queries never
//! walk the whole history for this. They start from what is open now (read
//! from the partial indexes of open items, with each entry's kept open
//! amount) and correct only the items that something after the day
//! touched: applications dated later, and entries voided later. When
//! nothing is dated after the day, as for nearly every report of today,
//! the books are "settled" as of it and there is nothing to correct.
//! Aging and the segment totals sum per customer in SQL.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, Row};

use crate::domain::date::{format_date, parse_date};
use crate::domain::entry::EntryKind;
use crate::domain::money::Money;
use crate::error::Error;

pub use super::top::{CustomerTotal, Measure, top_customers};

/// Which open debits to read.
#[derive(Debug, Clone)]
pub struct DebitQuery {
    pub as_of: NaiveDate,
    /// Due on or after this day.
    pub due_from: Option<NaiveDate>,
    /// Due on or before this day.
    pub due_to: Option<NaiveDate>,
    pub customer_id: Option<i64>,
    /// The document's location, or the customer's for an opening balance;
    /// letter case aside.
    pub location: Option<String>,
    /// A tag of the customer.
    pub tag: Option<String>,
}

/// The order open debits come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DebitOrder {
    /// By due date, then customer, then number: for collecting.
    Due,
    /// By customer, then due date: for totals per customer.
    Customer,
}

/// An invoice or receivable opening balance with something open on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDebit {
    pub customer_id: i64,
    pub contact_id: String,
    /// The billing name, else the customer's name.
    pub billing_name: Option<String>,
    pub billing_phone: Option<String>,
    pub billing_email: Option<String>,
    pub credit_limit: Option<Money>,
    pub kind: EntryKind,
    /// `None` for an opening balance.
    pub number: Option<String>,
    pub date: NaiveDate,
    pub due_date: NaiveDate,
    /// What was still owed at the end of the day asked about.
    pub open: Money,
}

/// The columns of an application that name an entry of `side`, and the
/// entry at its other end.
fn ends(side: &str) -> (&'static str, &'static str) {
    match side {
        "debit" => ("debit_id", "credit_id"),
        _ => ("credit_id", "debit_id"),
    }
}

/// SQL for the common table expressions `later (id, delta)` and
/// `touched (id)` of the entries of `side`, as of the day bound at
/// `as_of` (a parameter such as `:as_of`).
///
/// An entry's kept open amount counts every application whose other end is
/// not voided now. What was open at the end of the day differs from it by
/// the applications dated after the day (not made yet: add them back) and
/// by those whose other end was voided after the day (still counted then:
/// take them off). `later` holds that difference for each entry it is not
/// zero for; `touched` adds the entries of `side` voided after the day.
/// Both read only what is dated after the day, through the indexes of
/// applications by date (which holds every column read here) and entries
/// by void date. The applications made later are all added back, and
/// those whose other end is voided now taken off again, found from the
/// few voided entries: that spares looking up the other end of every
/// application made since the day.
fn later_changes(side: &str, as_of: &str) -> String {
    let (this, other) = ends(side);
    format!(
        r#"
        later (id, delta) AS MATERIALIZED (
            SELECT id, sum(delta)
            FROM (
                SELECT a.{this} AS id, a.amount AS delta
                FROM applications AS a INDEXED BY applications_by_date
                WHERE a.date > {as_of}
                UNION ALL
                SELECT a.{this}, -a.amount
                FROM entries AS voided INDEXED BY entries_by_void_date
                CROSS JOIN applications AS a ON a.{other} = voided.id
                WHERE voided.void_date IS NOT NULL
                  AND a.date > {as_of}
                UNION ALL
                SELECT a.{this}, -a.amount
                FROM entries AS voided
                CROSS JOIN applications AS a ON a.{other} = voided.id
                WHERE voided.void_date > {as_of}
                  AND a.date <= {as_of}
            )
            GROUP BY id
        ),
        touched (id) AS MATERIALIZED (
            SELECT id FROM later
            UNION
            SELECT id FROM entries INDEXED BY entries_by_void_date
            WHERE void_date > {as_of}
              AND side = '{side}'
        ),
        "#
    )
}

/// SQL for a `WITH` clause whose `candidates (id)` are the debits that may
/// have been open on the day, when the books are not settled as of it:
/// open now (those matching `open_now_filter`, read from the partial index
/// of open debits), then the ones touched after the day that are not open
/// now. No entry comes twice, so callers drive the rest of the query from
/// the ids (`CROSS JOIN` keeps SQLite from starting at the entries table
/// instead).
fn with_debit_candidates(open_now_filter: &str, as_of: &str) -> String {
    format!(
        r#"
        WITH {later}
        candidates (id) AS (
            SELECT id FROM entries INDEXED BY entries_open_debits
            WHERE side = 'debit'
              AND void_date IS NULL
              AND open_amount > 0
              {open_now_filter}
            UNION ALL
            SELECT t.id
            FROM touched AS t
            CROSS JOIN entries AS x ON x.id = t.id
            WHERE NOT (x.void_date IS NULL AND x.open_amount > 0)
        )
        "#,
        later = later_changes("debit", as_of),
    )
}

/// True when nothing in the books is dated after `as_of` that changes what
/// was open on it: no application and no void. Applications are never
/// dated before either of their entries, so then every entry dated up to
/// the day has its kept open amount as its open amount at the end of the
/// day, and the reports read that instead of replaying applications. This
/// holds for the morning report, whose day is today. Two index probes.
pub fn is_settled_as_of(conn: &Connection, as_of: NaiveDate) -> Result<bool> {
    let settled = conn
        .prepare_cached(
            r#"
            SELECT NOT EXISTS (SELECT 1 FROM applications WHERE date > ?1)
               AND NOT EXISTS (SELECT 1 FROM entries WHERE void_date > ?1)
            "#,
        )?
        .query_row([format_date(as_of)], |row| row.get(0))?;
    Ok(settled)
}

/// SQL for what was open on the entry `e` at the end of the day bound at
/// `as_of`: its kept open amount when the books are `settled` as of the
/// day; else that corrected by its row `l` of `later` (see `later_changes`
/// and `later_join`), or for an entry voided since, its amount less what
/// had been applied by then.
fn open_as_of(side: &str, settled: bool, as_of: &str) -> String {
    if settled {
        "e.open_amount".to_string()
    } else {
        format!(
            r#"CASE WHEN e.void_date IS NULL
                THEN e.open_amount + coalesce(l.delta, 0)
                ELSE e.amount - {applied}
            END"#,
            applied = applied_as_of(side, as_of)
        )
    }
}

/// SQL for what was open at the end of the day on an entry `e` that is
/// open now (not voided): `open_as_of` without the case of a voided entry,
/// so that it reads only columns the partial indexes of open items hold.
fn open_now_as_of(settled: bool) -> &'static str {
    if settled {
        "e.open_amount"
    } else {
        "e.open_amount + coalesce(l.delta, 0)"
    }
}

/// SQL joining each entry `e` to its row `l` of `later`, for `open_as_of`;
/// nothing when the books are `settled`. A join, not a subquery per entry:
/// SQLite then indexes `later` once for the whole query.
fn later_join(settled: bool) -> &'static str {
    if settled {
        ""
    } else {
        "LEFT JOIN later AS l ON l.id = e.id"
    }
}

/// The start of a `WITH` clause for a query over the entries of `side`
/// open now, read from their partial index, and the `UNION ALL` part to
/// put after that read: the entries touched after the day (see
/// `later_changes`) that are not open now, as `columns` and their open
/// amount on the day, where `filters` (SQL starting with `AND`) hold. Both
/// are bare (`WITH` alone, and nothing) when the books are `settled`.
fn touched_not_open_now(
    side: &str,
    settled: bool,
    as_of: &str,
    columns: &str,
    filters: &str,
) -> (String, String) {
    if settled {
        return ("WITH".to_string(), String::new());
    }
    let open = open_as_of(side, settled, as_of);
    let later = later_join(settled);
    (
        format!("WITH {}", later_changes(side, as_of)),
        format!(
            r#"
            UNION ALL
            SELECT {columns}, {open}
            FROM touched AS t
            CROSS JOIN entries AS e ON e.id = t.id
            {later}
            WHERE NOT (e.void_date IS NULL AND e.open_amount > 0)
              AND e.date <= {as_of}
              AND (e.void_date IS NULL OR e.void_date > {as_of})
              {filters}"#
        ),
    )
}

/// SQL for what had been applied to or from the entry `e` by the end of
/// the day bound at `as_of`, counting only applications whose other end
/// was not voided by then.
fn applied_as_of(side: &str, as_of: &str) -> String {
    let (this, other) = ends(side);
    format!(
        r#"coalesce((
            SELECT sum(a.amount)
            FROM applications AS a
            JOIN entries AS other ON other.id = a.{other}
            WHERE a.{this} = e.id
              AND a.date <= {as_of}
              AND (other.void_date IS NULL OR other.void_date > {as_of})
        ), 0)"#
    )
}

fn debit_from_row(row: &Row) -> rusqlite::Result<OpenDebit> {
    let date = |column: usize| -> rusqlite::Result<NaiveDate> {
        let text: String = row.get(column)?;
        parse_date(&text).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, e.into())
        })
    };
    let kind: String = row.get(7)?;
    Ok(OpenDebit {
        customer_id: row.get(0)?,
        contact_id: row.get(1)?,
        billing_name: row.get(2)?,
        billing_phone: row.get(3)?,
        billing_email: row.get(4)?,
        credit_limit: row.get::<_, Option<i64>>(5)?.map(Money::from_minor),
        number: row.get(6)?,
        kind: kind.parse().map_err(|e: String| {
            rusqlite::Error::FromSqlConversionFailure(7, rusqlite::types::Type::Text, e.into())
        })?,
        date: date(8)?,
        due_date: date(9)?,
        open: Money::from_minor(row.get(10)?),
    })
}

/// How `open_debits` finds what was open on the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    /// Nothing is dated after the day: the kept open amounts.
    Settled,
    /// The kept open amounts, corrected by what came later.
    Corrected,
    /// Every debit due in a narrow range of days, open or not, with its
    /// applications up to the day summed: for a few days' items long ago,
    /// when everything applied since would be far more to read.
    DueInRange,
}

/// The widest range of due dates, in days, that `Way::DueInRange` reads.
const NARROW_DUE_RANGE: i64 = 31;

impl Way {
    fn for_query(conn: &Connection, query: &DebitQuery) -> Result<Way> {
        if is_settled_as_of(conn, query.as_of)? {
            return Ok(Way::Settled);
        }
        let narrow = match (query.due_from, query.due_to) {
            (Some(from), Some(to)) => (to - from).num_days() <= NARROW_DUE_RANGE,
            _ => false,
        };
        Ok(if narrow {
            Way::DueInRange
        } else {
            Way::Corrected
        })
    }
}

/// The SQL of `open_debits`, with named parameters `:as_of`, `:due_from`,
/// `:due_to`, `:customer`, `:location` and `:tag`.
fn open_debits_sql(order: DebitOrder, way: Way) -> String {
    let due_range =
        "due_date BETWEEN coalesce(:due_from, '0000-01-01') AND coalesce(:due_to, '9999-12-31')";
    let candidates = r#"
            FROM candidates AS k
            CROSS JOIN entries AS e ON e.id = k.id"#;
    let (with, from, open, later) = match way {
        // What is open now is all there is: read straight from the index
        // of open debits, which holds every column of an entry read here,
        // so no entry is visited in the table.
        Way::Settled => (
            String::new(),
            r#"
            FROM entries AS e INDEXED BY entries_open_debits"#,
            "e.open_amount".to_string(),
            "",
        ),
        Way::DueInRange => (
            format!(
                r#"
                WITH candidates (id) AS (
                    SELECT id FROM entries INDEXED BY entries_debits_by_due
                    WHERE side = 'debit'
                      AND {due_range}
                )
                "#
            ),
            candidates,
            format!("e.amount - {}", applied_as_of("debit", ":as_of")),
            "",
        ),
        Way::Corrected => (
            with_debit_candidates(&format!("AND {due_range}"), ":as_of"),
            candidates,
            open_as_of("debit", false, ":as_of"),
            later_join(false),
        ),
    };
    // The partial index's own condition, for SQLite to use it.
    let settled = if way == Way::Settled {
        "e.side = 'debit' AND e.void_date IS NULL AND e.open_amount > 0\n              AND "
    } else {
        ""
    };
    let order_by = match order {
        DebitOrder::Due => "e.due_date, c.contact_key, e.kind <> 'opening', e.number",
        DebitOrder::Customer => "c.contact_key, e.due_date, e.kind <> 'opening', e.number",
    };
    format!(
        r#"
        {with}
        SELECT * FROM (
            SELECT
                c.id, c.contact_id, coalesce(c.billing_name, c.name), c.billing_phone,
                c.billing_email, c.credit_limit, e.number, e.kind, e.date, e.due_date,
                {open} AS open_as_of
            {from}
            CROSS JOIN customers AS c ON c.id = e.customer_id
            {later}
            WHERE {settled}e.kind IN ('invoice', 'opening')
              AND e.date <= :as_of
              AND (e.void_date IS NULL OR e.void_date > :as_of)
              AND e.due_date BETWEEN coalesce(:due_from, '0000-01-01')
                                 AND coalesce(:due_to, '9999-12-31')
              AND (:customer IS NULL OR c.id = :customer)
              AND (:location IS NULL OR fold(coalesce(e.location, c.location)) = fold(:location))
              AND (:tag IS NULL OR EXISTS (
                    SELECT 1
                    FROM customer_tags AS t
                    WHERE t.customer_id = c.id
                      AND t.tag = :tag
              ))
            ORDER BY {order_by}
        )
        WHERE open_as_of > 0
        "#
    )
}

/// Call `each` for every invoice and receivable opening balance that had
/// something open at the end of `query.as_of`, in `order`.
pub fn open_debits(
    conn: &Connection,
    query: &DebitQuery,
    order: DebitOrder,
    mut each: impl FnMut(OpenDebit) -> Result<()>,
) -> Result<()> {
    let sql = open_debits_sql(order, Way::for_query(conn, query)?);
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::named_params! {
        ":as_of": format_date(query.as_of),
        ":due_from": query.due_from.map(format_date),
        ":due_to": query.due_to.map(format_date),
        ":customer": query.customer_id,
        ":location": query.location,
        ":tag": query.tag,
    })?;
    while let Some(row) = rows.next()? {
        each(debit_from_row(row)?)?;
    }
    Ok(())
}

/// One customer's open debits summed by due date, read from the kept open
/// amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebitSums {
    pub customer_id: i64,
    pub contact_id: String,
    /// The billing name, else the customer's name.
    pub billing_name: Option<String>,
    pub credit_limit: Option<i64>,
    /// How many items are open.
    pub items: i64,
    /// What is open, in minor units, in each band of due dates: band `i`
    /// holds the items due on or after `cuts[i - 1]` and before `cuts[i]`
    /// (the first band has no lower end, the last no upper end).
    pub bands: Vec<i64>,
}

/// Call `each` for every customer with open debits matching `query`, by
/// contact id, with what was open at the end of `query.as_of` summed in the
/// bands of due dates that the ascending `cuts` make (`cuts.len() + 1`
/// bands).
///
/// The open items are read from the index of open debits by customer,
/// which holds every column needed, so the entries themselves are visited
/// only for the few items something after the day touched. Each
/// customer's sums are SQLite's 64-bit sums, as the kept balances are;
/// callers add customers up in 128 bits.
pub fn debit_sums(
    conn: &Connection,
    query: &DebitQuery,
    cuts: &[NaiveDate],
    mut each: impl FnMut(DebitSums) -> Result<()>,
) -> Result<()> {
    let (items, params) = debit_items(conn, query, cuts)?;
    let bands = (0..=cuts.len())
        .map(|i| format!("sum(iif({}, i.open, 0))", band_test(i, cuts.len())))
        .collect::<Vec<_>>()
        .join(",\n                ");
    let sql = format!(
        r#"
        {items},
        sums AS MATERIALIZED (
            SELECT
                i.customer_id,
                count(*) AS items,
                {bands}
            FROM items AS i
            WHERE i.open > 0
            GROUP BY i.customer_id
        )
        SELECT c.id, c.contact_id, coalesce(c.billing_name, c.name), c.credit_limit, s.*
        FROM sums AS s
        JOIN customers AS c ON c.id = s.customer_id
        ORDER BY c.contact_key
        "#
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
    while let Some(row) = rows.next()? {
        // Columns: the customer's four, then the sums' customer id and count.
        let bands = (0..=cuts.len())
            .map(|i| row.get::<_, i64>(6 + i))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        each(DebitSums {
            customer_id: row.get(0)?,
            contact_id: row.get(1)?,
            billing_name: row.get(2)?,
            credit_limit: row.get(3)?,
            items: row.get(5)?,
            bands,
        })?;
    }
    Ok(())
}

/// The open debits matching `query` over the whole book, in the bands of
/// due dates that `cuts` make, as `debit_sums` bands them: for each band,
/// how many items were open at the end of `query.as_of` and how much.
///
/// One pass over the open items, with no customer read. SQLite sums in 64
/// bits and fails on overflow, so each amount is summed in two halves, its
/// high and its low 32 bits, which cannot overflow below two thousand
/// million items, and the halves are put together here in 128 bits.
pub fn debit_totals(
    conn: &Connection,
    query: &DebitQuery,
    cuts: &[NaiveDate],
) -> Result<Vec<(i64, i128)>> {
    let (items, params) = debit_items(conn, query, cuts)?;
    let bands = (0..=cuts.len())
        .map(|i| {
            let test = band_test(i, cuts.len());
            format!(
                "sum({test}), sum(iif({test}, i.open >> 32, 0)), \
                 sum(iif({test}, i.open & 4294967295, 0))"
            )
        })
        .collect::<Vec<_>>()
        .join(",\n                ");
    let sql = format!(
        r#"
        {items}
        SELECT
            {bands}
        FROM items AS i
        WHERE i.open > 0
        "#
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let totals = stmt.query_row(rusqlite::params_from_iter(params.iter()), |row| {
        (0..=cuts.len())
            .map(|i| {
                // An empty book sums to NULL.
                let get = |column: usize| -> rusqlite::Result<i64> {
                    Ok(row.get::<_, Option<i64>>(column)?.unwrap_or(0))
                };
                let (count, high, low) = (get(3 * i)?, get(3 * i + 1)?, get(3 * i + 2)?);
                Ok((count, (i128::from(high) << 32) + i128::from(low)))
            })
            .collect::<rusqlite::Result<Vec<_>>>()
    })?;
    Ok(totals)
}

/// SQL for whether an item `i` falls in band `i` of the bands that
/// `cuts` cuts make (see `debit_sums`): dates compare as ISO text, and the
/// cuts are bound as parameters ?7, ?8, ..., one a cut.
fn band_test(band: usize, cuts: usize) -> String {
    let low = (band > 0).then(|| format!("i.due_date >= ?{}", 6 + band));
    let high = (band < cuts).then(|| format!("i.due_date < ?{}", 7 + band));
    let test = [low, high]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" AND ");
    if test.is_empty() {
        "1".to_string()
    } else {
        test
    }
}

/// The start of a `WITH` clause whose last part is `items (customer_id,
/// due_date, open)`: the open debits matching `query` and what was open
/// on each at the end of `query.as_of`, read from the index of open debits
/// by customer (which holds every column needed, so the entries
/// themselves are visited only for the few items something after the day
/// touched). With its parameters: the query's, then the `cuts`.
fn debit_items(
    conn: &Connection,
    query: &DebitQuery,
    cuts: &[NaiveDate],
) -> Result<(String, Vec<Box<dyn rusqlite::ToSql>>)> {
    let settled = is_settled_as_of(conn, query.as_of)?;
    let filters = r#"
              AND e.kind IN ('invoice', 'opening')
              AND e.date <= ?1
              AND e.due_date BETWEEN coalesce(?2, '0000-01-01') AND coalesce(?3, '9999-12-31')
              AND (?4 IS NULL OR e.customer_id = ?4)
              AND (?5 IS NULL OR fold(coalesce(
                    e.location,
                    (SELECT location FROM customers WHERE id = e.customer_id)
                  )) = fold(?5))
              AND (?6 IS NULL OR EXISTS (
                    SELECT 1
                    FROM customer_tags AS t
                    WHERE t.customer_id = e.customer_id
                      AND t.tag = ?6
              ))"#;
    let open_now = open_now_as_of(settled);
    let later = later_join(settled);
    let (with, touched) =
        touched_not_open_now("debit", settled, "?1", "e.customer_id, e.due_date", filters);
    let sql = format!(
        r#"
        {with}
        items (customer_id, due_date, open) AS (
            SELECT e.customer_id, e.due_date, {open_now}
            FROM entries AS e INDEXED BY entries_open_debits_by_customer
            {later}
            WHERE e.side = 'debit'
              AND e.void_date IS NULL
              AND e.open_amount > 0
              {filters}
            {touched}
        )"#
    );
    let mut params: Vec<Box<dyn rusqlite::ToSql>> = vec![
        Box::new(format_date(query.as_of)),
        Box::new(query.due_from.map(format_date)),
        Box::new(query.due_to.map(format_date)),
        Box::new(query.customer_id),
        Box::new(query.location.clone()),
        Box::new(query.tag.clone()),
    ];
    params.extend(
        cuts.iter()
            .map(|&cut| Box::new(format_date(cut)) as Box<dyn rusqlite::ToSql>),
    );
    Ok((sql, params))
}

/// A customer's unused credit at the end of a day, by where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnusedCredit {
    pub customer_id: i64,
    pub contact_id: String,
    pub billing_name: Option<String>,
    pub billing_phone: Option<String>,
    pub billing_email: Option<String>,
    pub credit_limit: Option<Money>,
    /// Left from advance payments and overpayments.
    pub payments: Money,
    /// Left from returns not applied or paid back.
    pub returns: Money,
    /// Left from a payable opening balance.
    pub opening: Money,
    /// The date of the oldest credit with something left.
    pub oldest: NaiveDate,
}

impl UnusedCredit {
    /// All of it.
    pub fn total(&self) -> Money {
        Money::from_minor(self.payments.minor() + self.returns.minor() + self.opening.minor())
    }
}

/// Every customer holding unused credit at the end of `as_of`, by contact
/// id, optionally only one customer or those with a tag.
pub fn unused_credits(
    conn: &Connection,
    as_of: NaiveDate,
    customer_id: Option<i64>,
    tag: Option<&str>,
    mut each: impl FnMut(UnusedCredit) -> Result<()>,
) -> Result<()> {
    let settled = is_settled_as_of(conn, as_of)?;
    let open_now = open_now_as_of(settled);
    let later = later_join(settled);
    let (with, touched) = touched_not_open_now(
        "credit",
        settled,
        ":as_of",
        "e.customer_id, e.kind, e.date",
        "AND (:customer IS NULL OR e.customer_id = :customer)",
    );
    // Credits with something left now come from their partial index, which
    // holds every column read here.
    let sql = format!(
        r#"
        {with}
        unused AS (
            SELECT e.customer_id, e.kind, e.date, {open_now} AS left
            FROM entries AS e INDEXED BY entries_open_credits
            {later}
            WHERE e.side = 'credit'
              AND e.void_date IS NULL
              AND e.open_amount > 0
              AND e.date <= :as_of
              AND (:customer IS NULL OR e.customer_id = :customer)
            {touched}
        )
        SELECT
            c.id, c.contact_id, coalesce(c.billing_name, c.name), c.billing_phone,
            c.billing_email, c.credit_limit,
            sum(CASE u.kind WHEN 'payment' THEN u.left ELSE 0 END),
            sum(CASE u.kind WHEN 'return' THEN u.left ELSE 0 END),
            sum(CASE u.kind WHEN 'opening' THEN u.left ELSE 0 END),
            min(u.date)
        FROM unused AS u
        JOIN customers AS c ON c.id = u.customer_id
        WHERE u.left > 0
          AND (:tag IS NULL OR EXISTS (
                SELECT 1
                FROM customer_tags AS t
                WHERE t.customer_id = c.id
                  AND t.tag = :tag
          ))
        GROUP BY u.customer_id
        ORDER BY c.contact_key
        "#
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::named_params! {
        ":as_of": format_date(as_of),
        ":customer": customer_id,
        ":tag": tag,
    })?;
    while let Some(row) = rows.next()? {
        let oldest: String = row.get(9)?;
        each(UnusedCredit {
            customer_id: row.get(0)?,
            contact_id: row.get(1)?,
            billing_name: row.get(2)?,
            billing_phone: row.get(3)?,
            billing_email: row.get(4)?,
            credit_limit: row.get::<_, Option<i64>>(5)?.map(Money::from_minor),
            payments: Money::from_minor(row.get(6)?),
            returns: Money::from_minor(row.get(7)?),
            opening: Money::from_minor(row.get(8)?),
            oldest: parse_date(&oldest).map_err(Error::Invalid)?,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;
    use crate::store::Store;

    /// The query plan of `open_debits` for one due day, as SQLite explains it.
    fn plan(conn: &Connection, order: DebitOrder, way: Way) -> Vec<String> {
        let sql = format!("EXPLAIN QUERY PLAN {}", open_debits_sql(order, way));
        let mut stmt = conn.prepare(&sql).unwrap();
        let rows = stmt
            .query_map(
                rusqlite::named_params! {
                    ":as_of": "2026-03-15",
                    ":due_from": "2026-03-15",
                    ":due_to": "2026-03-15",
                    ":customer": None::<i64>,
                    ":location": None::<String>,
                    ":tag": None::<String>,
                },
                |row| row.get::<_, String>(3),
            )
            .unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    }

    /// Fail if a step of `plan` walks a whole table of entries or
    /// applications.
    fn assert_no_history_scan(plan: &[String]) {
        let text = plan.join("\n");
        for step in plan {
            let scans_history = step.starts_with("SCAN ")
                && (step.contains("entries") || step.contains("applications"))
                && !step.contains("USING");
            assert!(!scans_history, "{step} in\n{text}");
        }
    }

    #[test]
    fn receivables_read_open_items_and_later_changes_only() {
        let store = Store::in_memory(Currency::default()).unwrap();
        let plan = store
            .read(|conn| Ok(plan(conn, DebitOrder::Due, Way::Corrected)))
            .unwrap();
        let text = plan.join("\n");
        assert!(text.contains("entries_open_debits"), "{text}");
        assert!(text.contains("applications_by_date"), "{text}");
        assert!(text.contains("entries_by_void_date"), "{text}");
        assert_no_history_scan(&plan);
    }

    #[test]
    fn settled_receivables_read_open_items_alone() {
        let store = Store::in_memory(Currency::default()).unwrap();
        for order in [DebitOrder::Due, DebitOrder::Customer] {
            let plan = store
                .read(|conn| Ok(plan(conn, order, Way::Settled)))
                .unwrap();
            let text = plan.join("\n");
            // The index holds every column read of an entry: the table
            // itself is never visited.
            assert!(
                text.contains("USING COVERING INDEX entries_open_debits "),
                "{text}"
            );
            assert!(!text.contains("applications"), "{text}");
            assert_no_history_scan(&plan);
        }
    }

    #[test]
    fn a_few_days_due_long_ago_read_those_days_debits_alone() {
        let store = Store::in_memory(Currency::default()).unwrap();
        let plan = store
            .read(|conn| Ok(plan(conn, DebitOrder::Due, Way::DueInRange)))
            .unwrap();
        let text = plan.join("\n");
        assert!(text.contains("entries_debits_by_due"), "{text}");
        assert!(!text.contains("applications_by_date"), "{text}");
        assert_no_history_scan(&plan);
    }

    #[test]
    fn book_totals_are_exact_past_sixty_four_bits() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        // Ten thousand of the largest amounts, each open, sum to more than
        // SQLite's 64-bit integers hold; two more fall in other bands. They
        // are spread over days and customers, as the kept totals of a day
        // or a customer's year are 64-bit sums.
        let largest = crate::domain::money::MAX_MINOR_UNITS;
        store
            .write(|tx| {
                tx.execute_batch(
                    r#"
                    INSERT INTO customers (id, contact_id, contact_key, registered)
                    VALUES (1, 'A', 'a', '2026-01-01'), (2, 'B', 'b', '2026-01-01');
                    "#,
                )?;
                let mut insert = tx.prepare(
                    "INSERT INTO entries (customer_id, kind, side, number, date, due_date, amount, open_amount)
                     VALUES (?1, 'invoice', 'debit', ?2, date('2025-01-01', ?3 || ' days'), ?4, ?5, ?5)",
                )?;
                for n in 0..10_000 {
                    insert.execute((1 + n % 2, format!("INV-{n}"), n % 300, "2026-03-01", largest))?;
                }
                insert.execute((1, "INV-today", 0, "2026-03-02", 7))?;
                insert.execute((2, "INV-later", 0, "2026-04-01", largest - 1))?;
                Ok(())
            })
            .unwrap();
        let query = DebitQuery {
            as_of: parse_date("2026-03-02").unwrap(),
            due_from: None,
            due_to: None,
            customer_id: None,
            location: None,
            tag: None,
        };
        let cuts = [query.as_of, parse_date("2026-03-03").unwrap()];
        let totals = store
            .read(|conn| debit_totals(conn, &query, &cuts))
            .unwrap();
        let largest = i128::from(largest);
        assert!(10_000 * largest > i128::from(i64::MAX));
        assert_eq!(
            totals,
            vec![(10_000, 10_000 * largest), (1, 7), (1, largest - 1)]
        );
    }

    #[test]
    fn books_are_settled_until_something_is_dated_after_the_day() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        let day = |d: &str| parse_date(d).unwrap();
        let settled =
            |store: &Store, d: &str| store.read(|conn| is_settled_as_of(conn, day(d))).unwrap();
        assert!(settled(&store, "2026-03-01"));
        store
            .write(|tx| {
                tx.execute_batch(
                    r#"
                    INSERT INTO customers (id, contact_id, contact_key, registered)
                    VALUES (1, 'A', 'a', '2026-01-01');
                    INSERT INTO entries (id, customer_id, kind, side, number, date, due_date, amount, open_amount)
                    VALUES (1, 1, 'invoice', 'debit', 'INV-1', '2026-03-01', '2026-03-01', 500, 200),
                           (2, 1, 'payment', 'credit', 'PAY-1', '2026-03-05', NULL, 300, 0);
                    INSERT INTO applications (credit_id, debit_id, amount, date)
                    VALUES (2, 1, 300, '2026-03-05');
                    "#,
                )?;
                Ok(())
            })
            .unwrap();
        assert!(!settled(&store, "2026-03-04"));
        assert!(settled(&store, "2026-03-05"));
        store
            .write(|tx| {
                tx.execute(
                    "UPDATE entries SET void_date = '2026-03-09' WHERE id = 2",
                    [],
                )?;
                Ok(())
            })
            .unwrap();
        assert!(!settled(&store, "2026-03-08"));
        assert!(settled(&store, "2026-03-09"));
    }
}
