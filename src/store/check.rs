//! `duebook check`: SQLite's own integrity checks, then the rules of the
//! books, each over the whole database in a few queries.
//!
//! The rules, from the product's definition of balances:
//!
//! - every entry's open amount equals its amount less the applications that
//!   still count (nothing for a voided entry), and is never below zero;
//! - every application joins a credit to a debit of the same customer, is
//!   positive, and is not dated before either entry;
//! - every refund is wholly drawn from credit;
//! - the opening entry matches the customer's opening balance;
//! - the current balance (opening receivable − opening payable + invoices −
//!   payments − returns + refunds, voids aside) equals what the debits still
//!   lack less what the credits have left;
//! - the totals kept for `top`, per customer and year and per day, equal
//!   the same totals worked out from the entries;
//! - the texts the customer searches read are the customers' own.

use anyhow::Result;
use rusqlite::Connection;

use crate::domain::money::Currency;

use super::entry::COUNTED_APPLIED;

/// One broken rule, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A short name of the rule, such as `open-amount`.
    pub rule: &'static str,
    /// The record: a customer's contact id, an entry number, a table row.
    pub record: String,
    /// What is wrong, with the numbers.
    pub detail: String,
}

/// What was looked at, for the closing message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub customers: i64,
    pub entries: i64,
    pub applications: i64,
}

/// Run every check; an empty list means the database is sound.
pub fn check(conn: &Connection, currency: &Currency) -> Result<(Vec<Problem>, Counts)> {
    let mut problems = Vec::new();
    let money = |minor: i64| currency.format_minor(minor);

    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    for line in stmt.query_map([], |row| row.get::<_, String>(0))? {
        let line = line?;
        if line != "ok" {
            problems.push(Problem {
                rule: "integrity",
                record: "database".into(),
                detail: line,
            });
        }
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, Option<i64>>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (table, rowid, parent) = row?;
        problems.push(Problem {
            rule: "foreign-key",
            record: format!(
                "{table} row {}",
                rowid.map_or("?".to_string(), |r| r.to_string())
            ),
            detail: format!("refers to a missing row of {parent}"),
        });
    }

    let sql = format!(
        r#"
        WITH counted AS (
            SELECT e.id, {COUNTED_APPLIED} AS applied
            FROM entries AS e
        )
        SELECT coalesce(e.number, 'opening of ' || c.contact_id), e.amount, e.open_amount,
            counted.applied, e.void_date IS NOT NULL
        FROM entries AS e
        JOIN counted ON counted.id = e.id
        JOIN customers AS c ON c.id = e.customer_id
        WHERE e.open_amount <> CASE WHEN e.void_date IS NOT NULL THEN 0 ELSE e.amount - counted.applied END
           OR (e.void_date IS NULL AND counted.applied > e.amount)
        ORDER BY e.id
        "#
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
        ))
    })?;
    for row in rows {
        let (record, amount, open, applied, voided): (String, i64, i64, i64, bool) = row?;
        let (rule, detail) = if !voided && applied > amount {
            (
                "over-applied",
                format!(
                    "{} applied to an amount of {}",
                    money(applied),
                    money(amount)
                ),
            )
        } else {
            let expected = if voided { 0 } else { amount - applied };
            (
                "open-amount",
                format!(
                    "open amount is {}, should be {}",
                    money(open),
                    money(expected)
                ),
            )
        };
        problems.push(Problem {
            rule,
            record,
            detail,
        });
    }

    let mut stmt = conn.prepare(
        r#"
        SELECT a.id, credit.number, debit.number, credit.side, debit.side,
            credit.customer_id = debit.customer_id,
            a.date >= credit.date AND a.date >= debit.date
        FROM applications AS a
        JOIN entries AS credit ON credit.id = a.credit_id
        JOIN entries AS debit ON debit.id = a.debit_id
        WHERE credit.side <> 'credit'
           OR debit.side <> 'debit'
           OR credit.customer_id <> debit.customer_id
           OR a.date < credit.date
           OR a.date < debit.date
        ORDER BY a.id
        "#,
    )?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, Option<String>>(1)?,
            row.get::<_, Option<String>>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
            row.get::<_, bool>(5)?,
            row.get::<_, bool>(6)?,
        ))
    })?;
    for row in rows {
        let (id, credit, debit, credit_side, debit_side, same_customer, dated_after) = row?;
        let name = |n: Option<String>| n.unwrap_or_else(|| "opening".to_string());
        let record = format!("application {id} ({} to {})", name(credit), name(debit));
        let detail = if credit_side != "credit" || debit_side != "debit" {
            format!("joins a {credit_side} to a {debit_side}; it must join a credit to a debit")
        } else if !same_customer {
            "joins entries of two customers".to_string()
        } else if !dated_after {
            "is dated before one of its entries".to_string()
        } else {
            "is malformed".to_string()
        };
        problems.push(Problem {
            rule: "application",
            record,
            detail,
        });
    }

    let mut stmt = conn.prepare(
        r#"
        SELECT number, open_amount
        FROM entries
        WHERE kind = 'refund'
          AND void_date IS NULL
          AND open_amount > 0
        ORDER BY id
        "#,
    )?;
    for row in stmt.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
    })? {
        let (number, open) = row?;
        problems.push(Problem {
            rule: "refund",
            record: number,
            detail: format!("{} of it is not drawn from any credit", money(open)),
        });
    }

    let mut stmt = conn.prepare(
        r#"
        SELECT c.contact_id,
            c.opening_type, c.opening_amount, coalesce(c.opening_date, c.registered),
            e.side, e.amount, e.date
        FROM customers AS c
        LEFT JOIN entries AS e ON e.customer_id = c.id AND e.kind = 'opening'
        WHERE (c.opening_amount > 0) <> (e.id IS NOT NULL)
           OR (e.id IS NOT NULL AND (
                e.amount <> c.opening_amount
                OR e.date <> coalesce(c.opening_date, c.registered)
                OR e.side <> CASE c.opening_type WHEN 'receivable' THEN 'debit' ELSE 'credit' END
           ))
        ORDER BY c.contact_key
        "#,
    )?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, Option<String>>(1)?,
            row.get::<_, i64>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, Option<String>>(4)?,
            row.get::<_, Option<i64>>(5)?,
            row.get::<_, Option<String>>(6)?,
        ))
    })?;
    for row in rows {
        let (contact_id, kind, amount, date, side, entry_amount, entry_date) = row?;
        let recorded = format!(
            "{} {} on {date}",
            kind.unwrap_or_else(|| "none".into()),
            money(amount)
        );
        let entry = match (side, entry_amount, entry_date) {
            (Some(side), Some(amount), Some(date)) => {
                format!("a {side} of {} on {date}", money(amount))
            }
            _ => "no opening entry".to_string(),
        };
        problems.push(Problem {
            rule: "opening",
            record: contact_id,
            detail: format!("the customer records {recorded}, but the books hold {entry}"),
        });
    }

    let mut stmt = conn.prepare(
        r#"
        SELECT c.contact_id,
            CASE c.opening_type WHEN 'receivable' THEN c.opening_amount
                WHEN 'payable' THEN -c.opening_amount ELSE 0 END
            + coalesce((
                SELECT sum(CASE e.kind
                    WHEN 'invoice' THEN e.amount
                    WHEN 'refund' THEN e.amount
                    ELSE -e.amount END)
                FROM entries AS e
                WHERE e.customer_id = c.id
                  AND e.kind <> 'opening'
                  AND e.void_date IS NULL
            ), 0) AS by_rule,
            coalesce((
                SELECT sum(CASE e.side WHEN 'debit' THEN e.open_amount ELSE -e.open_amount END)
                FROM entries AS e
                WHERE e.customer_id = c.id
                  AND e.void_date IS NULL
            ), 0) AS by_open_items
        FROM customers AS c
        WHERE by_rule <> by_open_items
        ORDER BY c.contact_key
        "#,
    )?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (contact_id, by_rule, by_items) = row?;
        problems.push(Problem {
            rule: "balance",
            record: contact_id,
            detail: format!(
                "entries give a balance of {}, but open invoices less unused credit give {}",
                money(by_rule),
                money(by_items)
            ),
        });
    }

    kept_totals(conn, &mut problems)?;
    for record in super::search::stale(conn)? {
        problems.push(Problem {
            rule: "search-index",
            record,
            detail: "the texts the customer searches read are not the customer's own (changed \
                     outside duebook?); run `duebook check --repair` to build them again"
                .to_string(),
        });
    }

    let counts = conn.query_row(
        r#"
        SELECT
            (SELECT count(*) FROM customers),
            (SELECT count(*) FROM entries),
            (SELECT count(*) FROM applications)
        "#,
        [],
        |row| {
            Ok(Counts {
                customers: row.get(0)?,
                entries: row.get(1)?,
                applications: row.get(2)?,
            })
        },
    )?;
    Ok((problems, counts))
}

/// Compare the kept totals with the entries, both ways, so a missing,
/// extra or wrong row is found.
fn kept_totals(conn: &Connection, problems: &mut Vec<Problem>) -> Result<()> {
    let checks = [
        (
            "customer_years",
            "customer_id, CAST(substr(date, 1, 4) AS INTEGER)",
            "customer_id, year",
            "'customer ' || coalesce((SELECT contact_id FROM customers WHERE id = t.k1), t.k1) \
             || ', year ' || t.k2",
        ),
        ("book_days", "date", "day", "'day ' || t.k1"),
    ];
    for (table, group, columns, label) in checks {
        let keys = if columns.contains(',') {
            "k1, k2"
        } else {
            "k1"
        };
        let sql = format!(
            r#"
            WITH
            worked ({keys}, invoiced, returned, paid, invoices) AS (
                SELECT {group},
                    sum(iif(kind = 'invoice', amount, 0)),
                    sum(iif(kind = 'return', amount, 0)),
                    sum(iif(kind = 'payment', amount, 0)),
                    sum(kind = 'invoice')
                FROM entries
                WHERE kind IN ('invoice', 'return', 'payment')
                  AND void_date IS NULL
                GROUP BY {group}
            ),
            kept ({keys}, invoiced, returned, paid, invoices) AS (
                SELECT {columns}, invoiced, returned, paid, invoices FROM {table}
            ),
            wrong AS (
                SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM worked)
                UNION ALL
                SELECT * FROM (SELECT * FROM worked EXCEPT SELECT * FROM kept)
            )
            SELECT DISTINCT {label}
            FROM wrong AS t
            ORDER BY 1
            LIMIT 100
            "#
        );
        let mut stmt = conn.prepare(&sql)?;
        for record in stmt.query_map([], |row| row.get::<_, String>(0))? {
            problems.push(Problem {
                rule: "kept-totals",
                record: record?,
                detail: format!(
                    "the totals kept in {table} for top differ from the entries; \
                     run `duebook check --repair` to work them out again"
                ),
            });
        }
    }
    Ok(())
}
