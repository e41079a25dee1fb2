//! Timestamps: `YYYY-MM-DDTHH:MM:SSZ` in UTC, validated and formatted without
//! a date crate.

/// True for a real UTC instant written `YYYY-MM-DDTHH:MM:SSZ` (year 0001 to
/// 9999, real calendar day, no leap second, no fraction, no offset).
///
/// # Examples
///
/// ```
/// use sslvpn_builder::signing::is_valid_timestamp;
/// assert!(is_valid_timestamp("2024-02-29T23:59:59Z"));
/// assert!(!is_valid_timestamp("2023-02-29T00:00:00Z"));
/// assert!(!is_valid_timestamp("2023-01-01T00:00:00.000Z"));
/// ```
pub fn is_valid_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return false;
    }
    if b[16] != b':' || b[19] != b'Z' {
        return false;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(sec)) = (
        num(0, 4),
        num(5, 7),
        num(8, 10),
        num(11, 13),
        num(14, 16),
        num(17, 19),
    ) else {
        return false;
    };
    y >= 1
        && (1..=12).contains(&mo)
        && d >= 1
        && d <= days_in_month(y, mo)
        && h < 24
        && mi < 60
        && sec < 60
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Formats seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
///
/// # Examples
///
/// ```
/// use sslvpn_builder::signing::format_timestamp;
/// assert_eq!(format_timestamp(0), "1970-01-01T00:00:00Z");
/// assert_eq!(format_timestamp(1_678_696_470), "2023-03-13T08:34:30Z");
/// ```
pub fn format_timestamp(unix_seconds: u64) -> String {
    let days = unix_seconds / 86_400;
    let rem = unix_seconds % 86_400;
    // Howard Hinnant's civil_from_days, for days >= 0.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "2023-03-13 08:34:30Z",
            "2023-03-13T08:34:30",
            "2023-03-13T08:34:30+08:00",
            "2023-3-13T08:34:30Z",
            "2023-13-01T00:00:00Z",
            "2023-00-01T00:00:00Z",
            "2023-04-31T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2023-01-01T24:00:00Z",
            "2023-01-01T00:60:00Z",
            "2023-01-01T00:00:60Z",
            "2023-01-01T00:00:0aZ",
            "２０２３-01-01T00:00:00Z",
            "2023-01-01T00:00:00z",
        ] {
            assert!(!is_valid_timestamp(bad), "{bad}");
        }
        assert!(is_valid_timestamp("2000-02-29T00:00:00Z"));
        assert!(is_valid_timestamp("9999-12-31T23:59:59Z"));
    }

    #[test]
    fn format_round_trips_through_validation() {
        // Leap days, century rules, ends of months and years.
        for (secs, want) in [
            (951_782_400, "2000-02-29T00:00:00Z"),
            (4_107_542_399, "2100-02-28T23:59:59Z"),
            (4_107_542_400, "2100-03-01T00:00:00Z"),
            (1_704_067_199, "2023-12-31T23:59:59Z"),
            (253_402_300_799, "9999-12-31T23:59:59Z"),
        ] {
            assert_eq!(format_timestamp(secs), want);
            assert!(is_valid_timestamp(want));
        }
        // Every day over 30 years is a valid, strictly increasing timestamp.
        let mut prev = String::new();
        for day in 0..(30 * 366) {
            let t = format_timestamp(day * 86_400 + 43_210);
            assert!(is_valid_timestamp(&t), "{t}");
            assert!(t > prev);
            prev = t;
        }
        // Far future does not panic.
        let _ = format_timestamp(u64::MAX);
    }
}
