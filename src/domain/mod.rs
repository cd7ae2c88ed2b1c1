//! The product's vocabulary as plain types and rules, with no I/O: amounts
//! and currencies, dates, payment terms, customer records, entries, and how
//! credits are allocated to debits. Everything here is tested without a
//! database.

pub mod allocation;
pub mod customer;
pub mod date;
pub mod entry;
pub mod money;
pub mod terms;
