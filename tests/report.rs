//! `duebook receivables`, `payables` and `top`, run through the binary on a
//! small history whose every figure is worked out by hand in the comments.

mod common;

use std::process::Stdio;

use common::Books;
use predicates::str::contains;

/// Today is 2026-03-15 (see `common::TODAY`).
///
/// ACME (net-30, North, vip, limit 500): opening receivable 100 on
/// 2026-01-01, due then; INV-000001 400 on 2026-02-13, due 2026-03-15;
/// INV-000002 250 on 2026-03-01, due 2026-03-31; PAY-000001 150 on
/// 2026-03-10 pays the opening (100) and 50 of INV-000001.
/// BOLT (due-on-receipt, South): INV-000003 80 on 2025-11-01, overdue 134
/// days; RET-000001 30 on 2026-03-12 without an invoice: unused credit.
/// CALM (cash): an advance PAY-000002 of 60 on 2026-03-14 and a payable
/// opening of 25 on 2026-01-05.
fn books() -> Books {
    let books = Books::init();
    for args in [
        vec![
            "customer",
            "add",
            "ACME",
            "--terms",
            "net-30",
            "--location",
            "North",
            "--tag",
            "vip",
            "--credit-limit",
            "500",
            "--opening",
            "receivable:100",
            "--registered",
            "2026-01-01",
            "--billing-name",
            "Acme Ltd",
            "--billing-phone",
            "555 0100",
            "--billing-email",
            "ap@acme.example",
        ],
        vec![
            "customer",
            "add",
            "BOLT",
            "--location",
            "South",
            "--name",
            "Bolt",
        ],
        vec![
            "customer",
            "add",
            "CALM",
            "--terms",
            "cash",
            "--opening",
            "payable:25",
            "--registered",
            "2026-01-05",
        ],
        vec!["invoice", "add", "ACME", "400", "--date", "2026-02-13"],
        vec!["invoice", "add", "ACME", "250", "--date", "2026-03-01"],
        vec!["invoice", "add", "BOLT", "80", "--date", "2025-11-01"],
        vec!["payment", "add", "ACME", "150", "--date", "2026-03-10"],
        vec!["return", "add", "BOLT", "30", "--date", "2026-03-12"],
        vec!["payment", "add", "CALM", "60", "--date", "2026-03-14"],
    ] {
        books.run(&args).assert().success();
    }
    books
}

#[test]
fn receivables_come_in_three_segments() {
    let books = books();
    assert_eq!(
        books.stdout(&["receivables", "--format", "csv"]),
        "segment,contact_id,billing_name,billing_phone,billing_email,number,invoice_date,due_date,open_amount,days_overdue\n\
         today,ACME,Acme Ltd,555 0100,ap@acme.example,INV-000001,2026-02-13,2026-03-15,350.00,0\n\
         overdue,BOLT,Bolt,,,INV-000003,2025-11-01,2025-11-01,80.00,134\n\
         upcoming,ACME,Acme Ltd,555 0100,ap@acme.example,INV-000002,2026-03-01,2026-03-31,250.00,-16\n"
    );
    assert_eq!(
        books.stdout(&["receivables", "--totals", "--format", "csv"]),
        "segment,items,open_amount\ntoday,1,350.00\noverdue,1,80.00\nupcoming,1,250.00\n"
    );
    let table = books.stdout(&["receivables"]);
    assert!(
        table.contains(" total ") && table.contains("680.00"),
        "{table}"
    );
}

#[test]
fn receivables_narrow_by_segment_window_customer_location_and_tag() {
    let books = books();
    let numbers = |args: &[&str]| {
        let mut full = vec!["receivables", "--format", "csv"];
        full.extend_from_slice(args);
        books
            .stdout(&full)
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(5).unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(numbers(&["--segment", "today"]), ["INV-000001"]);
    assert_eq!(numbers(&["--segment", "overdue"]), ["INV-000003"]);
    assert_eq!(numbers(&["--segment", "upcoming"]), ["INV-000002"]);
    assert_eq!(
        numbers(&["--segment", "upcoming", "--within", "10"]),
        Vec::<String>::new()
    );
    assert_eq!(
        numbers(&["--within", "16"]),
        ["INV-000001", "INV-000003", "INV-000002"]
    );
    assert_eq!(numbers(&["--customer", "bolt"]), ["INV-000003"]);
    assert_eq!(
        numbers(&["--location", "north"]),
        ["INV-000001", "INV-000002"]
    );
    assert_eq!(numbers(&["--tag", "VIP"]), ["INV-000001", "INV-000002"]);
}

#[test]
fn receivables_as_of_a_past_day_show_what_was_open_then() {
    let books = books();
    // On 2026-03-09 the payment had not come: the opening is overdue, and
    // INV-000002 exists; on 2026-02-20 it does not yet.
    assert_eq!(
        books.stdout(&[
            "receivables",
            "--as-of",
            "2026-03-09",
            "--customer",
            "ACME",
            "--format",
            "csv"
        ]),
        "segment,contact_id,billing_name,billing_phone,billing_email,number,invoice_date,due_date,open_amount,days_overdue\n\
         overdue,ACME,Acme Ltd,555 0100,ap@acme.example,opening,2026-01-01,2026-01-01,100.00,67\n\
         upcoming,ACME,Acme Ltd,555 0100,ap@acme.example,INV-000001,2026-02-13,2026-03-15,400.00,-6\n\
         upcoming,ACME,Acme Ltd,555 0100,ap@acme.example,INV-000002,2026-03-01,2026-03-31,250.00,-22\n"
    );
    assert_eq!(
        books.stdout(&[
            "receivables",
            "--as-of",
            "2026-02-20",
            "--customer",
            "ACME",
            "--totals",
            "--format",
            "csv"
        ]),
        "segment,items,open_amount\ntoday,0,0.00\noverdue,1,100.00\nupcoming,1,400.00\n"
    );
    // A void after the day has not happened yet on that day.
    books
        .run(&["invoice", "void", "INV-000003", "--date", "2026-03-15"])
        .assert()
        .success();
    assert_eq!(
        books
            .stdout(&["receivables", "--customer", "BOLT", "--format", "csv"])
            .lines()
            .count(),
        1
    );
    assert_eq!(
        books
            .stdout(&[
                "receivables",
                "--as-of",
                "2026-03-14",
                "--customer",
                "BOLT",
                "--format",
                "csv"
            ])
            .lines()
            .count(),
        2
    );
}

#[test]
fn aging_buckets_add_up_and_flag_the_credit_limit() {
    let books = books();
    books
        .run(&[
            "invoice",
            "add",
            "ACME",
            "300",
            "--date",
            "2026-01-10",
            "--due",
            "2026-01-20",
        ])
        .assert()
        .success();
    assert_eq!(
        books.stdout(&["receivables", "--aging", "--format", "csv"]),
        "contact_id,billing_name,not_due,due_today,overdue_1_30,overdue_31_60,overdue_61_90,overdue_over_90,open_total,unused_credit,net,credit_limit,over_limit\n\
         ACME,Acme Ltd,250.00,350.00,0.00,300.00,0.00,0.00,900.00,0.00,900.00,500.00,true\n\
         BOLT,Bolt,0.00,0.00,0.00,0.00,0.00,80.00,80.00,30.00,50.00,,false\n\
         CALM,,0.00,0.00,0.00,0.00,0.00,0.00,0.00,85.00,-85.00,,false\n"
    );
    let table = books.stdout(&["receivables", "--aging"]);
    assert!(table.lines().last().unwrap().contains("total"), "{table}");
    books
        .run(&["receivables", "--aging", "--segment", "today"])
        .assert()
        .code(2)
        .stderr(contains("cannot be used with"));
}

#[test]
fn reports_as_of_a_day_agree_whether_later_entries_exist_or_not() {
    let books = books();
    // Items due on each side of every aging bucket's edge, as of today
    // (2026-03-15): 30, 31, 60, 61, 90 and 91 days overdue.
    for due in [
        "2026-02-13",
        "2026-02-12",
        "2026-01-14",
        "2026-01-13",
        "2025-12-15",
        "2025-12-14",
    ] {
        books
            .run(&[
                "invoice",
                "add",
                "BOLT",
                "7",
                "--date",
                "2025-12-01",
                "--due",
                due,
            ])
            .assert()
            .success();
    }
    let reports: [&[&str]; 6] = [
        &["receivables", "--aging", "--format", "csv"],
        &["receivables", "--aging", "--tag", "vip", "--format", "csv"],
        &["receivables", "--totals", "--format", "csv"],
        &[
            "receivables",
            "--totals",
            "--location",
            "south",
            "--format",
            "csv",
        ],
        &["receivables", "--format", "csv"],
        &["payables", "--format", "csv"],
    ];
    // Nothing is dated after today yet, so these read the kept open
    // amounts; then a payment and a void dated later make the same day's
    // reports replay the applications, and they must not change.
    let before: Vec<String> = reports
        .iter()
        .map(|args| books.stdout(&[*args, &["--as-of", "2026-03-15"]].concat()))
        .collect();
    assert!(
        before[0].contains("BOLT,Bolt,0.00,0.00,7.00,14.00,14.00,87.00,122.00"),
        "{}",
        before[0]
    );
    books
        .run(&["payment", "add", "BOLT", "50", "--date", "2026-03-20"])
        .assert()
        .success();
    books
        .run(&["invoice", "void", "INV-000002", "--date", "2026-03-21"])
        .assert()
        .success();
    for (args, before) in reports.iter().zip(&before) {
        let after = books.stdout(&[*args, &["--as-of", "2026-03-15"]].concat());
        assert_eq!(&after, before, "{args:?}");
    }
    // Later days do see them.
    let later = books.stdout(&[reports[0], &["--as-of", "2026-03-21"]].concat());
    assert_ne!(later, before[0]);
}

#[test]
fn payables_list_unused_credit_by_source() {
    let books = books();
    assert_eq!(
        books.stdout(&["payables", "--format", "csv"]),
        "contact_id,billing_name,billing_phone,billing_email,from_payments,from_returns,from_opening,amount,oldest_date\n\
         BOLT,Bolt,,,0.00,30.00,0.00,30.00,2026-03-12\n\
         CALM,,,,60.00,0.00,25.00,85.00,2026-01-05\n"
    );
    assert_eq!(
        books
            .stdout(&["payables", "--as-of", "2026-03-13", "--format", "csv"])
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        [
            "BOLT,Bolt,,,0.00,30.00,0.00,30.00,2026-03-12",
            "CALM,,,,0.00,0.00,25.00,25.00,2026-01-05"
        ]
    );
    assert!(books.stdout(&["payables"]).contains("115.00"));
    books
        .run(&["payables", "--customer", "NOPE"])
        .assert()
        .code(66);
}

#[test]
fn top_ranks_with_shares_and_stable_ties() {
    let books = books();
    books.run(&["customer", "add", "ALSO"]).assert().success();
    // ALSO ties with BOLT (net 80 − 30) and comes first by contact id.
    books
        .run(&["invoice", "add", "ALSO", "50", "--date", "2025-12-01"])
        .assert()
        .success();
    assert_eq!(
        books.stdout(&["top", "--format", "csv"]),
        "rank,contact_id,name,net_sales,share\n\
         1,ACME,Acme Ltd,650.00,86.67\n\
         2,ALSO,,50.00,6.67\n\
         3,BOLT,Bolt,50.00,6.67\n"
    );
    assert_eq!(
        books.stdout(&["top", "--by", "invoices", "--format", "csv", "--limit", "2"]),
        "rank,contact_id,name,invoices,share\n1,ACME,Acme Ltd,2,50.00\n2,ALSO,,1,25.00\n"
    );
    assert_eq!(
        books.stdout(&[
            "top",
            "--by",
            "payments",
            "--from",
            "2026-03-11",
            "--format",
            "csv"
        ]),
        "rank,contact_id,name,payments,share\n1,CALM,,60.00,100.00\n"
    );
    books
        .run(&["top", "--by", "invoices", "--to", "2025-01-01"])
        .assert()
        .success()
        .stdout("");
}

#[test]
fn top_follows_voids_and_merges_and_check_guards_its_totals() {
    let books = books();
    books
        .run(&["invoice", "void", "INV-000002"])
        .assert()
        .success();
    books
        .run(&["bulk", "merge", "--into", "BOLT", "CALM", "--yes"])
        .assert()
        .success();
    // ACME 400 (its 250 voided); BOLT 50 net; CALM's payment now BOLT's.
    assert_eq!(
        books.stdout(&["top", "--format", "csv"]),
        "rank,contact_id,name,net_sales,share\n1,ACME,Acme Ltd,400.00,88.89\n2,BOLT,Bolt,50.00,11.11\n"
    );
    assert_eq!(
        books.stdout(&["top", "--by", "payments", "--format", "csv"]),
        "rank,contact_id,name,payments,share\n1,ACME,Acme Ltd,150.00,71.43\n2,BOLT,Bolt,60.00,28.57\n"
    );
    books.run(&["check"]).assert().success();

    // Totals changed behind duebook's back are found, and worked out again.
    let conn = rusqlite::Connection::open(books.db()).unwrap();
    conn.execute("UPDATE customer_years SET invoiced = invoiced + 1", [])
        .unwrap();
    conn.execute("DELETE FROM book_days WHERE day = '2026-03-10'", [])
        .unwrap();
    drop(conn);
    books
        .run(&["check", "--format", "csv"])
        .assert()
        .code(1)
        .stdout(contains("kept-totals,\"customer ACME, year 2026\""))
        .stdout(contains("kept-totals,day 2026-03-10"));
    books.run(&["check", "--repair"]).assert().success();
    assert_eq!(
        books.stdout(&["top", "--by", "payments", "--format", "csv", "--limit", "1"]),
        "rank,contact_id,name,payments,share\n1,ACME,Acme Ltd,150.00,71.43\n"
    );
}

#[test]
fn the_morning_report_is_byte_stable() {
    let books = books();
    let args = ["receivables", "--segment", "today", "--format", "csv"];
    let first = books.run(&args).output().unwrap();
    let second = books.run(&args).output().unwrap();
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout);
    assert!(first.stderr.is_empty());
}

#[test]
fn reports_never_fail_or_see_half_a_transaction_while_another_process_writes() {
    let books = Books::init();
    books.run(&["customer", "add", "LOOP"]).assert().success();
    let writer = {
        let db = books.db().to_path_buf();
        std::thread::spawn(move || {
            for _ in 0..15 {
                for args in [
                    ["invoice", "add", "LOOP", "10"],
                    ["payment", "add", "LOOP", "10"],
                ] {
                    let status =
                        std::process::Command::new(assert_cmd::cargo::cargo_bin("duebook"))
                            .args(args)
                            .env("DUEBOOK_DB", &db)
                            .env("DUEBOOK_TODAY", common::TODAY)
                            .stdout(Stdio::null())
                            .stderr(Stdio::null())
                            .status()
                            .unwrap();
                    assert!(status.success());
                }
            }
        })
    };
    let mut reports = 0;
    while !writer.is_finished() {
        let output = books
            .run(&["receivables", "--aging", "--format", "csv"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8(output.stdout).unwrap();
        // Every invoice is paid by the payment after it, in its own
        // transaction: a consistent view has 0 or 10 open and no credit.
        for row in text.lines().skip(1) {
            let cells: Vec<&str> = row.split(',').collect();
            assert!(["0.00", "10.00"].contains(&cells[8]), "open total {row}");
            assert_eq!(cells[9], "0.00", "unused credit {row}");
        }
        reports += 1;
    }
    writer.join().unwrap();
    assert!(reports > 0);
    books.run(&["check"]).assert().success();
}

#[test]
fn the_morning_script_saves_the_report() {
    let books = books();
    let reports = books.dir().join("reports");
    let output = std::process::Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/morning-report.sh"
        ))
        .env("DUEBOOK", assert_cmd::cargo::cargo_bin("duebook"))
        .env("DUEBOOK_DB", books.db())
        .env("DUEBOOK_TODAY", common::TODAY)
        .env("REPORT_DIR", &reports)
        .env_remove("REPORT_MAIL")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let saved = std::fs::read_to_string(reports.join("due-2026-03-15.csv")).unwrap();
    assert_eq!(
        saved,
        books.stdout(&["receivables", "--segment", "today", "--format", "csv"])
    );
    assert_eq!(
        std::fs::read_dir(&reports).unwrap().count(),
        1,
        "no partial file is left"
    );

    let missing = std::process::Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/morning-report.sh"
        ))
        .env("DUEBOOK", assert_cmd::cargo::cargo_bin("duebook"))
        .env("DUEBOOK_DB", books.dir().join("nope.sqlite3"))
        .env("REPORT_DIR", &reports)
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(66));
}

#[test]
fn a_range_of_days_that_ends_before_it_starts_is_refused() {
    let books = books();
    let range = ["--from", "2026-02-01", "--to", "2026-01-31"];
    for command in [
        &["top"][..],
        &["customer", "ledger", "ACME"],
        &["invoice", "list"],
        &["export", "entries"],
    ] {
        let args: Vec<&str> = command.iter().chain(&range).copied().collect();
        books.refuses(&args, 65, "--from 2026-02-01 is after --to 2026-01-31");
    }
    books.refuses(
        &[
            "customer",
            "list",
            "--registered-from",
            "2026-02-01",
            "--registered-to",
            "2026-01-31",
        ],
        65,
        "--registered-from 2026-02-01 is after --registered-to 2026-01-31",
    );
    // One day is a range too.
    books
        .run(&["top", "--from", "2026-02-01", "--to", "2026-02-01"])
        .assert()
        .success();
}
