//! Bytes → paragraphs → entity, mention, quote extraction.
#![no_main]
use dossier::analyze::entities::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    let _ = extract(&[blocks], None);
});
