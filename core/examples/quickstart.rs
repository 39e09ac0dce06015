//! The README's Rust example, kept compiling. Run from the repository root:
//! `cargo run -p kalkan --example quickstart`
use kalkan::Registry;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A framework from the built-in registry (newest version matching the requirement) ...
    let framework = Registry::builtin().get("kalkan-public-institution", "^1")?;
    // ... or from a file: kalkan::CompiledFramework::from_json(&std::fs::read_to_string(path)?)?

    let json = std::fs::read_to_string("examples/public-institution.assessment.json")?;
    let report = framework.score_json(&json, Some("standard"))?; // target profile for gaps
    println!("level {:?}, index {:?}", report.root.level, report.root.index);
    for gap in report.gaps.iter().flat_map(|g| &g.controls).take(5) {
        println!("missing: {} (level {:?})", gap.control, gap.level);
    }
    Ok(())
}
