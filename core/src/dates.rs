//! Dates as documents write them: `YYYY-MM-DD`, or an RFC 3339 timestamp where allowed.

/// Is `s` a calendar date written `YYYY-MM-DD`?
pub(crate) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit())).and_then(|p| p.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Is `s` a date (`YYYY-MM-DD`) or an RFC 3339 timestamp starting with one?
pub(crate) fn is_date_or_timestamp(s: &str) -> bool {
    match s.get(..10) {
        Some(date) if s.len() == 10 => is_date(date),
        Some(date) => is_date(date) && matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' ')) && s.len() >= 19,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_know_month_lengths_and_leap_years() {
        for ok in ["2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in ["2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-0x", ""] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn timestamps_start_with_a_date_and_a_time() {
        assert!(is_date_or_timestamp("2026-11-02"));
        assert!(is_date_or_timestamp("2026-11-02T10:15:00Z"));
        assert!(is_date_or_timestamp("2026-11-02 10:15:00+03:00"));
        assert!(!is_date_or_timestamp("2026-11-02T10"));
        assert!(!is_date_or_timestamp("2026-11-31T10:15:00Z"));
        assert!(!is_date_or_timestamp("yesterday"));
    }
}
