//! What links a capitalised word of a run to the next one past a gap: one
//! or two connectors ("Bank of England", "Treaty on the Non-Proliferation
//! of Nuclear Weapons", "van der"), or a body's portfolios listed with
//! commas ("Department for Culture, Media and Sport").

use super::discover::Block;
use super::runs::is_continent;
use super::tokens::gap;
use super::{lexicon, places};

impl Block<'_> {
    /// How many connector words after token `j` of `run` lead to the
    /// next capitalised word of the name, if any.
    pub(super) fn connectors(&self, run: &[usize], j: usize) -> Option<usize> {
        // "Treaty on the Non-Proliferation of Nuclear Weapons", "Mail on
        // Sunday".
        let on_head = self.word(j + 1) == "on"
            && (lexicon::is_on_head(self.word(j)) || self.paper_on_sunday(j));
        // "Committee for Cultural Relations with Foreign Countries",
        // "Committee for Solidarity with the World People".
        let with_relation = self.word(j + 1) == "with"
            && matches!(
                self.word(j),
                "Relations" | "Friendship" | "Solidarity" | "Cooperation" | "Co-operation"
            )
            && self.has_of_head(run, run.len());
        let pair = matches!(
            (self.word(j + 1), self.word(j + 2)),
            (
                "of" | "for" | "de" | "van" | "von" | "da" | "di" | "del" | "bin" | "ibn",
                "the" | "la" | "der" | "den" | "los" | "las" | "al" | "el" | "le" | "de"
            )
        ) || ((on_head || with_relation) && self.word(j + 2) == "the")
            // "Monument to the Victorious Fatherland Liberation War".
            || (matches!(self.word(j), "Monument" | "Memorial")
                && self.word(j + 1) == "to"
                && self.word(j + 2) == "the");
        // "Association of Koreans in Japan": the people of a body's
        // "of" and the country they live in; "Organisation for
        // Security and Co-operation in Europe": a continent ends
        // such a name whatever comes before "in".
        let in_country = self.word(j + 1) == "in"
            && ((self.word(j).ends_with('s') && places::is_country(self.word(j + 2)))
                || is_continent(self.word(j + 2)))
            && self.has_of_head(run, run.len());
        // "Iraq Veterans Against the War", "Rage Against the Machine";
        // "Save the Children", a campaign's verb opening the run.
        let against = self.word(j + 1) == "the"
            && (self.word(j) == "Against"
                || (lexicon::is_campaign_verb(self.word(j))
                    && run.iter().all(|&t| t == j || self.word(t) == "The")));
        // "Campaign to Protect Rural England", "Committee to Protect
        // Journalists": a body named for its aim, its verb capitalised.
        // "Monument to Party Founding": what a monument is to.
        let aim = self.word(j + 1) == "to"
            && matches!(
                self.word(j),
                "Campaign"
                    | "Committee"
                    | "Coalition"
                    | "Movement"
                    | "Alliance"
                    | "Fund"
                    | "Monument"
                    | "Memorial"
            );
        // "Newcastle upon Tyne", "Frankfurt am Main": a town by its river.
        let river = matches!(self.word(j + 1), "upon" | "am") && places::is_place(self.word(j));
        (1..=2).filter(|&n| n == 1 || pair).find(|&n| {
            (1..=n).all(|c| {
                let w = self.word(j + c);
                (lexicon::is_connector(w)
                    || (c == 1
                        && (on_head || with_relation || in_country || against || aim || river)))
                    && self.adjacent(j + c - 1, j + c)
            }) && self.adjacent(j + n, j + n + 1)
                && self.name_word(j + n + 1)
        })
    }

    /// "Mail on Sunday", "Independent on Sunday": token `t` is a paper's
    /// word, then "on Sunday".
    pub(super) fn paper_on_sunday(&self, t: usize) -> bool {
        lexicon::is_paper_word(self.word(t))
            && self.word(t + 1) == "on"
            && self.word(t + 2) == "Sunday"
    }

    /// "The Sunday Times", "Sunday Express": token `t` is a weekday that
    /// opens a paper's title.
    pub(super) fn weekday_paper(&self, t: usize) -> bool {
        lexicon::is_day(self.word(t)) && lexicon::is_paper_word(self.word(t + 1))
    }

    /// When `run`, ending at token `j`, holds a body's "of" or "for" (and
    /// opens with no title) and a comma after `j` opens a list of ordinary
    /// capitalised words closed by "and" and one or two more ("…, Media
    /// and Sport"): the list's last token.
    pub(super) fn listed_portfolios(&self, run: &[usize], j: usize) -> Option<usize> {
        // Not "Secretary of State for Culture, Media and Sport Tessa
        // Jowell": an office, trimmed with its title.
        let titled = run
            .first()
            .is_some_and(|&f| lexicon::is_title(self.word(f)));
        if titled || !self.has_of_head(run, run.len()) {
            return None;
        }
        let portfolio = |t: usize| {
            let w = self.word(t);
            self.name_word(t) && lexicon::is_english_word(&w.to_lowercase()) && !places::is_place(w)
        };
        let mut t = j;
        // Each ", Word" of the list.
        while gap(self.text, self.tokens, t, t + 1) == Some(", ") && portfolio(t + 1) {
            t += 1;
        }
        if t == j || self.word(t + 1) != "and" || !self.adjacent(t, t + 1) {
            return None;
        }
        let mut end = t + 1;
        for _ in 0..2 {
            if self.adjacent(end, end + 1) && portfolio(end + 1) {
                end += 1;
            } else {
                break;
            }
        }
        (end > t + 1).then_some(end)
    }
}
