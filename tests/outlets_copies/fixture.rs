//! The fixture: a corpus of several outlets, named every way a scraped
//! corpus names them, with planted exact and near copies; the site built
//! from it, and its pages' texts.

use crate::common::*;
use scraper::Html;
use std::path::Path;

/// site.toml, without the lines a test adds.
const SITE: &str = r#"title = "Harbour Watch"
gazetteer = "gazetteer.yaml"

[outlets.aliases]
"Daily Planet" = ["The Planet"]
"#;

/// The gazetteer: KCNA by its full name, and the town the stories are set in.
const GAZETTEER: &str = "entities:
  - name: Korean Central News Agency
    type: organization
    aliases: [KCNA]
  - name: Port Alder
    type: place
";

/// Fixture stories, one per subject, each long enough for near copies to
/// be recognised and different enough from the others not to be one.
fn story(what: &str) -> String {
    let text = match what {
        "grain" => "Officials in Port Alder said on Monday that the new grain terminal would open in the autumn, after three years of delays blamed on rising steel prices.\n\n\
            Mayor Lena Strand told reporters that farmers from the valley had waited long enough and that the first ships were already booked.\n\n\
            Tomas Berg, who chairs the fishing cooperative, welcomed the news but asked for a second quay so that trawlers are not crowded out.",
        "breakwater" => "The council of Port Alder approved an extension of the northern breakwater on Tuesday, voting nine to four after a stormy debate that ran past midnight.\n\n\
            Engineers say the longer wall will shelter the inner harbour from winter swells that sank two moored boats last January.\n\n\
            Opponents, led by Tomas Berg, argue that the work will silt up the channel and that the cost, put at forty million crowns, is far too high.\n\n\
            Construction should begin in March and last about eighteen months, the harbour master said.",
        "ferry" => "A ferry line between Port Alder and the islands of the outer archipelago opened on Wednesday with a crossing that took just under two hours.\n\n\
            Islanders crowded the deck, many of them making the trip to the mainland for the first time without changing boats at the old pier.\n\n\
            Tomas Berg said the timetable suited the fishermen, who can now send their catch to market on the morning boat.",
        "lighthouse" => "Restoration of the Port Alder lighthouse, dark since a lightning strike in 2019, will start next month, the maritime museum announced on Thursday.\n\n\
            Volunteers have raised half of the money by selling postcards and guided walks along the cliffs, said the museum's director.\n\n\
            Tomas Berg, whose grandfather kept the light for thirty years, called the decision long overdue.",
        "market" => "The fish market of Port Alder will move from the old customs house to a new hall on the eastern quay, traders were told on Friday.\n\n\
            The hall has cold rooms, a loading bay for lorries and space for forty stalls, twice as many as the customs house could hold.\n\n\
            Some traders, Tomas Berg among them, worry that tourists will not walk the extra kilometre from the town centre.",
        "bridge" => "Repairs to the swing bridge over the Alder river have been put off until the summer because the contractor went bankrupt, the county said on Saturday.\n\n\
            Drivers face a detour of twenty kilometres through the hills while the bridge stays closed to traffic heavier than a van.\n\n\
            Tomas Berg said the delay would cost the fishermen dearly, since their lorries can no longer reach the quay directly.",
        _ => "Dredging of the Port Alder canal resumed on Sunday after a court lifted an order won by residents who complained about noise at night.\n\n\
            The dredger will now work only between seven in the morning and seven in the evening, under the terms of a settlement.\n\n\
            Tomas Berg said the cooperative was glad that boats would soon be able to reach the upper basin again at low tide.",
    };
    text.to_string()
}

/// The corpus: (path, text).
fn corpus() -> Vec<(String, String)> {
    let kcna = format!(
        " date 2024-06-10\nKim Jong Un Sends Greetings\n\nPyongyang, June 10 (KCNA) -- {}",
        story("grain")
    );
    let reuters = format!(
        " date 2024-06-11\nSEOUL (Reuters) - {}",
        story("breakwater")
    );
    // The same wire story carried by a paper: another headline, a donation
    // appeal cut as boilerplate, and an extra closing line of its own.
    let syndicated = format!(
        " date 2024-06-12\nHarbour breakwater approved\n\nSEOUL (Reuters) - {}\n\nThe Planet will follow the story.\n\nA Message from The Daily Planet:\nDear readers, please give.\nRemind me later.",
        story("breakwater")
    );
    // The same story again a year later: a new article, not a copy.
    let a_year_later = format!(
        " date 2025-06-11\nSEOUL (Reuters) - {} Officials repeated the plan.",
        story("breakwater")
    );
    vec![
        ("kcna-greetings.txt".into(), kcna.clone()),
        ("scraped-again/kcna-greetings.txt".into(), kcna),
        (
            "kcna-ferry.md".into(),
            format!(
                "---\ntitle: Ferry line opens\ndate: 2024-06-12\nsource: KCNA (Korean Central News Agency)\n---\n{}",
                story("ferry")
            ),
        ),
        ("reuters-breakwater.txt".into(), reuters),
        ("planet-breakwater.txt".into(), syndicated),
        ("reuters-breakwater-2025.txt".into(), a_year_later),
        (
            "ap-lighthouse.txt".into(),
            format!(
                " date 2024-06-13\nLighthouse to be restored\n\n(AP) — {}",
                story("lighthouse")
            ),
        ),
        (
            "planet-market.md".into(),
            format!(
                "---\ntitle: Fish market moves\ndate: 2024-06-14\nsource: The Planet\n---\n{}",
                story("market")
            ),
        ),
        (
            "planet-byline.txt".into(),
            format!(
                " date 2024-06-15\nBridge repairs delayed\n\nBy Jane Doe, The Daily Planet\n\n{}",
                story("bridge")
            ),
        ),
        (
            "unsourced.txt".into(),
            format!(" date 2024-06-16\nCanal dredging\n\n{}", story("canal")),
        ),
    ]
}

/// Writes the site's source (site.toml with `extra_config` appended, the
/// gazetteer, the corpus under seeds/) under `dir`.
fn site_source(dir: &Path, extra_config: &str) {
    let config = format!("{SITE}{extra_config}");
    let mut files: Vec<(String, String)> = vec![
        ("site.toml".into(), config),
        ("gazetteer.yaml".into(), GAZETTEER.into()),
    ];
    files.extend(corpus().into_iter().map(|(p, t)| (format!("seeds/{p}"), t)));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    write_files(dir, &refs);
}

/// The corpus built, with `extra_config` appended to site.toml; the
/// source folder is kept while the site is used.
pub(crate) fn built(extra_config: &str) -> (tempfile::TempDir, Built) {
    let source = tempfile::tempdir().expect("temp dir");
    site_source(source.path(), extra_config);
    let site = build(source.path());
    (source, site)
}

/// The text of every element matching `css`, white space collapsed.
pub(crate) fn texts(page: &Html, css: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(css).expect("selector");
    page.select(&selector)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}
