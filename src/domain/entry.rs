//! Entries: what the business and a customer did with money, dated.
//!
//! Every entry is a debit (the customer owes more: an invoice, a refund, a
//! receivable opening balance) or a credit (the customer owes less: a
//! payment, a return, a payable opening balance). Credits are applied to
//! debits; what a debit still lacks is its open amount, and what a credit
//! has left is unused balance.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::money::Money;

/// The longest entry number, in characters.
pub const MAX_NUMBER_CHARS: usize = 32;

/// What kind of thing happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// The customer's balance when first recorded; a debit when receivable,
    /// a credit when payable.
    Opening,
    /// A sale on credit.
    Invoice,
    /// Money received.
    Payment,
    /// A credit note for goods brought back.
    Return,
    /// Money paid back to the customer.
    Refund,
}

impl EntryKind {
    /// The kinds an operator records; the opening comes from the customer.
    pub const RECORDED: [EntryKind; 4] = [
        EntryKind::Invoice,
        EntryKind::Payment,
        EntryKind::Return,
        EntryKind::Refund,
    ];

    /// The word stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Opening => "opening",
            EntryKind::Invoice => "invoice",
            EntryKind::Payment => "payment",
            EntryKind::Return => "return",
            EntryKind::Refund => "refund",
        }
    }

    /// The prefix of generated numbers, such as `INV-` in `INV-000123`.
    pub fn prefix(self) -> &'static str {
        match self {
            EntryKind::Opening => "OPEN-",
            EntryKind::Invoice => "INV-",
            EntryKind::Payment => "PAY-",
            EntryKind::Return => "RET-",
            EntryKind::Refund => "REF-",
        }
    }

    /// The side of the books, except for an opening, whose side follows its
    /// balance type.
    pub fn side(self) -> Option<Side> {
        match self {
            EntryKind::Invoice | EntryKind::Refund => Some(Side::Debit),
            EntryKind::Payment | EntryKind::Return => Some(Side::Credit),
            EntryKind::Opening => None,
        }
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntryKind {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "opening" => Ok(EntryKind::Opening),
            "invoice" => Ok(EntryKind::Invoice),
            "payment" => Ok(EntryKind::Payment),
            "return" => Ok(EntryKind::Return),
            "refund" => Ok(EntryKind::Refund),
            _ => Err(format!(
                "unknown entry kind `{}`; use invoice, payment, return or refund",
                text.trim()
            )),
        }
    }
}

/// Which way an entry moves the balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Raises what the customer owes.
    Debit,
    /// Lowers what the customer owes.
    Credit,
}

impl Side {
    /// The word stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Debit => "debit",
            Side::Credit => "credit",
        }
    }
}

impl FromStr for Side {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "debit" => Ok(Side::Debit),
            "credit" => Ok(Side::Credit),
            _ => Err(format!("unknown side `{text}`")),
        }
    }
}

/// How money was paid or paid back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Cash,
    Card,
    Bank,
    Cheque,
    Other,
}

impl Method {
    /// The word stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Cash => "cash",
            Method::Card => "card",
            Method::Bank => "bank",
            Method::Cheque => "cheque",
            Method::Other => "other",
        }
    }
}

impl FromStr for Method {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "cash" => Ok(Method::Cash),
            "card" => Ok(Method::Card),
            "bank" => Ok(Method::Bank),
            "cheque" | "check" => Ok(Method::Cheque),
            "other" => Ok(Method::Other),
            _ => Err(format!(
                "unknown payment method `{}`; use cash, card, bank, cheque or other",
                text.trim()
            )),
        }
    }
}

/// Check an entry number: trimmed, 1 to 32 characters of letters, digits,
/// `-`, `_`, `.` and `/`.
pub fn clean_number(text: &str) -> Result<String, String> {
    let number = text.trim();
    if number.is_empty() {
        return Err("the entry number is empty".to_string());
    }
    if number.chars().count() > MAX_NUMBER_CHARS {
        return Err(format!(
            "entry number `{number}` is longer than {MAX_NUMBER_CHARS} characters"
        ));
    }
    if !number
        .chars()
        .all(|c| c.is_alphanumeric() || "-_./".contains(c))
    {
        return Err(format!(
            "entry number `{number}` may hold only letters, digits and - _ . /"
        ));
    }
    Ok(number.to_string())
}

/// A generated entry number: the kind's prefix and at least six digits.
pub fn format_number(kind: EntryKind, sequence: i64) -> String {
    format!("{}{sequence:06}", kind.prefix())
}

/// One entry as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntryKind,
    pub side: Side,
    /// Unique among all entries, letter case aside; `None` for an opening.
    pub number: Option<String>,
    pub date: NaiveDate,
    /// More than zero.
    pub amount: Money,
    /// Invoices only.
    pub due_date: Option<NaiveDate>,
    pub location: Option<String>,
    /// Payments and refunds.
    pub method: Option<Method>,
    pub reference: Option<String>,
    pub note: Option<String>,
    /// When the entry was voided; a voided entry counts before that date
    /// and not from it on.
    pub void_date: Option<NaiveDate>,
}

impl Entry {
    /// A new entry of a kind that has a fixed side, with nothing optional set.
    pub fn new(kind: EntryKind, date: NaiveDate, amount: Money) -> Entry {
        Entry {
            kind,
            side: kind.side().unwrap_or(Side::Debit),
            number: None,
            date,
            amount,
            due_date: None,
            location: None,
            method: None,
            reference: None,
            note: None,
            void_date: None,
        }
    }

    /// The entry's effect on the balance in minor units: positive for a
    /// debit, negative for a credit.
    pub fn signed_minor(&self) -> i64 {
        match self.side {
            Side::Debit => self.amount.minor(),
            Side::Credit => -self.amount.minor(),
        }
    }

    /// True when the entry was voided on or before `date`.
    pub fn is_void_on(&self, date: NaiveDate) -> bool {
        self.void_date.is_some_and(|void| void <= date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_methods_read_back_their_words() {
        for kind in EntryKind::RECORDED {
            assert_eq!(kind.as_str().parse::<EntryKind>().unwrap(), kind);
        }
        assert!(
            "sale"
                .parse::<EntryKind>()
                .unwrap_err()
                .contains("unknown entry kind `sale`")
        );
        assert_eq!("Check".parse::<Method>().unwrap(), Method::Cheque);
        assert!(
            "crypto"
                .parse::<Method>()
                .unwrap_err()
                .contains("unknown payment method")
        );
    }

    #[test]
    fn numbers_are_checked_and_generated() {
        assert_eq!(clean_number(" INV-2026/07 ").unwrap(), "INV-2026/07");
        assert!(clean_number("").is_err());
        assert!(clean_number("INV 1").unwrap_err().contains("only letters"));
        assert!(
            clean_number(&"9".repeat(33))
                .unwrap_err()
                .contains("longer than 32")
        );
        assert_eq!(format_number(EntryKind::Invoice, 123), "INV-000123");
        assert_eq!(format_number(EntryKind::Payment, 1_234_567), "PAY-1234567");
    }
}
