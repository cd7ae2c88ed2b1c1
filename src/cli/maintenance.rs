//! `duebook init`, `check`, `backup` and `history`: making, verifying,
//! copying and tracing the database itself.

use std::path::Path;

use anyhow::Result;

use crate::domain::customer::contact_key;
use crate::domain::money::Currency;
use crate::error::{Error, not_found, refused, usage};
use crate::render::Value;
use crate::report::history::amounts_as_decimals;
use crate::store::{Access, LATEST_VERSION, check, customer as customers, history, search, top};

use super::Context;

pub fn init(ctx: &Context, code: &str) -> Result<()> {
    let currency = Currency::from_code(code).map_err(Error::Invalid)?;
    let path = ctx.db_path()?;
    if path.exists() {
        return refused(format!(
            "database `{}` already exists; choose another path with --db, or keep using it",
            path.display()
        ));
    }
    let store = ctx.open_with(Access::Write, currency)?;
    ctx.detail(&format!("schema version {}", LATEST_VERSION));
    drop(store);
    Ok(())
}

pub fn check(ctx: &Context, repair: bool) -> Result<()> {
    if repair {
        // Repairing needs books to repair: a mistyped path is an error,
        // not a new empty file.
        let mut store = ctx.open_change()?;
        let (rows, customers) =
            store.write(|tx| Ok((top::rebuild_kept_totals(tx)?, search::rebuild(tx)?)))?;
        ctx.detail(&format!(
            "worked out {rows} rows of kept totals and the search texts of {customers} customers again"
        ));
    }
    let store = ctx.open_read()?;
    let currency = store.currency();
    let (problems, counts) = store.read(|conn| check::check(conn, &currency))?;
    if problems.is_empty() {
        ctx.say(&format!(
            "ok: customers {}, entries {}, applications {}; every rule holds",
            counts.customers, counts.entries, counts.applications
        ));
        return Ok(());
    }
    let mut rows = ctx.rows(&["rule", "record", "detail"])?;
    for problem in &problems {
        rows.row(&[
            Value::Text(problem.rule.to_string()),
            Value::Text(problem.record.clone()),
            Value::Text(problem.detail.clone()),
        ])?;
    }
    rows.finish()?;
    refused(format!(
        "check found {} broken {}; the rows above name each one",
        problems.len(),
        if problems.len() == 1 { "rule" } else { "rules" }
    ))
}

pub fn history(ctx: &Context, id: Option<&str>, limit: u64) -> Result<()> {
    let store = ctx.open_read()?;
    let currency = store.currency();
    let changes = store.read(|conn| {
        let ids = match id {
            None => None,
            Some(text) => Some(match customers::find(conn, text)? {
                Some(row) => history::customer_ids(conn, row)?,
                None => {
                    let former = history::former_ids(conn, &contact_key(text))?;
                    if former.is_empty() {
                        return not_found(format!(
                            "no customer has, or had, the contact id `{}`",
                            text.trim()
                        ));
                    }
                    former
                }
            }),
        };
        history::changes(conn, ids.as_deref(), limit)
    })?;
    let columns = [
        "at",
        "user",
        "record",
        "action",
        "contact_id",
        "number",
        "before",
        "after",
        "command",
    ];
    let mut rows = ctx.rows(&columns)?;
    for change in &changes {
        let json = |text: &Option<String>| {
            text.as_deref().map_or(Value::Null, |t| {
                Value::Text(amounts_as_decimals(t, &currency))
            })
        };
        rows.row(&[
            Value::Text(change.at.clone()),
            Value::Text(change.user.clone()),
            Value::Text(change.record.clone()),
            Value::Text(change.action.clone()),
            Value::text(change.contact_id.as_deref()),
            Value::text(change.number.as_deref()),
            json(&change.before),
            json(&change.after),
            Value::Text(change.command.clone()),
        ])?;
    }
    if rows.finish()? == 0 {
        ctx.say("no changes are recorded");
    }
    Ok(())
}

pub fn backup(ctx: &Context, file: &Path) -> Result<()> {
    let store = ctx.open_read()?;
    if file == store.path() {
        return usage("the backup cannot be the database itself; name another file");
    }
    let pages = store.backup_to(file)?;
    ctx.say(&format!(
        "backed up `{}` to `{}` ({pages} pages)",
        store.path().display(),
        file.display()
    ));
    Ok(())
}
