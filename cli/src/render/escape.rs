//! Escaping of untrusted text (framework and assessment texts) for HTML and Markdown.

/// Escapes text for HTML element content and for quoted attribute values (the core's escaping,
/// which its SVG charts use too).
///
/// ```text
/// "<a href='x'>&" -> "&lt;a href=&#39;x&#39;&gt;&amp;"
/// ```
pub use kalkan::charts::escape_html as html;

/// Escapes text for a Markdown table cell or paragraph: Markdown punctuation is backslash-escaped,
/// HTML is written as entities (so no raw HTML reaches a renderer), and line breaks become spaces.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_every_special_character() {
        assert_eq!(html("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(html("\"><img src=x onerror=alert(1)>"), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assert_eq!(html("a & b 'c'"), "a &amp; b &#39;c&#39;");
        assert_eq!(html("&amp;"), "&amp;amp;");
        assert_eq!(html("الحوكمة é"), "الحوكمة é");
        assert_eq!(html("a\u{0}b"), "a\u{fffd}b");
    }

    #[test]
    fn markdown_neutralizes_markup() {
        assert_eq!(markdown("a|b"), "a\\|b");
        assert_eq!(markdown("<script>"), "&lt;script&gt;");
        assert_eq!(markdown("[x](javascript:1)"), "\\[x\\](javascript:1)");
        assert_eq!(markdown("line\nbreak"), "line break");
        assert_eq!(markdown("*_`"), "\\*\\_\\`");
    }
}
