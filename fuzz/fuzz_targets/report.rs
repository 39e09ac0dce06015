#![no_main]
//! Fuzz target `report`: see `kalkan_fuzz::report`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kalkan_fuzz::report(data));
