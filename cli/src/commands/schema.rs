//! `kalkan schema framework|assessment|report`

use crate::args::SchemaArgs;
use crate::failure::Failure;
use crate::output;

pub fn run(args: &SchemaArgs) -> Result<u8, Failure> {
    // The argument is one of `SCHEMA_NAMES`, each of which has a schema; the core's lookup still
    // answers `None` for other names, so that case is an error rather than a panic.
    let name = &args.document;
    let schema = kalkan::api::schema(name).ok_or_else(|| Failure::Usage(format!("no schema named `{name}`")))?;
    output::stdout(&schema, crate::output::Shown::Data)?;
    Ok(0)
}
