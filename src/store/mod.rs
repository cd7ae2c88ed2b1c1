//! The one layer that talks to SQLite.
//!
//! `Store` finds or creates the database file, sets up every connection the
//! same way (foreign keys, WAL, a busy wait, the SQL functions the queries
//! use), brings the schema up to date, and hands out transactions: immediate
//! ones for writes, so a writer never fails half-way on a lock, and deferred
//! ones for reads, so a report sees one consistent state. The submodules hold
//! the SQL for each family of tables. Nothing here prints.

pub mod check;
pub mod customer;
pub mod entry;
pub mod history;
pub mod report;
pub(crate) mod schema;
pub mod search;
pub mod top;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::domain::customer::{fold, name_key, phone_digits};
use crate::domain::money::Currency;
use crate::error::{Error, busy_to_retry, is_busy, not_found};

pub use schema::LATEST_VERSION;

/// How long a command waits for another process's write to finish before it
/// gives up with "busy" (exit 75), unless `DUEBOOK_BUSY_WAIT_MS` says other.
const DEFAULT_BUSY_WAIT: Duration = Duration::from_secs(10);

/// The environment variable that sets the busy wait in milliseconds.
pub const BUSY_WAIT_VAR: &str = "DUEBOOK_BUSY_WAIT_MS";

/// What a command means to do with the database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only read: the file must already exist, and is never created.
    Read,
    /// Write to books that must already exist: a command that changes
    /// what is there (bulk changes, deleting) has nothing to do without.
    Change,
    /// Write: the file is created, with the default currency, when missing.
    Write,
}

impl Access {
    fn writes(self) -> bool {
        self != Access::Read
    }
}

/// An open duebook database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    currency: Currency,
    created: bool,
    /// Opened to write: only then are the triggers that record
    /// history and keep the search index in step prepared.
    writes: bool,
}

impl Store {
    /// Open the database at `path`.
    ///
    /// With `Access::Read` a missing file is `Error::NotFound`; with
    /// `Access::Write` it is created (mode 0600) with `currency`, and
    /// `was_created` tells so. `create_parent` allows creating a missing
    /// parent folder, which only the default location should do.
    pub fn open(
        path: &Path,
        access: Access,
        currency: Currency,
        create_parent: bool,
    ) -> Result<Store> {
        configure_sqlite();
        let shown = path.display();
        let created = match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return not_found(format!(
                    "database path `{shown}` is a directory; give the path of a file with --db"
                ));
            }
            Ok(_) => false,
            Err(e) if e.kind() == io::ErrorKind::NotFound => match access {
                Access::Read | Access::Change => {
                    return not_found(format!(
                        "database `{shown}` does not exist; create it with `duebook init`, or \
                         point --db or DUEBOOK_DB at an existing one"
                    ));
                }
                Access::Write => create_file(path, create_parent)?,
            },
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read database `{shown}`"));
            }
        };
        let open = |flags: OpenFlags, immutable: bool| -> Result<Store> {
            let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = if immutable {
                // A URI, so SQLite can be told the file will not change.
                let text = path.to_string_lossy();
                let escaped = text
                    .replace('%', "%25")
                    .replace('?', "%3f")
                    .replace('#', "%23");
                let uri = format!("file:{escaped}?immutable=1");
                Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
            } else {
                Connection::open_with_flags(path, flags)
            }
            .with_context(|| format!("cannot open database `{shown}`"))?;
            let mut store = Store {
                conn,
                path: path.to_path_buf(),
                currency,
                created,
                writes: access.writes(),
            };
            store
                .prepare(access)
                .with_context(|| format!("cannot use database `{shown}`"))?;
            Ok(store)
        };
        let store = match open(OpenFlags::SQLITE_OPEN_READ_WRITE, false) {
            Ok(store) => store,
            Err(error) if cannot_write(&error) => {
                if access.writes() {
                    return Err(error.context(format!(
                        "database `{shown}` cannot be written here (a read-only file, folder or \
                         disk); reports still work, writes need it writable"
                    )));
                }
                // A WAL database on read-only storage can still be read:
                // opened read-only when its shared-memory file is there,
                // else as immutable, which storage nobody can write is.
                open(OpenFlags::SQLITE_OPEN_READ_ONLY, false)
                    .or_else(|_| open(OpenFlags::SQLITE_OPEN_READ_ONLY, true))?
            }
            Err(error) => return Err(error),
        };
        Ok(store)
    }

    /// A fresh database in memory with the real schema, for tests.
    pub fn in_memory(currency: Currency) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
            currency,
            created: true,
            writes: true,
        };
        store.prepare(Access::Write)?;
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The currency every amount in this database is in.
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// True when opening created the file.
    pub fn was_created(&self) -> bool {
        self.created
    }

    /// Copy the database to `path` with SQLite's online backup, in one
    /// step that reads a single consistent state while other processes go
    /// on writing. The copy is written beside `path` (mode 0600) and renamed
    /// into place only when complete. Returns the number of pages copied.
    pub fn backup_to(&self, path: &Path) -> Result<i32> {
        let partial = crate::exchange::partial_path(path);
        let result = (|| -> Result<i32> {
            private_file(&partial)
                .with_context(|| format!("cannot create the backup `{}`", path.display()))?;
            let mut copy = Connection::open(&partial)?;
            let pages = {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
                backup.step(-1).map_err(busy_to_retry)?;
                backup.progress().pagecount
            };
            copy.close().map_err(|(_, e)| e)?;
            fs::File::open(&partial)?.sync_all()?;
            fs::rename(&partial, path)
                .with_context(|| format!("cannot write the backup `{}`", path.display()))?;
            Ok(pages)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&partial);
        }
        result
    }

    /// Run `work` in one immediate transaction: it commits when `work`
    /// succeeds and rolls back, leaving the database as it was, when it fails.
    pub fn write<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.must_write()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(busy_to_retry)?;
        let value = work(&tx)?;
        tx.commit().map_err(busy_to_retry)?;
        Ok(value)
    }

    /// A store opened to read has no history triggers: writing through it
    /// would change the books unrecorded, so it is refused.
    fn must_write(&self) -> Result<()> {
        if self.writes {
            Ok(())
        } else {
            Err(anyhow::anyhow!(
                "this database was opened only to read; the command cannot write to it"
            ))
        }
    }

    /// Run `work` in one read transaction, so it sees a single state of the
    /// database even while another process writes.
    pub fn read<T>(&self, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction().map_err(busy_to_retry)?;
        let value = work(&tx)?;
        tx.finish().map_err(busy_to_retry)?;
        Ok(value)
    }

    fn prepare(&mut self, access: Access) -> Result<()> {
        let wait = std::env::var(BUSY_WAIT_VAR)
            .ok()
            .and_then(|ms| ms.trim().parse::<u64>().ok())
            .map_or(DEFAULT_BUSY_WAIT, Duration::from_millis);
        self.conn.busy_timeout(wait)?;
        // Imports and reports run a few dozen distinct statements many
        // times over; keeping all of them prepared avoids parsing each
        // again.
        self.conn.set_prepared_statement_cache_capacity(256);
        // The bundled SQLite samples index statistics (STAT4), which makes
        // it prepare a statement again whenever a bound value might change
        // the plan; for the same statement run thousands of times with new
        // values, keeping one plan is both faster and predictable.
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        // A page cache of 32 MiB keeps a large import's working set in
        // memory instead of spilling it to the WAL page by page; it is a
        // ceiling, not an allocation. Reports read each page about once and
        // the operating system caches the file anyway, so a reader keeps
        // 4 MiB: SQLite gives each sort of a query as much memory as the
        // page cache, and a report as of a past day runs several sorts at
        // once; sorting in a smaller space costs little time and keeps the
        // process small.
        let cache_kib = match access {
            Access::Write | Access::Change => 32_768,
            Access::Read => 4_096,
        };
        self.conn.pragma_update(None, "cache_size", -cache_kib)?;
        // The bundled SQLite keeps temporary data in memory unless told
        // otherwise: a report sorting a million customers then held every
        // row of the sort, over 100 MiB. In files (deleted as soon as they
        // are opened, and mostly in the operating system's cache) a sort
        // keeps to the page cache's size, and ran faster too.
        self.conn.pragma_update(None, "temp_store", "FILE")?;
        register_functions(&self.conn)?;
        let (version, has_tables) = schema::version_and_tables(&self.conn)?;
        if version == 0 && access != Access::Write {
            return not_found(
                "it is not a duebook database yet; create it with `duebook init`".to_string(),
            );
        }
        if version == 0 && !self.created && has_tables {
            return Err(Error::Invalid(
                "it holds tables that are not duebook's; point --db at a duebook database"
                    .to_string(),
            )
            .into());
        }
        if version > LATEST_VERSION {
            return Err(Error::Refused(format!(
                "it has schema version {version}, newer than this duebook knows \
                 ({LATEST_VERSION}); upgrade duebook to use it"
            ))
            .into());
        }
        if version < LATEST_VERSION {
            // WAL lets readers go on while one process writes, and survives
            // a crash at any point; it is a property of the file, so it is
            // set once, with the schema.
            use_wal(&self.conn, wait)?;
            self.conn.pragma_update(None, "synchronous", "full")?;
            schema::migrate(&mut self.conn, &self.currency)?;
        }
        self.currency = schema::currency(&self.conn)?;
        // The triggers that record history and keep the search index in
        // step matter only to a connection that writes; a report skips
        // preparing them.
        if access.writes() {
            history::install(&self.conn)?;
            search::install(&self.conn)?;
        }
        Ok(())
    }

    /// Record the changes that follow as made by `user` running `command`.
    /// A store opened to read records nothing, so it keeps no actor.
    pub fn set_actor(&self, user: &str, command: &str) -> Result<()> {
        if !self.writes {
            return Ok(());
        }
        history::set_context(&self.conn, user, command)
    }

    /// Run `work` in one immediate transaction that commits when `work`
    /// returns `true` with its value, and rolls back otherwise (and on error).
    pub fn write_if<T>(
        &mut self,
        work: impl FnOnce(&Transaction) -> Result<(T, bool)>,
    ) -> Result<T> {
        self.must_write()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(busy_to_retry)?;
        let (value, keep) = work(&tx)?;
        if keep {
            tx.commit().map_err(busy_to_retry)?;
        } else {
            tx.rollback().map_err(busy_to_retry)?;
        }
        Ok(value)
    }

    /// Run `work` in an immediate transaction and roll it back, whatever it
    /// did: for a dry run that shows exactly what a change would do, and
    /// leaves the database as it was.
    pub fn rehearse<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(busy_to_retry)?;
        let value = work(&tx)?;
        tx.rollback().map_err(busy_to_retry)?;
        Ok(value)
    }
}

/// True when the error says the file (or its folder, for the WAL and
/// shared-memory files beside it) cannot be written.
fn cannot_write(error: &anyhow::Error) -> bool {
    use rusqlite::ErrorCode;
    error.chain().any(|cause| {
        cause
            .downcast_ref::<rusqlite::Error>()
            .and_then(rusqlite::Error::sqlite_error_code)
            .is_some_and(|code| {
                matches!(
                    code,
                    ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied
                )
            })
    })
}

/// Switch the file to WAL. The switch needs the file to itself, and SQLite
/// answers "busy" at once, without waiting, when another process is
/// switching or reading it at the same moment (several commands creating
/// one new database together), so it is tried again until `wait` is over.
fn use_wal(conn: &Connection, wait: Duration) -> Result<()> {
    let deadline = std::time::Instant::now() + wait;
    loop {
        match conn.pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(())) {
            Ok(()) => return Ok(()),
            Err(error) if is_busy(&error) && std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(error) => return Err(busy_to_retry(error)),
        }
    }
}

/// Create an empty database file readable by its owner only.
fn create_file(path: &Path, create_parent: bool) -> Result<bool> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(parent) = parent.filter(|p| !p.exists()) {
        if !create_parent {
            return not_found(format!(
                "folder `{}` does not exist; create it first or choose another --db path",
                parent.display()
            ));
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .with_context(|| format!("cannot create folder `{}`", parent.display()))?;
    }
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(file) => {
            // The umask may have taken bits from the mode asked for.
            file.set_permissions(fs::Permissions::from_mode(0o600))?;
            Ok(true)
        }
        // Another process created it a moment ago; use theirs.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e).with_context(|| format!("cannot create database `{}`", path.display())),
    }
}

/// Create (or empty) a file readable and writable by its owner only,
/// whatever the umask: for exports, rejects and backups, which hold the
/// same personal data as the database.
pub fn private_file(path: &Path) -> io::Result<fs::File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.set_permissions(fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

/// How much of a statement's journal SQLite keeps in memory before it
/// writes it to a temporary file.
///
/// SQLite also uses this as the size of each in-memory chunk of that
/// journal, and when the journal spills it writes each chunk with one
/// system call, which its Unix layer caps at 128 KiB: a larger value makes
/// the first spill write nothing and fail as "database or disk is full".
/// So it stays just under that ceiling.
const STATEMENT_JOURNAL_IN_MEMORY: i32 = 127 << 10;

/// Settings SQLite takes only once per process, before its first
/// connection.
///
/// Every write that fires triggers (the history, the kept totals, the
/// search index) keeps a statement journal of the pages it changes, so it
/// can undo itself alone. SQLite writes that journal to a temporary file
/// once it passes 64 KiB, which one entry with its indexes and triggers
/// does: an import spent a third of its time in those writes. Kept in
/// memory up to 127 KiB, a row's journal stays off the disk; statements
/// that change more (a large import's closing steps) still spill.
///
/// Each such statement allocates and frees its journal's memory, and the
/// C allocator hands memory freed at the top of the heap back to the
/// system once 128 KiB is free there, only to ask for it again and fault
/// its pages in at the next statement: a third of an import's time went
/// to that. The allocator is told to keep up to 256 MiB of freed memory;
/// what the process holds at its peak does not change.
fn configure_sqlite() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: sqlite3_config must run before SQLite initialises and
        // while no other thread uses SQLite; the Once runs it before the
        // first connection this process opens, and duebook opens its
        // connections from one thread. Called too late it returns
        // SQLITE_MISUSE and changes nothing, which is harmless, so the
        // result is not checked.
        unsafe {
            rusqlite::ffi::sqlite3_config(
                rusqlite::ffi::SQLITE_CONFIG_STMTJRNL_SPILL,
                STATEMENT_JOURNAL_IN_MEMORY,
            );
        }
        // SAFETY: mallopt only changes a tuning parameter of glibc's
        // allocator; it is called before any other thread exists.
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        unsafe {
            libc::mallopt(libc::M_TRIM_THRESHOLD, FREED_MEMORY_KEPT);
        }
    });
}

/// How much freed memory at the top of the heap the allocator keeps
/// instead of returning it to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const FREED_MEMORY_KEPT: libc::c_int = 256 << 20;

/// The SQL functions the queries rely on, written in Rust so they agree with
/// the domain's rules for every script, not only ASCII.
pub(crate) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8
        | FunctionFlags::SQLITE_DETERMINISTIC
        | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function("fold", 1, flags, |ctx| {
        Ok(ctx.get::<Option<String>>(0)?.map(|s| fold(&s)))
    })?;
    conn.create_scalar_function("name_key", 1, flags, |ctx| {
        Ok(ctx.get::<Option<String>>(0)?.map(|s| name_key(&s)))
    })?;
    conn.create_scalar_function("phone_digits", 1, flags, |ctx| {
        Ok(ctx.get::<Option<String>>(0)?.map(|s| phone_digits(&s)))
    })?;
    Ok(())
}

/// Turn a uniqueness failure into the message given, and pass anything else
/// through.
pub(crate) fn on_unique<T>(
    result: rusqlite::Result<T>,
    message: impl FnOnce() -> String,
) -> Result<T> {
    match result {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
        {
            Err(Error::Invalid(message()).into())
        }
        other => other.map_err(busy_to_retry),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_command_never_creates_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("books.sqlite3");
        let err = Store::open(&path, Access::Read, Currency::default(), false)
            .err()
            .unwrap();
        assert!(err.to_string().contains("does not exist"), "{err}");
        assert!(!path.exists());
    }

    #[test]
    fn writing_creates_an_owner_only_file_in_wal_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("books.sqlite3");
        let store = Store::open(
            &path,
            Access::Write,
            Currency::from_code("JPY").unwrap(),
            false,
        )
        .unwrap();
        assert!(store.was_created());
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let journal: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |row| row.get(0))
            .unwrap();
        assert_eq!(journal, "wal");
        drop(store);
        let again = Store::open(&path, Access::Read, Currency::default(), false).unwrap();
        assert!(!again.was_created());
        assert_eq!(again.currency().code(), "JPY");
    }

    #[test]
    fn only_a_store_opened_to_write_writes_and_only_to_books_that_exist() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("books.sqlite3");
        let missing = Store::open(&path, Access::Change, Currency::default(), false)
            .err()
            .unwrap();
        assert!(missing.to_string().contains("does not exist"), "{missing}");
        assert!(!path.exists());
        drop(Store::open(&path, Access::Write, Currency::default(), false).unwrap());
        let mut reader = Store::open(&path, Access::Read, Currency::default(), false).unwrap();
        let refused = reader.write(|_| Ok(())).unwrap_err();
        assert!(refused.to_string().contains("only to read"), "{refused}");
        let mut changer = Store::open(&path, Access::Change, Currency::default(), false).unwrap();
        changer.set_actor("tester", "duebook test").unwrap();
        changer
            .write(|tx| {
                crate::store::customer::insert(
                    tx,
                    &crate::domain::customer::Customer::new(
                        crate::domain::customer::ContactId::parse("A-1").unwrap(),
                        chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                    ),
                    &Currency::default(),
                )
            })
            .unwrap();
        // The change was recorded in the history, as any write is.
        let recorded: i64 = changer
            .read(|conn| {
                Ok(conn.query_row(
                    "SELECT count(*) FROM history WHERE user = 'tester'",
                    [],
                    |row| row.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(recorded, 1);
    }

    #[test]
    fn a_statement_whose_journal_spills_to_disk_succeeds() {
        // One statement that changes several MiB of existing pages inside
        // a transaction keeps a statement journal larger than the part held
        // in memory, so SQLite writes it out; a spill size past what its
        // Unix layer writes at once made that fail as "disk is full".
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("books.sqlite3");
        let mut store = Store::open(&path, Access::Write, Currency::default(), false).unwrap();
        store
            .write(|tx| {
                tx.execute_batch(
                    r#"
                    WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
                    INSERT INTO customers (contact_id, contact_key, name, registered)
                    SELECT 'C' || i, 'c' || i, printf('%.300c', 'y'), '2026-01-01' FROM n;
                    "#,
                )?;
                Ok(())
            })
            .unwrap();
        let changed = store
            .write(|tx| Ok(tx.execute("UPDATE customers SET name = printf('%.300c', 'x')", [])?))
            .unwrap();
        assert_eq!(changed, 20000);
    }

    #[test]
    fn refuses_a_directory_and_a_missing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open(dir.path(), Access::Write, Currency::default(), false)
            .err()
            .unwrap();
        assert!(err.to_string().contains("is a directory"));
        let nested = dir.path().join("no/such/books.sqlite3");
        let err = Store::open(&nested, Access::Write, Currency::default(), false)
            .err()
            .unwrap();
        assert!(err.to_string().contains("does not exist"), "{err}");
        Store::open(&nested, Access::Write, Currency::default(), true).unwrap();
        assert!(nested.exists());
    }

    #[test]
    fn refuses_a_foreign_sqlite_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.sqlite3");
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        let err = Store::open(&path, Access::Write, Currency::default(), false)
            .err()
            .unwrap();
        assert!(format!("{err:#}").contains("not duebook's"), "{err:#}");
    }
}
