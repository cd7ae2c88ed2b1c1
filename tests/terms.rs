//! `duebook terms explain`: every form of payment terms, and wrong ones.

mod common;

use common::Books;
use predicates::str::contains;

#[test]
fn explain_gives_the_meaning_and_the_due_date() {
    let books = Books::new();
    assert_eq!(
        books.stdout(&[
            "terms",
            "explain",
            "NET-15-EOM",
            "--date",
            "2026-01-20",
            "--format",
            "csv"
        ]),
        "terms,meaning,invoice_date,due_date,how,days\n\
         net-15-eom,due 15 days after the end of the invoice's month,2026-01-20,2026-02-15,\
         the invoice's month ends 2026-01-31; 15 days later is 2026-02-15,26\n"
    );
    assert_eq!(
        books.stdout(&["terms", "explain", "day-31-next", "--format", "json"]),
        "{\"terms\":\"day-31-next\",\"meaning\":\"due on day 31 of the month after the invoice's, \
         or that month's last day if it is shorter\",\"invoice_date\":\"2026-03-15\",\
         \"due_date\":\"2026-04-30\",\"how\":\"the next month has only 30 days, so day 31 \
         becomes its last day, 2026-04-30\",\"days\":46}\n"
    );
    assert!(!books.db().exists(), "explaining terms needs no database");
}

#[test]
fn explain_refuses_unknown_terms_and_dates() {
    let books = Books::new();
    books
        .run(&["terms", "explain", "net-0"])
        .assert()
        .code(65)
        .stderr(contains("unknown payment terms `net-0`"));
    books
        .run(&["terms", "explain", "eom", "--date", "2026-02-29"])
        .assert()
        .code(65)
        .stderr(contains("--date: date `2026-02-29` does not exist"));
}
