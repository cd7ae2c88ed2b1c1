//! Invoices, payments, returns, refunds, credit and voids, run through the
//! binary: what they apply, the balances that follow, and the inputs they
//! refuse without changing anything.

mod common;

use common::Books;
use predicates::prelude::*;
use predicates::str::contains;

/// `csv` output of a command, without its header.
fn rows(books: &Books, args: &[&str]) -> Vec<String> {
    let mut full = args.to_vec();
    full.extend_from_slice(&["--format", "csv"]);
    books
        .stdout(&full)
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect()
}

/// A customer's balance type, current balance and unused balance.
fn balances(books: &Books, id: &str) -> String {
    let out = books.stdout(&[
        "customer",
        "list",
        "--id",
        id,
        "--format",
        "csv",
        "--columns",
        "balance_type,current_balance,unused_balance",
    ]);
    out.lines().nth(1).unwrap().to_string()
}

fn books_with_acme() -> Books {
    let books = Books::init();
    books
        .run(&[
            "customer",
            "add",
            "ACME",
            "--terms",
            "net-30",
            "--opening",
            "receivable:100",
            "--registered",
            "2026-01-01",
            "--location",
            "North",
        ])
        .assert()
        .success();
    books
}

#[test]
fn invoices_are_numbered_and_due_by_the_customers_terms() {
    let books = books_with_acme();
    books
        .run(&["invoice", "add", "acme", "500", "--date", "2026-02-01"])
        .assert()
        .success()
        .stdout("INV-000001\n")
        .stderr("recorded invoice `INV-000001` for customer `ACME`: 500.00 due 2026-03-03\n");
    books
        .run(&[
            "invoice",
            "add",
            "ACME",
            "20",
            "--number",
            "X-7",
            "--due",
            "2026-04-01",
            "--note",
            "rush",
        ])
        .assert()
        .stdout("X-7\n");
    books
        .run(&["invoice", "add", "ACME", "30"])
        .assert()
        .stdout("INV-000002\n");
    assert_eq!(
        rows(&books, &["invoice", "list"]),
        [
            "INV-000001,ACME,2026-02-01,2026-03-03,500.00,0.00,500.00,open,North,",
            "X-7,ACME,2026-03-15,2026-04-01,20.00,0.00,20.00,open,North,rush",
            "INV-000002,ACME,2026-03-15,2026-04-14,30.00,0.00,30.00,open,North,",
        ]
    );
    assert_eq!(balances(&books, "acme"), "receivable,650.00,0.00");
}

#[test]
fn every_form_of_terms_sets_the_due_date() {
    let books = Books::init();
    let cases = [
        ("cash", "2026-01-31", "2026-01-31"),
        ("due-on-receipt", "2026-01-31", "2026-01-31"),
        ("net-1", "2026-12-31", "2027-01-01"),
        ("eom", "2026-01-31", "2026-01-31"),
        ("eom", "2028-02-03", "2028-02-29"),
        ("net-30-eom", "2026-01-31", "2026-03-02"),
        ("day-31-next", "2026-01-31", "2026-02-28"),
        ("day-31-next", "2028-01-31", "2028-02-29"),
        ("day-15-next", "2026-12-20", "2027-01-15"),
    ];
    for (index, (terms, date, due)) in cases.iter().enumerate() {
        let id = format!("C{index}");
        books
            .run(&["customer", "add", &id, "--terms", terms])
            .assert()
            .success();
        books
            .run(&["invoice", "add", &id, "10", "--date", date])
            .assert()
            .success();
        let listed = rows(&books, &["invoice", "list", "--customer", &id]);
        assert!(
            listed[0].contains(&format!(",{date},{due},")),
            "{terms} {date}: {listed:?}"
        );
    }
}

#[test]
fn payments_settle_the_opening_then_the_oldest_due_and_keep_the_rest() {
    let books = books_with_acme();
    books
        .run(&["invoice", "add", "ACME", "500", "--date", "2026-02-10"])
        .assert()
        .success();
    books
        .run(&[
            "invoice",
            "add",
            "ACME",
            "300",
            "--date",
            "2026-02-01",
            "--due",
            "2026-02-05",
        ])
        .assert()
        .success();
    books
        .run(&[
            "payment",
            "add",
            "ACME",
            "450",
            "--date",
            "2026-03-01",
            "--method",
            "bank",
            "--reference",
            "TX-9",
        ])
        .assert()
        .success()
        .stdout("PAY-000001\n")
        .stderr(
            "recorded payment `PAY-000001` from customer `ACME`: 450.00; applied 100.00 to \
             opening, 300.00 to INV-000002, 50.00 to INV-000001\n",
        );
    books
        .run(&["payment", "add", "ACME", "1000", "--date", "2026-03-02"])
        .assert()
        .success()
        .stderr(contains(
            "applied 450.00 to INV-000001; 550.00 left as unused balance",
        ));
    assert_eq!(balances(&books, "ACME"), "payable,550.00,550.00");
    assert_eq!(
        rows(&books, &["payment", "list", "--customer", "acme"]),
        [
            "PAY-000001,ACME,2026-03-01,450.00,bank,TX-9,450.00,0.00,used",
            "PAY-000002,ACME,2026-03-02,1000.00,,,450.00,550.00,open",
        ]
    );
    let shown = books.stdout(&["payment", "show", "PAY-000001", "--format", "json"]);
    assert!(
        shown.contains(
            r#""applications":[{"date":"2026-03-01","kind":"opening","number":"opening","amount":"100.00","counts":true},"#
        ),
        "{shown}"
    );
    assert!(shown.contains(r#"{"date":"2026-03-01","kind":"invoice","number":"INV-000002","amount":"300.00","counts":true}"#));
}

#[test]
fn a_payment_naming_invoices_pays_only_those_and_keeps_the_rest() {
    let books = books_with_acme();
    books
        .run(&["invoice", "add", "ACME", "500"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "ACME", "300"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "ACME", "350", "--invoice", "inv-000002"])
        .assert()
        .success()
        .stderr(contains(
            "applied 300.00 to INV-000002; 50.00 left as unused balance",
        ));
    assert_eq!(
        rows(&books, &["invoice", "list", "--open"]),
        ["INV-000001,ACME,2026-03-15,2026-04-14,500.00,0.00,500.00,open,North,"]
    );
    assert_eq!(balances(&books, "ACME"), "receivable,550.00,50.00");
}

#[test]
fn returns_refunds_and_credit_move_unused_balance() {
    let books = books_with_acme();
    books
        .run(&["invoice", "add", "ACME", "200", "--date", "2026-02-01"])
        .assert()
        .success();
    books
        .run(&[
            "return",
            "add",
            "ACME",
            "250",
            "--invoice",
            "INV-000001",
            "--date",
            "2026-02-03",
        ])
        .assert()
        .success()
        .stdout("RET-000001\n")
        .stderr(contains(
            "applied 200.00 to INV-000001; 50.00 left as unused balance",
        ));
    books
        .run(&["return", "add", "ACME", "30", "--date", "2026-02-04"])
        .assert()
        .success()
        .stderr(contains("30.00 left as unused balance"));
    assert_eq!(balances(&books, "ACME"), "receivable,20.00,80.00");
    books
        .run(&["refund", "add", "ACME", "100"])
        .assert()
        .code(65)
        .stderr(contains(
            "has 80.00 of unused balance, less than the refund of 100.00",
        ));
    books
        .run(&["refund", "add", "ACME", "20", "--method", "cash"])
        .assert()
        .success()
        .stdout("REF-000001\n")
        .stderr(contains("20.00 drawn 20.00 from RET-000001"));
    books
        .run(&["credit", "apply", "ACME", "--amount", "60"])
        .assert()
        .success()
        .stderr("applied 60.00 of unused balance: 30.00 from RET-000001 to opening, 30.00 from RET-000002 to opening\n");
    assert_eq!(balances(&books, "ACME"), "receivable,40.00,0.00");
    books
        .run(&["credit", "apply", "ACME"])
        .assert()
        .code(1)
        .stderr(contains("has no unused balance to apply"));
}

#[test]
fn voiding_reopens_what_was_paid_and_frees_what_paid() {
    let books = books_with_acme();
    books
        .run(&["invoice", "add", "ACME", "500", "--date", "2026-02-01"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "ACME", "600", "--date", "2026-02-05"])
        .assert()
        .success();
    assert_eq!(balances(&books, "ACME"), "zero,0.00,0.00");
    books
        .run(&["invoice", "void", "INV-000001", "--date", "2026-02-10"])
        .assert()
        .success()
        .stderr("voided invoice `INV-000001` of customer `ACME` on 2026-02-10\n");
    assert_eq!(balances(&books, "ACME"), "payable,500.00,500.00");
    assert_eq!(
        rows(&books, &["invoice", "list"]),
        ["INV-000001,ACME,2026-02-01,2026-03-03,500.00,0.00,0.00,void,North,"]
    );
    books
        .run(&["payment", "void", "PAY-000001"])
        .assert()
        .success();
    assert_eq!(balances(&books, "ACME"), "receivable,100.00,0.00");
    books
        .run(&["payment", "void", "PAY-000001"])
        .assert()
        .code(65)
        .stderr(contains("was already voided on 2026-03-15"));
    books.run(&["check"]).assert().success();
}

#[test]
fn a_refunded_payment_cannot_be_voided() {
    let books = books_with_acme();
    books
        .run(&["payment", "add", "ACME", "300"])
        .assert()
        .success();
    books
        .run(&["refund", "add", "ACME", "150"])
        .assert()
        .success();
    books
        .run(&["payment", "void", "PAY-000001"])
        .assert()
        .code(1)
        .stderr(contains("was paid back by refund `REF-000001`"));
}

#[test]
fn inactive_customers_need_allow_inactive_for_invoices_but_not_payments() {
    let books = books_with_acme();
    books
        .run(&["customer", "edit", "ACME", "--status", "inactive"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "ACME", "10"])
        .assert()
        .code(1)
        .stderr(contains(
            "customer `ACME` is inactive; add --allow-inactive",
        ));
    books
        .run(&["invoice", "add", "ACME", "10", "--allow-inactive"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "ACME", "10"])
        .assert()
        .success();
    books
        .run(&["return", "add", "ACME", "5"])
        .assert()
        .success();
    books
        .run(&["refund", "add", "ACME", "5"])
        .assert()
        .success();
}

#[test]
fn the_ledger_runs_the_balance_from_what_was_brought_forward() {
    let books = books_with_acme();
    books
        .run(&["invoice", "add", "ACME", "500", "--date", "2026-02-01"])
        .assert()
        .success();
    books
        .run(&[
            "payment",
            "add",
            "ACME",
            "450",
            "--date",
            "2026-03-01",
            "--method",
            "cheque",
            "--reference",
            "1001",
        ])
        .assert()
        .success();
    books
        .run(&["invoice", "void", "INV-000001", "--date", "2026-03-10"])
        .assert()
        .success();
    assert_eq!(
        books.stdout(&["customer", "ledger", "acme", "--format", "csv"]),
        "date,kind,number,due_date,reference,debit,credit,balance\n\
         ,brought_forward,,,,,,0.00\n\
         2026-01-01,opening,,2026-01-01,,100.00,,100.00\n\
         2026-02-01,invoice,INV-000001,2026-03-03,,500.00,,600.00\n\
         2026-03-01,payment,PAY-000001,,cheque 1001,,450.00,150.00\n\
         2026-03-10,void,INV-000001,,voids invoice of 2026-02-01,,500.00,-350.00\n"
    );
    assert_eq!(
        books.stdout(&[
            "customer",
            "ledger",
            "acme",
            "--from",
            "2026-02-15",
            "--to",
            "2026-03-05",
            "--format",
            "jsonl"
        ]),
        "{\"date\":\"2026-02-15\",\"kind\":\"brought_forward\",\"number\":null,\"due_date\":null,\"reference\":null,\"debit\":null,\"credit\":null,\"balance\":\"600.00\"}\n\
         {\"date\":\"2026-03-01\",\"kind\":\"payment\",\"number\":\"PAY-000001\",\"due_date\":null,\"reference\":\"cheque 1001\",\"debit\":null,\"credit\":\"450.00\",\"balance\":\"150.00\"}\n"
    );
    let table = books.stdout(&["customer", "ledger", "acme"]);
    assert!(
        table.contains("brought_forward") && table.contains("-350.00"),
        "{table}"
    );
}

#[test]
fn balances_drive_the_list_filters() {
    let books = books_with_acme();
    books
        .run(&["customer", "add", "OWED", "--credit-limit", "50"])
        .assert()
        .success();
    books.run(&["customer", "add", "EVEN"]).assert().success();
    books
        .run(&["invoice", "add", "OWED", "80"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "ACME", "130"])
        .assert()
        .success();
    let ids = |filter: &str, value: Option<&str>| {
        let mut args = vec!["customer", "list", "--columns", "contact_id", filter];
        args.extend(value);
        rows(&books, &args)
    };
    assert_eq!(ids("--balance", Some("payable")), ["ACME"]);
    assert_eq!(ids("--balance", Some("receivable")), ["OWED"]);
    assert_eq!(ids("--balance", Some("zero")), ["EVEN"]);
    assert_eq!(ids("--over-limit", None), ["OWED"]);
}

#[test]
fn changing_an_opening_balance_keeps_what_is_settled() {
    let books = books_with_acme();
    books
        .run(&["payment", "add", "ACME", "60"])
        .assert()
        .success();
    books
        .run(&["customer", "edit", "ACME", "--opening", "receivable:50"])
        .assert()
        .code(1)
        .stderr(contains("60.00 of the opening balance is already settled"));
    books
        .run(&["customer", "edit", "ACME", "--opening", "receivable:80"])
        .assert()
        .success();
    assert_eq!(balances(&books, "ACME"), "receivable,20.00,0.00");
    books
        .run(&["customer", "edit", "ACME", "--clear", "opening"])
        .assert()
        .code(1);
    books.run(&["check"]).assert().success();
}

/// Each wrong input gets one clear line, its exit status, and no change.
#[test]
fn wrong_entry_inputs_are_refused_and_change_nothing() {
    let books = books_with_acme();
    books.run(&["customer", "add", "OTHER"]).assert().success();
    books
        .run(&["invoice", "add", "OTHER", "40"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "ACME", "100"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "ACME", "100"])
        .assert()
        .success();
    books
        .run(&["invoice", "void", "INV-000003"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "ACME", "1", "--invoice", "INV-000002"])
        .assert()
        .success();
    let before = books.snapshot();
    books.refuses(
        &["invoice", "add", "ACME", "0"],
        65,
        "the invoice amount is zero",
    );
    books.refuses(
        &["invoice", "add", "ACME", "1e3"],
        65,
        "amount: amount `1e3` is not a number",
    );
    books.refuses(
        &["invoice", "add", "ACME", "1,000"],
        65,
        "thousands separators",
    );
    books.refuses(
        &["invoice", "add", "ACME", "12.345"],
        65,
        "has 3 decimals; USD allows at most 2",
    );
    books
        .run(&["invoice", "add", "ACME", "-5"])
        .assert()
        .code(2)
        .stderr(contains("unexpected argument"));
    books.refuses(
        &["invoice", "add", "NOPE", "5"],
        66,
        "no customer has the contact id `NOPE`",
    );
    books.refuses(
        &["invoice", "add", "ACME", "5", "--date", "2026-02-30"],
        65,
        "--date: date `2026-02-30` does not exist",
    );
    books.refuses(
        &["invoice", "add", "ACME", "5", "--due", "2026-03-01"],
        65,
        "--due: due date 2026-03-01 is before the invoice date 2026-03-15",
    );
    books.refuses(
        &["invoice", "add", "ACME", "5", "--number", "inv-000001"],
        65,
        "entry number `inv-000001` is already used",
    );
    books.refuses(
        &["invoice", "add", "ACME", "5", "--number", "A B"],
        65,
        "--number: entry number `A B` may hold only",
    );
    books.refuses(
        &["payment", "add", "ACME", "5", "--invoice", "INV-000001"],
        65,
        "invoice `INV-000001` belongs to customer `OTHER`, not `ACME`",
    );
    books.refuses(
        &["payment", "add", "ACME", "5", "--invoice", "INV-000003"],
        65,
        "invoice `INV-000003` was voided on 2026-03-15",
    );
    books.refuses(
        &["payment", "add", "ACME", "5", "--invoice", "INV-999"],
        66,
        "no invoice is numbered `INV-999`",
    );
    books.refuses(
        &["payment", "add", "ACME", "5", "--invoice", "PAY-000001"],
        66,
        "`PAY-000001` is a payment, not an invoice",
    );
    books.refuses(
        &[
            "payment",
            "add",
            "ACME",
            "5",
            "--invoice",
            "INV-000002",
            "--invoice",
            "inv-000002",
        ],
        65,
        "named twice",
    );
    books.refuses(
        &["payment", "add", "ACME", "5", "--method", "crypto"],
        65,
        "--method: unknown payment method `crypto`",
    );
    books.refuses(
        &["return", "add", "ACME", "5", "--invoice", "INV-000001"],
        65,
        "belongs to customer `OTHER`",
    );
    books.refuses(
        &["refund", "add", "ACME", "5"],
        65,
        "has 0.00 of unused balance",
    );
    books.refuses(
        &["credit", "apply", "ACME"],
        1,
        "has no unused balance to apply",
    );
    books.refuses(&["invoice", "void", "INV-000003"], 65, "was already voided");
    books.refuses(
        &["invoice", "void", "INV-000002", "--date", "2026-01-01"],
        65,
        "is before the invoice itself",
    );
    books.refuses(
        &["invoice", "void", "NOPE-1"],
        66,
        "no invoice is numbered `NOPE-1`",
    );
    books.refuses(
        &["invoice", "show", "PAY-000001"],
        66,
        "see `duebook payment show PAY-000001`",
    );
    books.refuses(
        &["customer", "ledger", "NOPE"],
        66,
        "no customer has the contact id `NOPE`",
    );
    books.refuses(
        &["invoice", "list", "--customer", "NOPE"],
        66,
        "no customer has the contact id",
    );
    assert!(
        books.snapshot() == before,
        "a refused command changed the database"
    );
}

#[test]
fn credit_apply_refuses_more_than_is_owed_or_held() {
    let books = books_with_acme();
    books
        .run(&["payment", "add", "ACME", "150"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "ACME", "30"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "ACME", "30"])
        .assert()
        .success();
    let before = books.snapshot();
    books
        .run(&[
            "credit",
            "apply",
            "ACME",
            "--invoice",
            "INV-000001",
            "--amount",
            "40",
        ])
        .assert()
        .code(65)
        .stderr(contains(
            "--amount: 40.00 is more than the named invoices still owe, 30.00",
        ));
    books
        .run(&["credit", "apply", "ACME", "--amount", "60"])
        .assert()
        .code(65)
        .stderr(contains(
            "--amount: 60.00 is more than the unused balance of customer `ACME`, 50.00",
        ));
    assert!(books.snapshot() == before);
    books
        .run(&["credit", "apply", "ACME", "--invoice", "INV-000002"])
        .assert()
        .success()
        .stderr("applied 30.00 of unused balance: 30.00 from PAY-000001 to INV-000002\n");
    assert_eq!(balances(&books, "ACME"), "receivable,10.00,20.00");
}

#[test]
fn check_names_each_broken_rule() {
    let books = books_with_acme();
    books
        .run(&["invoice", "add", "ACME", "500"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "ACME", "200"])
        .assert()
        .success();
    books
        .run(&["check"])
        .assert()
        .success()
        .stdout("")
        .stderr("ok: customers 1, entries 3, applications 2; every rule holds\n");
    let conn = rusqlite::Connection::open(books.db()).unwrap();
    conn.execute_batch(
        "UPDATE entries SET open_amount = 1 WHERE number = 'INV-000001';
         UPDATE customers SET opening_amount = 9000;",
    )
    .unwrap();
    drop(conn);
    books
        .run(&["check", "--format", "csv"])
        .assert()
        .code(1)
        .stdout(
            "rule,record,detail\n\
             open-amount,INV-000001,\"open amount is 0.01, should be 400.00\"\n\
             opening,ACME,\"the customer records receivable 90.00 on 2026-01-01, but the books hold a debit of 100.00 on 2026-01-01\"\n\
             balance,ACME,\"entries give a balance of 390.00, but open invoices less unused credit give 0.01\"\n",
        )
        .stderr("error: check found 3 broken rules; the rows above name each one\n");
}

#[test]
fn customer_show_lists_the_latest_entries() {
    let books = books_with_acme();
    for amount in ["1", "2", "3", "4", "5", "6"] {
        books
            .run(&["invoice", "add", "ACME", amount])
            .assert()
            .success();
    }
    let json = books.stdout(&["customer", "show", "ACME", "--format", "json"]);
    assert!(
        json.contains(
            r#""latest_entries":[{"date":"2026-03-15","kind":"invoice","number":"INV-000006""#
        ),
        "{json}"
    );
    assert_eq!(json.matches("\"kind\":").count(), 5);
    let table = books.stdout(&["customer", "show", "ACME"]);
    assert!(
        table.contains("INV-000006") && !table.contains("INV-000001"),
        "{table}"
    );
    books
        .run(&["customer", "show", "ACME", "--format", "csv"])
        .assert()
        .stdout(predicate::str::contains("latest").not());
}
