//! Text that cannot hurt where it is read or shown: the safe alphabet of ids, the characters a
//! text may not hold, and the neutralization of cells for spreadsheets and of text for
//! terminals. One place, so that every front end applies the same rules.
//!
//! - **Ids** (groups, controls, scales, options, profiles, response keys): 1 to 64 characters,
//!   each a Unicode letter or digit (so Arabic and accented ids are allowed) or one of
//!   `. - _ : ( )`; in Unicode normalization form C (by the quick check: a mark that might
//!   compose with the letter before it is refused). No spaces, controls, bidi controls, markup
//!   (`<`, `>`, `"`, `'`, `&`) or path separators (`/`, `\`), so an id is safe in a file name,
//!   a terminal, an HTML attribute and a spreadsheet.
//! - **Texts** (titles, statements, notes, evidence, subject fields): no NUL, no C0 control but
//!   tab and line feed (a carriage return only before a line feed), no DEL or C1 control; the
//!   bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) only when balanced,
//!   each closed by its U+202C or U+2069 within the same text, so a text cannot reverse what
//!   follows it.
//! - **Spreadsheet cells** ([`spreadsheet_cell`]): a cell that begins with `=`, `+`, `-`, `@`,
//!   tab or carriage return gets a leading `'` (OWASP's recommendation for CSV injection).
//! - **Terminal text** ([`terminal`]): every control and bidi control character but line feed
//!   and tab is shown as a visible escape (`\u{1b}`), so a name cannot clear the screen.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized};

/// The longest id, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// Punctuation allowed in ids besides letters and digits.
pub const ID_PUNCTUATION: [char; 6] = ['.', '-', '_', ':', '(', ')'];

/// Why an id is refused, as the catalog's token (`None` when the id is safe).
pub fn id_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() {
        return Some("empty");
    }
    if id.chars().count() > MAX_ID_CHARS {
        return Some("too_long");
    }
    if !id.chars().all(|c| c.is_alphanumeric() || ID_PUNCTUATION.contains(&c)) {
        return Some("character");
    }
    if !is_nfc(id) {
        return Some("not_nfc");
    }
    None
}

/// Whether `s` is, without doubt, in Unicode normalization form C: the NFC quick check says
/// yes. A text the quick check cannot decide (a combining mark that might compose with the
/// character before it, e.g. U+0301 or U+0653) is not accepted as an id: the full
/// normalization tables would triple the WebAssembly module's data for ids nobody writes.
pub fn is_nfc(s: &str) -> bool {
    matches!(is_nfc_quick(s.chars()), IsNormalized::Yes)
}

/// Whether `c` is a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What is wrong with a text, if anything: `(reason, character, position)` where `reason` is
/// `control` (a forbidden control character) or `bidi` (an unbalanced bidi control), the
/// character as `U+XXXX` and its 0-based position in characters.
pub fn text_problem(s: &str) -> Option<(&'static str, String, usize)> {
    // Fast path (vectorized, no early exit): printable ASCII only is safe.
    if !s.bytes().fold(false, |other, b| other | (b.wrapping_sub(0x20) >= 0x5F)) {
        return None;
    }
    // Open embeddings/overrides (closed by U+202C) and isolates (closed by U+2069), innermost last.
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        let bad_control = match c {
            '\t' | '\n' => false,
            '\r' => !matches!(chars.peek(), Some((_, '\n'))),
            c => c.is_control(),
        };
        if bad_control {
            return Some(("control", code_point(c), i));
        }
        match c {
            '\u{202A}'..='\u{202E}' if c != '\u{202C}' => open.push((c, i)),
            '\u{2066}'..='\u{2068}' => open.push((c, i)),
            '\u{202C}' => match open.last() {
                Some(('\u{202A}'..='\u{202E}', _)) => {
                    open.pop();
                }
                _ => return Some(("bidi", code_point(c), i)),
            },
            '\u{2069}' => match open.last() {
                Some(('\u{2066}'..='\u{2068}', _)) => {
                    open.pop();
                }
                _ => return Some(("bidi", code_point(c), i)),
            },
            _ => {}
        }
    }
    open.first().map(|&(c, i)| ("bidi", code_point(c), i))
}

/// `U+XXXX` for `c`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// A spreadsheet cell that no spreadsheet runs as a formula: a leading `'` when the text begins
/// with `=`, `+`, `-`, `@`, tab or carriage return (OWASP). Other texts are unchanged.
pub fn spreadsheet_cell(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// Text for a terminal: every control character but line feed and tab, and every bidi control,
/// becomes a visible escape such as `\u{1b}`; other text is unchanged.
pub fn terminal(s: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c);
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_to_the_safe_alphabet() {
        for ok in ["GV.OC-01", "A.5.1", "ac-2(1)", "ctl_1", "urn:x:1", "حوكمة-1", "Ä-1", "٣"] {
            assert_eq!(id_problem(ok), None, "{ok}");
        }
        assert_eq!(id_problem(""), Some("empty"));
        assert_eq!(id_problem(&"a".repeat(65)), Some("too_long"));
        for bad in ["has space", "a\u{202E}b", "<script>", "a\"b", "../etc", "a\\b", "a\u{1b}b", "x'y", "a&b", "tab\t"] {
            assert_eq!(id_problem(bad), Some("character"), "{bad:?}");
        }
        // "Ä" written as A + combining diaeresis: the mark is not a letter.
        assert_eq!(id_problem("A\u{0308}-1"), Some("character"));
        // Arabic with a vowel mark in canonical order is NFC; the marks swapped are not.
        assert_eq!(id_problem("\u{0628}\u{0651}\u{064E}"), Some("not_nfc"));
        assert_eq!(id_problem("\u{0628}\u{064E}\u{0651}"), None);
    }

    #[test]
    fn texts_refuse_controls_and_unbalanced_bidi() {
        assert_eq!(text_problem("line one\nline two\ttab\r\nend"), None);
        assert_eq!(text_problem("nul\0"), Some(("control", "U+0000".into(), 3)));
        assert_eq!(text_problem("\u{1b}[2J"), Some(("control", "U+001B".into(), 0)));
        assert_eq!(text_problem("bell\u{7}"), Some(("control", "U+0007".into(), 4)));
        assert_eq!(text_problem("c1\u{85}"), Some(("control", "U+0085".into(), 2)));
        assert_eq!(text_problem("lone\rreturn"), Some(("control", "U+000D".into(), 4)));
        assert_eq!(text_problem("del\u{7f}"), Some(("control", "U+007F".into(), 3)));
        assert_eq!(text_problem("evil\u{202E}txt.exe"), Some(("bidi", "U+202E".into(), 4)));
        assert_eq!(text_problem("a\u{2067}b"), Some(("bidi", "U+2067".into(), 1)));
        assert_eq!(text_problem("a\u{202C}"), Some(("bidi", "U+202C".into(), 1)));
        // Crossed: an isolate closed inside an embedding it did not open.
        assert_eq!(text_problem("\u{202B}a\u{2066}b\u{202C}c\u{2069}"), Some(("bidi", "U+202C".into(), 4)));
        assert_eq!(text_problem("\u{202B}عربي\u{202C} and \u{2067}فارسی\u{2069}"), None);
        assert_eq!(text_problem("\u{202B}a\u{2066}b\u{2069}c\u{202C}"), None);
    }

    #[test]
    fn spreadsheet_cells_are_not_formulas() {
        for bad in ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            let cell = spreadsheet_cell(bad);
            assert!(cell.starts_with('\''), "{bad:?}");
            assert_eq!(&cell[1..], bad);
        }
        assert_eq!(spreadsheet_cell("Ministry of Health"), "Ministry of Health");
        assert_eq!(spreadsheet_cell(""), "");
    }

    #[test]
    fn terminal_text_shows_controls() {
        assert_eq!(terminal("\u{1b}[2JName\u{7}"), "\\u{1b}[2JName\\u{7}");
        assert_eq!(terminal("a\u{202E}b\0"), "a\\u{202e}b\\u{0}");
        assert_eq!(terminal("two\nlines\ttab and عربي"), "two\nlines\ttab and عربي");
        assert!(matches!(terminal("plain"), Cow::Borrowed(_)));
    }
}
