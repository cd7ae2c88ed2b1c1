//! Creating and finding the database: `init`, `--db`, `DUEBOOK_DB`, the data
//! directory, and the errors of a wrong path.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::Books;
use predicates::prelude::*;
use predicates::str::{contains, starts_with};

#[test]
fn init_creates_an_owner_only_database_with_its_currency() {
    let books = Books::new();
    books
        .run(&["init", "--currency", "jpy"])
        .assert()
        .success()
        .stdout("")
        .stderr(contains("created database").and(contains("(currency JPY)")));
    let mode = std::fs::metadata(books.db()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    books
        .run(&["customer", "add", "A", "--opening", "receivable:1.5"])
        .assert()
        .code(65)
        .stderr(contains("JPY has no minor units"));
    books
        .run(&["customer", "add", "A", "--opening", "receivable:1500"])
        .assert()
        .success();
    assert!(
        books
            .stdout(&["customer", "list", "--format", "csv"])
            .contains(",1500\n")
    );
}

#[test]
fn init_refuses_an_unknown_currency_and_an_existing_database() {
    let books = Books::new();
    books
        .run(&["init", "--currency", "ABC"])
        .assert()
        .code(65)
        .stderr("error: unknown currency `ABC`; give an ISO 4217 code such as USD, EUR or JPY\n");
    assert!(!books.db().exists());
    books.run(&["init"]).assert().success();
    books
        .run(&["init"])
        .assert()
        .code(1)
        .stderr(contains("already exists"));
}

#[test]
fn a_reading_command_never_creates_a_database() {
    let books = Books::new();
    books
        .run(&["customer", "list"])
        .assert()
        .code(66)
        .stdout("")
        .stderr(contains("does not exist; create it with `duebook init`"));
    assert!(!books.db().exists());
}

#[test]
fn commands_that_change_what_is_there_never_create_a_database() {
    let books = Books::new();
    for args in [
        vec!["check", "--repair"],
        vec!["customer", "delete", "ACME", "--yes"],
        vec!["bulk", "deactivate", "ACME", "--yes"],
    ] {
        books
            .run(&args)
            .assert()
            .code(66)
            .stderr(contains("does not exist; create it with `duebook init`"));
        assert!(!books.db().exists(), "{args:?}");
    }
}

#[test]
fn a_dry_run_import_checks_against_empty_books_without_creating_them() {
    let books = Books::new();
    let file = books.dir().join("customers.csv");
    std::fs::write(&file, "contact_id,terms\nA,net-30\nB,weekly\n").unwrap();
    let file = file.to_str().unwrap();
    books
        .run(&["import", "customers", file, "--dry-run"])
        .assert()
        .code(65)
        .stderr(
            contains("no database at")
                .and(contains("checking against empty books"))
                .and(contains("line 3, column `terms`")),
        );
    books
        .run(&[
            "import",
            "customers",
            file,
            "--dry-run",
            "--skip-invalid",
            "--rejects",
            "-",
        ])
        .assert()
        .success()
        .stdout(starts_with("contact_id,terms,reason\nB,weekly,"))
        .stderr(contains("inserted 1, updated 0, unchanged 0, rejected 1"));
    assert!(!books.db().exists());
}

#[test]
fn the_first_writing_command_creates_the_database_and_says_so() {
    let books = Books::new();
    books
        .run(&["customer", "add", "ACME"])
        .assert()
        .success()
        .stderr(contains("created database").and(contains("added customer `ACME`")));
    books
        .run(&["customer", "add", "OTHER"])
        .assert()
        .success()
        .stderr("added customer `OTHER`\n");
}

#[test]
fn a_directory_as_database_is_refused() {
    let books = Books::new();
    let dir = books.dir().to_str().unwrap();
    books
        .run(&["--db", dir, "customer", "list"])
        .assert()
        .code(66)
        .stderr(contains("is a directory"));
    books
        .run(&["--db", dir, "customer", "add", "A"])
        .assert()
        .code(66)
        .stderr(contains("is a directory"));
}

#[test]
fn a_missing_folder_is_not_created_for_an_explicit_path() {
    let books = Books::new();
    let path = books.dir().join("missing/books.sqlite3");
    books
        .run(&["--db", path.to_str().unwrap(), "customer", "add", "A"])
        .assert()
        .code(66)
        .stderr(contains("does not exist"));
    assert!(!path.exists());
}

#[test]
fn a_file_that_is_not_sqlite_is_refused() {
    let books = Books::new();
    std::fs::write(books.db(), "contact_id,name\nA,Acme\n".repeat(100)).unwrap();
    books
        .run(&["customer", "list"])
        .assert()
        .code(65)
        .stderr(contains("not a database"));
}

#[test]
fn the_environment_and_the_data_directory_locate_the_database() {
    let books = Books::new();
    let env_db = books.dir().join("from-env.sqlite3");
    let mut cmd = assert_cmd::Command::cargo_bin("duebook").unwrap();
    cmd.env("DUEBOOK_DB", &env_db)
        .env("XDG_DATA_HOME", books.dir().join("xdg"))
        .args(["customer", "add", "A"])
        .assert()
        .success();
    assert!(env_db.exists());

    let mut cmd = assert_cmd::Command::cargo_bin("duebook").unwrap();
    cmd.env_remove("DUEBOOK_DB")
        .env("XDG_DATA_HOME", books.dir().join("xdg"))
        .args(["customer", "add", "B"])
        .assert()
        .success();
    assert!(books.dir().join("xdg/duebook/duebook.sqlite3").exists());
}

#[test]
fn a_database_from_a_newer_duebook_is_refused() {
    let books = Books::init();
    let conn = rusqlite::Connection::open(books.db()).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    books
        .run(&["customer", "list"])
        .assert()
        .code(1)
        .stderr(contains("schema version 99, newer than this duebook knows"));
}

#[test]
fn a_bad_today_override_is_a_usage_error() {
    let books = Books::init();
    books
        .run(&["customer", "add", "A"])
        .env("DUEBOOK_TODAY", "2026-02-30")
        .assert()
        .code(2)
        .stderr(contains("DUEBOOK_TODAY"));
}

#[test]
fn unknown_commands_and_flags_are_usage_errors() {
    let books = Books::init();
    books.run(&["customer", "frobnicate"]).assert().code(2);
    books.run(&["customer", "list", "--bogus"]).assert().code(2);
}
