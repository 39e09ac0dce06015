//! WebAssembly bindings (see issue 5).
