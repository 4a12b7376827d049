//! Bytes → decode → plain-text article parser.
#![no_main]
use dossier::content::{boilerplate::Boilerplate, decode, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((t, _)) = decode::decode(data) {
        let _ = text::parse(&t, &Boilerplate::new(true, &[]));
    }
});
