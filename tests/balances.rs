//! Random histories of entries over weeks, recorded through the library,
//! against a plain model of the rules kept in this file: after every step
//! each customer's balance and unused balance, and each entry's open amount,
//! match the model to the minor unit, and `check` finds nothing wrong. At the
//! end, the receivables and unused credit as of every day of the history
//! match what the model says was open that day, and `top` ranks the
//! customers as the model does over periods that cut years short or not.
//!
//! A long run: `DUEBOOK_MONEY_CASES=10000 cargo test --release --test balances`.

use chrono::{Days, NaiveDate};
use duebook::domain::customer::{BalanceType, ContactId, Customer, Opening};
use duebook::domain::entry::EntryKind;
use duebook::domain::money::{Currency, Money};
use duebook::ops::entry::{self as ops, EntryDetails, NewCredit, NewInvoice, NewRefund};
use duebook::store::Store;
use duebook::store::report::{self, DebitOrder, DebitQuery, Measure};
use duebook::store::{check, customer as customers, entry as entries};
use proptest::prelude::*;

const CUSTOMERS: [&str; 2] = ["A", "B"];

#[derive(Debug, Clone)]
enum Step {
    Invoice {
        customer: usize,
        amount: i64,
    },
    Payment {
        customer: usize,
        amount: i64,
        named: Option<usize>,
    },
    Return {
        customer: usize,
        amount: i64,
        named: Option<usize>,
    },
    Refund {
        customer: usize,
        share: u8,
    },
    Apply {
        customer: usize,
        amount: Option<i64>,
    },
    VoidInvoice {
        pick: usize,
    },
    VoidPayment {
        pick: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let customer = 0..CUSTOMERS.len();
    let amount = 1i64..50_000;
    prop_oneof![
        3 => (customer.clone(), amount.clone()).prop_map(|(customer, amount)| Step::Invoice { customer, amount }),
        3 => (customer.clone(), amount.clone(), proptest::option::of(0usize..8))
            .prop_map(|(customer, amount, named)| Step::Payment { customer, amount, named }),
        1 => (customer.clone(), amount.clone(), proptest::option::of(0usize..8))
            .prop_map(|(customer, amount, named)| Step::Return { customer, amount, named }),
        1 => (customer.clone(), 1u8..=100).prop_map(|(customer, share)| Step::Refund { customer, share }),
        1 => (customer.clone(), proptest::option::of(1i64..60_000))
            .prop_map(|(customer, amount)| Step::Apply { customer, amount }),
        1 => (0usize..16).prop_map(|pick| Step::VoidInvoice { pick }),
        1 => (0usize..16).prop_map(|pick| Step::VoidPayment { pick }),
    ]
}

/// One entry as the model sees it.
#[derive(Debug, Clone)]
struct Item {
    number: String,
    customer: usize,
    kind: EntryKind,
    debit: bool,
    amount: i64,
    open: i64,
    void: bool,
    date: NaiveDate,
    void_date: Option<NaiveDate>,
}

/// The rules, written plainly over vectors.
#[derive(Default)]
struct Model {
    items: Vec<Item>,
    /// (credit index, debit index, amount, still counts)
    links: Vec<(usize, usize, i64, bool)>,
    /// The day of each link, by the same index.
    link_dates: Vec<NaiveDate>,
    /// The day of the step being recorded.
    today: Option<NaiveDate>,
}

impl Model {
    fn open(&self, customer: usize, debit: bool) -> Vec<usize> {
        // Opening first, then by date; dates never go back in these
        // histories and every due date equals its invoice date, so that is
        // the order of recording.
        let mut found: Vec<usize> = (0..self.items.len())
            .filter(|&i| {
                let item = &self.items[i];
                item.customer == customer && item.debit == debit && !item.void && item.open > 0
            })
            .collect();
        found.sort_by_key(|&i| (self.items[i].kind != EntryKind::Opening, i));
        found
    }

    fn link(&mut self, credit: usize, debit: usize, amount: i64) {
        self.items[credit].open -= amount;
        self.items[debit].open -= amount;
        self.links.push((credit, debit, amount, true));
        self.link_dates
            .push(self.today.expect("every step sets its day"));
    }

    /// Pair credits with debits in order, moving at most `limit`.
    fn pair(&mut self, credits: &[usize], debits: &[usize], mut limit: i64) {
        for &c in credits {
            for &d in debits {
                let take = limit.min(self.items[c].open).min(self.items[d].open);
                if take > 0 {
                    self.link(c, d, take);
                    limit -= take;
                }
            }
        }
    }

    fn unused(&self, customer: usize) -> i64 {
        self.open(customer, false)
            .iter()
            .map(|&i| self.items[i].open)
            .sum()
    }

    fn balance(&self, customer: usize) -> i64 {
        self.items
            .iter()
            .filter(|i| i.customer == customer && !i.void)
            .map(|i| if i.debit { i.amount } else { -i.amount })
            .sum()
    }

    /// What entry `index` had open (a debit) or left (a credit) at the end
    /// of `day`, or `None` when it did not exist or was voided by then.
    fn open_as_of(&self, index: usize, day: NaiveDate) -> Option<i64> {
        let item = &self.items[index];
        if item.date > day || item.void_date.is_some_and(|v| v <= day) {
            return None;
        }
        let applied: i64 = self
            .links
            .iter()
            .zip(&self.link_dates)
            .filter(|((c, d, _, _), date)| {
                let other = if *c == index {
                    *d
                } else if *d == index {
                    *c
                } else {
                    return false;
                };
                **date <= day && self.items[other].void_date.is_none_or(|v| v > day)
            })
            .map(|((_, _, amount, _), _)| amount)
            .sum();
        Some(item.amount - applied)
    }

    fn void(&mut self, index: usize) {
        self.items[index].void_date = self.today;
        self.items[index].void = true;
        self.items[index].open = 0;
        for link in self
            .links
            .iter_mut()
            .filter(|l| l.3 && (l.0 == index || l.1 == index))
        {
            link.3 = false;
            let other = if link.0 == index { link.1 } else { link.0 };
            self.items[other].open += link.2;
        }
    }
}

fn details() -> EntryDetails {
    EntryDetails::default()
}

fn run_history(steps: Vec<Step>, openings: [i64; 2]) -> Result<(), TestCaseError> {
    let currency = Currency::default();
    let mut store = Store::in_memory(currency).unwrap();
    let mut model = Model::default();
    // The histories run across a new year, as the totals `top` keeps are
    // per year.
    let start = NaiveDate::from_ymd_opt(2025, 12, 24).unwrap();
    for (index, id) in CUSTOMERS.iter().enumerate() {
        let mut customer = Customer::new(ContactId::parse(id).unwrap(), start);
        let opening = openings[index];
        if opening != 0 {
            let kind = if opening > 0 {
                BalanceType::Receivable
            } else {
                BalanceType::Payable
            };
            customer.opening = Some(Opening {
                kind,
                amount: Money::from_minor(opening.abs()),
            });
            model.items.push(Item {
                number: format!("opening of {id}"),
                customer: index,
                kind: EntryKind::Opening,
                debit: opening > 0,
                amount: opening.abs(),
                open: opening.abs(),
                void: false,
                date: start,
                void_date: None,
            });
        }
        store
            .write(|tx| customers::insert(tx, &customer, &currency))
            .unwrap();
    }

    let mut last_day = start;
    for (day, step) in steps.into_iter().enumerate() {
        let date = start.checked_add_days(Days::new(day as u64 / 2)).unwrap();
        model.today = Some(date);
        last_day = date;
        let open_invoice = |model: &Model, customer: usize, pick: usize| {
            let invoices: Vec<usize> = model
                .open(customer, true)
                .into_iter()
                .filter(|&i| model.items[i].kind == EntryKind::Invoice)
                .collect();
            (!invoices.is_empty()).then(|| invoices[pick % invoices.len()])
        };
        match step {
            Step::Invoice { customer, amount } => {
                let invoice = NewInvoice {
                    date,
                    amount: Money::from_minor(amount),
                    due: None,
                    allow_inactive: false,
                    details: details(),
                };
                let record = store
                    .write(|tx| ops::add_invoice(tx, CUSTOMERS[customer], invoice))
                    .unwrap();
                model.items.push(Item {
                    number: record.label().to_string(),
                    customer,
                    kind: EntryKind::Invoice,
                    debit: true,
                    amount,
                    open: amount,
                    void: false,
                    date,
                    void_date: None,
                });
            }
            Step::Payment {
                customer,
                amount,
                named,
            }
            | Step::Return {
                customer,
                amount,
                named,
            } => {
                let is_payment = matches!(step, Step::Payment { .. });
                let target = named.and_then(|pick| open_invoice(&model, customer, pick));
                let credit = NewCredit {
                    date,
                    amount: Money::from_minor(amount),
                    invoices: target
                        .map(|t| model.items[t].number.clone())
                        .into_iter()
                        .collect(),
                    details: details(),
                };
                let (record, _) = store
                    .write(|tx| {
                        if is_payment {
                            ops::add_payment(tx, CUSTOMERS[customer], credit)
                        } else {
                            ops::add_return(tx, CUSTOMERS[customer], credit)
                        }
                    })
                    .unwrap();
                model.items.push(Item {
                    number: record.label().to_string(),
                    customer,
                    kind: if is_payment {
                        EntryKind::Payment
                    } else {
                        EntryKind::Return
                    },
                    debit: false,
                    amount,
                    open: amount,
                    void: false,
                    date,
                    void_date: None,
                });
                let credit_index = model.items.len() - 1;
                let debits = match (target, is_payment) {
                    (Some(t), _) => vec![t],
                    (None, true) => model.open(customer, true),
                    (None, false) => vec![],
                };
                model.pair(&[credit_index], &debits, i64::MAX);
            }
            Step::Refund { customer, share } => {
                let unused = model.unused(customer);
                let amount = (unused * i64::from(share) / 100).max(1);
                let refund = NewRefund {
                    date,
                    amount: Money::from_minor(amount),
                    details: details(),
                };
                let result =
                    store.write(|tx| ops::add_refund(tx, CUSTOMERS[customer], refund, &currency));
                if amount > unused {
                    prop_assert!(
                        result.is_err(),
                        "a refund above the unused balance was taken"
                    );
                    continue;
                }
                let (record, _) = result.unwrap();
                model.items.push(Item {
                    number: record.label().to_string(),
                    customer,
                    kind: EntryKind::Refund,
                    debit: true,
                    amount,
                    open: amount,
                    void: false,
                    date,
                    void_date: None,
                });
                let refund_index = model.items.len() - 1;
                let credits = model.open(customer, false);
                model.pair(&credits, &[refund_index], amount);
            }
            Step::Apply { customer, amount } => {
                let unused = model.unused(customer);
                let debits = model.open(customer, true);
                let owed: i64 = debits.iter().map(|&d| model.items[d].open).sum();
                let result = store.write(|tx| {
                    ops::apply_credit(
                        tx,
                        CUSTOMERS[customer],
                        &[],
                        amount.map(Money::from_minor),
                        date,
                        &currency,
                    )
                });
                let allowed =
                    unused > 0 && owed > 0 && amount.is_none_or(|a| a <= unused && a <= owed);
                prop_assert_eq!(
                    result.is_ok(),
                    allowed,
                    "apply {:?}: {:?}",
                    amount,
                    result.err()
                );
                if allowed {
                    let credits = model.open(customer, false);
                    model.pair(&credits, &debits, amount.unwrap_or(i64::MAX));
                }
            }
            Step::VoidInvoice { pick } | Step::VoidPayment { pick } => {
                let kind = if matches!(step, Step::VoidInvoice { .. }) {
                    EntryKind::Invoice
                } else {
                    EntryKind::Payment
                };
                let candidates: Vec<usize> = (0..model.items.len())
                    .filter(|&i| model.items[i].kind == kind && !model.items[i].void)
                    .collect();
                if candidates.is_empty() {
                    continue;
                }
                let index = candidates[pick % candidates.len()];
                let refunded = model
                    .links
                    .iter()
                    .any(|l| l.3 && l.0 == index && model.items[l.1].kind == EntryKind::Refund);
                let number = model.items[index].number.clone();
                let result = store.write(|tx| ops::void(tx, &number, kind, date));
                prop_assert_eq!(
                    result.is_ok(),
                    !refunded,
                    "void {}: {:?}",
                    number,
                    result.err()
                );
                if !refunded {
                    model.void(index);
                }
            }
        }

        // Compare everything after every step.
        for (index, id) in CUSTOMERS.iter().enumerate() {
            let record = store
                .read(|conn| customers::load(conn, customers::require(conn, id)?))
                .unwrap();
            prop_assert_eq!(record.balance, model.balance(index), "balance of {}", id);
            prop_assert_eq!(
                record.unused.minor(),
                model.unused(index),
                "unused of {}",
                id
            );
        }
        for item in &model.items {
            if item.kind == EntryKind::Opening {
                continue;
            }
            let stored = store
                .read(|conn| entries::require(conn, &item.number, item.kind))
                .unwrap();
            prop_assert_eq!(
                stored.open.minor(),
                item.open,
                "open amount of {}",
                item.number
            );
        }
    }
    let (problems, _) = store.read(|conn| check::check(conn, &currency)).unwrap();
    prop_assert!(problems.is_empty(), "{:?}", problems);

    // The open debits a query reports, by label, sorted.
    let open_debits = |query: &DebitQuery, order: DebitOrder| -> Vec<(String, i64)> {
        let mut found = Vec::new();
        store
            .read(|conn| {
                report::open_debits(conn, query, order, |debit| {
                    let label = debit
                        .number
                        .unwrap_or_else(|| format!("opening of {}", debit.contact_id));
                    found.push((label, debit.open.minor()));
                    Ok(())
                })
            })
            .unwrap();
        found.sort();
        found
    };

    // Every day of the history, and the day after, as the reports saw it.
    let mut day = start;
    while day <= last_day.succ_opt().unwrap() {
        let query = DebitQuery {
            as_of: day,
            due_from: None,
            due_to: None,
            customer_id: None,
            location: None,
            tag: None,
        };
        let reported = open_debits(&query, DebitOrder::Customer);
        let mut expected: Vec<(String, i64)> = (0..model.items.len())
            .filter(|&i| {
                matches!(model.items[i].kind, EntryKind::Invoice | EntryKind::Opening)
                    && model.items[i].debit
            })
            .filter_map(|i| {
                model
                    .open_as_of(i, day)
                    .map(|open| (model.items[i].number.clone(), open))
            })
            .filter(|(_, open)| *open > 0)
            .collect();
        expected.sort();
        prop_assert_eq!(&reported, &expected, "receivables as of {}", day);

        // A few days' dues alone, around the day, which the report reads
        // another way when something is dated after the day.
        let (from, to) = (day - Days::new(2), day + Days::new(1));
        let narrow = DebitQuery {
            due_from: Some(from),
            due_to: Some(to),
            ..query.clone()
        };
        let due_around = open_debits(&narrow, DebitOrder::Due);
        // Every due date in these histories is its entry's date.
        let expected_around: Vec<(String, i64)> = expected
            .iter()
            .filter(|(number, _)| {
                model
                    .items
                    .iter()
                    .find(|item| &item.number == number)
                    .is_some_and(|item| item.date >= from && item.date <= to)
            })
            .cloned()
            .collect();
        prop_assert_eq!(&due_around, &expected_around, "due around {}", day);

        // The same items summed per customer, as aging and the totals read
        // them: a count and one band holding every due date.
        let mut summed: Vec<(String, i64, i64)> = Vec::new();
        store
            .read(|conn| {
                report::debit_sums(conn, &query, &[], |sums| {
                    summed.push((sums.contact_id.clone(), sums.items, sums.bands[0]));
                    Ok(())
                })
            })
            .unwrap();
        let expected: Vec<(String, i64, i64)> = CUSTOMERS
            .iter()
            .enumerate()
            .map(|(c, id)| {
                let open: Vec<i64> = (0..model.items.len())
                    .filter(|&i| {
                        model.items[i].customer == c
                            && model.items[i].debit
                            && matches!(
                                model.items[i].kind,
                                EntryKind::Invoice | EntryKind::Opening
                            )
                    })
                    .filter_map(|i| model.open_as_of(i, day))
                    .filter(|&open| open > 0)
                    .collect();
                (id.to_string(), open.len() as i64, open.iter().sum())
            })
            .filter(|(_, items, _)| *items > 0)
            .collect();
        prop_assert_eq!(&summed, &expected, "receivables summed as of {}", day);

        // And over the whole book, in the bands before the day and from
        // it on, as the segment totals read them.
        let totals = store
            .read(|conn| report::debit_totals(conn, &query, &[day]))
            .unwrap();
        let mut expected_totals = vec![(0, 0i128); 2];
        for item in (0..model.items.len()).filter(|&i| {
            model.items[i].debit
                && matches!(model.items[i].kind, EntryKind::Invoice | EntryKind::Opening)
        }) {
            if let Some(open) = model.open_as_of(item, day).filter(|&open| open > 0) {
                // Every due date in these histories is its entry's date.
                let band = usize::from(model.items[item].date >= day);
                expected_totals[band].0 += 1;
                expected_totals[band].1 += i128::from(open);
            }
        }
        prop_assert_eq!(&totals, &expected_totals, "receivable totals as of {}", day);

        let mut unused: Vec<(String, i64)> = Vec::new();
        store
            .read(|conn| {
                report::unused_credits(conn, day, None, None, |credit| {
                    unused.push((credit.contact_id.clone(), credit.total().minor()));
                    Ok(())
                })
            })
            .unwrap();
        let expected: Vec<(String, i64)> = CUSTOMERS
            .iter()
            .enumerate()
            .map(|(c, id)| {
                let left: i64 = (0..model.items.len())
                    .filter(|&i| model.items[i].customer == c && !model.items[i].debit)
                    .filter_map(|i| model.open_as_of(i, day))
                    .sum();
                (id.to_string(), left)
            })
            .filter(|(_, left)| *left > 0)
            .collect();
        prop_assert_eq!(&unused, &expected, "unused credit as of {}", day);
        day = day.succ_opt().unwrap();
    }

    // Top customers over whole years, parts of years and open ends.
    let day = |n: u64| Some(start.checked_add_days(Days::new(n)).unwrap());
    let periods = [
        (None, None),
        (day(0), day(7)),
        (day(3), day(12)),
        (day(8), None),
        (None, day(4)),
        (
            NaiveDate::from_ymd_opt(2026, 1, 1),
            NaiveDate::from_ymd_opt(2026, 12, 31),
        ),
    ];
    for (from, to) in periods {
        for measure in [Measure::Sales, Measure::Payments, Measure::Invoices] {
            let value = |item: &Item| match (measure, item.kind) {
                (Measure::Sales, EntryKind::Invoice) => Some(item.amount),
                (Measure::Sales, EntryKind::Return) => Some(-item.amount),
                (Measure::Payments, EntryKind::Payment) => Some(item.amount),
                (Measure::Invoices, EntryKind::Invoice) => Some(1),
                _ => None,
            };
            let counted = |item: &&Item| {
                !item.void
                    && from.is_none_or(|f| item.date >= f)
                    && to.is_none_or(|t| item.date <= t)
            };
            let mut expected: Vec<(String, i64)> = CUSTOMERS
                .iter()
                .enumerate()
                .map(|(c, id)| {
                    let sum = model
                        .items
                        .iter()
                        .filter(|item| item.customer == c)
                        .filter(counted)
                        .filter_map(value)
                        .sum();
                    (id.to_string(), sum)
                })
                .filter(|(_, sum)| *sum != 0)
                .collect();
            expected.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let total: i64 = model.items.iter().filter(counted).filter_map(value).sum();
            for limit in [1, 2] {
                let (ranked, sum) = store
                    .read(|conn| report::top_customers(conn, measure, from, to, limit))
                    .unwrap();
                let ranked: Vec<(String, i64)> = ranked
                    .into_iter()
                    .map(|r| (r.contact_id, r.value))
                    .collect();
                let want: Vec<(String, i64)> =
                    expected.iter().take(limit as usize).cloned().collect();
                prop_assert_eq!(
                    &ranked,
                    &want,
                    "top {} by {:?} from {:?} to {:?}",
                    limit,
                    measure,
                    from,
                    to
                );
                prop_assert_eq!(
                    sum,
                    total,
                    "total by {:?} from {:?} to {:?}",
                    measure,
                    from,
                    to
                );
            }
        }
    }
    Ok(())
}

/// 64 histories in CI; `DUEBOOK_MONEY_CASES=10000` for a long run.
fn cases() -> u32 {
    std::env::var("DUEBOOK_MONEY_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn balances_follow_the_model(
        steps in proptest::collection::vec(step(), 1..40),
        openings in [-20_000i64..20_000, -20_000i64..20_000],
    ) {
        run_history(steps, openings)?;
    }
}
