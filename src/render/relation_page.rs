//! A page per relation: two parties named together, the articles naming
//! both, the sentences that link them and the quotes.

use super::context::{self, EntityLink, FoundIn, SourcedQuote, Speaker};
use super::topic_pages::{collection, Collection};
use super::{page, Input};
use crate::analyze::relations::Relation;
use crate::analyze::{ArticleId, EntityId};
use crate::output::OutputFile;
use serde::Serialize;
use tera::Tera;

/// Most sentences listed on a relation page.
const MAX_SENTENCES: usize = 100;
/// Most quotes listed on a relation page.
const MAX_QUOTES: usize = 50;

/// What `topic.html` receives for a relation.
#[derive(Serialize)]
struct RelationContext<'a> {
    kind: &'static str,
    name: &'a str,
    description: String,
    parties: Vec<EntityLink<'a>>,
    sentences: Vec<SentenceItem<'a>>,
    sentences_total: usize,
    quotes: Vec<SourcedQuote<'a>>,
    quotes_total: usize,
    #[serde(flatten)]
    collection: Collection<'a>,
}

/// A sentence naming both parties of a relation, in marked pieces.
#[derive(Serialize)]
struct SentenceItem<'a> {
    pieces: Vec<Piece<'a>>,
    #[serde(flatten)]
    found_in: FoundIn<'a>,
}

/// A piece of a sentence, marked when it names a party.
#[derive(Serialize)]
struct Piece<'a> {
    text: &'a str,
    mark: bool,
}

/// Renders `relation`'s page at `url`.
pub(super) fn render(
    input: &Input<'_>,
    tera: &Tera,
    relation: &Relation,
    url: &str,
) -> Result<OutputFile, crate::Error> {
    let parties = relation
        .parties
        .iter()
        .filter_map(|&p| {
            let p = EntityId::new(p);
            Some(EntityLink {
                name: &input.knowledge.entity(p)?.name,
                url: context::entity_url(input, p),
            })
        })
        .collect();
    let sentences = relation
        .sentences
        .iter()
        .take(MAX_SENTENCES)
        .filter_map(|&(a, s)| sentence_item(input, relation, a, s))
        .collect();
    let context = RelationContext {
        kind: "relation",
        name: &relation.name,
        description: format!(
            "{}: {} article(s) naming both, the sentences that link them and the quotes.",
            relation.name,
            relation.articles.len()
        ),
        parties,
        sentences,
        sentences_total: relation.sentences.len(),
        quotes: relation_quotes(input, relation),
        quotes_total: relation.quotes.len(),
        collection: collection(input, &relation.articles, &relation.parties),
    };
    page(tera, input.config, "topic.html", url, &context)
}

/// The relation's quotes (at most [`MAX_QUOTES`]), with speakers and articles.
fn relation_quotes<'a>(input: &'a Input<'_>, relation: &Relation) -> Vec<SourcedQuote<'a>> {
    let extraction = &input.knowledge.extraction;
    relation
        .quotes
        .iter()
        .take(MAX_QUOTES)
        .filter_map(|&(a, k)| {
            let q = extraction.quotes.get(a)?.get(k)?;
            let speaker = q.speaker.map(EntityId::new);
            let a = ArticleId::new(a);
            Some(SourcedQuote {
                text: &q.text,
                speaker: Some(Speaker {
                    speaker: speaker
                        .and_then(|s| input.knowledge.entity(s))
                        .map(|s| s.name.as_str()),
                    speaker_url: speaker.and_then(|s| context::entity_url(input, s)),
                }),
                found_in: FoundIn::new(input, a, input.plan.articles[a].clone()),
            })
        })
        .collect()
}

/// One sentence naming both parties, cut into plain and marked pieces, with a
/// link to the first linked mention in it (or to the article).
fn sentence_item<'a>(
    input: &'a Input<'_>,
    relation: &Relation,
    a: usize,
    s: usize,
) -> Option<SentenceItem<'a>> {
    let extraction = &input.knowledge.extraction;
    let sentence = extraction.sentences.get(a)?.get(s)?;
    let block = input.articles.get(a)?.blocks.get(sentence.block())?;
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    let within = sentence.range();
    let mut at = within.start;
    let mut anchor: Option<usize> = None;
    for (k, m) in extraction.mentions.get(a)?.iter().enumerate() {
        let span = m.range();
        if m.sentence() != s
            || m.block != sentence.block
            || span.start < at
            || span.end > within.end
        {
            continue;
        }
        let party = relation.parties.contains(&m.entity);
        if anchor.is_none() && context::entity_url(input, EntityId::new(m.entity)).is_some() {
            anchor = Some(k);
        }
        if !party {
            continue;
        }
        let (text, name) = (block.get(at..span.start)?, block.get(span.clone())?);
        pieces.push(Piece { text, mark: false });
        pieces.push(Piece {
            text: name,
            mark: true,
        });
        at = span.end;
    }
    let rest = block.get(at..within.end)?;
    pieces.push(Piece {
        text: rest,
        mark: false,
    });
    // Only plain-text bodies are sure to carry every mention's `id` (Markdown
    // rendering may move or merge spans); elsewhere link the article itself.
    let plain = matches!(input.articles[a].body, crate::content::Body::Text);
    let a = ArticleId::new(a);
    let url = match anchor {
        Some(k) if plain => format!("{}#m{k}", input.plan.articles[a]),
        _ => input.plan.articles[a].clone(),
    };
    Some(SentenceItem {
        pieces,
        found_in: FoundIn::new(input, a, url),
    })
}
