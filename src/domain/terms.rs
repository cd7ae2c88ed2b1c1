//! Payment terms: when an invoice falls due, given the day it was issued.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate};

/// The longest `net-N` accepted, in days.
const MAX_NET_DAYS: u32 = 365;

/// How long a customer has to pay an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PaymentTerms {
    /// Paid at the sale; due the invoice's day.
    Cash,
    /// Due the invoice's day.
    #[default]
    DueOnReceipt,
    /// Due N days after the invoice's day.
    Net(u32),
    /// Due the last day of the invoice's month.
    EndOfMonth,
    /// Due N days after the last day of the invoice's month.
    NetEndOfMonth(u32),
    /// Due day D of the month after the invoice's, or that month's last day
    /// when it is shorter.
    DayOfNextMonth(u32),
}

impl PaymentTerms {
    /// The due date of an invoice issued on `date`.
    ///
    /// Returns `None` only past the end of chrono's calendar (year 262142),
    /// far beyond any date the product accepts.
    pub fn due_date(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            PaymentTerms::Cash | PaymentTerms::DueOnReceipt => Some(date),
            PaymentTerms::Net(days) => date.checked_add_days(Days::new(u64::from(days))),
            PaymentTerms::EndOfMonth => month_end(date),
            PaymentTerms::NetEndOfMonth(days) => {
                month_end(date)?.checked_add_days(Days::new(u64::from(days)))
            }
            PaymentTerms::DayOfNextMonth(day) => {
                let next = month_end(date)?.succ_opt()?;
                let last = month_end(next)?.day();
                next.with_day(day.min(last))
            }
        }
    }

    /// How the due date of an invoice issued on `date` is reached, step by
    /// step, such as "the invoice's month ends 2026-01-31; 15 days later is
    /// 2026-02-15".
    pub fn explain(self, date: NaiveDate) -> Option<String> {
        let due = self.due_date(date)?;
        Some(match self {
            PaymentTerms::Cash | PaymentTerms::DueOnReceipt => {
                format!("due the day of the invoice, {due}")
            }
            PaymentTerms::Net(days) => {
                format!("{date} plus {days} {} is {due}", plural_days(days))
            }
            PaymentTerms::EndOfMonth => format!("the invoice's month ends {due}"),
            PaymentTerms::NetEndOfMonth(days) => format!(
                "the invoice's month ends {}; {days} {} later is {due}",
                month_end(date)?,
                plural_days(days)
            ),
            PaymentTerms::DayOfNextMonth(day) if due.day() == day => {
                format!("day {day} of the next month is {due}")
            }
            PaymentTerms::DayOfNextMonth(day) => format!(
                "the next month has only {} days, so day {day} becomes its last day, {due}",
                due.day()
            ),
        })
    }

    /// One sentence that says what the terms mean.
    pub fn describe(self) -> String {
        match self {
            PaymentTerms::Cash => "paid at the sale; due on the invoice date".to_string(),
            PaymentTerms::DueOnReceipt => "due on the invoice date".to_string(),
            PaymentTerms::Net(days) => {
                format!("due {days} {} after the invoice date", plural_days(days))
            }
            PaymentTerms::EndOfMonth => "due on the last day of the invoice's month".to_string(),
            PaymentTerms::NetEndOfMonth(days) => {
                format!(
                    "due {days} {} after the end of the invoice's month",
                    plural_days(days)
                )
            }
            PaymentTerms::DayOfNextMonth(day) => format!(
                "due on day {day} of the month after the invoice's, or that month's last day \
                 if it is shorter"
            ),
        }
    }
}

fn plural_days(days: u32) -> &'static str {
    if days == 1 { "day" } else { "days" }
}

fn month_end(date: NaiveDate) -> Option<NaiveDate> {
    let first = date.with_day(1)?;
    let next_first = first.checked_add_months(chrono::Months::new(1))?;
    next_first.pred_opt()
}

/// Parse the digits of `net-N` or `day-D-next`: no sign, no leading zero.
fn parse_count(text: &str, low: u32, high: u32) -> Option<u32> {
    if text.is_empty() || text.starts_with('0') || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u32>()
        .ok()
        .filter(|n| (low..=high).contains(n))
}

impl FromStr for PaymentTerms {
    type Err = String;

    /// Parse any form the product accepts, in any letter case.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let lower = text.trim().to_ascii_lowercase();
        let unknown = || {
            format!(
                "unknown payment terms `{}`; use cash, due-on-receipt, net-N (N from 1 to \
                 {MAX_NET_DAYS}), eom, net-N-eom or day-D-next (D from 1 to 31)",
                text.trim()
            )
        };
        let terms = match lower.as_str() {
            "cash" => PaymentTerms::Cash,
            "due-on-receipt" => PaymentTerms::DueOnReceipt,
            "eom" => PaymentTerms::EndOfMonth,
            _ => {
                if let Some(rest) = lower.strip_prefix("net-") {
                    match rest.strip_suffix("-eom") {
                        Some(days) => PaymentTerms::NetEndOfMonth(
                            parse_count(days, 1, MAX_NET_DAYS).ok_or_else(unknown)?,
                        ),
                        None => PaymentTerms::Net(
                            parse_count(rest, 1, MAX_NET_DAYS).ok_or_else(unknown)?,
                        ),
                    }
                } else if let Some(day) = lower
                    .strip_prefix("day-")
                    .and_then(|rest| rest.strip_suffix("-next"))
                {
                    PaymentTerms::DayOfNextMonth(parse_count(day, 1, 31).ok_or_else(unknown)?)
                } else {
                    return Err(unknown());
                }
            }
        };
        Ok(terms)
    }
}

impl fmt::Display for PaymentTerms {
    /// The canonical spelling, which `from_str` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PaymentTerms::Cash => f.write_str("cash"),
            PaymentTerms::DueOnReceipt => f.write_str("due-on-receipt"),
            PaymentTerms::Net(days) => write!(f, "net-{days}"),
            PaymentTerms::EndOfMonth => f.write_str("eom"),
            PaymentTerms::NetEndOfMonth(days) => write!(f, "net-{days}-eom"),
            PaymentTerms::DayOfNextMonth(day) => write!(f, "day-{day}-next"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn due(terms: &str, invoice: &str) -> String {
        let terms: PaymentTerms = terms.parse().unwrap();
        terms.due_date(date(invoice)).unwrap().to_string()
    }

    #[test]
    fn due_dates_follow_each_form() {
        assert_eq!(due("cash", "2026-03-15"), "2026-03-15");
        assert_eq!(due("due-on-receipt", "2026-03-15"), "2026-03-15");
        assert_eq!(due("net-30", "2026-03-15"), "2026-04-14");
        assert_eq!(due("NET-10", "2026-12-25"), "2027-01-04");
        assert_eq!(due("net-365", "2028-01-01"), "2028-12-31");
        assert_eq!(due("eom", "2026-02-03"), "2026-02-28");
        assert_eq!(due("eom", "2028-02-29"), "2028-02-29");
        assert_eq!(due("net-15-eom", "2026-01-20"), "2026-02-15");
        assert_eq!(due("day-10-next", "2026-01-31"), "2026-02-10");
        assert_eq!(due("day-31-next", "2026-01-05"), "2026-02-28");
        assert_eq!(due("day-31-next", "2028-01-05"), "2028-02-29");
        assert_eq!(due("day-31-next", "2026-12-05"), "2027-01-31");
    }

    #[test]
    fn refuses_unknown_and_out_of_range_terms() {
        for bad in [
            "net-0",
            "net-366",
            "net-030",
            "net--5",
            "net-",
            "net-30-eomx",
            "day-0-next",
            "day-32-next",
            "day-1",
            "eom-5",
            "30",
            "",
            "net 30",
            "monthly",
        ] {
            let err = bad.parse::<PaymentTerms>().unwrap_err();
            assert!(err.contains("unknown payment terms"), "{bad}: {err}");
        }
    }

    #[test]
    fn explains_how_the_due_date_is_reached() {
        let explain = |terms: &str, invoice: &str| {
            terms
                .parse::<PaymentTerms>()
                .unwrap()
                .explain(date(invoice))
                .unwrap()
        };
        assert_eq!(
            explain("net-30", "2026-01-31"),
            "2026-01-31 plus 30 days is 2026-03-02"
        );
        assert_eq!(
            explain("net-15-eom", "2026-01-20"),
            "the invoice's month ends 2026-01-31; 15 days later is 2026-02-15"
        );
        assert_eq!(
            explain("day-31-next", "2026-01-31"),
            "the next month has only 28 days, so day 31 becomes its last day, 2026-02-28"
        );
        assert_eq!(
            explain("day-5-next", "2026-12-31"),
            "day 5 of the next month is 2027-01-05"
        );
        assert_eq!(
            explain("eom", "2028-02-10"),
            "the invoice's month ends 2028-02-29"
        );
    }

    #[test]
    fn describes_in_words() {
        assert_eq!(
            PaymentTerms::Net(1).describe(),
            "due 1 day after the invoice date"
        );
        assert!(
            PaymentTerms::DayOfNextMonth(31)
                .describe()
                .contains("last day")
        );
    }

    fn any_terms() -> impl Strategy<Value = PaymentTerms> {
        prop_oneof![
            Just(PaymentTerms::Cash),
            Just(PaymentTerms::DueOnReceipt),
            Just(PaymentTerms::EndOfMonth),
            (1u32..=365).prop_map(PaymentTerms::Net),
            (1u32..=365).prop_map(PaymentTerms::NetEndOfMonth),
            (1u32..=31).prop_map(PaymentTerms::DayOfNextMonth),
        ]
    }

    proptest! {
        #[test]
        fn display_then_parse_is_identity(terms in any_terms()) {
            prop_assert_eq!(terms.to_string().parse::<PaymentTerms>().unwrap(), terms);
        }

        #[test]
        fn due_date_is_never_before_the_invoice(terms in any_terms(), days in 0i64..20_000) {
            let invoice = date("2000-01-01") + chrono::Duration::days(days);
            let due = terms.due_date(invoice).unwrap();
            prop_assert!(due >= invoice);
        }
    }
}
