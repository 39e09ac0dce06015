//! Generated assessments of the built-in `kalkan-public-institution` for the review's tests:
//! deterministic (a seeded linear congruential generator), with cohorts of chosen sizes and
//! maturities, and people's words (names, notes, evidence, dates) that anonymization removes.
#![allow(dead_code, clippy::unwrap_used, clippy::indexing_slicing, clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]

use kalkan::Registry;
use serde_json::{json, Value};

pub const FW: &str = "kalkan-public-institution";

/// A small deterministic generator (a linear congruential one), so a failure reproduces.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Controls of the built-in framework with their options: applicable ones by credit, and the
/// not-applicable one if the scale has it.
pub fn controls() -> Vec<(String, Vec<String>, Option<String>)> {
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let f = fw.framework();
    let mut out = Vec::new();
    f.walk_controls(|c, _| {
        let scale = f.scales.iter().find(|s| s.id == c.scale).unwrap();
        let mut applicable: Vec<_> = scale.options.iter().filter(|o| !o.not_applicable).collect();
        applicable.sort_by(|a, b| a.credit.total_cmp(&b.credit).then(a.meets.cmp(&b.meets)));
        let na = scale.options.iter().find(|o| o.not_applicable).map(|o| o.id.clone());
        out.push((c.id.clone(), applicable.iter().map(|o| o.id.clone()).collect(), na));
    });
    out
}

/// One subject of a cohort: `maturity` in [0, 1] sets how far up each scale its answers land.
pub fn subject(i: usize, country: &str, sector: &str, maturity: f64, rng: &mut Lcg) -> Value {
    let mut responses = serde_json::Map::new();
    for (id, options, na) in controls() {
        let u = rng.next();
        if u < 0.03 {
            continue; // skipped
        }
        let option = match na {
            Some(na) if u > 0.97 => na,
            _ => {
                let x = (maturity + 0.5 * (rng.next() - 0.5)).clamp(0.0, 0.999);
                options[(x * options.len() as f64) as usize].clone()
            }
        };
        responses.insert(
            id,
            json!({"option": option, "notes": format!("note of subject {i}"), "evidence": [format!("evidence-{i}.pdf")], "answered_at": "2026-03-14"}),
        );
    }
    json!({
        "framework": {"id": FW, "version": "^1"},
        "subject": {"name": format!("Institution {i:03} of {country}"), "kind": "agency", "country": country, "sector": sector, "region": "north", "size": "medium"},
        "assessor": {"name": format!("Respondent {i:03}"), "email": format!("respondent{i:03}@example.org")},
        "started": "2024-01-02",
        "completed": "2026-03-27",
        "responses": responses,
    })
}

/// A population: `(country, sector, count, maturity)` per cohort.
pub fn population(spec: &[(&str, &str, usize, f64)], seed: u64) -> Vec<Value> {
    let mut rng = Lcg(seed);
    let mut out = Vec::new();
    for (country, sector, count, maturity) in spec {
        for _ in 0..*count {
            let m = (maturity + 0.3 * (rng.next() - 0.5)).clamp(0.0, 1.0);
            out.push(subject(out.len() + 1, country, sector, m, &mut rng));
        }
    }
    out
}

/// Files for the review's screens, written in `dir`: a national population as JSON Lines (four
/// countries of six sectors; QZ, 3 subjects, is below k = 5), one of its members to place, a
/// series of three yearly assessments of one subject, and two respondents of one ministry.
pub struct ReviewInputs {
    pub lines: std::path::PathBuf,
    pub subject: std::path::PathBuf,
    pub series: Vec<std::path::PathBuf>,
    pub respondents: Vec<std::path::PathBuf>,
}

pub fn review_inputs(dir: &std::path::Path) -> ReviewInputs {
    let spec = [("QM", "finance", 9, 0.75), ("QN", "health", 8, 0.45), ("QS", "public-administration", 6, 0.6), ("QZ", "transport", 3, 0.3)];
    let docs = population(&spec, 31);
    let lines = dir.join("national.jsonl");
    std::fs::write(&lines, docs.iter().map(|d| format!("{d}\n")).collect::<String>()).unwrap();
    let subject = dir.join("subject.json");
    std::fs::write(&subject, docs[2].to_string()).unwrap();
    let mut rng = Lcg(5);
    let mut series = Vec::new();
    for (year, maturity) in [(2024, 0.25), (2025, 0.5), (2026, 0.8)] {
        let mut a = self::subject(1, "QM", "finance", maturity, &mut rng);
        a["completed"] = json!(format!("{year}-06-30"));
        let path = dir.join(format!("series-{year}.json"));
        std::fs::write(&path, a.to_string()).unwrap();
        series.push(path);
    }
    let mut respondents = Vec::new();
    for (i, name) in ["Aylin", "Bilal"].iter().enumerate() {
        let mut a = self::subject(7, "QM", "finance", 0.3 + 0.4 * i as f64, &mut rng);
        a["assessor"] = json!({"name": name});
        let path = dir.join(format!("respondent-{name}.json"));
        std::fs::write(&path, a.to_string()).unwrap();
        respondents.push(path);
    }
    ReviewInputs { lines, subject, series, respondents }
}
