//! Plain-text tables aligned by display width (so Arabic and accented text line up).

use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    End,
}

/// Lays out a header and rows in columns two spaces apart, with a rule under the header.
/// Trailing spaces are trimmed.
pub fn layout(header: &[&str], rows: &[Vec<String>], align: &[Align], indent: &str) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut s = String::from(indent);
        for (i, (cell, w)) in cells.zip(&widths).enumerate() {
            let pad = w.saturating_sub(cell.width());
            if i > 0 {
                s.push_str("  ");
            }
            match align.get(i).copied().unwrap_or(Align::Start) {
                Align::Start => {
                    s.push_str(cell);
                    s.push_str(&" ".repeat(pad));
                }
                Align::End => {
                    s.push_str(&" ".repeat(pad));
                    s.push_str(cell);
                }
            }
        }
        let mut s = s.trim_end().to_string();
        s.push('\n');
        s
    };
    let mut out = line(&mut header.iter().copied());
    let total: usize = widths.iter().sum::<usize>() + 2 * cols.saturating_sub(1);
    out.push_str(indent);
    out.push_str(&"-".repeat(total));
    out.push('\n');
    for r in rows {
        out.push_str(&line(&mut r.iter().map(String::as_str)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_display_width() {
        let rows = vec![vec!["é".to_string(), "1".to_string()], vec!["abc".to_string(), "10".to_string()]];
        let t = layout(&["A", "N"], &rows, &[Align::Start, Align::End], "");
        assert_eq!(t, "A     N\n-------\né     1\nabc  10\n");
    }
}
