//! The product's vocabulary as plain types and rules, with no I/O: amounts
//! and currencies, dates, payment terms and customer records. Everything
//! here is tested without a database.

pub mod customer;
pub mod date;
pub mod money;
pub mod terms;
