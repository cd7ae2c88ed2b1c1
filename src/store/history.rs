//! The record of every change: who, when, with which command, and the row
//! before and after.
//!
//! Triggers write it, so no path that changes customers, their tags,
//! contacts and aliases, entries or applications can forget to. They are
//! TEMP triggers, made on every connection this program opens, because they
//! read who is acting from a TEMP table that only this connection sees; a
//! change made with another SQLite tool is therefore not recorded. The open
//! amount that every write keeps in step is not history of its own: updates
//! that touch only it are not recorded. An entries import records one
//! change per customer it added to, not one per row; a customer import
//! that only adds customers records their rows after its last row, the
//! same records the triggers would have made (a customer's aliases in the
//! order of their keys).

use anyhow::Result;
use rusqlite::Connection;

use crate::domain::customer::FIELDS;

/// The columns of an entry recorded in its history, as stored.
const ENTRY_FIELDS: &[&str] = &[
    "kind",
    "side",
    "number",
    "date",
    "amount",
    "due_date",
    "location",
    "method",
    "reference",
    "note",
    "void_date",
];

/// The keys of recorded rows that hold amounts in minor units.
pub const AMOUNT_KEYS: &[&str] = &["amount", "opening_amount", "credit_limit"];

/// SQL for the text of a JSON object of `members`, each a key and the SQL
/// expression of its value, with the members whose value is null left out:
/// a customer record has two dozen fields, most of them often empty, and
/// its history takes a third of the room without them. Each member is its
/// key and its value as `json_quote` writes it (as `json_object` would),
/// or null when that is the bare `null` only a null value gives, and
/// `concat_ws` skips nulls. Each value is read once, and no JSON is parsed.
fn object(members: &[(&str, String)]) -> String {
    let parts: Vec<String> = members
        .iter()
        .map(|(key, value)| {
            format!("nullif('\"{key}\":' || json_quote({value}), '\"{key}\":null')")
        })
        .collect();
    format!("('{{' || concat_ws(',', {}) || '}}')", parts.join(", "))
}

/// The members for the named columns of row `row` (`NEW` or `OLD`).
fn columns<'a>(row: &str, fields: &[&'a str]) -> Vec<(&'a str, String)> {
    fields.iter().map(|f| (*f, format!("{row}.{f}"))).collect()
}

fn entry_json(row: &str) -> String {
    let mut members = columns(row, ENTRY_FIELDS);
    members.push(("contact_id", contact_id_of(row)));
    object(&members)
}

/// One trigger: after `event` on `table`, record `record` with the given
/// SQL expressions, when `condition` holds.
struct Trigger<'a> {
    name: &'a str,
    event: String,
    table: &'a str,
    condition: Option<String>,
    record: &'a str,
    action: &'a str,
    customer_id: String,
    contact_id: String,
    number: String,
    before: String,
    after: String,
}

impl Trigger<'_> {
    fn sql(&self) -> String {
        let when = self
            .condition
            .as_ref()
            .map_or(String::new(), |c| format!("WHEN {c}"));
        format!(
            r#"
            CREATE TEMP TRIGGER IF NOT EXISTS history_{name}
            AFTER {event} ON main.{table}
            {when}
            BEGIN
                {record}
                FROM temp.history_context AS x;
            END;
            "#,
            name = self.name,
            event = self.event,
            table = self.table,
            record = self.insert_record(),
        )
    }

    /// SQL that records at once what this trigger, one of inserts, would
    /// have recorded for each row of its table that belongs to a customer
    /// with a row id above `?1`.
    fn for_rows_above(&self) -> String {
        format!(
            r#"
            {record}
            FROM main.{table} AS new
            CROSS JOIN temp.history_context AS x
            WHERE {customer_id} > ?1
            "#,
            record = self.insert_record(),
            table = self.table,
            customer_id = self.customer_id,
        )
    }

    /// The insert of this trigger's record, all but its FROM: the row is
    /// `NEW` or `OLD`, and `x` is who is acting with which command.
    fn insert_record(&self) -> String {
        format!(
            r#"
            INSERT INTO main.history
                (at, user, command, record, action, customer_id, contact_id, number, before, after)
            SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), x.user, x.command, '{record}', '{action}',
                {customer_id}, {contact_id}, {number}, {before}, {after}
            "#,
            record = self.record,
            action = self.action,
            customer_id = self.customer_id,
            contact_id = self.contact_id,
            number = self.number,
            before = self.before,
            after = self.after,
        )
    }
}

fn contact_id_of(row: &str) -> String {
    format!("(SELECT contact_id FROM main.customers WHERE id = {row}.customer_id)")
}

fn triggers() -> Vec<Trigger<'static>> {
    let null = || "NULL".to_string();
    // Every field the customers table holds; tags have a table of their own.
    let fields: Vec<&str> = FIELDS.iter().copied().filter(|f| *f != "tags").collect();
    let customer_new = object(&columns("NEW", &fields));
    let customer_old = object(&columns("OLD", &fields));
    let contact_fields = ["name", "role", "email", "phone"];
    let contact = |row: &str| object(&columns(row, &contact_fields));
    // A contact's record as it changes also names its customer.
    let contact_of = |row: &str| {
        let mut members = columns(row, &contact_fields);
        members.push(("contact_id", contact_id_of(row)));
        object(&members)
    };
    let entry_columns = ENTRY_FIELDS.join(", ");
    vec![
        Trigger {
            name: "customer_insert",
            event: "INSERT".into(),
            table: "customers",
            condition: None,
            record: "customer",
            action: "insert",
            customer_id: "NEW.id".into(),
            contact_id: "NEW.contact_id".into(),
            number: null(),
            before: null(),
            after: customer_new.clone(),
        },
        Trigger {
            name: "customer_update",
            event: "UPDATE".into(),
            table: "customers",
            condition: Some(format!("{customer_old} IS NOT {customer_new}")),
            record: "customer",
            action: "update",
            customer_id: "NEW.id".into(),
            contact_id: "NEW.contact_id".into(),
            number: null(),
            before: customer_old.clone(),
            after: customer_new,
        },
        Trigger {
            name: "customer_delete",
            event: "DELETE".into(),
            table: "customers",
            condition: None,
            record: "customer",
            action: "delete",
            customer_id: "OLD.id".into(),
            contact_id: "OLD.contact_id".into(),
            number: null(),
            before: customer_old,
            after: null(),
        },
        Trigger {
            name: "tag_insert",
            event: "INSERT".into(),
            table: "customer_tags",
            condition: None,
            record: "tag",
            action: "insert",
            customer_id: "NEW.customer_id".into(),
            contact_id: contact_id_of("NEW"),
            number: null(),
            before: null(),
            after: object(&[("tag", "NEW.tag".into())]),
        },
        Trigger {
            name: "tag_delete",
            event: "DELETE".into(),
            table: "customer_tags",
            condition: None,
            record: "tag",
            action: "delete",
            customer_id: "OLD.customer_id".into(),
            contact_id: contact_id_of("OLD"),
            number: null(),
            before: object(&[("tag", "OLD.tag".into())]),
            after: null(),
        },
        Trigger {
            name: "contact_insert",
            event: "INSERT".into(),
            table: "customer_contacts",
            condition: None,
            record: "contact",
            action: "insert",
            customer_id: "NEW.customer_id".into(),
            contact_id: contact_id_of("NEW"),
            number: "NEW.id".into(),
            before: null(),
            after: contact("NEW"),
        },
        Trigger {
            name: "contact_update",
            event: "UPDATE".into(),
            table: "customer_contacts",
            condition: None,
            record: "contact",
            action: "update",
            customer_id: "NEW.customer_id".into(),
            contact_id: contact_id_of("NEW"),
            number: "NEW.id".into(),
            before: contact_of("OLD"),
            after: contact_of("NEW"),
        },
        Trigger {
            name: "contact_delete",
            event: "DELETE".into(),
            table: "customer_contacts",
            condition: None,
            record: "contact",
            action: "delete",
            customer_id: "OLD.customer_id".into(),
            contact_id: contact_id_of("OLD"),
            number: "OLD.id".into(),
            before: contact("OLD"),
            after: null(),
        },
        Trigger {
            name: "alias_insert",
            event: "INSERT".into(),
            table: "customer_aliases",
            condition: None,
            record: "alias",
            action: "insert",
            customer_id: "NEW.customer_id".into(),
            contact_id: contact_id_of("NEW"),
            number: null(),
            before: null(),
            after: object(&[("alias", "NEW.alias".into()), ("former_id", "NEW.former_id".into())]),
        },
        Trigger {
            name: "alias_update",
            event: "UPDATE".into(),
            table: "customer_aliases",
            condition: None,
            record: "alias",
            action: "update",
            customer_id: "NEW.customer_id".into(),
            contact_id: contact_id_of("NEW"),
            number: null(),
            before: object(&[("alias", "OLD.alias".into()), ("contact_id", contact_id_of("OLD"))]),
            after: object(&[("alias", "NEW.alias".into()), ("contact_id", contact_id_of("NEW"))]),
        },
        Trigger {
            name: "entry_insert",
            event: "INSERT".into(),
            table: "entries",
            condition: None,
            record: "entry",
            action: "insert",
            customer_id: "NEW.customer_id".into(),
            contact_id: contact_id_of("NEW"),
            number: "NEW.number".into(),
            before: null(),
            after: entry_json("NEW"),
        },
        Trigger {
            name: "entry_update",
            event: format!("UPDATE OF customer_id, {entry_columns}"),
            table: "entries",
            condition: Some(format!("{} IS NOT {}", entry_json("OLD"), entry_json("NEW"))),
            record: "entry",
            action: "update",
            customer_id: "NEW.customer_id".into(),
            contact_id: contact_id_of("NEW"),
            number: "NEW.number".into(),
            before: entry_json("OLD"),
            after: entry_json("NEW"),
        },
        Trigger {
            name: "entry_delete",
            event: "DELETE".into(),
            table: "entries",
            condition: None,
            record: "entry",
            action: "delete",
            customer_id: "OLD.customer_id".into(),
            contact_id: contact_id_of("OLD"),
            number: "OLD.number".into(),
            before: entry_json("OLD"),
            after: null(),
        },
        Trigger {
            name: "application_insert",
            event: "INSERT".into(),
            table: "applications",
            condition: None,
            record: "application",
            action: "insert",
            customer_id: "(SELECT customer_id FROM main.entries WHERE id = NEW.credit_id)".into(),
            contact_id: "(SELECT c.contact_id FROM main.entries AS e JOIN main.customers AS c \
                          ON c.id = e.customer_id WHERE e.id = NEW.credit_id)"
                .into(),
            number: "(SELECT coalesce(number, 'opening') FROM main.entries WHERE id = NEW.credit_id)"
                .into(),
            before: null(),
            after: "json_object(\
                'credit', (SELECT coalesce(number, 'opening') FROM main.entries WHERE id = NEW.credit_id), \
                'debit', (SELECT coalesce(number, 'opening') FROM main.entries WHERE id = NEW.debit_id), \
                'amount', NEW.amount, 'date', NEW.date)"
                .into(),
        },
    ]
}

/// Make this connection record its changes, as `user` running `command`
/// until told other.
pub fn install(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        r#"
        CREATE TEMP TABLE IF NOT EXISTS history_context (
            user TEXT NOT NULL,
            command TEXT NOT NULL
        );
        DELETE FROM temp.history_context;
        INSERT INTO temp.history_context (user, command)
        VALUES ('unknown', 'duebook');
        "#,
    )?;
    for trigger in triggers() {
        conn.execute_batch(&trigger.sql())?;
    }
    Ok(())
}

/// The triggers an entries import sets aside while it runs: it records one
/// change per customer instead of one per entry and application (see
/// `record_import`). Deleting is among them because an import deletes only
/// entries it made itself, of rows it then rejects.
const ROWS_OF_AN_IMPORT: &[&str] = &["entry_insert", "entry_delete", "application_insert"];

/// Stop recording entries and applications one by one on this connection,
/// until `record_import`. Within the transaction: a rollback brings the
/// triggers back.
pub fn set_aside_import_rows(conn: &Connection) -> Result<()> {
    for name in ROWS_OF_AN_IMPORT {
        conn.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.history_{name};"))?;
    }
    Ok(())
}

/// Record what an import added, one change per customer: how many entries
/// (those with ids from `first_entry`) and applications (from
/// `first_application`) it made; the command recorded with it names the
/// file. The entries and
/// applications themselves are the record of their values, as an import
/// never changes one it did not make. Then record rows one by one again.
/// Returns how many changes were recorded.
pub fn record_import(conn: &Connection, first_entry: i64, first_application: i64) -> Result<usize> {
    let recorded = conn.execute(
        r#"
        WITH
        added AS (
            SELECT customer_id, count(*) AS entries
            FROM main.entries
            WHERE id >= ?1
            GROUP BY customer_id
        ),
        applied AS (
            SELECT e.customer_id, count(*) AS applications
            FROM main.applications AS a
            JOIN main.entries AS e ON e.id = a.credit_id
            WHERE a.id >= ?2
            GROUP BY e.customer_id
        )
        INSERT INTO main.history
            (at, user, command, record, action, customer_id, contact_id, number, before, after)
        SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), x.user, x.command, 'import', 'insert',
            added.customer_id, c.contact_id, NULL, NULL,
            json_object('entries', added.entries,
                'applications', coalesce(applied.applications, 0))
        FROM added
        JOIN main.customers AS c ON c.id = added.customer_id
        LEFT JOIN applied ON applied.customer_id = added.customer_id
        CROSS JOIN temp.history_context AS x
        ORDER BY c.contact_key
        "#,
        (first_entry, first_application),
    )?;
    for trigger in triggers() {
        if ROWS_OF_AN_IMPORT.contains(&trigger.name) {
            conn.execute_batch(&trigger.sql())?;
        }
    }
    Ok(recorded)
}

/// The triggers a customer import that only adds customers sets aside,
/// in the order a new customer's rows are written: the customer, its tags
/// and opening balance, its contacts, its aliases.
const ROWS_OF_NEW_CUSTOMERS: &[&str] = &[
    "customer_insert",
    "tag_insert",
    "entry_insert",
    "contact_insert",
    "alias_insert",
];

/// Stop recording the rows of new customers one by one on this connection,
/// until `record_new_customers`, and return the highest customer row id so
/// far: the import's customers are those above it. A trigger on a table
/// makes every insert into it keep a statement journal, a copy of each
/// page it changes; for a customer import that cost a third of its time,
/// more than writing the same records in one pass at the end. Only
/// for an import that adds customers and changes none, whose every insert
/// is then a new customer's. Within the transaction: a rollback brings the
/// triggers back.
pub fn set_aside_new_customers(conn: &Connection) -> Result<i64> {
    for name in ROWS_OF_NEW_CUSTOMERS {
        conn.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.history_{name};"))?;
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(id), 0) FROM main.customers",
        [],
        |row| row.get(0),
    )?)
}

/// Record the rows of the customers above row id `last_before` as their
/// triggers would have, and record rows one by one again. The records go
/// in kind by kind (every customer, then every tag, and so on), so each
/// customer's come in the order its rows were written. Returns how many
/// changes were recorded.
pub fn record_new_customers(conn: &Connection, last_before: i64) -> Result<usize> {
    let mut recorded = 0;
    let all = triggers();
    for name in ROWS_OF_NEW_CUSTOMERS {
        let trigger = all
            .iter()
            .find(|t| t.name == *name)
            .expect("every trigger set aside is one of the triggers");
        recorded += conn.execute(&trigger.for_rows_above(), [last_before])?;
        conn.execute_batch(&trigger.sql())?;
    }
    Ok(recorded)
}

/// Who is acting and with which command, for the changes that follow.
pub fn set_context(conn: &Connection, user: &str, command: &str) -> Result<()> {
    conn.execute(
        r#"
        UPDATE temp.history_context
        SET user = ?1,
            command = ?2
        "#,
        (user, command),
    )?;
    Ok(())
}

/// One recorded change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub at: String,
    pub user: String,
    pub command: String,
    pub record: String,
    pub action: String,
    pub contact_id: Option<String>,
    pub number: Option<String>,
    /// The row before the change, as JSON with amounts in minor units.
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The newest `limit` changes, of the customers with these row ids or of
/// everyone when `customers` is `None`, newest first.
pub fn changes(conn: &Connection, customers: Option<&[i64]>, limit: u64) -> Result<Vec<Change>> {
    let ids = customers.map(|ids| serde_json::to_string(ids).expect("row ids serialise"));
    let mut stmt = conn.prepare_cached(
        r#"
        SELECT at, user, command, record, action, contact_id, number, before, after
        FROM history
        WHERE ?1 IS NULL
           OR customer_id IN (SELECT value FROM json_each(?1))
        ORDER BY id DESC
        LIMIT ?2
        "#,
    )?;
    let rows = stmt
        .query_map((ids, i64::try_from(limit).unwrap_or(i64::MAX)), |row| {
            Ok(Change {
                at: row.get(0)?,
                user: row.get(1)?,
                command: row.get(2)?,
                record: row.get(3)?,
                action: row.get(4)?,
                contact_id: row.get(5)?,
                number: row.get(6)?,
                before: row.get(7)?,
                after: row.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The row ids a customer's history was recorded under: its own, and those
/// of the customers merged into it.
pub fn customer_ids(conn: &Connection, customer_id: i64) -> Result<Vec<i64>> {
    let mut ids = vec![customer_id];
    let mut stmt = conn.prepare_cached(
        r#"
        SELECT former_id
        FROM customer_aliases
        WHERE customer_id = ?1
        ORDER BY former_id
        "#,
    )?;
    for id in stmt.query_map([customer_id], |row| row.get::<_, i64>(0))? {
        ids.push(id?);
    }
    Ok(ids)
}

/// The row ids recorded for a contact id that no longer names a customer,
/// such as one deleted, so its history can still be read.
pub fn former_ids(conn: &Connection, contact_key: &str) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        r#"
        SELECT DISTINCT customer_id
        FROM history
        WHERE record = 'customer'
          AND fold(contact_id) = ?1
          AND customer_id IS NOT NULL
        ORDER BY customer_id
        "#,
    )?;
    let ids = stmt
        .query_map([contact_key], |row| row.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(conn: &Connection, sql: &str) -> String {
        conn.query_row(&format!("SELECT {sql}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn objects_leave_out_null_members_and_quote_as_json_object_does() {
        let conn = Connection::open_in_memory().unwrap();
        let name = "'Bolt \"Supply\"\\ ' || char(1) || char(10) || char(233)";
        let ours = text(
            &conn,
            &object(&[
                ("name", name.into()),
                ("note", "NULL".into()),
                ("amount", "-36511".into()),
                ("word", "'null'".into()),
                ("rate", "1.5".into()),
                ("last", "NULL".into()),
            ]),
        );
        let theirs = text(
            &conn,
            &format!("json_object('name', {name}, 'amount', -36511, 'word', 'null', 'rate', 1.5)"),
        );
        assert_eq!(ours, theirs);
        assert_eq!(
            ours,
            r#"{"name":"Bolt \"Supply\"\\ \u0001\né","amount":-36511,"word":"null","rate":1.5}"#
        );
    }

    #[test]
    fn an_object_of_nulls_alone_is_empty() {
        let conn = Connection::open_in_memory().unwrap();
        assert_eq!(text(&conn, &object(&[("a", "NULL".into())])), "{}");
    }
}
