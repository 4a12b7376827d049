//! Cue words: the lower-case words around a name that say what it is
//! ("shares in X", "X manager", "the city of X", "the X summit").

/// Prepositions after which a capitalised name is usually a place.
pub(super) fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at"
            | "from"
            | "to"
            | "near"
            | "into"
            | "across"
            | "throughout"
            | "toward"
            | "towards"
            | "outside"
            | "inside"
            | "visited"
            | "visiting"
            | "via"
    )
}

/// A way between two places, named after "between": "ferries between
/// Rosslare and Fishguard", "the border between …".
pub(super) fn is_route_noun(word: &str) -> bool {
    matches!(
        word,
        "ferries"
            | "ferry"
            | "flights"
            | "flight"
            | "trains"
            | "train"
            | "sailings"
            | "services"
            | "service"
            | "route"
            | "routes"
            | "road"
            | "railway"
            | "line"
            | "border"
            | "crossing"
            | "journey"
            | "buses"
            | "motorway"
    )
}

/// "the city of X", "the province of X": a kind of place named after "of".
pub(super) fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "city"
            | "town"
            | "village"
            | "province"
            | "state"
            | "region"
            | "county"
            | "district"
            | "port"
            | "capital"
            | "island"
            | "islands"
            | "suburb"
            | "outskirts"
            | "municipality"
            | "prefecture"
            | "governorate"
            | "oblast"
            | "cities"
            | "towns"
            | "villages"
            | "provinces"
            | "regions"
            | "districts"
            | "settlement"
            | "settlements"
            | "hamlet"
            | "borough"
            | "constituency"
            | "township"
            | "townships"
            | "suburbs"
            | "counties"
            | "boroughs"
            | "neighbourhood"
            | "neighborhood"
            | "resort"
            | "beach"
            | "coast"
            | "peninsula"
            | "valley"
    )
}

/// The people who live in a place: "residents of X".
pub(super) fn is_dwellers(word: &str) -> bool {
    matches!(
        word,
        "residents" | "inhabitants" | "citizens" | "villagers" | "townspeople" | "natives"
    )
}

/// "shares in X", "a stake in X": what one holds in an organisation.
pub(super) fn is_holding(word: &str) -> bool {
    matches!(
        word,
        "shares"
            | "Shares"
            | "shareholders"
            | "Shareholders"
            | "stake"
            | "stakes"
            | "investment"
            | "investments"
            | "holding"
            | "holdings"
            | "interest"
            | "stock"
            | "equity"
    )
}

/// A firm's head, owner or buyer, whose "of X" names the firm: "the chief
/// executive of Marks & Spencer", "the owner of Bhs", "the takeover of
/// Safeway", "the merger of Usinor and Arbed", "head of Offshore
/// Challenges".
pub(super) fn is_firm_head(word: &str) -> bool {
    matches!(
        word,
        "head"
            | "chairman"
            | "chairwoman"
            | "executive"
            | "boss"
            | "bosses"
            | "owner"
            | "owners"
            | "shareholders"
            | "takeover"
            | "takeovers"
            | "merger"
            | "mergers"
            | "acquisition"
            | "acquisitions"
    )
}

/// "analysts at X": people who work at an organisation.
pub(super) fn is_staff(word: &str) -> bool {
    matches!(
        word.strip_suffix('s').unwrap_or(word),
        "analyst"
            | "Analyst"
            | "economist"
            | "Economist"
            | "strategist"
            | "Strategist"
            | "researcher"
            | "scientist"
            | "executive"
            | "official"
            | "employee"
            | "engineer"
            | "banker"
            | "trader"
            | "lawyer"
            | "worker"
            | "staff"
            | "director"
            | "manager"
            | "expert"
            | "Expert"
            | "specialist"
            | "developer"
            | "programmer"
            | "consultant"
    )
}

/// Verbs and prepositions before a sports opponent ("beat X", "against X").
pub(super) fn is_opponent_cue(word: &str) -> bool {
    matches!(
        word,
        "beat" | "beats" | "against" | "face" | "faces" | "facing" | "defeated" | "thrashed"
    )
}

/// Nouns after a sports team's name: its staff, players, drivers and fans
/// ("Arsenal manager", "Leeds fans", "Williams driver").
pub(super) fn is_team_noun(word: &str) -> bool {
    matches!(
        word,
        "manager"
            | "boss"
            | "coach"
            | "striker"
            | "midfielder"
            | "defender"
            | "keeper"
            | "goalkeeper"
            | "winger"
            | "captain"
            | "fans"
            | "supporters"
            | "driver"
            | "drivers"
    )
}

/// A band's member after its name ("Libertines singer Pete Doherty",
/// "Coldplay frontman Chris Martin").
pub(super) fn is_band_member(word: &str) -> bool {
    matches!(
        word,
        "singer"
            | "frontman"
            | "frontwoman"
            | "guitarist"
            | "drummer"
            | "bassist"
            | "vocalist"
            | "keyboardist"
    )
}

/// A kind of music, which a singer's noun follows as often as a band's
/// name does ("Soul singer Joss Stone").
pub(super) fn is_music_genre(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "pop"
            | "rock"
            | "soul"
            | "folk"
            | "jazz"
            | "country"
            | "opera"
            | "gospel"
            | "punk"
            | "blues"
            | "rap"
            | "reggae"
            | "indie"
            | "metal"
            | "disco"
            | "dance"
            | "techno"
            | "grime"
            | "garage"
            | "cabaret"
    )
}

/// Nouns after an organisation's name ("Arsenal manager", "Labour leader",
/// "Lloyds chief executive", "Reform UK MPs").
pub(super) fn is_org_after(word: &str) -> bool {
    is_team_noun(word)
        || matches!(
            word,
            "shares"
                | "stock"
                | "chief"
                | "executive"
                | "executives"
                | "spokesperson"
                | "leader"
                | "party"
                | "coalition"
                | "alliance"
                | "consortium"
                | "academy"
                | "group"
                | "board"
                | "shareholders"
                | "staff"
                | "employees"
                | "chairman"
                | "CTO"
                | "COO"
                | "engineers"
                | "workers"
                | "factory"
                | "factories"
                | "plant"
                | "plants"
                | "merged"
                | "headquarters"
                | "subsidiary"
                | "arm"
                | "offshoot"
                | "affiliate"
                | "chain"
                | "union"
                | "unions"
                | "reporter"
                | "reporters"
                | "correspondent"
                | "correspondents"
                | "journalist"
                | "journalists"
                | "spokesman"
                | "spokeswoman"
                | "official"
                | "officials"
                | "employee"
                | "researchers"
                | "founder"
                | "co-founder"
                | "owner"
                | "CEO"
                | "CFO"
                | "analyst"
                | "analysts"
                | "strategist"
                | "economists"
                | "newspaper"
                | "newspapers"
                | "magazine"
                | "daily"
                | "tabloid"
                | "broadcaster"
                | "court"
                | "magistrates"
                | "tribunal"
                | "poll"
                | "survey"
                | "members"
        )
        || is_armed_group_noun(word)
}

/// "the Basij militia", "FARC rebels": an armed group's people after its
/// name (a creed's adjective before them names none: "Jihadist fighters").
pub(super) fn is_armed_group_noun(word: &str) -> bool {
    matches!(
        word,
        "militia" | "militias" | "militants" | "fighters" | "guerrillas" | "rebels"
    )
}

/// Nouns after an event's name ("the COP29 summit").
pub(super) fn is_event_after(word: &str) -> bool {
    matches!(
        word,
        "summit"
            | "conference"
            | "tournament"
            | "championship"
            | "championships"
            | "festival"
            | "election"
            | "games"
            | "ceremony"
            | "congress"
            | "talks"
            | "marathon"
            | "exercise"
            | "exercises"
            | "drills"
            | "pilgrimage"
    )
}

/// Verbs after which "to X" names whom one speaks to, not where one goes.
pub(super) fn is_speech(word: &str) -> bool {
    matches!(
        word,
        "spoke"
            | "speak"
            | "speaks"
            | "speaking"
            | "talked"
            | "talk"
            | "talking"
            | "said"
            | "wrote"
            | "writing"
            | "explained"
            | "described"
            | "replied"
            | "responded"
            | "sent"
            | "gave"
            | "given"
            | "belongs"
            | "belonged"
            | "thanks"
            | "according"
            | "confirmed"
            | "revealed"
            | "told"
    )
}

/// "MP", "MSP", "MEP", "TD"…: a member of a parliament, whose "for X" (or
/// "the X MP") names the constituency.
pub(crate) fn is_member_of_parliament(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MPs"
            | "MSP"
            | "MSPs"
            | "MEP"
            | "MEPs"
            | "MLA"
            | "MLAs"
            | "TD"
            | "TDs"
            | "MS"
            | "AM"
            | "AMs"
    )
}
