#![no_main]
//! Fuzz target `oscal`: see `kalkan_fuzz::oscal`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kalkan_fuzz::oscal(data));
