//! The HTML report in a real browser (headless Chromium): screenshots in English and Arabic,
//! the DOM of a hostile report, and printing to PDF. Skipped, with a notice, when
//! /usr/bin/chromium is absent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

const CHROMIUM: &str = "/usr/bin/chromium";

fn chromium_present() -> bool {
    if Path::new(CHROMIUM).exists() {
        true
    } else {
        eprintln!("NOTICE: {CHROMIUM} is absent; skipping the browser checks of the HTML report (run scripts/setup.sh)");
        false
    }
}

/// Runs headless Chromium with `args` on `page`, killing it after 90 s; returns its stdout.
fn chromium(args: &[String], page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed: {status}");
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            child.kill().ok();
            panic!("chromium did not finish in 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

fn report(dir: &Path, framework: &str, assessment: &str, lang: &str) -> PathBuf {
    let path = dir.join(format!("report-{lang}.html"));
    let out = kalkan().args(["score", assessment, "--framework", framework, "--format", "html", "--lang", lang, "-o"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    path
}

fn screenshots_dir() -> PathBuf {
    let dir = root().join("out").join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}

#[test]
fn screenshots_in_english_arabic_and_french_at_desktop_and_phone_widths() {
    if !chromium_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ar", "fr"] {
        // The national example: eight pillars, long titles, every chart.
        let page = dir.path().join(format!("national-{lang}.html"));
        let out = kalkan().args(["score", "examples/national-capacity.assessment.json", "--format", "html", "--lang", lang, "-o"]).arg(&page).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        for (name, width, height) in [("desktop", 1280, 2400), ("phone", 360, 3200)] {
            let shot = screenshots_dir().join(format!("report-{lang}-{name}.png"));
            let _ = std::fs::remove_file(&shot);
            chromium(&[format!("--screenshot={}", shot.display()), format!("--window-size={width},{height}")], &page);
            let bytes = std::fs::read(&shot).unwrap();
            assert_eq!(png_size(&bytes), (width, height));
            // A blank page compresses to a few kilobytes; a rendered report with charts does not.
            assert!(bytes.len() > 40_000, "{lang} {name} screenshot is only {} bytes", bytes.len());
            eprintln!("screenshot: {} ({} bytes)", shot.display(), bytes.len());
        }
    }
}

/// At a phone's width nothing of the report lies outside the screen: wide tables scroll inside
/// themselves, long ids wrap, the charts shrink.
#[test]
fn the_report_fits_a_phone_screen() {
    if !chromium_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in ["ar", "fr", "en"] {
        let page = dir.path().join(format!("national-{lang}.html"));
        let out = kalkan().args(["score", "examples/national-capacity.assessment.json", "--format", "html", "--lang", lang, "-o"]).arg(&page).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        // A probe lists, in the page's title, every element outside the screen that is not the
        // content of a table (tables scroll inside themselves on a phone).
        let probe = dir.path().join(format!("probe-{lang}.html"));
        let html = std::fs::read_to_string(&page).unwrap();
        let script = "<script>addEventListener('load',()=>{const w=document.documentElement.clientWidth;const out=[];\
            for(const e of document.querySelectorAll('body *')){if(e.parentElement.closest('table'))continue;\
            const r=e.getBoundingClientRect();if(r.width>0&&(r.left<-1||r.right>w+1))out.push(e.tagName+'.'+e.className);}\
            document.title='OUT['+out.join(' ')+'] W'+w})</script>";
        std::fs::write(
            &probe,
            html.replacen("</body>", &format!("{script}</body>"), 1)
                .replace("style-src 'unsafe-inline'", "style-src 'unsafe-inline'; script-src 'unsafe-inline'"),
        )
        .unwrap();
        let dom = chromium(&["--dump-dom".into(), "--virtual-time-budget=3000".into(), "--window-size=360,800".into()], &probe);
        let title = dom.split("<title>").nth(1).and_then(|r| r.split('<').next()).unwrap_or_default().to_string();
        assert!(title.starts_with("OUT[] W"), "{lang}: elements outside a 360 px screen: {title}");
    }
}

#[test]
fn the_browser_builds_no_script_or_image_from_a_hostile_framework() {
    if !chromium_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ar"] {
        let page = report(dir.path(), HOSTILE_FRAMEWORK, HOSTILE_ASSESSMENT, lang);
        let dom = chromium(&["--dump-dom".into(), "--virtual-time-budget=2000".into()], &page);
        assert!(dom.contains("<body>") && dom.contains("</html>"), "no DOM dumped: {dom:.200}");
        let lower = dom.to_lowercase();
        for tag in ["<script", "<img", "<iframe"] {
            assert!(!lower.contains(tag), "{lang}: the browser built a {tag} element");
        }
        // The text survived as text.
        assert!(dom.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"), "{lang}");
        assert_eq!(dom.matches("<table class=\"controls\">").count(), 4, "{lang}: tables intact");
    }
}

#[test]
fn the_report_prints_to_a_multi_page_pdf() {
    if !chromium_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = report(dir.path(), FRAMEWORK, ASSESSMENT, "ar");
    let pdf = dir.path().join("report.pdf");
    chromium(&[format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer".into()], &page);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    assert!(bytes.len() > 30_000, "PDF is only {} bytes", bytes.len());
    // The controls and the gaps start on new pages: at least three pages. The page tree's
    // `/Count` is the number of pages.
    let text = String::from_utf8_lossy(&bytes);
    let pages = text
        .match_indices("/Count ")
        .filter_map(|(i, m)| text[i + m.len()..].split(|c: char| !c.is_ascii_digit()).next()?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    assert!(pages >= 3, "expected at least 3 pages, found {pages}");
    eprintln!("PDF: {} bytes, {pages} pages", bytes.len());
    std::fs::copy(&pdf, screenshots_dir().join("report-ar.pdf")).unwrap();
}

/// Every element of `page` outside a screen `width` px wide (tables, and what scrolls inside a
/// `.scroll` box, excepted: they scroll inside themselves), found by a probe script in headless
/// Chromium; empty when the page fits.
fn outside_the_screen(dir: &Path, page: &Path, width: u32) -> String {
    let probe = dir.join(format!("probe-{}", page.file_name().unwrap().to_string_lossy()));
    let html = std::fs::read_to_string(page).unwrap();
    let script = "<script>addEventListener('load',()=>{const w=document.documentElement.clientWidth;const out=[];\
        for(const e of document.querySelectorAll('body *')){if(e.parentElement.closest('table, .scroll'))continue;\
        const r=e.getBoundingClientRect();if(r.width>0&&(r.left<-1||r.right>w+1))out.push(e.tagName+'.'+e.getAttribute('class')+'['+Math.round(r.left)+','+Math.round(r.right)+']');}\
        document.title='OUT['+out.join(' ')+'] W'+w})</script>";
    std::fs::write(
        &probe,
        html.replacen("</body>", &format!("{script}</body>"), 1).replace("style-src 'unsafe-inline'", "style-src 'unsafe-inline'; script-src 'unsafe-inline'"),
    )
    .unwrap();
    let dom = chromium(&["--dump-dom".into(), "--virtual-time-budget=3000".into(), format!("--window-size={width},800")], &probe);
    let title = dom.split("<title>").nth(1).and_then(|r| r.split('<').next()).unwrap_or_default().to_string();
    assert!(title.starts_with("OUT["), "the probe did not run: {dom:.300}");
    title.trim_start_matches("OUT[").split("] W").next().unwrap_or_default().to_string()
}

/// The review's pages (the benchmark: box plots, level heat map, placement; the comparison and
/// trend: a line chart per top-level group), in English, Arabic and French.
fn review_pages(dir: &Path) -> Vec<(String, PathBuf)> {
    let inputs = common::population::review_inputs(dir);
    let s = |p: &Path| p.display().to_string();
    let mut pages = Vec::new();
    for lang in ["en", "ar", "fr"] {
        let benchmark = dir.join(format!("benchmark-{lang}.html"));
        let out = kalkan()
            .args([
                "aggregate",
                &s(&inputs.lines),
                "--by",
                "country",
                "--subject",
                &s(&inputs.subject),
                "--format",
                "html",
                "--lang",
                lang,
                "-o",
                &s(&benchmark),
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let trend = dir.join(format!("trend-{lang}.html"));
        let out = kalkan().arg("compare").args(&inputs.series).args(["--format", "html", "--lang", lang, "-o", &s(&trend)]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        for (name, page) in [(format!("benchmark-{lang}"), benchmark), (format!("trend-{lang}"), trend)] {
            // Kept beside the screenshots, to open by hand.
            std::fs::copy(&page, screenshots_dir().join(format!("{name}.html"))).unwrap();
            pages.push((name, page));
        }
    }
    pages
}

#[test]
fn review_screenshots_in_english_arabic_and_french_at_desktop_and_phone_widths() {
    if !chromium_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, page) in review_pages(dir.path()) {
        for (size, width, height) in [("desktop", 1280, 2600), ("phone", 360, 4200)] {
            let shot = screenshots_dir().join(format!("{name}-{size}.png"));
            let _ = std::fs::remove_file(&shot);
            chromium(&[format!("--screenshot={}", shot.display()), format!("--window-size={width},{height}")], &page);
            let bytes = std::fs::read(&shot).unwrap();
            assert_eq!(png_size(&bytes), (width, height));
            assert!(bytes.len() > 40_000, "{name} {size} screenshot is only {} bytes", bytes.len());
            eprintln!("screenshot: {} ({} bytes)", shot.display(), bytes.len());
        }
    }
}

/// At a phone's width, and on a desktop, nothing of the review's pages lies outside the screen
/// (a table wider than the page once pushed an Arabic page off a desktop screen entirely).
#[test]
fn the_review_pages_fit_a_phone_and_a_desktop_screen() {
    if !chromium_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, page) in review_pages(dir.path()) {
        for width in [360, 1280] {
            let outside = outside_the_screen(dir.path(), &page, width);
            assert!(outside.is_empty(), "{name}: elements outside a {width} px screen: {outside}");
        }
    }
}
