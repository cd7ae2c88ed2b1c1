//! Crash safety: duebook is killed with SIGKILL at many points while it
//! imports, applies a payment across many invoices, merges, bulk-deletes
//! and exports. After every kill the file passes SQLite's integrity and
//! foreign-key checks and `duebook check`, and the interrupted command's
//! effect is wholly there or wholly absent; an export file is the old one
//! or the complete new one.
//!
//! CI kills each scenario at a dozen points. The full run, 50 points each:
//!
//!     cargo test --release --test crash -- --ignored

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::Books;

/// The setup every scenario starts from, built once with the real binary.
struct Scenario {
    books: Books,
    /// A copy of the database before the command, to restore each time.
    pristine: PathBuf,
}

impl Scenario {
    fn new(setup: &[Vec<String>], files: &[(&str, String)]) -> Scenario {
        let books = Books::init();
        for (name, text) in files {
            std::fs::write(books.dir().join(name), text).unwrap();
        }
        for args in setup {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let output = books.run(&args).current_dir(books.dir()).output().unwrap();
            assert!(
                output.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let pristine = books.dir().join("pristine.sqlite3");
        std::fs::copy(books.db(), &pristine).unwrap();
        Scenario { books, pristine }
    }

    fn restore(&self) {
        let db = self.books.db();
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
        std::fs::copy(&self.pristine, db).unwrap();
    }

    /// Run `args` to the end once and say how long it takes.
    fn duration(&self, args: &[&str]) -> Duration {
        self.restore();
        let start = Instant::now();
        let status = self.command(args).status().unwrap();
        assert!(status.success(), "{args:?} must succeed when left alone");
        start.elapsed()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("duebook"));
        cmd.args(args)
            .current_dir(self.books.dir())
            .env("DUEBOOK_DB", self.books.db())
            .env("DUEBOOK_TODAY", common::TODAY)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    }

    /// Start `args`, kill it after `delay`, and return whether it had ended
    /// by itself first.
    fn kill_after(&self, args: &[&str], delay: Duration) -> bool {
        let mut child = self.command(args).spawn().unwrap();
        std::thread::sleep(delay);
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let _ = child.wait();
        finished
    }

    /// The file is sound: SQLite's own checks and duebook's rules.
    fn assert_sound(&self, context: &str) {
        let conn = rusqlite::Connection::open(self.books.db()).unwrap();
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "{context}");
        let broken: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(broken, 0, "{context}");
        drop(conn);
        let check = self.books.run(&["check"]).output().unwrap();
        assert!(
            check.status.success(),
            "{context}: {}",
            String::from_utf8_lossy(&check.stdout)
        );
    }

    fn count(&self, sql: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.books.db()).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

/// Kill `args` at `points` moments spread over its running time, restoring
/// the database before each; after each kill, the file must be sound and
/// `whole` must hold. Returns how many kills landed before the end.
fn torture(
    scenario: &Scenario,
    args: &[&str],
    points: u32,
    whole: impl Fn(&Scenario) -> Result<(), String>,
) -> u32 {
    let full = scenario.duration(args);
    whole(scenario).expect("the command's whole effect, when left to finish");
    let mut interrupted = 0;
    for point in 0..points {
        scenario.restore();
        // Spread over the run, from process start to a little past the end.
        let delay = full.mul_f64(f64::from(point) / f64::from(points) * 1.1);
        if !scenario.kill_after(args, delay) {
            interrupted += 1;
        }
        let context = format!("{args:?} killed after {delay:?}");
        scenario.assert_sound(&context);
        if let Err(why) = whole(scenario) {
            panic!("{context}: {why}");
        }
    }
    interrupted
}

fn all_or_nothing(value: i64, before: i64, after: i64, what: &str) -> Result<(), String> {
    if value == before || value == after {
        Ok(())
    } else {
        Err(format!(
            "{what} is {value}: neither {before} (nothing done) nor {after} (all done)"
        ))
    }
}

fn import_scenario() -> (Scenario, i64) {
    let rows = 4_000;
    let mut entries = String::from("kind,number,contact_id,date,amount\n");
    for i in 0..rows {
        entries.push_str(&format!(
            "invoice,F-{i},C{},2026-01-{:02},{}.50\n",
            i % 50,
            i % 28 + 1,
            i % 900 + 1
        ));
    }
    let mut customers = String::from("contact_id\n");
    for i in 0..50 {
        customers.push_str(&format!("C{i}\n"));
    }
    let setup = vec![vec![
        "import".into(),
        "customers".into(),
        "customers.csv".into(),
    ]];
    (
        Scenario::new(
            &setup,
            &[("customers.csv", customers), ("entries.csv", entries)],
        ),
        rows,
    )
}

fn payment_scenario() -> (Scenario, i64) {
    let invoices = 400;
    let mut entries = String::from("kind,number,contact_id,date,amount\n");
    for i in 0..invoices {
        entries.push_str(&format!("invoice,P-{i},PAYER,2026-02-01,1.00\n"));
    }
    let setup = vec![
        vec!["customer".into(), "add".into(), "PAYER".into()],
        vec!["import".into(), "entries".into(), "entries.csv".into()],
    ];
    (Scenario::new(&setup, &[("entries.csv", entries)]), invoices)
}

fn merge_scenario() -> Scenario {
    let mut entries = String::from("kind,number,contact_id,date,amount,applications\n");
    for i in 0..1_500 {
        let who = ["KEEP", "GO1", "GO2"][i % 3];
        entries.push_str(&format!(
            "invoice,M-{i},{who},2026-01-{:02},{}.00,\n",
            i % 28 + 1,
            i % 50 + 1
        ));
    }
    let setup = vec![
        vec![
            "customer".into(),
            "add".into(),
            "KEEP".into(),
            "--opening".into(),
            "receivable:5".into(),
        ],
        vec![
            "customer".into(),
            "add".into(),
            "GO1".into(),
            "--opening".into(),
            "receivable:7".into(),
        ],
        vec![
            "customer".into(),
            "add".into(),
            "GO2".into(),
            "--tag".into(),
            "old".into(),
        ],
        vec!["import".into(), "entries".into(), "entries.csv".into()],
    ];
    Scenario::new(&setup, &[("entries.csv", entries)])
}

fn delete_scenario() -> Scenario {
    let mut customers = String::from("contact_id,tags\n");
    for i in 0..3_000 {
        customers.push_str(&format!("EMPTY{i},gone\n"));
    }
    let setup = vec![
        vec!["import".into(), "customers".into(), "customers.csv".into()],
        vec![
            "customer".into(),
            "add".into(),
            "STAYS".into(),
            "--tag".into(),
            "gone".into(),
            "--opening".into(),
            "payable:3".into(),
        ],
    ];
    Scenario::new(&setup, &[("customers.csv", customers)])
}

fn run_all(points: u32) -> u32 {
    let mut interrupted = 0;

    let (scenario, rows) = import_scenario();
    let before = scenario.count("SELECT count(*) FROM entries");
    interrupted += torture(
        &scenario,
        &["import", "entries", "entries.csv"],
        points,
        |s| {
            all_or_nothing(
                s.count("SELECT count(*) FROM entries"),
                before,
                before + rows,
                "the entry count",
            )
        },
    );

    let (scenario, invoices) = payment_scenario();
    interrupted += torture(
        &scenario,
        &["payment", "add", "PAYER", &invoices.to_string()],
        points,
        |s| {
            let payments = s.count("SELECT count(*) FROM entries WHERE kind = 'payment'");
            let applied = s.count("SELECT count(*) FROM applications");
            let open =
                s.count("SELECT count(*) FROM entries WHERE kind = 'invoice' AND open_amount > 0");
            match (payments, applied, open) {
                (0, 0, n) if n == invoices => Ok(()),
                (1, n, 0) if n == invoices => Ok(()),
                other => Err(format!("payments, applications, open invoices: {other:?}")),
            }
        },
    );

    let scenario = merge_scenario();
    let total = scenario.count("SELECT sum(balance) FROM customer_balances");
    interrupted += torture(
        &scenario,
        &["bulk", "merge", "--into", "KEEP", "GO1", "GO2", "--yes"],
        points,
        |s| {
            let customers = s.count("SELECT count(*) FROM customers");
            let aliases = s.count("SELECT count(*) FROM customer_aliases");
            let sum = s.count("SELECT sum(balance) FROM customer_balances");
            if sum != total {
                return Err(format!("the sum of balances moved from {total} to {sum}"));
            }
            match (customers, aliases) {
                (3, 0) | (1, 2) => Ok(()),
                other => Err(format!("customers and aliases: {other:?}")),
            }
        },
    );

    let scenario = delete_scenario();
    interrupted += torture(
        &scenario,
        &["bulk", "delete", "--tag", "gone", "--skip-blocked", "--yes"],
        points,
        |s| {
            all_or_nothing(
                s.count("SELECT count(*) FROM customers"),
                3_001,
                1,
                "the customer count",
            )
        },
    );

    let (scenario, _) = import_scenario();
    let export = scenario.books.dir().join("export.csv");
    std::fs::write(&export, "the previous export\n").unwrap();
    scenario
        .books
        .run(&["import", "entries", "entries.csv"])
        .current_dir(scenario.books.dir())
        .assert()
        .success();
    std::fs::copy(scenario.books.db(), &scenario.pristine).unwrap();
    let complete = scenario.books.stdout(&["export", "entries"]);
    let export_arg = export.to_str().unwrap().to_string();
    interrupted += torture(
        &scenario,
        &["export", "entries", "--output", &export_arg],
        points,
        |_| {
            let text = std::fs::read_to_string(&export).unwrap();
            if text == "the previous export\n" || text == complete {
                Ok(())
            } else {
                Err(format!(
                    "the export file holds {} bytes of neither version",
                    text.len()
                ))
            }
        },
    );
    leftovers(scenario.books.dir());
    interrupted
}

/// A killed export may leave its partial file behind (it was never
/// renamed); it must never be mistaken for the export itself.
fn leftovers(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name == "export.csv" || !name.starts_with("export"),
            "{name}"
        );
    }
}

#[test]
fn killed_commands_leave_sound_books_and_all_or_nothing() {
    let interrupted = run_all(12);
    assert!(interrupted > 0, "no kill landed before a command ended");
}

#[test]
#[ignore = "long: 250 kill points; run with --ignored"]
fn killed_commands_leave_sound_books_at_250_points() {
    let interrupted = run_all(50);
    eprintln!(
        "kill points: 250, of which {interrupted} interrupted a running command; failures: 0"
    );
}
