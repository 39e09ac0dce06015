//! The HTML report: self-contained, escaped against a hostile framework, right-to-left for Arabic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::*;

fn html(framework: &str, assessment: &str, lang: &str) -> String {
    let out = kalkan().args(["score", assessment, "--framework", framework, "--format", "html", "--lang", lang]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn the_report_is_self_contained_and_has_every_part() {
    let page = html(FRAMEWORK, ASSESSMENT, "en");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    let lower = page.to_lowercase();
    for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href=", "http://", "https://"] {
        assert!(!lower.contains(forbidden), "found {forbidden}");
    }
    assert!(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    // Executive summary with the headline per the framework (level, with the level's name).
    assert!(page.contains("<h2>Executive summary</h2>"));
    assert!(page.contains("<div class=\"label\">Maturity level</div><div class=\"value\">1</div><div class=\"detail\">Performed (1 of 3)</div>"));
    // Two charts: a radar with one axis per top-level group, level bars with targets.
    assert_eq!(page.matches("<svg ").count(), 2);
    assert!(page.contains("<title>Index by group (0-100)</title>") && page.contains("<title>Maturity level by group, against the target</title>"));
    for g in ["Governance", "Protection", "Response"] {
        assert!(page.contains(&format!(">{g}</tspan>")), "{g} missing from the charts");
    }
    // Per-group tables of controls with answer, status and level.
    assert_eq!(page.matches("<table class=\"controls\">").count(), 4);
    assert!(page.contains("<td><bdi class=\"id\">GOV-2</bdi></td><td>Approved security policy</td><td>2 · Documented</td><td>Partially implemented</td><td><span class=\"badge not_met\">Not met</span></td><td class=\"small\">Draft policy awaiting approval</td>"));
    // The gap list, in the core's order.
    let gaps = page.split("<section class=\"gaps\"").nth(1).unwrap();
    let order: Vec<usize> = ["GOV-2", "PRO.ID-2", "PRO.DATA-2"].iter().map(|c| gaps.find(&format!(">{c}<")).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // The exact framework id, version and digest.
    let fw = kalkan::CompiledFramework::from_json(&read(FRAMEWORK)).unwrap();
    assert!(page.contains(&format!("<bdi class=\"id digest\">{}</bdi>", fw.digest())));
    assert!(page.contains("<bdi class=\"id\">example-agency-baseline</bdi>") && page.contains("<bdi class=\"id\">1.2.0</bdi>"));
    // It prints well: page size, breaks, no dark backgrounds forced.
    assert!(page.contains("@media print") && page.contains("@page { size: A4") && page.contains("break-before: page"));
}

#[test]
fn arabic_reads_right_to_left_with_logical_layout() {
    let page = html(FRAMEWORK, ASSESSMENT, "ar");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("<h2>الملخص التنفيذي</h2>") && page.contains("<h2>الفجوات حسب الأولوية (قياسي)</h2>"));
    assert!(page.contains(">الحوكمة</tspan>"));
    assert_eq!(page.matches("direction=\"rtl\"").count(), 2, "both charts are mirrored");
    // Layout uses logical properties only: nothing pinned to left or right.
    for physical in ["margin-left", "margin-right", "padding-left", "padding-right", "text-align: left", "text-align: right", "float:"] {
        assert!(!page.contains(physical), "found {physical}");
    }
    let fr = html(FRAMEWORK, ASSESSMENT, "fr");
    assert!(fr.contains("<html lang=\"fr\" dir=\"ltr\">") && fr.contains("<h2>Synthèse</h2>") && fr.contains("50,0\u{202f}%"));
}

const HOSTILE: [&str; 6] = [
    "<script>alert(\"x\")</script>",
    "\"><img src=x onerror=alert(1)>",
    "Tom & Jerry's \"quoted\" <b>bold</b>",
    "</td></tr></table><script>alert(3)</script>",
    "GOV-1\"><img/src=x/onerror=alert(1)>",
    "<iframe src=//evil>",
];

#[test]
fn ids_with_markup_are_refused_before_any_output() {
    // Ids keep to a safe alphabet: markup, quotes, paths and bidi overrides never reach a report.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(HOSTILE_FRAMEWORK))
        .unwrap()
        .replace("\"GOV-1\"", "\"GOV-1\\\"><img/src=x/onerror=alert(1)>\"")
        .replace("\"GOV\"", "\"GOV\u{202e}<script>\"");
    let path = dir.path().join("ids.framework.json");
    std::fs::write(&path, text).unwrap();
    let out = kalkan().args(["score", HOSTILE_ASSESSMENT, "--format", "html", "--framework"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "nothing is written");
    let err = stderr(&out);
    assert_eq!(err.matches("[invalid_id]").count(), 2, "{err}");
}

#[test]
fn every_text_of_a_hostile_framework_is_escaped_in_html() {
    for lang in ["en", "ar"] {
        let page = html(HOSTILE_FRAMEWORK, HOSTILE_ASSESSMENT, lang);
        let lower = page.to_lowercase();
        for tag in ["<script", "<img", "<iframe", "<b>", "</td></tr></table><"] {
            assert!(!lower.contains(tag), "{lang}: raw {tag} in the page");
        }
        // The hostile texts are there, escaped.
        assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
        assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(page.contains("Tom &amp; Jerry&#39;s &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;"));
        assert!(page.contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;"), "subject");
        assert!(page.contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt; &amp; more"), "notes");
        assert!(page.contains("javascript:alert(&#39;src&#39;)") && !lower.contains("href="), "source url is text");
        // No hostile text appears as it was written, wherever it would land (text or attribute).
        for h in HOSTILE {
            assert!(!page.contains(h), "{lang}: raw {h:?} in the page");
        }
        // No attribute is broken out of: read as a browser would (quoted values may hold `>`),
        // the hostile page has no element or attribute that the example report lacks, every
        // attribute value is double-quoted, and no value holds markup.
        let hostile = tags(&page);
        let example = tags(&html(FRAMEWORK, ASSESSMENT, lang));
        let names = |t: &[Tag]| t.iter().map(|t| t.name.clone()).collect::<std::collections::BTreeSet<_>>();
        let attrs = |t: &[Tag]| t.iter().flat_map(|t| t.attrs.iter().map(|(a, _)| format!("{}[{a}]", t.name))).collect::<std::collections::BTreeSet<_>>();
        let extra: Vec<_> = names(&hostile).difference(&names(&example)).cloned().collect();
        assert!(extra.is_empty(), "{lang}: elements not in the example report: {extra:?}");
        let extra: Vec<_> = attrs(&hostile).difference(&attrs(&example)).cloned().collect();
        assert!(extra.is_empty(), "{lang}: attributes not in the example report: {extra:?}");
        assert!(hostile.len() > 100, "{lang}: the page was not read");
        for t in &hostile {
            for (a, v) in &t.attrs {
                assert!(!a.starts_with("on") && a != "src" && a != "href", "{lang}: <{} {a}>", t.name);
                let v = v.as_deref().unwrap_or_else(|| panic!("{lang}: <{} {a}> is not double-quoted", t.name));
                assert!(!v.contains('<') && !v.contains('>'), "{lang}: <{} {a}=\"{v}\">", t.name);
            }
        }
    }
}

/// An opening tag: its name and attributes; a value is `None` when it was not double-quoted.
struct Tag {
    name: String,
    attrs: Vec<(String, Option<String>)>,
}

/// The opening tags of a page, read the way a browser tokenizes them (comments, doctype, closing
/// tags and the contents of `<style>` are skipped).
fn tags(page: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix("!--") {
            rest = r.split_once("-->").map_or("", |(_, r)| r);
            continue;
        }
        if rest.starts_with('!') || rest.starts_with('/') {
            rest = rest.split_once('>').map_or("", |(_, r)| r);
            continue;
        }
        let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
        let name = rest[..end].to_ascii_lowercase();
        rest = &rest[end..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() {
                break;
            }
            if let Some(r) = rest.strip_prefix('>') {
                rest = r;
                break;
            }
            let end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/').unwrap_or(rest.len()).max(1);
            let attr = rest[..end].to_ascii_lowercase();
            rest = &rest[end..];
            let value = match rest.strip_prefix('=') {
                None => Some(String::new()),
                Some(r) => match r.strip_prefix('"') {
                    Some(r) => {
                        let (v, r) = r.split_once('"').unwrap_or((r, ""));
                        rest = r;
                        Some(v.to_string())
                    }
                    None => {
                        let end = r.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(r.len());
                        rest = &r[end..];
                        None
                    }
                },
            };
            attrs.push((attr, value));
        }
        if name == "style" {
            rest = rest.split_once("</style>").map_or("", |(_, r)| r);
        }
        out.push(Tag { name, attrs });
    }
    out
}

#[test]
fn markdown_and_text_do_not_pass_markup_through() {
    let out = kalkan().args(["score", HOSTILE_ASSESSMENT, "--framework", HOSTILE_FRAMEWORK, "--format", "md"]).output().unwrap();
    let md = stdout(&out);
    for h in HOSTILE {
        assert!(!md.contains(h), "raw {h:?} in Markdown");
    }
    assert!(!md.to_lowercase().contains("<script") && !md.to_lowercase().contains("<img"));
    assert!(md.contains("\\[link\\](javascript:alert(1)) \\| pipe \\*star\\* \\`tick\\`"), "Markdown punctuation is escaped");
    // Every table row has the same number of cells as its header (no `|` leaked from a text).
    let mut expected = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let cells = line.replace("\\|", "").matches('|').count();
            match expected {
                None => expected = Some(cells),
                Some(n) if line.starts_with("|---") || line.starts_with("| ---") => assert_eq!(cells, n),
                Some(n) => assert_eq!(cells, n, "{line}"),
            }
        } else {
            expected = None;
        }
    }
}
