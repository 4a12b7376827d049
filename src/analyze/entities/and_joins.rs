//! Where "and" (or "&") inside a run of capitalised words joins one name
//! ("Food and Drug Administration", "Procter & Gamble", "Royal College of
//! Paediatrics and Child Health") and where it parts two ("Bank of America
//! and Deutsche Bank", "the Key Resolve and Ulji Freedom Guardian
//! exercises").

use super::discover::{is_name_start, Block};
use super::runs::is_continent;
use super::tokens::is_acronym;
use super::{lexicon, places};

impl Block<'_> {
    /// "Royal College of Paediatrics and Child Health": "and" continues a
    /// name whose head before "of" is an institution, when a name of two
    /// words or more follows it to the end of the run.
    fn and_after_of_head(&self, run: &[usize], k: usize) -> bool {
        let head_of = self.has_of_head(run, k);
        let rest = run.get(k + 1..).unwrap_or(&[]);
        // "… and Co-operation in Europe": a continent after "in" ends it.
        let rest = match rest {
            [head @ .., i, c] if self.word(*i) == "in" && is_continent(self.word(*c)) => head,
            _ => rest,
        };
        head_of
            && !rest.is_empty()
            && rest.iter().all(|&t| is_name_start(self.word(t)))
            && (rest.len() >= 2 || run.len() > k + 2)
            && !self.two_complete_names(run, k, rest)
    }

    /// "Bank of America and Deutsche Bank": the words before "and" name a
    /// body after a place, and those after it end in a body's own last
    /// word or join with "&" ("… and Deloitte & Touche"), so each is whole (not "Department of Health and Human
    /// Services", whose "Health" is no place).
    fn two_complete_names(&self, run: &[usize], k: usize, rest: &[usize]) -> bool {
        let of = run
            .iter()
            .take(k)
            .rposition(|&t| matches!(self.word(t), "of" | "for" | "on"));
        let tail = of
            .and_then(|o| run.get(o + 1..k))
            .unwrap_or(&[])
            .iter()
            .map(|&t| self.word(t))
            .collect::<Vec<_>>()
            .join(" ");
        // "… and Deloitte & Touche": a firm's whole name joined by "&".
        let firm = rest.windows(2).any(|pair| match pair {
            [a, b] => self.ampersand(*a, *b),
            _ => false,
        });
        places::is_place(&tail)
            && (firm
                || rest
                    .last()
                    .is_some_and(|&t| lexicon::is_kind_suffix(self.word(t))))
    }

    /// Does "and" (or "&") at run position `k` continue the name? "National
    /// Air and Space Museum", "Department for Trade and Industry", not
    /// "Toyota and General Motors" nor "Shanghai Airlines and Xiamen
    /// Airlines": the words before it must be no complete name of their own.
    pub(super) fn and_joins(
        &self,
        left: &[usize],
        run: &[usize],
        k: usize,
        ampersand: bool,
    ) -> bool {
        // "European Aeronautic Defence & Space NV (EADS)": the bracket
        // after the run spells the initials of all its words.
        if self.run_spells_acronym_after(run) {
            return true;
        }
        // "Rocket Man and Your Song": a possessive opens a title of its own.
        if run
            .get(k + 1)
            .is_some_and(|&t| lexicon::is_title_possessive(self.word(t)))
        {
            return false;
        }
        // "Bank of America Corp. and JPMorgan Chase": a legal form ends a name.
        if left
            .last()
            .is_some_and(|&t| super::split::is_legal_form(self.word(t)))
        {
            return false;
        }
        // The noun right after the run, if any.
        let next = run
            .last()
            .filter(|&&l| !ampersand && self.adjacent(l, l + 1))
            .map(|&l| self.word(l + 1));
        // "the Key Resolve and Ulji Freedom Guardian exercises", "the Labour
        // and Liberal Democrat parties": a plural noun after the run is the
        // kind of two names it shares.
        let shared_head = next.is_some_and(|w| {
            matches!(
                w,
                "exercises"
                    | "drills"
                    | "games"
                    | "summits"
                    | "elections"
                    | "championships"
                    | "festivals"
                    | "parties"
                    | "companies"
                    | "firms"
                    | "groups"
                    | "banks"
                    | "clubs"
                    | "teams"
                    | "regions"
                    | "provinces"
                    | "cities"
                    | "districts"
                    | "rivers"
                    | "islands"
                    | "seats"
                    | "constituencies"
            )
        });
        if shared_head {
            return false;
        }
        // "the Bethnal Green and Bow seat", "the seat of Bethnal Green and
        // Bow", "the MP for Arundel and South Downs", "the Bethnal Green
        // and Bow MP": one constituency's name.
        let seat_of = run.first().and_then(|f| f.checked_sub(2)).is_some_and(|s| {
            matches!(self.word(s), "seat" | "constituency") && self.word(s + 1) == "of"
        });
        // The capitalised "MP" opens the run, its "for" inside it.
        let member_for = left
            .first()
            .and_then(|f| f.checked_sub(2))
            .is_some_and(|s| {
                matches!(self.word(s), "MP" | "MSP" | "member" | "candidate")
                    && self.word(s + 1) == "for"
            });
        let member = run.last().is_some_and(|&l| self.word(l) == "MP");
        if matches!(next, Some("seat" | "constituency" | "by-election"))
            || seat_of
            || member_for
            || member
        {
            return true;
        }
        let rest_from = if ampersand { k } else { k + 1 };
        let rest = run.get(rest_from..).unwrap_or(&[]);
        // "Legal & General and Standard Life": an ampersand's right name
        // ends at the list's "and".
        let rest = match rest
            .iter()
            .position(|&t| ampersand && self.word(t) == "and")
        {
            Some(end) => rest.get(..end).unwrap_or(rest),
            None => rest,
        };
        // The right name's last word before its own "of" ("Evergreen
        // Aviation & Space Museum of McMinnville").
        let head_end = rest
            .iter()
            .position(|&t| self.word(t) == "of")
            .filter(|&p| p > 0)
            .unwrap_or(rest.len());
        let last = rest
            .get(..head_end)
            .and_then(|head| head.last())
            .map_or("", |&l| self.word(l));
        let left_words: Vec<&str> = left
            .iter()
            .map(|&t| self.word(t))
            .filter(|w| is_name_start(w))
            .collect();
        let left_name = left_words.join(" ");
        let right_name = rest
            .iter()
            .map(|&t| self.word(t))
            .filter(|w| is_name_start(w))
            .collect::<Vec<_>>()
            .join(" ");
        // "Trinidad and Tobago", "St Kitts and Nevis", "the British and
        // Irish Lions": one listed name.
        let whole = format!("{left_name} and {right_name}");
        let whole = whole.strip_prefix("The ").unwrap_or(&whole);
        let listed = |n: &str| places::is_place(n) || lexicon::is_org(n);
        if !ampersand
            && (listed(whole)
                || whole
                    .strip_prefix("St ")
                    .is_some_and(|rest| listed(&format!("Saint {rest}"))))
        {
            return true;
        }
        // "firms including Symantec and Computer Associates", "banks such
        // as Barclays and Lloyds TSB", "the bands Oasis and Blur": after a
        // plural's "including" or "such as", or a plural of bands, places
        // or sides (not firms: "retailers Marks and Spencer"), "and" ends a
        // list of names.
        let introduced = run.first().and_then(|f| f.checked_sub(1)).is_some_and(|p| {
            self.adjacent(p, p + 1)
                && match self.word(p) {
                    "including" => true,
                    "as" => p.checked_sub(1).is_some_and(|s| self.word(s) == "such"),
                    "bands" | "groups" | "acts" | "singers" | "cities" | "towns" | "villages"
                    | "rivers" | "countries" | "islands" | "clubs" | "teams" | "sides" => true,
                    _ => false,
                }
        });
        if introduced && !ampersand && left.first() == run.first() {
            return false;
        }
        let right_known = places::is_place(&right_name)
            || lexicon::is_org(&right_name)
            || lexicon::alias(&right_name).is_some();
        // "Kim Chaek Iron and Steel Complex", "Rason Economic and Trade
        // Zone": ordinary words either side of "and" coordinate inside one
        // name, though the words before look like a person's ("Kim Chaek"),
        // unless they are a given name and one word ("John Brown and …").
        let ordinary = |w: &str| {
            lexicon::is_english_word(w) && !super::names::is_given_name(w) && !places::is_place(w)
        };
        let coordinated = !ampersand
            && left_words.last().is_some_and(|w| ordinary(w))
            && rest.first().is_some_and(|&t| ordinary(self.word(t)))
            && !matches!(left_words.as_slice(), [given, _] if super::names::is_given_name(given));
        // "Workers and Peasants Party": two plurals coordinated inside one
        // name, though the first may end a body's name ("… Workers").
        let plurals = coordinated
            && left_words.last().is_some_and(|w| w.ends_with('s'))
            && rest.first().is_some_and(|&t| self.word(t).ends_with('s'));
        // "(US) Securities and Exchange Commission": ordinary words
        // coordinated before a body's last word, though the first may end
        // a firm's name ("Numis Securities").
        let suffixed = lexicon::is_kind_suffix(last);
        let content: Vec<&str> = left_words
            .iter()
            .copied()
            .filter(|w| !lexicon::is_stopword(w))
            .collect();
        // "Guangzhou International Convention and Exhibition Centre": a
        // place and the scope's adjectives before the coordinated words.
        let only_a_country_before = match content.as_slice() {
            [_] => true,
            [first, scope @ .., _] => {
                (places::is_place(first)
                    || is_acronym(first)
                    || (!scope.is_empty() && !lexicon::is_english_word(first)))
                    && scope.iter().all(|w| {
                        matches!(
                            *w,
                            "International" | "National" | "Municipal" | "Provincial" | "Central"
                        )
                    })
            }
            _ => false,
        };
        // Not "Director of Media and Communications": a title's office.
        let office = left
            .first()
            .and_then(|f| f.checked_sub(2))
            .is_some_and(|t| self.word(t + 1) == "of" && lexicon::is_title(self.word(t)));
        // Not "Asia National Championships and Youth National
        // Championships": a right name repeating the left's last word.
        let repeated = left_words
            .last()
            .is_some_and(|l| rest.iter().any(|&t| self.word(t) == *l));
        // Not "beat The Office and Peep Show": a capitalised "The" inside
        // a sentence opens a title, no body's coordinated words.
        let titled = left
            .first()
            .is_some_and(|&f| self.word(f) == "The" && !self.initial(f));
        let body_words =
            coordinated && suffixed && only_a_country_before && !office && !repeated && !titled;
        let suffix_inside = |i: usize, w: &str| {
            (lexicon::is_kind_suffix(w) || lexicon::is_of_head(w))
                && !((plurals || body_words) && i + 1 == left_words.len())
        };
        // Not "State" of "State Physical Culture and Sports Guidance
        // Commission": a kind word ends a name, or heads its "of".
        let ends_a_name =
            |t: usize| left.last() == Some(&t) || matches!(self.word(t + 1), "of" | "for");
        let left_complete = right_known
            || left
                .iter()
                .filter(|&&t| is_name_start(self.word(t)))
                .enumerate()
                .any(|(i, &t)| suffix_inside(i, self.word(t)) && ends_a_name(t))
            || places::is_place(&left_name)
            || lexicon::is_org(&left_name)
            // "the Navy and Air Force", "the Army and Marine Corps": a
            // service named by its one word.
            || matches!(content.as_slice(), ["Army" | "Navy" | "Police"])
            // "Ispat International and LNM Holdings": a global body's word
            // ends the first of two bodies' names.
            || (suffixed
                && left_words.len() > 1
                && matches!(left_words.last(), Some(&("International" | "Worldwide"))))
            || (self.person_left(left) && !coordinated);
        // One word before "and" ("Food and Drug Administration") unless it
        // is a name of its own shape ("Sberbank", "AMD").
        let left_shaped = matches!(left_words.as_slice(), [w] if super::names::is_camel_case(w)
            || is_acronym(w)
            // "U2 and Green Day": a band's or a group's coded name.
            || w.contains(|c: char| c.is_ascii_digit())
            // "Infosys and Tata Consultancy Services": a coined word before
            // a name of three words or more opened by another.
            // (not "Guy's and St Thomas' NHS Foundation Trust").
            || (rest.len() >= 3
                && lexicon::is_coined_word(w)
                && !places::is_place(w)
                && rest.first().is_some_and(|&t| {
                    let opener = self.word(t);
                    !lexicon::is_english_word(opener)
                        && !matches!(opener, "St" | "St." | "Saint")
                }))
            || w.ends_with("bank"));
        // "Procter & Gamble", "Marks & Spencer", "Johnson & Johnson & Co",
        // "Lane Clark & Peacock": a word or two before an ampersand and one
        // after it (and maybe a firm's last word) are a firm's name, not
        // two names.
        let firm = ampersand
            && (left_words.len() <= 2
                && match rest {
                    [_] => true,
                    [_, tail] => super::names::is_company_word(self.word(*tail)),
                    _ => false,
                }
                // "JPMorgan Chase & Co.": a legal form after an ampersand.
                || matches!(rest, [form] if matches!(self.word(*form), "Co" | "Co.")));
        // "HM Revenue and Customs", "HM Courts and Tribunals Service": the
        // Crown's "HM" opens one body's name, its offices coordinated.
        let crown = coordinated && left_words.first() == Some(&"HM");
        // "Universal, Paramount and Warner Bros.", "Eminem, Usher and Green
        // Day": the last two of a list of names (not "Educational,
        // Scientific and Cultural Organization", ordinary words listed
        // inside one).
        let ordinary = |w: &str| w.split('-').all(lexicon::is_english_word);
        let list_end = left.first().is_some_and(|&f| {
            f.checked_sub(1).is_some_and(|b| {
                super::tokens::gap(self.text, self.tokens, b, f) == Some(", ")
                    && super::tokens::is_capitalised(self.word(b))
                    && !(ordinary(self.word(b))
                        && left_words.iter().all(|w| ordinary(w))
                        && rest.first().is_some_and(|&r| ordinary(self.word(r))))
            })
        });
        // "Bill & Melinda Gates Foundation": a couple's given names before
        // the body they named.
        let couple = ampersand
            && suffixed
            && matches!(left_words.as_slice(), [g] | ["The", g] if super::names::is_given_name(g))
            && rest
                .first()
                .is_some_and(|&t| super::names::is_given_name(self.word(t)));
        // "England and Wales Cricket Board", "Bosnia and Herzegovina
        // Football Federation": two countries coordinated before a body's
        // ordinary words and its last word are the body's one name.
        let nations = !ampersand
            && !list_end
            && matches!(left_words.as_slice(), [a] if places::is_country(a))
            && match rest {
                [nation, middle @ .., end] => {
                    places::is_country(self.word(*nation))
                        && !middle.is_empty()
                        && middle
                            .iter()
                            .all(|&t| lexicon::is_english_word(self.word(t)))
                        && lexicon::is_org_suffix(self.word(*end))
                }
                _ => false,
            };
        // "Lothian and Borders Police", "Avon and Somerset Constabulary":
        // a police force named after the two areas it serves.
        let force = !ampersand
            && matches!(left_words.as_slice(), [_])
            && matches!(rest, [_, force] if matches!(self.word(*force), "Police" | "Constabulary"));
        // "Shell Transport and Trading": a firm's two trades, the second
        // named by its work.
        let trades =
            coordinated && matches!(rest, [t] if super::names::is_trade_gerund(self.word(*t)));
        // "Standard & Poor's 500", "Standard and Poor's 500": an index
        // named by the number after a firm's possessive.
        let index = matches!(left_words.as_slice(), [_] | ["The", _])
            && matches!(rest, [owner, number]
                if self.tokens.get(*owner).is_some_and(|t| t.possessive())
                    && self.word(*number).bytes().all(|b| b.is_ascii_digit()));
        firm || crown
            || index
            || trades
            || couple
            || force
            || nations
            || self.one_subject(left, rest)
            || (!ampersand && self.title_pair(left, rest))
            || (suffixed && !left_words.is_empty() && !left_complete && !left_shaped && !list_end)
            || self.and_after_of_head(run, k)
            || (self.and_after_of_head_one(run, if ampersand { k - 1 } else { k })
                && rest.len() == 1)
    }

    /// The acronym in brackets after `run` is the initials of its
    /// capitalised words, a legal form at its end left out.
    pub(super) fn run_spells_acronym_after(&self, run: &[usize]) -> bool {
        let Some(acronym) = run.last().and_then(|&l| self.acronym_after(l)) else {
            return false;
        };
        let mut words: Vec<&str> = run.iter().map(|&t| self.word(t)).collect();
        while words.len() > 1 && words.last().is_some_and(|w| super::split::is_legal_form(w)) {
            words.pop();
        }
        let initials = super::shortforms::initials(&words.join(" "));
        initials.len() > 2 && initials == acronym
    }

    /// "Marks and Spencer is to cut jobs": one word either side of "and",
    /// opening the sentence, neither a known place or body, that a
    /// singular verb follows are one name (not "Boeing and Aeroflot has",
    /// nor "between Armenia and Azerbaijan is", whose verb is a noun's).
    fn one_subject(&self, left: &[usize], rest: &[usize]) -> bool {
        let ([a], [b]) = (left, rest) else {
            return false;
        };
        let unknown = |w: &str| is_name_start(w) && !places::is_place(w) && !lexicon::is_org(w);
        self.initial(*a)
            && unknown(self.word(*a))
            && unknown(self.word(*b))
            && self.adjacent(*b, b + 1)
            && matches!(
                self.word(b + 1),
                "is" | "was" | "has" | "says" | "does" | "plans" | "wants" | "remains"
            )
    }

    /// "an album, Hopes and Fears", "a staging of War and Peace": one
    /// ordinary word either side of "and", capitalised inside a sentence,
    /// are one title's words (apart, each would be a stray capital).
    fn title_pair(&self, left: &[usize], rest: &[usize]) -> bool {
        let ([a], [b]) = (left, rest) else {
            return false;
        };
        let ordinary = |t: usize| {
            let w = self.word(t);
            lexicon::is_english_word(w)
                && !super::names::is_given_name(w)
                && !places::is_place(w)
                // "Republicans and Democrats": parties and peoples.
                && !lexicon::is_org(w)
                && !super::name_words::is_party_members(w)
                // "the Senate and House": two bodies.
                && !lexicon::is_kind_suffix(w)
                && !super::candidate_words::is_demonym_noun(w)
        };
        // Not "Tooting and Guy's Hospital", a name's possessive.
        let possessive = self.tokens.get(*b).is_some_and(|t| t.possessive());
        // Not "worked with the Killers and Seal": a plural after "the"
        // names a band or a side.
        let band =
            self.word(*a).ends_with('s') && a.checked_sub(1).is_some_and(|p| self.word(p) == "the");
        // Not "a state of Peace and Security", "the Faculty of Arts and
        // Education": after "of", an office's or a capitalised ideal's words.
        let after_of = a.checked_sub(1).is_some_and(|p| self.word(p) == "of");
        !self.initial(*a) && !possessive && !after_of && !band && ordinary(*a) && ordinary(*b)
    }

    /// "Department for Trade and Industry": after an "X of/for" head, "and"
    /// and one last word that is an ordinary word of the corpus.
    fn and_after_of_head_one(&self, run: &[usize], k: usize) -> bool {
        let head_of = self.has_of_head(run, k);
        let rest = run.get(k + 1..).unwrap_or(&[]);
        head_of
            && matches!(rest, [only] if {
                let w = self.word(*only);
                is_name_start(w)
                    && !is_acronym(w)
                    && (self.stats.common(w)
                        || w.split('-').all(lexicon::is_english_word))
                    && !places::is_place(w)
            })
    }
}
