//! SQL for customers, their tags and contacts, and the searches over them.
//!
//! Customers are found by contact id without regard to letter case: every
//! lookup goes through `contact_key`. Balances are read from the
//! `customer_balances` view, so they are always derived from the entries.

use std::collections::BTreeSet;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, Statement, ToSql, Transaction};

use crate::domain::customer::{
    BalanceType, Contact, ContactId, Customer, Opening, Status, contact_key, fold, phone_digits,
};
use crate::domain::money::{Currency, Money};
use crate::domain::terms::PaymentTerms;
use crate::error::{Error, not_found, refused};

use super::{on_unique, search};

/// A stored customer with its derived balances.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerRecord {
    /// The row id, stable across renames.
    pub id: i64,
    pub customer: Customer,
    /// Current balance in minor units: positive when the customer owes us,
    /// negative when we owe the customer.
    pub balance: i64,
    /// Credit the customer holds that is not yet applied or refunded.
    pub unused: Money,
}

impl CustomerRecord {
    /// Which way the current balance goes, or `None` when it is zero.
    pub fn balance_type(&self) -> Option<BalanceType> {
        match self.balance {
            0 => None,
            b if b > 0 => Some(BalanceType::Receivable),
            _ => Some(BalanceType::Payable),
        }
    }

    /// The size of the current balance, whichever way it goes.
    pub fn balance_amount(&self) -> Money {
        Money::from_minor(self.balance.abs())
    }

    /// True when the customer owes more than its credit limit.
    pub fn is_over_limit(&self) -> bool {
        self.customer
            .credit_limit
            .is_some_and(|limit| self.balance > limit.minor())
    }
}

/// Which way a customer's current balance must go to be listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BalanceFilter {
    Receivable,
    Payable,
    Zero,
}

/// The filters of `customer list`; every one that is set must match.
/// Text filters are case-insensitive substrings.
#[derive(Debug, Clone, Default)]
pub struct CustomerFilter {
    pub id: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    /// Matched on digits alone.
    pub phone: Option<String>,
    /// Any of id, names, emails and phones, the contacts' included.
    pub query: Option<String>,
    pub registered_from: Option<NaiveDate>,
    pub registered_to: Option<NaiveDate>,
    pub status: Option<Status>,
    /// Exact, as tags are stored in lower case.
    pub tag: Option<String>,
    /// Exact, without regard to letter case.
    pub location: Option<String>,
    pub balance: Option<BalanceFilter>,
    pub over_limit: bool,
}

/// The order and size of a listing.
#[derive(Debug, Clone, Default)]
pub struct ListOrder {
    /// A column name from `SORT_COLUMNS`; by contact id when `None`.
    pub sort: Option<String>,
    pub descending: bool,
    pub limit: Option<u64>,
}

/// Every column a listing can be sorted by, with the SQL that orders it.
/// Text is compared case-folded; ties always fall back to the contact id so
/// the order is stable.
const SORT_COLUMNS: &[(&str, &str)] = &[
    ("contact_id", "c.contact_key"),
    ("status", "c.status"),
    ("name", "fold(c.name)"),
    ("terms", "c.terms"),
    ("opening_type", "c.opening_type"),
    ("opening_amount", "c.opening_amount"),
    ("opening_date", "coalesce(c.opening_date, c.registered)"),
    ("location", "fold(c.location)"),
    ("billing_name", "fold(c.billing_name)"),
    ("billing_email", "fold(c.billing_email)"),
    ("billing_phone", "c.billing_phone_digits"),
    ("billing_address", "fold(c.billing_address)"),
    ("billing_city", "fold(c.billing_city)"),
    ("billing_region", "fold(c.billing_region)"),
    ("billing_postal_code", "fold(c.billing_postal_code)"),
    ("billing_country", "fold(c.billing_country)"),
    ("shipping_name", "fold(c.shipping_name)"),
    ("shipping_phone", "phone_digits(c.shipping_phone)"),
    ("shipping_address", "fold(c.shipping_address)"),
    ("shipping_city", "fold(c.shipping_city)"),
    ("shipping_region", "fold(c.shipping_region)"),
    ("shipping_postal_code", "fold(c.shipping_postal_code)"),
    ("shipping_country", "fold(c.shipping_country)"),
    ("tags", "tags"),
    ("credit_limit", "c.credit_limit"),
    ("note", "fold(c.note)"),
    ("registered", "c.registered"),
    ("balance_type", "sign(b.balance)"),
    ("current_balance", "b.balance"),
    ("unused_balance", "b.unused"),
    (
        "over_limit",
        "c.credit_limit IS NOT NULL AND b.balance > c.credit_limit",
    ),
];

/// The names `ListOrder::sort` accepts.
pub fn sort_columns() -> impl Iterator<Item = &'static str> {
    SORT_COLUMNS.iter().map(|(name, _)| *name)
}

/// The columns of a customer's own fields, up to its tags, as
/// `customer_from_row` reads them; a literal, so that the two selects
/// below are made of it at compile time.
macro_rules! customer_fields {
    () => {
        r#"
        c.id, c.contact_id, c.status, c.name, c.terms,
        c.opening_type, c.opening_amount, c.opening_date, c.location,
        c.billing_name, c.billing_email, c.billing_phone, c.billing_address,
        c.billing_city, c.billing_region, c.billing_postal_code, c.billing_country,
        c.shipping_name, c.shipping_phone, c.shipping_address, c.shipping_city,
        c.shipping_region, c.shipping_postal_code, c.shipping_country,
        c.credit_limit, c.note, c.registered,
        (
            SELECT group_concat(t.tag, ';' ORDER BY t.tag)
            FROM customer_tags AS t
            WHERE t.customer_id = c.id
        ) AS tags"#
    };
}

/// A customer's fields and its balances.
const SELECT_CUSTOMER: &str = concat!(
    "SELECT",
    customer_fields!(),
    r#",
        b.balance, b.unused
    FROM customers AS c
    JOIN customer_balances AS b ON b.customer_id = c.id
"#
);

/// A customer's fields without the balances, which SQLite then never
/// works out unless a filter or the order names them.
const SELECT_FIELDS: &str = concat!(
    "SELECT",
    customer_fields!(),
    r#"
    FROM customers AS c
    JOIN customer_balances AS b ON b.customer_id = c.id
"#
);

fn conversion_error(column: usize, message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, Type::Text, message.into())
}

fn parsed<T>(
    row: &Row,
    column: usize,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> rusqlite::Result<T> {
    let text: String = row.get(column)?;
    parse(&text).map_err(|e| conversion_error(column, e))
}

fn parsed_date(row: &Row, column: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(column)?;
    text.map(|t| crate::domain::date::parse_date(&t).map_err(|e| conversion_error(column, e)))
        .transpose()
}

fn record_from_row(row: &Row) -> rusqlite::Result<CustomerRecord> {
    let (id, customer) = customer_from_row(row)?;
    Ok(CustomerRecord {
        id,
        customer,
        balance: row.get(28)?,
        unused: Money::from_minor(row.get(29)?),
    })
}

/// The row id and fields of a customer from a row of `SELECT_CUSTOMER` or
/// `SELECT_FIELDS`.
fn customer_from_row(row: &Row) -> rusqlite::Result<(i64, Customer)> {
    let opening_type: Option<String> = row.get(5)?;
    let opening = opening_type
        .map(|kind| {
            let kind = kind
                .parse::<BalanceType>()
                .map_err(|e| conversion_error(5, e))?;
            Ok::<_, rusqlite::Error>(Opening {
                kind,
                amount: Money::from_minor(row.get(6)?),
            })
        })
        .transpose()?;
    let tags: Option<String> = row.get(27)?;
    let customer = Customer {
        contact_id: parsed(row, 1, ContactId::parse)?,
        status: parsed(row, 2, str::parse::<Status>)?,
        name: row.get(3)?,
        terms: parsed(row, 4, str::parse::<PaymentTerms>)?,
        opening,
        opening_date: parsed_date(row, 7)?,
        location: row.get(8)?,
        billing_name: row.get(9)?,
        billing_email: row.get(10)?,
        billing_phone: row.get(11)?,
        billing_address: row.get(12)?,
        billing_city: row.get(13)?,
        billing_region: row.get(14)?,
        billing_postal_code: row.get(15)?,
        billing_country: row.get(16)?,
        shipping_name: row.get(17)?,
        shipping_phone: row.get(18)?,
        shipping_address: row.get(19)?,
        shipping_city: row.get(20)?,
        shipping_region: row.get(21)?,
        shipping_postal_code: row.get(22)?,
        shipping_country: row.get(23)?,
        credit_limit: row.get::<_, Option<i64>>(24)?.map(Money::from_minor),
        note: row.get(25)?,
        registered: parsed_date(row, 26)?.ok_or_else(|| conversion_error(26, "empty".into()))?,
        tags: tags
            .iter()
            .flat_map(|t| t.split(';'))
            .map(str::to_string)
            .collect(),
    };
    Ok((row.get(0)?, customer))
}

/// The row id of the customer named by `text`, compared without regard to
/// letter case, or `None`. A contact id that was merged into another
/// customer names that customer.
pub fn find(conn: &Connection, text: &str) -> Result<Option<i64>> {
    let id = conn
        .prepare_cached(
            r#"
            SELECT id
            FROM customers
            WHERE contact_key = ?1
            UNION ALL
            SELECT customer_id
            FROM customer_aliases
            WHERE alias_key = ?1
            LIMIT 1
            "#,
        )?
        .query_row([contact_key(text)], |row| row.get(0))
        .optional()?;
    Ok(id)
}

/// The customer that holds `key` as an alias, with its contact id.
fn alias_holder(conn: &Connection, key: &str) -> Result<Option<(i64, String)>> {
    let holder = conn
        .prepare_cached(
            r#"
            SELECT c.id, c.contact_id
            FROM customer_aliases AS a
            JOIN customers AS c ON c.id = a.customer_id
            WHERE a.alias_key = ?1
            "#,
        )?
        .query_row([key], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(holder)
}

/// Refuse a contact id that lives on as another customer's alias; one that
/// is this customer's own alias (`id`) stops being an alias and becomes its
/// contact id again.
fn claim_alias(tx: &Transaction, id: Option<i64>, customer: &Customer) -> Result<()> {
    let key = customer.contact_id.key();
    match alias_holder(tx, &key)? {
        None => Ok(()),
        Some((holder, _)) if Some(holder) == id => {
            tx.execute(
                r#"
                DELETE FROM customer_aliases
                WHERE alias_key = ?1
                "#,
                [key],
            )?;
            Ok(())
        }
        Some((_, holder)) => crate::error::invalid(format!(
            "contact id `{}` was merged into customer `{holder}` and still names it; choose \
             another id",
            customer.contact_id
        )),
    }
}

/// Like `find`, but a missing customer is `Error::NotFound` with a hint.
pub fn require(conn: &Connection, text: &str) -> Result<i64> {
    match find(conn, text)? {
        Some(id) => Ok(id),
        None => not_found(format!(
            "no customer has the contact id `{}`; see `duebook customer list --id {}`",
            text.trim(),
            text.trim()
        )),
    }
}

/// The customer with row id `id`, with its tags and balances.
pub fn load(conn: &Connection, id: i64) -> Result<CustomerRecord> {
    let sql = format!("{SELECT_CUSTOMER} WHERE c.id = ?1");
    let record = conn
        .prepare_cached(&sql)?
        .query_row([id], record_from_row)?;
    Ok(record)
}

/// The contact id of the customer with row id `id`.
pub fn contact_id(conn: &Connection, id: i64) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT contact_id FROM customers WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?)
}

/// The payment terms and default location of customer `id`: what a new
/// invoice needs, without the balances `load` derives.
pub fn terms_and_location(conn: &Connection, id: i64) -> Result<(PaymentTerms, Option<String>)> {
    let (terms, location): (String, Option<String>) = conn
        .prepare_cached(
            r#"
            SELECT terms, location
            FROM customers
            WHERE id = ?1
            "#,
        )?
        .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok((terms.parse().map_err(Error::Invalid)?, location))
}

/// Bind every stored field of `customer` to the named parameters shared by
/// the insert and update statements.
fn bind_customer(stmt: &mut Statement, customer: &Customer) -> rusqlite::Result<()> {
    let date = |d: Option<NaiveDate>| d.map(crate::domain::date::format_date);
    let values: [(&str, &dyn ToSql); 28] = [
        (":contact_id", &customer.contact_id.as_str()),
        (":contact_key", &customer.contact_id.key()),
        (":status", &customer.status.as_str()),
        (":name", &customer.name),
        (":terms", &customer.terms.to_string()),
        (":opening_type", &customer.opening.map(|o| o.kind.as_str())),
        (
            ":opening_amount",
            &customer.opening.map_or(0, |o| o.amount.minor()),
        ),
        (":opening_date", &date(customer.opening_date)),
        (":location", &customer.location),
        (":billing_name", &customer.billing_name),
        (":billing_email", &customer.billing_email),
        (":billing_phone", &customer.billing_phone),
        (
            ":billing_phone_digits",
            &customer.billing_phone.as_deref().map(phone_digits),
        ),
        (":billing_address", &customer.billing_address),
        (":billing_city", &customer.billing_city),
        (":billing_region", &customer.billing_region),
        (":billing_postal_code", &customer.billing_postal_code),
        (":billing_country", &customer.billing_country),
        (":shipping_name", &customer.shipping_name),
        (":shipping_phone", &customer.shipping_phone),
        (":shipping_address", &customer.shipping_address),
        (":shipping_city", &customer.shipping_city),
        (":shipping_region", &customer.shipping_region),
        (":shipping_postal_code", &customer.shipping_postal_code),
        (":shipping_country", &customer.shipping_country),
        (":credit_limit", &customer.credit_limit.map(Money::minor)),
        (":note", &customer.note),
        (
            ":registered",
            &crate::domain::date::format_date(customer.registered),
        ),
    ];
    // Both statements name the fields first, in this order, so each is the
    // parameter of its place: SQLite numbers named parameters as they first
    // appear. Bound by number, not looked up by name for every row; the
    // tests, built with debug assertions, check the names.
    for (place, (name, value)) in values.into_iter().enumerate() {
        let index = place + 1;
        debug_assert_eq!(stmt.parameter_name(index), Some(name));
        stmt.raw_bind_parameter(index, value)?;
    }
    Ok(())
}

fn taken_message(tx: &Connection, customer: &Customer) -> String {
    let holder = tx
        .query_row(
            r#"
            SELECT contact_id
            FROM customers
            WHERE contact_key = ?1
            "#,
            [customer.contact_id.key()],
            |row| row.get::<_, String>(0),
        )
        .unwrap_or_else(|_| customer.contact_id.to_string());
    format!(
        "contact id `{}` is already taken by customer `{holder}` (ids are compared without \
         regard to letter case); choose another id, or change that customer with \
         `duebook customer edit {holder}`",
        customer.contact_id
    )
}

/// Add a customer, its tags and its opening entry; returns its row id.
///
/// An id that exists in any letter case is `Error::Invalid`.
pub fn insert(tx: &Transaction, customer: &Customer, currency: &Currency) -> Result<i64> {
    claim_alias(tx, None, customer)?;
    let mut stmt = tx.prepare_cached(
        r#"
        INSERT INTO customers (
            contact_id, contact_key, status, name, terms,
            opening_type, opening_amount, opening_date, location,
            billing_name, billing_email, billing_phone, billing_phone_digits, billing_address,
            billing_city, billing_region, billing_postal_code, billing_country,
            shipping_name, shipping_phone, shipping_address, shipping_city,
            shipping_region, shipping_postal_code, shipping_country,
            credit_limit, note, registered
        )
        VALUES (
            :contact_id, :contact_key, :status, :name, :terms,
            :opening_type, :opening_amount, :opening_date, :location,
            :billing_name, :billing_email, :billing_phone, :billing_phone_digits, :billing_address,
            :billing_city, :billing_region, :billing_postal_code, :billing_country,
            :shipping_name, :shipping_phone, :shipping_address, :shipping_city,
            :shipping_region, :shipping_postal_code, :shipping_country,
            :credit_limit, :note, :registered
        )
        "#,
    )?;
    bind_customer(&mut stmt, customer)?;
    on_unique(stmt.raw_execute(), || taken_message(tx, customer))?;
    let id = tx.last_insert_rowid();
    // A new customer has no tags and no opening entry yet: only what it
    // brings is written, without reading what is there first.
    add_tags(tx, id, customer.tags.iter())?;
    if customer.opening.is_some_and(|o| !o.amount.is_zero()) {
        sync_opening(tx, id, customer, currency)?;
    }
    Ok(id)
}

/// Replace every field and the tags of the customer with row id `id`, and
/// bring its opening entry in line.
///
/// Renaming to an id another customer holds is `Error::Invalid`; changing an
/// opening balance that credit was already applied to may be refused (see
/// `entry::sync_opening`).
pub fn update(tx: &Transaction, id: i64, customer: &Customer, currency: &Currency) -> Result<()> {
    claim_alias(tx, Some(id), customer)?;
    let mut stmt = tx.prepare_cached(
        r#"
        UPDATE customers
        SET contact_id = :contact_id,
            contact_key = :contact_key,
            status = :status,
            name = :name,
            terms = :terms,
            opening_type = :opening_type,
            opening_amount = :opening_amount,
            opening_date = :opening_date,
            location = :location,
            billing_name = :billing_name,
            billing_email = :billing_email,
            billing_phone = :billing_phone,
            billing_phone_digits = :billing_phone_digits,
            billing_address = :billing_address,
            billing_city = :billing_city,
            billing_region = :billing_region,
            billing_postal_code = :billing_postal_code,
            billing_country = :billing_country,
            shipping_name = :shipping_name,
            shipping_phone = :shipping_phone,
            shipping_address = :shipping_address,
            shipping_city = :shipping_city,
            shipping_region = :shipping_region,
            shipping_postal_code = :shipping_postal_code,
            shipping_country = :shipping_country,
            credit_limit = :credit_limit,
            note = :note,
            registered = :registered
        WHERE id = :id
        "#,
    )?;
    bind_customer(&mut stmt, customer)?;
    let index = stmt.parameter_index(":id")?.expect("the update names :id");
    stmt.raw_bind_parameter(index, id)?;
    on_unique(stmt.raw_execute(), || taken_message(tx, customer))?;
    write_tags(tx, id, customer)?;
    sync_opening(tx, id, customer, currency)
}

fn sync_opening(tx: &Transaction, id: i64, customer: &Customer, currency: &Currency) -> Result<()> {
    let date = customer.effective_opening_date();
    super::entry::sync_opening(tx, id, customer.opening, date, currency)
}

/// Make the stored tags of customer `id` those of `customer`, touching only
/// the tags that differ, so the history shows what really changed.
fn write_tags(tx: &Transaction, id: i64, customer: &Customer) -> Result<()> {
    let stored: BTreeSet<String> = tx
        .prepare_cached(
            r#"
            SELECT tag
            FROM customer_tags
            WHERE customer_id = ?1
            "#,
        )?
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut remove = tx.prepare_cached(
        r#"
        DELETE FROM customer_tags
        WHERE customer_id = ?1
          AND tag = ?2
        "#,
    )?;
    for tag in stored.difference(&customer.tags) {
        remove.execute((id, tag))?;
    }
    add_tags(tx, id, customer.tags.difference(&stored))
}

/// Give customer `id` each of `tags`, none of which it has.
fn add_tags<'a>(tx: &Transaction, id: i64, tags: impl Iterator<Item = &'a String>) -> Result<()> {
    let mut add = tx.prepare_cached(
        r#"
        INSERT INTO customer_tags (customer_id, tag)
        VALUES (?1, ?2)
        "#,
    )?;
    for tag in tags {
        add.execute((id, tag))?;
    }
    Ok(())
}

/// What a customer holds that forbids deleting it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holdings {
    /// A non-zero opening balance.
    pub opening: Option<Opening>,
    /// How many entries of each kind, voided ones included, by kind name.
    pub entries: Vec<(String, i64)>,
}

impl Holdings {
    /// True when nothing stands in the way of deleting.
    pub fn is_empty(&self) -> bool {
        self.opening.is_none() && self.entries.is_empty()
    }

    /// The holdings in words: "3 invoices, 2 payments and an opening balance
    /// of receivable 250.00".
    pub fn describe(&self, currency: &Currency) -> String {
        let mut parts: Vec<String> = self
            .entries
            .iter()
            .map(|(kind, count)| match count {
                1 => format!("1 {kind}"),
                n => format!("{n} {kind}s"),
            })
            .collect();
        if let Some(opening) = self.opening {
            parts.push(format!(
                "an opening balance of {} {}",
                opening.kind.as_str(),
                currency.format(opening.amount)
            ));
        }
        match parts.split_last() {
            None => "nothing".to_string(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }
}

/// Everything that blocks deleting the customer with row id `id`. Every kind
/// of entry is counted from the one entries table, so a kind added later is
/// covered without change here; the opening balance, an entry too, is
/// reported from the customer's own fields.
pub fn holdings(conn: &Connection, id: i64) -> Result<Holdings> {
    let opening = conn
        .prepare_cached(
            r#"
            SELECT opening_type, opening_amount
            FROM customers
            WHERE id = ?1
              AND opening_amount > 0
            "#,
        )?
        .query_row([id], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })
        .optional()?
        .map(|(kind, amount)| -> Result<Opening> {
            let kind = kind.parse::<BalanceType>().map_err(Error::Invalid)?;
            Ok(Opening {
                kind,
                amount: Money::from_minor(amount),
            })
        })
        .transpose()?;
    let entries = conn
        .prepare_cached(
            r#"
            SELECT kind, count(*)
            FROM entries
            WHERE customer_id = ?1
              AND kind <> 'opening'
            GROUP BY kind
            ORDER BY CASE kind
                WHEN 'invoice' THEN 1
                WHEN 'payment' THEN 2
                WHEN 'return' THEN 3
                ELSE 4
            END
            "#,
        )?
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<Vec<(String, i64)>>>()?;
    Ok(Holdings { opening, entries })
}

/// The refusal to delete a customer that holds something: it counts what,
/// and suggests marking the customer inactive instead.
pub fn delete_refusal<T>(
    contact_id: &ContactId,
    holdings: &Holdings,
    currency: &Currency,
) -> Result<T> {
    refused(format!(
        "customer `{contact_id}` has {}, so it cannot be deleted; mark it inactive instead \
         (`duebook customer edit {contact_id} --status inactive`)",
        holdings.describe(currency)
    ))
}

/// Delete the customer with row id `id`, its tags and contacts.
///
/// Refused (`Error::Refused`) when the customer holds an opening balance or
/// any entry; see `delete_refusal`.
pub fn delete(tx: &Transaction, id: i64, currency: &Currency) -> Result<()> {
    let holdings = holdings(tx, id)?;
    if !holdings.is_empty() {
        let contact_id = load(tx, id)?.customer.contact_id;
        return delete_refusal(&contact_id, &holdings, currency);
    }
    tx.execute(
        r#"
        DELETE FROM customers
        WHERE id = ?1
        "#,
        [id],
    )
    .context("deleting the customer")?;
    Ok(())
}

/// Call `each` for every customer that matches `filter`, in the order asked.
///
/// Rows are handed over one at a time, so a listing of any size uses little
/// memory. An unknown sort column is `Error::Usage`.
/// The digits a `--query` also matches phones on: a query written like a
/// phone number matches phones on their digits, so `555-0102` finds
/// `(555) 010 2`; any other query, none.
fn phone_search_digits(query: &str) -> String {
    let looks_like_phone = query
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
    if looks_like_phone {
        phone_digits(query)
    } else {
        String::new()
    }
}

/// One clause for each text filter the search index can narrow.
const SEARCH_CLAUSES: [&str; 5] = [
    "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :search0)",
    "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :search1)",
    "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :search2)",
    "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :search3)",
    "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :search4)",
];

pub fn list(
    conn: &Connection,
    filter: &CustomerFilter,
    order: &ListOrder,
    mut each: impl FnMut(CustomerRecord) -> Result<()>,
) -> Result<()> {
    list_rows_of(
        conn,
        filter,
        order,
        SELECT_CUSTOMER,
        record_from_row,
        &mut each,
    )
}

/// Like `list`, with each customer's row id and fields but not its
/// balances: for an export, which leaves derived balances out, and would
/// otherwise sum every customer's entries.
pub fn list_fields(
    conn: &Connection,
    filter: &CustomerFilter,
    order: &ListOrder,
    mut each: impl FnMut(i64, Customer) -> Result<()>,
) -> Result<()> {
    list_rows_of(
        conn,
        filter,
        order,
        SELECT_FIELDS,
        customer_from_row,
        &mut |(id, customer)| each(id, customer),
    )
}

/// The listing behind `list` and `list_fields`: `select` and the filters'
/// clauses, each row read by `read` and handed to `each`.
fn list_rows_of<T>(
    conn: &Connection,
    filter: &CustomerFilter,
    order: &ListOrder,
    select: &str,
    read: fn(&Row) -> rusqlite::Result<T>,
    each: &mut dyn FnMut(T) -> Result<()>,
) -> Result<()> {
    let mut clauses: Vec<&str> = Vec::new();
    let mut params: Vec<(&str, Box<dyn ToSql>)> = Vec::new();
    let mut text = |clause: &'static str, name: &'static str, value: &Option<String>| {
        if let Some(value) = value {
            clauses.push(clause);
            params.push((name, Box::new(fold(value.trim()))));
        }
    };
    text("instr(c.contact_key, :id) > 0", ":id", &filter.id);
    text(
        "(instr(fold(c.name), :name) > 0 OR instr(fold(c.billing_name), :name) > 0)",
        ":name",
        &filter.name,
    );
    text(
        "instr(fold(c.billing_email), :email) > 0",
        ":email",
        &filter.email,
    );
    text(
        "fold(c.location) = :location",
        ":location",
        &filter.location,
    );
    text(
        r#"EXISTS (
            SELECT 1
            FROM customer_tags AS t
            WHERE t.customer_id = c.id
              AND t.tag = :tag
        )"#,
        ":tag",
        &filter.tag,
    );
    text(
        r#"(
            instr(c.contact_key, :query) > 0
            OR instr(fold(c.name), :query) > 0
            OR instr(fold(c.billing_name), :query) > 0
            OR instr(fold(c.shipping_name), :query) > 0
            OR instr(fold(c.billing_email), :query) > 0
            OR instr(fold(c.billing_phone), :query) > 0
            OR instr(fold(c.shipping_phone), :query) > 0
            OR (:query_digits <> '' AND (
                instr(c.billing_phone_digits, :query_digits) > 0
                OR instr(phone_digits(c.shipping_phone), :query_digits) > 0
            ))
            OR EXISTS (
                SELECT 1
                FROM customer_contacts AS k
                WHERE k.customer_id = c.id
                  AND (
                    instr(fold(k.name), :query) > 0
                    OR instr(fold(k.email), :query) > 0
                    OR instr(fold(k.phone), :query) > 0
                    OR (:query_digits <> '' AND instr(phone_digits(k.phone), :query_digits) > 0)
                  )
            )
        )"#,
        ":query",
        &filter.query,
    );
    if let Some(query) = &filter.query {
        params.push((":query_digits", Box::new(phone_search_digits(query))));
    }
    if let Some(phone) = &filter.phone {
        clauses.push("instr(c.billing_phone_digits, :phone) > 0");
        params.push((":phone", Box::new(phone_digits(phone))));
    }
    // The trigram index first narrows each text filter to the customers
    // that can match; the exact tests above then decide.
    let mut narrowing: Vec<String> = Vec::new();
    let folded = |value: &Option<String>| value.as_deref().map(|v| fold(v.trim()));
    for (columns, value) in [
        ("key", folded(&filter.id)),
        ("names", folded(&filter.name)),
        ("email", folded(&filter.email)),
        ("phone", filter.phone.as_deref().map(phone_digits)),
    ] {
        if let Some(value) = value {
            narrowing.extend(search::matching(columns, &value));
        }
    }
    if let Some(query) = folded(&filter.query) {
        let digits = phone_search_digits(&query);
        let text = search::matching("key names email other", &query);
        let phones = search::matching("phone digits", &digits);
        match (text, phones, digits.is_empty()) {
            (Some(text), _, true) => narrowing.push(text),
            (Some(text), Some(phones), false) => narrowing.push(format!("({text}) OR ({phones})")),
            _ => {}
        }
    }
    let narrowed = !narrowing.is_empty();
    for (index, expression) in narrowing.into_iter().enumerate() {
        let clause = SEARCH_CLAUSES[index];
        let name = &clause[clause.rfind(':').expect("a named parameter")..clause.len() - 1];
        clauses.push(clause);
        params.push((name, Box::new(expression)));
    }
    if let Some(from) = filter.registered_from {
        clauses.push("c.registered >= :registered_from");
        params.push((
            ":registered_from",
            Box::new(crate::domain::date::format_date(from)),
        ));
    }
    if let Some(to) = filter.registered_to {
        clauses.push("c.registered <= :registered_to");
        params.push((
            ":registered_to",
            Box::new(crate::domain::date::format_date(to)),
        ));
    }
    if let Some(status) = filter.status {
        clauses.push("c.status = :status");
        params.push((":status", Box::new(status.as_str())));
    }
    match filter.balance {
        Some(BalanceFilter::Receivable) => clauses.push("b.balance > 0"),
        Some(BalanceFilter::Payable) => clauses.push("b.balance < 0"),
        Some(BalanceFilter::Zero) => clauses.push("b.balance = 0"),
        None => {}
    }
    if filter.over_limit {
        clauses.push("c.credit_limit IS NOT NULL AND b.balance > c.credit_limit");
    }

    let sort_name = order.sort.as_deref().unwrap_or("contact_id");
    let Some((_, sort)) = SORT_COLUMNS.iter().find(|(name, _)| *name == sort_name) else {
        return Err(Error::Usage(format!(
            "cannot sort by `{sort_name}`; choose one of: {}",
            sort_columns().collect::<Vec<_>>().join(", ")
        ))
        .into());
    };
    let direction = if order.descending { "DESC" } else { "ASC" };
    // Missing values sort last either way; the contact id breaks ties.
    let order_by =
        format!("\nORDER BY ({sort}) IS NULL, {sort} {direction}, c.contact_key {direction}");
    let select = |clauses: &[&str]| {
        let mut sql = select.to_string();
        if !clauses.is_empty() {
            sql.push_str("WHERE ");
            sql.push_str(&clauses.join("\n  AND "));
        }
        sql.push_str(&order_by);
        sql
    };
    let Some(limit) = order.limit else {
        return list_rows(conn, &select(&clauses), &params, read, each);
    };
    params.push((":limit", Box::new(i64::try_from(limit).unwrap_or(i64::MAX))));

    // A text found in many customers is found soonest by reading them in
    // order and stopping at the limit; one found in few, through the
    // index. So a limited listing by contact id first reads the first
    // customers in order alone: if the limit fills there, those are the
    // first matches of all, since every later customer sorts after them.
    let probe_edge = if narrowed && sort_name == "contact_id" && limit <= PROBED_CUSTOMERS / 8 {
        conn.query_row(
            &format!(
                "SELECT contact_key FROM customers ORDER BY contact_key {direction} \
                 LIMIT 1 OFFSET {}",
                PROBED_CUSTOMERS - 1
            ),
            [],
            |row| row.get::<_, String>(0),
        )
        .optional()?
    } else {
        None
    };
    if let Some(edge) = probe_edge {
        let within = if order.descending {
            "c.contact_key >= :probe_edge"
        } else {
            "c.contact_key <= :probe_edge"
        };
        // The exact tests alone, without the index's narrowing.
        let mut probe_clauses: Vec<&str> = clauses
            .iter()
            .copied()
            .filter(|clause| !SEARCH_CLAUSES.contains(clause))
            .collect();
        probe_clauses.push(within);
        let mut probe_params: Vec<(&str, &dyn ToSql)> = params
            .iter()
            .filter(|(name, _)| !name.starts_with(":search"))
            .map(|(n, v)| (*n, v.as_ref()))
            .collect();
        probe_params.push((":probe_edge", &edge));
        let sql = format!("{}\nLIMIT :limit", select(&probe_clauses));
        let mut stmt = conn.prepare(&sql)?;
        let found = stmt
            .query_map(probe_params.as_slice(), read)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if found.len() as u64 == limit {
            for record in found {
                each(record)?;
            }
            return Ok(());
        }
    }
    let sql = format!("{}\nLIMIT :limit", select(&clauses));
    list_rows(conn, &sql, &params, read, each)
}

/// How many customers, first in order, a limited search reads on its own
/// before it asks the search index. Reading them takes a few milliseconds.
const PROBED_CUSTOMERS: u64 = 2_000;

/// Run a listing's SQL and hand each row over, as `read` reads it.
fn list_rows<T>(
    conn: &Connection,
    sql: &str,
    params: &[(&str, Box<dyn ToSql>)],
    read: fn(&Row) -> rusqlite::Result<T>,
    each: &mut dyn FnMut(T) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(sql)?;
    let named: Vec<(&str, &dyn ToSql)> = params.iter().map(|(n, v)| (*n, v.as_ref())).collect();
    let mut rows = stmt.query(named.as_slice())?;
    while let Some(row) = rows.next()? {
        each(read(row)?)?;
    }
    Ok(())
}

/// Move everything customer `from` holds besides its own fields (entries
/// other than an opening balance, contacts and aliases) to customer `to`.
/// Returns how many entries and contacts moved.
pub fn move_holdings(tx: &Transaction, from: i64, to: i64) -> Result<(usize, usize)> {
    let entries = tx.execute(
        r#"
        UPDATE entries
        SET customer_id = ?2
        WHERE customer_id = ?1
          AND kind <> 'opening'
        "#,
        (from, to),
    )?;
    let contacts = tx.execute(
        r#"
        UPDATE customer_contacts
        SET customer_id = ?2
        WHERE customer_id = ?1
        "#,
        (from, to),
    )?;
    tx.execute(
        r#"
        UPDATE customer_aliases
        SET customer_id = ?2
        WHERE customer_id = ?1
        "#,
        (from, to),
    )?;
    Ok((entries, contacts))
}

/// Make `alias` (the contact id of customer `former_id`, merged on `date`)
/// name customer `id` from now on.
pub fn add_alias(
    tx: &Transaction,
    id: i64,
    alias: &ContactId,
    former_id: i64,
    date: NaiveDate,
) -> Result<()> {
    tx.execute(
        r#"
        INSERT INTO customer_aliases (alias_key, alias, customer_id, former_id, merged_on)
        VALUES (?1, ?2, ?3, ?4, ?5)
        "#,
        (
            alias.key(),
            alias.as_str(),
            id,
            former_id,
            crate::domain::date::format_date(date),
        ),
    )?;
    Ok(())
}

/// The aliases of customer `id`, as written, in the order they were made.
pub fn aliases(conn: &Connection, id: i64) -> Result<Vec<String>> {
    let aliases = conn
        .prepare_cached(
            r#"
            SELECT alias
            FROM customer_aliases
            WHERE customer_id = ?1
            ORDER BY merged_on, alias_key
            "#,
        )?
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(aliases)
}

/// Make `alias` name customer `id`, as an import of aliases does. Returns
/// false when it already did. An alias that is another customer's contact
/// id or alias is `Error::Invalid`.
pub fn claim_as_alias(
    tx: &Transaction,
    id: i64,
    alias: &ContactId,
    date: NaiveDate,
) -> Result<bool> {
    match find(tx, alias.as_str())? {
        Some(holder) if holder == id => {
            let own = load(tx, id)?.customer.contact_id.key() == alias.key();
            if own {
                return crate::error::invalid(format!(
                    "alias `{alias}` is the customer's own contact id"
                ));
            }
            Ok(false)
        }
        Some(holder) => {
            let holder = load(tx, holder)?.customer.contact_id;
            crate::error::invalid(format!(
                "alias `{alias}` already names customer `{holder}`; an alias names one customer"
            ))
        }
        None => {
            add_alias(tx, id, alias, id, date)?;
            Ok(true)
        }
    }
}

/// Make the contacts of customer `id` exactly `contacts`, in order. Returns
/// false, touching nothing, when they already were.
pub fn replace_contacts(tx: &Transaction, id: i64, contacts: &[Contact]) -> Result<bool> {
    let current: Vec<Contact> = self::contacts(tx, id)?
        .into_iter()
        .map(|r| r.contact)
        .collect();
    if current == contacts {
        return Ok(false);
    }
    tx.execute(
        r#"
        DELETE FROM customer_contacts
        WHERE customer_id = ?1
        "#,
        [id],
    )?;
    for contact in contacts {
        add_contact(tx, id, contact)?;
    }
    Ok(true)
}

/// Delete customer `id` and its tags, contacts and aliases, without the
/// checks of `delete`: for a merge, once its holdings have moved.
pub fn remove(tx: &Transaction, id: i64) -> Result<()> {
    tx.execute(
        r#"
        DELETE FROM customers
        WHERE id = ?1
        "#,
        [id],
    )?;
    Ok(())
}

/// A further person at a customer, with the number that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRecord {
    /// Stable for the contact's life; `customer contact remove` takes it.
    pub number: i64,
    pub contact: Contact,
}

/// Add a contact to the customer with row id `id`; returns its number.
pub fn add_contact(tx: &Transaction, id: i64, contact: &Contact) -> Result<i64> {
    tx.prepare_cached(
        r#"
        INSERT INTO customer_contacts (customer_id, name, role, email, phone)
        VALUES (?1, ?2, ?3, ?4, ?5)
        "#,
    )?
    .execute((
        id,
        &contact.name,
        &contact.role,
        &contact.email,
        &contact.phone,
    ))?;
    Ok(tx.last_insert_rowid())
}

/// The contacts of the customer with row id `id`, oldest first.
pub fn contacts(conn: &Connection, id: i64) -> Result<Vec<ContactRecord>> {
    let rows = conn
        .prepare_cached(
            r#"
            SELECT id, name, role, email, phone
            FROM customer_contacts
            WHERE customer_id = ?1
            ORDER BY id
            "#,
        )?
        .query_map([id], |row| {
            Ok(ContactRecord {
                number: row.get(0)?,
                contact: Contact {
                    name: row.get(1)?,
                    role: row.get(2)?,
                    email: row.get(3)?,
                    phone: row.get(4)?,
                },
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Remove contact `number` from the customer with row id `id`.
///
/// A number that is not one of this customer's contacts is `Error::NotFound`.
pub fn remove_contact(tx: &Transaction, id: i64, number: i64, contact_id: &str) -> Result<()> {
    let removed = tx.execute(
        r#"
        DELETE FROM customer_contacts
        WHERE id = ?1
          AND customer_id = ?2
        "#,
        (number, id),
    )?;
    if removed == 0 {
        return not_found(format!(
            "customer `{contact_id}` has no contact number {number}; see \
             `duebook customer contact list {contact_id}`"
        ));
    }
    Ok(())
}

/// Why customers look like the same one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuplicateReason {
    /// The same billing email, ignoring letter case.
    Email,
    /// The same billing phone digits.
    Phone,
    /// The same name once case, spaces and punctuation are set aside.
    Name,
}

impl DuplicateReason {
    /// The word printed in the `reason` column.
    pub fn as_str(self) -> &'static str {
        match self {
            DuplicateReason::Email => "email",
            DuplicateReason::Phone => "phone",
            DuplicateReason::Name => "name",
        }
    }
}

/// Customers that are probably one, and why.
#[derive(Debug, Clone)]
pub struct DuplicateGroup {
    pub reason: DuplicateReason,
    /// The value they share, in its compared form.
    pub key: String,
    /// Oldest registration first, so the first is the natural merge target.
    pub members: Vec<CustomerRecord>,
}

/// Every group of two or more customers that share an email, a phone or a
/// name, grouped by reason, then by the shared value.
pub fn duplicates(conn: &Connection) -> Result<Vec<DuplicateGroup>> {
    let reasons = [
        (DuplicateReason::Email, "fold(c.billing_email)"),
        (DuplicateReason::Phone, "nullif(c.billing_phone_digits, '')"),
        (
            DuplicateReason::Name,
            "nullif(name_key(coalesce(c.name, c.billing_name)), '')",
        ),
    ];
    let mut groups: Vec<DuplicateGroup> = Vec::new();
    for (reason, key) in reasons {
        let sql = format!(
            r#"
            WITH keyed AS (
                SELECT c.id, c.registered, c.contact_key, {key} AS k
                FROM customers AS c
            )
            SELECT k, id
            FROM keyed
            WHERE k IN (
                SELECT k
                FROM keyed
                WHERE k IS NOT NULL
                GROUP BY k
                HAVING count(*) > 1
            )
            ORDER BY k, registered, contact_key
            "#
        );
        let pairs = conn
            .prepare(&sql)?
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (shared, id) in pairs {
            let record = load(conn, id)?;
            match groups.last_mut() {
                Some(group) if group.reason == reason && group.key == shared => {
                    group.members.push(record);
                }
                _ => groups.push(DuplicateGroup {
                    reason,
                    key: shared,
                    members: vec![record],
                }),
            }
        }
    }
    Ok(groups)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn date(text: &str) -> NaiveDate {
        crate::domain::date::parse_date(text).unwrap()
    }

    fn customer(id: &str) -> Customer {
        Customer::new(ContactId::parse(id).unwrap(), date("2026-01-15"))
    }

    fn add(store: &mut Store, customer: &Customer) -> i64 {
        store
            .write(|tx| insert(tx, customer, &Currency::default()))
            .unwrap()
    }

    fn ids(store: &Store, filter: &CustomerFilter, order: &ListOrder) -> Vec<String> {
        let mut out = Vec::new();
        store
            .read(|conn| {
                list(conn, filter, order, |r| {
                    out.push(r.customer.contact_id.to_string());
                    Ok(())
                })
            })
            .unwrap();
        out
    }

    #[test]
    fn insert_then_load_keeps_every_field() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        let mut acme = customer("ACME-7");
        acme.name = Some("Acme Tools".into());
        acme.terms = PaymentTerms::NetEndOfMonth(15);
        acme.opening = Some(Opening {
            kind: BalanceType::Payable,
            amount: Money::from_minor(4000),
        });
        acme.opening_date = Some(date("2025-12-31"));
        acme.billing_phone = Some("+1 (555) 010-2030".into());
        acme.shipping_country = Some("Deutschland".into());
        acme.tags = ["vip".to_string(), "wholesale".to_string()].into();
        acme.credit_limit = Some(Money::from_minor(100_000));
        acme.note = Some("line one\nline two".into());
        let id = add(&mut store, &acme);
        let record = store.read(|conn| load(conn, id)).unwrap();
        assert_eq!(record.customer, acme);
        assert_eq!(record.balance, -4000);
        assert_eq!(record.unused, Money::from_minor(4000));
        assert_eq!(record.balance_type(), Some(BalanceType::Payable));
    }

    #[test]
    fn contact_ids_are_unique_in_any_case() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        add(&mut store, &customer("ACME"));
        let err = store
            .write(|tx| insert(tx, &customer("acme"), &Currency::default()))
            .unwrap_err();
        assert!(
            err.to_string().contains("already taken by customer `ACME`"),
            "{err}"
        );
        assert!(store.read(|c| find(c, " Acme ")).unwrap().is_some());
        let other = add(&mut store, &customer("Other"));
        let err = store
            .write(|tx| update(tx, other, &customer("aCmE"), &Currency::default()))
            .unwrap_err();
        assert!(err.to_string().contains("already taken"), "{err}");
        store
            .write(|tx| update(tx, other, &customer("OTHER"), &Currency::default()))
            .unwrap();
    }

    #[test]
    fn delete_refuses_a_customer_with_an_opening_balance_or_entries() {
        let currency = Currency::default();
        let mut store = Store::in_memory(currency).unwrap();
        let mut owing = customer("OWING");
        owing.opening = Some(Opening {
            kind: BalanceType::Receivable,
            amount: Money::from_minor(25000),
        });
        let owing = add(&mut store, &owing);
        let err = store.write(|tx| delete(tx, owing, &currency)).unwrap_err();
        assert!(
            err.to_string()
                .contains("has an opening balance of receivable 250.00"),
            "{err}"
        );

        let trading = add(&mut store, &customer("TRADING"));
        store
            .write(|tx| {
                tx.execute_batch(&format!(
                    "INSERT INTO entries
                         (customer_id, kind, side, number, date, amount, open_amount, due_date)
                     VALUES ({trading}, 'invoice', 'debit', 'INV-1', '2026-01-02', 100, 100, '2026-01-02'),
                            ({trading}, 'invoice', 'debit', 'INV-2', '2026-01-03', 100, 100, '2026-01-03'),
                            ({trading}, 'payment', 'credit', 'PAY-1', '2026-01-04', 50, 50, NULL)"
                ))?;
                Ok(())
            })
            .unwrap();
        let err = store
            .write(|tx| delete(tx, trading, &currency))
            .unwrap_err();
        assert!(
            err.to_string().contains("has 2 invoices and 1 payment"),
            "{err}"
        );
        assert!(err.to_string().contains("--status inactive"), "{err}");

        let idle = add(&mut store, &customer("IDLE"));
        store.write(|tx| delete(tx, idle, &currency)).unwrap();
        assert_eq!(store.read(|c| find(c, "idle")).unwrap(), None);
        assert!(store.read(|c| find(c, "trading")).unwrap().is_some());
    }

    #[test]
    fn filters_combine_and_match_without_case() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        let mut a = customer("A-1");
        a.name = Some("Müller GmbH".into());
        a.billing_phone = Some("+1 (555) 010-2030".into());
        a.location = Some("North".into());
        a.tags = ["vip".to_string()].into();
        add(&mut store, &a);
        let mut b = customer("B-2");
        b.billing_name = Some("MÜLLER Shop".into());
        b.billing_email = Some("Shop@Example.com".into());
        b.status = Status::Inactive;
        b.registered = date("2026-03-01");
        add(&mut store, &b);
        add(&mut store, &customer("C-3"));
        let order = ListOrder::default();
        let by = |filter: CustomerFilter| ids(&store, &filter, &order);

        assert_eq!(
            by(CustomerFilter {
                name: Some("müller".into()),
                ..Default::default()
            }),
            ["A-1", "B-2"]
        );
        assert_eq!(
            by(CustomerFilter {
                phone: Some("0102030".into()),
                ..Default::default()
            }),
            ["A-1"]
        );
        assert_eq!(
            by(CustomerFilter {
                query: Some("example.COM".into()),
                ..Default::default()
            }),
            ["B-2"]
        );
        assert_eq!(
            by(CustomerFilter {
                query: Some("555-010".into()),
                ..Default::default()
            }),
            ["A-1"]
        );
        assert_eq!(
            by(CustomerFilter {
                status: Some(Status::Inactive),
                ..Default::default()
            }),
            ["B-2"]
        );
        assert_eq!(
            by(CustomerFilter {
                tag: Some("vip".into()),
                ..Default::default()
            }),
            ["A-1"]
        );
        assert_eq!(
            by(CustomerFilter {
                location: Some("NORTH".into()),
                ..Default::default()
            }),
            ["A-1"]
        );
        assert_eq!(
            by(CustomerFilter {
                registered_from: Some(date("2026-02-01")),
                ..Default::default()
            }),
            ["B-2"]
        );
        assert_eq!(
            by(CustomerFilter {
                name: Some("müller".into()),
                status: Some(Status::Active),
                ..Default::default()
            }),
            ["A-1"]
        );
        assert_eq!(
            by(CustomerFilter {
                balance: Some(BalanceFilter::Zero),
                ..Default::default()
            })
            .len(),
            3
        );
    }

    #[test]
    fn sorting_is_stable_and_limited() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        for (id, name) in [
            ("b", Some("Zed")),
            ("a", Some("Zed")),
            ("c", None),
            ("d", Some("Alpha")),
        ] {
            let mut c = customer(id);
            c.name = name.map(str::to_string);
            add(&mut store, &c);
        }
        let filter = CustomerFilter::default();
        let sorted = |sort: &str, descending: bool, limit: Option<u64>| {
            ids(
                &store,
                &filter,
                &ListOrder {
                    sort: Some(sort.into()),
                    descending,
                    limit,
                },
            )
        };
        assert_eq!(sorted("name", false, None), ["d", "a", "b", "c"]);
        assert_eq!(sorted("name", true, None), ["b", "a", "d", "c"]);
        assert_eq!(sorted("contact_id", false, Some(2)), ["a", "b"]);
        let err = store
            .read(|conn| {
                list(
                    conn,
                    &filter,
                    &ListOrder {
                        sort: Some("bogus".into()),
                        ..Default::default()
                    },
                    |_| Ok(()),
                )
            })
            .unwrap_err();
        assert!(err.to_string().contains("cannot sort by `bogus`"));
    }

    #[test]
    fn contacts_are_added_listed_and_removed() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        let id = add(&mut store, &customer("ACME"));
        let contact = Contact {
            name: Some("Jo".into()),
            role: Some("buyer".into()),
            ..Default::default()
        };
        let number = store.write(|tx| add_contact(tx, id, &contact)).unwrap();
        let listed = store.read(|c| contacts(c, id)).unwrap();
        assert_eq!(listed, [ContactRecord { number, contact }]);
        let err = store
            .write(|tx| remove_contact(tx, id, number + 1, "ACME"))
            .unwrap_err();
        assert!(err.to_string().contains("no contact number"));
        store
            .write(|tx| remove_contact(tx, id, number, "ACME"))
            .unwrap();
        assert!(store.read(|c| contacts(c, id)).unwrap().is_empty());
    }

    #[test]
    fn duplicates_are_grouped_by_reason() {
        let mut store = Store::in_memory(Currency::default()).unwrap();
        let mut a = customer("A");
        a.name = Some("ACME, Inc.".into());
        a.billing_email = Some("AP@acme.example".into());
        add(&mut store, &a);
        let mut b = customer("B");
        b.name = Some("acme inc".into());
        b.billing_email = Some("ap@ACME.example".into());
        b.billing_phone = Some("555 0100".into());
        add(&mut store, &b);
        let mut c = customer("C");
        c.billing_phone = Some("(555) 01-00".into());
        add(&mut store, &c);
        add(&mut store, &customer("D"));
        let groups = store.read(duplicates).unwrap();
        let summary: Vec<(&str, Vec<String>)> = groups
            .iter()
            .map(|g| {
                (
                    g.reason.as_str(),
                    g.members
                        .iter()
                        .map(|m| m.customer.contact_id.to_string())
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("email", vec!["A".to_string(), "B".to_string()]),
                ("phone", vec!["B".to_string(), "C".to_string()]),
                ("name", vec!["A".to_string(), "B".to_string()]),
            ]
        );
    }
}
