//! End-to-end tests of names that their own shape or sound types: a show
//! opened by a weekday and "Night", an initial before a family name that
//! ends a place's name too, a Japanese name no list holds.

use super::tests_news::{assert_kinds, run};
use super::EntityKind;

#[test]
fn a_weekday_and_night_open_a_shows_name() {
    let ex = run("The network asked the site to remove a clip of Saturday Night Quiztime. Fans watched Monday Night Darts.");
    assert_kinds(
        &ex,
        &["Saturday Night Quiztime", "Monday Night Darts"],
        EntityKind::Other,
    );
}

#[test]
fn an_initial_before_a_family_name_is_a_player() {
    let ex = run(
        "Scotland: H Southam; S Lamorn, M Dellow, A Henning; G Kerrow, D Hall, B Douglas, J White.",
    );
    assert_kinds(&ex, &["D Hall", "J White", "B Douglas"], EntityKind::Person);
}

#[test]
fn a_japanese_name_no_list_holds_is_a_persons() {
    let ex = run("Mr Stringer took over from Nobuhide Idemura in June. He will work with Ryosuke Tabachi, the new head of electronics.");
    assert_kinds(
        &ex,
        &["Nobuhide Idemura", "Ryosuke Tabachi"],
        EntityKind::Person,
    );
}
