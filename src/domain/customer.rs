//! Customer records and the rules for each of their fields.
//!
//! Every check here is pure: it takes text and returns the clean value or a
//! message that names the value and says what is expected. Storage and the
//! command line add which field or file the text came from.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::money::{Currency, Money};
use super::terms::PaymentTerms;

/// The longest contact id, in characters.
pub const MAX_CONTACT_ID_CHARS: usize = 64;
/// The longest one-line text field (names, cities, emails), in characters.
pub const MAX_LINE_CHARS: usize = 500;
/// The longest free text (notes, addresses), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 64;

/// A customer's identifier: trimmed, 1 to 64 printable characters, unique in
/// the database without regard to letter case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactId(String);

impl ContactId {
    /// Check and trim a contact id.
    pub fn parse(text: &str) -> Result<ContactId, String> {
        let id = text.trim();
        if id.is_empty() {
            return Err("the contact id is empty; give 1 to 64 printable characters".to_string());
        }
        let chars = id.chars().count();
        if chars > MAX_CONTACT_ID_CHARS {
            return Err(format!(
                "contact id `{}…` is {chars} characters long; the most is {MAX_CONTACT_ID_CHARS}",
                id.chars().take(20).collect::<String>()
            ));
        }
        if id.chars().any(char::is_control) {
            return Err(format!(
                "contact id {:?} contains a control character; use printable characters only",
                id
            ));
        }
        if id == "-" {
            return Err(
                "contact id `-` is reserved for reading ids from standard input; choose another"
                    .to_string(),
            );
        }
        Ok(ContactId(id.to_string()))
    }

    /// The id as it was written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form in which ids are compared: letter case folded.
    pub fn key(&self) -> String {
        contact_key(&self.0)
    }
}

impl fmt::Display for ContactId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The comparison form of any text naming a customer: trimmed, case folded.
pub fn contact_key(text: &str) -> String {
    fold(text.trim())
}

/// Case folding for comparisons and searches, for every script with case.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// Whether a customer may be given new invoices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// The default.
    #[default]
    Active,
    /// Kept with its whole history, but new invoices need `--allow-inactive`.
    Inactive,
}

impl Status {
    /// The word stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Inactive => "inactive",
        }
    }
}

impl FromStr for Status {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "active" => Ok(Status::Active),
            "inactive" => Ok(Status::Inactive),
            _ => Err(format!(
                "unknown status `{}`; use active or inactive",
                text.trim()
            )),
        }
    }
}

/// Which way money is owed: by the customer to us, or by us to the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BalanceType {
    /// The customer owes the business.
    Receivable,
    /// The business owes the customer.
    Payable,
}

impl BalanceType {
    /// The word stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            BalanceType::Receivable => "receivable",
            BalanceType::Payable => "payable",
        }
    }
}

impl FromStr for BalanceType {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "receivable" => Ok(BalanceType::Receivable),
            "payable" => Ok(BalanceType::Payable),
            other => Err(format!(
                "unknown balance type `{other}`; use receivable (the customer owes us) or \
                 payable (we owe the customer)"
            )),
        }
    }
}

/// The balance a customer brought with them when first recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    /// Who owes whom.
    pub kind: BalanceType,
    /// How much, zero or more.
    pub amount: Money,
}

impl Opening {
    /// Parse `receivable:AMOUNT` or `payable:AMOUNT` in the given currency.
    pub fn parse(text: &str, currency: &Currency) -> Result<Opening, String> {
        let Some((kind, amount)) = text.split_once(':') else {
            return Err(format!(
                "opening balance `{text}` needs a type and an amount, like receivable:250.00 \
                 or payable:40.00"
            ));
        };
        let kind = kind.parse::<BalanceType>()?;
        let amount = currency.parse_amount(amount)?;
        Ok(Opening { kind, amount })
    }

    /// The opening as a signed count of minor units: positive when receivable.
    pub fn signed_minor(self) -> i64 {
        match self.kind {
            BalanceType::Receivable => self.amount.minor(),
            BalanceType::Payable => -self.amount.minor(),
        }
    }
}

/// Check a one-line text field: trimmed, no control characters, not too long.
/// Empty text gives `None`.
pub fn clean_line(text: &str) -> Result<Option<String>, String> {
    clean(text, MAX_LINE_CHARS, false)
}

/// Check free text, which may span lines: trimmed, no control characters
/// other than line breaks and tabs, not too long. Empty text gives `None`.
pub fn clean_text(text: &str) -> Result<Option<String>, String> {
    clean(text, MAX_TEXT_CHARS, true)
}

fn clean(text: &str, max: usize, multi_line: bool) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let allowed = |c: char| multi_line && matches!(c, '\n' | '\r' | '\t');
    if let Some(c) = text.chars().find(|&c| c.is_control() && !allowed(c)) {
        return Err(format!(
            "text {:?} contains the control character U+{:04X}; remove it",
            shorten(text),
            u32::from(c)
        ));
    }
    let chars = text.chars().count();
    if chars > max {
        return Err(format!(
            "text `{}` is {chars} characters long; the most is {max}",
            shorten(text)
        ));
    }
    Ok(Some(text.to_string()))
}

/// The start of `text` for a message, on one line: control characters
/// are shown escaped.
fn shorten(text: &str) -> String {
    const SHOWN: usize = 24;
    let shown: String = text
        .chars()
        .take(SHOWN)
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect();
    if text.chars().count() <= SHOWN {
        shown
    } else {
        format!("{shown}…")
    }
}

/// Check an email address. Empty text gives `None`.
pub fn clean_email(text: &str) -> Result<Option<String>, String> {
    let Some(email) = clean_line(text)? else {
        return Ok(None);
    };
    let has_dotted_domain = email
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'));
    if !email_address::EmailAddress::is_valid(&email) || !has_dotted_domain {
        return Err(format!(
            "email `{email}` is not an address like name@example.com"
        ));
    }
    Ok(Some(email))
}

/// Check a phone number: digits with the usual separators `+ - ( ) . /` and
/// spaces, and `x` or `ext` before an extension, with at least three digits.
/// Empty text gives `None`.
pub fn clean_phone(text: &str) -> Result<Option<String>, String> {
    let Some(phone) = clean_line(text)? else {
        return Ok(None);
    };
    let lower = phone.to_ascii_lowercase();
    let body = lower.replace("ext", "x");
    let allowed = |c: char| c.is_ascii_digit() || " +-()./x".contains(c);
    if !body.chars().all(allowed) || phone_digits(&phone).len() < 3 {
        return Err(format!(
            "phone `{phone}` is not a phone number; use digits with spaces, + - ( ) . / \
             and x before an extension"
        ));
    }
    Ok(Some(phone))
}

/// The digits of a phone number alone, the form in which phones are matched.
pub fn phone_digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// A name reduced to what tells names apart for duplicate detection: letters
/// and digits only, case folded.
pub fn name_key(name: &str) -> String {
    fold(name).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Check a tag: one word of letters, digits, `-`, `_`, `.` or `/`, kept in
/// lower case so `VIP` and `vip` are one tag.
pub fn clean_tag(text: &str) -> Result<String, String> {
    let tag = fold(text.trim());
    if tag.is_empty() {
        return Err("a tag is empty; give a word such as vip or wholesale".to_string());
    }
    if tag.chars().count() > MAX_TAG_CHARS {
        return Err(format!(
            "tag `{}` is longer than {MAX_TAG_CHARS} characters",
            shorten(&tag)
        ));
    }
    if !tag
        .chars()
        .all(|c| c.is_alphanumeric() || "-_./".contains(c))
    {
        return Err(format!(
            "tag `{tag}` is not one word; use letters, digits, - _ . or / and no spaces"
        ));
    }
    Ok(tag)
}

/// The fields of a customer record by the snake_case names the product
/// uses everywhere (listings, exports, imports, history), in the order it
/// prints them.
pub const FIELDS: &[&str] = &[
    "contact_id",
    "status",
    "name",
    "terms",
    "opening_type",
    "opening_amount",
    "opening_date",
    "location",
    "billing_name",
    "billing_email",
    "billing_phone",
    "billing_address",
    "billing_city",
    "billing_region",
    "billing_postal_code",
    "billing_country",
    "shipping_name",
    "shipping_phone",
    "shipping_address",
    "shipping_city",
    "shipping_region",
    "shipping_postal_code",
    "shipping_country",
    "tags",
    "credit_limit",
    "note",
    "registered",
];

/// Everything a customer record holds, except the derived balances.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub contact_id: ContactId,
    pub status: Status,
    pub name: Option<String>,
    pub terms: PaymentTerms,
    pub opening: Option<Opening>,
    pub opening_date: Option<NaiveDate>,
    pub location: Option<String>,
    pub billing_name: Option<String>,
    pub billing_email: Option<String>,
    pub billing_phone: Option<String>,
    pub billing_address: Option<String>,
    pub billing_city: Option<String>,
    pub billing_region: Option<String>,
    pub billing_postal_code: Option<String>,
    pub billing_country: Option<String>,
    pub shipping_name: Option<String>,
    pub shipping_phone: Option<String>,
    pub shipping_address: Option<String>,
    pub shipping_city: Option<String>,
    pub shipping_region: Option<String>,
    pub shipping_postal_code: Option<String>,
    pub shipping_country: Option<String>,
    pub tags: BTreeSet<String>,
    pub credit_limit: Option<Money>,
    pub note: Option<String>,
    pub registered: NaiveDate,
}

impl Customer {
    /// A new record with only its id and registration date; every other
    /// field takes its default.
    pub fn new(contact_id: ContactId, registered: NaiveDate) -> Customer {
        Customer {
            contact_id,
            status: Status::Active,
            name: None,
            terms: PaymentTerms::default(),
            opening: None,
            opening_date: None,
            location: None,
            billing_name: None,
            billing_email: None,
            billing_phone: None,
            billing_address: None,
            billing_city: None,
            billing_region: None,
            billing_postal_code: None,
            billing_country: None,
            shipping_name: None,
            shipping_phone: None,
            shipping_address: None,
            shipping_city: None,
            shipping_region: None,
            shipping_postal_code: None,
            shipping_country: None,
            tags: BTreeSet::new(),
            credit_limit: None,
            note: None,
            registered,
        }
    }

    /// The date of the opening balance: its own, else the registration date.
    pub fn effective_opening_date(&self) -> NaiveDate {
        self.opening_date.unwrap_or(self.registered)
    }

    /// The name people know the customer by: its name, else the billing name.
    pub fn display_name(&self) -> Option<&str> {
        self.name.as_deref().or(self.billing_name.as_deref())
    }
}

/// A further person at a customer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    pub name: Option<String>,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl Contact {
    /// True when the contact holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.role.is_none() && self.email.is_none() && self.phone.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_ids_are_trimmed_and_bounded() {
        assert_eq!(ContactId::parse("  ACME-7 ").unwrap().as_str(), "ACME-7");
        assert_eq!(ContactId::parse("Ünïcode").unwrap().key(), "ünïcode");
        assert!(ContactId::parse("   ").unwrap_err().contains("empty"));
        let long = "x".repeat(65);
        assert!(
            ContactId::parse(&long)
                .unwrap_err()
                .contains("65 characters")
        );
        assert!(ContactId::parse(&"é".repeat(64)).is_ok());
        assert!(
            ContactId::parse("a\u{7}b")
                .unwrap_err()
                .contains("control character")
        );
        assert!(ContactId::parse("-").unwrap_err().contains("reserved"));
    }

    #[test]
    fn keys_ignore_letter_case() {
        assert_eq!(contact_key(" ACME "), contact_key("acme"));
        assert_eq!(contact_key("ÄRGER"), contact_key("ärger"));
    }

    #[test]
    fn opening_needs_a_known_type_and_an_exact_amount() {
        let usd = Currency::default();
        let opening = Opening::parse("receivable:250.5", &usd).unwrap();
        assert_eq!(opening.kind, BalanceType::Receivable);
        assert_eq!(opening.signed_minor(), 25050);
        assert_eq!(
            Opening::parse("PAYABLE:4", &usd).unwrap().signed_minor(),
            -400
        );
        assert!(
            Opening::parse("receivable:12.345", &usd)
                .unwrap_err()
                .contains("decimals")
        );
        assert!(
            Opening::parse("receivable:-5", &usd)
                .unwrap_err()
                .contains("negative")
        );
        assert!(
            Opening::parse("owed:5", &usd)
                .unwrap_err()
                .contains("unknown balance type")
        );
        assert!(
            Opening::parse("250", &usd)
                .unwrap_err()
                .contains("needs a type")
        );
    }

    #[test]
    fn emails_need_a_local_part_and_a_dotted_domain() {
        assert_eq!(
            clean_email(" ap@acme.example ").unwrap().unwrap(),
            "ap@acme.example"
        );
        assert_eq!(clean_email("").unwrap(), None);
        for bad in [
            "ap.acme.example",
            "ap@",
            "@acme.com",
            "ap@acme",
            "a p@acme.com",
            "ap@acme.",
        ] {
            assert!(
                clean_email(bad).unwrap_err().contains("not an address"),
                "{bad}"
            );
        }
    }

    #[test]
    fn phones_are_matched_on_digits() {
        assert_eq!(phone_digits("+1 (555) 010-2030"), "15550102030");
        assert_eq!(
            clean_phone("+1 (555) 010-2030 ext 4").unwrap().unwrap(),
            "+1 (555) 010-2030 ext 4"
        );
        assert!(
            clean_phone("call me")
                .unwrap_err()
                .contains("not a phone number")
        );
        assert!(
            clean_phone("12")
                .unwrap_err()
                .contains("not a phone number")
        );
    }

    #[test]
    fn name_keys_drop_case_spaces_and_punctuation() {
        assert_eq!(name_key("ACME, Inc."), name_key("acme inc"));
        assert_ne!(name_key("Acme One"), name_key("Acme Two"));
    }

    #[test]
    fn text_fields_refuse_control_characters_and_excess() {
        assert_eq!(clean_line("  Acme  ").unwrap().unwrap(), "Acme");
        assert_eq!(clean_line("   ").unwrap(), None);
        assert!(clean_line("a\nb").unwrap_err().contains("U+000A"));
        assert_eq!(
            clean_text("line one\nline two").unwrap().unwrap(),
            "line one\nline two"
        );
        assert!(
            clean_line(&"x".repeat(501))
                .unwrap_err()
                .contains("501 characters")
        );
        assert!(clean_text("a\u{0}b").unwrap_err().contains("U+0000"));
    }

    #[test]
    fn tags_are_single_lower_case_words() {
        assert_eq!(clean_tag(" VIP ").unwrap(), "vip");
        assert!(clean_tag("two words").unwrap_err().contains("not one word"));
        assert!(clean_tag("").unwrap_err().contains("empty"));
    }

    #[test]
    fn status_words_are_exact() {
        assert_eq!("Inactive".parse::<Status>().unwrap(), Status::Inactive);
        assert!(
            "closed"
                .parse::<Status>()
                .unwrap_err()
                .contains("unknown status `closed`")
        );
    }
}
