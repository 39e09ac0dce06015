//! Embeds every framework file in `../frameworks/` so that the registry needs no file access at
//! run time: WASM gets them too. Without the `builtin` feature (the lean WebAssembly engine, whose
//! page serves the frameworks as separate files) the lists are written empty. Files are embedded
//! without the whitespace between tokens, which keeps the WASM module small and does not change
//! any framework's digest (computed from the parsed content).

use std::path::PathBuf;

#[path = "build/catalog.rs"]
mod catalog;

/// Removes whitespace outside JSON strings. The result parses to the same value; syntax errors
/// are left for the registry (and the test suite) to report.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    catalogs(&manifest, &out_dir);
    let dir = manifest.join("..").join("frameworks");
    println!("cargo:rerun-if-changed={}", dir.display());
    let embed = std::env::var_os("CARGO_FEATURE_BUILTIN").is_some();
    let listed = |d: &std::path::Path| -> Vec<PathBuf> {
        if !embed {
            return Vec::new();
        }
        let mut v: Vec<PathBuf> = std::fs::read_dir(d)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect())
            .unwrap_or_default();
        v.sort();
        v
    };
    let files = listed(&dir);
    let mut src = String::from("/// Built-in framework files: (file name, JSON text), sorted by file name.\npub static BUILTIN_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                println!("cargo:warning=cannot read {}: {e}", f.display());
                std::process::exit(1);
            }
        };
        let embedded = out_dir.join(format!("builtin-{name}"));
        if let Err(e) = std::fs::write(&embedded, minify(&text)) {
            println!("cargo:warning=cannot write {}: {e}", embedded.display());
            std::process::exit(1);
        }
        src.push_str(&format!("    ({name:?}, include_str!({:?})),\n", embedded.display().to_string()));
    }
    src.push_str("];\n");
    // Mappings between frameworks (`frameworks/mappings/*.json`), embedded the same way.
    let mdir = dir.join("mappings");
    println!("cargo:rerun-if-changed={}", mdir.display());
    let maps = listed(&mdir);
    src.push_str("/// Built-in mapping files: (file name, JSON text), sorted by file name.\npub static BUILTIN_MAPPINGS: &[(&str, &str)] = &[\n");
    for f in &maps {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                println!("cargo:warning=cannot read {}: {e}", f.display());
                std::process::exit(1);
            }
        };
        let embedded = out_dir.join(format!("mapping-{name}"));
        if let Err(e) = std::fs::write(&embedded, minify(&text)) {
            println!("cargo:warning=cannot write {}: {e}", embedded.display());
            std::process::exit(1);
        }
        src.push_str(&format!("    ({name:?}, include_str!({:?})),\n", embedded.display().to_string()));
    }
    src.push_str("];\n");
    if let Err(e) = std::fs::write(out_dir.join("builtin_frameworks.rs"), src) {
        println!("cargo:warning=cannot write the list of built-in frameworks: {e}");
        std::process::exit(1);
    }
}

/// Compiles `l10n/{en,ar,fr}.ftl` (see `build/catalog.rs`) into the build folder, and writes the
/// list the core embeds (`catalogs.rs`): English always, Arabic and French with the
/// `translations` feature.
fn catalogs(manifest: &std::path::Path, out_dir: &std::path::Path) {
    let translations = std::env::var_os("CARGO_FEATURE_TRANSLATIONS").is_some();
    let mut src = String::from("/// The compiled catalogs this build embeds: (language, compiled catalog).\nconst EMBEDDED: &[(&str, &str)] = &[\n");
    for lang in ["en", "ar", "fr"] {
        let path = manifest.join("l10n").join(format!("{lang}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        let compiled = catalog::compile(lang, &source).unwrap_or_else(|e| fail(&e));
        let file = out_dir.join(format!("catalog-{lang}.json"));
        std::fs::write(&file, compiled).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
        if lang == "en" || translations {
            src.push_str(&format!("    ({lang:?}, include_str!({:?})),\n", file.display().to_string()));
        }
    }
    src.push_str("];\n");
    std::fs::write(out_dir.join("catalogs.rs"), src).unwrap_or_else(|e| fail(&format!("cannot write catalogs.rs: {e}")));
}

fn fail(message: &str) -> ! {
    println!("cargo:warning={message}");
    std::process::exit(1)
}
