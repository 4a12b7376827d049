//! Hover previews: for every article and every entity with a page, the few
//! facts a preview card shows (kind, a line of text, counts, dates), keyed
//! by the page's URL from the site root and spread over a few shared shard
//! files, `previews/N.js`, that `static/site.js` loads on demand with
//! `<script>` tags (so previews work from `file://`, where `fetch` does not).
//! `previews/index.js` says how many shards there are; a URL's shard is the
//! FNV-1a hash of its UTF-8 bytes modulo that number.
//!
//! Each entry is a JSON array: for an article
//! `["article", title, line, date, source, words]`, for an entity
//! `[kind, name, line, articles, mentions, first seen, last seen]` (dates
//! ISO, or "" when unknown). The files are classic scripts calling
//! `dossierPreviews.add(shard, {url: entry, …})`: JSON is valid script, and
//! the card puts every string in with `textContent`.

use super::{Input, Put};
use crate::output::OutputFile;
use crate::text;
use serde_json::{json, Value};

/// About this many bytes per shard: a hover loads one.
const SHARD_BYTES: usize = 24_000;
/// Most characters of the line of text in a card.
const LINE_CHARS: usize = 130;
/// A sentence shorter than this many words (a dateline, a byline, a
/// caption) is not an article's first sentence.
const MIN_WORDS: usize = 6;

/// FNV-1a, 32 bits, over `key`'s UTF-8 bytes (`static/site.js` has the same).
pub(super) fn shard_hash(key: &str) -> u32 {
    key.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Hands `put` the preview files: the manifest and the shards.
pub(super) fn render(input: &Input<'_>, put: &Put<'_>) -> Result<(), crate::Error> {
    let entries = entries(input);
    let total: usize = entries.iter().map(|(k, v)| k.len() + v.len() + 4).sum();
    let shards = total.div_ceil(SHARD_BYTES).max(1);
    let mut bodies = vec![Vec::new(); shards];
    // Each entry is dropped as it moves into its shard, and each shard as
    // it is handed on: the previews are held about once, not three times.
    for (key, value) in entries {
        let slot = shard_hash(&key) as usize % shards;
        bodies[slot].push(format!("{}:{value}", Value::from(key)));
    }
    put(OutputFile::text(
        "previews/index.js",
        format!("dossierPreviews.manifest({shards});\n"),
    ))?;
    for (i, body) in bodies.into_iter().enumerate() {
        put(OutputFile::text(
            format!("previews/{i}.js"),
            format!("dossierPreviews.add({i},{{{}}});\n", body.join(",\n")),
        ))?;
    }
    Ok(())
}

/// (URL, JSON entry) for every article and entity page.
fn entries(input: &Input<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (a, article) in input.articles_with_ids() {
        let Some(url) = input.plan.articles.get(a) else {
            continue;
        };
        let line = article
            .summary
            .clone()
            .or_else(|| first_sentence(input, a.index()))
            .map(|s| text::shorten(&s, LINE_CHARS))
            .unwrap_or_default();
        let entry = json!([
            "article",
            article.title,
            line,
            super::format::iso(article.date).unwrap_or_default(),
            article.source.clone().unwrap_or_default(),
            article.word_count,
        ]);
        out.push((url.clone(), entry.to_string()));
    }
    let first = first_mentions(input);
    for (e, url) in input.plan.entities.iter_enumerated() {
        let (Some(url), Some(entity), Some(stats)) = (
            url,
            input.knowledge.entity(e),
            input.knowledge.entity_stats.get(e),
        ) else {
            continue;
        };
        let line = entity
            .description
            .clone()
            .or_else(|| {
                first
                    .get(e.index())
                    .copied()
                    .flatten()
                    .and_then(|at| sentence(input, at))
            })
            .map(|s| text::shorten(&s, LINE_CHARS))
            .unwrap_or_default();
        let entry = json!([
            entity.kind.as_str(),
            entity.name,
            line,
            stats.articles.len(),
            stats.mentions,
            super::format::iso(stats.first_seen).unwrap_or_default(),
            super::format::iso(stats.last_seen).unwrap_or_default(),
        ]);
        out.push((url.clone(), entry.to_string()));
    }
    out
}

/// Text of sentence `s` of article `a`, whitespace collapsed.
fn sentence(input: &Input<'_>, (a, s): (usize, usize)) -> Option<String> {
    let sentence = input.knowledge.extraction.sentences.get(a)?.get(s)?;
    let block = input.articles.get(a)?.blocks.get(sentence.block())?;
    let text = block.get(sentence.range())?;
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The first sentence of article `a` long enough to be prose.
fn first_sentence(input: &Input<'_>, a: usize) -> Option<String> {
    let count = input.knowledge.extraction.sentences.get(a)?.len();
    (0..count)
        .filter_map(|s| sentence(input, (a, s)))
        .find(|t| t.split_whitespace().count() >= MIN_WORDS)
}

/// Per entity, the sentence (article, sentence) of its earliest mention:
/// in the earliest dated article (undated last), the first mention there.
fn first_mentions(input: &Input<'_>) -> Vec<Option<(usize, usize)>> {
    let extraction = &input.knowledge.extraction;
    let mut best: Vec<Option<(usize, usize)>> = vec![None; extraction.entities.len()];
    let mut order: Vec<usize> = (0..extraction.mentions.len()).collect();
    order.sort_by_key(|&a| {
        (
            input.articles.get(a).and_then(|x| x.date).is_none(),
            input.articles.get(a).and_then(|x| x.date),
            a,
        )
    });
    for a in order {
        for m in &extraction.mentions[a] {
            if let Some(slot @ None) = best.get_mut(m.entity) {
                *slot = Some((a, m.sentence()));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_the_script() {
        // Values computed by static/site.js's hash of the same strings.
        assert_eq!(shard_hash(""), 0x811c_9dc5);
        assert_eq!(shard_hash("a"), 0xe40c_292c);
        assert_eq!(
            shard_hash("entities/kim.html"),
            shard_hash("entities/kim.html")
        );
    }
}
