//! End-to-end scoring (assessment JSON → report, and → report JSON) against only deserializing
//! the same assessment JSON, on a generated framework of 1,200 controls. Target: report JSON
//! within 1.2× of deserializing.
//!
//! After criterion's figures, the run times the three again in one process, interleaved round
//! by round so that load from elsewhere on the machine falls on all three alike, and prints the
//! medians and the two ratios (`KALKAN_RATIO_ROUNDS` sets the number of rounds, default 400).
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::{Duration, Instant};

use criterion::{black_box, criterion_group, Criterion};
use kalkan::{Assessment, CompiledFramework, JsonLayout};

/// Only deserializes the public `Assessment`: the yardstick.
#[inline(never)]
fn deserialize_only(a_json: &str) -> usize {
    serde_json::from_str::<Assessment>(a_json).map(|a| a.responses.len()).unwrap_or(0)
}

/// Assessment JSON to a `Report` value.
#[inline(never)]
fn score_to_report(fw: &CompiledFramework, a_json: &str) -> Option<u32> {
    fw.score_json(a_json, None).ok().and_then(|r| r.root.level)
}

/// Assessment JSON to report JSON text, the way front ends do it (without a `Report` between).
#[inline(never)]
fn score_to_report_json(fw: &CompiledFramework, a_json: &str) -> usize {
    fw.report_json(a_json, None, JsonLayout::Compact).map_or(0, |s| s.len())
}

fn setup() -> Option<(CompiledFramework, String)> {
    let (fw_json, a_json) = common::big_framework();
    match CompiledFramework::from_json(&fw_json) {
        Ok(fw) => {
            assert!(fw.control_count() >= 1000);
            Some((fw, a_json))
        }
        Err(e) => {
            eprintln!("benchmark framework is invalid: {e}");
            None
        }
    }
}

fn bench(c: &mut Criterion) {
    let Some((fw, a_json)) = setup() else { return };
    let mut g = c.benchmark_group("assessment_1200_controls");
    g.bench_function("deserialize_only", |b| b.iter(|| black_box(deserialize_only(black_box(&a_json)))));
    g.bench_function("score_to_report", |b| b.iter(|| black_box(score_to_report(&fw, black_box(&a_json)))));
    g.bench_function("score_to_report_json", |b| b.iter(|| black_box(score_to_report_json(&fw, black_box(&a_json)))));
    g.finish();
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// The three timed in one process: each round times a few iterations of each, in an order that
/// rotates from round to round.
fn ratios() {
    let Some((fw, a_json)) = setup() else { return };
    let rounds: usize = std::env::var("KALKAN_RATIO_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(400);
    const PER_ROUND: u32 = 4;
    let mut samples: [Vec<Duration>; 3] = Default::default();
    let run = |which: usize| match which {
        0 => black_box(deserialize_only(black_box(&a_json))),
        1 => black_box(score_to_report(&fw, black_box(&a_json))).map_or(0, |l| l as usize),
        _ => black_box(score_to_report_json(&fw, black_box(&a_json))),
    };
    for which in 0..3 {
        run(which);
    }
    for round in 0..rounds {
        for k in 0..3 {
            let which = (round + k) % 3;
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                run(which);
            }
            samples[which].push(start.elapsed() / PER_ROUND);
        }
    }
    let [d, r, j] = samples.map(median);
    let us = |t: Duration| t.as_secs_f64() * 1e6;
    println!("\nmedians over {rounds} interleaved rounds of {PER_ROUND}:");
    println!("  deserialize_only      {:9.1} µs", us(d));
    println!("  score_to_report       {:9.1} µs", us(r));
    println!("  score_to_report_json  {:9.1} µs", us(j));
    println!("  report / deserialize       {:.2}", us(r) / us(d));
    println!("  report json / deserialize  {:.2}  (target ≤ 1.20)", us(j) / us(d));
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // Only a real run (cargo passes `--bench`): not `cargo test --benches`, nor `-- --list`.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--list") {
        ratios();
    }
}
