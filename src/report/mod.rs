//! Rows for people and programs, computed from stored records.
//!
//! A report names its columns with the snake_case field names the whole
//! product shares (`contact_id`, `billing_email`, `current_balance`, …) and
//! fills rows of `render::Value`s; `render` decides how they look.

pub mod customer;
pub mod entry;
pub mod history;
pub mod receivable;
