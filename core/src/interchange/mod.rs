//! Interchange with the formats people already hold: OSCAL catalogs and profiles in ([`oscal`]),
//! OSCAL assessment results and POA&M out ([`oscal_export`]).

pub(crate) mod oscal;
pub(crate) mod oscal_export;
