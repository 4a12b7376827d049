//! Rebuilds the crate when the default theme changes: the templates and
//! static files are embedded with `include_dir!`, which cargo cannot see.
fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=static");
    println!("cargo:rerun-if-changed=build.rs");
}
