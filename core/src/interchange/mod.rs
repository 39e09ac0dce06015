//! Interchange with the formats people already hold: OSCAL catalogs and profiles in ([`oscal`]).

pub(crate) mod oscal;
