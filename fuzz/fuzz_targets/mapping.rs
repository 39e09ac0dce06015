#![no_main]
//! Fuzz target `mapping`: see `kalkan_fuzz::mapping`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kalkan_fuzz::mapping(data));
