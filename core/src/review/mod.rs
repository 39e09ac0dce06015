//! The national and regional review: several respondents merged into one assessment
//! ([`merge`]), assessments compared and followed over time ([`compare`]), many scored into
//! benchmark statistics with small cohorts suppressed ([`aggregate`], [`stats`], [`privacy`]),
//! and assessments scored as a stream in parallel ([`stream`]; it needs threads, so the
//! WebAssembly package does not use it).

pub(crate) mod aggregate;
pub(crate) mod compare;
pub(crate) mod merge;
pub(crate) mod privacy;
pub(crate) mod stats;
pub(crate) mod stream;
