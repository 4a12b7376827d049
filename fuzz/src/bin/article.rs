//! AFL++ target `article`: see [`dossier_fuzz::article`] and fuzz/README.md.
fn main() {
    afl::fuzz!(|data: &[u8]| dossier_fuzz::article(data));
}
