//! The national review from the command line: `merge`, `compare` (two and a series, every
//! format), `aggregate` (folders, JSON Lines files, standard input, cohorts, k, a subject placed,
//! csv/json/html/parquet), `anonymize`, and `score` on JSON Lines into csv/json/parquet, with the
//! Parquet files read back. The privacy tests prove that a suppressed cohort's values (and what
//! subtraction from the totals would give) appear in no format, and that anonymized files hold
//! none of the removed fields.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::cast_precision_loss, clippy::float_cmp)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use arrow_array::{Array, BooleanArray, Float64Array, RecordBatch, StringArray, UInt32Array, UInt64Array};
use common::population::{population, subject, Lcg, FW};
use common::{kalkan, stderr, stdout};
use kalkan::{Aggregator, Registry};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::{json, Value};

/// Four countries: QZ (3 subjects) is below k = 5, so it is suppressed, and with it QS (6), the
/// smallest other cohort, so that the total less the published cohorts is 9 subjects, not 3.
const COHORTS: [(&str, &str, usize, f64); 4] = [("QM", "finance", 9, 0.75), ("QN", "health", 8, 0.45), ("QS", "energy", 6, 0.6), ("QZ", "transport", 3, 0.3)];

fn write_lines(path: &Path, docs: &[Value]) {
    let text: String = docs.iter().map(|d| format!("{d}\n")).collect();
    std::fs::write(path, text).unwrap();
}

fn write_folder(dir: &Path, docs: &[Value]) {
    std::fs::create_dir_all(dir).unwrap();
    for (i, d) in docs.iter().enumerate() {
        std::fs::write(dir.join(format!("a{i:03}.json")), serde_json::to_string_pretty(d).unwrap()).unwrap();
    }
}

fn run(args: &[&str]) -> std::process::Output {
    kalkan().args(args).output().unwrap()
}

fn ok(out: &std::process::Output) -> String {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(out));
    stdout(out)
}

fn arg(p: &Path) -> String {
    p.display().to_string()
}

/// Every record batch of a Parquet file.
fn parquet_batches(path: &Path) -> Vec<RecordBatch> {
    let file = std::fs::File::open(path).unwrap();
    ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap().map(Result::unwrap).collect()
}

fn column<'a, T: 'static>(batch: &'a RecordBatch, name: &str) -> &'a T {
    batch.column_by_name(name).unwrap_or_else(|| panic!("no column {name}")).as_any().downcast_ref::<T>().unwrap_or_else(|| panic!("{name}: another type"))
}

/// Every figure (minimum, quartiles, median, maximum, mean) in a JSON value.
fn floats(v: &Value, out: &mut Vec<f64>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| floats(x, out)),
        Value::Object(m) => {
            for (k, x) in m {
                match x.as_f64() {
                    Some(f) if ["min", "q1", "median", "q3", "max", "mean"].contains(&k.as_str()) => out.push(f),
                    _ => floats(x, out),
                }
            }
        }
        _ => {}
    }
}

/// The visible text of a page: no tags, no style.
fn visible(html: &str) -> String {
    let without_style =
        html.split("<style>").enumerate().map(|(i, p)| if i == 0 { p } else { p.split_once("</style>").map_or("", |(_, r)| r) }).collect::<String>();
    let mut out = String::new();
    let mut inside = false;
    for c in without_style.chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                out.push(' ');
            }
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
}

// --- merge ------------------------------------------------------------------------------------

fn respondent(name: &str, responses: Value) -> Value {
    json!({"framework": {"id": FW, "version": "^1"}, "subject": {"name": "Ministry of Ports", "country": "QM"}, "assessor": {"name": name}, "responses": responses})
}

#[test]
fn merge_writes_the_merged_assessment_and_the_conflict_report() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("aylin.json");
    let b = dir.path().join("bilal.json");
    let c = dir.path().join("chloe.json");
    std::fs::write(
        &a,
        respondent("Aylin", json!({"GOV-01": {"option": "fully-implemented"}, "GOV-02": {"option": "not-implemented", "notes": "no budget"}})).to_string(),
    )
    .unwrap();
    std::fs::write(&b, respondent("Bilal", json!({"GOV-01": {"option": "fully-implemented"}, "GOV-02": {"option": "largely-implemented"}})).to_string())
        .unwrap();
    std::fs::write(&c, respondent("Chloé", json!({"GOV-01": {"option": "fully-implemented"}, "GOV-03": {"option": "partially-implemented"}})).to_string())
        .unwrap();
    let merged = dir.path().join("out/merged.json");
    let (a, b, c, m) = (arg(&a), arg(&b), arg(&c), arg(&merged));

    // Consensus: GOV-01 agreed, GOV-02 a conflict (its notes shown), GOV-03 answered by one only.
    let out = run(&["merge", &a, &b, &c, "-o", &m]);
    let report = ok(&out);
    assert!(stderr(&out).contains(&format!("wrote {m}")), "{}", stderr(&out));
    assert!(report.contains("Merged by the rule consensus: 2 controls answered, 1 conflict (0 settled by adjudication)."), "{report}");
    assert!(report.contains("GOV-02") && report.contains("Aylin: not-implemented — no budget") && report.contains("Bilal: largely-implemented"), "{report}");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&merged).unwrap()).unwrap();
    assert_eq!(doc["responses"]["GOV-01"]["option"], "fully-implemented");
    assert!(doc["responses"].get("GOV-02").is_none());
    assert_eq!(doc["merge"]["respondents"].as_array().unwrap().len(), 3);
    // The merged file is an assessment: it validates and scores.
    ok(&run(&["validate", &m]));
    ok(&run(&["score", &m, "--format", "json"]));

    // Minimum, as JSON (the record) and Markdown; in French.
    let out = ok(&run(&["merge", &a, &b, &c, "-o", &m, "--rule", "minimum", "--format", "json"]));
    let record: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(record["rule"], "minimum");
    assert_eq!(record["conflicts"], json!([]));
    let md = ok(&run(&["merge", &a, &b, &c, "-o", &m, "--rule", "majority", "--format", "md", "--lang", "fr"]));
    // French typography: a no-break space before the colon.
    let md = md.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(md.starts_with("# Évaluation fusionnée : Ministry of Ports"), "{md}");
    assert!(md.contains("Fusion par la règle majorité : 2 mesures renseignées, 1 désaccord (0 tranché par arbitrage)."), "{md}");

    // An adjudication settles the conflict.
    let adj = dir.path().join("decisions.json");
    std::fs::write(&adj, json!({"framework": {"id": FW, "version": "^1"}, "adjudicator": {"name": "Review board"}, "decisions": {"GOV-02": {"option": "partially-implemented"}}}).to_string())
        .unwrap();
    let report = ok(&run(&["merge", &a, &b, &c, "-o", &m, "--adjudication", &arg(&adj)]));
    assert!(report.contains("1 conflict (1 settled by adjudication)") && report.contains("settled as partially-implemented"), "{report}");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&merged).unwrap()).unwrap();
    assert_eq!(doc["responses"]["GOV-02"]["option"], "partially-implemented");

    // The same respondent twice: rejected, located by position, nothing written.
    std::fs::remove_file(&merged).unwrap();
    let out = run(&["merge", &a, &a, "-o", &m]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("(positions in the order given)") && err.contains("/1/assessor") && err.contains("[duplicate_respondent]"), "{err}");
    assert!(!merged.exists());
    // The conflict report is text, json or md.
    let out = run(&["merge", &a, &b, "-o", &m, "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`kalkan merge` writes one of: text, json, md"), "{}", stderr(&out));
}

// --- compare and trend ------------------------------------------------------------------------

#[test]
fn compare_two_assessments_and_a_series_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg(7);
    let mut files = Vec::new();
    for (year, maturity) in [(2024, 0.3), (2025, 0.5), (2026, 0.7)] {
        let mut a = subject(1, "QM", "finance", maturity, &mut rng);
        a["completed"] = json!(format!("{year}-06-30"));
        let path = dir.path().join(format!("{year}.json"));
        std::fs::write(&path, a.to_string()).unwrap();
        files.push(arg(&path));
    }
    let groups = Registry::builtin().get(FW, "^1").unwrap().framework().groups.len();

    // Two: old, new.
    let text = ok(&run(&["compare", &files[0], &files[2]]));
    assert!(text.starts_with("What changed: Institution 001 of QM"), "{text}");
    assert!(text.contains("2024-06-30 → 2026-06-30") && text.contains("improved"), "{text}");
    let json: Value = serde_json::from_str(&ok(&run(&["compare", &files[0], &files[2], "--format", "json"]))).unwrap();
    let c = &json["comparison"];
    assert_eq!(c["groups"][0]["group"], FW);
    assert!(c["groups"][0]["index_delta"].as_f64().unwrap() > 0.0);
    assert_eq!(json["trend"]["points"].as_array().unwrap().len(), 2);

    // A series, given out of order: put in date order; a trend table and a line chart per
    // top-level group (and one for the whole framework).
    let series = [files[2].as_str(), files[0].as_str(), files[1].as_str()];
    let json: Value = serde_json::from_str(&ok(&run(&[&["compare"][..], &series[..], &["--format", "json"]].concat()))).unwrap();
    let dates: Vec<&str> = json["trend"]["points"].as_array().unwrap().iter().map(|p| p["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2024-06-30", "2025-06-30", "2026-06-30"]);
    assert_eq!(json["trend"]["series"].as_array().unwrap().len(), groups + 1);
    let md = ok(&run(&[&["compare"][..], &series[..], &["--format", "md"]].concat()));
    assert!(md.starts_with("# What changed") && md.contains("## Index over time") && md.contains("| 2024-06-30 | 2025-06-30 | 2026-06-30 |"), "{md}");
    let page = dir.path().join("trend.html");
    let out = run(&[&["compare"][..], &series[..], &["--format", "html", "--lang", "ar", "-o", &arg(&page)]].concat());
    ok(&out);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert_eq!(html.matches("<figure class=\"scroll\">").count(), groups + 1, "a line chart per top-level group and the root");
    assert_eq!(html.matches("<svg ").count(), groups + 1);
    assert!(html.contains("<polyline"), "line charts draw lines");
    assert!(!html.contains("<script"), "no script in the page");
    // CSV is not a comparison format; two subjects are not a series.
    let out = run(&["compare", &files[0], &files[1], "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    let mut other: Value = serde_json::from_str(&std::fs::read_to_string(&files[1]).unwrap()).unwrap();
    other["subject"]["name"] = json!("Another institution");
    let other_path = dir.path().join("other.json");
    std::fs::write(&other_path, other.to_string()).unwrap();
    let out = run(&["compare", &files[0], &arg(&other_path)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("[subject_mismatch]"), "{}", stderr(&out));
}

// --- aggregate --------------------------------------------------------------------------------

#[test]
fn aggregate_reads_folders_json_lines_and_standard_input_alike() {
    let dir = tempfile::tempdir().unwrap();
    let docs = population(&COHORTS, 11);
    let folder = dir.path().join("national");
    write_folder(&folder, &docs);
    let lines = dir.path().join("all.jsonl");
    write_lines(&lines, &docs);
    let from_folder = ok(&run(&["aggregate", &arg(&folder), "--by", "country", "--format", "json"]));
    let from_lines = ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "json"]));
    let from_stdin = ok(&kalkan()
        .args(["aggregate", "-", "--by", "country", "--format", "json", "--jobs", "1"])
        .write_stdin(std::fs::read(&lines).unwrap())
        .output()
        .unwrap());
    assert_eq!(from_folder, from_lines);
    assert_eq!(from_lines, from_stdin);
    let b: Value = serde_json::from_str(&from_lines).unwrap();
    let fam = &b["families"][0];
    assert_eq!((b["k"].as_u64(), fam["framework"].as_str(), fam["total"]["n"].as_u64()), (Some(5), Some(FW), Some(26)));
    let cohort = |key: &str| fam["cohorts"].as_array().unwrap().iter().find(|c| c["key"][0] == key).unwrap().clone();
    assert_eq!((cohort("QM")["n"].as_u64(), cohort("QN")["n"].as_u64()), (Some(9), Some(8)));
    assert!(cohort("QZ")["suppressed"].as_bool().unwrap() && cohort("QS")["suppressed"].as_bool().unwrap());

    // The statistics are the core's, computed here from the same documents.
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let mut agg = Aggregator::new(vec![kalkan::CohortKey::Country]);
    for d in &docs {
        agg.add(&fw.score(&kalkan::Assessment::from_value(d.clone()).unwrap(), None).unwrap());
    }
    assert_eq!(b, serde_json::to_value(agg.statistics(5)).unwrap());

    // k and two keys: with k = 3 only QZ (3) is published, with k = 4 it is not.
    let k3: Value = serde_json::from_str(&ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--k", "3", "--format", "json"]))).unwrap();
    assert!(k3["families"][0]["cohorts"].as_array().unwrap().iter().all(|c| !c["suppressed"].as_bool().unwrap()));
    let two: Value = serde_json::from_str(&ok(&run(&["aggregate", &arg(&lines), "--by", "country,sector", "--k", "1", "--format", "json"]))).unwrap();
    assert_eq!(two["by"], json!(["country", "sector"]));
    assert_eq!(two["families"][0]["cohorts"][0]["key"], json!(["QM", "finance"]));

    // A subject placed among its peers (JSON and text).
    let subject = dir.path().join("subject.json");
    std::fs::write(&subject, docs[0].to_string()).unwrap();
    let placed: Value =
        serde_json::from_str(&ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--subject", &arg(&subject), "--format", "json"]))).unwrap();
    let peers = placed["placement"]["peers"].as_array().unwrap();
    assert_eq!((peers[0]["n"].as_u64(), peers[1]["key"].clone()), (Some(26), json!(["QM"])));
    assert!(peers[1]["compared"].as_u64().unwrap() > 0);
    let text = ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--subject", &arg(&subject)]));
    assert!(text.contains("Benchmark of") && text.contains("QM (9 subjects)") && text.contains("QZ: suppressed"), "{text}");
    assert!(text.contains("Where Institution 001 of QM stands") && text.contains("Against the cohort QM: above the median in"), "{text}");

    // CSV, HTML and Parquet: the same figures.
    let csv = ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "csv"]));
    let header = csv.lines().next().unwrap();
    assert_eq!(header, "framework,major,total,country,suppressed,subjects,group,measure,n,min,q1,median,q3,max,mean,resolution");
    let total_index = csv.lines().find(|l| l.starts_with(&format!("{FW},1,true,,false,26,{FW},index,"))).unwrap();
    let summary = &fam["total"]["groups"][0]["index"];
    let figures: Vec<f64> = total_index.split(',').skip(9).take(6).map(|v| v.parse().unwrap()).collect();
    assert!(total_index.ends_with(','), "exact quartiles: no resolution");
    assert_eq!(figures, ["min", "q1", "median", "q3", "max", "mean"].map(|f| summary[f].as_f64().unwrap()));
    assert_eq!(csv.lines().filter(|l| l.contains(",QZ,true,,")).count(), 1, "a suppressed cohort is one row with no figure");
    let parquet = dir.path().join("stats/benchmark.parquet");
    let out = run(&["aggregate", &arg(&lines), "--by", "country", "--format", "parquet", "-o", &arg(&parquet)]);
    ok(&out);
    let batches = parquet_batches(&parquet);
    let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
    assert_eq!(rows, csv.lines().count() - 1, "one Parquet row per CSV row");
    let b0 = &batches[0];
    assert_eq!(b0.schema().fields().iter().map(|f| f.name().as_str()).collect::<Vec<_>>().join(","), header);
    let (median, n, total) = (column::<Float64Array>(b0, "median"), column::<UInt64Array>(b0, "n"), column::<BooleanArray>(b0, "total"));
    assert!(total.value(0) && n.value(0) == 26);
    assert_eq!(median.value(0), summary["median"].as_f64().unwrap());
    // Parquet needs a file; Markdown is not a benchmark format; k is at least 1.
    for (bad, code, says) in [
        (vec!["--format", "parquet"], 2, "Parquet is written to a file"),
        (vec!["--format", "md"], 2, "`kalkan aggregate` writes one of"),
        (vec!["--k", "0"], 2, "`--k` must be 1 or more"),
        (vec!["--by", "planet"], 2, "`by`"),
    ] {
        let out = run(&[&["aggregate", &arg(&lines)][..], &bad[..]].concat());
        assert_eq!(out.status.code(), Some(code), "{bad:?}");
        assert!(stderr(&out).contains(says), "{bad:?}: {}", stderr(&out));
    }
    // The HTML benchmark: box plots, a level heat map, a table of medians; in French.
    let html = ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "html", "--lang", "fr", "--subject", &arg(&subject)]));
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">") && html.matches("<svg ").count() == 3, "two box plots and a heat map");
    assert!(html.contains("Indice par cohorte") && html.contains("Position de Institution 001 of QM"));
    // A line that cannot be scored: the others are, and the exit code says one failed.
    let broken = dir.path().join("broken.jsonl");
    std::fs::write(&broken, format!("{}\n{{\"framework\": 1}}\n\n{}\n", docs[0], docs[1])).unwrap();
    let out = run(&["aggregate", &arg(&broken), "--format", "json", "--k", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("{}:2", arg(&broken))) && stderr(&out).contains("could not be scored: 1 of 3"), "{}", stderr(&out));
    let partial: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(partial["families"][0]["total"]["n"], 2);
}

// --- score on JSON Lines and Parquet -----------------------------------------------------------

#[test]
fn score_streams_json_lines_into_csv_json_and_parquet() {
    let dir = tempfile::tempdir().unwrap();
    let docs = population(&COHORTS[..2], 5);
    let lines = dir.path().join("all.jsonl");
    write_lines(&lines, &docs);
    let groups = Registry::builtin().get(FW, "^1").unwrap().framework().group_count();
    let csv = ok(&run(&["score", &arg(&lines), "--format", "csv"]));
    assert_eq!(csv.lines().count(), 1 + docs.len() * (groups + 1));
    assert!(csv.lines().nth(1).unwrap().starts_with(&format!("{}:1,Institution 001 of QM,agency,QM,finance,{FW},", arg(&lines))));
    let json: Value = serde_json::from_str(&ok(&run(&["score", &arg(&lines), "--format", "json", "--jobs", "2"]))).unwrap();
    let reports = json.as_array().unwrap();
    assert_eq!(reports.len(), docs.len());
    assert_eq!(reports[3]["subject"]["name"], "Institution 004 of QM", "input order");
    let from_stdin = ok(&kalkan().args(["score", "-", "--format", "csv"]).write_stdin(std::fs::read(&lines).unwrap()).output().unwrap());
    assert_eq!(
        from_stdin.lines().skip(1).map(|l| l.split_once(',').unwrap().1).collect::<Vec<_>>(),
        csv.lines().skip(1).map(|l| l.split_once(',').unwrap().1).collect::<Vec<_>>()
    );

    // Parquet: the CSV's rows and columns, typed, read back.
    let parquet = dir.path().join("rows.parquet");
    let out = run(&["score", &arg(&lines), "--format", "parquet", "-o", &arg(&parquet)]);
    ok(&out);
    let batches = parquet_batches(&parquet);
    assert_eq!(batches.iter().map(RecordBatch::num_rows).sum::<usize>(), docs.len() * (groups + 1));
    let b = &batches[0];
    assert_eq!(b.schema().fields().iter().map(|f| f.name().as_str()).collect::<Vec<_>>().join(","), csv.lines().next().unwrap());
    let (subject, index, depth) = (column::<StringArray>(b, "subject"), column::<Float64Array>(b, "index"), column::<UInt32Array>(b, "depth"));
    for (i, line) in csv.lines().skip(1).take(b.num_rows()).enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(subject.value(i), cells[1]);
        assert_eq!(depth.value(i).to_string(), cells[9]);
        let csv_index: Option<f64> = cells[11].parse().ok();
        assert_eq!(if index.is_null(i) { None } else { Some(index.value(i)) }, csv_index, "row {i}");
    }
    // The root rows' indexes are the reports'.
    let roots: Vec<f64> = (0..b.num_rows()).filter(|&i| depth.value(i) == 0).map(|i| index.value(i)).collect();
    assert_eq!(roots, reports.iter().map(|r| r["root"]["index"].as_f64().unwrap()).collect::<Vec<_>>());
    let out = run(&["score", &arg(&lines), "--format", "parquet"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Parquet is written to a file"));
}

// --- privacy ----------------------------------------------------------------------------------

/// Every figure (n excepted) of every group and measure of the statistics of `docs`, unsuppressed.
fn figures_of(docs: &[&Value]) -> Vec<f64> {
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let mut agg = Aggregator::new(vec![]);
    for d in docs {
        agg.add(&fw.score(&kalkan::Assessment::from_value((*d).clone()).unwrap(), None).unwrap());
    }
    let stats = serde_json::to_value(agg.statistics(1)).unwrap();
    let mut out = Vec::new();
    for g in stats["families"][0]["total"]["groups"].as_array().unwrap() {
        for m in ["index", "compliance"] {
            for f in ["min", "q1", "median", "q3", "max", "mean"] {
                if let Some(v) = g[m][f].as_f64() {
                    out.push(v);
                }
            }
        }
    }
    out
}

/// A suppressed cohort (QZ, 3 subjects, k = 5) and the cohort withheld with it (QS) appear in no
/// output format, and subtracting the published cohorts from the total gives only the two
/// together (9 subjects, at least k), never QZ alone.
#[test]
fn a_suppressed_cohort_appears_in_no_format_and_cannot_be_recomputed() {
    let dir = tempfile::tempdir().unwrap();
    let docs = population(&COHORTS, 23);
    let lines = dir.path().join("all.jsonl");
    write_lines(&lines, &docs);
    let of = |c: &str| docs.iter().filter(|d| d["subject"]["country"] == c).collect::<Vec<_>>();
    // What may be published: the published cohorts' figures and the total's.
    let mut allowed = figures_of(&of("QM"));
    allowed.extend(figures_of(&of("QN")));
    allowed.extend(figures_of(&docs.iter().collect::<Vec<_>>()));
    // What must not be: QZ's own figures, QS's (withheld to protect QZ), and the two together
    // (what subtraction gives), unless the same value is also a published one.
    let withheld: Vec<&Value> = of("QZ").into_iter().chain(of("QS")).collect();
    let mut secret: Vec<f64> = [figures_of(&of("QZ")), figures_of(&of("QS")), figures_of(&withheld)].concat();
    secret.retain(|v| !allowed.contains(v));
    secret.sort_by(f64::total_cmp);
    secret.dedup();
    assert!(secret.len() > 40, "only {} distinctive figures to look for", secret.len());
    let leaked = |what: &str, values: &[f64]| {
        let found: BTreeSet<String> = values.iter().filter(|v| secret.contains(v)).map(|v| v.to_string()).collect();
        assert!(found.is_empty(), "{what} shows figures of a suppressed cohort: {found:?}");
    };

    // JSON: the cohorts are marked suppressed, with no count and no figure.
    let json_text = ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "json"]));
    let b: Value = serde_json::from_str(&json_text).unwrap();
    let fam = &b["families"][0];
    for c in fam["cohorts"].as_array().unwrap() {
        let hidden = ["QZ", "QS"].contains(&c["key"][0].as_str().unwrap());
        assert_eq!(c["suppressed"].as_bool(), Some(hidden));
        if hidden {
            assert_eq!((c["n"].clone(), c["groups"].clone()), (Value::Null, json!([])));
        }
    }
    let mut numbers = Vec::new();
    floats(&b, &mut numbers);
    leaked("json", &numbers);

    // Subtraction: the total less the published cohorts is 9 subjects, for the whole framework
    // and for every group's measure; what it gives is the mean of QZ and QS together.
    let published: Vec<&Value> = fam["cohorts"].as_array().unwrap().iter().filter(|c| !c["suppressed"].as_bool().unwrap()).collect();
    let rest = fam["total"]["n"].as_u64().unwrap() - published.iter().map(|c| c["n"].as_u64().unwrap()).sum::<u64>();
    assert_eq!(rest, 9);
    for (g, total) in fam["total"]["groups"].as_array().unwrap().iter().enumerate() {
        for m in ["index", "compliance"] {
            let Some(t) = total[m].as_object() else { continue };
            let n_rest = t["n"].as_u64().unwrap() - published.iter().map(|c| c["groups"][g][m]["n"].as_u64().unwrap_or(0)).sum::<u64>();
            assert!(n_rest == 0 || n_rest >= 5, "group {g} {m}: {n_rest} values recomputable by subtraction");
        }
    }
    let root_sum = |c: &Value| c["groups"][0]["index"]["mean"].as_f64().unwrap() * c["groups"][0]["index"]["n"].as_f64().unwrap();
    let recomputed = (root_sum(&fam["total"]) - published.iter().map(|c| root_sum(c)).sum::<f64>()) / rest as f64;
    let mean = |docs: &[&Value]| -> f64 {
        let fw = Registry::builtin().get(FW, "^1").unwrap();
        docs.iter().map(|d| fw.score(&kalkan::Assessment::from_value((*d).clone()).unwrap(), None).unwrap().root.index.unwrap()).sum::<f64>()
            / docs.len() as f64
    };
    assert!((recomputed - mean(&withheld)).abs() < 1e-9, "subtraction gives QZ and QS together");
    assert!((recomputed - mean(&of("QZ"))).abs() > 0.5, "and not QZ alone");

    // CSV: the suppressed cohorts are one row each with no figure; no secret figure anywhere.
    let csv = ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "csv"]));
    for key in ["QZ", "QS"] {
        let rows: Vec<&str> = csv.lines().filter(|l| l.contains(&format!(",{key},"))).collect();
        assert_eq!(rows, [format!("{FW},1,false,{key},true,,,,,,,,,,,")], "{key}");
    }
    let first_figure = csv.lines().next().unwrap().split(',').position(|c| c == "min").unwrap();
    let cells: Vec<f64> =
        csv.lines().skip(1).flat_map(|l| l.split(',').skip(first_figure).take(6).filter_map(|c| c.parse::<f64>().ok()).collect::<Vec<_>>()).collect();
    assert!(cells.len() > 100);
    leaked("csv", &cells);

    // Parquet, read back: the same.
    let parquet = dir.path().join("stats.parquet");
    ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "parquet", "-o", &arg(&parquet)]));
    let mut values = Vec::new();
    for batch in parquet_batches(&parquet) {
        let country = column::<StringArray>(&batch, "country");
        let subjects = column::<UInt64Array>(&batch, "subjects");
        for i in 0..batch.num_rows() {
            if !country.is_null(i) && ["QZ", "QS"].contains(&country.value(i)) {
                assert!(subjects.is_null(i), "a suppressed cohort's count is null");
            }
        }
        for f in ["min", "q1", "median", "q3", "max", "mean"] {
            let col = column::<Float64Array>(&batch, f);
            values.extend((0..col.len()).filter(|&i| !col.is_null(i)).map(|i| col.value(i)));
        }
    }
    leaked("parquet", &values);

    // A member of a suppressed cohort placed among its peers: against everyone, not against its
    // cohort (no count, no median, no rank).
    let member = dir.path().join("member.json");
    std::fs::write(&member, of("QZ")[0].to_string()).unwrap();
    let placed: Value =
        serde_json::from_str(&ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "json", "--subject", &arg(&member)]))).unwrap();
    let peers = &placed["placement"]["peers"];
    assert_eq!(peers[0]["n"], 26);
    assert_eq!(peers[1], json!({"key": ["QZ"], "suppressed": true, "n": null, "groups": [], "above": 0, "at": 0, "below": 0, "compared": 0}));

    // Text and HTML show one decimal: no secret figure, so rounded, that is not also a
    // published figure so rounded, appears as a number in them.
    let shown = |v: &f64| kalkan::l10n::number("en", *v, 1);
    let allowed_shown: BTreeSet<String> = allowed.iter().map(shown).collect();
    let secret_shown: BTreeSet<String> = secret.iter().map(shown).filter(|s| !allowed_shown.contains(s)).collect();
    assert!(secret_shown.len() > 5, "only {} distinctive rounded figures", secret_shown.len());
    let text = ok(&run(&["aggregate", &arg(&lines), "--by", "country"]));
    let html = visible(&ok(&run(&["aggregate", &arg(&lines), "--by", "country", "--format", "html"])));
    for (what, screen) in [("text", &text), ("html", &html)] {
        let tokens: BTreeSet<&str> = screen.split(|c: char| !(c.is_ascii_digit() || c == '.')).filter(|t| !t.is_empty()).collect();
        let found: Vec<&String> = secret_shown.iter().filter(|s| tokens.contains(s.as_str())).collect();
        let context: Vec<String> =
            found.iter().filter_map(|f| screen.find(f.as_str()).map(|i| screen[i.saturating_sub(120)..(i + 40).min(screen.len())].to_string())).collect();
        assert!(found.is_empty(), "{what} shows figures of a suppressed cohort: {found:?} in {context:?}");
        assert!(screen.contains("QZ") && screen.contains("suppressed"), "{what}");
    }
}

/// Anonymized assessments hold no name, assessor, note, evidence, answer time, merge record,
/// exact date, country or sector (unless kept), written as JSON Lines, as a folder of files, or
/// to standard output; and they score exactly as before.
#[test]
fn anonymized_files_hold_none_of_the_removed_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut docs = population(&COHORTS[..2], 3);
    // A merged assessment carries its respondents' names and notes in its merge record.
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let respondents: Vec<kalkan::Assessment> = ["Aylin", "Bilal"]
        .iter()
        .map(|n| kalkan::Assessment::from_value(respondent(n, json!({"GOV-01": {"option": "fully-implemented", "notes": format!("seen by {n}")}}))).unwrap())
        .collect();
    docs.push(serde_json::to_value(fw.merge(&respondents, kalkan::MergeRule::Consensus, None).unwrap()).unwrap());
    assert!(docs.last().unwrap()["merge"]["respondents"].is_array());
    let lines = dir.path().join("all.jsonl");
    write_lines(&lines, &docs);
    let folder = dir.path().join("in");
    write_folder(&folder, &docs);
    // Everything that identifies someone, as it appears in the inputs.
    let mut secrets: BTreeSet<String> = BTreeSet::new();
    for d in &docs {
        for v in [&d["subject"]["name"], &d["assessor"]["name"], &d["assessor"]["email"], &d["started"], &d["completed"]] {
            if let Some(s) = v.as_str() {
                secrets.insert(s.to_string());
            }
        }
        for r in d["responses"].as_object().unwrap().values() {
            for v in [&r["notes"], &r["answered_at"]] {
                if let Some(s) = v.as_str() {
                    secrets.insert(s.to_string());
                }
            }
            r["evidence"].as_array().into_iter().flatten().for_each(|e| {
                secrets.insert(e.as_str().unwrap().to_string());
            });
        }
        for who in d["merge"]["respondents"].as_array().into_iter().flatten() {
            secrets.insert(who["name"].as_str().unwrap().to_string());
        }
        for said in d["merge"]["provenance"].as_array().into_iter().flatten().flat_map(|p| p["answers"].as_array().unwrap()) {
            secrets.insert(said["notes"].as_str().unwrap().to_string());
        }
    }
    assert!(secrets.len() > 30 && secrets.contains("Aylin") && secrets.contains("seen by Bilal"));
    let check = |what: &str, text: &str, keep: bool| {
        for s in &secrets {
            assert!(!text.contains(s.as_str()), "{what}: `{s}` is still there");
        }
        for key in ["\"assessor\"", "\"notes\"", "\"evidence\"", "\"answered_at\"", "\"merge\""] {
            assert!(!text.contains(key), "{what}: {key} is still there");
        }
        for key in ["\"country\"", "\"sector\""] {
            assert_eq!(text.contains(key), keep, "{what}: {key}");
        }
    };

    // JSON Lines out: one line per input, in order, scoring the same.
    let shared = dir.path().join("shared.jsonl");
    let out = run(&["anonymize", &arg(&lines), "-o", &arg(&shared)]);
    ok(&out);
    assert!(stderr(&out).contains(&format!("Anonymized assessments written: {}.", docs.len())), "{}", stderr(&out));
    let text = std::fs::read_to_string(&shared).unwrap();
    check("jsonl", &text, false);
    let anonymized: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(anonymized.len(), docs.len());
    for (i, (a, d)) in anonymized.iter().zip(&docs).enumerate() {
        assert_eq!(a["subject"]["name"], format!("subject-{:06}", i + 1));
        let score = |v: &Value| fw.score(&kalkan::Assessment::from_value(v.clone()).unwrap(), None).unwrap().root;
        assert_eq!(score(a), score(d), "assessment {i} scores the same");
        if d.get("completed").is_some() {
            assert_eq!((a["started"].as_str(), a["completed"].as_str()), (Some("2024-01-01"), Some("2026-03-01")));
        }
    }
    // A folder in, a folder of files out; country and sector kept, dates to the year.
    let out_dir = dir.path().join("out");
    ok(&run(&["anonymize", &arg(&folder), "-o", &arg(&out_dir), "--keep-country", "--keep-sector", "--dates", "year", "--lang", "fr"]));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), docs.len());
    assert_eq!(files[0].file_name().unwrap(), "subject-000001.json");
    let first: Value = serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(
        (first["subject"]["country"].as_str(), first["subject"]["sector"].as_str(), first["completed"].as_str()),
        (Some("QM"), Some("finance"), Some("2026-01-01"))
    );
    for f in &files[..files.len() - 1] {
        check(&f.display().to_string(), &std::fs::read_to_string(f).unwrap(), true);
    }
    // Standard input to standard output.
    let out = kalkan().args(["anonymize", "-", "-o", "-"]).write_stdin(std::fs::read(&lines).unwrap()).output().unwrap();
    check("stdout", &ok(&out), false);
}
