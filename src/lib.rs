//! duebook keeps a small business's customers and the money between them.
//!
//! The parts, and how data flows between them:
//!
//! - `domain`: plain types and rules (contact ids, amounts in a currency,
//!   dates, payment terms, customer records, entries, allocation). No I/O;
//!   everything else builds on it.
//! - `store`: the only code that talks to SQLite: opening and creating the
//!   database file, schema migrations, transactions, backups, one module of
//!   SQL per family of tables, the report queries, `check`, and the history
//!   triggers. It returns domain types and never prints.
//! - `ops`: operations that carry the rules of the books across tables:
//!   recording entries, applying credit to invoices, voiding, and the bulk
//!   actions (selection, update, delete, merge).
//! - `report`: turns stored records into rows of named columns (a ledger
//!   included).
//! - `render`: writes rows as a table, CSV, JSON or JSON Lines.
//! - `exchange`: CSV import and export of customers and entries: reading,
//!   checking and writing rows, rejects files, files renamed into place.
//! - `cli`: the clap command line. It parses flags into domain values, runs
//!   the work in the store, and hands rows to the renderer; it holds no SQL.
//!
//! `main.rs` only parses the command line, calls `cli::run`, and turns an
//! error into a message and an exit status (see `error`).

pub mod cli;
pub mod domain;
pub mod error;
pub mod exchange;
pub mod ops;
pub mod render;
pub mod report;
pub mod store;
