#![no_main]
//! Fuzz target `ciso`: see `kalkan_fuzz::ciso`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kalkan_fuzz::ciso(data));
