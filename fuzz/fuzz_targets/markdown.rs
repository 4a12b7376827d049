//! Bytes → front matter split and YAML → Markdown blocks and rendering.
#![no_main]
use dossier::content::markdown;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let body = match markdown::split_front_matter(&text) {
        Some((yaml, body, line)) => {
            let _ = markdown::parse_front_matter(yaml, line);
            body
        }
        None => &text,
    };
    let blocks = markdown::blocks(body);
    let _ = markdown::render(body, &vec![Vec::new(); blocks.len()]);
});
