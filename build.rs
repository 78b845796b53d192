//! Puts libtorch's library folder into the binaries' rpath.
//!
//! torch-sys links libtorch but its rpath does not reach the final binaries, so without this
//! every `nergraph` run and every `cargo test` would need `LD_LIBRARY_PATH`.
fn main() {
    if let Ok(lib_dir) = std::env::var("DEP_TCH_LIBTORCH_LIB") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{lib_dir}");
    }
    println!("cargo:rerun-if-env-changed=DEP_TCH_LIBTORCH_LIB");
}
