//! Customers in CSV: the columns, export, and import.
//!
//! Contacts travel in one cell as a JSON array of objects (`name`, `role`,
//! `email`, `phone`), aliases left by merges as a JSON array of contact
//! ids, and tags joined by `;`. Balances are derived from entries, so an
//! export leaves them out and an import ignores them.

use std::io::Write;
use std::sync::LazyLock;

use anyhow::Result;
use rusqlite::{Connection, Transaction};
use serde::{Deserialize, Serialize};

use super::{Columns, Counts, FieldError, Mode, Problem, Rejects, Row, Source, neutralise_row};
use crate::domain::customer::{
    BalanceType, Contact, ContactId, Customer, FIELDS, Opening, clean_email, clean_line,
    clean_phone, clean_tag, clean_text, contact_key,
};
use crate::domain::date::{format_date, parse_date};
use crate::domain::money::Currency;
use crate::error::Error;
use crate::report::customer::DERIVED_COLUMNS;
use crate::store::customer::{self as customers, CustomerFilter, ListOrder};
use crate::store::{history, search};

/// The columns of a customers file, in the order an export writes them:
/// the record's fields, then its contacts and aliases.
pub static COLUMNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    FIELDS
        .iter()
        .chain(&["contacts", "aliases"])
        .copied()
        .collect()
});

/// Columns of listings that an import accepts and ignores: they are
/// derived from the entries.
pub static DERIVED: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    DERIVED_COLUMNS
        .iter()
        .chain(&["latest_entries"])
        .copied()
        .collect()
});

/// A contact as it travels in the `contacts` cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactCell {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
}

/// The cells of one customer, in the order of `COLUMNS`.
fn row_of(conn: &Connection, id: i64, c: &Customer, currency: &Currency) -> Result<Vec<String>> {
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    let contacts: Vec<ContactCell> = customers::contacts(conn, id)?
        .into_iter()
        .map(|r| ContactCell {
            name: r.contact.name,
            role: r.contact.role,
            email: r.contact.email,
            phone: r.contact.phone,
        })
        .collect();
    let aliases = customers::aliases(conn, id)?;
    Ok(vec![
        c.contact_id.to_string(),
        c.status.as_str().to_string(),
        text(&c.name),
        c.terms.to_string(),
        c.opening
            .map_or(String::new(), |o| o.kind.as_str().to_string()),
        c.opening
            .map_or(String::new(), |o| currency.format(o.amount)),
        c.opening
            .map_or(String::new(), |_| format_date(c.effective_opening_date())),
        text(&c.location),
        text(&c.billing_name),
        text(&c.billing_email),
        text(&c.billing_phone),
        text(&c.billing_address),
        text(&c.billing_city),
        text(&c.billing_region),
        text(&c.billing_postal_code),
        text(&c.billing_country),
        text(&c.shipping_name),
        text(&c.shipping_phone),
        text(&c.shipping_address),
        text(&c.shipping_city),
        text(&c.shipping_region),
        text(&c.shipping_postal_code),
        text(&c.shipping_country),
        c.tags.iter().cloned().collect::<Vec<_>>().join(";"),
        c.credit_limit.map_or(String::new(), |l| currency.format(l)),
        text(&c.note),
        format_date(c.registered),
        if contacts.is_empty() {
            String::new()
        } else {
            serde_json::to_string(&contacts)?
        },
        if aliases.is_empty() {
            String::new()
        } else {
            serde_json::to_string(&aliases)?
        },
    ])
}

/// Columns an export never neutralises: amounts and dates.
const PLAIN: &[&str] = &[
    "opening_amount",
    "opening_date",
    "credit_limit",
    "registered",
];

/// Write the customers matching `filter`, by contact id, as CSV. With
/// `safe`, text cells that a spreadsheet would run as formulas are
/// neutralised. Returns how many were written.
pub fn export(
    conn: &Connection,
    filter: &CustomerFilter,
    currency: &Currency,
    safe: bool,
    out: impl Write,
) -> Result<usize> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS.iter())?;
    let mut count = 0;
    customers::list_fields(conn, filter, &ListOrder::default(), |id, customer| {
        let mut cells = row_of(conn, id, &customer, currency)?;
        if safe {
            neutralise_row(&mut cells, &COLUMNS, PLAIN);
        }
        writer.write_record(&cells)?;
        count += 1;
        Ok(())
    })?;
    writer.flush()?;
    Ok(count)
}

/// What one row says about one customer.
struct Parsed {
    contact_id: ContactId,
    contacts: Option<Vec<Contact>>,
    aliases: Option<Vec<ContactId>>,
}

/// Check the cells of `row` and write them into `customer`: only the
/// columns the file has, so an update leaves the others as they were. An
/// empty `status`, `terms` or `registered` keeps the value it had.
fn apply(
    row: &Row,
    columns: &Columns,
    customer: &mut Customer,
    currency: &Currency,
) -> std::result::Result<Parsed, Vec<FieldError>> {
    let mut errors = Vec::new();
    let cell = |name: &str| row.get(columns, name);
    let mut check = |name: &str, result: std::result::Result<(), String>| {
        if let Err(reason) = result {
            errors.push(FieldError::new(
                name,
                cell(name).unwrap_or_default(),
                reason,
            ));
        }
    };
    let contact_id = ContactId::parse(cell("contact_id").unwrap_or_default());
    let contact_id = match contact_id {
        Ok(id) => id,
        Err(reason) => {
            return Err(vec![FieldError::new(
                "contact_id",
                cell("contact_id").unwrap_or_default(),
                reason,
            )]);
        }
    };
    customer.contact_id = contact_id.clone();

    type Field = fn(&mut Customer) -> &mut Option<String>;
    let lines: [(&str, Field); 14] = [
        ("name", |c| &mut c.name),
        ("location", |c| &mut c.location),
        ("billing_name", |c| &mut c.billing_name),
        ("billing_city", |c| &mut c.billing_city),
        ("billing_region", |c| &mut c.billing_region),
        ("billing_postal_code", |c| &mut c.billing_postal_code),
        ("billing_country", |c| &mut c.billing_country),
        ("shipping_name", |c| &mut c.shipping_name),
        ("shipping_city", |c| &mut c.shipping_city),
        ("shipping_region", |c| &mut c.shipping_region),
        ("shipping_postal_code", |c| &mut c.shipping_postal_code),
        ("shipping_country", |c| &mut c.shipping_country),
        ("billing_address", |c| &mut c.billing_address),
        ("shipping_address", |c| &mut c.shipping_address),
    ];
    for (name, field) in lines {
        if let Some(value) = cell(name) {
            let clean = if name.ends_with("address") {
                clean_text(value)
            } else {
                clean_line(value)
            };
            check(name, clean.map(|v| *field(customer) = v));
        }
    }
    if let Some(value) = cell("note") {
        check("note", clean_text(value).map(|v| customer.note = v));
    }
    if let Some(value) = cell("billing_email") {
        check(
            "billing_email",
            clean_email(value).map(|v| customer.billing_email = v),
        );
    }
    if let Some(value) = cell("billing_phone") {
        check(
            "billing_phone",
            clean_phone(value).map(|v| customer.billing_phone = v),
        );
    }
    if let Some(value) = cell("shipping_phone") {
        check(
            "shipping_phone",
            clean_phone(value).map(|v| customer.shipping_phone = v),
        );
    }
    if let Some(value) = cell("status").filter(|v| !v.is_empty()) {
        check("status", value.parse().map(|v| customer.status = v));
    }
    if let Some(value) = cell("terms").filter(|v| !v.is_empty()) {
        check("terms", value.parse().map(|v| customer.terms = v));
    }
    if let Some(value) = cell("registered").filter(|v| !v.is_empty()) {
        check(
            "registered",
            parse_date(value).map(|v| customer.registered = v),
        );
    }
    if let Some(value) = cell("credit_limit") {
        let limit = match value {
            "" => Ok(None),
            text => currency.parse_amount(text).map(Some),
        };
        check("credit_limit", limit.map(|v| customer.credit_limit = v));
    }
    if let Some(value) = cell("tags") {
        let tags: std::result::Result<_, String> = value
            .split(';')
            .filter(|t| !t.trim().is_empty())
            .map(clean_tag)
            .collect();
        check("tags", tags.map(|v| customer.tags = v));
    }
    if columns.has("opening_type") || columns.has("opening_amount") {
        let kind = cell("opening_type").unwrap_or_default();
        let amount = cell("opening_amount").unwrap_or_default();
        let opening = match (kind, amount) {
            ("", "") => Ok(None),
            ("", _) => Err((
                "opening_type",
                "an opening amount needs its type, receivable or payable".to_string(),
            )),
            (_, "") => Err((
                "opening_amount",
                "an opening type needs its amount".to_string(),
            )),
            (kind, amount) => kind
                .parse::<BalanceType>()
                .map_err(|e| ("opening_type", e))
                .and_then(|kind| {
                    currency
                        .parse_amount(amount)
                        .map(|amount| Some(Opening { kind, amount }))
                        .map_err(|e| ("opening_amount", e))
                }),
        };
        match opening {
            Ok(opening) => customer.opening = opening,
            Err((column, reason)) => errors.push(FieldError::new(
                column,
                cell(column).unwrap_or_default(),
                reason,
            )),
        }
    }
    if let Some(value) = cell("opening_date") {
        match value {
            "" => customer.opening_date = None,
            text => match parse_date(text) {
                Ok(date) if customer.opening.is_some() => customer.opening_date = Some(date),
                Ok(_) => errors.push(FieldError::new(
                    "opening_date",
                    text,
                    "an opening date needs an opening balance",
                )),
                Err(reason) => errors.push(FieldError::new("opening_date", text, reason)),
            },
        }
    }
    let contacts = cell("contacts").map(parse_contacts);
    let contacts = match contacts {
        Some(Err(reason)) => {
            errors.push(FieldError::new(
                "contacts",
                cell("contacts").unwrap_or_default(),
                reason,
            ));
            None
        }
        Some(Ok(contacts)) => Some(contacts),
        None => None,
    };
    let aliases = match cell("aliases").map(parse_aliases) {
        Some(Err(reason)) => {
            errors.push(FieldError::new(
                "aliases",
                cell("aliases").unwrap_or_default(),
                reason,
            ));
            None
        }
        Some(Ok(aliases)) => Some(aliases),
        None => None,
    };
    if errors.is_empty() {
        Ok(Parsed {
            contact_id,
            contacts,
            aliases,
        })
    } else {
        Err(errors)
    }
}

fn parse_contacts(value: &str) -> std::result::Result<Vec<Contact>, String> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    let cells: Vec<ContactCell> = serde_json::from_str(value).map_err(|e| {
        format!(
            "contacts are a JSON array like [{{\"name\":\"Jo\",\"email\":\"jo@example.com\"}}]: {e}"
        )
    })?;
    cells
        .into_iter()
        .map(|c| {
            let line = |t: Option<String>| t.map_or(Ok(None), |t| clean_line(&t));
            let contact = Contact {
                name: line(c.name)?,
                role: line(c.role)?,
                email: c.email.map_or(Ok(None), |e| clean_email(&e))?,
                phone: c.phone.map_or(Ok(None), |p| clean_phone(&p))?,
            };
            if contact.is_empty() {
                Err("a contact is empty".to_string())
            } else {
                Ok(contact)
            }
        })
        .collect()
}

fn parse_aliases(value: &str) -> std::result::Result<Vec<ContactId>, String> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = serde_json::from_str(value)
        .map_err(|e| format!("aliases are a JSON array of contact ids like [\"OLD-1\"]: {e}"))?;
    ids.iter().map(|id| ContactId::parse(id)).collect()
}

/// Turn an error that a rule of the books raised for one row into that
/// row's problem; anything else (a failing disk, a busy database) stops the
/// import.
pub(crate) fn row_problem(
    error: anyhow::Error,
    line: u64,
    column: Option<&str>,
) -> Result<Problem> {
    match error.downcast_ref::<Error>() {
        Some(Error::Invalid(reason) | Error::Refused(reason) | Error::NotFound(reason)) => {
            Ok(Problem {
                line,
                column: column.map(str::to_string),
                value: None,
                reason: reason.clone(),
            })
        }
        _ => Err(error),
    }
}

/// Import customers from `source` inside `tx`. Returns the counts and the
/// problems of bad rows; with `rejects`, bad rows are written there and the
/// good ones kept. The caller commits or rolls back.
pub fn import(
    tx: &Transaction,
    source: &mut Source,
    mode: Mode,
    today: chrono::NaiveDate,
    currency: &Currency,
    mut rejects: Option<&mut Rejects>,
    mut tick: impl FnMut(),
) -> Result<(Counts, Vec<Problem>)> {
    super::seen_table(tx)?;
    // The search index is brought up to date once, after the last row.
    search::set_aside(tx)?;
    // An import that only adds customers records their rows once, after
    // the last row (see `history::set_aside_new_customers`).
    let new_after = match mode {
        Mode::Insert => Some(history::set_aside_new_customers(tx)?),
        Mode::Upsert | Mode::Update => None,
    };
    let mut counts = Counts::default();
    let mut problems = Vec::new();
    let columns = source.columns().clone();
    while let Some(next) = source.next_row()? {
        tick();
        let outcome = match next {
            Err(failure) => Err(failure),
            Ok(row) => {
                // Noted outside the row's savepoint, so a bad row's id still
                // counts as seen.
                let key = contact_key(row.get(&columns, "contact_id").unwrap_or_default());
                if let Some(first) = super::seen_before(tx, "customer", &key, row.line)? {
                    let problem = Problem {
                        line: row.line,
                        column: Some("contact_id".into()),
                        value: row.get(&columns, "contact_id").map(str::to_string),
                        reason: format!(
                            "the same contact id is on line {first} (ids are compared without \
                             regard to letter case)"
                        ),
                    };
                    counts.rejected += 1;
                    if let Some(rejects) = rejects.as_deref_mut() {
                        rejects.push(&row.raw, &problem)?;
                    }
                    problems.push(problem);
                    continue;
                }
                match import_row(tx, &row, &columns, mode, today, currency)? {
                    Ok(done) => {
                        match done {
                            Done::Inserted => counts.inserted += 1,
                            Done::Updated => counts.updated += 1,
                            Done::Unchanged => counts.unchanged += 1,
                        }
                        Ok(())
                    }
                    Err(problem) => Err((problem, row.raw)),
                }
            }
        };
        if let Err((problem, raw)) = outcome {
            counts.rejected += 1;
            if let Some(rejects) = rejects.as_deref_mut() {
                rejects.push(&raw, &problem)?;
            }
            problems.push(problem);
        }
    }
    match new_after {
        Some(last_before) => {
            history::record_new_customers(tx, last_before)?;
            search::catch_up_above(tx, last_before)?;
        }
        None => search::catch_up(tx)?,
    }
    Ok((counts, problems))
}

/// What happened to a good row.
pub(crate) enum Done {
    Inserted,
    Updated,
    Unchanged,
}

fn import_row(
    tx: &Transaction,
    row: &Row,
    columns: &Columns,
    mode: Mode,
    today: chrono::NaiveDate,
    currency: &Currency,
) -> Result<std::result::Result<Done, Problem>> {
    let key = contact_key(row.get(columns, "contact_id").unwrap_or_default());
    let existing = customers::find(tx, &key)?;
    let (id, mut customer, before) = match (existing, mode) {
        (Some(_), Mode::Insert) => {
            return Ok(Err(Problem {
                line: row.line,
                column: Some("contact_id".into()),
                value: row.get(columns, "contact_id").map(str::to_string),
                reason:
                    "a customer with this contact id already exists; import with --mode upsert \
                         to update it"
                        .into(),
            }));
        }
        (None, Mode::Update) => {
            return Ok(Err(Problem {
                line: row.line,
                column: Some("contact_id".into()),
                value: row.get(columns, "contact_id").map(str::to_string),
                reason:
                    "no customer has this contact id; import with --mode upsert or insert to add it"
                        .into(),
            }));
        }
        (Some(id), _) => {
            let record = customers::load(tx, id)?;
            (Some(id), record.customer.clone(), Some(record))
        }
        (None, _) => {
            let placeholder = ContactId::parse("placeholder").expect("a valid contact id");
            (None, Customer::new(placeholder, today), None)
        }
    };
    let parsed = match apply(row, columns, &mut customer, currency) {
        Ok(parsed) => parsed,
        Err(errors) => return Ok(Err(super::combine(errors, row.line))),
    };
    // An update found by alias keeps the customer's own id unless the row
    // renames it on purpose: the id in the row is how it was found.
    if let Some(record) = &before {
        if parsed.contact_id.key() != record.customer.contact_id.key() {
            customer.contact_id = record.customer.contact_id.clone();
        }
    }
    // A row is written inside a savepoint of its own, so a rule that
    // refuses it after its first write takes back the whole row: an update,
    // or a new customer's contacts or aliases, which can be refused only
    // once the customer is written. A new customer with neither is one
    // insert into customers, which is checked before it writes, and then
    // its tags, opening entry and search note, which nothing in a valid
    // row refuses. It writes without a savepoint: each would copy every
    // page the row changes, a tenth of a large import's time. Should one of
    // those later writes fail all the same, the whole import stops and
    // is rolled back rather than keep part of the row.
    let guarded = before.is_some()
        || parsed.contacts.as_ref().is_some_and(|c| !c.is_empty())
        || parsed.aliases.as_ref().is_some_and(|a| !a.is_empty());
    // Prepared once, like the row's other statements.
    let savepoint = |sql: &str| tx.prepare_cached(sql)?.execute([]);
    if guarded {
        savepoint("SAVEPOINT import_row")?;
    }
    let result = (|| -> Result<Done> {
        let id = match id {
            Some(id) => id,
            None => customers::insert(tx, &customer, currency)?,
        };
        let mut changed = before.as_ref().is_some_and(|b| b.customer != customer);
        if changed {
            customers::update(tx, id, &customer, currency)?;
        }
        if let Some(contacts) = &parsed.contacts {
            changed |= customers::replace_contacts(tx, id, contacts)?;
        }
        // An import that only adds customers brings every new one up to
        // date at its end without a note.
        if (before.is_none() || changed) && mode != Mode::Insert {
            search::note_pending(tx, id)?;
        }
        if let Some(aliases) = &parsed.aliases {
            for alias in aliases {
                changed |= customers::claim_as_alias(tx, id, alias, today)?;
            }
        }
        Ok(match (before.is_some(), changed) {
            (false, _) => Done::Inserted,
            (true, true) => Done::Updated,
            (true, false) => Done::Unchanged,
        })
    })();
    match result {
        Ok(done) => {
            if guarded {
                savepoint("RELEASE import_row")?;
            }
            Ok(Ok(done))
        }
        Err(error) if guarded => {
            savepoint("ROLLBACK TO import_row")?;
            savepoint("RELEASE import_row")?;
            row_problem(error, row.line, None).map(Err)
        }
        // Refused by its insert into customers, the row wrote nothing.
        Err(error) if customers::find(tx, &key)?.is_none() => {
            row_problem(error, row.line, None).map(Err)
        }
        Err(error) => Err(error.context(format!(
            "line {}: the row failed after its customer was written; nothing was imported",
            row.line
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn source(csv: &str) -> Source {
        let input = Box::new(std::io::Cursor::new(csv.as_bytes().to_vec()));
        Source::new(
            "`test.csv`".into(),
            input,
            &COLUMNS,
            &DERIVED,
            &["contact_id"],
            false,
        )
        .unwrap()
    }

    #[test]
    fn a_new_customer_refused_after_its_first_write_stops_the_import() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let mut file = source("contact_id,name,tags\nA,Alpha,\nB,Bravo,vip\nC,Charlie,\n");
        let error = store
            .write_if(|tx| {
                // No rule refuses a tag of a valid row; this stands in for a
                // write that fails once the customer is in.
                tx.execute_batch(
                    "CREATE TEMP TRIGGER refuse_tags BEFORE INSERT ON main.customer_tags \
                     BEGIN SELECT RAISE(ABORT, 'no tags'); END;",
                )?;
                let done = import(
                    tx,
                    &mut file,
                    Mode::Insert,
                    today,
                    &Currency::default(),
                    None,
                    || {},
                )?;
                Ok((done, true))
            })
            .unwrap_err();
        assert!(
            format!("{error:#}").contains("line 3: the row failed after its customer was written"),
            "{error:#}"
        );
        let customers: i64 = store
            .write(|tx| Ok(tx.query_row("SELECT count(*) FROM customers", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(customers, 0);
    }
}
