#![no_main]
//! Fuzz target `framework`: see `kalkan_fuzz::framework`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kalkan_fuzz::framework(data));
