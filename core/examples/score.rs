//! Scores an assessment and prints a summary. Usage:
//! `cargo run -p kalkan --example score -- [ASSESSMENT.json [FRAMEWORK.json]]`
//! Without arguments it scores the bundled example. Without a framework file, the built-in
//! framework the assessment names is used.

use kalkan::{CompiledFramework, FrameworkSource, GroupScore};

fn show(g: &GroupScore, depth: usize) {
    let f = |v: Option<f64>| v.map_or("-".to_string(), |x| format!("{x:.1}"));
    println!(
        "{:indent$}{:<20} level {:>2}  index {:>6}  compliance {:>6}  answered {}/{}",
        "",
        g.id,
        g.level.map_or("-".into(), |l| l.to_string()),
        f(g.index),
        f(g.compliance),
        g.counts.answered,
        g.counts.controls,
        indent = depth * 2
    );
    for s in &g.groups {
        show(s, depth + 1);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let read = |p: &String| {
        std::fs::read_to_string(p).unwrap_or_else(|e| {
            eprintln!("cannot read {p}: {e}");
            std::process::exit(2)
        })
    };
    let assessment = args.first().map(read).unwrap_or_else(|| kalkan::examples::ASSESSMENT.to_string());
    let result = match args.get(1).map(read) {
        Some(fw) => CompiledFramework::from_json(&fw).and_then(|fw| fw.score_json(&assessment, None)),
        None if args.is_empty() => CompiledFramework::from_json(kalkan::examples::FRAMEWORK).and_then(|fw| fw.score_json(&assessment, None)),
        None => kalkan::Assessment::from_json(&assessment).and_then(|a| FrameworkSource::builtin().for_assessment(&a).and_then(|fw| fw.score(&a, None))),
    };
    match result {
        Ok(r) => {
            println!("{} {} ({})", r.framework.id, r.framework.version, r.framework.digest);
            println!("subject: {}", r.subject.name);
            show(&r.root, 0);
            if let Some(g) = &r.gaps {
                println!("gaps against `{}`: {} control(s)", g.profile, g.controls.len());
                for c in g.controls.iter().take(10) {
                    println!("  {} (level {}, {:?})", c.control, c.level.map_or("-".into(), |l| l.to_string()), c.status);
                }
            }
            for w in &r.warnings {
                println!("warning: {}", w.message);
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            for p in e.problems() {
                eprintln!("  {p}");
            }
            std::process::exit(1);
        }
    }
}
