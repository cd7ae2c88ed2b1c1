//! Receivables by segment, aging per customer, payables and top customers:
//! the rows of the reports and their totals.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::money::Currency;
use crate::render::Value;
use crate::store::report::{CustomerTotal, OpenDebit, UnusedCredit};

/// Where an open item stands against the as-of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// Due on the day.
    Today,
    /// Due before it.
    Overdue,
    /// Due after it.
    Upcoming,
}

impl Segment {
    /// All three, in the order the report prints them.
    pub const ALL: [Segment; 3] = [Segment::Today, Segment::Overdue, Segment::Upcoming];

    /// The word printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Today => "today",
            Segment::Overdue => "overdue",
            Segment::Upcoming => "upcoming",
        }
    }

    /// The segment of an item due `due`, seen on `as_of`.
    pub fn of(due: NaiveDate, as_of: NaiveDate) -> Segment {
        match due.cmp(&as_of) {
            std::cmp::Ordering::Equal => Segment::Today,
            std::cmp::Ordering::Less => Segment::Overdue,
            std::cmp::Ordering::Greater => Segment::Upcoming,
        }
    }
}

/// The columns of `receivables`.
pub const RECEIVABLE_COLUMNS: &[&str] = &[
    "segment",
    "contact_id",
    "billing_name",
    "billing_phone",
    "billing_email",
    "number",
    "invoice_date",
    "due_date",
    "open_amount",
    "days_overdue",
];

/// One row of `receivables`. `days_overdue` is negative for what is not yet
/// due: the days left.
pub fn receivable_row(debit: &OpenDebit, as_of: NaiveDate, currency: &Currency) -> Vec<Value> {
    vec![
        Value::Text(Segment::of(debit.due_date, as_of).as_str().to_string()),
        Value::Text(debit.contact_id.clone()),
        Value::text(debit.billing_name.as_deref()),
        Value::text(debit.billing_phone.as_deref()),
        Value::text(debit.billing_email.as_deref()),
        Value::Text(
            debit
                .number
                .clone()
                .unwrap_or_else(|| "opening".to_string()),
        ),
        Value::Date(debit.date),
        Value::Date(debit.due_date),
        Value::Money(currency.decimal(debit.open.minor())),
        Value::Int((as_of - debit.due_date).num_days()),
    ]
}

/// The columns of the totals of `receivables`.
pub const SEGMENT_TOTAL_COLUMNS: &[&str] = &["segment", "items", "open_amount"];

/// The bucket index of an item due `due`, seen on `as_of`.
pub fn bucket(due: NaiveDate, as_of: NaiveDate) -> usize {
    match (as_of - due).num_days() {
        days if days < 0 => 0,
        0 => 1,
        1..=30 => 2,
        31..=60 => 3,
        61..=90 => 4,
        _ => 5,
    }
}

/// The due dates that separate the aging buckets as of `as_of`, oldest
/// first, for reading sums by band of due dates: before the first cut is
/// over 90 days overdue, then 61–90, 31–60, 1–30, due today, and from the
/// last cut on not yet due. Agrees with `bucket`.
pub fn bucket_cuts(as_of: NaiveDate) -> [NaiveDate; 5] {
    let back = |days| {
        as_of
            .checked_sub_days(Days::new(days))
            .unwrap_or(NaiveDate::MIN)
    };
    [
        back(90),
        back(60),
        back(30),
        as_of,
        as_of.succ_opt().unwrap_or(NaiveDate::MAX),
    ]
}

/// The aging buckets, in `bucket`'s order, from sums by the bands that
/// `bucket_cuts` make.
pub fn buckets_from_bands(bands: &[i64]) -> [i128; 6] {
    let mut buckets = [0; 6];
    for (i, &band) in bands.iter().enumerate().take(6) {
        buckets[5 - i] = i128::from(band);
    }
    buckets
}

/// One customer's open items spread over the aging buckets, with its
/// unused credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aging {
    pub contact_id: String,
    pub billing_name: Option<String>,
    pub credit_limit: Option<i64>,
    /// Minor units per bucket, in the order of the aging columns (not yet due, due today, then
    /// 1–30, 31–60, 61–90 and over 90 days overdue); wide, as the
    /// totals over all customers may pass what 64 bits hold.
    pub buckets: [i128; 6],
    pub unused: i128,
}

impl Aging {
    /// A customer with nothing in it yet.
    pub fn new(
        contact_id: String,
        billing_name: Option<String>,
        credit_limit: Option<i64>,
    ) -> Aging {
        Aging {
            contact_id,
            billing_name,
            credit_limit,
            buckets: [0; 6],
            unused: 0,
        }
    }

    /// Put an open item in its bucket.
    pub fn add(&mut self, debit: &OpenDebit, as_of: NaiveDate) {
        self.buckets[bucket(debit.due_date, as_of)] += i128::from(debit.open.minor());
    }

    /// Everything open: always the sum of the buckets.
    pub fn open_total(&self) -> i128 {
        self.buckets.iter().sum()
    }

    /// What the customer owes once its unused credit is counted.
    pub fn net(&self) -> i128 {
        self.open_total() - self.unused
    }

    /// True when the net receivable exceeds the credit limit.
    pub fn is_over_limit(&self) -> bool {
        self.credit_limit
            .is_some_and(|limit| self.net() > i128::from(limit))
    }
}

/// The columns of `receivables --aging`.
pub const AGING_COLUMNS: &[&str] = &[
    "contact_id",
    "billing_name",
    "not_due",
    "due_today",
    "overdue_1_30",
    "overdue_31_60",
    "overdue_61_90",
    "overdue_over_90",
    "open_total",
    "unused_credit",
    "net",
    "credit_limit",
    "over_limit",
];

/// One row of `receivables --aging`.
pub fn aging_row(aging: &Aging, currency: &Currency) -> Vec<Value> {
    let money = |minor: i128| Value::Money(currency.decimal_wide(minor));
    let mut row = vec![
        Value::Text(aging.contact_id.clone()),
        Value::text(aging.billing_name.as_deref()),
    ];
    row.extend(aging.buckets.iter().map(|&b| money(b)));
    row.extend([
        money(aging.open_total()),
        money(aging.unused),
        money(aging.net()),
        aging
            .credit_limit
            .map_or(Value::Null, |limit| money(i128::from(limit))),
        Value::Bool(aging.is_over_limit()),
    ]);
    row
}

/// The columns of `payables`.
pub const PAYABLE_COLUMNS: &[&str] = &[
    "contact_id",
    "billing_name",
    "billing_phone",
    "billing_email",
    "from_payments",
    "from_returns",
    "from_opening",
    "amount",
    "oldest_date",
];

/// One row of `payables`.
pub fn payable_row(credit: &UnusedCredit, currency: &Currency) -> Vec<Value> {
    let money = |minor: i64| Value::Money(currency.decimal(minor));
    vec![
        Value::Text(credit.contact_id.clone()),
        Value::text(credit.billing_name.as_deref()),
        Value::text(credit.billing_phone.as_deref()),
        Value::text(credit.billing_email.as_deref()),
        money(credit.payments.minor()),
        money(credit.returns.minor()),
        money(credit.opening.minor()),
        money(credit.total().minor()),
        Value::Date(credit.oldest),
    ]
}

/// The share of `value` in `total`, in percent with two decimals, or `None`
/// when the total is zero.
pub fn share(value: i64, total: i64) -> Option<Decimal> {
    if total == 0 {
        return None;
    }
    let percent = Decimal::from(value) * Decimal::ONE_HUNDRED / Decimal::from(total);
    Some(percent.round_dp(2))
}

/// One row of `top`: rank, contact id, name, the measure, its share.
pub fn top_row(
    rank: usize,
    total: &CustomerTotal,
    sum: i64,
    money: Option<&Currency>,
) -> Vec<Value> {
    vec![
        Value::Int(rank as i64),
        Value::Text(total.contact_id.clone()),
        Value::text(total.name.as_deref()),
        match money {
            Some(currency) => Value::Money(currency.decimal(total.value)),
            None => Value::Int(total.value),
        },
        share(total.value, sum).map_or(Value::Null, |s| Value::Text(format!("{s:.2}"))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(n)
    }

    #[test]
    fn segments_and_buckets_follow_the_due_date() {
        let as_of = day(100);
        assert_eq!(Segment::of(day(100), as_of), Segment::Today);
        assert_eq!(Segment::of(day(99), as_of), Segment::Overdue);
        assert_eq!(Segment::of(day(101), as_of), Segment::Upcoming);
        let buckets: Vec<usize> = [101, 100, 99, 70, 69, 40, 39, 10, 9, 0]
            .iter()
            .map(|&d| bucket(day(d), as_of))
            .collect();
        assert_eq!(buckets, [0, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    }

    #[test]
    fn bucket_cuts_put_every_due_date_where_bucket_does() {
        let as_of = day(0);
        let cuts = bucket_cuts(as_of);
        for offset in -120..=40 {
            let due = day(offset);
            let band = cuts.iter().filter(|&&cut| due >= cut).count();
            let mut bands = vec![0; 6];
            bands[band] = 1;
            let mut expected = [0; 6];
            expected[bucket(due, as_of)] = 1;
            assert_eq!(buckets_from_bands(&bands), expected, "due {due}");
        }
    }

    #[test]
    fn shares_are_percent_with_two_decimals() {
        assert_eq!(share(1, 3), Some(Decimal::new(3333, 2)));
        assert_eq!(share(-50, 200), Some(Decimal::new(-2500, 2)));
        assert_eq!(share(5, 0), None);
    }

    proptest! {
        #[test]
        fn buckets_always_add_up_to_the_open_total(
            items in proptest::collection::vec((0i64..400, 1i64..1_000_000), 0..50),
            as_of in 0i64..400,
        ) {
            let as_of = day(as_of);
            let mut aging = Aging::new("A".into(), None, None);
            let mut total = 0i128;
            for (due, open) in items {
                let debit = OpenDebit {
                    customer_id: 1,
                    contact_id: "A".into(),
                    billing_name: None,
                    billing_phone: None,
                    billing_email: None,
                    credit_limit: None,
                    kind: crate::domain::entry::EntryKind::Invoice,
                    number: None,
                    date: day(0),
                    due_date: day(due),
                    open: crate::domain::money::Money::from_minor(open),
                };
                aging.add(&debit, as_of);
                total += i128::from(open);
            }
            prop_assert_eq!(aging.open_total(), total);
            prop_assert_eq!(aging.buckets.iter().sum::<i128>(), total);
        }
    }
}
