//! `duebook terms explain`: what payment terms mean and when they fall due.

use anyhow::Result;
use clap::Subcommand;

use crate::domain::date::parse_date;
use crate::domain::terms::PaymentTerms;
use crate::error::Error;
use crate::render::Value;

use super::Context;

#[derive(Debug, Subcommand)]
pub enum TermsCommand {
    /// Say what payment terms mean and when an invoice under them is due
    Explain {
        /// cash, due-on-receipt, net-N, eom, net-N-eom or day-D-next
        terms: String,
        /// The invoice date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
}

pub fn run(ctx: &Context, command: TermsCommand) -> Result<()> {
    let TermsCommand::Explain { terms, date } = command;
    let terms: PaymentTerms = terms.parse().map_err(Error::Invalid)?;
    let date = match date {
        Some(text) => parse_date(&text).map_err(|e| Error::Invalid(format!("--date: {e}")))?,
        None => ctx.today()?,
    };
    let too_far = || Error::Invalid(format!("--date: `{date}` is too far in the future"));
    let due = terms.due_date(date).ok_or_else(too_far)?;
    let how = terms.explain(date).ok_or_else(too_far)?;
    ctx.record(&[
        ("terms", Value::Text(terms.to_string())),
        ("meaning", Value::Text(terms.describe())),
        ("invoice_date", Value::Date(date)),
        ("due_date", Value::Date(due)),
        ("how", Value::Text(how)),
        ("days", Value::Int((due - date).num_days())),
    ])
}
