//! Times the OSCAL catalog import in process (for `scripts/bench-oscal.sh`):
//!
//! ```sh
//! cargo run --release -p kalkan --example oscal_import_time -- CATALOG.json [RUNS]
//! ```
//!
//! Prints one JSON line: `runs`, `median_ms`, `best_ms`, `controls`. The file is read once;
//! each run imports it from its text (parse, build, render parameters).

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: oscal_import_time CATALOG.json [RUNS]")?;
    let runs: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(20).max(1);
    let text = std::fs::read_to_string(&path)?;
    let mut times = Vec::with_capacity(runs);
    let mut controls = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let imported = kalkan::import_oscal_catalog(&text, &kalkan::OscalOptions::default())?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        controls = imported.report.controls;
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(runs / 2).copied().unwrap_or_default();
    let best = times.first().copied().unwrap_or_default();
    println!("{{\"runs\": {runs}, \"median_ms\": {median:.2}, \"best_ms\": {best:.2}, \"controls\": {controls}}}");
    Ok(())
}
