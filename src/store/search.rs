//! The substring index behind `customer list`'s text filters.
//!
//! `customer_search_text` holds, per customer, the texts the filters look
//! in, already folded the way the filters fold (see the view
//! `customer_search_source`); `customer_search` is an FTS5 trigram index
//! over it. A filter of three characters or more first asks the index
//! which customers could match, then applies its own exact test to those
//! alone, so the index only ever narrows and never decides.
//!
//! The folding is duebook's own (a Rust function), so the index is kept in
//! step by TEMP triggers that each duebook connection installs, like the
//! history. Changes made with another SQLite client leave it stale: `check`
//! finds that, and `check --repair` builds it again.

use anyhow::Result;
use rusqlite::Connection;

/// The tables whose rows feed a customer's search texts, and which
/// customer a changed row belongs to.
const SOURCES: &[(&str, &str, &str)] = &[
    (
        "customers",
        "UPDATE OF contact_key, name, billing_name, billing_email, billing_phone, \
         billing_phone_digits, shipping_name, shipping_phone",
        "id",
    ),
    (
        "customer_contacts",
        "UPDATE OF customer_id, name, email, phone",
        "customer_id",
    ),
];

/// Statements that make the search texts of customer `id` (an SQL
/// expression) what its rows say now, taking its old texts out of the
/// index first, when `when` holds. A customer that no longer exists is
/// left out.
fn refresh(id: &str, when: &str) -> String {
    refresh_where(&format!("customer_id = {id} AND {when}"))
}

/// Statements that make the search texts of the customers for which
/// `condition` (on `customer_id`) holds what their rows say now.
fn refresh_where(condition: &str) -> String {
    format!(
        r#"
        INSERT INTO main.customer_search (customer_search, rowid, key, names, email, other, phone, digits)
        SELECT 'delete', customer_id, key, names, email, other, phone, digits
        FROM main.customer_search_text
        WHERE {condition};
        DELETE FROM main.customer_search_text WHERE {condition};
        INSERT INTO main.customer_search_text (customer_id, key, names, email, other, phone, digits)
        SELECT customer_id, key, names, email, other, phone, digits
        FROM main.customer_search_source
        WHERE {condition};
        INSERT INTO main.customer_search (rowid, key, names, email, other, phone, digits)
        SELECT customer_id, key, names, email, other, phone, digits
        FROM main.customer_search_text
        WHERE {condition};
        "#
    )
}

/// The names of the triggers `install` makes.
fn trigger_names() -> impl Iterator<Item = String> {
    SOURCES.iter().flat_map(|(table, _, _)| {
        ["insert", "delete", "update"]
            .into_iter()
            .map(move |name| format!("search_{table}_{name}"))
    })
}

/// Stop keeping the index in step row by row, for the rest of a bulk write
/// such as an import: a write of many customers updates the index far
/// faster in one pass at the end. The writer notes each customer it
/// touches with `note_pending` and ends with `catch_up`, or, when it only
/// adds customers, notes none and ends with `catch_up_above`. Inside the
/// writer's transaction, so a rollback restores the triggers too.
pub fn set_aside(conn: &Connection) -> Result<()> {
    for name in trigger_names() {
        conn.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{name};"))?;
    }
    conn.execute_batch(
        r#"
        CREATE TEMP TABLE IF NOT EXISTS search_pending (customer_id INTEGER PRIMARY KEY);
        DELETE FROM temp.search_pending;
        "#,
    )?;
    Ok(())
}

/// Note that customer `id`'s search texts may have changed, after
/// `set_aside`.
pub fn note_pending(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO temp.search_pending (customer_id) VALUES (?1)")?
        .execute([id])?;
    Ok(())
}

/// Bring the texts of every customer noted since `set_aside` up to date in
/// one pass, and keep the index in step row by row again.
pub fn catch_up(conn: &Connection) -> Result<()> {
    conn.execute_batch(&refresh_where(
        "customer_id IN (SELECT customer_id FROM temp.search_pending)",
    ))?;
    conn.execute_batch("DELETE FROM temp.search_pending;")?;
    install(conn)
}

/// Like `catch_up`, for a write that only added customers, all with row
/// ids above `last_before` and none of them noted: those are the
/// customers to bring up to date.
pub fn catch_up_above(conn: &Connection, last_before: i64) -> Result<()> {
    conn.execute_batch(&refresh_where(&format!("customer_id > {last_before}")))?;
    install(conn)
}

/// Make this connection keep the search index in step with its writes.
pub fn install(conn: &Connection) -> Result<()> {
    for (table, update, column) in SOURCES {
        let (new, old) = (format!("new.{column}"), format!("old.{column}"));
        let triggers = [
            ("INSERT", "insert", refresh(&new, "1")),
            ("DELETE", "delete", refresh(&old, "1")),
            (
                *update,
                "update",
                // A contact moved to another customer changes both.
                refresh(&old, "1") + &refresh(&new, &format!("{new} <> {old}")),
            ),
        ];
        for (event, name, body) in triggers {
            conn.execute_batch(&format!(
                r#"
                CREATE TEMP TRIGGER IF NOT EXISTS search_{table}_{name}
                AFTER {event} ON main.{table}
                BEGIN
                {body}
                END;
                "#
            ))?;
        }
    }
    Ok(())
}

/// Build the search texts and the index again from the customers; returns
/// how many customers it holds.
pub fn rebuild(conn: &Connection) -> Result<usize> {
    conn.execute_batch(
        r#"
        DELETE FROM customer_search_text;
        INSERT INTO customer_search_text (customer_id, key, names, email, other, phone, digits)
        SELECT customer_id, key, names, email, other, phone, digits
        FROM customer_search_source;
        INSERT INTO customer_search (customer_search) VALUES ('rebuild');
        "#,
    )?;
    Ok(
        conn.query_row("SELECT count(*) FROM customer_search_text", [], |row| {
            row.get::<_, i64>(0)
        })? as usize,
    )
}

/// The contact ids of customers whose search texts are not what their
/// rows say, at most 100.
pub fn stale(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        r#"
        WITH
        kept AS (
            SELECT customer_id, key, names, email, other, phone, digits
            FROM customer_search_text
        ),
        now AS (
            SELECT customer_id, key, names, email, other, phone, digits
            FROM customer_search_source
        ),
        wrong AS (
            SELECT customer_id FROM (SELECT * FROM kept EXCEPT SELECT * FROM now)
            UNION
            SELECT customer_id FROM (SELECT * FROM now EXCEPT SELECT * FROM kept)
        )
        SELECT coalesce(c.contact_id, 'customer row ' || w.customer_id)
        FROM wrong AS w
        LEFT JOIN customers AS c ON c.id = w.customer_id
        ORDER BY 1
        LIMIT 100
        "#,
    )?;
    let customers = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(customers)
}

/// An FTS5 query for `text` anywhere in `columns`, or `None` when `text`
/// is too short for a trigram index (under three characters) and the
/// filter must read every customer.
pub fn matching(columns: &str, text: &str) -> Option<String> {
    (text.chars().count() >= 3)
        .then(|| format!("{{{columns}}} : \"{}\"", text.replace('"', "\"\"")))
}
