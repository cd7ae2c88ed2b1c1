//! `duebook customer …` run as an operator would: every command, every
//! format, and the wrong inputs, each leaving the database as it was.

mod common;

use common::Books;
use predicates::prelude::*;
use predicates::str::contains;

/// A database with three customers of different kinds.
fn sample() -> Books {
    let books = Books::init();
    books
        .run(&[
            "customer",
            "add",
            "ACME-7",
            "--name",
            "Acme Tools",
            "--terms",
            "net-30",
            "--opening",
            "receivable:1250.50",
            "--opening-date",
            "2025-12-31",
            "--location",
            "North",
            "--billing-name",
            "Acme Tools Ltd",
            "--billing-email",
            "ap@acme.example",
            "--billing-phone",
            "+1 (555) 010-2030",
            "--billing-city",
            "Springfield",
            "--tag",
            "VIP",
            "--tag",
            "wholesale",
            "--credit-limit",
            "1000",
            "--registered",
            "2025-06-01",
        ])
        .assert()
        .success();
    books
        .run(&[
            "customer",
            "add",
            "bolt",
            "--name",
            "Bolt & Nut, Inc.",
            "--status",
            "inactive",
            "--opening",
            "payable:40",
            "--location",
            "south",
            "--billing-email",
            "Accounts@Bolt.example",
        ])
        .assert()
        .success();
    books
        .run(&[
            "customer",
            "add",
            "Café-Ünï",
            "--name",
            "Café Ünï",
            "--shipping-phone",
            "020 7946 0000",
        ])
        .assert()
        .success();
    books
}

#[test]
fn add_then_show_prints_every_field_and_the_balances() {
    let books = sample();
    let json = books.stdout(&["customer", "show", "acme-7", "--format", "json"]);
    assert_eq!(
        json,
        concat!(
            r#"{"contact_id":"ACME-7","status":"active","name":"Acme Tools","terms":"net-30","#,
            r#""opening_type":"receivable","opening_amount":"1250.50","opening_date":"2025-12-31","#,
            r#""location":"North","billing_name":"Acme Tools Ltd","billing_email":"ap@acme.example","#,
            r#""billing_phone":"+1 (555) 010-2030","billing_address":null,"billing_city":"Springfield","#,
            r#""billing_region":null,"billing_postal_code":null,"billing_country":null,"#,
            r#""shipping_name":null,"shipping_phone":null,"shipping_address":null,"shipping_city":null,"#,
            r#""shipping_region":null,"shipping_postal_code":null,"shipping_country":null,"#,
            r#""tags":["vip","wholesale"],"credit_limit":"1000.00","note":null,"registered":"2025-06-01","#,
            r#""balance_type":"receivable","current_balance":"1250.50","unused_balance":"0.00","#,
            r#""over_limit":true,"contacts":[],"latest_entries":[{"date":"2025-12-31","kind":"opening","#,
            r#""number":"opening","amount":"1250.50","open_amount":"1250.50","status":"open"}]}"#,
            "\n"
        )
    );
    let csv = books.stdout(&["customer", "show", "bolt", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("contact_id,status,name,terms,opening_type")
    );
    let row = lines.next().unwrap();
    assert!(
        row.starts_with(
            "bolt,inactive,\"Bolt & Nut, Inc.\",due-on-receipt,payable,40.00,2026-03-15,"
        ),
        "{row}"
    );
    assert!(
        row.ends_with(",2026-03-15,payable,40.00,40.00,false"),
        "{row}"
    );
    let table = books.stdout(&["customer", "show", "Café-ÜNÏ"]);
    assert!(table.contains("Café Ünï"), "{table}");
}

#[test]
fn list_shows_everyone_with_a_status_column_in_a_stable_order() {
    let books = sample();
    assert_eq!(
        books.stdout(&["customer", "list", "--format", "csv"]),
        "contact_id,status,name,billing_email,billing_phone,terms,location,balance_type,current_balance\n\
         ACME-7,active,Acme Tools,ap@acme.example,+1 (555) 010-2030,net-30,North,receivable,1250.50\n\
         bolt,inactive,\"Bolt & Nut, Inc.\",Accounts@Bolt.example,,due-on-receipt,south,payable,40.00\n\
         Café-Ünï,active,Café Ünï,,,due-on-receipt,,zero,0.00\n"
    );
    let table = books.stdout(&["customer", "list"]);
    assert!(table.lines().next().unwrap().contains("contact_id"));
    assert_eq!(table.lines().count(), 5, "{table}");
}

#[test]
fn list_filters_combine() {
    let books = sample();
    let ids = |args: &[&str]| {
        let mut full = vec![
            "customer",
            "list",
            "--format",
            "csv",
            "--columns",
            "contact_id",
        ];
        full.extend_from_slice(args);
        books
            .stdout(&full)
            .lines()
            .skip(1)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&["--phone", "5550102030"]), ["ACME-7"]);
    assert_eq!(ids(&["--phone", "0102030"]), ["ACME-7"]);
    assert_eq!(ids(&["--phone", "(555) 010"]), ["ACME-7"]);
    assert_eq!(ids(&["--query", "7946"]), ["Café-Ünï"]);
    assert_eq!(ids(&["--query", "BOLT.example"]), ["bolt"]);
    assert_eq!(ids(&["--query", "café ü"]), ["Café-Ünï"]);
    assert_eq!(ids(&["--name", "TOOLS LTD"]), ["ACME-7"]);
    assert_eq!(ids(&["--email", "accounts@"]), ["bolt"]);
    assert_eq!(ids(&["--id", "E-7"]), ["ACME-7"]);
    assert_eq!(ids(&["--status", "inactive"]), ["bolt"]);
    assert_eq!(ids(&["--status", "active"]), ["ACME-7", "Café-Ünï"]);
    assert_eq!(ids(&["--tag", "vip"]), ["ACME-7"]);
    assert_eq!(ids(&["--location", "SOUTH"]), ["bolt"]);
    assert_eq!(ids(&["--registered-to", "2025-12-31"]), ["ACME-7"]);
    assert_eq!(
        ids(&["--registered-from", "2026-01-01", "--status", "active"]),
        ["Café-Ünï"]
    );
    assert_eq!(ids(&["--balance", "receivable"]), ["ACME-7"]);
    assert_eq!(ids(&["--balance", "payable"]), ["bolt"]);
    assert_eq!(ids(&["--balance", "zero"]), ["Café-Ünï"]);
    assert_eq!(ids(&["--over-limit"]), ["ACME-7"]);
    assert!(ids(&["--tag", "vip", "--status", "inactive"]).is_empty());
}

#[test]
fn list_sorts_limits_and_chooses_columns() {
    let books = sample();
    assert_eq!(
        books.stdout(&[
            "customer",
            "list",
            "--format",
            "csv",
            "--columns",
            "contact_id,current_balance",
            "--sort",
            "current_balance",
            "--desc",
            "--limit",
            "2",
        ]),
        "contact_id,current_balance\nACME-7,1250.50\nCafé-Ünï,0.00\n"
    );
    // The balance sorts signed: receivable above zero above payable.
    assert_eq!(
        books.stdout(&[
            "customer",
            "list",
            "--format",
            "csv",
            "--columns",
            "contact_id",
            "--sort",
            "current_balance",
        ]),
        "contact_id\nbolt\nCafé-Ünï\nACME-7\n"
    );
    assert_eq!(
        books.stdout(&[
            "customer",
            "list",
            "--format",
            "jsonl",
            "--columns",
            "contact_id,tags",
            "--tag",
            "vip"
        ]),
        "{\"contact_id\":\"ACME-7\",\"tags\":[\"vip\",\"wholesale\"]}\n"
    );
    books
        .run(&["customer", "list", "--sort", "colour"])
        .assert()
        .code(2)
        .stderr(contains("cannot sort by `colour`"));
    books
        .run(&["customer", "list", "--columns", "contact_id,colour"])
        .assert()
        .code(2)
        .stderr(contains("unknown column `colour`"));
}

#[test]
fn an_empty_result_is_success_with_a_note() {
    let books = sample();
    books
        .run(&["customer", "list", "--name", "nobody"])
        .assert()
        .success()
        .stdout("")
        .stderr("no customers match\n");
    books
        .run(&["customer", "list", "--name", "nobody", "--format", "json"])
        .assert()
        .success()
        .stdout("[]\n");
    books
        .run(&["--quiet", "customer", "list", "--name", "nobody"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn output_piped_into_head_ends_quietly() {
    let books = Books::init();
    for i in 0..300 {
        books
            .run(&[
                "--quiet",
                "customer",
                "add",
                &format!("C{i:04}"),
                "--name",
                &"long name ".repeat(20),
            ])
            .assert()
            .success();
    }
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' --format csv customer list | head -1",
            assert_cmd::cargo::cargo_bin("duebook").display()
        ))
        .env("DUEBOOK_DB", books.db())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("contact_id,status"), "{stdout}");
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    // The binary's own status, checked without the shell's pipeline rules.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("duebook"))
        .args(["--format", "csv", "customer", "list"])
        .env("DUEBOOK_DB", books.db())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert!(status.success(), "{status:?} {stderr}");
    assert_eq!(stderr, "");
}

/// Each wrong input gets one clear line, its exit status, and no change.
#[test]
fn wrong_inputs_are_refused_and_change_nothing() {
    let books = sample();
    let before = books.snapshot();
    let long_id = "x".repeat(65);
    books.refuses(&["customer", "add", ""], 65, "the contact id is empty");
    books.refuses(&["customer", "add", " "], 65, "the contact id is empty");
    books.refuses(
        &["customer", "add", &long_id],
        65,
        "is 65 characters long; the most is 64",
    );
    books.refuses(
        &["customer", "add", "acme-7"],
        65,
        "contact id `acme-7` is already taken by customer `ACME-7`",
    );
    books.refuses(
        &["customer", "add", "N", "--terms", "net-400"],
        65,
        "--terms: unknown payment terms `net-400`",
    );
    books.refuses(
        &["customer", "add", "N", "--terms", "fortnightly"],
        65,
        "unknown payment terms `fortnightly`",
    );
    books.refuses(
        &["customer", "add", "N", "--opening", "receivable:12.345"],
        65,
        "--opening: amount `12.345` has 3 decimals; USD allows at most 2",
    );
    books.refuses(
        &["customer", "add", "N", "--opening", "receivable:-5"],
        65,
        "amount `-5` is negative",
    );
    books.refuses(
        &["customer", "add", "N", "--opening", "owed:5"],
        65,
        "unknown balance type `owed`",
    );
    books.refuses(
        &["customer", "add", "N", "--opening", "receivable:1,000"],
        65,
        "thousands separators",
    );
    books.refuses(
        &["customer", "add", "N", "--billing-email", "ap.acme.example"],
        65,
        "--billing-email: email `ap.acme.example` is not an address",
    );
    books.refuses(
        &["customer", "add", "N", "--billing-phone", "call me"],
        65,
        "--billing-phone: phone `call me` is not a phone number",
    );
    books.refuses(
        &["customer", "add", "N", "--registered", "2026-02-30"],
        65,
        "--registered: date `2026-02-30` does not exist in the calendar",
    );
    books.refuses(
        &["customer", "add", "N", "--registered", "15/03/2026"],
        65,
        "is not written YYYY-MM-DD",
    );
    books.refuses(
        &["customer", "add", "N", "--opening-date", "2026-01-01"],
        65,
        "has no opening balance to date",
    );
    books.refuses(
        &["customer", "add", "N", "--status", "closed"],
        65,
        "unknown status `closed`",
    );
    books.refuses(
        &["customer", "add", "N", "--tag", "two words"],
        65,
        "is not one word",
    );
    books.refuses(
        &["customer", "add", "N", "--credit-limit", "1e3"],
        65,
        "--credit-limit: amount `1e3` is not a number",
    );
    books.refuses(
        &["customer", "add", "N", "--name", "bell\u{7}"],
        65,
        "control character",
    );
    books.refuses(
        &["customer", "show", "NOPE"],
        66,
        "no customer has the contact id `NOPE`",
    );
    books.refuses(
        &["customer", "edit", "NOPE", "--name", "x"],
        66,
        "no customer has the contact id `NOPE`",
    );
    books.refuses(
        &["customer", "delete", "NOPE", "--yes"],
        66,
        "no customer has the contact id `NOPE`",
    );
    books.refuses(
        &["customer", "edit", "bolt", "--id", "Acme-7"],
        65,
        "contact id `Acme-7` is already taken",
    );
    books.refuses(
        &["customer", "edit", "bolt", "--billing-email", "nope@"],
        65,
        "is not an address",
    );
    books.refuses(
        &["customer", "edit", "bolt"],
        2,
        "nothing to change for `bolt`",
    );
    books.refuses(
        &["customer", "edit", "bolt", "--clear", "colour"],
        2,
        "--clear colour: no such field",
    );
    books.refuses(
        &["customer", "edit", "bolt", "--clear", "terms"],
        2,
        "always has a value",
    );
    books.refuses(
        &["customer", "delete", "ACME-7", "--yes"],
        1,
        "customer `ACME-7` has an opening balance of receivable 1250.50",
    );
    books.refuses(
        &["customer", "list", "--registered-from", "2026-13-01"],
        65,
        "--registered-from: date `2026-13-01` does not exist",
    );
    books.refuses(
        &["customer", "list", "--phone", "abc"],
        65,
        "--phone: `abc` has no digits",
    );
    books.refuses(
        &["customer", "contact", "add", "NOPE", "--name", "Jo"],
        66,
        "no customer has the contact id `NOPE`",
    );
    books.refuses(
        &["customer", "contact", "add", "bolt"],
        2,
        "needs at least one of",
    );
    books.refuses(
        &["customer", "contact", "remove", "bolt", "99"],
        66,
        "customer `bolt` has no contact number 99",
    );
    assert!(
        books.snapshot() == before,
        "a refused command changed the database"
    );
}

#[test]
fn edit_changes_renames_clears_and_untags() {
    let books = sample();
    books
        .run(&[
            "customer",
            "edit",
            "ACME-7",
            "--id",
            "ACME-8",
            "--name",
            "Acme Tools 2",
            "--terms",
            "day-5-next",
            "--untag",
            "vip",
            "--tag",
            "export",
            "--clear",
            "billing_city",
            "--clear",
            "credit-limit",
            "--shipping-country",
            "Deutschland",
        ])
        .assert()
        .success()
        .stderr("updated customer `ACME-8`\n");
    books.run(&["customer", "show", "ACME-7"]).assert().code(66);
    let row = books.stdout(&[
        "customer",
        "list",
        "--format",
        "csv",
        "--id",
        "acme-8",
        "--columns",
        "contact_id,name,terms,tags,billing_city,credit_limit,shipping_country,current_balance",
    ]);
    assert_eq!(
        row.lines().nth(1).unwrap(),
        "ACME-8,Acme Tools 2,day-5-next,export;wholesale,,,Deutschland,1250.50"
    );
    books
        .run(&["customer", "edit", "acme-8", "--id", "acme-8"])
        .assert()
        .success()
        .stderr("updated customer `acme-8`\n");
    books
        .run(&["customer", "edit", "acme-8", "--name", "Acme Tools 2"])
        .assert()
        .success()
        .stderr(contains("nothing changed"));
    books
        .run(&["customer", "edit", "acme-8", "--untag", "missing"])
        .assert()
        .success()
        .stderr(contains("has no tag `missing`"));
    books
        .run(&["customer", "edit", "acme-8", "--clear", "opening"])
        .assert()
        .success();
    books
        .run(&["customer", "delete", "acme-8", "--yes"])
        .assert()
        .success();
}

#[test]
fn delete_asks_first_and_needs_yes_without_a_terminal() {
    let books = sample();
    books
        .run(&["customer", "delete", "Café-Ünï"])
        .assert()
        .code(2)
        .stderr(contains("needs confirmation").and(contains("add --yes")));
    books
        .run(&["customer", "show", "café-ünï"])
        .assert()
        .success();
    books
        .run(&["customer", "delete", "café-ünï", "--yes"])
        .assert()
        .success()
        .stderr("deleted customer `Café-Ünï`\n");
    books
        .run(&["customer", "show", "Café-Ünï"])
        .assert()
        .code(66);
}

#[test]
fn delete_refuses_a_customer_with_entries() {
    let books = sample();
    books.run(&["customer", "add", "TRADER"]).assert().success();
    books
        .run(&["invoice", "add", "trader", "100"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "trader", "100"])
        .assert()
        .success();
    books
        .run(&["invoice", "void", "INV-000002"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "trader", "150"])
        .assert()
        .success();
    books
        .run(&["refund", "add", "trader", "50"])
        .assert()
        .success();
    let before = books.snapshot();
    books
        .run(&["customer", "delete", "trader", "--yes"])
        .assert()
        .code(1)
        .stderr(
            "error: customer `TRADER` has 2 invoices, 1 payment and 1 refund, so it cannot be \
             deleted; mark it inactive instead (`duebook customer edit TRADER --status inactive`)\n",
        );
    assert!(books.snapshot() == before);
    books
        .run(&["customer", "show", "trader"])
        .assert()
        .success();
}

#[test]
fn contacts_are_added_listed_shown_and_removed() {
    let books = sample();
    books
        .run(&[
            "customer",
            "contact",
            "add",
            "bolt",
            "--name",
            "Jo Park",
            "--role",
            "buyer",
            "--email",
            "jo@bolt.example",
        ])
        .assert()
        .success()
        .stderr(contains("added contact 1 to customer `bolt`"));
    books
        .run(&["customer", "contact", "add", "bolt", "--phone", "555 0199"])
        .assert()
        .success();
    assert_eq!(
        books.stdout(&["customer", "contact", "list", "BOLT", "--format", "csv"]),
        "number,name,role,email,phone\n1,Jo Park,buyer,jo@bolt.example,\n2,,,,555 0199\n"
    );
    let json = books.stdout(&["customer", "show", "bolt", "--format", "json"]);
    assert!(json.contains(r#""contacts":[{"number":1,"name":"Jo Park","role":"buyer","email":"jo@bolt.example","phone":null}"#), "{json}");
    let ids = books.stdout(&[
        "customer",
        "list",
        "--query",
        "jo@bolt",
        "--format",
        "csv",
        "--columns",
        "contact_id",
    ]);
    assert_eq!(ids, "contact_id\nbolt\n");
    books
        .run(&["customer", "contact", "remove", "bolt", "1"])
        .assert()
        .success();
    assert_eq!(
        books.stdout(&["customer", "contact", "list", "bolt", "--format", "csv"]),
        "number,name,role,email,phone\n2,,,,555 0199\n"
    );
    books
        .run(&["customer", "contact", "add", "bolt", "--email", "bad"])
        .assert()
        .code(65)
        .stderr(contains("--email: email `bad` is not an address"));
}

#[test]
fn duplicates_are_listed_in_groups_with_the_reason() {
    let books = sample();
    books
        .run(&[
            "customer",
            "add",
            "acme-tools",
            "--name",
            "ACME tools!",
            "--billing-email",
            "AP@ACME.example",
            "--registered",
            "2026-01-01",
        ])
        .assert()
        .success();
    books
        .run(&[
            "customer",
            "add",
            "bolt-2",
            "--billing-phone",
            "555-010-2030",
        ])
        .assert()
        .success();
    assert_eq!(
        books.stdout(&["customer", "duplicates", "--format", "csv"]),
        "group,reason,shared,contact_id,name,billing_name,billing_email,billing_phone,registered\n\
         1,email,ap@acme.example,ACME-7,Acme Tools,Acme Tools Ltd,ap@acme.example,+1 (555) 010-2030,2025-06-01\n\
         1,email,ap@acme.example,acme-tools,ACME tools!,,AP@ACME.example,,2026-01-01\n\
         2,name,acmetools,ACME-7,Acme Tools,Acme Tools Ltd,ap@acme.example,+1 (555) 010-2030,2025-06-01\n\
         2,name,acmetools,acme-tools,ACME tools!,,AP@ACME.example,,2026-01-01\n"
    );
    let fresh = Books::init();
    fresh.run(&["customer", "add", "solo"]).assert().success();
    fresh
        .run(&["customer", "duplicates"])
        .assert()
        .success()
        .stdout("")
        .stderr("no likely duplicates found\n");
}

/// The contact ids `customer list` prints for `filter`, one line each.
fn found(books: &Books, filter: &[&str]) -> String {
    let mut args = vec![
        "customer",
        "list",
        "--format",
        "csv",
        "--columns",
        "contact_id",
    ];
    args.extend_from_slice(filter);
    books
        .stdout(&args)
        .lines()
        .skip(1)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn text_search_follows_every_write_and_check_guards_its_index() {
    let books = Books::init();
    for args in [
        vec![
            "customer",
            "add",
            "ACME-1",
            "--name",
            "Granite Wörks",
            "--billing-email",
            "AP@Granite.example",
        ],
        vec!["customer", "add", "BOLT", "--name", "Bolt"],
        vec!["customer", "add", "GONE", "--name", "Granular"],
        vec![
            "customer",
            "contact",
            "add",
            "BOLT",
            "--name",
            "Quarry Person",
            "--phone",
            "555 0199",
        ],
    ] {
        books.run(&args).assert().success();
    }
    assert_eq!(found(&books, &["--name", "GRAN"]), "ACME-1 GONE");
    assert_eq!(found(&books, &["--name", "ite wö"]), "ACME-1");
    assert_eq!(found(&books, &["--email", "granite.EXAMPLE"]), "ACME-1");
    assert_eq!(found(&books, &["--query", "quarry"]), "BOLT");
    assert_eq!(found(&books, &["--query", "555-0199"]), "BOLT");
    // Under three characters the index cannot help; the filter still works.
    assert_eq!(found(&books, &["--name", "bo"]), "BOLT");

    books
        .run(&[
            "customer",
            "edit",
            "ACME-1",
            "--name",
            "Marble Works",
            "--id",
            "ZED-9",
        ])
        .assert()
        .success();
    books
        .run(&["customer", "delete", "GONE", "--yes"])
        .assert()
        .success();
    books
        .run(&["bulk", "merge", "--into", "ZED-9", "BOLT", "--yes"])
        .assert()
        .success();
    assert_eq!(found(&books, &["--name", "granite"]), "");
    assert_eq!(
        found(&books, &["--query", "granite"]),
        "ZED-9",
        "the billing email stays"
    );
    assert_eq!(found(&books, &["--name", "gran"]), "");
    assert_eq!(found(&books, &["--name", "marble"]), "ZED-9");
    assert_eq!(found(&books, &["--id", "zed"]), "ZED-9");
    assert_eq!(
        found(&books, &["--query", "quarry"]),
        "ZED-9",
        "the contact moved"
    );
    books.run(&["check"]).assert().success();

    // Texts changed outside duebook are found, and built again.
    let conn = rusqlite::Connection::open(books.db()).unwrap();
    conn.execute(
        "UPDATE customers SET name = 'Slate' WHERE contact_key = 'zed-9'",
        [],
    )
    .unwrap();
    drop(conn);
    books
        .run(&["check", "--format", "csv"])
        .assert()
        .code(1)
        .stdout(contains("search-index,ZED-9"));
    books.run(&["check", "--repair"]).assert().success();
    assert_eq!(found(&books, &["--name", "slate"]), "ZED-9");
}

/// A limited search reads the first customers in order before it asks the
/// search index; whichever way it goes, it lists what the whole listing
/// starts with.
#[test]
fn limited_searches_list_the_first_matches_of_all() {
    let books = Books::init();
    // 3,000 customers: every seventh a "Granite" mill, one a "Quartz"
    // works far down the order, every third inactive.
    let mut csv = String::from("contact_id,name,status\n");
    for i in 0..3000 {
        let name = match i {
            2900 => "Quartz Works".to_string(),
            _ if i % 7 == 0 => format!("Granite Mill {i}"),
            _ => format!("Plain Shop {i}"),
        };
        let status = if i % 3 == 0 { "inactive" } else { "active" };
        csv.push_str(&format!("C{i:05},{name},{status}\n"));
    }
    let path = books.dir().join("many.csv");
    std::fs::write(&path, csv).unwrap();
    books
        .run(&["import", "customers", path.to_str().unwrap()])
        .assert()
        .success();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["customer", "list", "--format", "csv"];
        all.extend_from_slice(args);
        books
            .stdout(&all)
            .lines()
            .skip(1)
            .map(|line| line.split(',').next().unwrap().to_string())
            .collect()
    };
    for search in [
        vec!["--name", "granite"],
        vec!["--query", "granite"],
        vec!["--name", "quartz"],
        vec!["--query", "mill", "--status", "inactive"],
        vec!["--query", "mill", "--desc"],
    ] {
        let whole = ids(&search);
        assert!(!whole.is_empty(), "{search:?} matched nothing");
        let mut limited = search.clone();
        limited.extend(["--limit", "5"]);
        let first = ids(&limited);
        assert_eq!(first, whole[..whole.len().min(5)], "{search:?}");
    }
    assert_eq!(ids(&["--name", "quartz", "--limit", "5"]), ["C02900"]);
    let inactive = ids(&["--query", "mill", "--status", "inactive", "--limit", "3"]);
    assert_eq!(inactive, ["C00000", "C00021", "C00042"]);
}
