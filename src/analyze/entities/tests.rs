//! End-to-end tests of extraction on small articles of different beats.

use super::*;

fn run(text: &str) -> (Extraction, Vec<String>) {
    let blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    let ex = extract(std::slice::from_ref(&blocks), None);
    (ex, blocks)
}

fn names(ex: &Extraction) -> Vec<String> {
    let mut v: Vec<String> = ex.entities.iter().map(|e| e.name.clone()).collect();
    v.sort();
    v
}

fn kind_of(ex: &Extraction, name: &str) -> Option<EntityKind> {
    ex.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

#[test]
fn debug_dump() {
    for text in [BUSINESS, SPORT, UK_POLITICS, SCIENCE] {
        let (ex, _) = run(text);
        for e in &ex.entities {
            println!("{} [{}] {:?}", e.name, e.kind.as_str(), e.aliases);
        }
        for q in ex.quotes.iter().flatten() {
            let who = q.speaker.and_then(|s| ex.entities.get(s)).map(|e| e.name.as_str());
            println!("  QUOTE {:?} <- {:?}", q.text, who);
        }
        println!("----");
    }
}

const BUSINESS: &str = "Apple Inc. reported record quarterly revenue on Thursday, beating Wall Street expectations as iPhone sales in China rebounded.\n\nChief Executive Tim Cook told analysts that demand was \"stronger than we had anticipated in every region.\" Shares rose 4% in after-hours trading on the Nasdaq.\n\n\"We are very pleased with the momentum heading into the holiday season,\" Cook said. Chief financial officer Luca Maestri added that the company would return $90 billion to shareholders.\n\nThe results come as Microsoft and Alphabet prepare to report earnings next week. Analysts at Goldman Sachs said the figures were encouraging. Morgan Stanley raised its price target, according to a note seen by Bloomberg.\n\nThe European Commission fined the firm last year under the Digital Markets Act. Regulators in Brussels are expected to rule again in March.";

const SPORT: &str = "Manchester United beat Liverpool 2-1 at Old Trafford on Sunday, with Marcus Rashford scoring the winner in the 89th minute.\n\nUnited manager Erik ten Hag praised his side's resilience. \"The boys never stopped believing, and that is what this club is about,\" ten Hag told Sky Sports after the match.\n\nLiverpool had led through Mohamed Salah's first-half penalty. Salah, who has now scored 20 goals this season, said the defeat was hard to take. Coach Jurgen Klopp blamed the referee.\n\nThe result lifts United to fourth in the Premier League, three points behind Arsenal. Next up is a Champions League trip to Munich to face Bayern Munich.";

const UK_POLITICS: &str = "Prime Minister Keir Starmer faced a backbench revolt on Wednesday as Labour MPs criticised plans to cut winter fuel payments.\n\nSpeaking in the House of Commons, Conservative leader Kemi Badenoch accused the government of \"betraying pensioners who worked all their lives.\" Starmer replied that the Treasury had inherited a £22 billion black hole.\n\nChancellor Rachel Reeves is expected to set out further measures in the autumn Budget. The Institute for Fiscal Studies said the changes would save about £1.4 billion a year. Downing Street declined to comment.\n\nIn Scotland, First Minister John Swinney said the SNP would oppose the cuts. Meanwhile the Liberal Democrats called for a vote in Parliament.";

const SCIENCE: &str = "Astronomers using NASA's James Webb Space Telescope have detected carbon dioxide in the atmosphere of a planet orbiting a distant star, according to a study published in Nature.\n\nThe team, led by Dr. Sarah Moran of the University of Arizona, observed the planet WASP-39b as it passed in front of its host star. \"This is a milestone for exoplanet science,\" Moran said.\n\nResearchers at the Max Planck Institute for Astronomy in Heidelberg confirmed the findings. Professor Thomas Henning, who was not involved, called the result \"remarkable.\" The European Space Agency contributed instruments to the mission.\n\nIf confirmed, the discovery could help scientists understand how gas giants form. Webb was launched from French Guiana in December 2021.";
