//! Fuzzing by property: CSV imports of customers and of entries fed with
//! mangled files, and the parsers of amounts, dates, payment terms and
//! contact fields fed with any text. Nothing may panic; a refused file
//! leaves the database exactly as it was; every rejected row names its
//! line; an accepted value reads back as itself.
//!
//! CI runs a few hundred cases. For a long run, set `DUEBOOK_FUZZ_CASES`:
//!
//!     DUEBOOK_FUZZ_CASES=200000 cargo test --release --test fuzz

use std::io::Cursor;

use chrono::NaiveDate;
use duebook::domain::customer::{ContactId, clean_email, clean_phone};
use duebook::domain::date::parse_date;
use duebook::domain::money::Currency;
use duebook::domain::terms::PaymentTerms;
use duebook::exchange::{self, Mode, Source};
use duebook::store::{Store, check};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("DUEBOOK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Cells that are often good, sometimes subtly bad, sometimes garbage.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("A".to_string()),
        Just("b".to_string()),
        Just("INV-000001".to_string()),
        Just("PAY-000001".to_string()),
        Just("invoice".to_string()),
        Just("payment".to_string()),
        Just("return".to_string()),
        Just("refund".to_string()),
        Just("none".to_string()),
        Just("opening".to_string()),
        Just("net-30".to_string()),
        Just("receivable".to_string()),
        Just("12.50".to_string()),
        Just("1,000".to_string()),
        Just("1e3".to_string()),
        Just("-4".to_string()),
        Just("999999999999999999999".to_string()),
        Just("2026-02-30".to_string()),
        Just("2026-03-01".to_string()),
        Just("INV-000001:5.00".to_string()),
        Just("INV-000001:5.00@2026-01-01".to_string()),
        Just("A:x;;:".to_string()),
        Just("[{\"name\":\"Jo\"}]".to_string()),
        Just("[\"OLD\"]".to_string()),
        Just("\"quoted, text\"".to_string()),
        Just("line\nbreak".to_string()),
        "\\PC{0,12}",
        any::<String>(),
    ]
}

/// A file: a header of known (and sometimes unknown) columns in any order,
/// then rows, with CSV's own characters and byte-level damage mixed in.
fn file(columns: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    let header =
        proptest::sample::subsequence(columns.to_vec(), 1..columns.len().min(8)).prop_shuffle();
    (
        header,
        proptest::collection::vec(proptest::collection::vec(cell(), 0..10), 0..12),
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec((any::<usize>(), any::<u8>()), 0..3),
    )
        .prop_map(|(header, rows, bom, crlf, damage)| {
            let end = if crlf { "\r\n" } else { "\n" };
            let quote = |c: &str| {
                if c.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.to_string()
                }
            };
            let mut text = String::new();
            if bom {
                text.push('\u{feff}');
            }
            text.push_str(&header.join(","));
            for row in rows {
                text.push_str(end);
                text.push_str(&row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
            }
            let mut bytes = text.into_bytes();
            for (at, byte) in damage {
                if !bytes.is_empty() {
                    let at = at % bytes.len();
                    bytes[at] = byte;
                }
            }
            bytes
        })
}

/// Books with a customer, an alias and a few entries for rows to refer to.
fn books(currency: Currency) -> Store {
    let mut store = Store::in_memory(currency).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let customers = "contact_id,opening_type,opening_amount,aliases\nA,receivable,10.00,\"[\"\"OLD\"\"]\"\nB,,,\n";
    let entries = "kind,number,contact_id,date,amount,applications\n\
                   invoice,INV-000001,A,2026-01-02,50.00,\n\
                   payment,PAY-000001,A,2026-01-03,20.00,INV-000001:20.00\n";
    for (text, customers_file) in [(customers, true), (entries, false)] {
        let mut source = source(text.as_bytes().to_vec(), customers_file).unwrap();
        store
            .write(|tx| {
                if customers_file {
                    exchange::customer::import(
                        tx,
                        &mut source,
                        Mode::Insert,
                        day,
                        &currency,
                        None,
                        || {},
                    )
                } else {
                    exchange::entry::import(
                        tx,
                        &mut source,
                        Mode::Insert,
                        None,
                        day,
                        &currency,
                        None,
                        || {},
                    )
                }
            })
            .unwrap();
    }
    store
}

fn source(bytes: Vec<u8>, customers_file: bool) -> anyhow::Result<Source> {
    let (known, derived): (&[&str], &[&str]) = if customers_file {
        (&exchange::customer::COLUMNS, &exchange::customer::DERIVED)
    } else {
        (exchange::entry::COLUMNS, exchange::entry::DERIVED)
    };
    Source::new(
        "fuzz".into(),
        Box::new(Cursor::new(bytes)),
        known,
        derived,
        &[],
        false,
    )
}

fn snapshot(store: &Store, currency: &Currency) -> (Vec<u8>, Vec<u8>) {
    store
        .read(|conn| {
            let (mut c, mut e) = (Vec::new(), Vec::new());
            exchange::customer::export(conn, &Default::default(), currency, false, &mut c)?;
            exchange::entry::export(conn, &Default::default(), currency, false, &mut e)?;
            Ok((c, e))
        })
        .unwrap()
}

fn import_case(bytes: Vec<u8>, customers_file: bool, mode: Mode) -> Result<(), TestCaseError> {
    let currency = Currency::default();
    let mut store = books(currency);
    let before = snapshot(&store, &currency);
    let Ok(mut source) = source(bytes, customers_file) else {
        // A header that cannot be used stops before any row.
        prop_assert_eq!(snapshot(&store, &currency), before);
        return Ok(());
    };
    let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let (problems, kept) = store
        .write_if(|tx| {
            let (_, problems) = if customers_file {
                exchange::customer::import(tx, &mut source, mode, day, &currency, None, || {})?
            } else {
                exchange::entry::import(tx, &mut source, mode, None, day, &currency, None, || {})?
            };
            let keep = problems.is_empty();
            Ok(((problems, keep), keep))
        })
        .unwrap();
    for problem in &problems {
        prop_assert!(
            problem.line >= 2,
            "a rejected row names its line: {problem}"
        );
    }
    if !kept {
        prop_assert_eq!(
            snapshot(&store, &currency),
            before,
            "a refused file changed the books"
        );
    }
    let (broken, _) = store.read(|conn| check::check(conn, &currency)).unwrap();
    prop_assert!(broken.is_empty(), "{:?}", broken);
    Ok(())
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![Just(Mode::Insert), Just(Mode::Upsert), Just(Mode::Update)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn customer_imports_never_panic_or_half_write(bytes in file(&["contact_id", "status", "name", "terms", "opening_type", "opening_amount", "opening_date", "billing_email", "billing_phone", "tags", "credit_limit", "registered", "contacts", "aliases", "colour"]), mode in mode()) {
        import_case(bytes, true, mode)?;
    }

    #[test]
    fn entry_imports_never_panic_or_half_write(bytes in file(&["kind", "number", "contact_id", "date", "amount", "due_date", "method", "note", "void_date", "applications", "colour"]), mode in mode()) {
        import_case(bytes, false, mode)?;
    }

    #[test]
    fn parsers_never_panic_and_read_back_what_they_accept(text in "\\PC{0,24}|[0-9.,+eE -]{0,20}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,3}") {
        for code in ["USD", "JPY", "KWD"] {
            let currency = Currency::from_code(code).unwrap();
            if let Ok(amount) = currency.parse_amount(&text) {
                prop_assert_eq!(currency.parse_amount(&currency.format(amount)).unwrap(), amount);
            }
        }
        if let Ok(date) = parse_date(&text) {
            prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()).unwrap(), date);
        }
        if let Ok(terms) = text.parse::<PaymentTerms>() {
            prop_assert_eq!(terms.to_string().parse::<PaymentTerms>().unwrap(), terms);
        }
        if let Ok(id) = ContactId::parse(&text) {
            prop_assert_eq!(ContactId::parse(id.as_str()).unwrap(), id);
        }
        let _ = clean_email(&text);
        let _ = clean_phone(&text);
    }
}

/// Inputs the fuzzing found wrong once, kept as they were found.
#[test]
fn a_carriage_return_alone_ends_a_line() {
    // The header ended by a lone CR: the row after it is on line 2.
    let problems = import_problems(b"tags\r\x00A".to_vec(), true);
    assert!(problems.iter().all(|p| p.line == 2), "{problems:?}");
    let found = b"\xef\xbb\xbfnumber,amount,method,note,void_date\r\x00net-30,1e3,\r\n\r\n #,receivable,\
\"\"\"quoted, text\"\"\", a## \xf0\x9f\x8c\x80\xf0\x91\xa4\xb70\xf0\x9f\x9b\xb0,INV-000001,A,A:x;;:,INV-000001,\r\n\r\n\
INV-000001,\"[{\"\"name\"\":\"\"Jo\"\"}]\"\r\n12.50,2026-02-30\r\n\"[{\"\"name\"\":\"\"Jo\"\"}]\",A\r\n2026-02-30,INV-000001,1e3\r\n\
,INV-000001,INV-000001:5.00@2026-01-01,\"line\nbreak\",2026-02-30\r\ninvoice,INV-000001,none";
    let problems = import_problems(found.to_vec(), false);
    assert!(!problems.is_empty());
    assert!(problems.iter().all(|p| p.line >= 2), "{problems:?}");
    assert_eq!(problems[0].line, 2, "{problems:?}");
}

fn import_problems(bytes: Vec<u8>, customers_file: bool) -> Vec<exchange::Problem> {
    let currency = Currency::default();
    let mut store = books(currency);
    let mut source = source(bytes, customers_file).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    store
        .rehearse(|tx| {
            let (_, problems) = if customers_file {
                exchange::customer::import(
                    tx,
                    &mut source,
                    Mode::Insert,
                    day,
                    &currency,
                    None,
                    || {},
                )?
            } else {
                exchange::entry::import(
                    tx,
                    &mut source,
                    Mode::Insert,
                    None,
                    day,
                    &currency,
                    None,
                    || {},
                )?
            };
            Ok(problems)
        })
        .unwrap()
}
