//! AFL++ target `text_parser`: see [`dossier_fuzz::text_parser`] and fuzz/README.md.
fn main() {
    afl::fuzz!(|data: &[u8]| dossier_fuzz::text_parser(data));
}
