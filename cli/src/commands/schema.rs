//! `kalkan schema framework|assessment|report`

use crate::args::SchemaArgs;
use crate::failure::Failure;
use crate::output;

pub fn run(args: &SchemaArgs) -> Result<u8, Failure> {
    let name = args.document.name();
    let schema = kalkan::api::schema(name).ok_or_else(|| Failure::Usage(format!("no schema named `{name}`")))?;
    output::stdout(&schema)?;
    Ok(0)
}
