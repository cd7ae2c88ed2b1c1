//! `duebook customer …`: add, edit, show, delete and list customers, their
//! contacts, and likely duplicates.

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};

use crate::domain::customer::{
    Contact, ContactId, Customer, Opening, Status, clean_email, clean_line, clean_phone, clean_tag,
    clean_text,
};
use crate::domain::date::parse_date;
use crate::domain::money::Currency;
use crate::error::{Error, invalid, usage};
use crate::render::Value;
use crate::report::customer as report;
use crate::report::entry as entry_report;
use crate::store::customer::{self as store, BalanceFilter, CustomerFilter, ListOrder};
use crate::store::entry as entries;

/// How many of a customer's entries `customer show` lists.
const LATEST_ENTRIES: u32 = 5;

use super::Context;

#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Add a customer
    Add {
        /// The contact id: unique without regard to letter case, 1-64 characters
        id: String,
        #[command(flatten)]
        fields: CustomerFields,
    },
    /// Change any field of a customer, its contact id included
    Edit {
        /// The customer's contact id
        id: String,
        #[command(flatten)]
        fields: CustomerFields,
        /// A new contact id
        #[arg(long = "id", value_name = "NEW_ID")]
        new_id: Option<String>,
        /// Remove a tag (repeatable)
        #[arg(long, value_name = "TAG")]
        untag: Vec<String>,
        /// Empty a field, such as billing-email, credit-limit, opening or tags (repeatable)
        #[arg(long, value_name = "FIELD")]
        clear: Vec<String>,
    },
    /// Show every field of a customer, its balances and contacts
    Show {
        /// The customer's contact id
        id: String,
    },
    /// Delete a customer that has no entries and no opening balance
    Delete {
        /// The customer's contact id
        id: String,
        /// Delete without asking
        #[arg(long, short)]
        yes: bool,
    },
    /// List and search customers
    List {
        #[command(flatten)]
        filters: ListFilters,
        /// Sort by this column (any column name)
        #[arg(long, value_name = "COLUMN")]
        sort: Option<String>,
        /// Sort in descending order
        #[arg(long)]
        desc: bool,
        /// Show at most K customers
        #[arg(long, value_name = "K")]
        limit: Option<u64>,
        /// The columns to show, comma-separated
        #[arg(long, value_name = "a,b,c")]
        columns: Option<String>,
    },
    /// Every entry of a customer in date order, with the running balance
    Ledger {
        /// The customer's contact id
        id: String,
        /// Start here, bringing the earlier balance forward
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        /// End here
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
    },
    /// Further people at a customer
    #[command(subcommand)]
    Contact(ContactCommand),
    /// List groups of customers that are probably the same
    Duplicates,
}

/// The fields of a customer record, shared by `add` and `edit`. An empty
/// value leaves a field empty.
#[derive(Debug, Args, Default)]
pub struct CustomerFields {
    /// Display or company name
    #[arg(long)]
    name: Option<String>,
    /// active or inactive [default on add: active]
    #[arg(long)]
    status: Option<String>,
    /// Payment terms: cash, due-on-receipt, net-N, eom, net-N-eom, day-D-next
    #[arg(long)]
    terms: Option<String>,
    /// Opening balance, such as receivable:250.00 or payable:40.00
    #[arg(long, value_name = "TYPE:AMOUNT")]
    opening: Option<String>,
    /// Date of the opening balance [default: the registration date]
    #[arg(long, value_name = "YYYY-MM-DD")]
    opening_date: Option<String>,
    /// The store or warehouse the customer usually deals with
    #[arg(long)]
    location: Option<String>,
    #[arg(long)]
    billing_name: Option<String>,
    #[arg(long)]
    billing_email: Option<String>,
    #[arg(long)]
    billing_phone: Option<String>,
    #[arg(long)]
    billing_address: Option<String>,
    #[arg(long)]
    billing_city: Option<String>,
    #[arg(long)]
    billing_region: Option<String>,
    #[arg(long)]
    billing_postal_code: Option<String>,
    #[arg(long)]
    billing_country: Option<String>,
    #[arg(long)]
    shipping_name: Option<String>,
    #[arg(long)]
    shipping_phone: Option<String>,
    #[arg(long)]
    shipping_address: Option<String>,
    #[arg(long)]
    shipping_city: Option<String>,
    #[arg(long)]
    shipping_region: Option<String>,
    #[arg(long)]
    shipping_postal_code: Option<String>,
    #[arg(long)]
    shipping_country: Option<String>,
    /// Add a tag such as vip or wholesale (repeatable)
    #[arg(long, value_name = "TAG")]
    tag: Vec<String>,
    /// Credit limit; reports flag a receivable above it
    #[arg(long, value_name = "AMOUNT")]
    credit_limit: Option<String>,
    /// Free text
    #[arg(long)]
    note: Option<String>,
    /// Registration date [default on add: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    registered: Option<String>,
}

/// Name a flag in an error about its value.
fn flag_error(flag: &str, message: String) -> Error {
    Error::Invalid(format!("--{flag}: {message}"))
}

fn line(flag: &str, value: &str) -> Result<Option<String>> {
    clean_line(value).map_err(|e| flag_error(flag, e).into())
}

impl CustomerFields {
    fn is_empty(&self) -> bool {
        self.text_fields().iter().all(|(_, value)| value.is_none())
            && self.status.is_none()
            && self.terms.is_none()
            && self.opening.is_none()
            && self.opening_date.is_none()
            && self.tag.is_empty()
            && self.credit_limit.is_none()
            && self.registered.is_none()
    }

    fn text_fields(&self) -> [(&'static str, &Option<String>); 17] {
        [
            ("name", &self.name),
            ("location", &self.location),
            ("billing-name", &self.billing_name),
            ("billing-email", &self.billing_email),
            ("billing-phone", &self.billing_phone),
            ("billing-address", &self.billing_address),
            ("billing-city", &self.billing_city),
            ("billing-region", &self.billing_region),
            ("billing-postal-code", &self.billing_postal_code),
            ("billing-country", &self.billing_country),
            ("shipping-name", &self.shipping_name),
            ("shipping-phone", &self.shipping_phone),
            ("shipping-address", &self.shipping_address),
            ("shipping-city", &self.shipping_city),
            ("shipping-region", &self.shipping_region),
            ("shipping-postal-code", &self.shipping_postal_code),
            ("shipping-country", &self.shipping_country),
        ]
    }

    /// Check every given field and write it into `customer`.
    fn apply(&self, customer: &mut Customer, currency: &Currency) -> Result<()> {
        for (flag, value) in self.text_fields() {
            let Some(value) = value else { continue };
            let clean = match flag {
                "billing-email" => clean_email(value).map_err(|e| flag_error(flag, e))?,
                "billing-phone" | "shipping-phone" => {
                    clean_phone(value).map_err(|e| flag_error(flag, e))?
                }
                "billing-address" | "shipping-address" => {
                    clean_text(value).map_err(|e| flag_error(flag, e))?
                }
                _ => line(flag, value)?,
            };
            *text_field(customer, flag).expect("every text flag names a text field") = clean;
        }
        if let Some(status) = &self.status {
            customer.status = status.parse().map_err(|e| flag_error("status", e))?;
        }
        if let Some(terms) = &self.terms {
            customer.terms = terms.parse().map_err(|e| flag_error("terms", e))?;
        }
        if let Some(opening) = &self.opening {
            customer.opening =
                Some(Opening::parse(opening, currency).map_err(|e| flag_error("opening", e))?);
        }
        if let Some(date) = &self.opening_date {
            customer.opening_date =
                Some(parse_date(date).map_err(|e| flag_error("opening-date", e))?);
        }
        for tag in &self.tag {
            customer
                .tags
                .insert(clean_tag(tag).map_err(|e| flag_error("tag", e))?);
        }
        if let Some(limit) = &self.credit_limit {
            customer.credit_limit = match limit.trim() {
                "" => None,
                text => Some(
                    currency
                        .parse_amount(text)
                        .map_err(|e| flag_error("credit-limit", e))?,
                ),
            };
        }
        if let Some(note) = &self.note {
            customer.note = clean_text(note).map_err(|e| flag_error("note", e))?;
        }
        if let Some(date) = &self.registered {
            customer.registered = parse_date(date).map_err(|e| flag_error("registered", e))?;
        }
        Ok(())
    }
}

/// The text field of a customer that a flag or `--clear` name refers to.
fn text_field<'a>(customer: &'a mut Customer, name: &str) -> Option<&'a mut Option<String>> {
    Some(match name {
        "name" => &mut customer.name,
        "location" => &mut customer.location,
        "billing-name" => &mut customer.billing_name,
        "billing-email" => &mut customer.billing_email,
        "billing-phone" => &mut customer.billing_phone,
        "billing-address" => &mut customer.billing_address,
        "billing-city" => &mut customer.billing_city,
        "billing-region" => &mut customer.billing_region,
        "billing-postal-code" => &mut customer.billing_postal_code,
        "billing-country" => &mut customer.billing_country,
        "shipping-name" => &mut customer.shipping_name,
        "shipping-phone" => &mut customer.shipping_phone,
        "shipping-address" => &mut customer.shipping_address,
        "shipping-city" => &mut customer.shipping_city,
        "shipping-region" => &mut customer.shipping_region,
        "shipping-postal-code" => &mut customer.shipping_postal_code,
        "shipping-country" => &mut customer.shipping_country,
        "note" => &mut customer.note,
        _ => return None,
    })
}

/// Empty the field `--clear` names (in kebab or snake case).
fn clear_field(customer: &mut Customer, name: &str) -> Result<()> {
    let name = name.trim().replace('_', "-");
    if let Some(field) = text_field(customer, &name) {
        *field = None;
        return Ok(());
    }
    match name.as_str() {
        "opening" => {
            customer.opening = None;
            customer.opening_date = None;
        }
        "opening-date" => customer.opening_date = None,
        "credit-limit" => customer.credit_limit = None,
        "tags" => customer.tags.clear(),
        "status" | "terms" | "registered" | "contact-id" | "id" => {
            return usage(format!(
                "--clear {name}: this field always has a value; set it with --{name} instead"
            ));
        }
        _ => {
            return usage(format!(
                "--clear {name}: no such field; name one such as billing-email, credit-limit, \
                 opening or tags"
            ));
        }
    }
    Ok(())
}

/// An opening date needs an opening balance to date.
fn check_opening(customer: &Customer) -> Result<()> {
    if customer.opening_date.is_some() && customer.opening.is_none() {
        return invalid(format!(
            "--opening-date: customer `{}` has no opening balance to date; give --opening too",
            customer.contact_id
        ));
    }
    Ok(())
}

/// The filters shared by `customer list` and the bulk commands.
#[derive(Debug, Args, Default)]
pub struct ListFilters {
    /// Contact id contains this text
    #[arg(long)]
    id: Option<String>,
    /// Name or billing name contains this text
    #[arg(long)]
    name: Option<String>,
    /// Billing email contains this text
    #[arg(long)]
    email: Option<String>,
    /// Billing phone contains these digits
    #[arg(long)]
    phone: Option<String>,
    /// Any of id, names, emails or phones contains this text
    #[arg(long)]
    query: Option<String>,
    /// Registered on or after this date
    #[arg(long, value_name = "YYYY-MM-DD")]
    registered_from: Option<String>,
    /// Registered on or before this date
    #[arg(long, value_name = "YYYY-MM-DD")]
    registered_to: Option<String>,
    /// Which customers by status [default: all]
    #[arg(long, value_enum)]
    status: Option<StatusFilter>,
    /// Has this tag
    #[arg(long)]
    tag: Option<String>,
    /// Default location is this one (letter case aside)
    #[arg(long)]
    location: Option<String>,
    /// Which way the current balance goes
    #[arg(long, value_enum)]
    balance: Option<BalanceChoice>,
    /// Receivable above the credit limit
    #[arg(long)]
    over_limit: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatusFilter {
    Active,
    Inactive,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum BalanceChoice {
    Receivable,
    Payable,
    Zero,
}

impl ListFilters {
    /// True when no filter was given.
    pub fn is_empty(&self) -> bool {
        let texts = [
            &self.id,
            &self.name,
            &self.email,
            &self.phone,
            &self.query,
            &self.registered_from,
            &self.registered_to,
            &self.tag,
            &self.location,
        ];
        texts.iter().all(|t| t.is_none())
            && self.status.is_none()
            && self.balance.is_none()
            && !self.over_limit
    }

    /// Check the filters and turn them into the store's query.
    pub fn to_filter(&self) -> Result<CustomerFilter> {
        let (registered_from, registered_to) = super::entry::date_range(
            ("registered-from", self.registered_from.as_deref()),
            ("registered-to", self.registered_to.as_deref()),
        )?;
        if let Some(phone) = &self.phone {
            if crate::domain::customer::phone_digits(phone).is_empty() {
                return invalid(format!("--phone: `{phone}` has no digits to match"));
            }
        }
        let tag = self
            .tag
            .as_deref()
            .map(|t| clean_tag(t).map_err(|e| flag_error("tag", e)))
            .transpose()?;
        Ok(CustomerFilter {
            id: self.id.clone(),
            name: self.name.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            query: self.query.clone(),
            registered_from,
            registered_to,
            status: match self.status {
                Some(StatusFilter::Active) => Some(Status::Active),
                Some(StatusFilter::Inactive) => Some(Status::Inactive),
                Some(StatusFilter::All) | None => None,
            },
            tag,
            location: self.location.clone(),
            balance: self.balance.map(|b| match b {
                BalanceChoice::Receivable => BalanceFilter::Receivable,
                BalanceChoice::Payable => BalanceFilter::Payable,
                BalanceChoice::Zero => BalanceFilter::Zero,
            }),
            over_limit: self.over_limit,
        })
    }
}

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a person at a customer
    Add {
        /// The customer's contact id
        id: String,
        #[arg(long)]
        name: Option<String>,
        /// Their role, such as buyer or accounts
        #[arg(long)]
        role: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
    },
    /// List the people at a customer
    List {
        /// The customer's contact id
        id: String,
    },
    /// Remove a person by the number `contact list` shows
    Remove {
        /// The customer's contact id
        id: String,
        /// The contact's number
        number: i64,
    },
}

pub fn run(ctx: &Context, command: CustomerCommand) -> Result<()> {
    match command {
        CustomerCommand::Add { id, fields } => add(ctx, &id, &fields),
        CustomerCommand::Edit {
            id,
            fields,
            new_id,
            untag,
            clear,
        } => edit(ctx, &id, &fields, new_id.as_deref(), &untag, &clear),
        CustomerCommand::Show { id } => show(ctx, &id),
        CustomerCommand::Delete { id, yes } => delete(ctx, &id, yes),
        CustomerCommand::List {
            filters,
            sort,
            desc,
            limit,
            columns,
        } => list(
            ctx,
            &filters,
            ListOrder {
                sort,
                descending: desc,
                limit,
            },
            columns.as_deref(),
        ),
        CustomerCommand::Ledger { id, from, to } => {
            ledger(ctx, &id, from.as_deref(), to.as_deref())
        }
        CustomerCommand::Contact(command) => contact(ctx, command),
        CustomerCommand::Duplicates => duplicates(ctx),
    }
}

fn add(ctx: &Context, id: &str, fields: &CustomerFields) -> Result<()> {
    let contact_id = ContactId::parse(id).map_err(Error::Invalid)?;
    let mut customer = Customer::new(contact_id, ctx.today()?);
    let mut store = ctx.open_write()?;
    fields.apply(&mut customer, &store.currency())?;
    check_opening(&customer)?;
    let currency = store.currency();
    store.write(|tx| store::insert(tx, &customer, &currency))?;
    ctx.say(&format!("added customer `{}`", customer.contact_id));
    Ok(())
}

fn edit(
    ctx: &Context,
    id: &str,
    fields: &CustomerFields,
    new_id: Option<&str>,
    untag: &[String],
    clear: &[String],
) -> Result<()> {
    if fields.is_empty() && new_id.is_none() && untag.is_empty() && clear.is_empty() {
        return usage(format!(
            "nothing to change for `{}`; give a field flag such as --name, --id, --untag or \
             --clear (see `duebook customer edit --help`)",
            id.trim()
        ));
    }
    let mut store = ctx.open_write()?;
    let currency = store.currency();
    let changed = store.write(|tx| {
        let row = store::require(tx, id)?;
        let before = store::load(tx, row)?.customer;
        let mut after = before.clone();
        for name in clear {
            clear_field(&mut after, name)?;
        }
        fields.apply(&mut after, &currency)?;
        for tag in untag {
            let tag = clean_tag(tag).map_err(|e| flag_error("untag", e))?;
            if !after.tags.remove(&tag) {
                ctx.say(&format!(
                    "customer `{}` has no tag `{tag}`",
                    before.contact_id
                ));
            }
        }
        if let Some(new_id) = new_id {
            after.contact_id = ContactId::parse(new_id).map_err(|e| flag_error("id", e))?;
        }
        check_opening(&after)?;
        if after == before {
            return Ok(None);
        }
        store::update(tx, row, &after, &currency)?;
        Ok(Some(after.contact_id))
    })?;
    match changed {
        Some(contact_id) => ctx.say(&format!("updated customer `{contact_id}`")),
        None => ctx.say(&format!(
            "customer `{}` already had those values; nothing changed",
            id.trim()
        )),
    }
    Ok(())
}

fn show(ctx: &Context, id: &str) -> Result<()> {
    let store = ctx.open_read()?;
    let currency = store.currency();
    let (record, contacts, latest) = store.read(|conn| {
        let row = store::require(conn, id)?;
        let latest = entries::latest(conn, row, LATEST_ENTRIES)?;
        Ok((store::load(conn, row)?, store::contacts(conn, row)?, latest))
    })?;
    let mut fields: Vec<(&str, Value)> = report::CUSTOMER_COLUMNS
        .iter()
        .map(|column| (*column, report::customer_value(&record, column, &currency)))
        .collect();
    let contacts = contacts
        .iter()
        .map(|contact| {
            report::CONTACT_COLUMNS
                .iter()
                .map(|c| c.to_string())
                .zip(report::contact_row(contact))
                .collect()
        })
        .collect();
    fields.push(("contacts", Value::Objects(contacts)));
    let latest = latest
        .iter()
        .map(|record| {
            let names = ["date", "kind", "number", "amount", "open_amount", "status"];
            let values = [
                Value::Date(record.entry.date),
                Value::Text(record.entry.kind.to_string()),
                Value::Text(record.label().to_string()),
                Value::Money(currency.decimal(record.entry.amount.minor())),
                Value::Money(currency.decimal(record.open.minor())),
                Value::Text(record.status().to_string()),
            ];
            names.iter().map(|n| n.to_string()).zip(values).collect()
        })
        .collect();
    fields.push(("latest_entries", Value::Objects(latest)));
    ctx.record(&fields)
}

fn ledger(ctx: &Context, id: &str, from: Option<&str>, to: Option<&str>) -> Result<()> {
    let (from, to) = super::entry::date_range(("from", from), ("to", to))?;
    let store = ctx.open_read()?;
    let currency = store.currency();
    let records = store.read(|conn| entries::all_of(conn, store::require(conn, id)?))?;
    let mut rows = ctx.rows(entry_report::LEDGER_COLUMNS)?;
    for line in entry_report::ledger(&records, from, to) {
        rows.row(&entry_report::ledger_row(&line, &currency))?;
    }
    rows.finish()?;
    Ok(())
}

fn delete(ctx: &Context, id: &str, yes: bool) -> Result<()> {
    let mut store = ctx.open_change()?;
    let currency = store.currency();
    // Refuse early, before asking, when the answer could only be no.
    let contact_id = store.read(|conn| {
        let row = store::require(conn, id)?;
        let holdings = store::holdings(conn, row)?;
        let contact_id = store::load(conn, row)?.customer.contact_id;
        if !holdings.is_empty() {
            return store::delete_refusal(&contact_id, &holdings, &currency);
        }
        Ok(contact_id)
    })?;
    ctx.confirm(&format!("delete customer `{contact_id}`"), yes)?;
    store.write(|tx| {
        let row = store::require(tx, contact_id.as_str())?;
        store::delete(tx, row, &currency)
    })?;
    ctx.say(&format!("deleted customer `{contact_id}`"));
    Ok(())
}

fn list(
    ctx: &Context,
    filters: &ListFilters,
    order: ListOrder,
    columns: Option<&str>,
) -> Result<()> {
    let filter = filters.to_filter()?;
    let columns = match columns {
        Some(text) => report::parse_columns(text)?,
        None => report::LIST_COLUMNS.to_vec(),
    };
    let store = ctx.open_read()?;
    let currency = store.currency();
    let mut rows = ctx.rows(&columns)?;
    store.read(|conn| {
        store::list(conn, &filter, &order, |record| {
            rows.row(&report::customer_row(&record, &columns, &currency))
        })
    })?;
    if rows.finish()? == 0 {
        ctx.say("no customers match");
    }
    Ok(())
}

fn contact(ctx: &Context, command: ContactCommand) -> Result<()> {
    match command {
        ContactCommand::Add {
            id,
            name,
            role,
            email,
            phone,
        } => {
            let optional = |flag: &str, value: Option<String>| -> Result<Option<String>> {
                match value {
                    Some(v) => line(flag, &v),
                    None => Ok(None),
                }
            };
            let contact = Contact {
                name: optional("name", name)?,
                role: optional("role", role)?,
                email: email
                    .map(|e| clean_email(&e).map_err(|m| flag_error("email", m)))
                    .transpose()?
                    .flatten(),
                phone: phone
                    .map(|p| clean_phone(&p).map_err(|m| flag_error("phone", m)))
                    .transpose()?
                    .flatten(),
            };
            if contact.is_empty() {
                return usage("a contact needs at least one of --name, --role, --email, --phone");
            }
            let mut store = ctx.open_write()?;
            let (number, contact_id) = store.write(|tx| {
                let row = store::require(tx, &id)?;
                let contact_id = store::load(tx, row)?.customer.contact_id;
                Ok((store::add_contact(tx, row, &contact)?, contact_id))
            })?;
            ctx.say(&format!(
                "added contact {number} to customer `{contact_id}`"
            ));
            Ok(())
        }
        ContactCommand::List { id } => {
            let store = ctx.open_read()?;
            let contacts = store.read(|conn| store::contacts(conn, store::require(conn, &id)?))?;
            let mut rows = ctx.rows(report::CONTACT_COLUMNS)?;
            for contact in &contacts {
                rows.row(&report::contact_row(contact))?;
            }
            if rows.finish()? == 0 {
                ctx.say(&format!("customer `{}` has no contacts", id.trim()));
            }
            Ok(())
        }
        ContactCommand::Remove { id, number } => {
            let mut store = ctx.open_write()?;
            let contact_id = store.write(|tx| {
                let row = store::require(tx, &id)?;
                let contact_id = store::load(tx, row)?.customer.contact_id;
                store::remove_contact(tx, row, number, contact_id.as_str())?;
                Ok(contact_id)
            })?;
            ctx.say(&format!(
                "removed contact {number} from customer `{contact_id}`"
            ));
            Ok(())
        }
    }
}

fn duplicates(ctx: &Context) -> Result<()> {
    let store = ctx.open_read()?;
    let groups = store.read(store::duplicates)?;
    let mut rows = ctx.rows(report::DUPLICATE_COLUMNS)?;
    for (index, group) in groups.iter().enumerate() {
        for row in report::duplicate_rows(index as i64 + 1, group) {
            rows.row(&row)?;
        }
    }
    if rows.finish()? == 0 {
        ctx.say("no likely duplicates found");
    }
    Ok(())
}
