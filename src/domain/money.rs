//! Currencies and exact amounts of money.
//!
//! An amount is held as a whole number of the currency's minor units (cents
//! for USD, yen for JPY, fils for KWD), so arithmetic is exact and the
//! database stores plain integers. Text is parsed strictly: digits, an
//! optional point and at most as many decimals as the currency has minor
//! units. Nothing is ever rounded.

use std::fmt;

use rust_decimal::Decimal;

/// The largest amount accepted, in minor units: fifteen digits, so that sums
/// over many millions of ordinary entries still fit in 64 bits.
// TODO: a customer holding more than about 9,200 entries of the largest
// amount would overflow SQLite's 64-bit SUM in the balance queries, and
// as many in one day or one customer's year would overflow the kept totals
// for `top`; the command then fails ("integer overflow", or "cannot store
// REAL value" from the totals) and changes nothing, but a ceiling checked
// on every write would refuse it up front with a clearer message.
pub const MAX_MINOR_UNITS: i64 = 999_999_999_999_999;

/// The currency of a database, fixed when it is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    code: iso_currency::Currency,
    minor_units: u32,
}

impl Currency {
    /// The ISO 4217 currency with this code (any letter case).
    ///
    /// Fails for unknown codes and for the few codes that have no minor unit
    /// defined (such as precious metals), which cannot hold exact amounts.
    pub fn from_code(code: &str) -> Result<Currency, String> {
        let upper = code.trim().to_ascii_uppercase();
        let Some(currency) = iso_currency::Currency::from_code(&upper) else {
            return Err(format!(
                "unknown currency `{code}`; give an ISO 4217 code such as USD, EUR or JPY"
            ));
        };
        let Some(minor_units) = currency.exponent() else {
            return Err(format!(
                "currency `{upper}` has no minor unit, so amounts in it cannot be kept exactly; \
                 choose another currency"
            ));
        };
        Ok(Currency {
            code: currency,
            minor_units: u32::from(minor_units),
        })
    }

    /// The three-letter code, in capitals.
    pub fn code(&self) -> String {
        self.code.code().to_string()
    }

    /// How many decimals an amount in this currency carries.
    pub fn minor_units(&self) -> u32 {
        self.minor_units
    }

    /// Parse an amount of zero or more, such as `1234.5` or `0.25`.
    ///
    /// Refused: signs, thousands separators, exponents, spaces inside, more
    /// decimals than the currency has, and anything over `MAX_MINOR_UNITS`.
    /// The error says what was wrong with the text, not where it came from;
    /// callers add that.
    pub fn parse_amount(&self, text: &str) -> Result<Money, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("an amount is required".to_string());
        }
        if text.starts_with('-') {
            return Err(format!(
                "amount `{text}` is negative; amounts are zero or more"
            ));
        }
        if text.starts_with('+') {
            return Err(format!(
                "amount `{text}` has a sign; write the number alone"
            ));
        }
        if text.contains(',') {
            return Err(format!(
                "amount `{text}` has a comma; write it without thousands separators, \
                 with a point for decimals, like 1234.50"
            ));
        }
        let (whole, fraction) = match text.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (text, None),
        };
        let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits_only(whole) || !fraction.is_none_or(digits_only) {
            return Err(format!("amount `{text}` is not a number like 1234.50"));
        }
        let decimals = fraction.map_or(0, str::len);
        if decimals > self.minor_units as usize {
            return Err(match self.minor_units {
                0 => format!(
                    "amount `{text}` has decimals; {} has no minor units",
                    self.code()
                ),
                n => format!(
                    "amount `{text}` has {decimals} decimals; {} allows at most {n}",
                    self.code()
                ),
            });
        }
        let too_large = || {
            format!(
                "amount `{text}` is too large; the most accepted is {}",
                self.format_minor(MAX_MINOR_UNITS)
            )
        };
        let mut minor: i64 = 0;
        for digit in whole.bytes().chain(fraction.unwrap_or("").bytes()) {
            minor = minor
                .checked_mul(10)
                .and_then(|m| m.checked_add(i64::from(digit - b'0')))
                .ok_or_else(too_large)?;
        }
        for _ in decimals..self.minor_units as usize {
            minor = minor.checked_mul(10).ok_or_else(too_large)?;
        }
        if minor > MAX_MINOR_UNITS {
            return Err(too_large());
        }
        Ok(Money(minor))
    }

    /// An amount as exact decimal text with all the currency's decimals,
    /// such as `1234.50`.
    pub fn format(&self, money: Money) -> String {
        self.format_minor(money.0)
    }

    /// Like `format`, for a raw count of minor units (which may be negative).
    pub fn format_minor(&self, minor: i64) -> String {
        self.decimal(minor).to_string()
    }

    /// The exact decimal value of a count of minor units.
    pub fn decimal(&self, minor: i64) -> Decimal {
        Decimal::new(minor, self.minor_units)
    }

    /// The exact decimal value of a total of many amounts, which may pass
    /// what 64 bits hold.
    pub fn decimal_wide(&self, minor: i128) -> Decimal {
        Decimal::from_i128_with_scale(minor, self.minor_units)
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::from_code("USD").expect("USD is a known ISO 4217 currency")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.code())
    }
}

/// An amount of zero or more, in minor units of the database's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Money(i64);

impl Money {
    /// Nothing.
    pub const ZERO: Money = Money(0);

    /// An amount from minor units read back from the database.
    pub fn from_minor(minor: i64) -> Money {
        Money(minor)
    }

    /// The amount in minor units.
    pub fn minor(self) -> i64 {
        self.0
    }

    /// True for zero.
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd() -> Currency {
        Currency::from_code("usd").unwrap()
    }

    #[test]
    fn minor_units_follow_the_currency() {
        assert_eq!(usd().minor_units(), 2);
        assert_eq!(Currency::from_code("JPY").unwrap().minor_units(), 0);
        assert_eq!(Currency::from_code("KWD").unwrap().minor_units(), 3);
        assert!(
            Currency::from_code("XYZ")
                .unwrap_err()
                .contains("unknown currency `XYZ`")
        );
        assert!(
            Currency::from_code("XAU")
                .unwrap_err()
                .contains("no minor unit")
        );
    }

    #[test]
    fn parses_plain_amounts_exactly() {
        let usd = usd();
        assert_eq!(usd.parse_amount("150").unwrap().minor(), 15000);
        assert_eq!(usd.parse_amount("150.5").unwrap().minor(), 15050);
        assert_eq!(usd.parse_amount(" 0.07 ").unwrap().minor(), 7);
        assert_eq!(usd.parse_amount("0").unwrap(), Money::ZERO);
        assert_eq!(usd.parse_amount("12.").unwrap().minor(), 1200);
        let kwd = Currency::from_code("KWD").unwrap();
        assert_eq!(kwd.parse_amount("1.234").unwrap().minor(), 1234);
    }

    #[test]
    fn refuses_what_is_not_an_exact_amount() {
        let usd = usd();
        let cases = [
            ("12.345", "3 decimals; USD allows at most 2"),
            ("-5", "negative"),
            ("+5", "sign"),
            ("1,234.00", "thousands separators"),
            ("1e3", "not a number"),
            ("1 000", "not a number"),
            (".5", "not a number"),
            ("", "required"),
            ("NaN", "not a number"),
            ("99999999999999999999", "too large"),
            ("10000000000000.00", "too large"),
        ];
        for (text, reason) in cases {
            let err = usd.parse_amount(text).unwrap_err();
            assert!(err.contains(reason), "{text}: {err}");
        }
        let jpy = Currency::from_code("JPY").unwrap();
        assert!(
            jpy.parse_amount("1.5")
                .unwrap_err()
                .contains("no minor units")
        );
    }

    #[test]
    fn formats_with_every_decimal() {
        let usd = usd();
        assert_eq!(usd.format(Money::from_minor(123450)), "1234.50");
        assert_eq!(usd.format(Money::ZERO), "0.00");
        assert_eq!(usd.format_minor(-5), "-0.05");
        let jpy = Currency::from_code("JPY").unwrap();
        assert_eq!(jpy.format(Money::from_minor(1500)), "1500");
    }

    proptest! {
        #[test]
        fn format_then_parse_is_identity(minor in 0i64..=MAX_MINOR_UNITS, code in "(USD|JPY|KWD)") {
            let currency = Currency::from_code(&code).unwrap();
            let text = currency.format(Money::from_minor(minor));
            prop_assert_eq!(currency.parse_amount(&text).unwrap().minor(), minor);
        }
    }
}
