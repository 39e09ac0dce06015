//! The documents: what framework, assessment and report files contain, as serde types with
//! JSON Schemas. Plain data; the rules live in the modules that use them.

pub(crate) mod adjudication;
pub(crate) mod assessment;
pub(crate) mod framework;
pub(crate) mod mapping;
pub(crate) mod merge;
pub(crate) mod report;
pub(crate) mod rows;
pub(crate) mod text;
