//! Writes the seeds `scripts/fuzz-seeds.py` needs the core for into DIR: `framework/` the
//! reduced built-in frameworks (`kalkan_fuzz::reduced`), `xlsx/` their workbooks
//! (`kalkan_fuzz::seed_workbooks`).
//!
//!     cargo run --manifest-path fuzz/Cargo.toml --example seeds -- DIR
#![allow(clippy::expect_used)]

use std::path::PathBuf;

fn write(dir: &PathBuf, name: &str, data: &[u8]) {
    std::fs::create_dir_all(dir).expect("a seed directory");
    std::fs::write(dir.join(name), data).expect("a seed file");
}

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: seeds DIR"));
    for (i, fw) in kalkan_fuzz::reduced_builtins().iter().enumerate() {
        let json = serde_json::to_string(fw.framework()).expect("a framework serializes");
        write(&out.join("framework"), &format!("reduced-{i}.json"), json.as_bytes());
    }
    for (i, book) in kalkan_fuzz::seed_workbooks().iter().enumerate() {
        write(&out.join("xlsx"), &format!("workbook-{i}.xlsx"), book);
    }
}
