//! `duebook bulk …` and `duebook history`: selection, each action, the
//! refusals, dry runs, the confirmation rule, and the trail they leave.

mod common;

use common::Books;
use predicates::prelude::*;
use predicates::str::contains;

/// Five customers: two in North (one vip), two in South (one with an
/// opening balance), and one with an invoice.
fn books() -> Books {
    let books = Books::init();
    for args in [
        vec![
            "customer",
            "add",
            "A",
            "--location",
            "North",
            "--tag",
            "vip",
            "--name",
            "Alpha",
        ],
        vec![
            "customer",
            "add",
            "B",
            "--location",
            "North",
            "--credit-limit",
            "100",
        ],
        vec![
            "customer",
            "add",
            "C",
            "--location",
            "South",
            "--billing-email",
            "c@c.example",
        ],
        vec![
            "customer",
            "add",
            "D",
            "--location",
            "South",
            "--opening",
            "receivable:40",
        ],
        vec!["customer", "add", "E"],
        vec!["invoice", "add", "E", "25"],
    ] {
        books.run(&args).assert().success();
    }
    books
}

/// One column of `customer list` with extra arguments, as CSV cells.
fn column(books: &Books, args: &[&str], name: &str) -> Vec<String> {
    let mut full = vec!["customer", "list", "--format", "csv", "--columns", name];
    full.extend_from_slice(args);
    books
        .stdout(&full)
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect()
}

#[test]
fn filters_only_select_and_set_only_sets() {
    let books = books();
    books
        .run(&[
            "--format",
            "csv",
            "bulk",
            "update",
            "--location",
            "north",
            "--set",
            "location=South",
            "--yes",
        ])
        .assert()
        .success()
        .stdout("contact_id,field,before,after\nA,location,North,South\nB,location,North,South\n")
        .stderr("changed 2 customers of 2 selected; the others already had those values\n");
    assert_eq!(
        column(&books, &["--location", "south"], "contact_id"),
        ["A", "B", "C", "D"]
    );
}

#[test]
fn update_sets_every_field_and_tags() {
    let books = books();
    books
        .run(&[
            "--format", "csv", "bulk", "update", "A", "b", "--set", "status=inactive", "--set",
            "terms=net-15", "--set", "credit-limit=250.5", "--add-tag", "Export", "--remove-tag", "vip",
            "--yes",
        ])
        .assert()
        .success()
        .stdout(
            "contact_id,field,before,after\n\
             A,status,active,inactive\nA,terms,due-on-receipt,net-15\nA,credit_limit,,250.50\nA,tags,vip,export\n\
             B,status,active,inactive\nB,terms,due-on-receipt,net-15\nB,credit_limit,100.00,250.50\nB,tags,,export\n",
        );
    books
        .run(&[
            "bulk",
            "update",
            "B",
            "--set",
            "credit-limit=",
            "--set",
            "location=",
        ])
        .assert()
        .success();
    assert_eq!(
        column(&books, &["--id", "B"], "credit_limit,location,tags,status"),
        [",,export,inactive"]
    );
    books
        .run(&["bulk", "activate", "A", "B", "--yes"])
        .assert()
        .success();
    assert_eq!(
        column(&books, &["--status", "inactive"], "contact_id"),
        Vec::<String>::new()
    );
    books
        .run(&["bulk", "deactivate", "--tag", "export", "--yes"])
        .assert()
        .success();
    assert_eq!(
        column(&books, &["--status", "inactive"], "contact_id"),
        ["A", "B"]
    );
}

#[test]
fn ids_come_from_standard_input_plain_or_as_csv() {
    let books = books();
    books
        .run(&["bulk", "deactivate", "-", "--yes"])
        .write_stdin("  C \n\nD\n")
        .assert()
        .success()
        .stderr(contains("changed 2 customers of 2 selected"));
    let csv = books.stdout(&[
        "customer", "list", "--status", "inactive", "--format", "csv",
    ]);
    books
        .run(&["bulk", "update", "-", "--add-tag", "dormant", "--yes"])
        .write_stdin(csv)
        .assert()
        .success();
    assert_eq!(
        column(&books, &["--tag", "dormant"], "contact_id"),
        ["C", "D"]
    );
}

#[test]
fn unknown_ids_fail_the_whole_command_naming_each() {
    let books = books();
    let before = books.snapshot();
    books.refuses(
        &["bulk", "deactivate", "A", "NOPE", "B", "GONE", "--yes"],
        66,
        "no customer has the contact ids `NOPE`, `GONE`; nothing was changed",
    );
    assert!(books.snapshot() == before);
}

#[test]
fn a_selection_is_required_and_may_be_empty() {
    let books = books();
    books.refuses(
        &["bulk", "deactivate"],
        2,
        "select customers: give contact ids",
    );
    books.refuses(
        &["bulk", "deactivate", "A", "--all"],
        2,
        "--all selects every customer",
    );
    books
        .run(&["bulk", "deactivate", "--tag", "nobody"])
        .assert()
        .success()
        .stdout("")
        .stderr("no customers are selected; nothing was changed\n");
    books.refuses(&["bulk", "update", "A"], 2, "nothing to change");
    books.refuses(
        &["bulk", "update", "A", "--set", "colour=red"],
        2,
        "--set `colour`",
    );
    books.refuses(
        &["bulk", "update", "A", "--set", "terms=weekly"],
        65,
        "--set terms: unknown payment terms",
    );
    books.refuses(
        &["bulk", "update", "A", "--set", "credit-limit=1,000"],
        65,
        "--set credit-limit",
    );
    books.refuses(
        &["bulk", "update", "A", "--set", "location"],
        2,
        "write FIELD=VALUE",
    );
}

#[test]
fn more_than_one_customer_needs_confirmation_without_a_terminal() {
    let books = books();
    let before = books.snapshot();
    books.refuses(
        &["bulk", "deactivate", "A", "B"],
        2,
        "update 2 customers needs confirmation",
    );
    books.refuses(
        &["bulk", "delete", "A"],
        2,
        "delete 1 customer needs confirmation",
    );
    books.refuses(
        &["bulk", "merge", "--into", "A", "B"],
        2,
        "merge 1 customer into `A` needs confirmation",
    );
    assert!(books.snapshot() == before);
    books.run(&["bulk", "deactivate", "A"]).assert().success();
}

#[test]
fn dry_runs_show_the_change_and_leave_the_file_untouched() {
    let books = books();
    let before = books.snapshot();
    books
        .run(&[
            "--format",
            "csv",
            "bulk",
            "update",
            "--all",
            "--set",
            "terms=net-30",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(
            contains("A,terms,due-on-receipt,net-30")
                .and(contains("E,terms,due-on-receipt,net-30")),
        )
        .stderr("would change 5 customers of 5 selected; the others already had those values\n");
    books
        .run(&[
            "--format",
            "csv",
            "bulk",
            "delete",
            "--all",
            "--skip-blocked",
            "--dry-run",
        ])
        .assert()
        .success()
        .stderr("would delete 3 customers; kept 2 that hold entries\n");
    books
        .run(&[
            "--format",
            "csv",
            "bulk",
            "merge",
            "--into",
            "A",
            "B",
            "C",
            "--dry-run",
        ])
        .assert()
        .success()
        .stderr("would merge 2 customers into `A`; their contact ids now name it\n");
    assert!(books.snapshot() == before, "a dry run changed the database");
    assert_eq!(column(&books, &[], "terms"), ["due-on-receipt"; 5]);
}

#[test]
fn delete_is_blocked_by_entries_unless_skipped() {
    let books = books();
    books
        .run(&["--format", "csv", "bulk", "delete", "--all", "--yes"])
        .assert()
        .code(1)
        .stdout("contact_id,action,holds\nD,keep,an opening balance of receivable 40.00\nE,keep,1 invoice\n")
        .stderr(contains("2 customers of the 5 selected hold entries or an opening balance, so none was deleted"));
    assert_eq!(column(&books, &[], "contact_id").len(), 5);
    books
        .run(&[
            "--format",
            "csv",
            "bulk",
            "delete",
            "--all",
            "--skip-blocked",
            "--yes",
        ])
        .assert()
        .success()
        .stdout(
            "contact_id,action,holds\nA,delete,\nB,delete,\nC,delete,\n\
             D,keep,an opening balance of receivable 40.00\nE,keep,1 invoice\n",
        )
        .stderr("deleted 3 customers; kept 2 that hold entries\n");
    assert_eq!(column(&books, &[], "contact_id"), ["D", "E"]);
}

#[test]
fn merge_moves_everything_and_leaves_aliases() {
    let books = books();
    books
        .run(&[
            "customer",
            "add",
            "A2",
            "--opening",
            "receivable:60",
            "--registered",
            "2026-01-01",
            "--tag",
            "wholesale",
            "--billing-phone",
            "555 0101",
            "--note",
            "from the old system",
        ])
        .assert()
        .success();
    books
        .run(&["customer", "contact", "add", "A2", "--name", "Jo"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "A2", "300", "--date", "2026-02-01"])
        .assert()
        .success();
    books
        .run(&["payment", "add", "A2", "50", "--date", "2026-02-02"])
        .assert()
        .success();
    books.run(&["invoice", "add", "A", "70"]).assert().success();
    let total_before = books.stdout(&["receivables", "--totals", "--format", "csv"]);
    books
        .run(&[
            "--format", "csv", "bulk", "merge", "--into", "a", "A2", "D", "--yes",
        ])
        .assert()
        .success()
        .stdout(
            "source,target,entries,contacts,filled,tags,opening\n\
             A2,A,2,1,billing_phone;note,wholesale,receivable:60.00\n\
             D,A,0,0,,,receivable:40.00\n",
        );
    // Every old id still reaches the survivor.
    assert!(
        books
            .stdout(&["customer", "show", "a2", "--format", "json"])
            .starts_with("{\"contact_id\":\"A\"")
    );
    books
        .run(&["payment", "add", "A2", "5"])
        .assert()
        .success()
        .stderr(contains("from customer `A`"));
    assert_eq!(
        column(
            &books,
            &["--id", "A"],
            "opening_type,opening_amount,opening_date,tags,billing_phone,note,current_balance"
        ),
        ["receivable,100.00,2026-01-01,vip;wholesale,555 0101,from the old system,415.00"]
    );
    assert_eq!(
        books.stdout(&["customer", "contact", "list", "A", "--format", "csv"]),
        "number,name,role,email,phone\n1,Jo,,,\n"
    );
    assert_eq!(
        books
            .stdout(&["receivables", "--totals", "--format", "csv"])
            .lines()
            .count(),
        total_before.lines().count()
    );
    books.run(&["check"]).assert().success();
    // An old id cannot be taken again while it names the survivor.
    books.refuses(
        &["customer", "add", "a2"],
        65,
        "was merged into customer `A` and still names it",
    );
}

#[test]
fn merge_refuses_itself_an_alias_of_itself_twice_and_opposite_openings() {
    let books = books();
    books
        .run(&["bulk", "merge", "--into", "A", "B", "--yes"])
        .assert()
        .success();
    books
        .run(&["customer", "add", "P", "--opening", "payable:5"])
        .assert()
        .success();
    let before = books.snapshot();
    books.refuses(
        &["bulk", "merge", "--into", "A", "a", "--yes"],
        65,
        "cannot merge customer `A` into itself",
    );
    books.refuses(
        &["bulk", "merge", "--into", "A", "B", "--yes"],
        65,
        "(`B` names `A`)",
    );
    books.refuses(
        &["bulk", "merge", "--into", "C", "E", "e", "--yes"],
        65,
        "customer `e` is named twice",
    );
    books.refuses(
        &["bulk", "merge", "--into", "D", "P", "--yes"],
        1,
        "opening balances of opposite types",
    );
    books.refuses(
        &["bulk", "merge", "--into", "NOPE", "C", "--yes"],
        66,
        "no customer has the contact id `NOPE`",
    );
    assert!(books.snapshot() == before);
}

#[test]
fn history_records_who_did_what_and_follows_aliases() {
    let books = books();
    books
        .run(&["customer", "edit", "C", "--name", "Charlie"])
        .assert()
        .success();
    books
        .run(&["bulk", "merge", "--into", "A", "C", "--yes"])
        .assert()
        .success();
    let history = books.stdout(&["history", "c", "--format", "jsonl"]);
    let lines: Vec<&str> = history.lines().collect();
    // Newest first: the merge (survivor updated, alias, C deleted), the
    // edit, C's creation, and the survivor's own history.
    assert!(
        lines[0].contains(r#""record":"customer","action":"update","contact_id":"A""#),
        "{history}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(r#""record":"alias","action":"insert""#))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(r#""action":"delete","contact_id":"C""#))
    );
    let edit = lines
        .iter()
        .find(|l| l.contains("--name Charlie"))
        .expect("the edit is recorded");
    assert!(
        edit.contains(r#""user":"tester""#) && edit.contains(r#"\"name\":\"Charlie\""#),
        "{edit}"
    );
    // The survivor's own trail comes with it, back to its creation.
    assert!(
        lines
            .iter()
            .any(|l| l.contains(r#""action":"insert","contact_id":"C""#)),
        "{history}"
    );
    assert!(
        lines
            .last()
            .unwrap()
            .contains(r#""action":"insert","contact_id":"A""#),
        "{history}"
    );

    books
        .run(&["customer", "delete", "B", "--yes"])
        .assert()
        .success();
    let deleted = books.stdout(&["history", "B", "--format", "csv", "--limit", "1"]);
    assert!(deleted.contains("customer,delete,B,"), "{deleted}");
    assert!(
        deleted.contains(r#"""credit_limit"":""100.00"""#),
        "{deleted}"
    );
    books.refuses(
        &["history", "NEVER"],
        66,
        "no customer has, or had, the contact id `NEVER`",
    );
    let all = books.stdout(&["history", "--limit", "3", "--format", "csv"]);
    assert_eq!(all.lines().count(), 4);
}

#[test]
fn history_records_leave_empty_fields_out() {
    let books = books();
    books
        .run(&["customer", "edit", "C", "--clear", "billing-email"])
        .assert()
        .success();
    let history = books.stdout(&["history", "C", "--format", "jsonl", "--limit", "1"]);
    let change: serde_json::Value = serde_json::from_str(history.trim()).unwrap();
    let before = change["before"].as_str().unwrap();
    let after = change["after"].as_str().unwrap();
    // The email was there and is gone; fields never set appear in neither.
    assert!(
        before.contains(r#""billing_email":"c@c.example""#),
        "{before}"
    );
    assert!(!after.contains("billing_email"), "{after}");
    assert!(after.contains(r#""location":"South""#), "{after}");
    for record in [before, after] {
        assert!(!record.contains("null"), "{record}");
        assert!(!record.contains("shipping_city"), "{record}");
    }
}

#[test]
fn entries_and_applications_are_in_the_history() {
    let books = books();
    books
        .run(&["payment", "add", "E", "25", "--reference", "R-1"])
        .assert()
        .success();
    books
        .run(&["payment", "void", "PAY-000001"])
        .assert()
        .success();
    let history = books.stdout(&["history", "E", "--format", "csv"]);
    assert!(history.contains("entry,update,E,PAY-000001"), "{history}");
    assert!(
        history.contains("application,insert,E,PAY-000001"),
        "{history}"
    );
    assert!(history.contains(r#"""amount"":""25.00"""#), "{history}");
    assert!(history.contains("entry,insert,E,INV-000001"), "{history}");
}
