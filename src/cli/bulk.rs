//! `duebook bulk …`: activate, deactivate, update, delete and merge many
//! customers at once, each command one transaction.
//!
//! A selection is contact ids on the command line, `-` to read them from
//! standard input (a plain list, or CSV with a `contact_id` column such as
//! `customer list --format csv` prints), the filters of `customer list`, or
//! `--all`. `--dry-run` does the whole change in a transaction that is then
//! rolled back, so it shows exactly what would happen and changes nothing.

use std::io::{self, Read};

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::domain::customer::{Status, clean_line, clean_tag};
use crate::domain::money::Currency;
use crate::error::{Error, refused, usage};
use crate::ops::bulk::{self as ops, Changes, Selection};
use crate::render::Value;
use crate::store::Store;

use super::Context;
use super::customer::ListFilters;

#[derive(Debug, Subcommand)]
pub enum BulkCommand {
    /// Mark the selected customers active
    Activate {
        #[command(flatten)]
        select: SelectArgs,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Mark the selected customers inactive
    Deactivate {
        #[command(flatten)]
        select: SelectArgs,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Set fields and add or remove tags on the selected customers
    Update {
        #[command(flatten)]
        select: SelectArgs,
        /// status, terms, location or credit-limit, such as location=South;
        /// an empty value clears location or credit-limit (repeatable)
        #[arg(long = "set", value_name = "FIELD=VALUE")]
        set: Vec<String>,
        /// Add this tag (repeatable)
        #[arg(long, value_name = "TAG")]
        add_tag: Vec<String>,
        /// Remove this tag (repeatable)
        #[arg(long, value_name = "TAG")]
        remove_tag: Vec<String>,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Delete the selected customers that have no entries and no opening balance
    Delete {
        #[command(flatten)]
        select: SelectArgs,
        /// Delete the others when some are blocked, and list those kept
        #[arg(long)]
        skip_blocked: bool,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Fold duplicate customers into one
    Merge {
        /// The customer that stays
        #[arg(long, value_name = "ID")]
        into: String,
        /// The customers folded into it, or - to read them from standard input
        #[arg(required = true, value_name = "SOURCE_ID")]
        sources: Vec<String>,
        #[command(flatten)]
        run: RunArgs,
    },
}

/// Which customers a bulk command acts on.
#[derive(Debug, Args)]
pub struct SelectArgs {
    /// Contact ids, or - to read them from standard input (one a line, or CSV
    /// with a contact_id column)
    #[arg(value_name = "ID")]
    ids: Vec<String>,
    #[command(flatten)]
    filters: ListFilters,
    /// Select every customer (with no ids and no filters)
    #[arg(long)]
    all: bool,
}

/// How a bulk command runs.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Show what would change, and change nothing
    #[arg(long)]
    dry_run: bool,
    /// Change without asking
    #[arg(long, short)]
    yes: bool,
}

/// Read contact ids from standard input: one a line, blank lines and
/// surrounding spaces ignored; or CSV whose header names a `contact_id`
/// column, as `customer list --format csv` prints.
fn read_ids(input: impl Read) -> Result<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut ids = Vec::new();
    let mut column = 0;
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Error::Invalid(format!("standard input: {e}")))?;
        if index == 0 {
            if let Some(position) = record.iter().position(|f| f.trim() == "contact_id") {
                column = position;
                continue;
            }
        }
        if let Some(id) = record
            .get(column)
            .map(str::trim)
            .filter(|id| !id.is_empty())
        {
            ids.push(id.to_string());
        }
    }
    Ok(ids)
}

/// The ids given, with `-` replaced by those read from standard input.
fn expand_ids(ids: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut read = false;
    for id in ids {
        if id == "-" {
            if !read {
                out.extend(read_ids(io::stdin().lock())?);
                read = true;
            }
        } else {
            out.push(id.clone());
        }
    }
    Ok(out)
}

impl SelectArgs {
    fn selection(&self) -> Result<Selection> {
        let ids = expand_ids(&self.ids)?;
        let has_filters = !self.filters.is_empty();
        if self.ids.is_empty() && !has_filters && !self.all {
            return usage(
                "select customers: give contact ids, - to read them from standard input, \
                 filters such as --tag or --location, or --all for every customer",
            );
        }
        if self.all && (!self.ids.is_empty() || has_filters) {
            return usage("--all selects every customer; leave out the ids and filters, or --all");
        }
        let filter = (has_filters || self.all)
            .then(|| self.filters.to_filter())
            .transpose()?;
        Ok(Selection { ids, filter })
    }
}

pub fn run(ctx: &Context, command: BulkCommand) -> Result<()> {
    match command {
        BulkCommand::Activate { select, run } => {
            let changes = Changes {
                status: Some(Status::Active),
                ..Default::default()
            };
            update(ctx, &select, |_| Ok(changes), &run)
        }
        BulkCommand::Deactivate { select, run } => {
            let changes = Changes {
                status: Some(Status::Inactive),
                ..Default::default()
            };
            update(ctx, &select, |_| Ok(changes), &run)
        }
        BulkCommand::Update {
            select,
            set,
            add_tag,
            remove_tag,
            run,
        } => {
            let changes =
                |currency: &Currency| parse_changes(&set, &add_tag, &remove_tag, currency);
            update(ctx, &select, changes, &run)
        }
        BulkCommand::Delete {
            select,
            skip_blocked,
            run,
        } => delete(ctx, &select, skip_blocked, &run),
        BulkCommand::Merge { into, sources, run } => merge(ctx, &into, &sources, &run),
    }
}

fn parse_changes(
    set: &[String],
    add: &[String],
    remove: &[String],
    currency: &Currency,
) -> Result<Changes> {
    let mut changes = Changes::default();
    let bad = |message: String| -> anyhow::Error { Error::Invalid(message).into() };
    for assignment in set {
        let Some((field, value)) = assignment.split_once('=') else {
            return usage(format!(
                "--set `{assignment}`: write FIELD=VALUE, such as location=South"
            ));
        };
        let value = value.trim();
        match field.trim().replace('_', "-").as_str() {
            "status" => {
                changes.status = Some(
                    value
                        .parse()
                        .map_err(|e| bad(format!("--set status: {e}")))?,
                );
            }
            "terms" => {
                changes.terms = Some(
                    value
                        .parse()
                        .map_err(|e| bad(format!("--set terms: {e}")))?,
                );
            }
            "location" => {
                changes.location =
                    Some(clean_line(value).map_err(|e| bad(format!("--set location: {e}")))?);
            }
            "credit-limit" => {
                changes.credit_limit = Some(match value {
                    "" => None,
                    text => Some(
                        currency
                            .parse_amount(text)
                            .map_err(|e| bad(format!("--set credit-limit: {e}")))?,
                    ),
                });
            }
            other => {
                return usage(format!(
                    "--set `{other}`: bulk update sets status, terms, location or credit-limit"
                ));
            }
        }
    }
    let tags = |flag: &str, tags: &[String]| -> Result<Vec<String>> {
        tags.iter()
            .map(|t| clean_tag(t).map_err(|e| bad(format!("--{flag}: {e}"))))
            .collect()
    };
    changes.add_tags = tags("add-tag", add)?;
    changes.remove_tags = tags("remove-tag", remove)?;
    let nothing = changes.status.is_none()
        && changes.terms.is_none()
        && changes.location.is_none()
        && changes.credit_limit.is_none()
        && changes.add_tags.is_empty()
        && changes.remove_tags.is_empty();
    if nothing {
        return usage("nothing to change; give --set FIELD=VALUE, --add-tag or --remove-tag");
    }
    Ok(changes)
}

/// Select the customers, and say so when there are none.
fn selected(ctx: &Context, store: &Store, selection: &Selection) -> Result<usize> {
    let count = store.read(|conn| ops::select(conn, selection))?.len();
    if count == 0 {
        ctx.say("no customers are selected; nothing was changed");
    }
    Ok(count)
}

fn plural(count: usize, one: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {one}s")
    }
}

/// Apply the changes `changes` makes (given the database's currency, for
/// amounts) to the selected customers.
fn update(
    ctx: &Context,
    select: &SelectArgs,
    changes: impl FnOnce(&Currency) -> Result<Changes>,
    run: &RunArgs,
) -> Result<()> {
    let selection = select.selection()?;
    let mut store = ctx.open_change()?;
    let currency = store.currency();
    let changes = &changes(&currency)?;
    let count = selected(ctx, &store, &selection)?;
    if count == 0 {
        return Ok(());
    }
    let work = |tx: &rusqlite::Transaction| {
        let records = ops::select(tx, &selection)?;
        ops::update(tx, &records, changes, &currency)
    };
    let rows = if run.dry_run {
        store.rehearse(work)?
    } else {
        if count > 1 {
            ctx.confirm(&format!("update {}", plural(count, "customer")), run.yes)?;
        }
        store.write(work)?
    };
    let mut out = ctx.rows(&["contact_id", "field", "before", "after"])?;
    for row in &rows {
        out.row(&[
            Value::Text(row.contact_id.clone()),
            Value::Text(row.field.to_string()),
            Value::text(row.before.as_deref()),
            Value::text(row.after.as_deref()),
        ])?;
    }
    out.finish()?;
    let mut changed: Vec<&str> = rows.iter().map(|r| r.contact_id.as_str()).collect();
    changed.dedup();
    let verb = if run.dry_run {
        "would change"
    } else {
        "changed"
    };
    ctx.say(&format!(
        "{verb} {} of {} selected; the others already had those values",
        plural(changed.len(), "customer"),
        count
    ));
    Ok(())
}

fn delete(ctx: &Context, select: &SelectArgs, skip_blocked: bool, run: &RunArgs) -> Result<()> {
    let selection = select.selection()?;
    let mut store = ctx.open_change()?;
    let currency = store.currency();
    let count = selected(ctx, &store, &selection)?;
    if count == 0 {
        return Ok(());
    }
    let work = |tx: &rusqlite::Transaction| {
        let records = ops::select(tx, &selection)?;
        ops::delete(tx, &records, skip_blocked, &currency)
    };
    let (outcomes, blocked) = if run.dry_run {
        store.rehearse(work)?
    } else {
        // Learn first whether the delete is blocked, so a refusal does not
        // ask a question whose answer cannot matter.
        let (outcomes, blocked) = store.rehearse(work)?;
        if blocked {
            (outcomes, blocked)
        } else {
            ctx.confirm(&format!("delete {}", plural(count, "customer")), run.yes)?;
            store.write(work)?
        }
    };
    let mut out = ctx.rows(&["contact_id", "action", "holds"])?;
    for outcome in &outcomes {
        let action = match (blocked, outcome.deleted) {
            (true, true) => continue,
            (_, false) => "keep",
            (false, true) => "delete",
        };
        out.row(&[
            Value::Text(outcome.contact_id.clone()),
            Value::Text(action.to_string()),
            Value::text(Some(outcome.holds.as_str()).filter(|h| !h.is_empty())),
        ])?;
    }
    out.finish()?;
    let kept = outcomes.iter().filter(|o| !o.deleted).count();
    if blocked {
        return refused(format!(
            "{} of the {} selected {} entries or an opening balance, so none was deleted; mark \
             them inactive with `duebook bulk deactivate`, or add --skip-blocked to delete the \
             others",
            plural(kept, "customer"),
            count,
            if kept == 1 { "holds" } else { "hold" }
        ));
    }
    let deleted = count - kept;
    let verb = if run.dry_run {
        "would delete"
    } else {
        "deleted"
    };
    let tail = if kept > 0 {
        format!("; kept {kept} that hold entries")
    } else {
        String::new()
    };
    ctx.say(&format!("{verb} {}{tail}", plural(deleted, "customer")));
    Ok(())
}

fn merge(ctx: &Context, into: &str, sources: &[String], run: &RunArgs) -> Result<()> {
    let sources = expand_ids(sources)?;
    let today = ctx.today()?;
    let mut store = ctx.open_change()?;
    let currency = store.currency();
    let work = |tx: &rusqlite::Transaction| ops::merge(tx, into, &sources, today, &currency);
    let report = if run.dry_run {
        store.rehearse(work)?
    } else {
        // Check every refusal before asking.
        let report = store.rehearse(work)?;
        let target = report
            .first()
            .map_or(into.trim().to_string(), |m| m.target.clone());
        ctx.confirm(
            &format!("merge {} into `{target}`", plural(report.len(), "customer")),
            run.yes,
        )?;
        store.write(work)?
    };
    let mut out = ctx.rows(&[
        "source", "target", "entries", "contacts", "filled", "tags", "opening",
    ])?;
    for merged in &report {
        out.row(&[
            Value::Text(merged.source.clone()),
            Value::Text(merged.target.clone()),
            Value::Int(merged.entries as i64),
            Value::Int(merged.contacts as i64),
            Value::List(merged.filled.iter().map(|f| f.to_string()).collect()),
            Value::List(merged.tags.clone()),
            Value::text(
                merged
                    .opening
                    .map(|o| format!("{}:{}", o.kind.as_str(), currency.format(o.amount)))
                    .as_deref(),
            ),
        ])?;
    }
    out.finish()?;
    let verb = if run.dry_run { "would merge" } else { "merged" };
    let target = report.first().map_or(String::new(), |m| m.target.clone());
    ctx.say(&format!(
        "{verb} {} into `{target}`; their contact ids now name it",
        plural(report.len(), "customer")
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_read_one_a_line_or_from_a_contact_id_column() {
        let plain = read_ids("  ACME \n\nBOLT\n".as_bytes()).unwrap();
        assert_eq!(plain, ["ACME", "BOLT"]);
        let csv = "name,contact_id\nAcme,ACME-7\n\"Bolt, Inc.\",\"B,2\"\n";
        assert_eq!(read_ids(csv.as_bytes()).unwrap(), ["ACME-7", "B,2"]);
        assert!(read_ids("".as_bytes()).unwrap().is_empty());
    }
}
