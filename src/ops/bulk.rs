//! Acting on many customers at once: selecting them, updating fields and
//! tags, deleting, and merging duplicates into one.
//!
//! Each function runs inside its caller's transaction and returns what it
//! changed, so the same code serves a real run and a dry run (the caller
//! rolls the dry run back).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, Transaction};

use crate::domain::customer::{Customer, Opening, Status};
use crate::domain::money::{Currency, Money};
use crate::domain::terms::PaymentTerms;
use crate::error::{invalid, not_found, refused};
use crate::store::customer::{self as customers, CustomerFilter, CustomerRecord, ListOrder};
use crate::store::entry as entries;

/// Which customers a bulk command acts on: the listed ids (each must exist),
/// those matching the filter, or both (the listed ones that match).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub ids: Vec<String>,
    pub filter: Option<CustomerFilter>,
}

/// The selected customers, each once, in contact id order.
///
/// Unknown ids are `Error::NotFound`, naming every one of them, before
/// anything is read further.
pub fn select(conn: &Connection, selection: &Selection) -> Result<Vec<CustomerRecord>> {
    let mut named: Vec<i64> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for id in &selection.ids {
        match customers::find(conn, id)? {
            Some(row) => named.push(row),
            None => unknown.push(id.trim()),
        }
    }
    if !unknown.is_empty() {
        let list = unknown
            .iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let noun = if unknown.len() == 1 {
            "contact id"
        } else {
            "contact ids"
        };
        return not_found(format!(
            "no customer has the {noun} {list}; nothing was changed (see `duebook customer list`)"
        ));
    }
    let mut records = Vec::new();
    match &selection.filter {
        Some(filter) => customers::list(conn, filter, &ListOrder::default(), |record| {
            if selection.ids.is_empty() || named.contains(&record.id) {
                records.push(record);
            }
            Ok(())
        })?,
        None => {
            named.sort_unstable();
            named.dedup();
            for row in named {
                records.push(customers::load(conn, row)?);
            }
            records.sort_by_key(|r| r.customer.contact_id.key());
        }
    }
    Ok(records)
}

/// One field of one customer, before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub contact_id: String,
    pub field: &'static str,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What `bulk update` sets. `None` leaves a field alone; `Some(None)`
/// empties it.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub status: Option<Status>,
    pub terms: Option<PaymentTerms>,
    pub location: Option<Option<String>>,
    pub credit_limit: Option<Option<Money>>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
}

/// Apply `changes` to every selected customer; customers it would not
/// change are left untouched. Returns each field that changed.
pub fn update(
    tx: &Transaction,
    records: &[CustomerRecord],
    changes: &Changes,
    currency: &Currency,
) -> Result<Vec<FieldChange>> {
    let money = |m: Option<Money>| m.map(|m| currency.format(m));
    let mut out = Vec::new();
    for record in records {
        let before = &record.customer;
        let mut after = before.clone();
        if let Some(status) = changes.status {
            after.status = status;
        }
        if let Some(terms) = changes.terms {
            after.terms = terms;
        }
        if let Some(location) = &changes.location {
            after.location = location.clone();
        }
        if let Some(limit) = changes.credit_limit {
            after.credit_limit = limit;
        }
        for tag in &changes.remove_tags {
            after.tags.remove(tag);
        }
        after.tags.extend(changes.add_tags.iter().cloned());
        if after == *before {
            continue;
        }
        let contact_id = before.contact_id.to_string();
        let mut change = |field, b: Option<String>, a: Option<String>| {
            if b != a {
                out.push(FieldChange {
                    contact_id: contact_id.clone(),
                    field,
                    before: b,
                    after: a,
                });
            }
        };
        change(
            "status",
            Some(before.status.as_str().into()),
            Some(after.status.as_str().into()),
        );
        change(
            "terms",
            Some(before.terms.to_string()),
            Some(after.terms.to_string()),
        );
        change("location", before.location.clone(), after.location.clone());
        change(
            "credit_limit",
            money(before.credit_limit),
            money(after.credit_limit),
        );
        let tags = |c: &Customer| Some(c.tags.iter().cloned().collect::<Vec<_>>().join(";"));
        change("tags", tags(before), tags(&after));
        customers::update(tx, record.id, &after, currency)?;
    }
    Ok(out)
}

/// What happened to one customer in `bulk delete`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteOutcome {
    pub contact_id: String,
    /// True when deleted (or, in a blocked run, when it could have been).
    pub deleted: bool,
    /// What it holds that keeps it, in words; empty when deleted.
    pub holds: String,
}

/// Delete the selected customers. When any of them holds an opening
/// balance or entries, nothing is deleted unless `skip_blocked`, in which
/// case the others are. Returns every customer with its outcome, and
/// whether the whole delete was blocked.
pub fn delete(
    tx: &Transaction,
    records: &[CustomerRecord],
    skip_blocked: bool,
    currency: &Currency,
) -> Result<(Vec<DeleteOutcome>, bool)> {
    let mut outcomes = Vec::new();
    for record in records {
        let holdings = customers::holdings(tx, record.id)?;
        outcomes.push(DeleteOutcome {
            contact_id: record.customer.contact_id.to_string(),
            deleted: holdings.is_empty(),
            holds: if holdings.is_empty() {
                String::new()
            } else {
                holdings.describe(currency)
            },
        });
    }
    let blocked = outcomes.iter().any(|o| !o.deleted);
    if blocked && !skip_blocked {
        return Ok((outcomes, true));
    }
    for (record, outcome) in records.iter().zip(&outcomes) {
        if outcome.deleted {
            customers::delete(tx, record.id, currency)?;
        }
    }
    Ok((outcomes, false))
}

/// What a merge did with one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub source: String,
    pub target: String,
    pub entries: usize,
    pub contacts: usize,
    /// The target's empty fields this source filled.
    pub filled: Vec<&'static str>,
    /// The tags this source brought.
    pub tags: Vec<String>,
    /// The source's opening balance, folded into the target's.
    pub opening: Option<Opening>,
}

/// Fold the `sources` into `target`: their entries, contacts and aliases
/// move to it, its empty fields are filled from them in the order given (its
/// own values win), tags are united, opening balances of the same type are
/// added up, and each source's contact id becomes an alias of the target.
///
/// Refused: a source that is the target (directly or through an alias), a
/// source named twice, and opening balances of opposite types.
pub fn merge(
    tx: &Transaction,
    target: &str,
    sources: &[String],
    today: NaiveDate,
    currency: &Currency,
) -> Result<Vec<Merged>> {
    let target_id = customers::require(tx, target)?;
    let target_record = customers::load(tx, target_id)?;
    let target_name = target_record.customer.contact_id.to_string();
    if sources.is_empty() {
        return invalid("name at least one customer to merge into the target");
    }
    let mut source_records: Vec<CustomerRecord> = Vec::new();
    for source in sources {
        let id = customers::require(tx, source)?;
        if id == target_id {
            let through = if source.trim() == target_name.as_str() {
                String::new()
            } else {
                format!(" (`{}` names `{target_name}`)", source.trim())
            };
            return invalid(format!(
                "cannot merge customer `{target_name}` into itself{through}; name other customers"
            ));
        }
        if source_records.iter().any(|r| r.id == id) {
            return invalid(format!(
                "customer `{}` is named twice; name each source once",
                source.trim()
            ));
        }
        source_records.push(customers::load(tx, id)?);
    }

    // Opening balances of one type add up; opposite types cannot share one
    // opening balance.
    let openings: Vec<Opening> = std::iter::once(&target_record)
        .chain(&source_records)
        .filter_map(|r| r.customer.opening.filter(|o| !o.amount.is_zero()))
        .collect();
    if let Some(first) = openings.first() {
        if openings.iter().any(|o| o.kind != first.kind) {
            return refused(
                "the customers have opening balances of opposite types (receivable and \
                 payable), which cannot become one; change one first with `duebook customer \
                 edit ID --opening TYPE:AMOUNT`",
            );
        }
    }

    let mut merged = target_record.customer.clone();
    let mut survivor = entries::opening_of(tx, target_id)?;
    let mut report = Vec::new();
    for source in &source_records {
        let s = &source.customer;
        let filled = fill_empty(&mut merged, s);
        let tags: Vec<String> = s.tags.difference(&merged.tags).cloned().collect();
        merged.tags.extend(tags.iter().cloned());
        let opening = s.opening.filter(|o| !o.amount.is_zero());
        if let Some(opening) = opening {
            let date = s.effective_opening_date();
            merged.opening_date = Some(match merged.opening {
                Some(_) => merged.effective_opening_date().min(date),
                None => date,
            });
            merged.opening = Some(Opening {
                kind: opening.kind,
                amount: Money::from_minor(
                    merged.opening.map_or(0, |o| o.amount.minor()) + opening.amount.minor(),
                ),
            });
            let entry = entries::opening_of(tx, source.id)?
                .expect("a customer with an opening balance has its opening entry");
            match survivor {
                Some(into) => entries::fold_opening(tx, entry, into)?,
                None => {
                    entries::move_opening(tx, entry, target_id)?;
                    survivor = Some(entry);
                }
            }
        }
        let (moved_entries, moved_contacts) = customers::move_holdings(tx, source.id, target_id)?;
        customers::remove(tx, source.id)?;
        customers::add_alias(tx, target_id, &s.contact_id, source.id, today)?;
        report.push(Merged {
            source: s.contact_id.to_string(),
            target: target_name.clone(),
            entries: moved_entries,
            contacts: moved_contacts,
            filled,
            tags,
            opening,
        });
    }
    customers::update(tx, target_id, &merged, currency)?;
    Ok(report)
}

/// Fill the empty optional fields of `target` from `source`; returns the
/// names of the fields filled.
fn fill_empty(target: &mut Customer, source: &Customer) -> Vec<&'static str> {
    let mut filled = Vec::new();
    let mut fill = |name: &'static str, into: &mut Option<String>, from: &Option<String>| {
        if into.is_none() && from.is_some() {
            *into = from.clone();
            filled.push(name);
        }
    };
    fill("name", &mut target.name, &source.name);
    fill("location", &mut target.location, &source.location);
    fill(
        "billing_name",
        &mut target.billing_name,
        &source.billing_name,
    );
    fill(
        "billing_email",
        &mut target.billing_email,
        &source.billing_email,
    );
    fill(
        "billing_phone",
        &mut target.billing_phone,
        &source.billing_phone,
    );
    fill(
        "billing_address",
        &mut target.billing_address,
        &source.billing_address,
    );
    fill(
        "billing_city",
        &mut target.billing_city,
        &source.billing_city,
    );
    fill(
        "billing_region",
        &mut target.billing_region,
        &source.billing_region,
    );
    fill(
        "billing_postal_code",
        &mut target.billing_postal_code,
        &source.billing_postal_code,
    );
    fill(
        "billing_country",
        &mut target.billing_country,
        &source.billing_country,
    );
    fill(
        "shipping_name",
        &mut target.shipping_name,
        &source.shipping_name,
    );
    fill(
        "shipping_phone",
        &mut target.shipping_phone,
        &source.shipping_phone,
    );
    fill(
        "shipping_address",
        &mut target.shipping_address,
        &source.shipping_address,
    );
    fill(
        "shipping_city",
        &mut target.shipping_city,
        &source.shipping_city,
    );
    fill(
        "shipping_region",
        &mut target.shipping_region,
        &source.shipping_region,
    );
    fill(
        "shipping_postal_code",
        &mut target.shipping_postal_code,
        &source.shipping_postal_code,
    );
    fill(
        "shipping_country",
        &mut target.shipping_country,
        &source.shipping_country,
    );
    fill("note", &mut target.note, &source.note);
    if target.credit_limit.is_none() && source.credit_limit.is_some() {
        target.credit_limit = source.credit_limit;
        filled.push("credit_limit");
    }
    filled
}
