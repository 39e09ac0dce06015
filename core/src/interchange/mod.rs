//! Interchange with the formats people already hold: OSCAL catalogs and profiles in ([`oscal`]),
//! OSCAL assessment results and POA&M out ([`oscal_export`]); questionnaire workbooks out and back
//! in ([`xlsx`], feature `xlsx`); CISO Assistant libraries in ([`ciso`], feature `yaml`).

#[cfg(feature = "yaml")]
pub(crate) mod ciso;
pub(crate) mod oscal;
pub(crate) mod oscal_export;
#[cfg(feature = "xlsx")]
pub(crate) mod xlsx;
