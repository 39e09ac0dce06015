//! Interchange with the formats people already hold: OSCAL catalogs and profiles in ([`oscal`]),
//! CISO Assistant libraries in ([`ciso`], with the `yaml` feature).

#[cfg(feature = "yaml")]
pub(crate) mod ciso;
pub(crate) mod oscal;
