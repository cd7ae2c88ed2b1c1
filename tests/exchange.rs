//! `duebook import` and `duebook export`: the round trip, every kind of bad
//! row, the modes, rejects, dry runs, and spreadsheet safety.

mod common;

use std::path::Path;

use common::Books;
use predicates::prelude::*;
use predicates::str::{contains, starts_with};

const CUSTOMERS_HEADER: &str = "contact_id,status,name,terms,opening_type,opening_amount,opening_date,location,billing_name,billing_email,billing_phone,billing_address,billing_city,billing_region,billing_postal_code,billing_country,shipping_name,shipping_phone,shipping_address,shipping_city,shipping_region,shipping_postal_code,shipping_country,tags,credit_limit,note,registered,contacts,aliases";

fn write(books: &Books, name: &str, text: &str) -> String {
    let path = books.dir().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// Run `args`, which must refuse the file as bad input (exit 65) and name
/// every one of `expected` on standard error; returns standard error.
fn refuses_naming(books: &Books, args: &[&str], expected: &[&str]) -> String {
    let output = books.run(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(65), "{stderr}");
    for expected in expected {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in\n{stderr}"
        );
    }
    stderr
}

/// Books holding every kind of entry, voids, an alias, contacts, tags and
/// unusual text.
fn rich_books() -> Books {
    let books = Books::init();
    for args in [
        vec![
            "customer",
            "add",
            "ACME",
            "--name",
            "Acme, \"the\" Tools",
            "--terms",
            "net-30",
            "--opening",
            "receivable:100",
            "--registered",
            "2026-01-01",
            "--tag",
            "vip",
            "--note",
            "line one\nline two",
            "--credit-limit",
            "900",
        ],
        vec![
            "customer",
            "add",
            "東京-1",
            "--name",
            "株式会社 東京",
            "--billing-email",
            "info@tokyo.example",
            "--opening",
            "payable:30",
            "--registered",
            "2026-01-02",
        ],
        vec![
            "customer",
            "add",
            "OLD",
            "--name",
            "Old Acme",
            "--registered",
            "2026-01-03",
        ],
        vec![
            "customer",
            "contact",
            "add",
            "ACME",
            "--name",
            "Jo, Park",
            "--role",
            "=buyer",
            "--email",
            "jo@acme.example",
        ],
        vec![
            "invoice",
            "add",
            "ACME",
            "500",
            "--date",
            "2026-01-10",
            "--note",
            "@first",
        ],
        vec![
            "invoice",
            "add",
            "ACME",
            "300",
            "--date",
            "2026-01-12",
            "--location",
            "North",
        ],
        vec!["invoice", "add", "OLD", "80", "--date", "2026-01-13"],
        vec![
            "payment",
            "add",
            "ACME",
            "700",
            "--date",
            "2026-01-20",
            "--method",
            "bank",
            "--reference=-wire 1",
        ],
        vec![
            "return",
            "add",
            "ACME",
            "50",
            "--invoice",
            "INV-000002",
            "--date",
            "2026-01-21",
        ],
        vec!["invoice", "void", "INV-000001", "--date", "2026-01-25"],
        vec!["invoice", "add", "ACME", "400", "--date", "2026-01-26"],
        vec![
            "credit",
            "apply",
            "ACME",
            "--amount",
            "300",
            "--date",
            "2026-01-28",
        ],
        vec![
            "refund",
            "add",
            "ACME",
            "20",
            "--date",
            "2026-01-29",
            "--method",
            "cash",
        ],
        vec!["payment", "add", "東京-1", "15", "--date", "2026-02-01"],
        vec!["invoice", "add", "東京-1", "60", "--date", "2026-02-02"],
        vec![
            "credit",
            "apply",
            "東京-1",
            "--amount",
            "40",
            "--date",
            "2026-02-03",
        ],
        vec!["payment", "add", "OLD", "10", "--date", "2026-02-04"],
        vec!["payment", "void", "PAY-000003", "--date", "2026-02-05"],
    ] {
        books.run(&args).assert().success();
    }
    books
        .run(&["bulk", "merge", "--into", "ACME", "OLD", "--yes"])
        .assert()
        .success();
    books
}

#[test]
fn export_then_import_into_an_empty_database_exports_the_same_bytes() {
    let books = rich_books();
    let dir = books.dir();
    books
        .run(&[
            "export",
            "customers",
            "--output",
            dir.join("c1.csv").to_str().unwrap(),
        ])
        .assert()
        .success();
    books
        .run(&[
            "export",
            "entries",
            "-o",
            dir.join("e1.csv").to_str().unwrap(),
        ])
        .assert()
        .success();
    let entries = read(&dir.join("e1.csv"));
    assert!(
        entries.contains(",2026-01-25,"),
        "the void travels: {entries}"
    );
    assert!(
        entries.contains("@2026-01-28"),
        "a later application carries its date: {entries}"
    );

    let copy = Books::init();
    copy.run(&["import", "customers", dir.join("c1.csv").to_str().unwrap()])
        .assert()
        .success()
        .stderr(contains("inserted 2, updated 0, unchanged 0, rejected 0"));
    copy.run(&["import", "entries", dir.join("e1.csv").to_str().unwrap()])
        .assert()
        .success();
    copy.run(&[
        "export",
        "customers",
        "-o",
        dir.join("c2.csv").to_str().unwrap(),
    ])
    .assert()
    .success();
    copy.run(&[
        "export",
        "entries",
        "-o",
        dir.join("e2.csv").to_str().unwrap(),
    ])
    .assert()
    .success();
    assert_eq!(read(&dir.join("c1.csv")), read(&dir.join("c2.csv")));
    assert_eq!(read(&dir.join("e1.csv")), read(&dir.join("e2.csv")));
    copy.run(&["check"]).assert().success();
    // The alias came along, and the books say the same thing as of any day.
    copy.run(&["customer", "show", "old"])
        .assert()
        .success()
        .stdout(contains("ACME"));
    for day in ["2026-01-22", "2026-01-26", "2026-02-10"] {
        let args = ["receivables", "--aging", "--as-of", day, "--format", "csv"];
        assert_eq!(books.stdout(&args), copy.stdout(&args), "aging as of {day}");
    }
}

#[test]
fn every_bad_row_is_reported_and_nothing_is_written() {
    let books = Books::init();
    books.run(&["customer", "add", "TAKEN"]).assert().success();
    let file = write(
        &books,
        "bad.csv",
        "contact_id,name,terms,opening_type,opening_amount,registered,billing_email\n\
         GOOD,Good Co,,,,,\n\
         taken,Dup of existing,,,,,\n\
         NEW,,net-400,,,,\n\
         AMT,,,receivable,\"1,000.00\",,\n\
         EXP,,,receivable,1e3,,\n\
         DEC,,,receivable,12.345,,\n\
         NEG,,,receivable,-5,,\n\
         DATE,,,,,2026-02-30,\n\
         FMT,,,,,15/03/2026,\n\
         MAIL,,,,,,not-an-email\n\
         new,Same as line 4,,,,,\n\
         SHORT,only\n\
         ,empty id,,,,,\n",
    );
    let before = books.snapshot();
    let stderr = refuses_naming(
        &books,
        &["import", "customers", &file],
        &[
            "line 3, column `contact_id`, value \"taken\": a customer with this contact id already exists",
            "line 4, column `terms`, value \"net-400\": unknown payment terms",
            "line 5, column `opening_amount`, value \"1,000.00\": amount `1,000.00` has a comma",
            "line 6, column `opening_amount`, value \"1e3\"",
            "line 7, column `opening_amount`, value \"12.345\": amount `12.345` has 3 decimals",
            "line 8, column `opening_amount`, value \"-5\": amount `-5` is negative",
            "line 9, column `registered`, value \"2026-02-30\": date `2026-02-30` does not exist",
            "line 10, column `registered`, value \"15/03/2026\": date `15/03/2026` is not written YYYY-MM-DD",
            "line 11, column `billing_email`",
            "line 12, column `contact_id`, value \"new\": the same contact id is on line 4",
            "line 13: the row has 2 fields where the header has 7",
            "line 14, column `contact_id`, value \"\": the contact id is empty",
            "error: `",
            "12 bad rows, so nothing was imported",
        ],
    );
    assert!(!stderr.contains("line 2,"), "{stderr}");
    assert!(
        books.snapshot() == before,
        "a rejected file changed the database"
    );
}

#[test]
fn skip_invalid_keeps_the_good_rows_and_writes_the_bad_ones_with_a_reason() {
    let books = Books::init();
    let file = write(
        &books,
        "mixed.csv",
        "contact_id,terms\nA,net-30\nB,weekly\nC,\n",
    );
    let rejects = books.dir().join("rejects.csv");
    books
        .run(&[
            "import",
            "customers",
            &file,
            "--skip-invalid",
            "--rejects",
            rejects.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stderr(
            contains("inserted 2, updated 0, unchanged 0, rejected 1")
                .and(contains("wrote 1 rejected row")),
        );
    assert_eq!(
        read(&rejects),
        "contact_id,terms,reason\nB,weekly,\"line 3, column `terms`, value \"\"weekly\"\": unknown payment terms `weekly`; use cash, due-on-receipt, net-N (N from 1 to 365), eom, net-N-eom or day-D-next (D from 1 to 31)\"\n"
    );
    books
        .run(&["import", "customers", &file, "--skip-invalid"])
        .assert()
        .code(2)
        .stderr(contains("--rejects <FILE>"));
}

#[test]
fn a_row_refused_partway_through_its_writes_leaves_nothing_behind() {
    let books = Books::init();
    // B and D are refused only once written: the alias each claims names
    // a customer already. The good rows around them stay, and a later row
    // with B's id is still a repeat of B's line.
    let file = write(
        &books,
        "aliases.csv",
        "contact_id,name,aliases\n\
         A,Alpha,\n\
         B,Bravo,\"[\"\"A\"\"]\"\n\
         C,Charlie,\"[\"\"OLDC\"\"]\"\n\
         D,Delta,\"[\"\"oldc\"\"]\"\n\
         b,Bravo again,\n\
         E,Echo,\n",
    );
    let rejects = books.dir().join("rejects.csv");
    books
        .run(&[
            "import",
            "customers",
            &file,
            "--skip-invalid",
            "--rejects",
            rejects.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stderr(contains("inserted 3, updated 0, unchanged 0, rejected 3"));
    let rejected = read(&rejects);
    assert!(
        rejected.contains("line 3") && rejected.contains("alias `A` already names customer `A`"),
        "{rejected}"
    );
    assert!(
        rejected.contains("line 5") && rejected.contains("already names customer `C`"),
        "{rejected}"
    );
    assert!(
        rejected.contains("line 6") && rejected.contains("the same contact id is on line 3"),
        "{rejected}"
    );
    assert_eq!(
        books.stdout(&[
            "customer",
            "list",
            "--format",
            "csv",
            "--columns",
            "contact_id"
        ]),
        "contact_id\nA\nC\nE\n"
    );
    assert_eq!(
        books.stdout(&[
            "customer",
            "list",
            "--name",
            "bravo",
            "--format",
            "csv",
            "--columns",
            "contact_id"
        ]),
        "contact_id\n"
    );
    books
        .run(&["customer", "show", "OLDC"])
        .assert()
        .success()
        .stdout(contains("Charlie"));
    let conn = rusqlite::Connection::open(books.db()).unwrap();
    let traces: i64 = conn
        .query_row(
            "SELECT count(*) FROM history WHERE contact_id IN ('B', 'b', 'D')",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(traces, 0);
    drop(conn);
    books.run(&["check"]).assert().success();
}

#[test]
fn rejects_dash_writes_the_bad_rows_to_standard_output() {
    let books = Books::init();
    let file = write(
        &books,
        "mixed.csv",
        "contact_id,terms\nA,net-30\nB,weekly\n",
    );
    books
        .run(&[
            "import",
            "customers",
            &file,
            "--skip-invalid",
            "--rejects",
            "-",
        ])
        .current_dir(books.dir())
        .assert()
        .success()
        .stdout(
            starts_with("contact_id,terms,reason\nB,weekly,\"line 3, column `terms`")
                .and(contains("\n").count(2)),
        )
        .stderr(contains("wrote 1 rejected row to standard output"));
    assert!(
        !books.dir().join("-").exists(),
        "`-` was taken for a file name"
    );
    let listed = books.stdout(&["customer", "list", "--format", "csv"]);
    assert!(
        listed.contains("\nA,") && !listed.contains("\nB,"),
        "{listed}"
    );
}

#[test]
fn structural_problems_are_found_with_their_line() {
    let books = Books::init();
    books.run(&["customer", "add", "A"]).assert().success();
    let cases: [(&[u8], &str); 5] = [
        (
            b"contact_id,amount,kind\nA,5,invoice\nA,\"7,invoice\n",
            "line 3: the row has 2 fields where the header has 3; a quote is left open",
        ),
        (
            b"contact_id,amount,kind\nA,5,invoice\nA,\xff,invoice\n",
            "line 3, column `amount`",
        ),
        (
            b"contact_id,amount,kind\nA,5,invoice,extra\n",
            "line 2: the row has 4 fields where the header has 3",
        ),
        (
            b"contact_id,kind\nA,invoice\n",
            "the header lacks the required column `amount`",
        ),
        (
            b"contact_id,amount,kind,colour\nA,5,invoice,red\n",
            "unknown column `colour`",
        ),
    ];
    for (text, expected) in cases {
        let path = books.dir().join("s.csv");
        std::fs::write(&path, text).unwrap();
        books
            .run(&["import", "entries", path.to_str().unwrap()])
            .assert()
            .code(65)
            .stderr(contains(expected));
    }
    let long = format!(
        "contact_id,amount,kind,note\nA,5,invoice,{}\n",
        "x".repeat(70_000)
    );
    let path = write(&books, "long.csv", &long);
    books
        .run(&["import", "entries", &path])
        .assert()
        .code(65)
        .stderr(contains("bytes long; the most is 65536"));
    let path = write(
        &books,
        "ok.csv",
        "contact_id,amount,kind,colour\nA,5,invoice,red",
    );
    books
        .run(&["import", "entries", &path, "--ignore-unknown"])
        .assert()
        .success()
        .stderr(contains("ignoring the columns `colour`"));
    books
        .run(&["import", "entries", "nope.csv"])
        .assert()
        .code(66)
        .stderr(contains("file `nope.csv` does not exist"));
}

#[test]
fn bad_entry_rows_name_the_problem() {
    let books = Books::init();
    for args in [["customer", "add", "A"], ["customer", "add", "B"]] {
        books.run(&args).assert().success();
    }
    books
        .run(&["invoice", "add", "B", "40", "--number", "B-1"])
        .assert()
        .success();
    let file = write(
        &books,
        "entries.csv",
        "kind,number,contact_id,date,amount,applications\n\
         invoice,A-1,A,2026-03-01,100.00,\n\
         sale,A-2,A,2026-03-01,100.00,\n\
         payment,P-1,A,2026-03-02,30.00,B-1:30.00\n\
         payment,P-2,A,2026-03-02,30.00,A-1:300.00\n\
         payment,P-3,A,2026-03-02,30.00,NOPE:5.00\n\
         payment,P-4,NOBODY,2026-03-02,30.00,\n\
         payment,P-5,A,2026-03-02,+30.00,\n\
         invoice,A-1,A,2026-03-05,1.00,\n\
         invoice,B-1,B,2026-03-05,40.00,\n\
         refund,R-1,A,2026-03-05,10.00,\n",
    );
    refuses_naming(
        &books,
        &["import", "entries", &file],
        &[
            "line 3, column `kind`, value \"sale\": unknown entry kind `sale`",
            "line 4, column `applications`, value \"B-1\": `B-1` belongs to customer `B`, not `A`",
            "line 5, column `applications`, value \"A-1\": 300.00 is more than `P-2` has open, 30.00",
            "line 6, column `applications`, value \"NOPE\": no entry is numbered `NOPE`",
            "line 7, column `contact_id`, value \"NOBODY\": no customer has this contact id",
            "line 8, column `amount`, value \"+30.00\": amount `+30.00` has a sign",
            "line 9, column `number`, value \"A-1\": the same number is on line 2",
            "line 10, column `number`, value \"B-1\": invoice `B-1` already exists",
            "line 11, column `applications`: the refund of 10.00 is more than the customer's unused balance",
        ],
    );
}

#[test]
fn the_same_entries_twice_change_nothing_in_upsert_and_are_refused_in_insert() {
    let books = Books::init();
    books.run(&["customer", "add", "ACME"]).assert().success();
    let file = write(
        &books,
        "feed.csv",
        "\u{feff}number,contact_id,date,amount\r\nS-1,ACME,2026-03-01,10.00\r\nS-2,acme,2026-03-02,20.50",
    );
    books
        .run(&[
            "import", "entries", &file, "--kind", "invoice", "--mode", "upsert",
        ])
        .assert()
        .success()
        .stderr(contains("inserted 2, updated 0, unchanged 0, rejected 0"));
    let before = books.snapshot();
    books
        .run(&[
            "import", "entries", &file, "--kind", "invoice", "--mode", "upsert",
        ])
        .assert()
        .success()
        .stderr(contains("inserted 0, updated 0, unchanged 2, rejected 0"));
    let output = books
        .run(&["import", "entries", &file, "--kind", "invoice"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("invoice `S-1` already exists")
            && stderr.contains("invoice `S-2` already exists"),
        "{stderr}"
    );
    assert!(books.snapshot() == before);
    assert_eq!(
        books
            .stdout(&["invoice", "list", "--format", "csv"])
            .lines()
            .count(),
        3
    );
}

#[test]
fn a_number_given_twice_is_refused_at_its_second_row_whatever_its_case() {
    let books = Books::init();
    books.run(&["customer", "add", "ACME"]).assert().success();
    books
        .run(&[
            "invoice",
            "add",
            "ACME",
            "10",
            "--number",
            "S-1",
            "--date",
            "2026-03-01",
        ])
        .assert()
        .success();
    // S-1 is recorded already and matched twice; s-2 is new and given
    // twice, once in other letters.
    let file = write(
        &books,
        "feed.csv",
        "number,contact_id,date,amount,void_date\n\
         S-1,ACME,2026-03-01,10.00,\n\
         s-2,ACME,2026-03-02,20.00,\n\
         s-1,ACME,2026-03-01,10.00,2026-03-05\n\
         S-2,ACME,2026-03-02,20.00,\n",
    );
    let before = books.snapshot();
    refuses_naming(
        &books,
        &[
            "import", "entries", &file, "--kind", "invoice", "--mode", "upsert",
        ],
        &[
            "line 4, column `number`, value \"s-1\": the same number is on line 2",
            "line 5, column `number`, value \"S-2\": the same number is on line 3",
        ],
    );
    assert!(books.snapshot() == before);
    // With the bad rows set aside, the first of each is taken.
    let rejects = books.dir().join("rejects.csv");
    books
        .run(&[
            "import",
            "entries",
            &file,
            "--kind",
            "invoice",
            "--mode",
            "upsert",
            "--skip-invalid",
            "--rejects",
            rejects.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stderr(contains("inserted 1, updated 0, unchanged 1, rejected 2"));
    let listed = books.stdout(&["invoice", "list", "--format", "csv"]);
    assert_eq!(listed.lines().count(), 3, "{listed}");
    assert!(!listed.contains("void"), "{listed}");
    assert_eq!(read(&rejects).lines().count(), 3);
}

#[test]
fn a_number_given_again_names_its_first_line_across_notes_blank_lines_and_bad_rows() {
    let books = Books::init();
    books.run(&["customer", "add", "ACME"]).assert().success();
    books
        .run(&[
            "invoice",
            "add",
            "ACME",
            "5",
            "--number",
            "OLD-1",
            "--date",
            "2026-03-01",
        ])
        .assert()
        .success();
    // Line 3 holds a note of two lines, line 6 is blank, line 7 is bad,
    // line 8 matches an entry already recorded: each moves the lines of
    // the rows after it against the entries they record.
    let file = write(
        &books,
        "feed.csv",
        "number,contact_id,date,amount,note\n\
         A-1,ACME,2026-03-01,10.00,\n\
         A-2,ACME,2026-03-01,10.00,\"two\n\
         lines\"\n\
         A-3,ACME,2026-03-01,10.00,\n\
         \n\
         A-4,NOBODY,2026-03-01,10.00,\n\
         OLD-1,ACME,2026-03-01,5.00,\n\
         A-5,ACME,2026-03-01,10.00,\n\
         A-6,ACME,2026-03-01,10.00,\n\
         a-1,ACME,2026-03-01,10.00,\n\
         a-3,ACME,2026-03-01,10.00,\n\
         a-6,ACME,2026-03-01,10.00,\n\
         old-1,ACME,2026-03-01,5.00,\n",
    );
    refuses_naming(
        &books,
        &[
            "import", "entries", &file, "--kind", "invoice", "--mode", "upsert",
        ],
        &[
            "line 7, column `contact_id`",
            "line 11, column `number`, value \"a-1\": the same number is on line 2",
            "line 12, column `number`, value \"a-3\": the same number is on line 5",
            "line 13, column `number`, value \"a-6\": the same number is on line 10",
            "line 14, column `number`, value \"old-1\": the same number is on line 8",
        ],
    );
}

#[test]
fn new_numbers_follow_the_highest_imported_of_each_kind() {
    let books = Books::init();
    books.run(&["customer", "add", "ACME"]).assert().success();
    let file = write(
        &books,
        "feed.csv",
        "kind,number,contact_id,date,amount,applications\n\
         invoice,INV-000007,ACME,2026-03-01,10.00,\n\
         invoice,inv-000009,ACME,2026-03-01,10.00,\n\
         invoice,INV-12A,ACME,2026-03-01,10.00,\n\
         invoice,INV-,ACME,2026-03-01,10.00,\n\
         invoice,INV-99999999999999999999,ACME,2026-03-01,10.00,\n\
         payment,PAY-000003,ACME,2026-03-02,5.00,none\n",
    );
    books.run(&["import", "entries", &file]).assert().success();
    books
        .run(&["invoice", "add", "ACME", "1"])
        .assert()
        .success()
        .stdout("INV-000010\n");
    books
        .run(&["payment", "add", "ACME", "1"])
        .assert()
        .success()
        .stdout("PAY-000004\n");
    books
        .run(&["return", "add", "ACME", "1"])
        .assert()
        .success()
        .stdout("RET-000001\n");
}

#[test]
fn rows_grouped_by_customer_or_by_date_make_the_same_books() {
    // Two customers, payments that settle by themselves, and a void of P-1
    // dated before or after P-2's day. Applications and voids are carried
    // out customer by customer, each in date order, whatever the order of
    // the rows. Each row has its own day, so both files record the same
    // entries.
    for (void, open_invoice, paid_invoice) in
        [("2026-01-07", "I-2", "I-1"), ("2026-01-09", "I-1", "I-2")]
    {
        let rows = [
            ("X", "invoice,I-1,X,2026-01-01,100.00,,".to_string()),
            ("Y", "invoice,J-1,Y,2026-01-02,40.00,,".to_string()),
            ("X", format!("payment,P-1,X,2026-01-03,30.00,,{void}")),
            ("Y", "payment,Q-1,Y,2026-01-04,50.00,,".to_string()),
            ("X", "invoice,I-2,X,2026-01-05,20.00,,".to_string()),
            ("Y", "invoice,J-2,Y,2026-01-06,25.00,,".to_string()),
            ("X", "payment,P-2,X,2026-01-08,110.00,,".to_string()),
            ("Y", "payment,Q-2,Y,2026-01-11,5.00,J-2:5.00,".to_string()),
        ];
        let header = "kind,number,contact_id,date,amount,applications,void_date\n";
        let by_date: String = rows.iter().map(|(_, row)| format!("{row}\n")).collect();
        let by_customer: String = ["X", "Y"]
            .iter()
            .flat_map(|c| rows.iter().filter(move |(of, _)| of == c))
            .map(|(_, row)| format!("{row}\n"))
            .collect();
        let books_of = |text: &str| {
            let books = Books::init();
            for id in ["X", "Y"] {
                books.run(&["customer", "add", id]).assert().success();
            }
            let file = write(&books, "entries.csv", &format!("{header}{text}"));
            books.run(&["import", "entries", &file]).assert().success();
            books.run(&["check"]).assert().success();
            books
        };
        let (a, b) = (books_of(&by_date), books_of(&by_customer));
        let exported = |books: &Books| books.stdout(&["export", "entries"]);
        assert_eq!(exported(&a), exported(&b), "voided on {void}");
        for id in ["X", "Y"] {
            let ledger =
                |books: &Books| books.stdout(&["customer", "ledger", id, "--format", "csv"]);
            assert_eq!(ledger(&a), ledger(&b), "voided on {void}");
        }
        // Voided on the 7th, P-1's 30 was back on I-1 before P-2 paid it
        // all and 10 of I-2; on the 9th, P-2 had paid the 70 left of I-1
        // and all of I-2 the day before, and the void opened 30 again.
        let open = b.stdout(&["invoice", "list", "--open", "--format", "csv"]);
        assert!(open.contains(&format!("\n{open_invoice},X,")), "{open}");
        assert!(!open.contains(&format!("\n{paid_invoice},X,")), "{open}");
    }
}

#[test]
fn modes_decide_what_an_existing_customer_row_does() {
    let books = Books::init();
    books
        .run(&["customer", "add", "A", "--name", "Old", "--terms", "net-30"])
        .assert()
        .success();
    let file = write(&books, "c.csv", "contact_id,name\nA,New\nB,Bee\n");
    books
        .run(&["import", "customers", &file, "--mode", "update"])
        .assert()
        .code(65)
        .stderr(contains("line 3, column `contact_id`"));
    books
        .run(&["import", "customers", &file, "--mode", "upsert"])
        .assert()
        .success()
        .stderr(contains("inserted 1, updated 1, unchanged 0, rejected 0"));
    // Columns the file lacks keep their values.
    assert_eq!(
        books.stdout(&[
            "customer",
            "list",
            "--format",
            "csv",
            "--columns",
            "contact_id,name,terms"
        ]),
        "contact_id,name,terms\nA,New,net-30\nB,Bee,due-on-receipt\n"
    );
    books
        .run(&["import", "customers", &file, "--mode", "upsert"])
        .assert()
        .success()
        .stderr(contains("unchanged 2"));
}

#[test]
fn imported_customers_are_found_by_what_the_file_says() {
    let books = Books::init();
    books
        .run(&["customer", "add", "A", "--name", "Oldfield Mills"])
        .assert()
        .success();
    let ids = |args: &[&str]| {
        let mut all = vec![
            "customer",
            "list",
            "--format",
            "csv",
            "--columns",
            "contact_id",
        ];
        all.extend_from_slice(args);
        books.stdout(&all)
    };
    let file = write(
        &books,
        "c.csv",
        "contact_id,name,contacts\n\
         A,Newbury Mills,\"[{\"\"name\"\":\"\"Jo Park\"\",\"\"phone\"\":\"\"+1 555 777 4242\"\"}]\"\n\
         B,Bramble Farm,\n",
    );
    books
        .run(&["import", "customers", &file, "--mode", "upsert"])
        .assert()
        .success();
    assert_eq!(ids(&["--name", "newbury"]), "contact_id\nA\n");
    assert_eq!(ids(&["--name", "oldfield"]), "contact_id\n");
    assert_eq!(ids(&["--query", "jo park"]), "contact_id\nA\n");
    assert_eq!(ids(&["--query", "7774242"]), "contact_id\nA\n");
    assert_eq!(ids(&["--query", "bramble"]), "contact_id\nB\n");
    // A file refused whole leaves the index as it was, and later writes
    // keep it in step one by one again.
    let bad = write(
        &books,
        "bad.csv",
        "contact_id,name\nC,Cobalt Works\nA,\n,x\n",
    );
    books
        .run(&["import", "customers", &bad, "--mode", "upsert"])
        .assert()
        .code(65);
    assert_eq!(ids(&["--name", "cobalt"]), "contact_id\n");
    books
        .run(&["customer", "edit", "B", "--name", "Cobalt Farm"])
        .assert()
        .success();
    assert_eq!(ids(&["--name", "cobalt"]), "contact_id\nB\n");
    books.run(&["check"]).assert().success();
}

#[test]
fn dry_run_counts_and_writes_nothing_and_stdin_works() {
    let books = Books::init();
    let before = books.snapshot();
    books
        .run(&["import", "customers", "-", "--dry-run"])
        .write_stdin("contact_id,name\nA,Alpha\nB,Beta\n")
        .assert()
        .success()
        .stderr(contains(
            "checked (dry run, nothing written) customers from standard input: inserted 2",
        ));
    assert!(books.snapshot() == before);
    books
        .run(&["import", "customers", "-"])
        .write_stdin("contact_id\nA\n")
        .assert()
        .success();
    assert_eq!(books.stdout(&["export", "customers"]).lines().count(), 2);
}

#[test]
fn safe_exports_neutralise_formulas_but_not_amounts_or_dates() {
    let books = rich_books();
    let plain = books.stdout(&["export", "entries"]);
    assert!(plain.contains(",-wire 1,"), "{plain}");
    let safe = books.stdout(&["export", "entries", "--safe"]);
    assert!(
        safe.contains(",'-wire 1,") && safe.contains(",'@first,"),
        "{safe}"
    );
    assert!(safe.contains(",2026-01-10,500.00,"), "{safe}");
    books
        .run(&[
            "customer",
            "add",
            "+SUM",
            "--name",
            "=1+2",
            "--credit-limit",
            "5",
        ])
        .assert()
        .success();
    let customers = books.stdout(&["export", "customers", "--safe"]);
    assert!(customers.contains("\n'+SUM,active,'=1+2,"), "{customers}");
    assert!(customers.contains(",5.00,"), "{customers}");
    let ledger = books.stdout(&["export", "ledger", "ACME", "--safe"]);
    assert!(
        ledger.starts_with("date,kind,number,due_date,reference,debit,credit,balance\n"),
        "{ledger}"
    );
    assert!(
        ledger.contains(",'@first,500.00,,600.00") && ledger.contains(",-270.00\n"),
        "{ledger}"
    );
}

#[test]
fn an_export_to_a_file_is_complete_or_absent() {
    let books = rich_books();
    let path = books.dir().join("out.csv");
    books
        .run(&["export", "customers", "-o", path.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    assert!(read(&path).starts_with(CUSTOMERS_HEADER));
    let names: Vec<String> = std::fs::read_dir(books.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("partial")), "{names:?}");
    books
        .run(&[
            "export",
            "customers",
            "-o",
            books.dir().join("missing/out.csv").to_str().unwrap(),
        ])
        .assert()
        .code(74)
        .stderr(contains("cannot create"));
}

#[test]
fn the_sample_files_import() {
    let books = Books::init();
    let root = env!("CARGO_MANIFEST_DIR");
    books
        .run(&[
            "import",
            "customers",
            &format!("{root}/examples/customers.csv"),
        ])
        .assert()
        .success();
    books
        .run(&[
            "import",
            "entries",
            &format!("{root}/examples/invoices.csv"),
            "--kind",
            "invoice",
        ])
        .assert()
        .success()
        .stderr(contains("inserted 13"));
    books.run(&["check"]).assert().success();
}

#[test]
fn an_entries_import_is_recorded_once_per_customer() {
    let books = Books::init();
    for id in ["A", "B"] {
        books.run(&["customer", "add", id]).assert().success();
    }
    let file = write(
        &books,
        "entries.csv",
        "kind,number,contact_id,date,amount,applications\n\
         invoice,I-1,A,2026-01-02,100.00,\n\
         invoice,I-2,A,2026-01-03,50.00,\n\
         payment,P-1,A,2026-01-04,120.00,\n\
         invoice,I-3,B,2026-01-05,10.00,\n\
         payment,P-2,B,2026-01-06,5.00,I-9:5.00\n",
    );
    books
        .run(&[
            "import",
            "entries",
            &file,
            "--skip-invalid",
            "--rejects",
            "-",
        ])
        .assert()
        .success()
        // The row is refused only when its application is carried out,
        // after every row was read; it comes out as it was read.
        .stdout(
            "kind,number,contact_id,date,amount,applications,reason\n\
             payment,P-2,B,2026-01-06,5.00,I-9:5.00,\"line 6, column `applications`, value \"\"I-9\"\": \
             no entry is numbered `I-9`\"\n",
        );
    // P-1 settled I-1 and 20 of I-2; P-2 named an entry that does not exist.
    let a = books.stdout(&["history", "A", "--format", "jsonl", "--limit", "1"]);
    assert!(a.contains(r#""record":"import""#), "{a}");
    assert!(
        a.contains(r#""after":"{\"entries\":3,\"applications\":2}""#),
        "{a}"
    );
    let b = books.stdout(&["history", "B", "--format", "jsonl", "--limit", "1"]);
    assert!(
        b.contains(r#""after":"{\"entries\":1,\"applications\":0}""#),
        "{b}"
    );
    // Nothing else was recorded for the rows, and later writes are recorded
    // one by one again.
    books.run(&["payment", "add", "A", "30"]).assert().success();
    let all = books.stdout(&["history", "--format", "csv"]);
    assert_eq!(all.matches(",entry,").count(), 1, "{all}");
    assert_eq!(all.matches(",application,").count(), 1, "{all}");
}

#[test]
fn new_customers_are_recorded_the_same_whether_added_or_upserted() {
    // An import that only adds customers records their rows after the last
    // row; one that may update records them row by row. Both say the same.
    let file = "contact_id,name,tags,contacts,aliases,opening_type,opening_amount\n\
                Z1,Zed,vip;north,\"[{\"\"name\"\":\"\"Jo\"\",\"\"phone\"\":\"\"+1 555 0101\"\"},{\"\"name\"\":\"\"Al\"\"}]\",\"[\"\"OLDZ\"\"]\",receivable,5.00\n\
                Z2,Zora,,,,,\n\
                Z3,,bad tag,,,,\n";
    let recorded = |mode: &str| {
        let books = Books::init();
        books.run(&["customer", "add", "EARLY"]).assert().success();
        let path = write(&books, "customers.csv", file);
        books
            .run(&[
                "import",
                "customers",
                &path,
                "--mode",
                mode,
                "--skip-invalid",
                "--rejects",
                "-",
            ])
            .assert()
            .success()
            .stderr(contains("inserted 2, updated 0, unchanged 0, rejected 1"));
        books.run(&["check"]).assert().success();
        let mut lines: Vec<String> = ["Z1", "Z2", "EARLY"]
            .iter()
            .flat_map(|id| {
                books
                    .stdout(&["history", id, "--format", "jsonl"])
                    .lines()
                    .map(|line| {
                        let mut record: serde_json::Value = serde_json::from_str(line).unwrap();
                        let fields = record.as_object_mut().unwrap();
                        fields.remove("at");
                        // The command differs by its file and mode.
                        let command = fields.remove("command").unwrap();
                        let command = command.as_str().unwrap();
                        assert!(
                            command.starts_with("duebook import customers")
                                || command == "duebook customer add EARLY",
                            "{command}"
                        );
                        record.to_string()
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        lines.sort();
        lines
    };
    let added = recorded("insert");
    assert_eq!(added, recorded("upsert"));
    for part in [
        r#""record":"customer""#,
        r#"{\"tag\":\"north\"}"#,
        r#""record":"entry""#,
        r#"{\"name\":\"Al\"}"#,
        r#"{\"alias\":\"OLDZ\""#,
    ] {
        assert!(
            added.iter().any(|line| line.contains(part)),
            "{part}: {added:?}"
        );
    }
    // Z1 and Z2 with what they brought, and EARLY's own record only.
    assert_eq!(added.len(), 9, "{added:?}");
}
