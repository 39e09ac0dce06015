//! The current date and time in UTC, for assessment dates. `SOURCE_DATE_EPOCH` (seconds since
//! 1970) overrides the clock, for reproducible files and tests.

use std::time::{SystemTime, UNIX_EPOCH};

fn now_seconds() -> i64 {
    if let Some(s) = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse::<i64>().ok()) {
        return s;
    }
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn format_date(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

fn format_timestamp(secs: i64) -> String {
    let t = secs.rem_euclid(86_400);
    format!("{}T{:02}:{:02}:{:02}Z", format_date(secs), t / 3600, t / 60 % 60, t % 60)
}

/// Today, `YYYY-MM-DD`.
pub fn today() -> String {
    format_date(now_seconds())
}

/// Now, RFC 3339 in UTC.
pub fn timestamp() -> String {
    format_timestamp(now_seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_timestamp(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_timestamp(1_795_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(format_date(-86_400), "1969-12-31");
    }
}
