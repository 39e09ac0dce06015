//! Writes the core's JSON Schemas into the build folder, compact, and the list that embeds them
//! (`schemas.rs`): one schema for every name of `kalkan::schema::SCHEMA_NAMES`, in its order.
//! The generator runs here, at build time, so the WebAssembly module carries the schemas' text
//! but not the code that makes them.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let out = std::env::var("OUT_DIR").map(PathBuf::from).unwrap_or_else(|_| fail("OUT_DIR is not set"));
    let mut list = String::from("/// The core's JSON Schemas, compact, by name, in the order of `kalkan::schema::SCHEMA_NAMES`.\n");
    let _ = writeln!(list, "const SCHEMAS: [(&str, &str); {}] = [", kalkan::schema::SCHEMA_NAMES.len());
    for name in kalkan::schema::SCHEMA_NAMES {
        let pretty = kalkan::schema::schema_json(name).unwrap_or_else(|| fail(&format!("the core has no schema `{name}`")));
        let value: serde_json::Value = serde_json::from_str(&pretty).unwrap_or_else(|e| fail(&format!("schema `{name}`: {e}")));
        let compact = serde_json::to_string(&value).unwrap_or_else(|e| fail(&format!("schema `{name}`: {e}")));
        let file = out.join(format!("{name}.schema.json"));
        std::fs::write(&file, compact).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
        let _ = writeln!(list, "    ({name:?}, include_str!({:?})),", file.display().to_string());
    }
    list.push_str("];\n");
    std::fs::write(out.join("schemas.rs"), list).unwrap_or_else(|e| fail(&format!("cannot write schemas.rs: {e}")));
}

fn fail(message: &str) -> ! {
    println!("cargo:warning={message}");
    std::process::exit(1)
}
