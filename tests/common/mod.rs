//! What every integration test needs: a fresh database in a temporary
//! folder, and the real binary run against it with today's date fixed.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The date every test runs on unless it says otherwise.
pub const TODAY: &str = "2026-03-15";

/// A temporary folder with a database path in it.
pub struct Books {
    dir: TempDir,
    db: PathBuf,
}

impl Books {
    /// A folder with no database in it yet.
    pub fn new() -> Books {
        let dir = tempfile::tempdir().expect("a temporary folder can be made");
        let db = dir.path().join("books.sqlite3");
        Books { dir, db }
    }

    /// A folder with an initialised USD database.
    pub fn init() -> Books {
        let books = Books::new();
        books.run(&["init"]).assert().success();
        books
    }

    /// The database file.
    pub fn db(&self) -> &Path {
        &self.db
    }

    /// The temporary folder.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `duebook ARGS` against this database (through `DUEBOOK_DB`, so a
    /// test may still give `--db`), with `DUEBOOK_TODAY` set and nothing
    /// inherited that could point elsewhere.
    pub fn run(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("duebook").expect("the duebook binary is built");
        cmd.env("DUEBOOK_DB", &self.db)
            .env_remove("NO_COLOR")
            .env("DUEBOOK_TODAY", TODAY)
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("HOME", self.dir.path())
            .env("USER", "tester")
            .args(args);
        cmd
    }

    /// Run and return standard output, asserting success.
    pub fn stdout(&self, args: &[&str]) -> String {
        let output = self.run(args).output().expect("duebook runs");
        assert!(
            output.status.success(),
            "duebook {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("output is UTF-8")
    }

    /// Run a command that must be refused: exit status `code`, nothing on
    /// standard output, and one line on standard error that starts with
    /// `error: ` and contains `message`.
    pub fn refuses(&self, args: &[&str], code: i32, message: &str) {
        let output = self.run(args).output().expect("duebook runs");
        let stderr = String::from_utf8(output.stderr).expect("messages are UTF-8");
        assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains(message),
            "{args:?}: {stderr}"
        );
        assert_eq!(
            stderr.lines().count(),
            1,
            "{args:?}: one line, got {stderr}"
        );
        assert!(output.stdout.is_empty(), "{args:?} printed data");
    }

    /// The raw bytes of the database file and its WAL, to prove a command
    /// changed nothing.
    pub fn snapshot(&self) -> Vec<u8> {
        let mut bytes = std::fs::read(&self.db).unwrap_or_default();
        let wal = self.db.with_extension("sqlite3-wal");
        bytes.extend(std::fs::read(wal).unwrap_or_default());
        bytes
    }
}
