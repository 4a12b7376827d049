//! Indexes for resolving short forms within one article: acronyms by the
//! initials of a longer name ("AP" → "Associated Press"), surnames and
//! trailing words of personal names ("Le Pen" → "Marine Le Pen"), and the
//! first word of an organisation ("Lloyds" → "Lloyds Banking Group").
//! Hash maps only: linear in the article's entities.

use super::article::{AcronymDef, LocalEntity};
use super::hash::HashMap;
use super::tokens::{is_acronym, is_capitalised};
use super::{lexicon, EntityKind};

/// Initials of the capitalised words of `name` ("Korean Central News Agency"
/// → "KCNA"); an acronym inside the name gives all its capitals ("UK Health
/// Security Agency" → "UKHSA").
pub(crate) fn initials(name: &str) -> String {
    name.split(' ')
        .filter(|w| is_capitalised(w))
        .flat_map(|w| {
            let all: Vec<char> = if is_acronym(w) {
                w.chars().filter(|c| c.is_uppercase()).collect()
            } else {
                w.chars().take(1).collect()
            };
            all
        })
        .collect()
}

/// "the anterior cingulate cortex (ACC)": an acronym whose capitals are the
/// initials of the lower-case words before its parenthesis (`before`, up to
/// the "(") stands for a term, not a name.
pub(crate) fn defines_term(before: &str, acronym: &str) -> bool {
    let letters = acronym.chars().filter(|c| c.is_uppercase()).count();
    let mut words: Vec<&str> = before.split_whitespace().rev().take(letters).collect();
    words.reverse();
    spells_in_lower_case(&words, acronym)
}

/// "DRM (digital rights management, …)": the same, with the lower-case words
/// in the parenthesis after the acronym (`after`, from the "(").
pub(crate) fn term_defined_after(after: &str, acronym: &str) -> bool {
    let letters = acronym.chars().filter(|c| c.is_uppercase()).count();
    let words: Vec<&str> = after.split_whitespace().take(letters).collect();
    spells_in_lower_case(&words, acronym)
}

/// Whether `words`, all lower case, are exactly the initials of `acronym`.
fn spells_in_lower_case(words: &[&str], acronym: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).collect();
    letters.len() >= 2
        && words.len() == letters.len()
        && words.iter().zip(&letters).all(|(w, l)| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_lowercase() && c.eq_ignore_ascii_case(l))
        })
}

/// An acronym said as a word and written so, as British news does: "Esa",
/// "Nato", "Unicef" (three to six letters, only the first a capital).
fn is_word_acronym(name: &str) -> bool {
    let mut cs = name.chars();
    (3..=6).contains(&name.len())
        && cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && cs.all(|c| c.is_ascii_lowercase())
}

/// "MoD", "DfES", "DoH": capitals with the small initials of the small
/// words between them ("Ministry of Defence").
fn is_mixed_acronym(name: &str) -> bool {
    let upper = name.chars().filter(char::is_ascii_uppercase).count();
    (3..=6).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.ends_with(|c: char| c.is_ascii_uppercase())
        && upper >= 2
        && upper < name.len()
}

/// Does `acronym` spell `full` letter by letter, each capital the initial
/// of its next capitalised word and each small letter that of a small word
/// before it ("DfES": Department for Education and Skills)?
fn spells_with_small_words(full: &str, acronym: &str) -> bool {
    let mut words = full.split(' ').peekable();
    for c in acronym.chars() {
        let found = if c.is_ascii_uppercase() {
            words
                .by_ref()
                .find(|w| is_capitalised(w))
                .is_some_and(|w| w.starts_with(c))
        } else {
            let mut hit = false;
            while let Some(w) = words.next_if(|w| !is_capitalised(w)) {
                if w.starts_with(c) {
                    hit = true;
                    break;
                }
            }
            hit
        };
        if !found {
            return false;
        }
    }
    !words.any(is_capitalised)
}

/// An acronym whose letters are the initials of exactly one longer name of
/// the article ("AP" and "Associated Press"), defined or not, is that name.
pub(crate) fn acronyms_by_initials(
    entities: &[LocalEntity],
    target: &mut [Option<usize>],
    acronyms: &mut Vec<AcronymDef>,
) {
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, e) in entities.iter().enumerate() {
        let multi = e.name.split(' ').filter(|w| is_capitalised(w)).count() >= 2;
        if e.gazetteer.is_none() && e.votes.best() != EntityKind::Person {
            let initials = initials(&e.name);
            // "PSP" of "PlayStation Portable", "GSK" of "GlaxoSmithKline":
            // every capital of a camel-cased name, three or more.
            let capitals: String = e.name.chars().filter(|c| c.is_uppercase()).collect();
            let camel = e.name.split(' ').any(super::names::is_camel_case)
                && capitals.chars().count() >= 3
                && capitals != initials;
            if camel {
                by_initials.entry(capitals).or_default().push(id);
            }
            if multi {
                by_initials.entry(initials).or_default().push(id);
            }
        }
    }
    for (id, e) in entities.iter().enumerate() {
        // (Not "Alma", a given name: its mentions would type the whole as
        // a person.)
        let word_acronym = is_word_acronym(&e.name) && !super::names::is_given_name(&e.name);
        if !(is_acronym(&e.name) || word_acronym || is_mixed_acronym(&e.name))
            || e.gazetteer.is_some()
            || target.get(id).is_some_and(Option::is_some)
        {
            continue;
        }
        let letters: String = if is_acronym(&e.name) || is_mixed_acronym(&e.name) {
            e.name.chars().filter(|c| c.is_uppercase()).collect()
        } else {
            e.name.to_uppercase()
        };
        // "MoD": its small letters must stand for the small words.
        let mut spelled = by_initials
            .get(&letters)
            .into_iter()
            .flatten()
            .filter(|&&f| {
                !is_mixed_acronym(&e.name)
                    || entities
                        .get(f)
                        .is_some_and(|full| spells_with_small_words(&full.name, &e.name))
            });
        if let (Some(f), None) = (spelled.next(), spelled.next()) {
            if let (Some(full), Some(t)) = (entities.get(*f), target.get_mut(id)) {
                acronyms.push(AcronymDef {
                    short: e.key.clone(),
                    full: full.key.clone(),
                });
                *t = Some(*f);
            }
        }
    }
}

/// Full personal names by first word, last word, an inner word ("Lula" of
/// "Luiz Inacio Lula da Silva"), and trailing words of a long name ("Le
/// Pen" of "Marine Le Pen"), lower-cased.
pub(crate) fn name_index(entities: &[LocalEntity], weak: &[bool]) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, e) in entities.iter().enumerate() {
        let words: Vec<&str> = e.name.split(' ').collect();
        let is_full = words.len() >= 2
            && !weak.get(id).copied().unwrap_or(true)
            && e.votes.person_like()
            && e.votes.get(EntityKind::Person) > 0.0
            && !words.first().is_some_and(|w| super::lexicon::is_demonym(w))
            && (e.gazetteer.is_none() || e.votes.best() == EntityKind::Person)
            && super::names::is_personal_form(&words, |w| is_capitalised(w) && !is_acronym(w));
        if !is_full {
            // "Tiger Woods won … Woods will now return": two words of no
            // evidence at all, the last later alone, are a person's name
            // called by its surname; filed by the last word only.
            if let Some(last) = bare_pair_surname(e) {
                let list = index.entry(last.to_lowercase()).or_default();
                list.push(id);
            }
            continue;
        }
        let tails = (1..words.len().saturating_sub(1))
            .filter_map(|k| words.get(k..))
            .map(|ws| ws.join(" "));
        // "Assad" alone is "Bashar al-Assad".
        let bare_last = words.last().and_then(|w| super::tokens::behind_article(w));
        let ends = [words.first(), words.last(), bare_last.as_ref()]
            .into_iter()
            .flatten()
            .map(|w| w.to_string());
        // "Lula" of "Luiz Inacio Lula da Silva": the name a person goes by
        // may stand inside a long full one (not a middle name: "Mary" of
        // "Sarah Mary Jones").
        let inner = words
            .get(1..words.len().saturating_sub(1))
            .unwrap_or(&[])
            .iter()
            .filter(|w| {
                w.chars().count() > 1
                    && is_capitalised(w)
                    && !is_acronym(w)
                    && (words.len() > 3 || !super::names::is_given_name(w))
            })
            .map(|w| w.to_string());
        for w in ends
            .chain(tails)
            .chain(inner)
            .chain(initialled_keys(&words))
        {
            let list = index.entry(w.to_lowercase()).or_default();
            if !list.contains(&id) {
                list.push(id);
            }
        }
    }
    index
}

/// The last of two capitalised words that no evidence types, a common
/// surname (an ordinary word or not), neither an organisation's or a kind's
/// word, nor opening with a function word, a place or a people's adjective
/// ("Manchester United", "British Gas"): a personal name's surname, if a
/// lone mention of it follows ("Tiger Woods", not "Space Shuttle").
fn bare_pair_surname(e: &LocalEntity) -> Option<&str> {
    let (first, last) = e.name.split_once(' ').filter(|(_, l)| !l.contains(' '))?;
    let plain = |w: &str| {
        is_capitalised(w)
            && !is_acronym(w)
            && !lexicon::is_org_suffix(w)
            && !lexicon::is_kind_suffix(w)
    };
    (e.votes.0.iter().all(|&w| w == 0.0)
        && e.gazetteer.is_none()
        && plain(first)
        && plain(last)
        && (super::names::is_surname(last) || super::names::is_word_surname(last))
        && !crate::text::words::is_function_word(first)
        && !matches!(first, "One" | "First")
        && !super::trim_words::is_number_word(first)
        && !lexicon::is_demonym(first)
        && !lexicon::is_org(first)
        && !super::places::is_place(first))
    .then_some(last)
}

/// "M Riley", "J. K. Rowling": a surname after initials, as the key ("m
/// riley", "jk rowling") under which [`name_index`] files the full names
/// those initials may stand for.
pub(crate) fn initialled(name: &str) -> Option<String> {
    let (initials, last) = name.rsplit_once(' ')?;
    let letters: String = initials
        .split(' ')
        .map(initial_letters)
        .collect::<Option<_>>()?;
    (letters.chars().count() <= 3 && is_capitalised(last) && !is_acronym(last))
        .then(|| format!("{} {}", letters.to_lowercase(), last.to_lowercase()))
}

/// "South African Els", "Australian Hewitt": the one word after a
/// nationality's adjective (and a compass word before it), lower-cased, as
/// a surname that [`name_index`] files full names under.
pub(crate) fn after_nationality(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let (surname, lead) = words.split_last()?;
    let demonym = match lead {
        [d] => d,
        [prefix, d] if lexicon::is_nation_prefix(prefix) => d,
        _ => return None,
    };
    // Not "Western Railway", "Northern Arapaho": a compass's adjective, or
    // a kind word after it.
    let compass = super::around_words::is_compass_adjective(&demonym.to_lowercase());
    (lexicon::is_demonym(demonym)
        && !compass
        && is_capitalised(surname)
        && !is_acronym(surname)
        && !lexicon::is_kind_suffix(surname))
    .then(|| surname.to_lowercase())
}

/// "M", "M.", "JM", "J.M.": a word of initials, as its letters.
fn initial_letters(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|&c| c != '.').collect();
    let initials = !letters.is_empty()
        && letters.chars().count() <= 3
        && letters.chars().all(char::is_uppercase)
        && (letters.chars().count() == 1
            || word.contains('.')
            || !word.contains(char::is_lowercase));
    initials.then_some(letters)
}

/// The keys of a full name's initialled forms: its first given name's
/// initial, and all of them, before its surname ("Mike Riley" → "M Riley";
/// "James Matthew Barrie" → "J Barrie", "JM Barrie"); none for a name that
/// opens with initials itself.
fn initialled_keys(words: &[&str]) -> Vec<String> {
    let Some((last, given)) = words.split_last() else {
        return Vec::new();
    };
    if given.is_empty() || given.iter().any(|w| !is_capitalised(w)) {
        return Vec::new();
    }
    if given.first().is_some_and(|w| initial_letters(w).is_some()) {
        return Vec::new();
    }
    let letter = |w: &&str| w.chars().next();
    let first: String = given.iter().take(1).filter_map(letter).collect();
    let all: String = given.iter().filter_map(letter).collect();
    let mut keys = vec![format!("{first} {last}")];
    if all != first {
        keys.push(format!("{all} {last}"));
    }
    keys
}

/// Organisations of several words by their last word, when it is a
/// club's ("United", "Rovers", "Villa") or a body's kind that the article
/// may name it by alone ("the Commission" of "European Commission", "the
/// Alliance" of "Countryside Alliance").
pub(crate) fn body_tails(entities: &[LocalEntity], weak: &[bool]) -> HashMap<String, Vec<usize>> {
    by_last_word(entities, weak, |e, last| {
        (super::names::is_club_suffix(last) || is_body_kind(last))
            && e.votes.best() == EntityKind::Organization
    })
}

/// Products, works and other things of several words by their last word
/// ("Stream" of "CentOS Stream", "Mondeo" of "Ford Mondeo").
pub(crate) fn thing_tails(entities: &[LocalEntity], weak: &[bool]) -> HashMap<String, Vec<usize>> {
    by_last_word(entities, weak, |e, last| {
        e.votes.best() == EntityKind::Other
            && last.chars().all(char::is_alphabetic)
            && bare_pair_surname(e).is_none()
    })
}

/// The article's names of several words, none weak, that `keep` accepts
/// with their last word, indexed by that word.
fn by_last_word(
    entities: &[LocalEntity],
    weak: &[bool],
    keep: impl Fn(&LocalEntity, &str) -> bool,
) -> HashMap<String, Vec<usize>> {
    let mut tails: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, e) in entities.iter().enumerate() {
        let Some((_, last)) = e.name.rsplit_once(' ') else {
            continue;
        };
        if keep(e, last) && !weak.get(id).copied().unwrap_or(true) {
            tails.entry(last.to_string()).or_default().push(id);
        }
    }
    tails
}

/// The last word of a body's name that stands for the body alone.
fn is_body_kind(word: &str) -> bool {
    matches!(
        word,
        "Commission"
            | "Alliance"
            | "Council"
            | "Authority"
            | "Agency"
            | "Committee"
            | "Assembly"
            | "Federation"
            | "Association"
            | "Society"
            | "Institute"
            | "Foundation"
            | "Trust"
            | "Corporation"
            | "Coalition"
            | "Movement"
            | "Front"
            | "Union"
    )
}

/// Organisations of several words by their first word.
pub(crate) fn org_heads(entities: &[LocalEntity], weak: &[bool]) -> HashMap<String, Vec<usize>> {
    let mut heads: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, e) in entities.iter().enumerate() {
        if e.votes.best() != EntityKind::Organization || weak.get(id).copied().unwrap_or(true) {
            continue;
        }
        // "Glaxo" of "GlaxoSmithKline", "Exxon" of "ExxonMobil": a merged
        // firm's name run together opens with the older firm's.
        let head = match e.name.split_once(' ') {
            Some((head, _)) => Some(head),
            None => camel_head(&e.name),
        };
        if let Some(head) = head {
            heads.entry(head.to_string()).or_default().push(id);
        }
    }
    heads
}

/// The first of the capitalised words run together in one ("Glaxo" of
/// "GlaxoSmithKline"), of four letters or more; `None` for a word that is
/// no such run.
fn camel_head(word: &str) -> Option<&str> {
    if !super::names::is_camel_case(word) {
        return None;
    }
    let end = word
        .char_indices()
        .skip(1)
        .find(|(_, c)| c.is_uppercase())
        .map(|(i, _)| i)?;
    let head = word.get(..end)?;
    (head.chars().count() >= 4 && head.chars().skip(1).all(char::is_lowercase)).then_some(head)
}

/// Longer names by their leading words ("Supreme Court" of "Supreme Court
/// of Cassation", "Joint Council" of "Joint Council for the Welfare of
/// Immigrants"): every prefix of two words or more, cut before a connector
/// or at a capitalised word, of a name of three words or more that is no
/// person's; not a prefix ending in an event's kind word that a
/// capitalised word follows.
pub(crate) fn name_prefixes(
    entities: &[LocalEntity],
    weak: &[bool],
) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, e) in entities.iter().enumerate() {
        let words: Vec<&str> = e.name.split(' ').collect();
        if words.len() < 3
            || weak.get(id).copied().unwrap_or(true)
            || e.votes.best() == EntityKind::Person
        {
            continue;
        }
        for k in 2..words.len() {
            let ends_on_name = words.get(k - 1).is_some_and(|w| is_capitalised(w));
            // Not "Liberation War" of "Liberation War Martyrs Cemetery": an
            // event's whole name, modifying the words after it.
            let modifier = words
                .get(k - 1)
                .is_some_and(|w| lexicon::is_event_suffix(w))
                && words.get(k).is_some_and(|w| is_capitalised(w));
            if !ends_on_name || modifier {
                continue;
            }
            if let Some(prefix) = words.get(..k) {
                let list = out.entry(prefix.join(" ")).or_default();
                if !list.contains(&id) {
                    list.push(id);
                }
            }
        }
    }
    out
}

/// Named storms by their given name ("Dorian" of "Hurricane Dorian") and
/// ships without their prefix ("Carl Vinson" of "USS Carl Vinson").
pub(crate) fn prefixed_names(entities: &[LocalEntity]) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::default();
    for (id, e) in entities.iter().enumerate() {
        let words: Vec<&str> = e.name.split(' ').collect();
        let storm = matches!(
            words.as_slice(),
            ["Hurricane" | "Typhoon" | "Cyclone" | "Storm", _]
                | [
                    "Tropical" | "Subtropical",
                    "Storm" | "Cyclone" | "Depression",
                    _
                ]
                | ["Super" | "Severe", "Typhoon" | "Cyclone", _]
        );
        let short = if storm {
            words.last().map(|w| (*w).to_string())
        } else {
            match words.as_slice() {
                [prefix, rest @ ..]
                    if !rest.is_empty() && super::lexicon::is_ship_prefix(prefix) =>
                {
                    Some(rest.join(" "))
                }
                _ => None,
            }
        };
        if let Some(name) = short {
            out.entry(name).or_default().push(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_spell_out_inner_acronyms() {
        assert_eq!(initials("Korean Central News Agency"), "KCNA");
        assert_eq!(initials("UK Health Security Agency"), "UKHSA");
        assert_eq!(initials("University of North Korean Studies"), "UNKS");
    }
}
