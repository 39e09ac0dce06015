//! The checked-in JSON Schemas in `schemas/` must equal what the types generate.
//! Regenerate with `KALKAN_BLESS=1 cargo test -p kalkan --test schemas`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

#[test]
fn schemas_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schemas");
    let bless = std::env::var("KALKAN_BLESS").is_ok();
    let mut stale = Vec::new();
    for name in kalkan::schema::SCHEMA_NAMES {
        let generated = kalkan::schema::schema_json(name).expect("known schema");
        let path = dir.join(format!("{name}.schema.json"));
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &generated).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "stale JSON Schemas (run with KALKAN_BLESS=1 to regenerate): {stale:?}");
}

#[test]
fn unknown_schema_name_is_none() {
    assert!(kalkan::schema::schema_json("nope").is_none());
}
