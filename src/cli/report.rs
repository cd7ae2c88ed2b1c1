//! `duebook receivables`, `payables` and `top`: who owes what and since
//! when, what the business owes back, and the best customers.
//!
//! Tables end with totals; CSV, JSON and JSON Lines carry the rows alone so
//! pipelines can sum them, and `receivables --totals` prints the totals as
//! rows of their own.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{Days, NaiveDate};
use clap::{Args, ValueEnum};

use crate::domain::customer::{clean_tag, contact_key};
use crate::domain::money::Currency;
use crate::error::Error;
use crate::render::{Format, Rows, Value};
use crate::report::receivable::{self as report, Aging, Segment};
use crate::store::customer as customers;
use crate::store::report::{self as queries, DebitOrder, DebitQuery, Measure};

use super::Context;
use super::entry::{date_flag, date_range};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SegmentChoice {
    /// Due on the as-of day
    Today,
    /// Due before it
    Overdue,
    /// Due after it
    Upcoming,
    /// All three
    All,
}

/// `duebook receivables`.
#[derive(Debug, Args)]
pub struct ReceivablesArgs {
    /// Report what was open at the end of this day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<String>,
    /// Which items by due date
    #[arg(long, value_enum, default_value_t = SegmentChoice::All)]
    segment: SegmentChoice,
    /// Only items due at most this many days after the as-of day
    #[arg(long, value_name = "DAYS")]
    within: Option<u32>,
    /// Only this customer
    #[arg(long, value_name = "ID")]
    customer: Option<String>,
    /// Only documents of this location (an opening balance has its customer's)
    #[arg(long)]
    location: Option<String>,
    /// Only customers with this tag
    #[arg(long)]
    tag: Option<String>,
    /// One row per customer with its open amounts by age, unused credit and net
    #[arg(long, conflicts_with_all = ["segment", "within", "totals"])]
    aging: bool,
    /// Print the totals per segment as rows, instead of the items
    #[arg(long)]
    totals: bool,
}

/// `duebook payables`.
#[derive(Debug, Args)]
pub struct PayablesArgs {
    /// Report what was owed at the end of this day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<String>,
    /// Only this customer
    #[arg(long, value_name = "ID")]
    customer: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MeasureChoice {
    /// Invoices less returns
    Sales,
    /// Payments received
    Payments,
    /// Number of invoices
    Invoices,
}

/// `duebook top`.
#[derive(Debug, Args)]
pub struct TopArgs {
    /// Count entries dated on or after this day [default: all time]
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    /// Count entries dated on or before this day
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
    /// What to rank by
    #[arg(long, value_enum, default_value_t = MeasureChoice::Sales)]
    by: MeasureChoice,
    /// How many customers
    #[arg(long, value_name = "K", default_value_t = 20)]
    limit: u64,
}

fn as_of(ctx: &Context, text: Option<&str>) -> Result<NaiveDate> {
    match date_flag("as-of", text)? {
        Some(date) => Ok(date),
        None => ctx.today(),
    }
}

fn plus_days(date: NaiveDate, days: u32) -> Result<NaiveDate> {
    date.checked_add_days(Days::new(u64::from(days)))
        .ok_or_else(|| Error::Invalid(format!("--within: {days} days is too far")).into())
}

pub fn receivables(ctx: &Context, args: ReceivablesArgs) -> Result<()> {
    let as_of = as_of(ctx, args.as_of.as_deref())?;
    let tag = args
        .tag
        .as_deref()
        .map(clean_tag)
        .transpose()
        .map_err(|e| Error::Invalid(format!("--tag: {e}")))?;
    let horizon = args.within.map(|days| plus_days(as_of, days)).transpose()?;
    let store = ctx.open_read()?;
    let currency = store.currency();
    store.read(|conn| {
        let customer_id = args
            .customer
            .as_deref()
            .map(|c| customers::require(conn, c))
            .transpose()?;
        // Every due date; each segment narrows it below, and aging (which
        // takes no segment or window) reads it whole.
        let query = DebitQuery {
            as_of,
            due_from: None,
            due_to: None,
            customer_id,
            location: args.location.clone(),
            tag: tag.clone(),
        };
        if args.aging {
            return aging(ctx, conn, &query, &currency);
        }
        let segments: Vec<Segment> = match args.segment {
            SegmentChoice::Today => vec![Segment::Today],
            SegmentChoice::Overdue => vec![Segment::Overdue],
            SegmentChoice::Upcoming => vec![Segment::Upcoming],
            SegmentChoice::All => Segment::ALL.to_vec(),
        };
        // Totals are wide: summed over every customer they may pass 64 bits.
        let mut totals: BTreeMap<Segment, (i64, i128)> =
            segments.iter().map(|&s| (s, (0, 0))).collect();
        let mut rows = (!args.totals)
            .then(|| ctx.rows(report::RECEIVABLE_COLUMNS))
            .transpose()?;
        // Totals alone are summed in SQL, in one pass for every segment
        // asked: the bands of due dates before the day, on it, and after it
        // up to the window.
        if args.totals {
            let range = |segment: &Segment| segment_due_range(*segment, as_of, horizon);
            let due_from = segments.iter().map(range).map(|r| r.0).min().flatten();
            let due_to = segments
                .iter()
                .map(range)
                .map(|r| r.1.unwrap_or(NaiveDate::MAX))
                .max()
                .filter(|&to| to != NaiveDate::MAX);
            let query = DebitQuery {
                due_from,
                due_to,
                ..query.clone()
            };
            let cuts = [as_of, plus_days(as_of, 1)?];
            let bands = [Segment::Overdue, Segment::Today, Segment::Upcoming];
            let sums = queries::debit_totals(conn, &query, &cuts)?;
            for (segment, sum) in bands.iter().zip(sums) {
                if let Some(total) = totals.get_mut(segment) {
                    *total = sum;
                }
            }
        }
        // Items come by due date; the report prints them by segment, so each
        // segment is written in its own pass over the same query.
        for segment in segments.iter().filter(|_| !args.totals) {
            let (from, to) = segment_due_range(*segment, as_of, horizon);
            let query = DebitQuery {
                due_from: from,
                due_to: to,
                ..query.clone()
            };
            queries::open_debits(conn, &query, DebitOrder::Due, |debit| {
                let total = totals.entry(*segment).or_default();
                total.0 += 1;
                total.1 += i128::from(debit.open.minor());
                match rows.as_mut() {
                    Some(rows) => rows.row(&report::receivable_row(&debit, as_of, &currency)),
                    None => Ok(()),
                }
            })?;
        }
        let printed = match rows {
            Some(rows) => rows.finish()?,
            None => 0,
        };
        if args.totals || ctx.format == Format::Table {
            if printed > 0 && !args.totals {
                use std::io::Write;
                writeln!(ctx.stdout())?;
            }
            let mut out = ctx.rows(report::SEGMENT_TOTAL_COLUMNS)?;
            let mut sum = (0, 0);
            for (segment, (items, open)) in &totals {
                out.row(&[
                    Value::Text(segment.as_str().to_string()),
                    Value::Int(*items),
                    Value::Money(currency.decimal_wide(*open)),
                ])?;
                sum = (sum.0 + items, sum.1 + open);
            }
            if ctx.format == Format::Table && totals.len() > 1 {
                out.row(&[
                    Value::Text("total".to_string()),
                    Value::Int(sum.0),
                    Value::Money(currency.decimal_wide(sum.1)),
                ])?;
            }
            out.finish()?;
        }
        if printed == 0 && !args.totals {
            ctx.say(&format!("nothing owed matches, as of {as_of}"));
        }
        Ok(())
    })
}

/// The due dates of a segment: on the day, before it, or after it up to
/// the window's end.
fn segment_due_range(
    segment: Segment,
    as_of: NaiveDate,
    horizon: Option<NaiveDate>,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    match segment {
        Segment::Today => (Some(as_of), Some(as_of)),
        Segment::Overdue => (None, as_of.pred_opt()),
        Segment::Upcoming => (as_of.succ_opt(), horizon),
    }
}

/// Writes aging rows, slipping in the customers that hold unused credit
/// but owe nothing, in contact id order, and keeps the totals.
struct AgingWriter<'a, W: std::io::Write> {
    rows: Rows<W>,
    currency: &'a Currency,
    credits: std::iter::Peekable<std::vec::IntoIter<HeldCredit>>,
    sums: Aging,
}

/// What aging needs of a customer's unused credit, held for every customer
/// with credit while the open items stream: only that, to keep it small.
struct HeldCredit {
    customer_id: i64,
    contact_id: String,
    billing_name: Option<String>,
    credit_limit: Option<i64>,
    total: i64,
}

impl<W: std::io::Write> AgingWriter<'_, W> {
    /// Write one customer with open items, after any credit-only customers
    /// that sort before it.
    fn write(&mut self, customer_id: i64, mut aging: Aging) -> Result<()> {
        let key = contact_key(&aging.contact_id);
        self.write_credits_before(Some(&key))?;
        if let Some(credit) = self.credits.next_if(|c| c.customer_id == customer_id) {
            aging.unused = i128::from(credit.total);
        }
        self.emit(aging)
    }

    /// Write the credit-only customers that sort before `key`, or all that
    /// are left.
    fn write_credits_before(&mut self, key: Option<&str>) -> Result<()> {
        while let Some(credit) = self
            .credits
            .next_if(|c| key.is_none_or(|k| contact_key(&c.contact_id).as_str() < k))
        {
            let mut aging = Aging::new(credit.contact_id, credit.billing_name, credit.credit_limit);
            aging.unused = i128::from(credit.total);
            self.emit(aging)?;
        }
        Ok(())
    }

    fn emit(&mut self, aging: Aging) -> Result<()> {
        for (sum, bucket) in self.sums.buckets.iter_mut().zip(aging.buckets) {
            *sum += bucket;
        }
        self.sums.unused += aging.unused;
        self.rows.row(&report::aging_row(&aging, self.currency))
    }
}

/// One row per customer: open items by age, unused credit, net. Open items
/// stream by customer; customers' unused credits, far fewer, are read first
/// and merged in.
fn aging(
    ctx: &Context,
    conn: &rusqlite::Connection,
    query: &DebitQuery,
    currency: &Currency,
) -> Result<()> {
    let mut credits: Vec<HeldCredit> = Vec::new();
    queries::unused_credits(
        conn,
        query.as_of,
        query.customer_id,
        query.tag.as_deref(),
        |c| {
            credits.push(HeldCredit {
                customer_id: c.customer_id,
                total: c.total().minor(),
                contact_id: c.contact_id,
                billing_name: c.billing_name,
                credit_limit: c.credit_limit.map(|l| l.minor()),
            });
            Ok(())
        },
    )?;
    let mut writer = AgingWriter {
        rows: ctx.rows(report::AGING_COLUMNS)?,
        currency,
        credits: credits.into_iter().peekable(),
        sums: Aging::new("total".to_string(), None, None),
    };
    // One row a customer, summed by band of due dates in SQL.
    let cuts = report::bucket_cuts(query.as_of);
    queries::debit_sums(conn, query, &cuts, |sums| {
        let mut aging = Aging::new(sums.contact_id, sums.billing_name, sums.credit_limit);
        aging.buckets = report::buckets_from_bands(&sums.bands);
        writer.write(sums.customer_id, aging)
    })?;
    finish_aging(ctx, writer, query.as_of, currency)
}

/// Write the credit-only customers still to come and, on a table, the
/// totals; say so when nothing was written.
fn finish_aging<W: std::io::Write>(
    ctx: &Context,
    mut writer: AgingWriter<'_, W>,
    as_of: NaiveDate,
    currency: &Currency,
) -> Result<()> {
    writer.write_credits_before(None)?;
    let AgingWriter { mut rows, sums, .. } = writer;
    let printed = rows.count();
    if ctx.format == Format::Table && printed > 0 {
        rows.row(&report::aging_row(&sums, currency))?;
    }
    rows.finish()?;
    if printed == 0 {
        ctx.say(&format!("no customer owes or holds credit, as of {as_of}"));
    }
    Ok(())
}

pub fn payables(ctx: &Context, args: PayablesArgs) -> Result<()> {
    let as_of = as_of(ctx, args.as_of.as_deref())?;
    let store = ctx.open_read()?;
    let currency = store.currency();
    let mut rows = ctx.rows(report::PAYABLE_COLUMNS)?;
    let mut total = 0i128;
    store.read(|conn| {
        let customer_id = args
            .customer
            .as_deref()
            .map(|c| customers::require(conn, c))
            .transpose()?;
        queries::unused_credits(conn, as_of, customer_id, None, |credit| {
            total += i128::from(credit.total().minor());
            rows.row(&report::payable_row(&credit, &currency))
        })
    })?;
    let printed = rows.count();
    if ctx.format == Format::Table && printed > 0 {
        let mut sum = vec![Value::Text("total".to_string())];
        sum.extend(std::iter::repeat_n(Value::Null, 6));
        sum.extend([Value::Money(currency.decimal_wide(total)), Value::Null]);
        rows.row(&sum)?;
    }
    rows.finish()?;
    if printed == 0 {
        ctx.say(&format!(
            "the business owes no customer anything, as of {as_of}"
        ));
    }
    Ok(())
}

pub fn top(ctx: &Context, args: TopArgs) -> Result<()> {
    let (from, to) = date_range(("from", args.from.as_deref()), ("to", args.to.as_deref()))?;
    let (measure, column) = match args.by {
        MeasureChoice::Sales => (Measure::Sales, "net_sales"),
        MeasureChoice::Payments => (Measure::Payments, "payments"),
        MeasureChoice::Invoices => (Measure::Invoices, "invoices"),
    };
    let store = ctx.open_read()?;
    let currency = store.currency();
    let (ranked, sum) =
        store.read(|conn| queries::top_customers(conn, measure, from, to, args.limit))?;
    let money = (measure != Measure::Invoices).then_some(&currency);
    let mut rows = ctx.rows(&["rank", "contact_id", "name", column, "share"])?;
    for (index, total) in ranked.iter().enumerate() {
        rows.row(&report::top_row(index + 1, total, sum, money))?;
    }
    if ctx.format == Format::Table && !ranked.is_empty() {
        let all = match money {
            Some(currency) => Value::Money(currency.decimal(sum)),
            None => Value::Int(sum),
        };
        rows.row(&[
            Value::Null,
            Value::Text("all customers".to_string()),
            Value::Null,
            all,
            Value::Null,
        ])?;
    }
    rows.finish()?;
    if ranked.is_empty() && args.limit > 0 {
        ctx.say("no customer has entries of that kind in the period");
    }
    Ok(())
}
