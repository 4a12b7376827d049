//! Benchmark corpus generator (issues 7 and 14): writes N English news articles.
//!
//!     cargo run --release --example gen_corpus -- --n 1000 --seed 7 --out DIR [--hugo-out DIR]
//!         [--from ARTICLES_DIR]
//!
//! With `--from` (e.g. `../shared/corpora/wikinews-2019-2021/articles`), articles are
//! recombined from the real ones in that folder, read at generation time only (see
//! `gen_corpus/recombine.rs`): runs of real paragraphs, rare names and words redrawn so the
//! vocabulary keeps growing with N, in the pool's plain-text form. Without it, as follows.
//!
//! DIR gets `site.toml` (title and three keyword topics) and `seeds/`: 90% `.txt` in the form of
//! the sample seeds (optional ` date YYYY-MM-DD` marker, blank-line or one-per-line paragraphs,
//! sometimes a headline line, sometimes a trailing donation appeal), 10% Markdown with YAML front
//! matter. `--hugo-out` also writes the same articles as Hugo content (`content/articles/*.md`).
//! Output depends only on N and the seed. No dependencies beyond std.

// `*r.pick(..)` pins the element type for inference; auto-deref would not.
#![allow(clippy::explicit_auto_deref)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "gen_corpus/chars.rs"]
mod chars;
#[path = "gen_corpus/pool.rs"]
mod pool;
#[path = "gen_corpus/recombine.rs"]
mod recombine;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// Skewed towards the front of a list: a few entities recur a lot, most rarely.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize % n
    }
}

#[rustfmt::skip]
const FIRST: &[&str] = &["James", "Maria", "Olena", "Ahmed", "Li", "Sofia", "Daniel", "Amara", "Hiroshi", "Elena", "Thomas", "Fatima", "Pedro", "Ingrid", "Samuel", "Priya", "Viktor", "Grace", "Kwame", "Anna", "Rafael", "Mei", "Omar", "Claire", "Dmitri", "Nadia", "Lucas", "Aisha", "Jonas", "Hannah", "Carlos", "Yuki", "Peter", "Leila", "Mateo", "Sarah", "Tariq", "Helen", "Andrei", "Rosa"];
#[rustfmt::skip]
const LAST: &[&str] = &["Whitfield", "Okonkwo", "Kovalenko", "Haddad", "Zhang", "Moreau", "Lindqvist", "Tanaka", "Ferreira", "Novak", "Mensah", "Rahman", "Castillo", "Brennan", "Schulz", "Petrov", "Adeyemi", "Nakamura", "Duarte", "Kowalski", "Hughes", "Sato", "Abdullah", "Varga", "Osei", "Lambert", "Morales", "Yilmaz", "Fischer", "Park", "Bianchi", "Ivanova", "Mbeki", "Larsen", "Quintero", "Dubois", "Harrington", "Chowdhury", "Sokolov", "Delgado", "Eriksen", "Mwangi", "Tremblay", "Rossi", "Nguyen", "Kaplan", "Oduya", "Stein"];
#[rustfmt::skip]
const TITLES: &[&str] = &["President", "Prime Minister", "Foreign Minister", "Finance Minister", "Defence Minister", "Energy Minister", "General", "Senator", "Governor", "Ambassador"];
#[rustfmt::skip]
const APPOS: &[&str] = &["chief executive of {CO}", "an analyst at {CO}", "a professor at the University of {CITY}", "a spokesperson for the {ORG}", "head of research at {CO}", "a senior fellow at the {CITY} Institute for Policy Studies", "coach of {CITY} United", "director of the {CITY} Climate Centre"];
#[rustfmt::skip]
const ORGS: &[(&str, &str)] = &[
    ("International Energy Agency", "IEA"),
    ("International Monetary Fund", "IMF"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("World Health Organization", "WHO"),
    ("European Central Bank", "ECB"),
    ("International Atomic Energy Agency", "IAEA"),
    ("World Trade Organization", "WTO"),
    ("Organization of the Petroleum Exporting Countries", "OPEC"),
    ("International Olympic Committee", "IOC"),
    ("European Space Agency", "ESA"),
    ("Association of Southeast Asian Nations", "ASEAN"),
    ("African Union", "AU"),
    ("International Committee of the Red Cross", "ICRC"),
    ("United Nations Security Council", "UNSC"),
    ("Bank for International Settlements", "BIS"),
    ("Intergovernmental Panel on Climate Change", "IPCC"),
];
#[rustfmt::skip]
const CO_A: &[&str] = &["Northwind", "Meridian", "Halvorsen", "Blue Ridge", "Castellan", "Pacific Rim", "Aurora", "Ironbridge", "Silverline", "Kestrel", "Orion", "Granite Bay"];
#[rustfmt::skip]
const CO_B: &[&str] = &["Energy", "Capital", "Holdings", "Mining Group", "Shipping Corporation", "Motors", "Pharmaceuticals", "Telecom", "Bank", "Analytics"];
// name, aliases used after the first mention, cities
#[rustfmt::skip]
const PLACES: &[(&str, &[&str], &[&str])] = &[
    ("the United States", &["U.S.", "Washington"], &["New York", "Houston", "Chicago"]),
    ("the United Kingdom", &["Britain", "London"], &["Manchester", "Edinburgh"]),
    ("China", &["Beijing"], &["Shanghai", "Shenzhen"]),
    ("Russia", &["Moscow", "the Kremlin"], &["St Petersburg", "Novosibirsk"]),
    ("Ukraine", &["Kyiv"], &["Kharkiv", "Odesa"]),
    ("Germany", &["Berlin"], &["Munich", "Hamburg"]),
    ("France", &["Paris"], &["Lyon", "Marseille"]),
    ("Japan", &["Tokyo"], &["Osaka", "Yokohama"]),
    ("India", &["New Delhi"], &["Mumbai", "Bengaluru"]),
    ("Brazil", &["Brasilia"], &["Sao Paulo", "Rio de Janeiro"]),
    ("Nigeria", &["Abuja"], &["Lagos", "Kano"]),
    ("South Africa", &["Pretoria"], &["Johannesburg", "Cape Town"]),
    ("Saudi Arabia", &["Riyadh"], &["Jeddah"]),
    ("Turkey", &["Ankara"], &["Istanbul", "Izmir"]),
    ("Indonesia", &["Jakarta"], &["Surabaya"]),
    ("Mexico", &["Mexico City"], &["Monterrey", "Guadalajara"]),
    ("Canada", &["Ottawa"], &["Toronto", "Vancouver"]),
    ("Australia", &["Canberra"], &["Sydney", "Melbourne"]),
    ("Norway", &["Oslo"], &["Bergen", "Stavanger"]),
    ("Kenya", &["Nairobi"], &["Mombasa"]),
    ("South Korea", &["Seoul"], &["Busan", "Incheon"]),
    ("Poland", &["Warsaw"], &["Krakow", "Gdansk"]),
];
#[rustfmt::skip]
const OUTLETS: &[&str] = &["Reuters", "AFP", "the Associated Press", "Bloomberg", "the BBC", "Al Jazeera"];
/// Subject area: name, nouns, verbs, adjectives.
type Area = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);
#[rustfmt::skip]
const AREAS: &[Area] = &[
    ("politics", &["election", "coalition", "budget", "reform bill", "referendum", "parliament vote", "cabinet reshuffle", "constitutional amendment", "opposition boycott", "campaign"], &["pass", "block", "delay", "debate", "reject", "approve"], &["contentious", "narrow", "landmark", "bitter", "long-awaited", "controversial"]),
    ("business", &["merger", "quarterly profit", "share price", "interest rate", "inflation", "trade deficit", "bond market", "supply chain", "takeover bid", "tariff"], &["raise", "cut", "freeze", "review", "expand", "restructure"], &["sharp", "modest", "unexpected", "record", "sluggish", "robust"]),
    ("sport", &["championship", "transfer", "final", "qualifier", "world record", "league title", "doping inquiry", "tournament", "relegation battle", "season"], &["win", "defend", "lose", "host", "postpone", "secure"], &["dramatic", "stunning", "hard-fought", "historic", "disappointing", "thrilling"]),
    ("science", &["vaccine trial", "telescope", "gene therapy", "climate model", "satellite launch", "research grant", "clinical study", "fusion experiment", "drought forecast", "outbreak"], &["publish", "fund", "test", "launch", "replicate", "monitor"], &["promising", "peer-reviewed", "preliminary", "ambitious", "groundbreaking", "costly"]),
    ("conflict", &["ceasefire", "offensive", "border clash", "peace talks", "arms shipment", "drone strike", "humanitarian corridor", "troop deployment", "sanctions package", "prisoner exchange"], &["negotiate", "halt", "condemn", "launch", "extend", "monitor"], &["fragile", "fierce", "renewed", "deadly", "tentative", "unprecedented"]),
    ("energy", &["oil output", "gas pipeline", "wind farm", "power grid", "solar tariff", "coal phase-out", "fuel price", "nuclear plant", "carbon tax", "LNG terminal"], &["boost", "curb", "build", "subsidise", "phase out", "expand"], &["volatile", "soaring", "long-term", "renewable", "strategic", "ageing"]),
];
#[rustfmt::skip]
const MONTHS: &[&str] = &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
#[rustfmt::skip]
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

struct Person {
    first: &'static str,
    last: &'static str,
    title: Option<&'static str>,
    appos: String,
}
struct World {
    people: Vec<Person>,
    orgs: Vec<(String, String)>,
}

fn company(r: &mut Rng) -> String {
    format!("{} {}", r.pick(CO_A), r.pick(CO_B))
}

fn world(r: &mut Rng, n: usize) -> World {
    let mut orgs: Vec<(String, String)> = ORGS
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    for a in CO_A {
        let name = format!("{a} {}", r.pick(CO_B));
        let acr: String = name.split(' ').map(|w| w.chars().next().unwrap()).collect();
        orgs.push((name, acr));
    }
    let mut seen = HashSet::new();
    let mut people = Vec::new();
    while people.len() < (200 + n / 10).min(FIRST.len() * LAST.len()) {
        let (first, last) = (*r.pick(FIRST), *r.pick(LAST));
        if !seen.insert((first, last)) {
            continue;
        }
        let title = if r.chance(0.45) {
            Some(*r.pick(TITLES))
        } else {
            None
        };
        let appos = fill(*r.pick(APPOS), r, &orgs);
        people.push(Person {
            first,
            last,
            title,
            appos,
        });
    }
    World { people, orgs }
}

fn fill(t: &str, r: &mut Rng, orgs: &[(String, String)]) -> String {
    let cities = r.pick(PLACES).2;
    let city = r.pick(cities).to_string();
    t.replace("{CO}", &company(r))
        .replace("{CITY}", &city)
        .replace("{ORG}", &r.pick(&orgs[..ORGS.len()]).0)
}

/// Per-article state: who has been introduced, so later mentions use surnames and acronyms.
struct Story<'w> {
    w: &'w World,
    r: Rng,
    area: usize,
    people: Vec<usize>,
    orgs: Vec<usize>,
    places: Vec<usize>,
    met: HashSet<usize>,
    org_met: HashSet<usize>,
    place_met: HashSet<usize>,
    year: i32,
}

impl Story<'_> {
    fn person(&mut self) -> String {
        let i = *self.r.pick(&self.people);
        let p = &self.w.people[i];
        if self.met.insert(i) {
            match p.title {
                Some(t) => format!("{t} {} {}", p.first, p.last),
                None => format!("{} {}, {},", p.first, p.last, p.appos),
            }
        } else {
            p.last.to_string()
        }
    }
    fn org(&mut self) -> String {
        let i = *self.r.pick(&self.orgs);
        let (name, acr) = &self.w.orgs[i];
        if self.org_met.insert(i) {
            format!("the {name} ({acr})")
        } else {
            acr.clone()
        }
    }
    fn place(&mut self) -> String {
        let i = *self.r.pick(&self.places);
        self.place_at(i)
    }
    fn place_at(&mut self, i: usize) -> String {
        let (name, aliases, _) = PLACES[i];
        if self.place_met.insert(i) || self.r.chance(0.5) {
            name.to_string()
        } else {
            self.r.pick(aliases).to_string()
        }
    }
    /// Two different places (`places` holds at least two).
    fn two_places(&mut self) -> (String, String) {
        let i = self.r.below(self.places.len());
        let j = (i + 1 + self.r.below(self.places.len() - 1)) % self.places.len();
        (self.place_at(self.places[i]), self.place_at(self.places[j]))
    }
    fn city(&mut self) -> String {
        let i = *self.r.pick(&self.places);
        self.r.pick(PLACES[i].2).to_string()
    }
    fn noun(&mut self) -> &'static str {
        *self.r.pick(AREAS[self.area].1)
    }
    fn verb(&mut self) -> &'static str {
        *self.r.pick(AREAS[self.area].2)
    }
    fn adj(&mut self) -> &'static str {
        *self.r.pick(AREAS[self.area].3)
    }
    fn quote(&mut self) -> String {
        let q = match self.r.below(6) {
            0 => format!(
                "We will not {} the {} under pressure from anyone",
                self.verb(),
                self.noun()
            ),
            1 => format!(
                "This is a {} moment for {} and for the whole region",
                self.adj(),
                self.place()
            ),
            2 => format!(
                "The {} has to be handled carefully, and we are ready to {} it",
                self.noun(),
                self.verb()
            ),
            3 => format!(
                "Nobody expected the {} to be this {}",
                self.noun(),
                self.adj()
            ),
            4 => format!(
                "Our position on the {} has not changed since {}",
                self.noun(),
                self.year - 1
            ),
            _ => format!(
                "If we fail to {} the {} now, we will pay for it later",
                self.verb(),
                self.noun()
            ),
        };
        match self.r.below(4) {
            0 => format!("\"{q},\" {} said.", self.person()),
            1 => {
                let (s, o) = (self.person(), *self.r.pick(OUTLETS));
                format!("{s} told {o}, \"{q}.\"")
            }
            2 => format!(
                "\"{q},\" {} told reporters in {} on {}.",
                self.person(),
                self.city(),
                self.r.pick(DAYS)
            ),
            _ => format!("{q}, according to a statement from {}.", self.org()),
        }
    }
    fn sentence(&mut self) -> String {
        if self.r.chance(0.22) {
            return self.quote();
        }
        let s = match self.r.below(18) {
            0 => format!("{} said on {} that {} would {} its {} before the end of {}.", self.person(), self.r.pick(DAYS), self.place(), self.verb(), self.noun(), self.year),
            1 => {
                let (a, b) = self.two_places();
                format!("The {} {} comes as {a} and {b} remain divided over the {}.", self.adj(), self.noun(), self.noun())
            }
            10 => format!("The {} was first proposed in {} by {}, but stalled amid objections from {}.", self.noun(), self.year - 1 - self.r.below(4) as i32, self.person(), self.org()),
            11 => format!("Figures published on {} showed that {} had spent {} million dollars on the {} over the past {} years.", self.r.pick(DAYS), self.place(), 5 + self.r.below(900), self.noun(), 2 + self.r.below(9)),
            12 => format!("Critics, including several lawmakers in {}, argue that the {} {} does little to address long-standing concerns about the {}.", self.city(), self.adj(), self.noun(), self.noun()),
            13 => format!("Speaking at a news conference in {}, {} declined to say when the {} would be completed.", self.city(), self.person(), self.noun()),
            14 => format!("It was not immediately clear how {} would respond, and a spokesperson for {} did not reply to a request for comment.", self.place(), self.org()),
            15 => format!("Previous attempts to {} the {} collapsed in {} after a dispute over funding and oversight.", self.verb(), self.noun(), self.year - 1 - self.r.below(6) as i32),
            16 => format!("The {} is likely to dominate the agenda when ministers gather in {} in {}, diplomats said.", self.noun(), self.city(), self.r.pick(MONTHS)),
            17 => format!("Residents interviewed in {} said the {} had already changed their daily lives, from prices at local markets to the cost of commuting.", self.city(), self.noun()),
            2 => format!("According to {}, the {} rose by {} percent in {}.", self.org(), self.noun(), 1 + self.r.below(40), self.r.pick(MONTHS)),
            3 => format!("Officials in {} have been under pressure to {} the {} since {}.", self.city(), self.verb(), self.noun(), self.r.pick(MONTHS)),
            4 => format!("Analysts at {} expect the {} to remain {} for the rest of the year.", company(&mut self.r), self.noun(), self.adj()),
            5 => format!("{} has called for an emergency meeting on the {}, which critics describe as {}.", self.org(), self.noun(), self.adj()),
            6 => format!("In {}, thousands of people followed the {} closely, and some questioned whether the {} would last.", self.city(), self.noun(), self.noun()),
            7 => format!("Last {}, {} warned that a {} {} could hurt {} for years.", self.r.pick(MONTHS), self.person(), self.adj(), self.noun(), self.place()),
            8 => format!("The decision to {} the {} was taken after {} days of talks in {}.", self.verb(), self.noun(), 2 + self.r.below(12), self.city()),
            _ => format!("{} and {} are expected to {} the {} at a meeting in {} next month.", self.place(), self.org(), self.verb(), self.noun(), self.city()),
        };
        capitalise(&s)
    }
    fn headline(&mut self) -> String {
        let h = match self.r.below(4) {
            0 => {
                let (a, b) = self.two_places();
                format!("{a} and {b} agree to {} {}", self.verb(), self.noun())
            }
            1 => {
                let p = self.r.pick(&self.people);
                format!(
                    "{} vows to {} {} amid {} criticism",
                    self.w.people[*p].last,
                    self.verb(),
                    self.noun(),
                    self.adj()
                )
            }
            2 => {
                let (_, acr) = &self.w.orgs[*self.r.pick(&self.orgs)];
                format!("{acr} warns of {} {}", self.adj(), self.noun())
            }
            _ => format!(
                "{} {} sparks debate in {}",
                self.adj(),
                self.noun(),
                self.city()
            ),
        };
        capitalise(&h)
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Writes `text` to `path`, or exits naming the file.
fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("gen_corpus: cannot write {}: {e}", path.display());
        std::process::exit(1)
    }
}

fn main() {
    let (mut n, mut seed, mut out, mut hugo) = (1000usize, 7u64, None::<PathBuf>, None::<PathBuf>);
    let mut from = None::<PathBuf>;
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let v = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--n" => n = v.parse().expect("--n takes a number"),
            "--seed" => seed = v.parse().expect("--seed takes a number"),
            "--out" => out = Some(v.into()),
            "--hugo-out" => hugo = Some(v.into()),
            "--from" => from = Some(v.into()),
            o => {
                eprintln!(
                    "usage: gen_corpus --n N --seed S --out DIR [--hugo-out DIR] [--from DIR] (unknown {o})"
                );
                std::process::exit(2)
            }
        }
    }
    let out = out.unwrap_or_else(|| {
        eprintln!("--out DIR is required");
        std::process::exit(2)
    });
    let seeds = out.join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    std::fs::write(out.join("site.toml"), "title = \"Benchmark corpus\"\n\n[[topics]]\nname = \"Energy markets\"\nkeywords = [\"oil output\", \"gas pipeline\", \"LNG terminal\"]\n\n[[topics]]\nname = \"Elections\"\nkeywords = [\"election\", \"referendum\", \"campaign\"]\n\n[[topics]]\nname = \"Ceasefires\"\nkeywords = [\"ceasefire\", \"peace talks\", \"prisoner exchange\"]\n").unwrap();
    let hugo_dir = hugo.map(|h| {
        let d = h.join("content/articles");
        std::fs::create_dir_all(&d).unwrap();
        d
    });
    if let Some(dir) = from {
        let pool = pool::Pool::read(&dir).unwrap_or_else(|e| {
            eprintln!("gen_corpus: --from {e}");
            std::process::exit(2)
        });
        let words = recombine::write_all(&pool, n, seed, &seeds, hugo_dir.as_deref());
        eprintln!(
            "gen_corpus: {n} articles recombined from {} in {}, {words} words ({} avg) into {}",
            pool.sources.len(),
            dir.display(),
            words / n.max(1),
            out.display()
        );
        return;
    }
    let mut r = Rng(seed);
    let w = world(&mut r, n);
    let (mut words_total, mut files) = (0usize, 0usize);
    for i in 0..n {
        let mut s = Story {
            w: &w,
            r: Rng(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407)),
            area: 0,
            people: vec![],
            orgs: vec![],
            places: vec![],
            met: HashSet::new(),
            org_met: HashSet::new(),
            place_met: HashSet::new(),
            year: 0,
        };
        s.area = s.r.below(AREAS.len());
        s.year = 2015 + s.r.below(11) as i32;
        for _ in 0..2 + s.r.below(3) {
            let k = s.r.skewed(w.people.len());
            s.people.push(k);
        }
        for _ in 0..1 + s.r.below(3) {
            let k = s.r.skewed(w.orgs.len());
            s.orgs.push(k);
        }
        let want = 2 + s.r.below(2);
        while s.places.len() < want {
            let k = s.r.skewed(PLACES.len());
            if !s.places.contains(&k) {
                s.places.push(k);
            }
        }
        let date = if s.r.chance(0.85) {
            Some(format!(
                "{}-{:02}-{:02}",
                s.year,
                1 + s.r.below(12),
                1 + s.r.below(28)
            ))
        } else {
            None
        };
        let target = 200 + (s.r.below(1301) + s.r.below(1301)) / 2;
        let headline = s.headline();
        let mut paras: Vec<String> = Vec::new();
        let mut words = 0;
        while words < target {
            let mut p = String::new();
            if paras.is_empty() && s.r.chance(0.3) {
                let c = s.city().to_uppercase();
                let _ = write!(p, "{c} ({}) - ", s.r.pick(&["Reuters", "AFP", "AP"]));
            }
            for _ in 0..1 + s.r.below(3) {
                if !p.is_empty() && !p.ends_with(' ') {
                    p.push(' ');
                }
                p.push_str(&s.sentence());
            }
            words += p.split_whitespace().count();
            paras.push(p);
        }
        words_total += words;
        let mut tags = vec![AREAS[s.area].0.to_string()];
        for &k in &s.places {
            let t = PLACES[k].0.trim_start_matches("the ").to_string();
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        for &k in &s.orgs {
            let t = w.orgs[k].1.clone();
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        let id = format!("{i:06}_{:016x}", s.r.next());
        let q = |t: &str| format!("\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""));
        let taglist = tags.iter().map(|t| q(t)).collect::<Vec<_>>().join(", ");
        if s.r.chance(0.10) {
            let mut f = format!("---\ntitle: {}\n", q(&headline));
            if let Some(d) = &date {
                let _ = writeln!(f, "date: {d}");
            }
            let _ = write!(
                f,
                "source: {}\ntags: [{taglist}]\n---\n\n{}\n",
                s.r.pick(&["Reuters", "AFP", "The Guardian", "Nikkei Asia"]),
                paras.join("\n\n")
            );
            std::fs::write(seeds.join(format!("{id}.md")), f).unwrap();
        } else {
            let sep = if s.r.chance(0.6) { "\n\n" } else { "\n" };
            let mut f = String::new();
            if let Some(d) = &date {
                let _ = write!(f, " date {d}{}", if s.r.chance(0.7) { " " } else { "\n" });
            }
            if s.r.chance(0.3) {
                let _ = write!(f, "{headline}.\n\n");
            }
            f.push_str(&paras.join(sep));
            if s.r.chance(0.12) {
                let place = *s.r.pick(&s.places);
                let outlet = format!(
                    "The {} {}",
                    s.r.pick(PLACES[place].2),
                    s.r.pick(&["Times", "Herald", "Independent"])
                );
                let _ = write!(f, "\nA Message from {outlet}:\nDear readers,\nIndependent journalism is under pressure as never before, and {outlet} relies on readers like you.\nYour support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2.\nBy supporting {outlet}, you're defending open, independent journalism. Thank you for standing with us.\n\nRemind me later.");
            } else {
                f.push('\n');
            }
            std::fs::write(seeds.join(format!("{id}.txt")), f).unwrap();
        }
        if let Some(d) = &hugo_dir {
            let mut f = format!("---\ntitle: {}\n", q(&headline));
            if let Some(dt) = &date {
                let _ = writeln!(f, "date: {dt}");
            }
            let _ = write!(f, "tags: [{taglist}]\n---\n\n{}\n", paras.join("\n\n"));
            std::fs::write(d.join(format!("{id}.md")), f).unwrap();
        }
        files += 1;
    }
    eprintln!(
        "gen_corpus: {files} articles, {words_total} words ({} avg) into {}",
        words_total / files.max(1),
        out.display()
    );
}
