//! `kalkan assess`: the questionnaire driven through standard input, interrupted and resumed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::*;
use predicates::prelude::*;
use serde_json::json;

const NOW: &str = "2026-11-18T11:06:40Z";
const TODAY: &str = "2026-11-18";

fn assess(out: &std::path::Path, extra: &[&str], input: &str) -> std::process::Output {
    kalkan().args(["assess", FRAMEWORK, "-o"]).arg(out).args(extra).write_stdin(input).output().unwrap()
}

fn saved(path: &std::path::Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn interrupted_then_resumed_asks_only_what_is_unanswered() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("agency.json");
    // GOV-1: 4 (fully); GOV-2: a note, then 2 (partially); GOV-3: guidance, a bad answer, skip;
    // PRO.ID-1: 1 (yes); then the input ends.
    let input = "4\nn\nPolicy in draft\n2\n?\nx\n9\ns\n1\n";
    let out = assess(&file, &["--subject", "Test Agency", "--country", "TR", "--profile", "standard"], input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Example agency baseline 1.2.0 — Questionnaire\n"), "{text}");
    assert!(text.contains("\n== Governance ==\n\nQuestion 1 of 9: GOV-1 · Named security lead (Level 1 · Performed)\n"), "{text}");
    assert!(
        text.contains("  1. Not implemented\n  2. Partially implemented\n  3. Largely implemented\n  4. Fully implemented\n  5. Not applicable\n"),
        "{text}"
    );
    assert!(text.contains("Note kept; it is saved with the answer."), "{text}");
    assert!(
        text.contains("What is expected: Security measures are reported to leadership at least quarterly.\nGuidance: This control has no guidance."),
        "{text}"
    );
    assert_eq!(text.matches("Please type a number from 1 to 5, or s, n, ? or q.").count(), 2, "{text}");
    assert!(text.contains("Skipped.") && text.contains("Saved (answered: 3 of 9)."), "{text}");
    assert!(text.contains("Stopped (answered: 3 of 9), saved in"), "{text}");
    assert!(!text.contains("Cybersecurity self-assessment report"), "no summary before the end: {text}");
    assert_eq!(
        saved(&file),
        json!({
            "framework": {"id": "example-agency-baseline", "version": "^1.2.0"},
            "subject": {"name": "Test Agency", "country": "TR"},
            "started": TODAY,
            "profile": "standard",
            "responses": {
                "GOV-1": {"option": "fully-implemented", "answered_at": NOW},
                "GOV-2": {"option": "partially-implemented", "notes": "Policy in draft", "answered_at": NOW},
                "PRO.ID-1": {"option": "yes", "answered_at": NOW}
            }
        })
    );

    // Resume: the six unanswered controls, in order; options given on the command line for a
    // new assessment are ignored now.
    let out = assess(&file, &["--subject", "Ignored"], "1\n2\n3\n4\n1\n3\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Resuming: 3 of 9 questions already answered."), "{text}");
    for asked in ["GOV-3", "PRO.ID-2", "PRO.DATA-1", "PRO.DATA-2", "RSP-1", "RSP-2"] {
        assert!(text.contains(&format!(": {asked} · ")), "{asked} not asked: {text}");
    }
    // Positions count the questions already answered; a heading is shown once per section.
    assert!(text.contains("\n== Governance ==\n\nQuestion 3 of 9: GOV-3 · "), "{text}");
    assert!(text.contains("Question 5 of 9: PRO.ID-2 · ") && text.contains("Question 9 of 9: RSP-2 · "), "{text}");
    assert_eq!(text.matches("\n== Governance ==\n").count(), 1, "{text}");
    for answered in ["GOV-1", "GOV-2", "PRO.ID-1"] {
        assert!(!text.contains(&format!(": {answered} · ")), "{answered} asked again: {text}");
    }
    assert!(text.contains("Questionnaire finished (answered: 9 of 9)"), "{text}");
    // It ends with the score summary.
    assert!(text.contains("Cybersecurity self-assessment report\nAssessed: Test Agency (TR)\n"), "{text}");
    assert!(text.contains("Maturity level: 1 · Performed (1 of 3)"), "{text}");
    let a = saved(&file);
    assert_eq!(a["subject"]["name"], "Test Agency");
    assert_eq!(a["completed"], TODAY);
    // Responses are saved in questionnaire order.
    let typed = kalkan::Assessment::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let options: Vec<(&str, &str)> = typed.responses.iter().map(|(k, r)| (k, r.option.as_str())).collect();
    assert_eq!(
        options,
        [
            ("GOV-1", "fully-implemented"),
            ("GOV-2", "partially-implemented"),
            ("GOV-3", "not-implemented"),
            ("PRO.ID-1", "yes"),
            ("PRO.ID-2", "no"),
            ("PRO.DATA-1", "largely-implemented"),
            ("PRO.DATA-2", "fully-implemented"),
            ("RSP-1", "yes"),
            ("RSP-2", "not-applicable"),
        ]
    );
    // The saved file is a valid assessment that scores.
    kalkan().args(["validate", "--framework", FRAMEWORK]).arg(&file).assert().success();

    // Nothing left to ask: it says so and shows the summary again.
    let out = assess(&file, &[], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Every question is already answered."), "{text}");
    assert!(!text.contains("Question "), "nothing asked: {text}");
    assert!(text.contains("Questionnaire finished (answered: 9 of 9)"), "{text}");
    assert!(text.contains("Cybersecurity self-assessment report\nAssessed: Test Agency (TR)\n"), "{text}");
    assert!(text.contains("Maturity level: 1 · Performed (1 of 3)"), "{text}");
}

#[test]
fn quit_saves_and_stops_and_the_subject_can_be_typed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let out = assess(&file, &[], "\nMinistry of Tests\n1\nq\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Name of the organisation assessed: A name is required."), "{text}");
    assert!(text.contains("Stopped (answered: 1 of 9)"), "{text}");
    let a = saved(&file);
    assert_eq!(a["subject"]["name"], "Ministry of Tests");
    assert_eq!(a["responses"].as_object().unwrap().len(), 1);
}

#[test]
fn a_note_then_skip_loses_the_note_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let out = assess(&file, &["--subject", "S"], "n\nsome note\ns\n");
    assert!(stdout(&out).contains("The note was not saved: notes are saved with an answer."));
    assert!(saved(&file)["responses"].as_object().unwrap().is_empty());
}

#[test]
fn end_of_input_before_the_subject_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let out = assess(&file, &[], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("nothing saved"));
    assert!(!file.exists());
}

#[test]
fn questions_and_prompts_follow_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let out = assess(&file, &["--subject", "S", "--lang", "ar"], "1\n");
    let text = stdout(&out);
    assert!(text.contains("إلى أي مدى سمّت الجهة شخصًا يتولى قيادة أمن المعلومات؟"), "{text}");
    assert!(text.contains("الإجابة [1-5، s تخطٍّ، n ملاحظة، ? إرشادات، q خروج]: "), "{text}");
    assert!(text.contains("  4. مطبَّق بالكامل"), "{text}");
    let fr = stdout(&assess(&file, &["--lang", "fr"], ""));
    assert!(fr.contains("Reprise\u{a0}: 1 question sur 9 a déjà une réponse."), "{fr}");
}

#[test]
fn an_output_file_of_another_framework_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    std::fs::write(&file, read(ASSESSMENT)).unwrap();
    let out = kalkan().args(["assess", HOSTILE_FRAMEWORK, "-o"]).arg(&file).write_stdin("1\n").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("answers another framework") && stderr(&out).contains("[framework_mismatch]"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), read(ASSESSMENT));
    // A damaged output file is reported, not overwritten.
    std::fs::write(&file, "{ \"framework\": ").unwrap();
    kalkan().args(["assess", FRAMEWORK, "-o"]).arg(&file).write_stdin("1\n").assert().code(1).stderr(predicate::str::contains("line 1"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{ \"framework\": ");
}

#[test]
fn an_invalid_output_file_of_this_framework_is_refused_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let mut a: serde_json::Value = serde_json::from_str(&read(ASSESSMENT)).unwrap();
    a["responses"]["NOPE-1"] = json!({"option": "yes"});
    a["responses"]["GOV-1"]["option"] = "sometimes".into();
    let before = serde_json::to_string_pretty(&a).unwrap();
    std::fs::write(&file, &before).unwrap();
    let out = assess(&file, &[], "1\n1\n1\n");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("is not a valid assessment of example-agency-baseline 1.2.0 (2 problems)"), "{err}");
    assert!(err.contains("[unknown_control]") && err.contains("NOPE-1") && err.contains("[unknown_option]"), "{err}");
    assert!(!stdout(&out).contains("Question "), "no question asked: {}", stdout(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn invalid_new_assessment_details_are_rejected_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let out = assess(&file, &["--subject", "S", "--country", "ZZ", "--profile", "gold"], "1\n");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("[invalid_country]") && err.contains("[unknown_profile]"), "{err}");
    assert!(!file.exists());
}

#[test]
fn default_output_is_named_after_the_framework_and_unknown_builtins_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let fw = common::root().join(FRAMEWORK);
    kalkan().current_dir(dir.path()).arg("assess").arg(&fw).args(["--subject", "S"]).write_stdin("1\n").assert().success();
    assert!(dir.path().join("example-agency-baseline.assessment.json").exists());
    kalkan().args(["assess", "no-such-framework"]).write_stdin("").assert().code(2);
}
