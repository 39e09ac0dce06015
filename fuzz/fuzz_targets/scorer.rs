#![no_main]
//! Fuzz target `scorer`: structure-aware frameworks and answers, see `kalkan_fuzz::scorer`.
libfuzzer_sys::fuzz_target!(|input: kalkan_fuzz::ScorerInput| kalkan_fuzz::scorer(&input));
