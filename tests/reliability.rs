//! Reliability: concurrent use, a busy database, read-only and full disks,
//! file modes under any umask, backups while others write, hostile text,
//! and amounts at the edge of what is supported.
//!
//! Tests that need to mount a filesystem (tmpfs, a read-only bind mount)
//! run where the test runs as root with mount allowed, as CI does, and say
//! so and pass where it cannot.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::Books;
use predicates::prelude::*;
use predicates::str::contains;

fn duebook(db: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("duebook"));
    cmd.env("DUEBOOK_DB", db)
        .env("DUEBOOK_TODAY", common::TODAY)
        .stdin(Stdio::null());
    cmd
}

#[test]
fn a_busy_database_fails_with_75_after_the_wait_and_reports_still_read() {
    let books = Books::init();
    books.run(&["customer", "add", "A"]).assert().success();
    let holder = rusqlite::Connection::open(books.db()).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO settings VALUES ('held', 'x');")
        .unwrap();
    books
        .run(&["invoice", "add", "A", "5"])
        .env("DUEBOOK_BUSY_WAIT_MS", "200")
        .assert()
        .code(75)
        .stderr(contains("the database is busy").and(contains("try again")));
    books
        .run(&["receivables", "--format", "csv"])
        .assert()
        .success();
    holder.execute_batch("ROLLBACK").unwrap();
    books.run(&["invoice", "add", "A", "5"]).assert().success();
}

#[test]
fn processes_creating_one_database_at_once_migrate_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.sqlite3");
    let children: Vec<_> = (0..8)
        .map(|i| {
            duebook(&db)
                .args(["customer", "add", &format!("C{i}")])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, duebook::store::LATEST_VERSION);
    let customers: i64 = conn
        .query_row("SELECT count(*) FROM customers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(customers, 8);
    let currency: i64 = conn
        .query_row(
            "SELECT count(*) FROM settings WHERE key = 'currency'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(currency, 1);
}

/// Two importers, an operator adding payments and a report every 100 ms,
/// all at once: every command succeeds, nothing is lost.
fn concurrent_work(files: usize, rows: usize, payments: usize) -> usize {
    let books = Books::init();
    for id in ["IMP", "OPS"] {
        books.run(&["customer", "add", id]).assert().success();
    }
    books
        .run(&["invoice", "add", "OPS", &format!("{payments}")])
        .assert()
        .success();
    let db = books.db().to_path_buf();
    let mut paths: Vec<PathBuf> = Vec::new();
    for f in 0..files * 2 {
        let mut text = String::from("kind,number,contact_id,date,amount\n");
        for r in 0..rows {
            text.push_str(&format!("invoice,F{f}-{r},IMP,2026-03-01,1.00\n"));
        }
        let path = books.dir().join(format!("f{f}.csv"));
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    let importer = |mine: Vec<PathBuf>| {
        let db = db.clone();
        std::thread::spawn(move || {
            for path in mine {
                let out = duebook(&db)
                    .args(["import", "entries"])
                    .arg(&path)
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let (first, second) = paths.split_at(files);
    let importers = [importer(first.to_vec()), importer(second.to_vec())];
    let operator = {
        let db = db.clone();
        std::thread::spawn(move || {
            for _ in 0..payments {
                let out = duebook(&db)
                    .args(["payment", "add", "OPS", "1"])
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let mut reports = 0;
    while !(operator.is_finished() && importers.iter().all(|i| i.is_finished())) {
        let out = duebook(&db)
            .args(["receivables", "--totals", "--format", "csv"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "a report failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        reports += 1;
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    operator.join().unwrap();
    for importer in importers {
        importer.join().unwrap();
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let imported: i64 = conn
        .query_row(
            "SELECT count(*) FROM entries WHERE number LIKE 'F%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        imported as usize,
        files * 2 * rows,
        "no imported row is lost"
    );
    let paid: i64 = conn
        .query_row(
            "SELECT count(*) FROM entries WHERE kind = 'payment'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(paid as usize, payments, "no payment is lost");
    let open: i64 = conn
        .query_row(
            "SELECT open_amount FROM entries WHERE number = 'INV-000001'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(open, 0, "every payment was applied exactly once");
    books.run(&["check"]).assert().success();
    assert!(reports > 0);
    files * 2 + payments
}

#[test]
fn importers_an_operator_and_reports_work_at_once() {
    assert!(concurrent_work(3, 200, 40) >= 46);
}

#[test]
#[ignore = "long: a thousand write transactions; run with --ignored"]
fn a_thousand_write_transactions_at_once() {
    let writes = concurrent_work(50, 100, 900);
    eprintln!("write transactions: {writes}; failures: 0");
}

/// Run a shell command as root may: mounts. `None` where it cannot.
fn try_mount(args: &[&str]) -> Option<()> {
    let status = Command::new("mount")
        .args(args)
        .stderr(Stdio::null())
        .status()
        .ok()?;
    status.success().then_some(())
}

fn umount(path: &Path) {
    let _ = Command::new("umount").arg(path).status();
}

#[test]
fn a_full_disk_fails_with_74_and_leaves_the_books_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mount = dir.path().join("small");
    std::fs::create_dir(&mount).unwrap();
    if try_mount(&[
        "-t",
        "tmpfs",
        "-o",
        "size=600k",
        "tmpfs",
        mount.to_str().unwrap(),
    ])
    .is_none()
    {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root and mount)");
        return;
    }
    let db = mount.join("books.sqlite3");
    let run = |args: &[&str]| duebook(&db).args(args).output().unwrap();
    assert!(run(&["customer", "add", "A"]).status.success());
    let mut text = String::from("kind,number,contact_id,date,amount,note\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "invoice,N-{i},A,2026-03-01,1.00,{}\n",
            "padding ".repeat(8)
        ));
    }
    let file = dir.path().join("big.csv");
    std::fs::write(&file, text).unwrap();
    let output = run(&["import", "entries", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let entries = run(&["invoice", "list", "--format", "csv"]);
    let check = run(&["check"]);
    umount(&mount);
    assert_eq!(output.status.code(), Some(74), "{stderr}");
    assert!(stderr.contains("full"), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&entries.stdout).lines().count(),
        1,
        "nothing was imported"
    );
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn a_read_only_database_reports_and_refuses_writes_clearly() {
    let books = Books::init();
    books
        .run(&["customer", "add", "A", "--opening", "receivable:5"])
        .assert()
        .success();
    let view = books.dir().join("view");
    std::fs::create_dir(&view).unwrap();
    let source = books.dir().to_str().unwrap().to_string();
    if try_mount(&["--bind", &source, view.to_str().unwrap()]).is_none() {
        eprintln!("skipped: cannot bind-mount here (needs root and mount)");
        return;
    }
    let remounted = try_mount(&["-o", "remount,bind,ro", view.to_str().unwrap()]);
    let db = view.join("books.sqlite3");
    let report = duebook(&db)
        .args(["receivables", "--format", "csv"])
        .output()
        .unwrap();
    let write = duebook(&db)
        .args(["customer", "add", "B"])
        .output()
        .unwrap();
    umount(&view);
    if remounted.is_none() {
        eprintln!("skipped: cannot remount read-only here");
        return;
    }
    assert!(
        report.status.success(),
        "{}",
        String::from_utf8_lossy(&report.stderr)
    );
    assert!(String::from_utf8_lossy(&report.stdout).contains(",opening,"));
    assert_eq!(write.status.code(), Some(74));
    assert!(String::from_utf8_lossy(&write.stderr).contains("cannot be written here"));
}

#[cfg(unix)]
#[test]
fn every_file_made_is_owner_only_under_any_umask() {
    use std::os::unix::fs::PermissionsExt;
    for umask in ["000", "022", "277"] {
        let books = Books::new();
        let dir = books.dir().to_str().unwrap().to_string();
        let bin = assert_cmd::cargo::cargo_bin("duebook");
        let script = format!(
            "umask {umask} && '{bin}' customer add A && printf 'contact_id,terms\\nB,weekly\\n' > in.csv \
             && '{bin}' import customers in.csv --skip-invalid --rejects rejects.csv \
             && '{bin}' export customers -o out.csv && '{bin}' backup copy.sqlite3",
            bin = bin.display()
        );
        let status = Command::new("sh")
            .arg("-c")
            .arg(&script)
            .current_dir(&dir)
            .env("DUEBOOK_DB", books.db())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "umask {umask}");
        for name in ["books.sqlite3", "rejects.csv", "out.csv", "copy.sqlite3"] {
            let mode = std::fs::metadata(books.dir().join(name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600, "{name} under umask {umask}");
        }
    }
}

#[test]
fn verbose_messages_name_the_database_and_no_personal_data() {
    let books = Books::init();
    books
        .run(&[
            "customer",
            "add",
            "A",
            "--billing-email",
            "secret@example.com",
            "--name",
            "Private Person",
        ])
        .assert()
        .success();
    let output = books
        .run(&["-vv", "customer", "list", "--format", "csv"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("using database"), "{stderr}");
    assert!(
        !stderr.contains("secret@example.com") && !stderr.contains("Private Person"),
        "{stderr}"
    );
}

#[test]
fn a_backup_taken_while_another_process_writes_is_consistent() {
    let books = Books::init();
    books.run(&["customer", "add", "A"]).assert().success();
    let db = books.db().to_path_buf();
    let writer = std::thread::spawn(move || {
        for _ in 0..40 {
            let out = duebook(&db)
                .args(["invoice", "add", "A", "1"])
                .output()
                .unwrap();
            assert!(out.status.success());
        }
    });
    std::thread::sleep(std::time::Duration::from_millis(150));
    let committed_before: i64 = rusqlite::Connection::open(books.db())
        .unwrap()
        .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
        .unwrap();
    let copy = books.dir().join("copy.sqlite3");
    books
        .run(&["backup", copy.to_str().unwrap()])
        .assert()
        .success()
        .stderr(contains("backed up"));
    writer.join().unwrap();
    duebook(&copy).arg("check").assert_success();
    let in_copy: i64 = rusqlite::Connection::open(&copy)
        .unwrap()
        .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
        .unwrap();
    assert!(
        in_copy >= committed_before,
        "the copy holds every transaction committed before it began"
    );
    assert!(in_copy <= 40);
    books.refuses(
        &["backup", books.db().to_str().unwrap()],
        2,
        "cannot be the database itself",
    );
}

trait AssertSuccess {
    fn assert_success(&mut self);
}

impl AssertSuccess for Command {
    fn assert_success(&mut self) {
        let out = self.output().unwrap();
        assert!(
            out.status.success(),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn hostile_text_is_kept_literally_or_refused_clearly() {
    let books = Books::init();
    let long_note = "n".repeat(9_990);
    let literal = [
        ("Q1", "O'Brien \"Quotes\"; DROP TABLE customers;--"),
        ("Q2", "100%s %d {} $(rm -rf /)"),
        ("Q3", "\u{202e}right-to-left\u{200f} עברית"),
        ("Q4", "emoji 🧾💸 and 漢字"),
    ];
    for (id, name) in literal {
        books
            .run(&["customer", "add", id, "--name", name])
            .assert()
            .success();
    }
    books
        .run(&[
            "customer",
            "add",
            "Q5",
            "--note",
            &format!("tab\there\n{long_note}"),
        ])
        .assert()
        .success();
    books
        .run(&["customer", "add", "'; DELETE FROM entries; --"])
        .assert()
        .success();
    let csv = books.stdout(&[
        "customer",
        "list",
        "--format",
        "csv",
        "--columns",
        "contact_id,name",
    ]);
    for (_, name) in literal {
        assert!(
            csv.contains(name) || csv.contains(&name.replace('"', "\"\"")),
            "{name} in {csv}"
        );
    }
    let json = books.stdout(&["customer", "show", "q5", "--format", "json"]);
    assert!(
        json.contains(&long_note),
        "a 10,000-character note comes back whole"
    );
    books
        .run(&["customer", "add", "LONG", "--name", &"é".repeat(500)])
        .assert()
        .success();
    // Tables show control characters escaped, so columns stay in line.
    let table = books.stdout(&["customer", "show", "Q5"]);
    assert!(
        !table.contains('\t') && table.contains("tab\\there"),
        "{}",
        &table[..200.min(table.len())]
    );
    books.refuses(
        &["customer", "add", "BELL", "--name", "ring\u{7}"],
        65,
        "control character",
    );
    books.refuses(
        &["customer", "add", "ESC", "--name", "\u{1b}[31mred"],
        65,
        "control character",
    );
    books.refuses(
        &["customer", "add", "N", "--note", &"x".repeat(10_001)],
        65,
        "10001 characters long; the most is 10000",
    );
    books.refuses(&["customer", "add", "\u{1b}[2J"], 65, "control character");
    books.run(&["check"]).assert().success();
}

#[test]
fn amounts_at_the_edge_are_exact_and_beyond_it_refused() {
    let books = Books::init();
    books.run(&["customer", "add", "BIG"]).assert().success();
    books
        .run(&["invoice", "add", "BIG", "9999999999999.99"])
        .assert()
        .success();
    books
        .run(&["invoice", "add", "BIG", "9999999999999.99"])
        .assert()
        .success();
    books.refuses(
        &["invoice", "add", "BIG", "10000000000000.00"],
        65,
        "too large; the most accepted is 9999999999999.99",
    );
    books.refuses(
        &["invoice", "add", "BIG", "99999999999999999999999"],
        65,
        "too large",
    );
    books
        .run(&["payment", "add", "BIG", "9999999999999.99"])
        .assert()
        .success();
    assert_eq!(
        books.stdout(&[
            "customer",
            "list",
            "--format",
            "csv",
            "--columns",
            "current_balance"
        ]),
        "current_balance\n9999999999999.99\n"
    );
    books
        .run(&["receivables", "--aging", "--format", "csv"])
        .assert()
        .success()
        .stdout(contains("9999999999999.99"));
    books.run(&["check"]).assert().success();
}
