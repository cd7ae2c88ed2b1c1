//! Calendar dates as the product writes them: `YYYY-MM-DD`, nothing else.
//!
//! "Today" is the local date unless `DUEBOOK_TODAY` fixes it, so scripts and
//! tests can reproduce a report of any day.

use chrono::NaiveDate;

/// The environment variable that overrides today's date.
pub const TODAY_VAR: &str = "DUEBOOK_TODAY";

/// Parse a date written `YYYY-MM-DD` that exists in the calendar.
///
/// The error names the text and says which form is expected.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !well_formed {
        return Err(format!("date `{text}` is not written YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("date `{text}` does not exist in the calendar"))
}

/// A date as `YYYY-MM-DD`.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Today's date: `DUEBOOK_TODAY` when it is set and not empty, else the
/// local date.
pub fn today() -> Result<NaiveDate, String> {
    match std::env::var(TODAY_VAR) {
        Ok(text) if !text.trim().is_empty() => {
            parse_date(&text).map_err(|e| format!("{TODAY_VAR}: {e}; fix or unset it"))
        }
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_dates_only() {
        assert_eq!(parse_date("2026-02-28").unwrap().to_string(), "2026-02-28");
        assert_eq!(parse_date("2028-02-29").unwrap().to_string(), "2028-02-29");
        assert!(
            parse_date("2026-02-30")
                .unwrap_err()
                .contains("does not exist")
        );
        assert!(
            parse_date("2026-13-01")
                .unwrap_err()
                .contains("does not exist")
        );
        for bad in [
            "2026-2-3",
            "26-02-03",
            "2026/02/03",
            "20260203",
            "",
            "2026-02-03x",
        ] {
            assert!(parse_date(bad).unwrap_err().contains("YYYY-MM-DD"), "{bad}");
        }
    }

    #[test]
    fn formats_as_iso() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(format_date(date), "2026-03-09");
    }
}
