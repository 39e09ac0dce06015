//! Copies the checked-in JSON Schemas (`schemas/*.schema.json`) into the build folder without the
//! whitespace between tokens: the module embeds them, and pretty-printing would only cost size.
//! Nothing else changes (not even key order), so `schema(name)` is the file's content.

use std::path::Path;

fn main() {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas");
    let out = std::env::var("OUT_DIR").map(std::path::PathBuf::from).unwrap_or_else(|_| fail("OUT_DIR is not set"));
    println!("cargo:rerun-if-changed={}", schemas.display());
    let entries = std::fs::read_dir(&schemas).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", schemas.display())));
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).filter(|n| n.ends_with(".schema.json")) else { continue };
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        std::fs::write(out.join(name), compact(&text)).unwrap_or_else(|e| fail(&format!("cannot write {name}: {e}")));
    }
}

/// JSON text without whitespace outside strings.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn fail(message: &str) -> ! {
    eprintln!("kalkan-wasm build: {message}");
    std::process::exit(1)
}
