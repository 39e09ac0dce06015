//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod population;

use std::path::{Path, PathBuf};

/// The workspace root (commands run there, so paths in outputs are short and stable).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub const FRAMEWORK: &str = "examples/agency-baseline.framework.json";
pub const ASSESSMENT: &str = "examples/agency-baseline.assessment.json";
pub const HOSTILE_FRAMEWORK: &str = "cli/tests/fixtures/hostile.framework.json";
pub const HOSTILE_ASSESSMENT: &str = "cli/tests/fixtures/hostile.assessment.json";

/// `kalkan` run from the workspace root, with a fixed clock (2026-11-18T11:06:40Z).
pub fn kalkan() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(env!("CARGO_BIN_EXE_kalkan"));
    c.current_dir(root()).env("SOURCE_DATE_EPOCH", "1795000000").env_remove("NO_COLOR");
    c
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

pub fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(root().join(path)).expect("readable file")
}

/// Compares `actual` with `tests/golden/NAME`; `KALKAN_BLESS=1` rewrites the file instead.
pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden").join(name);
    if std::env::var_os("KALKAN_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
        eprintln!("blessed {}", path.display());
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing golden file {}; run with KALKAN_BLESS=1", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with KALKAN_BLESS=1 to accept the new output)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}
