//! Operations on the books that span several tables and carry the product's
//! rules: recording entries, applying credit, voiding. Each function works
//! inside a transaction its caller opened, so a command's whole change
//! commits or rolls back as one.

pub mod bulk;
pub mod entry;
