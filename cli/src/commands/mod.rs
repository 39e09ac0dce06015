//! One module per command. Each returns the exit code, or a [`crate::failure::Failure`].

pub mod aggregate;
pub mod anonymize;
pub mod assess;
pub mod compare;
pub mod diff;
pub mod export;
pub mod frameworks;
pub mod import;
pub mod merge;
pub mod migrate;
pub mod schema;
pub mod score;
pub mod validate;
