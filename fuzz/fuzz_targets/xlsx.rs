#![no_main]
//! Fuzz target `xlsx`: see `kalkan_fuzz::xlsx`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kalkan_fuzz::xlsx(data));
