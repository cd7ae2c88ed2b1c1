//! Merges on random books: whatever the customers hold, folding some into
//! another keeps the sum of all balances and of all unused credit, passes
//! `check`, and leaves every old contact id naming the survivor. Opening
//! balances of opposite types refuse the merge and change nothing.

use chrono::NaiveDate;
use duebook::domain::customer::{BalanceType, ContactId, Customer, Opening};
use duebook::domain::money::{Currency, Money};
use duebook::ops::bulk;
use duebook::ops::entry::{self as ops, EntryDetails, NewCredit, NewInvoice};
use duebook::store::{Store, check, customer as customers};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Book {
    /// Positive: receivable; negative: payable; zero: none.
    opening: i64,
    invoices: Vec<i64>,
    payments: Vec<i64>,
    returns: Vec<i64>,
}

fn book() -> impl Strategy<Value = Book> {
    (
        prop_oneof![Just(0i64), 1i64..50_000, -50_000i64..0],
        proptest::collection::vec(1i64..90_000, 0..4),
        proptest::collection::vec(1i64..90_000, 0..3),
        proptest::collection::vec(1i64..20_000, 0..2),
    )
        .prop_map(|(opening, invoices, payments, returns)| Book {
            opening,
            invoices,
            payments,
            returns,
        })
}

fn totals(store: &Store) -> (i64, i64) {
    let mut sums = (0, 0);
    store
        .read(|conn| {
            customers::list(conn, &Default::default(), &Default::default(), |r| {
                sums.0 += r.balance;
                sums.1 += r.unused.minor();
                Ok(())
            })
        })
        .unwrap();
    sums
}

fn run(books: Vec<Book>, target: usize, picks: Vec<usize>) -> Result<(), TestCaseError> {
    let currency = Currency::default();
    let mut store = Store::in_memory(currency).unwrap();
    let day = |n: u32| NaiveDate::from_ymd_opt(2026, 1, n).unwrap();
    for (index, book) in books.iter().enumerate() {
        let id = format!("C{index}");
        let mut customer = Customer::new(ContactId::parse(&id).unwrap(), day(1 + index as u32));
        if book.opening != 0 {
            let kind = if book.opening > 0 {
                BalanceType::Receivable
            } else {
                BalanceType::Payable
            };
            customer.opening = Some(Opening {
                kind,
                amount: Money::from_minor(book.opening.abs()),
            });
        }
        store
            .write(|tx| customers::insert(tx, &customer, &currency))
            .unwrap();
        for (n, &amount) in book.invoices.iter().enumerate() {
            let invoice = NewInvoice {
                date: day(10 + n as u32),
                amount: Money::from_minor(amount),
                due: None,
                allow_inactive: false,
                details: EntryDetails::default(),
            };
            store
                .write(|tx| ops::add_invoice(tx, &id, invoice))
                .unwrap();
        }
        for (n, &amount) in book.payments.iter().chain(&book.returns).enumerate() {
            let credit = NewCredit {
                date: day(20 + n as u32),
                amount: Money::from_minor(amount),
                invoices: vec![],
                details: EntryDetails::default(),
            };
            let is_payment = n < book.payments.len();
            store
                .write(|tx| {
                    if is_payment {
                        ops::add_payment(tx, &id, credit)
                    } else {
                        ops::add_return(tx, &id, credit)
                    }
                })
                .unwrap();
        }
    }
    let target = target % books.len();
    let mut sources: Vec<usize> = picks
        .into_iter()
        .map(|p| p % books.len())
        .filter(|&p| p != target)
        .collect();
    sources.sort_unstable();
    sources.dedup();
    prop_assume!(!sources.is_empty());

    let before = totals(&store);
    let names: Vec<String> = sources.iter().map(|s| format!("c{s}")).collect();
    let involved = std::iter::once(target).chain(sources.iter().copied());
    let kinds: Vec<bool> = involved
        .filter(|&i| books[i].opening != 0)
        .map(|i| books[i].opening > 0)
        .collect();
    let opposite = kinds.iter().any(|&k| k != kinds[0]);
    let result =
        store.write(|tx| bulk::merge(tx, &format!("C{target}"), &names, day(31), &currency));
    prop_assert_eq!(result.is_err(), opposite, "{:?}", result.err());
    prop_assert_eq!(totals(&store), before, "sums of balance and unused credit");
    let (problems, _) = store.read(|conn| check::check(conn, &currency)).unwrap();
    prop_assert!(problems.is_empty(), "{:?}", problems);
    if !opposite {
        let survivor = store
            .read(|conn| customers::require(conn, &format!("C{target}")))
            .unwrap();
        for name in &names {
            prop_assert_eq!(
                store.read(|conn| customers::require(conn, name)).unwrap(),
                survivor
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn merges_keep_every_sum_and_pass_check(
        books in proptest::collection::vec(book(), 2..6),
        target in 0usize..6,
        picks in proptest::collection::vec(0usize..6, 1..4),
    ) {
        run(books, target, picks)?;
    }
}
