//! The generated framework and assessment the scoring benchmark runs on (also read by the test
//! that the fast report path writes the same bytes as the `Report` one).
#![allow(clippy::indexing_slicing, dead_code)]

fn text(s: &str) -> serde_json::Value {
    serde_json::json!({"en": s, "ar": s, "fr": s})
}

/// 12 domains × 4 sub-domains × 25 controls, levels 1..3, mixed scales and weights.
pub fn big_framework() -> (String, String) {
    let scales = serde_json::json!([
        {"id": "implementation", "options": [
            {"id": "not-implemented", "label": text("no"), "credit": 0.0},
            {"id": "partially-implemented", "label": text("partly"), "credit": 0.3333333333333333},
            {"id": "largely-implemented", "label": text("largely"), "credit": 0.6666666666666666, "meets": true},
            {"id": "fully-implemented", "label": text("fully"), "credit": 1.0, "meets": true},
            {"id": "not-applicable", "label": text("n/a"), "credit": 0.0, "not_applicable": true}]},
        {"id": "yes-no-na", "options": [
            {"id": "yes", "label": text("yes"), "credit": 1.0, "meets": true},
            {"id": "no", "label": text("no"), "credit": 0.0},
            {"id": "not-applicable", "label": text("n/a"), "credit": 0.0, "not_applicable": true}]}
    ]);
    let mut groups = Vec::new();
    let mut responses = serde_json::Map::new();
    let options = ["not-implemented", "partially-implemented", "largely-implemented", "fully-implemented", "not-applicable"];
    let yn = ["yes", "no", "not-applicable"];
    let mut n = 0usize;
    for d in 0..12 {
        let mut subs = Vec::new();
        for s in 0..4 {
            let mut controls = Vec::new();
            for c in 0..25 {
                n += 1;
                let id = format!("D{d}.S{s}-{c:02}");
                let implementation = c % 3 != 0;
                controls.push(serde_json::json!({
                    "id": id, "title": text(&format!("Control {id}")),
                    "statement": text("The organisation does the thing this control describes, and keeps evidence of it."),
                    "level": 1 + (c % 3), "weight": 1.0 + (c % 2) as f64,
                    "scale": if implementation { "implementation" } else { "yes-no-na" },
                }));
                let option = if implementation { options[(n * 7) % 5] } else { yn[(n * 5) % 3] };
                if n % 10 != 0 {
                    responses.insert(
                        id,
                        serde_json::json!({
                            "option": option, "notes": "Checked against the register kept by the security office.",
                            "evidence": ["register-2026.xlsx"], "answered_at": "2026-11-02T10:15:00Z"
                        }),
                    );
                }
            }
            subs.push(serde_json::json!({"id": format!("D{d}.S{s}"), "title": text("Sub-domain"), "controls": controls}));
        }
        groups.push(serde_json::json!({"id": format!("D{d}"), "title": text("Domain"), "groups": subs}));
    }
    let levels: Vec<_> = (1..=3).map(|l| serde_json::json!({"level": l, "name": text(&format!("Level {l}"))})).collect();
    let targets: Vec<_> = (0..12).map(|d| serde_json::json!({"group": format!("D{d}"), "level": 2})).collect();
    let fw = serde_json::json!({
        "id": "bench", "version": "1.0.0", "title": text("Bench"), "scales": scales, "levels": levels,
        "groups": groups, "profiles": [{"id": "p", "title": text("P"), "group_targets": targets}]
    });
    let a = serde_json::json!({
        "framework": {"id": "bench", "version": "^1"}, "subject": {"name": "Bench country", "country": "TR"},
        "profile": "p", "responses": responses
    });
    (fw.to_string(), a.to_string())
}
