//! End-to-end tests of extraction on small articles of different beats.

use super::*;

/// Extracts from one article whose blocks are `text` split at blank lines;
/// returns the extraction and the blocks.
pub(super) fn run(text: &str) -> (Extraction, Vec<String>) {
    let blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    let ex = extract(std::slice::from_ref(&blocks), None);
    (ex, blocks)
}

/// The names of the extraction's entities, sorted.
pub(super) fn names(ex: &Extraction) -> Vec<String> {
    let mut v: Vec<String> = ex.entities.iter().map(|e| e.name.clone()).collect();
    v.sort();
    v
}

fn kind_of(ex: &Extraction, name: &str) -> Option<EntityKind> {
    ex.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

const BUSINESS: &str = "Apple Inc. reported record quarterly revenue on Thursday, beating Wall Street expectations as iPhone sales in China rebounded.\n\nChief Executive Tim Cook told analysts that demand was \"stronger than we had anticipated in every region.\" Shares rose 4% in after-hours trading on the Nasdaq.\n\n\"We are very pleased with the momentum heading into the holiday season,\" Cook said. Chief financial officer Luca Maestri added that the company would return $90 billion to shareholders.\n\nThe results come as Microsoft and Alphabet prepare to report earnings next week. Analysts at Goldman Sachs said the figures were encouraging. Morgan Stanley raised its price target, according to a note seen by Bloomberg.\n\nThe European Commission fined the firm last year under the Digital Markets Act. Regulators in Brussels are expected to rule again in March.";

/// A football match report.
pub(super) const SPORT: &str = "Manchester United beat Liverpool 2-1 at Old Trafford on Sunday, with Marcus Rashford scoring the winner in the 89th minute.\n\nUnited manager Erik ten Hag praised his side's resilience. \"The boys never stopped believing, and that is what this club is about,\" ten Hag told Sky Sports after the match.\n\nLiverpool had led through Mohamed Salah's first-half penalty. Salah, who has now scored 20 goals this season, said the defeat was hard to take. Coach Jurgen Klopp blamed the referee.\n\nThe result lifts United to fourth in the Premier League, three points behind Arsenal. Next up is a Champions League trip to Munich to face Bayern Munich.";

const UK_POLITICS: &str = "Prime Minister Keir Starmer faced a backbench revolt on Wednesday as Labour MPs criticised plans to cut winter fuel payments.\n\nSpeaking in the House of Commons, Conservative leader Kemi Badenoch accused the government of \"betraying pensioners who worked all their lives.\" Starmer replied that the Treasury had inherited a £22 billion black hole.\n\nChancellor Rachel Reeves is expected to set out further measures in the autumn Budget. The Institute for Fiscal Studies said the changes would save about £1.4 billion a year. Downing Street declined to comment.\n\nIn Scotland, First Minister John Swinney said the SNP would oppose the cuts. Meanwhile the Liberal Democrats called for a vote in Parliament.";

const SCIENCE: &str = "Astronomers using NASA's James Webb Space Telescope have detected carbon dioxide in the atmosphere of a planet orbiting a distant star, according to a study published in Nature.\n\nThe team, led by Dr. Sarah Moran of the University of Arizona, observed the planet WASP-39b as it passed in front of its host star. \"This is a milestone for exoplanet science,\" Moran said.\n\nResearchers at the Max Planck Institute for Astronomy in Heidelberg confirmed the findings. Professor Thomas Henning, who was not involved, called the result \"remarkable.\" The European Space Agency contributed instruments to the mission.\n\nIf confirmed, the discovery could help scientists understand how gas giants form. Webb was launched from French Guiana in December 2021.";

#[test]
fn hyphenated_names_and_surnames_resolve() {
    let (ex, _) = run("Yang Moo-jin, president of the University of North Korean Studies in Seoul, told AFP the talks mattered. Yang said more.");
    assert!(
        names(&ex).contains(&"Yang Moo-jin".to_string()),
        "{:?}",
        names(&ex)
    );
    assert!(!names(&ex).contains(&"Yang".to_string()));
    assert_eq!(kind_of(&ex, "Yang Moo-jin"), Some(EntityKind::Person));
    assert_eq!(
        kind_of(&ex, "University of North Korean Studies"),
        Some(EntityKind::Organization)
    );
    assert_eq!(kind_of(&ex, "AFP"), Some(EntityKind::Organization));
}

#[test]
fn possessives_acronyms_and_country_aliases() {
    let (ex, _) = run("Russia’s envoy met North Korea's leader. The DPRK and the U.S. disagree, and U.S President Joe Biden and the US-led UN forces met in Russia-Ukraine talks.");
    let n = names(&ex);
    for want in [
        "Russia",
        "North Korea",
        "United States",
        "Joe Biden",
        "United Nations",
        "Ukraine",
    ] {
        assert!(n.contains(&want.to_string()), "missing {want} in {n:?}");
    }
    assert!(
        !n.iter()
            .any(|x| x.contains("President") || x.contains('’') || x.contains("'s")),
        "{n:?}"
    );
}

#[test]
fn sentence_initial_common_words_are_rejected() {
    let (ex, _) = run("Should Trump agree, talks follow. Despite this, Trump left on Friday. Reports say Kim Jong Un agreed in March. But Kim denied it. The Kremlin said nothing. Dear readers, thank you.");
    let n = names(&ex);
    assert_eq!(n, ["Kim Jong Un", "Kremlin", "Trump"], "{n:?}");
}

#[test]
fn demonyms_name_their_country_and_names_with_them_stay_whole() {
    let (ex, _) = run("Russian and Chinese troops joined. The Korean War ended, said the Korean People's Army. Chinese President Xi Jinping agreed with North Korean officials. He spoke in Japanese to a Chinese-language paper.");
    let n = names(&ex);
    assert_eq!(
        n,
        [
            "China",
            "Korean People's Army",
            "Korean War",
            "North Korea",
            "Russia",
            "Xi Jinping"
        ],
        "{n:?}"
    );
    let china = ex.entities.iter().find(|e| e.name == "China");
    assert!(china.is_some_and(|e| e.aliases == ["Chinese"]), "{china:?}");
    assert_eq!(kind_of(&ex, "Russia"), Some(EntityKind::Place));
    assert_eq!(kind_of(&ex, "Korean War"), Some(EntityKind::Event));
    assert_eq!(kind_of(&ex, "Xi Jinping"), Some(EntityKind::Person));
}

#[test]
fn connectors_inside_organisation_names_only() {
    let (ex, _) = run("The Bank of England raised rates. Russia and China objected, while the Food and Drug Administration and the Institute for Fiscal Studies stayed silent.");
    let n = names(&ex);
    for want in [
        "Bank of England",
        "Russia",
        "China",
        "Food and Drug Administration",
        "Institute for Fiscal Studies",
    ] {
        assert!(n.contains(&want.to_string()), "missing {want} in {n:?}");
    }
    assert!(!n.iter().any(|x| x == "Russia and China"));
}

#[test]
fn acronym_definitions_merge_across_articles() {
    let a = vec!["The Korean Central News Agency (KCNA) reported the visit.".to_string()];
    let b = vec!["According to KCNA, the visit went well.".to_string()];
    let ex = extract(&[a, b], None);
    let kcna: Vec<&Entity> = ex
        .entities
        .iter()
        .filter(|e| e.name == "Korean Central News Agency")
        .collect();
    assert_eq!(kcna.len(), 1);
    assert_eq!(ex.entities.len(), 1, "{:?}", names(&ex));
    assert_eq!(ex.mentions.get(1).map(Vec::len), Some(1));
}

#[test]
fn lone_surname_resolves_across_articles_when_unambiguous() {
    let a = vec!["Chancellor Rachel Reeves spoke in London on Tuesday.".to_string()];
    let b = vec!["Critics said Reeves had no plan for growth.".to_string()];
    let ex = extract(&[a, b], None);
    assert!(
        ex.entities.iter().all(|e| e.name != "Reeves"),
        "{:?}",
        names(&ex)
    );
    let reeves = ex.entities.iter().position(|e| e.name == "Rachel Reeves");
    assert!(
        reeves.is_some()
            && ex
                .mentions
                .get(1)
                .is_some_and(|m| m.iter().any(|m| Some(m.entity) == reeves))
    );
}

#[test]
fn mentions_are_sorted_non_overlapping_with_sentences() {
    let text =
        "Kim Jong Un met Vladimir Putin. Later, Putin thanked Kim.\n\nPutin left for Moscow.";
    let (ex, blocks) = run(text);
    let m = ex.mentions.first().cloned().unwrap_or_default();
    assert_eq!(m.len(), 6);
    for w in m.windows(2) {
        if let [a, b] = w {
            assert!((a.block, a.end) <= (b.block, b.start));
        }
    }
    let s = ex.sentences.first().cloned().unwrap_or_default();
    for x in &m {
        let sent = s.get(x.sentence()).copied();
        assert!(sent.is_some_and(|s| s.block == x.block && s.start <= x.start && x.end <= s.end));
        assert!(blocks
            .get(x.block())
            .and_then(|b| b.get(x.range()))
            .is_some());
    }
}

#[test]
fn gazetteer_wins_and_absorbs_aliases() {
    let yaml =
        "entities:\n  - name: North Korea\n    type: place\n    aliases: [DPRK, Pyongyang]\n";
    let g = Gazetteer::from_yaml(yaml, std::path::Path::new("g.yaml")).unwrap_or_default();
    let blocks = vec![
        "Pyongyang’s envoy said the DPRK and North Korea's allies met Vladimir Putin.".to_string(),
    ];
    let ex = extract(&[blocks], Some(&g));
    let nk: Vec<&Entity> = ex
        .entities
        .iter()
        .filter(|e| e.name == "North Korea")
        .collect();
    assert_eq!(nk.len(), 1);
    assert!(nk
        .first()
        .is_some_and(|e| e.from_gazetteer && e.kind == EntityKind::Place));
    assert_eq!(
        ex.mentions
            .first()
            .map(|m| m.iter().filter(|m| m.entity == 0).count()),
        Some(3)
    );
    assert!(ex
        .entities
        .iter()
        .any(|e| e.name == "Vladimir Putin" && !e.from_gazetteer));
}

#[test]
fn other_beats_keep_precision() {
    let (ex, _) = run(UK_POLITICS);
    let n = names(&ex);
    assert_eq!(kind_of(&ex, "Labour Party"), Some(EntityKind::Organization));
    for bad in [
        "Prime Minister",
        "Labour",
        "Wednesday",
        "Speaking",
        "Conservative",
        "MPs",
        "Chancellor",
        "Meanwhile",
    ] {
        assert!(!n.contains(&bad.to_string()), "{bad} in {n:?}");
    }
    assert_eq!(kind_of(&ex, "Kemi Badenoch"), Some(EntityKind::Person));
    let (ex, _) = run(SPORT);
    assert!(names(&ex).contains(&"Erik ten Hag".to_string()));
    let (ex, _) = run(SCIENCE);
    let n = names(&ex);
    assert!(
        n.contains(&"French Guiana".to_string())
            && n.contains(&"Max Planck Institute for Astronomy".to_string()),
        "{n:?}"
    );
    assert!(!n.contains(&"If".to_string()) && !n.contains(&"December".to_string()));
    let (ex, _) = run(BUSINESS);
    assert!(names(&ex).contains(&"Tim Cook".to_string()));
}

#[test]
fn run_ons_split_at_titles_appositions_and_persons() {
    let (ex, _) = run("NASA Administrator Charles Bolden spoke. The pan-democrats Claudia Mo of the Civic Party and Gary Fan of the Neo Democrats won. The Refugee Council Enver Solomon agreed. The Mayor of London disagreed.");
    let n = names(&ex);
    for want in [
        "NASA",
        "Charles Bolden",
        "Claudia Mo",
        "Civic Party",
        "Refugee Council",
        "Enver Solomon",
        "London",
    ] {
        assert!(n.contains(&want.to_string()), "missing {want} in {n:?}");
    }
    assert_eq!(kind_of(&ex, "Charles Bolden"), Some(EntityKind::Person));
    assert_eq!(kind_of(&ex, "Enver Solomon"), Some(EntityKind::Person));
    assert!(
        !n.iter().any(|x| x.contains(" of ") && x.contains("Mo")),
        "{n:?}"
    );
}

#[test]
fn long_official_names_keep_their_connectors() {
    let (ex, _) = run("It was shown at the National Air and Space Museum. The Department for Trade and Industry and the Joint Council for the Welfare of Immigrants objected, as did the Standing Committee of the Supreme People's Assembly.");
    let n = names(&ex);
    for want in [
        "National Air and Space Museum",
        "Department for Trade and Industry",
        "Joint Council for the Welfare of Immigrants",
        "Standing Committee of the Supreme People's Assembly",
    ] {
        assert!(n.contains(&want.to_string()), "missing {want} in {n:?}");
    }
}

#[test]
fn east_asian_names_stay_whole_and_are_people() {
    let (ex, _) = run("Lam Cheuk-ting and Wong Kwok-hing won seats. Later, Hwang Hee-chan scored. Officials Kim Tok Hun, Ri Pyong Chol and Choe Ryong Hae attended. The Juche Idea was praised.");
    let n = names(&ex);
    for want in [
        "Lam Cheuk-ting",
        "Wong Kwok-hing",
        "Hwang Hee-chan",
        "Kim Tok Hun",
        "Ri Pyong Chol",
        "Choe Ryong Hae",
    ] {
        assert!(n.contains(&want.to_string()), "missing {want} in {n:?}");
        assert_eq!(kind_of(&ex, want), Some(EntityKind::Person), "{want}");
    }
    assert_ne!(kind_of(&ex, "Juche Idea"), Some(EntityKind::Person));
}

#[test]
fn a_family_named_by_a_plural_is_no_organisation() {
    let (ex, _) = run(
        "Senator Maria Delgrange visited the school.\n\nOfficials said the Delgranges left early.",
    );
    assert_eq!(kind_of(&ex, "Maria Delgrange"), Some(EntityKind::Person));
    let family = kind_of(&ex, "Delgranges");
    assert!(family.is_none_or(|k| k == EntityKind::Other), "{family:?}");
}

#[test]
fn a_company_named_with_its_business_is_the_company() {
    let text = "Zentrix Computer said on Monday it would cut prices.\n\nShares in Zentrix rose after the company said its profit grew.";
    let (ex, _) = run(text);
    let zentrix: Vec<&str> = ex
        .entities
        .iter()
        .filter(|e| e.name.starts_with("Zentrix"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(zentrix, ["Zentrix"], "{:?}", names(&ex));
}

#[test]
fn a_title_complement_and_a_party_are_no_part_of_a_name() {
    let text = "Minister of Education Renata Vellucci said the plan was ready.\n\nPan-democrat Gary Fenwick of the Civic Party lost his seat.";
    let (ex, _) = run(text);
    let all = names(&ex);
    assert!(all.iter().any(|n| n == "Renata Vellucci"), "{all:?}");
    assert!(all.iter().any(|n| n == "Gary Fenwick"), "{all:?}");
    assert!(
        !all.iter().any(|n| n.contains("Education Renata")),
        "{all:?}"
    );
}

#[test]
fn a_foreign_organisation_word_opens_an_organisation() {
    let text = "A spokesman spoke to Agence Lumière-Presse on Monday.\n\nHe later wrote to Agence Lumière-Presse again.";
    let (ex, _) = run(text);
    assert_eq!(
        kind_of(&ex, "Agence Lumière-Presse"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
}
