//! AFL++ target `gazetteer`: see [`dossier_fuzz::gazetteer`] and fuzz/README.md.
fn main() {
    afl::fuzz!(|data: &[u8]| dossier_fuzz::gazetteer(data));
}
