//! Bytes → gazetteer YAML, then matching over the same text.
#![no_main]
use dossier::analyze::entities::{extract, Gazetteer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(g) = Gazetteer::from_yaml(&text, std::path::Path::new("fuzz.yaml")) {
        let _ = extract(&[vec![text.to_string()]], Some(&g));
    }
});
