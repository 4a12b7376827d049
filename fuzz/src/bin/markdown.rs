//! AFL++ target `markdown`: see [`dossier_fuzz::markdown`] and fuzz/README.md.
fn main() {
    afl::fuzz!(|data: &[u8]| dossier_fuzz::markdown(data));
}
