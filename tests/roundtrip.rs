//! Generated books, with every kind of entry, voids, merges, contacts, tags
//! and awkward text, exported, imported into an empty database and exported
//! again: the files are the same byte for byte.

use chrono::{Days, NaiveDate};
use duebook::domain::customer::{BalanceType, Contact, ContactId, Customer, Opening};
use duebook::domain::entry::EntryKind;
use duebook::domain::money::{Currency, Money};
use duebook::exchange::{self, Mode, Source};
use duebook::ops::{bulk, entry as ops};
use duebook::store::{Store, customer as customers};
use proptest::prelude::*;

/// Text that CSV and JSON must carry exactly.
fn awkward() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("plain".to_string()),
        Just("comma, inside".to_string()),
        Just("\"quoted\" words".to_string()),
        Just("two\nlines".to_string()),
        Just("東京 株式会社".to_string()),
        Just("Ünïcödé — ✓".to_string()),
        Just("=formula".to_string()),
        "[a-zA-Z ]{1,12}"
            .prop_map(|s| s.trim().to_string())
            .prop_filter("not empty", |s| !s.is_empty()),
    ]
}

#[derive(Debug, Clone)]
enum Step {
    Invoice(usize, i64),
    Payment(usize, i64),
    Return(usize, i64, bool),
    Refund(usize),
    Apply(usize),
    Void(usize, bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0usize..4, 1i64..50_000).prop_map(|(c, a)| Step::Invoice(c, a)),
        2 => (0usize..4, 1i64..60_000).prop_map(|(c, a)| Step::Payment(c, a)),
        1 => (0usize..4, 1i64..20_000, any::<bool>()).prop_map(|(c, a, i)| Step::Return(c, a, i)),
        1 => (0usize..4).prop_map(Step::Refund),
        1 => (0usize..4).prop_map(Step::Apply),
        1 => (0usize..30, any::<bool>()).prop_map(|(p, i)| Step::Void(p, i)),
    ]
}

fn export_both(store: &Store, currency: &Currency) -> (Vec<u8>, Vec<u8>) {
    store
        .read(|conn| {
            let mut customers_csv = Vec::new();
            exchange::customer::export(
                conn,
                &Default::default(),
                currency,
                false,
                &mut customers_csv,
            )?;
            let mut entries_csv = Vec::new();
            exchange::entry::export(conn, &Default::default(), currency, false, &mut entries_csv)?;
            Ok((customers_csv, entries_csv))
        })
        .unwrap()
}

fn import_both(files: &(Vec<u8>, Vec<u8>), currency: &Currency, today: NaiveDate) -> Store {
    let mut store = Store::in_memory(*currency).unwrap();
    for (bytes, customers_file) in [(&files.0, true), (&files.1, false)] {
        let input: Box<dyn std::io::Read> = Box::new(std::io::Cursor::new(bytes.clone()));
        let (known, derived) = if customers_file {
            (
                &exchange::customer::COLUMNS[..],
                &exchange::customer::DERIVED[..],
            )
        } else {
            (exchange::entry::COLUMNS, exchange::entry::DERIVED)
        };
        let mut source =
            Source::new("generated".into(), input, known, derived, &[], false).unwrap();
        let (counts, problems) = store
            .write(|tx| {
                if customers_file {
                    exchange::customer::import(
                        tx,
                        &mut source,
                        Mode::Insert,
                        today,
                        currency,
                        None,
                        || {},
                    )
                } else {
                    exchange::entry::import(
                        tx,
                        &mut source,
                        Mode::Insert,
                        None,
                        today,
                        currency,
                        None,
                        || {},
                    )
                }
            })
            .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(counts.rejected, 0);
    }
    store
}

fn run(
    names: Vec<String>,
    openings: Vec<i64>,
    steps: Vec<Step>,
    merge: bool,
) -> Result<(), TestCaseError> {
    let currency = Currency::default();
    let mut store = Store::in_memory(currency).unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let ids: Vec<String> = (0..4).map(|i| format!("C-{i}")).collect();
    for (i, id) in ids.iter().enumerate() {
        let mut c = Customer::new(ContactId::parse(id).unwrap(), start);
        // Names are one line; notes may span lines.
        c.name = Some(names[i].replace('\n', " "));
        c.note = Some(names[(i + 1) % names.len()].clone());
        c.tags = [format!("t{i}")].into();
        if openings[i] != 0 {
            let kind = if openings[i] > 0 {
                BalanceType::Receivable
            } else {
                BalanceType::Payable
            };
            c.opening = Some(Opening {
                kind,
                amount: Money::from_minor(openings[i].abs()),
            });
        }
        store
            .write(|tx| customers::insert(tx, &c, &currency))
            .unwrap();
        let contact = Contact {
            name: Some(names[(i + 2) % names.len()].replace('\n', " ")),
            ..Default::default()
        };
        store
            .write(|tx| customers::add_contact(tx, customers::require(tx, id)?, &contact))
            .unwrap();
    }
    let mut numbers: Vec<(String, EntryKind)> = Vec::new();
    for (n, step) in steps.iter().enumerate() {
        let date = start.checked_add_days(Days::new(n as u64)).unwrap();
        let details = ops::EntryDetails {
            note: Some(names[n % names.len()].clone()),
            ..Default::default()
        };
        // Steps the rules refuse are simply skipped: they change nothing.
        let result = store.write(|tx| {
            match step {
                Step::Invoice(c, a) => {
                    let r = ops::add_invoice(
                        tx,
                        &ids[*c],
                        ops::NewInvoice {
                            date,
                            amount: Money::from_minor(*a),
                            due: None,
                            allow_inactive: true,
                            details,
                        },
                    )?;
                    numbers.push((r.label().to_string(), EntryKind::Invoice));
                }
                Step::Payment(c, a) => {
                    let r = ops::add_payment(
                        tx,
                        &ids[*c],
                        ops::NewCredit {
                            date,
                            amount: Money::from_minor(*a),
                            invoices: vec![],
                            details,
                        },
                    )?
                    .0;
                    numbers.push((r.label().to_string(), EntryKind::Payment));
                }
                Step::Return(c, a, named) => {
                    let invoice = numbers
                        .iter()
                        .rev()
                        .find(|(_, k)| *k == EntryKind::Invoice)
                        .filter(|_| *named);
                    let invoices = invoice.map(|(n, _)| n.clone()).into_iter().collect();
                    ops::add_return(
                        tx,
                        &ids[*c],
                        ops::NewCredit {
                            date,
                            amount: Money::from_minor(*a),
                            invoices,
                            details,
                        },
                    )?;
                }
                Step::Refund(c) => {
                    ops::add_refund(
                        tx,
                        &ids[*c],
                        ops::NewRefund {
                            date,
                            amount: Money::from_minor(100),
                            details,
                        },
                        &currency,
                    )?;
                }
                Step::Apply(c) => {
                    ops::apply_credit(tx, &ids[*c], &[], None, date, &currency)?;
                }
                Step::Void(pick, invoice) => {
                    let kind = if *invoice {
                        EntryKind::Invoice
                    } else {
                        EntryKind::Payment
                    };
                    let candidates: Vec<&String> = numbers
                        .iter()
                        .filter(|(_, k)| *k == kind)
                        .map(|(n, _)| n)
                        .collect();
                    if let Some(number) = candidates.get(pick % candidates.len().max(1)) {
                        ops::void(tx, number, kind, date)?;
                    }
                }
            }
            Ok(())
        });
        let _ = result;
    }
    if merge {
        let _ = store.write(|tx| bulk::merge(tx, &ids[0], &[ids[3].clone()], start, &currency));
    }
    let first = export_both(&store, &currency);
    let copy = import_both(&first, &currency, start);
    let second = export_both(&copy, &currency);
    prop_assert_eq!(
        String::from_utf8(first.0).unwrap(),
        String::from_utf8(second.0).unwrap()
    );
    prop_assert_eq!(
        String::from_utf8(first.1).unwrap(),
        String::from_utf8(second.1).unwrap()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn export_import_export_is_byte_identical(
        names in proptest::collection::vec(awkward(), 4),
        openings in proptest::collection::vec(prop_oneof![Just(0i64), 1i64..9_000, -9_000i64..0], 4),
        steps in proptest::collection::vec(step(), 0..30),
        merge in any::<bool>(),
    ) {
        run(names, openings, steps, merge)?;
    }
}
