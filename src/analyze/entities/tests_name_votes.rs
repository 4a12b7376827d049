//! Unit tests of the kind evidence a name carries by itself
//! ([`super::classify::name_votes`]): places and their parts, suffixes and
//! lists, companies, clubs and sites by their words.

use super::classify::name_votes;
use super::EntityKind;

#[test]
fn parts_of_places_and_counties_are_places() {
    assert_eq!(name_votes("East Africa").best(), EntityKind::Place);
    assert_eq!(name_votes("County Kildare").best(), EntityKind::Place);
    assert_eq!(name_votes("American Samoa").best(), EntityKind::Place);
    assert_eq!(name_votes("Kowloon West").best(), EntityKind::Place);
    assert_eq!(
        name_votes("Dallas Independent School District").best(),
        EntityKind::Organization
    );
    assert_eq!(
        name_votes("Eastern Airlines").best(),
        EntityKind::Organization
    );
}

#[test]
fn suffixes_and_lists_decide() {
    assert_eq!(
        name_votes("Ewha Womans University").best(),
        EntityKind::Organization
    );
    assert_eq!(name_votes("Korean War").best(), EntityKind::Event);
    assert_eq!(name_votes("Vostochny Cosmodrome").best(), EntityKind::Place);
    assert_eq!(name_votes("Seoul").best(), EntityKind::Place);
    assert_eq!(name_votes("U.S").best(), EntityKind::Place);
    assert_eq!(name_votes("KCNA").best(), EntityKind::Organization);
    assert_eq!(name_votes("Jane Doe").best(), EntityKind::Person);
}

#[test]
fn companies_clubs_and_sites_by_their_words() {
    assert_eq!(name_votes("Andrew Bailey").best(), EntityKind::Person);
    assert_eq!(name_votes("Yang Moo-jin").best(), EntityKind::Person);
    assert_eq!(name_votes("Hamza bin Ladin").best(), EntityKind::Person);
    assert_ne!(name_votes("Goldman Sachs").best(), EntityKind::Person);
    assert_eq!(
        name_votes("Applied Materials").best(),
        EntityKind::Organization
    );
    assert_eq!(
        name_votes("Newcastle United").best(),
        EntityKind::Organization
    );
    assert_eq!(
        name_votes("Manchester City").best(),
        EntityKind::Organization
    );
    assert_eq!(name_votes("Mexico City").best(), EntityKind::Place);
    assert_eq!(
        name_votes("University College London").best(),
        EntityKind::Organization
    );
    assert_eq!(
        name_votes("Alliance of Small Island States").best(),
        EntityKind::Organization
    );
    assert_eq!(
        name_votes("Court Philippe Chatrier").best(),
        EntityKind::Place
    );
    assert_eq!(name_votes("St Michael's Church").best(), EntityKind::Place);
    assert_eq!(name_votes("NatWest").best(), EntityKind::Organization);
    assert_eq!(name_votes("Commerzbank").best(), EntityKind::Organization);
    assert_eq!(name_votes("Johnson Space Center").best(), EntityKind::Place);
    assert_eq!(
        name_votes("Pew Research Center").best(),
        EntityKind::Organization
    );
    assert_eq!(
        name_votes("Center for Strategic and International Studies").best(),
        EntityKind::Organization
    );
    assert_eq!(name_votes("Google Science Fair").best(), EntityKind::Event);
}

#[test]
fn a_body_with_uk_after_its_name_is_its_national_arm() {
    assert_eq!(
        name_votes("Zorvex Relief UK").best(),
        EntityKind::Organization
    );
    assert_ne!(name_votes("Southern UK").best(), EntityKind::Organization);
    assert_eq!(name_votes("Prince of Zembla").best(), EntityKind::Person);
    assert_eq!(name_votes("Goblet of Fire").best(), EntityKind::Other);
    assert_eq!(
        name_votes("Friends of the Earth").best(),
        EntityKind::Organization
    );
}
