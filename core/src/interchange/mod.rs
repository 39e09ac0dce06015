//! Interchange with the formats people already hold: OSCAL catalogs and profiles in ([`oscal`]),
//! questionnaire workbooks out and back in ([`xlsx`], feature `xlsx`).

pub(crate) mod oscal;
#[cfg(feature = "xlsx")]
pub(crate) mod xlsx;
