//! Columns and rows for customers, their contacts and likely duplicates.

use std::sync::LazyLock;

use crate::domain::customer::{Contact, FIELDS};
use crate::domain::money::Currency;
use crate::error::Error;
use crate::render::Value;
use crate::store::customer::{ContactRecord, CustomerRecord, DuplicateGroup};

/// The columns derived from the entries, after the record's own fields.
pub const DERIVED_COLUMNS: &[&str] = &[
    "balance_type",
    "current_balance",
    "unused_balance",
    "over_limit",
];

/// Every column of a customer, in the order `customer show` prints them:
/// the record's fields, then the derived ones.
pub static CUSTOMER_COLUMNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| FIELDS.iter().chain(DERIVED_COLUMNS).copied().collect());

/// The columns `customer list` shows unless `--columns` says other.
pub const LIST_COLUMNS: &[&str] = &[
    "contact_id",
    "status",
    "name",
    "billing_email",
    "billing_phone",
    "terms",
    "location",
    "balance_type",
    "current_balance",
];

/// Parse a comma-separated list of column names, refusing unknown ones.
pub fn parse_columns(text: &str) -> Result<Vec<&'static str>, Error> {
    let mut columns = Vec::new();
    for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some(column) = CUSTOMER_COLUMNS.iter().find(|c| **c == name) else {
            return Err(Error::Usage(format!(
                "unknown column `{name}` in --columns; choose from: {}",
                CUSTOMER_COLUMNS.join(", ")
            )));
        };
        columns.push(*column);
    }
    if columns.is_empty() {
        return Err(Error::Usage(
            "--columns names no column; give a list like contact_id,name".into(),
        ));
    }
    Ok(columns)
}

/// One column of a customer record.
///
/// # Panics
///
/// On a name not in `CUSTOMER_COLUMNS`, which callers check first.
pub fn customer_value(record: &CustomerRecord, column: &str, currency: &Currency) -> Value {
    let c = &record.customer;
    let text = |t: &Option<String>| Value::text(t.as_deref());
    let money = |minor: i64| Value::Money(currency.decimal(minor));
    match column {
        "contact_id" => Value::Text(c.contact_id.to_string()),
        "status" => Value::Text(c.status.as_str().to_string()),
        "name" => text(&c.name),
        "terms" => Value::Text(c.terms.to_string()),
        "opening_type" => Value::text(c.opening.map(|o| o.kind.as_str())),
        "opening_amount" => c.opening.map_or(Value::Null, |o| money(o.amount.minor())),
        "opening_date" => c
            .opening
            .map_or(Value::Null, |_| Value::Date(c.effective_opening_date())),
        "location" => text(&c.location),
        "billing_name" => text(&c.billing_name),
        "billing_email" => text(&c.billing_email),
        "billing_phone" => text(&c.billing_phone),
        "billing_address" => text(&c.billing_address),
        "billing_city" => text(&c.billing_city),
        "billing_region" => text(&c.billing_region),
        "billing_postal_code" => text(&c.billing_postal_code),
        "billing_country" => text(&c.billing_country),
        "shipping_name" => text(&c.shipping_name),
        "shipping_phone" => text(&c.shipping_phone),
        "shipping_address" => text(&c.shipping_address),
        "shipping_city" => text(&c.shipping_city),
        "shipping_region" => text(&c.shipping_region),
        "shipping_postal_code" => text(&c.shipping_postal_code),
        "shipping_country" => text(&c.shipping_country),
        "tags" => Value::List(c.tags.iter().cloned().collect()),
        "credit_limit" => c.credit_limit.map_or(Value::Null, |l| money(l.minor())),
        "note" => text(&c.note),
        "registered" => Value::Date(c.registered),
        "balance_type" => Value::Text(
            record
                .balance_type()
                .map_or("zero", |t| t.as_str())
                .to_string(),
        ),
        "current_balance" => money(record.balance_amount().minor()),
        "unused_balance" => money(record.unused.minor()),
        "over_limit" => Value::Bool(record.is_over_limit()),
        other => panic!("customer column `{other}` is not in CUSTOMER_COLUMNS"),
    }
}

/// The chosen columns of a customer record, in order.
pub fn customer_row(record: &CustomerRecord, columns: &[&str], currency: &Currency) -> Vec<Value> {
    columns
        .iter()
        .map(|column| customer_value(record, column, currency))
        .collect()
}

/// The columns of a contact listing.
pub const CONTACT_COLUMNS: &[&str] = &["number", "name", "role", "email", "phone"];

/// One row of a contact listing.
pub fn contact_row(record: &ContactRecord) -> Vec<Value> {
    let Contact {
        name,
        role,
        email,
        phone,
    } = &record.contact;
    vec![
        Value::Int(record.number),
        Value::text(name.as_deref()),
        Value::text(role.as_deref()),
        Value::text(email.as_deref()),
        Value::text(phone.as_deref()),
    ]
}

/// The columns of `customer duplicates`.
pub const DUPLICATE_COLUMNS: &[&str] = &[
    "group",
    "reason",
    "shared",
    "contact_id",
    "name",
    "billing_name",
    "billing_email",
    "billing_phone",
    "registered",
];

/// The rows of one duplicate group, numbered `group`; the first member is
/// the oldest registered, the natural target of a merge.
pub fn duplicate_rows(group_number: i64, group: &DuplicateGroup) -> Vec<Vec<Value>> {
    group
        .members
        .iter()
        .map(|member| {
            let c = &member.customer;
            vec![
                Value::Int(group_number),
                Value::Text(group.reason.as_str().to_string()),
                Value::Text(group.key.clone()),
                Value::Text(c.contact_id.to_string()),
                Value::text(c.name.as_deref()),
                Value::text(c.billing_name.as_deref()),
                Value::text(c.billing_email.as_deref()),
                Value::text(c.billing_phone.as_deref()),
                Value::Date(c.registered),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::customer::sort_columns;

    #[test]
    fn every_column_can_be_sorted_and_shown() {
        let sortable: Vec<&str> = sort_columns().collect();
        for column in CUSTOMER_COLUMNS.iter() {
            assert!(sortable.contains(column), "`{column}` cannot be sorted");
        }
        for column in LIST_COLUMNS {
            assert!(CUSTOMER_COLUMNS.contains(column));
        }
    }

    #[test]
    fn columns_are_checked_by_name() {
        assert_eq!(
            parse_columns("contact_id, name").unwrap(),
            ["contact_id", "name"]
        );
        let err = parse_columns("contact_id,nmae").unwrap_err().to_string();
        assert!(err.contains("unknown column `nmae`"), "{err}");
        assert!(parse_columns(" , ").is_err());
    }
}
