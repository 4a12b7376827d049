//! End-to-end tests of names listed together (see `coordination`): a
//! plural noun after or before a list names the kind of every member; and
//! the last words that make a name a place, or leave it to the words around.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_plural_place_noun_after_a_list_makes_every_member_a_place() {
    let ex = run("Rain alerts were issued for Varhala, Kestrum and Ondavik\u{3000}districts. Rescuers reached the Teluma and Saravik villages. Both the Vorn and Pellac parties objected.");
    let n = names(&ex);
    for place in ["Varhala", "Kestrum", "Ondavik", "Teluma", "Saravik"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
    assert_eq!(kind(&ex, "Vorn"), Some(EntityKind::Organization), "{n:?}");
    assert_eq!(kind(&ex, "Pellac"), Some(EntityKind::Organization), "{n:?}");
}

#[test]
fn a_plural_noun_before_a_list_names_the_kind_of_its_members() {
    let ex = run("Donations went to charities such as the Velmora Trust and Quintarro Commons. The music came from such bands as The Ossory Lanterns. Fighting reached towns including Varhala and Kestrum. Critics such as Tolvane Brisk objected.");
    let n = names(&ex);
    for org in ["Velmora Trust", "Quintarro Commons", "The Ossory Lanterns"] {
        assert_eq!(
            kind(&ex, org),
            Some(EntityKind::Organization),
            "{org}: {n:?}"
        );
    }
    for place in ["Varhala", "Kestrum"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
}

#[test]
fn landforms_end_place_names() {
    let ex = run("Scientists camped on the Varhala Ice Shelf and sailed over the Kestrum Trench. Later they flew to Ondavik Atoll and the Teluma Plateau.");
    let n = names(&ex);
    for place in [
        "Varhala Ice Shelf",
        "Kestrum Trench",
        "Ondavik Atoll",
        "Teluma Plateau",
    ] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
}

#[test]
fn a_place_word_that_is_also_a_surname_lets_the_words_around_decide() {
    let ex = run("The party's nominee Darrell Castle won 4,000 votes. Senator Brigid Lake said she would vote no. Crowds gathered in Odette Park on Sunday. Pilgrims walked to Queen Brigid Bridge.");
    let n = names(&ex);
    for person in ["Darrell Castle", "Brigid Lake"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    for place in ["Odette Park", "Queen Brigid Bridge"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
}

#[test]
fn a_person_shaped_name_listed_among_papers_is_a_paper() {
    let ex = run("It echoed the joint editorial of Voran Sinmun, Tesol Kaminbo and Haechon Ilbo.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Tesol Kaminbo"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn two_plurals_coordinated_inside_a_partys_name_stay_one_name() {
    let ex = run("A delegation of the Zorland Workers and Peasants Party arrived. The Royal Navy and Air Force joined the drill. Rain fell in the Hwangpo provinces.");
    let n = names(&ex);
    assert!(n.contains(&"Zorland Workers and Peasants Party"), "{n:?}");
    assert!(n.contains(&"Royal Navy"), "{n:?}");
    assert_eq!(kind(&ex, "Hwangpo"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_name_with_an_article_listed_among_people_is_no_person() {
    let ex = run("The four-piece beat favourites including The Marrows, Keane and Holt Brannigan to the prize.");
    let n = names(&ex);
    assert_ne!(kind(&ex, "The Marrows"), Some(EntityKind::Person), "{n:?}");
}
