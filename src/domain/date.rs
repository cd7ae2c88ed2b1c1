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
    // The shape is checked, so each part is digits: read them directly
    // rather than through a format string, which reports and imports do
    // for every date they touch.
    let number = |range: std::ops::Range<usize>| {
        text[range]
            .bytes()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    let year = i32::try_from(number(0..4)).expect("four digits fit");
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
        .ok_or_else(|| format!("date `{text}` does not exist in the calendar"))
}

/// A date as `YYYY-MM-DD` (chrono's own display of a date, without
/// reading a format string each time).
pub fn format_date(date: NaiveDate) -> String {
    date.to_string()
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
        let early = NaiveDate::from_ymd_opt(5, 1, 2).unwrap();
        assert_eq!(format_date(early), "0005-01-02");
    }

    #[test]
    fn reads_and_writes_every_day_as_chrono_formats_do() {
        let mut day = NaiveDate::from_ymd_opt(1899, 12, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(2101, 3, 1).unwrap();
        while day < end {
            let text = format_date(day);
            assert_eq!(text, day.format("%Y-%m-%d").to_string());
            assert_eq!(parse_date(&text), Ok(day));
            day = day.succ_opt().unwrap();
        }
        assert!(
            parse_date("2026-00-10")
                .unwrap_err()
                .contains("does not exist")
        );
        assert!(
            parse_date("2026-04-31")
                .unwrap_err()
                .contains("does not exist")
        );
        assert!(
            parse_date("2100-02-29")
                .unwrap_err()
                .contains("does not exist")
        );
    }
}
