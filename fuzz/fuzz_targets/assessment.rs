#![no_main]
//! Fuzz target `assessment`: see `kalkan_fuzz::assessment`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kalkan_fuzz::assessment(data));
