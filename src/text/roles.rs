//! Role words: the titles and jobs that tie a person to an organization or country
//! ("Secretary of State", "Foreign Minister", "correspondent").
//!
//! Used by linking (a shared role is evidence that two spellings name one person) and by the
//! relation patterns (the role of an `affiliated_with` edge).

use super::Span;

/// Role phrases, in the form shown in outputs. Longer phrases win over their parts.
const ROLES: &[&str] = &[
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Director-General",
    "Director General",
    "Under-Secretary-General",
    "undersecretary-general",
    "undersecretary",
    "under-secretary",
    "general secretary",
    "Deputy Prime Minister",
    "Prime Minister",
    "Foreign Minister",
    "Foreign Secretary",
    "Defence Minister",
    "Defense Minister",
    "Defense Secretary",
    "Defence Secretary",
    "Interior Minister",
    "Finance Minister",
    "Trade Minister",
    "Health Minister",
    "Minister",
    "Vice President",
    // A legislature's: "Assembly speaker X"; a congress's or a party's: "a delegate to the
    // Continental Congress".
    "speaker",
    "delegate",
    // A university's or a school's head: "dean of the law school at Y", "provost of Y".
    "dean",
    "provost",
    "rector",
    "headmaster",
    "headmistress",
    // An office's holder facing an election: "Republican incumbent X"; a party's choice for
    // one: "the Republican presidential nominee X".
    "incumbent",
    "nominee",
    // A team's: "Ajax skipper X", "his Ferrari teammate X"; a band's: "her Acme bandmate X".
    "skipper",
    "teammate",
    "team-mate",
    // (Reuters writes it as two words: "former PSG team mate X".)
    "team mate",
    "bandmate",
    "teammates",
    "team-mates",
    "team mates",
    "bandmates",
    // "his Western Province colleague X", "her Goldman Sachs colleagues A and B".
    "colleague",
    "colleagues",
    // Hyphenated titles: "vice-president of the Union of Serb Writers".
    "vice-president",
    "vice-chairman",
    "vice-chancellor",
    "vice-captain",
    "President",
    "Chancellor",
    "Premier",
    "King",
    "Queen",
    // Nobility: "the Russian prince X" names the prince's country.
    "prince",
    "princes",
    "princess",
    "duke",
    "duchess",
    "emperor",
    "empress",
    "monarch",
    "tsar",
    "czar",
    "sultan",
    "emir",
    "ruler",
    "dictator",
    // "China's chief negotiator X".
    "negotiator",
    "top diplomat",
    "chief diplomat",
    "diplomat",
    "foreign policy chief",
    "foreign policy head",
    "foreign policy director",
    "High Representative",
    "Commissioner",
    // "served as NASA administrator", "a police inspector".
    "administrator",
    "inspector",
    "ombudsman",
    "chief",
    "head",
    "leader",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    // "Kremlin aide X", "Aide to the President of Y".
    "aide",
    "ambassador",
    "envoy",
    "correspondent",
    "reporter",
    "editor",
    "editor-in-chief",
    "commander-in-chief",
    "employee",
    // "a partner at the law firm Y".
    "partner",
    "analyst",
    "director",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "CEO",
    "chief executive officer",
    "chief executive",
    "general counsel",
    // "BP boss Bob Dudley" (British news).
    "boss",
    "chief financial officer",
    "chief operating officer",
    // "a trustee of the British Museum", "Keeper of Prints at the Y".
    "trustee",
    "keeper",
    // Heads and officers of houses, schools and orchestras: "the abbot of Y", "the registrar of
    // Y", "the concertmaster of the Y".
    "abbot",
    "abbess",
    "superintendent",
    "registrar",
    "warden",
    "bursar",
    "concertmaster",
    "founder",
    "senator",
    "Senator",
    // Legislators: "Labour MP X", "Democratic Congressman X", "Republican lawmaker X"; in the
    // plural before a list: "Republican senators A and B".
    "senators",
    "Senators",
    "Congressman",
    "Congresswoman",
    "Congressmen",
    "MP",
    "MPs",
    "lawmaker",
    "lawmakers",
    "legislators",
    // "State Duma Deputy X", "a Bundestag deputy": a member of a parliament.
    "deputy",
    "legislator",
    "councillor",
    "councilman",
    "assemblyman",
    "governor",
    "mayor",
    "general",
    "commander",
    "adviser",
    "advisor",
    "National Security Adviser",
    "Attorney General",
    "Solicitor General",
    "Governor General",
    "Governor-General",
    "Surgeon General",
    "Inspector General",
    "Auditor General",
    "Comptroller General",
    "Postmaster General",
    "Judge Advocate General",
    "Chief Justice",
    "Associate Justice",
    "justice",
    "official",
    "secretary",
    "counterpart",
    "representative",
    "member",
    "members",
    "co-founder",
    "co-founders",
    "founders",
    "head coach",
    "coach",
    "captain",
    "candidate",
    "anchorman",
    "anchorwoman",
    "anchor",
    "executive",
    "professor",
    // "a research fellow at Y", "a fellow of the Royal Society".
    "fellow",
    // "a research associate at Y" (not "an associate of X", a person's).
    "research associate",
    "judge",
    "treasurer",
    "assistant",
    "publisher",
    "comptroller",
    // "became player-manager of Brentford".
    "player-manager",
    "player-coach",
    "manager",
    // "the Yankees' owner, X", "X, the owner of Acme".
    "co-owner",
    "owner",
    // Military ranks: "British Lieutenant General X" names the army's country.
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "Lieutenant Colonel",
    "Field Marshal",
    "Air Marshal",
    "Rear Admiral",
    "Vice Admiral",
    "admiral",
    "colonel",
    "marshal",
    "lieutenant",
    "sergeant",
    "brigadier",
];

/// Occupations, singular, lower case: the head noun of "an American chess player". A person's
/// occupation with a demonym states their nationality; unlike [`ROLES`] they name no owner.
const OCCUPATIONS: &[&str] = &[
    // A person described by sex or age alone, as news writes it: "a Romanian woman, Maria
    // Marco", "Romanian woman Maria Marco".
    "woman",
    "man",
    "teenager",
    // Trades and services: "a librarian at Y", "a Polish pharmacist".
    "librarian",
    "archivist",
    "chaplain",
    "cameraman",
    "technician",
    "pharmacist",
    "paramedic",
    "broker",
    "solicitor",
    "barrister",
    "paralegal",
    "clerk",
    "receptionist",
    "cashier",
    "waiter",
    "waitress",
    "janitor",
    "mechanic",
    "stewardess",
    "firefighter",
    "politician",
    "statesman",
    "stateswoman",
    "diplomat",
    "lawyer",
    "lobbyist",
    "judge",
    "activist",
    "dissident",
    "singer",
    "songwriter",
    "singer-songwriter",
    "rapper",
    "musician",
    "guitarist",
    "drummer",
    "pianist",
    "violinist",
    "composer",
    "conductor",
    "lyricist",
    "producer",
    "dj",
    "actor",
    "actress",
    "comedian",
    "presenter",
    "broadcaster",
    "filmmaker",
    "screenwriter",
    "photographer",
    "model",
    "dancer",
    "choreographer",
    "designer",
    "artist",
    "painter",
    "sculptor",
    "illustrator",
    "cartoonist",
    "architect",
    "writer",
    "author",
    "novelist",
    "poet",
    "laureate",
    "playwright",
    "journalist",
    "newspaperman",
    "newspaperwoman",
    "newsman",
    "critic",
    "historian",
    "philosopher",
    "economist",
    // Markets and aid: "Merrill Lynch strategist X", "a trader at Y", "an aid worker with Y".
    "trader",
    "dealer",
    "strategist",
    "specialist",
    "worker",
    "scientist",
    "physicist",
    "chemist",
    "biologist",
    "mathematician",
    "astronomer",
    "engineer",
    "inventor",
    "physician",
    "surgeon",
    "psychologist",
    "sociologist",
    "linguist",
    "academic",
    "professor",
    "educator",
    "teacher",
    "businessman",
    "businesswoman",
    "businessperson",
    "entrepreneur",
    "industrialist",
    "banker",
    "financier",
    "merchant",
    "landowner",
    "investor",
    "executive",
    "footballer",
    "player",
    // "Soviet grandmaster X" (chess).
    "grandmaster",
    "cricketer",
    "athlete",
    "cyclist",
    "rider",
    "equestrian",
    "archer",
    "canoeist",
    "kayaker",
    "triathlete",
    "biathlete",
    "swimmer",
    "boxer",
    "wrestler",
    "golfer",
    "driver",
    "skier",
    "skater",
    "sprinter",
    "runner",
    "jockey",
    // "came on as a Milan substitute". (Not "champion": a title won in a competition, whose name
    // the demonym may be, "the British champion" of the British championships.)
    "substitute",
    "coach",
    "manager",
    "soldier",
    "officer",
    // "an agent of the FBI", "a special agent with the Secret Service".
    "agent",
    "astronaut",
    "pilot",
    "explorer",
    "bishop",
    "archbishop",
    "patriarch",
    "priest",
    "pope",
    "cardinal",
    "theologian",
    "monarch",
    "socialite",
    "aristocrat",
    "national",
    "citizen",
    "attorney",
    "businessmen",
    "pioneer",
    "footballer",
    "midfielder",
    "defender",
    "forward",
    "goalkeeper",
    "striker",
    "libero",
    "sweeper",
    // "Newcastle United's all-time top scorer X".
    "scorer",
    "goalscorer",
    "wicket-keeper",
    "wicketkeeper",
    // Found missing on Re-DocRED 0-399 ("American bandleader X", "fan developer X"), with
    // their kin.
    "bandleader",
    "trumpeter",
    "saxophonist",
    "bassist",
    "cellist",
    "organist",
    "percussionist",
    "keyboardist",
    "vocalist",
    "frontman",
    "tenor",
    "soprano",
    "baritone",
    "entertainer",
    "performer",
    "magician",
    "developer",
    "programmer",
    "chef",
    "doctor",
    "nurse",
    "dentist",
    "psychiatrist",
    "scholar",
    "researcher",
    "lecturer",
    "reporter",
    "editor",
    "columnist",
    "commentator",
    "blogger",
    "director",
    "animator",
    "cinematographer",
    "translator",
    "curator",
    "archaeologist",
    "anthropologist",
    "geologist",
    "botanist",
    "zoologist",
    "statistician",
    "analyst",
    "consultant",
    // A partner of a consulting firm ("a Towers Perrin principal"), a school's head.
    "principal",
    "accountant",
    "tycoon",
    "magnate",
    "philanthropist",
    "missionary",
    "rabbi",
    "imam",
    "monk",
    "nun",
    "admiral",
    "commander",
    "sailor",
    "farmer",
    "detective",
    "referee",
    "sportsman",
    "sportswoman",
    "gymnast",
    "fencer",
    "mountaineer",
    "rower",
    "racer",
    "trainer",
    "fighter",
    "pitcher",
    // Positions: "an ice hockey centre currently playing for Y".
    "centre",
    "center",
    "defenceman",
    "defenseman",
    "goaltender",
    "guard",
    "baseman",
    "receiver",
    "quarterback",
    "batsman",
    "bowler",
    // A cricket side's opening batsman: "Sri Lankan opener X".
    "opener",
    "winger",
    // Positions written as one word.
    "centre-back",
    "center-back",
    "full-back",
    "wing-back",
    "half-back",
    "scrum-half",
    "fly-half",
    // More positions: "National Football League placekicker X".
    "placekicker",
    "kicker",
    "punter",
    "linebacker",
    "lineman",
    "cornerback",
    "halfback",
    "fullback",
    "outfielder",
    "infielder",
    // "Chicago Cubs right fielder X", "Braves left-hander X", "designated hitter X".
    "fielder",
    "hitter",
    "slugger",
    "reliever",
    "left-hander",
    "right-hander",
    "shortstop",
    "catcher",
    "wicketkeeper",
    "playmaker",
    // Cricket: "Glamorgan off-spinner Robert Croft", "Yorkshire paceman X".
    "spinner",
    "off-spinner",
    "leg-spinner",
    "paceman",
    "seamer",
    "all-rounder",
];

/// Abbreviated ranks and honorifics written before a name ("Lt.", "Sgt", "Dr.", "Sen.").
const HONORIFIC_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Lt", "Sgt", "Capt", "Col", "Gen", "Maj", "Cmdr", "Adm", "Cpl", "Pvt", "Sen", "Rep", "Gov",
    "Det", "Insp", "Supt",
];

/// Whether `word` is an abbreviated rank or honorific, with or without its full stop: "Lt.",
/// "Dr". Case matters: "gen." is no rank.
pub fn is_honorific_abbreviation(word: &str) -> bool {
    HONORIFIC_ABBREVIATIONS.contains(&word.strip_suffix('.').unwrap_or(word))
}

/// Titles of address and nobility written in full before a name ("Sir", "Lord"), as written.
const HONORIFIC_TITLES: &[&str] = &[
    // "The Honourable Sir X".
    "Honourable",
    "Honorable",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baron",
    "Baroness",
    "Count",
    "Countess",
    "Earl",
    // Ranks after a role: "Brigade Commander Major X".
    "Major",
    "Colonel",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Brigadier",
    "Corporal",
    // Religious titles: "Hamas founder Sheikh X". (Other ranks written out are roles of their own.)
    "Sheikh",
    "Sheik",
    "Imam",
    "Rabbi",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Reverend",
    "Ayatollah",
    "Pastor",
    "Father",
    "Brother",
    "Sister",
];

/// Whether `gap` (between a role and a name) holds ranks, honorifics and titles of address
/// only, or nothing: the role is that name's title ("spokesman Lt. X", "Foreign Secretary Lord
/// X", "founder X").
pub fn only_honorifics(gap: &str) -> bool {
    // "Prime Minister of Japan (Count) Katsura Taro": a title of address may be set in parentheses.
    let gap = gap.trim();
    let gap = gap.strip_prefix('(').and_then(|inner| inner.strip_suffix(')')).unwrap_or(gap);
    gap.split_whitespace().all(|word| is_honorific_abbreviation(word) || HONORIFIC_TITLES.contains(&word))
}

/// Whether `word` (any case, singular or plural) is an occupation noun: "politician",
/// "Footballers".
pub fn is_occupation_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lower.strip_suffix('s').filter(|stem| OCCUPATIONS.contains(stem));
    OCCUPATIONS.contains(&lower.as_str()) || singular.is_some()
}

/// Nouns for kinds of organization, the head of "a French carmaker", beside [`GROUP_KIND_NOUNS`]
/// (which [`is_organization_noun`] reads too): these are also said of people ("producer", "an
/// authority on birds") or of things ("giant", "house").
const ORGANIZATION_NOUNS: &[&str] = &[
    "drugmaker",
    // "a Dutch multinational" (a company).
    "multinational",
    "chipmaker",
    "steelmaker",
    "shipbuilder",
    "brewer",
    "refiner",
    "miner",
    "giant",
    "daily",
    "weekly",
    "tabloid",
    "broker",
    "brokerage",
    "exchange",
    "maker",
    "producer",
    "insurer",
    "carrier",
    "publisher",
    // "auction house", "fashion house", "publishing house".
    "house",
    "broadcaster",
    "developer",
    "operator",
    // A team, in news: "the Argentine side Newell Old Boys".
    "side",
    "ministry",
    "department",
    "court",
    "parliament",
    "army",
    "navy",
    "bureau",
    "service",
    "franchise",
    "outfit",
    "division",
    "regiment",
    "brigade",
    "squadron",
    "fleet",
    "government",
    "cabinet",
    "senate",
    "congress",
    "assembly",
    "fraternity",
    "sorority",
    "church",
    "hospital",
    "theatre",
    "theater",
    "tank",
    "syndicate",
    "distributor",
    "lender",
    "utility",
    "authority",
    "regulator",
    "watchdog",
    "administration",
    "dynasty",
];

/// Nouns for kinds of group that no person is: the head of "an American rock band". The
/// narrower half of the organization nouns: not [`ORGANIZATION_NOUNS`]' "producer",
/// "publisher", "broadcaster", "authority" ("an authority on birds"), which people are too.
pub const GROUP_KIND_NOUNS: &[&str] = &[
    "band",
    "group",
    "duo",
    "trio",
    "quartet",
    "quintet",
    "orchestra",
    "choir",
    "ensemble",
    "company",
    "corporation",
    "firm",
    "conglomerate",
    "club",
    "team",
    "party",
    "organization",
    "organisation",
    "union",
    "association",
    "federation",
    "league",
    "university",
    "college",
    "school",
    "institute",
    "foundation",
    "charity",
    // "a Norway-based NGO", "a US nonprofit".
    "ngo",
    "nonprofit",
    "non-profit",
    "newspaper",
    "magazine",
    "network",
    "channel",
    "station",
    "label",
    "studio",
    "airline",
    "bank",
    "museum",
    "website",
    "startup",
    "society",
    "council",
    "committee",
    "academy",
    "agency",
    "brand",
    "retailer",
    "chain",
    "manufacturer",
    "carmaker",
    "automaker",
    "supermarket",
    "subsidiary",
    "consortium",
    "cooperative",
];

/// A country's state bodies, which a demonym before them names ("the Serbian police", "the
/// Chinese foreign ministry", "the Soviet air force"): the country acts through them. Each is
/// its lower-case words.
const STATE_BODIES: &[&[&str]] = &[
    &["government"],
    &["ministry"],
    &["embassy"],
    &["consulate"],
    &["administration"],
    &["cabinet"],
    &["presidency"],
    &["parliament"],
    &["senate"],
    &["army"],
    &["navy"],
    &["marines"],
    &["military"],
    &["air", "force"],
    &["armed", "forces"],
    &["police"],
    &["gendarmerie"],
    &["secret", "service"],
    &["delegation"],
    &["mission"],
];

/// The number of words of the state body that opens `words` (lower case), if one does:
/// ["air", "force", ...] gives 2.
pub fn state_body_at_start(words: &[&str]) -> Option<usize> {
    STATE_BODIES.iter().find(|body| words.starts_with(body)).map(|body| body.len())
}

/// Whether lower-case `words` end with a state body ("the Chinese foreign ministry").
pub fn ends_with_state_body(words: &[&str]) -> bool {
    STATE_BODIES.iter().any(|body| words.ends_with(body))
}

/// A government portfolio's words: "Finance", "Foreign Affairs", "Finance and Economy".
const PORTFOLIO_WORDS: &[&str] = &[
    "finance",
    "defence",
    "defense",
    "justice",
    "agriculture",
    "education",
    "health",
    "interior",
    "trade",
    "culture",
    "transport",
    "energy",
    "economy",
    "industry",
    "commerce",
    "foreign",
    "home",
    "internal",
    "social",
    "affairs",
    "environment",
    "tourism",
    "information",
    "communications",
    "planning",
    "housing",
    "fisheries",
    "sport",
    "sports",
    "youth",
    "mines",
    "petroleum",
    "labour",
    "labor",
    "war",
    "works",
    "public",
    "science",
    "technology",
    "national",
    "and",
    "&",
];

/// Right before a portfolio: "Minister of ", "the Secretary for ", "Ministry of the ".
static BEFORE_PORTFOLIO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(minister|ministers|secretary|ministry|department|commissioner)\s+(of|for)\s+(the\s+)?$")
        .expect("valid regex")
});

/// Right after a portfolio: " Minister", " ministry", " Secretary".
static AFTER_PORTFOLIO: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)^\s+(minister|ministers|ministry|secretary)\b").expect("valid regex"));

/// Whether `name`, between `before` and `after`, is a government portfolio rather than an
/// organization: "Finance" in "the Minister of Finance", "Foreign Affairs" in "Secretary for
/// Foreign Affairs", "Justice" in "Justice Minister X" (not "Labour" there: "Labour minister"
/// may be the party's). The model tags the portfolio as an organization; no ministry is named
/// so.
pub fn names_a_portfolio(before: &str, name: &str, after: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let portfolio =
        !words.is_empty() && words.iter().all(|w| PORTFOLIO_WORDS.contains(&w.as_str())) && !matches!(words[0].as_str(), "and" | "&");
    let party_word = words.iter().any(|w| matches!(w.as_str(), "labour" | "labor"));
    portfolio && (BEFORE_PORTFOLIO.is_match(before) || (AFTER_PORTFOLIO.is_match(after) && !party_word))
}

/// Words before a name that only a club or a national side fills, where the model often reads
/// a club named after its city as the city: "scored 20 goals for Porto", "spent five seasons
/// at Porto". Alternatives of a regex, without the anchor; no person fills them either.
const CLUB_SLOTS: &[&str] = &[
    // A player's tallies, which only a club or a national side takes: "scored 20 goals for
    // X", "scored 9 goals in 40 appearances for X", "made 150 league appearances for X",
    // "earned 12 caps for X", "on loan at X", "in his first season with X". Not the moves
    // that things make too: "the resolutions were drafted by X", "was sold / traded /
    // loaned to X", "a painting on loan from X".
    r"\b(scored|scores|scoring|netted|nets|netting)\s+[a-z0-9-]+\s+((league|international|senior|first-team)\s+)?(goals|tries)\s+(in\s+[a-z0-9-]+\s+((league|international|competitive|senior|first-team)\s+)?(appearances|games|matches|caps|starts)\s+)?for\s+(the\s+)?",
    r"\b(made|makes|making)\s+[a-z0-9-]+\s+((league|international|competitive|senior|first-team)\s+)?(appearances|starts)\s+for\s+(the\s+)?",
    r"\b(earned|won|gained|collected)\s+[a-z0-9-]+\s+((international|senior)\s+)?caps\s+for\s+(the\s+)?",
    r"\bon\s+loan\s+(at|with)\s+(the\s+)?",
    // "in his first season with X", "spent five seasons at X", "came through the youth ranks
    // at X", "a product of the youth academy of X".
    r"\b(his|her|their)\s+([a-z0-9-]+\s+){0,2}?(season|seasons|campaign)\s+(at|with)\s+(the\s+)?",
    r"\bspent\s+([a-z0-9-]+\s+){1,2}?(seasons|campaigns)\s+(at|with)\s+(the\s+)?",
    r"\byouth\s+(ranks|system|academy|setup|set-up|teams?)\s+(at|of)\s+(the\s+)?",
    // "came through the academy at X"; "moved on a free transfer to X", "his transfer to X".
    r"\bcame\s+through\s+(the\s+)?([a-z-]+\s+)?(ranks|academy|system)\s+(at|of)\s+(the\s+)?",
    r"\btransfer\s+to\s+(the\s+)?",
    // "made his senior debut for X", "began his professional career at X" (a career begun
    // "with" someone may be a person's: `CLUB_SLOT` alone reads that one).
    r"\b(made|makes|making)\s+(his|her|their)\s+([a-z-]+\s+){0,2}?debut\s+for\s+(the\s+)?",
    r"\b(began|begins|started|starts)\s+(his|her|their)\s+([a-z-]+\s+){0,2}?career\s+at\s+(the\s+)?",
    // "were teammates at X", "his teammate on the X" (not "with": "teammates with Jane Roe").
    r"\bteammates?\s+(at|on)\s+(the\s+)?",
    // "a handball player for THW Kiel", "a pitcher for the Yankees".
    r"\b(player|players|pitcher|pitchers|goalkeeper|striker|midfielder|defender|forward|quarterback|footballer|cricketer)\s+for\s+(the\s+)?",
    // A college team, named by its school's state or city: "played college football at
    // Alabama", "was drafted out of Kentucky".
    r"\b(plays|played|playing)\s+(college|collegiate|university|varsity)\s+(football|basketball|baseball|hockey|soccer|volleyball|softball|lacrosse)\s+(at|for|with)\s+(the\s+)?",
    r"\bdrafted\s+([a-z0-9-]+\s+){0,3}?out\s+of\s+(the\s+)?",
    // "turned professional in 2008 with Lampre", "representing the club IFK Mora".
    r"\bturned\s+(professional|pro)\s+(in\s+\d{4}\s+)?(with|for)\s+(the\s+)?",
    r"\brepresenting\s+the\s+(club|team)\s+",
];

/// Regex text, lower case: a player's verb, then a league ("league", "nhl", "serie a"), then
/// the team's preposition: "played in the NHL with", "plays in the Premier League, mostly for"
/// (not "played in the band with").
pub const PLAYED_IN_A_LEAGUE: &str = r"(plays|played|playing)\s+((professionally|briefly|mainly)\s+)?in\s+the\s+([a-z0-9.-]+\s+){0,3}?(league|nhl|nba|nfl|mlb|afl|wnba|mls|khl|ahl|cfl|nrl|bundesliga|premiership|serie\s+a|la\s+liga|ligue\s+1|eredivisie),?\s+((mostly|mainly|chiefly|primarily)\s+)?(with|for)";

/// Words before a name that only an organization fills and that no person's name could:
/// "the lead singer of Bon Jovi", "played bass in Slowdive", "a member of Primus", "joined the
/// Ramones", "the club Vasco", "scored 20 goals for Vasco". A name here is the organization
/// even where the article names a person so ("the lead guitarist of Van Halen" beside "Eddie
/// Van Halen"). Alternatives of a regex, without the anchor, with [`CLUB_SLOTS`].
const MEMBER_SLOTS: &[&str] = &[
    r"\b(lead\s+)?(singer|vocalist|guitarist|bassist|drummer|keyboardist|frontman|frontwoman|(bass|guitar|keyboard|drum|piano|saxophone)\s+player)\s+(of|in)\s+(the\s+)?",
    r"\b(plays|played|playing|play)\s+(the\s+)?((lead|rhythm|bass)\s+)?(bass|guitar|drums|keyboards|piano|saxophone|trumpet|violin|organ)\s+in\s+(the\s+)?",
    r"\bmembers?\s+of\s+(the\s+)?",
    r"\b(joined|rejoined)\s+the\s+",
    // "Paul McCartney formed Wings": a person is not formed ("formed part of" is no name).
    r"\b(formed|co-formed)\s+(the\s+)?",
    // "the band X", "the girl group X", "the punk rock band X", "the South Korean girl group X".
    r"\bthe\s+([a-z-]+\s+){0,3}?(band|group|duo|trio|club)\s+",
    // An outlet: "a correspondent for X", "a columnist at X".
    r"\b(correspondent|columnist|reporter)\s+(for|at|with)\s+(the\s+)?",
];

/// Words before a name that only an organization fills: [`MEMBER_SLOTS`], and those a person
/// who leads others may fill too ("plays for Enyimba" or "played for Ferguson", his manager;
/// "the guitarist for Bob Dylan", a solo artist).
pub static ORGANIZATION_SLOT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let led = [
        r"\b(plays|played|playing|signed|signs|signing)\s+(for|with)\s+(the\s+)?",
        r"\b(lead\s+)?(singer|vocalist|guitarist|bassist|drummer|keyboardist|frontman|frontwoman|(bass|guitar|keyboard|drum|piano|saxophone)\s+player)\s+(for|with)\s+(the\s+)?",
        r"\b(plays|played|playing|play)\s+(the\s+)?((lead|rhythm|bass)\s+)?(bass|guitar|drums|keyboards|piano|saxophone|trumpet|violin|organ)\s+(for|with)\s+(the\s+)?",
        // A rider's team ("rode for Liquigas"; a domestique rides for a leader too).
        r"\b(rides|rode|riding|races|raced|racing|drives|drove|driving)\s+for\s+(the\s+)?",
    ];
    slot_regex(&[MEMBER_SLOTS, CLUB_SLOTS, &led])
});

/// [`MEMBER_SLOTS`] or [`CLUB_SLOTS`] right before a name.
pub static MEMBER_SLOT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| slot_regex(&[MEMBER_SLOTS, CLUB_SLOTS]));

/// [`CLUB_SLOTS`] right before a name, or "played for" or "began his career with" (a place
/// there is its club: "plays for Mumbai in domestic cricket"; a person may be a manager or a
/// mentor, so those slots are not a member's).
pub static CLUB_SLOT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    // A team after its league: "played in the NHL with Detroit and Chicago".
    let after_a_league = format!(r"\b{PLAYED_IN_A_LEAGUE}\s+(the\s+)?");
    slot_regex(&[
        CLUB_SLOTS,
        &[&after_a_league],
        &[
            r"\b(plays|played|playing)\s+for\s+(the\s+)?",
            // "signed for Porto", "signing with Chicago".
            r"\b(signs|signed|signing)\s+(for|with)\s+(the\s+)?",
            r"\b(began|begins|started|starts)\s+(his|her|their)\s+([a-z-]+\s+){0,2}?career\s+with\s+(the\s+)?",
        ],
    ])
});

/// One case-blind regex of the alternatives, anchored at the end of the text before a name.
fn slot_regex(alternatives: &[&[&str]]) -> regex::Regex {
    let alternatives: Vec<&str> = alternatives.iter().flat_map(|group| group.iter().copied()).collect();
    regex::Regex::new(&format!("(?i)({})$", alternatives.join("|"))).expect("valid regex")
}

/// The description a sentence gives the name that opens it ([`opening_description`]).
pub struct OpeningDescription<'a> {
    /// The description's head noun: "band" in "an American indie / alternative rock band".
    pub head: &'a str,
    /// A parenthesis holding a year came between the name and the copula.
    pub dated: bool,
}

/// What a sentence that a name opens calls it (`before` and `after` are the sentence's text
/// around the name): "X is an American indie / alternative rock band" (head "band"),
/// "X (1891 - 1944) was a Polish horse rider" (head "rider", after a parenthesis with a
/// year). The description runs to a clause break or a word that starts its complement
/// ("founded in", "from"), over lower-case words and capitalised adjectives, at most eight
/// words.
pub fn opening_description<'a>(before: &str, after: &'a str) -> Option<OpeningDescription<'a>> {
    if !matches!(before.trim().to_lowercase().as_str(), "" | "the") {
        return None;
    }
    let mut rest = after.trim_start();
    let mut dated = false;
    while let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        dated |= inner[..close].split(|c: char| !c.is_ascii_digit()).any(|digits| (3..=4).contains(&digits.len()));
        rest = inner[close + 1..].trim_start();
    }
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let (copula, rest) = rest.split_once(' ')?;
    let (article, rest) = rest.trim_start().split_once(' ')?;
    if !matches!(copula, "is" | "was" | "are" | "were") || !matches!(article, "a" | "an") {
        return None;
    }
    let stops = ["that", "which", "who", "founded", "formed", "based", "from", "in", "of", "with", "by", "and", "for", "on", "at"];
    let description = rest.split([',', '.', ';', '(', ':']).next().unwrap_or("");
    let all: Vec<&str> = description.split_whitespace().collect();
    // A participle after the head that opens its complement ends the description too: "a
    // television station licensed to", "a radio station broadcasting from", "a company owned
    // by" (not one before the head: "a publishing house", "an award-winning band").
    let complement = |i: usize| {
        let participle = i > 0 && (all[i].ends_with("ed") || all[i].ends_with("ing"));
        participle && all.get(i + 1).is_none_or(|next| ["to", "in", "by", "from", "at", "on", "as", "under", "near"].contains(next))
    };
    let words: Vec<&str> = (0..all.len()).take_while(|&i| !stops.contains(&all[i]) && !complement(i)).map(|i| all[i]).collect();
    let head = words.last().filter(|_| words.len() <= 8)?;
    Some(OpeningDescription { head, dated })
}

/// The kinds of organization news names right before a name after a verb or a role ("joined
/// the band X", "works for German carmaker Y", "as chairman of the bank Z"): the narrow part of
/// the organization nouns ([`is_organization_noun`]) that relation patterns read past; the wider
/// ones ("ministry", "court") would let a verb reach a name the kind only describes.
pub const KINDS_BEFORE_A_NAME: &[&str] = &[
    "band",
    "group",
    "duo",
    "trio",
    "quartet",
    "club",
    "team",
    "party",
    "company",
    "firm",
    "side",
    "outfit",
    "franchise",
    "label",
    "carmaker",
    "automaker",
    "airline",
    "bank",
    "broadcaster",
    "newspaper",
    "publisher",
    "conglomerate",
    "retailer",
    "manufacturer",
    "insurer",
    "drugmaker",
    "chipmaker",
];

/// Whether `word` (any case, singular or plural) names a kind of organization: "company",
/// "Bands".
pub fn is_organization_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    // Plurals: "bands", "companies", "businesses".
    let singulars = [
        lower.strip_suffix('s').map(str::to_string),
        lower.strip_suffix("ies").map(|stem| format!("{stem}y")),
        lower.strip_suffix("es").map(str::to_string),
    ];
    let listed = |word: &str| ORGANIZATION_NOUNS.contains(&word) || GROUP_KIND_NOUNS.contains(&word);
    listed(&lower) || singulars.iter().flatten().any(|singular| listed(singular))
}

/// Fields of study, which a title names with "of" or "in" before where it is held ("Professor
/// of History at Y"); the NER model sometimes tags a capitalised one as an organization.
const FIELDS_OF_STUDY: &[&str] = &[
    "anthropology",
    "archaeology",
    "architecture",
    "art",
    "astronomy",
    "biology",
    "biochemistry",
    "chemistry",
    "classics",
    "computer science",
    "economics",
    "education",
    "engineering",
    "english",
    "geography",
    "geology",
    "history",
    "journalism",
    "law",
    "linguistics",
    "literature",
    "mathematics",
    "medicine",
    "music",
    "neuroscience",
    "philosophy",
    "physics",
    "political science",
    "politics",
    "psychiatry",
    "psychology",
    "sociology",
    "statistics",
    "surgery",
    "theology",
];

/// Whether `text` (any case) names a field of study: "History", "political science".
pub fn is_field_of_study(text: &str) -> bool {
    FIELDS_OF_STUDY.contains(&text.trim().to_lowercase().as_str())
}

/// Words that name a political party by its members' name or adjective: "a Republican",
/// "Labour MPs", "the Conservatives". Writers name parties this way more often than in full,
/// and the NER model tags them MISC; linking reads them as the party (an organization).
const PARTY_WORDS: &[&str] = &[
    "republican",
    "democrat",
    "democratic",
    "conservative",
    "tory",
    "tories",
    "labour",
    "labor",
    "liberal",
    "liberal democrat",
    "whig",
    "federalist",
    "democratic-republican",
    "anti-federalist",
    "anti-masonic",
    "know-nothing",
    "jacksonian",
    "socialist",
    "communist",
    "unionist",
    "nationalist",
    "christian democrat",
    "social democrat",
    "social democratic",
    "libertarian",
    "gaullist",
    "peronist",
    "bolshevik",
    "menshevik",
    "sandinista",
    "baathist",
];

/// Whether `text` (any case, singular or plural) is a party word: "Republican", "Democrats".
pub fn is_party_word(text: &str) -> bool {
    // Tokenized text sets a hyphen apart: "Democratic - Republican".
    let lower = text.trim().to_lowercase().replace(" - ", "-");
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    PARTY_WORDS.contains(&lower.as_str()) || PARTY_WORDS.contains(&singular)
}

/// Whether an organization's name is a party's: a party word ("Republicans", "Labour") or a
/// name that ends in " Party" or " party" ("National Trust Party", "the Law and Justice party";
/// "Communist Party of China" is not: its country is in its name).
pub fn is_party_name(text: &str) -> bool {
    let surface = super::normalize::surface(text);
    is_party_word(text) || surface.ends_with(" Party") || surface.ends_with(" party")
}

/// The one-word party word a party's name, member word or adjective comes from, any case:
/// "Democrats", "Democratic", "Democratic Party" and "democrat" all give "democrat";
/// "Tories" gives "tory". None for other names and for the longer party words ("Social
/// Democrats", whose members are not the Democrats').
pub fn party_word_root(text: &str) -> Option<&'static str> {
    let lower = text.trim().to_lowercase().replace(" - ", "-");
    let word = lower.strip_suffix(" party").unwrap_or(&lower);
    let word = match word {
        "democratic" => "democrat",
        "tories" => "tory",
        _ => word,
    };
    let singular = word.strip_suffix('s').unwrap_or(word);
    PARTY_WORDS.iter().copied().filter(|w| !w.contains(' ')).find(|w| *w == word || *w == singular)
}

/// A role phrase found in text: byte range and its display form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMatch {
    /// Byte offsets into the text searched.
    pub span: Span,
    pub role: &'static str,
}

/// Each role phrase with the spelling tokenized text gives its hyphens ("co - founder",
/// "Secretary - General"): (phrase as written, spaced spelling if it has a hyphen).
static ROLE_SPELLINGS: std::sync::LazyLock<Vec<(&'static str, Option<String>)>> =
    std::sync::LazyLock::new(|| ROLES.iter().map(|role| (*role, role.contains('-').then(|| role.replace('-', " - ")))).collect());

/// All role phrases in `text`, longest first at each position, without overlaps, left to
/// right. Matching is ASCII case-insensitive on whole words, straight on the text's bytes (the
/// phrases are ASCII), so offsets are exact whatever else the text holds; a hyphen may stand
/// between spaces, as tokenized text writes it.
pub fn find_roles(text: &str) -> Vec<RoleMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !text.is_char_boundary(at) || (at > 0 && is_word_byte(bytes[at - 1])) {
            at += 1;
            continue;
        }
        let rest = &bytes[at..];
        let matches = |spelling: &[u8]| {
            rest.len() >= spelling.len()
                && rest[..spelling.len()].eq_ignore_ascii_case(spelling)
                && rest.get(spelling.len()).is_none_or(|b| !is_word_byte(*b))
        };
        let best = ROLE_SPELLINGS
            .iter()
            .filter_map(|(role, spaced)| {
                std::iter::once(role.as_bytes())
                    .chain(spaced.as_deref().map(str::as_bytes))
                    .filter(|spelling| matches(spelling))
                    .map(|s| (*role, s.len()))
                    .max_by_key(|m| m.1)
            })
            .max_by_key(|(_, length)| *length);
        match best {
            Some((role, length)) => {
                found.push(RoleMatch { span: Span::new(at, at + length), role });
                at += length;
            }
            None => at += 1,
        }
    }
    found
}

/// Whether `word` is a whole role phrase or an occupation noun: what a role slot of a pattern
/// takes ("chairman", "co-founder", "pitcher").
pub fn is_role_or_occupation(word: &str) -> bool {
    let whole_role = find_roles(word).first().is_some_and(|r| r.span.start == 0 && r.span.end == word.len());
    // A laureate holds a prize, not a place at the organization that awards it ("the 2006
    // laureate of Amnesty International's award").
    (whole_role || is_occupation_word(word)) && !word.eq_ignore_ascii_case("laureate")
}

/// Playing positions of two words whose last word alone is no occupation ("the end of", "the
/// back of").
const PLAYING_POSITIONS: &[&str] = &[
    "defensive end",
    "tight end",
    "running back",
    "defensive back",
    "offensive tackle",
    "defensive tackle",
    "nose tackle",
    "free safety",
    "strong safety",
    "centre back",
    "center back",
    "left back",
    "right back",
    "left wing",
    "right wing",
    "point guard",
    "shooting guard",
    "small forward",
    "power forward",
];

/// The playing position of two words `text` ends with, if any: "was a defensive end" ->
/// "defensive end".
pub fn playing_position_ending(text: &str) -> Option<&'static str> {
    let text = text.trim_end();
    PLAYING_POSITIONS
        .iter()
        .copied()
        .find(|position| text.strip_suffix(position).is_some_and(|before| before.is_empty() || before.ends_with(' ')))
}

/// Whether a role is an occupation in the plural ("composers"), which a list of names shares.
pub fn is_plural_occupation(role: &str) -> bool {
    // ("co-founders": the word after the prefix.)
    let singular = |one: &str| is_occupation_word(one) || is_role_word(one);
    role.strip_suffix('s').is_some_and(|one| singular(one) || one.rsplit_once('-').is_some_and(|(_, last)| singular(last)))
}

/// Whether `word` (any case) is, or ends, a role phrase: "Minister", "correspondent".
pub fn is_role_word(word: &str) -> bool {
    ROLES.iter().any(|role| role.rsplit([' ', '-']).next().is_some_and(|last| last.eq_ignore_ascii_case(word)))
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_party_s_name() {
        for name in ["Labour", "National Trust Party", "the Law and Justice party", "Republicans"] {
            assert!(is_party_name(name), "{name}");
        }
        for name in ["Communist Party of China", "Acme Corp", "Party City"] {
            assert!(!is_party_name(name), "{name}");
        }
    }

    #[test]
    fn a_portfolio_is_no_organization() {
        assert!(names_a_portfolio("was the Egyptian Minister of ", "Finance", " from 1990"));
        assert!(names_a_portfolio("the Secretary for ", "Foreign Affairs", ""));
        assert!(names_a_portfolio("Minister of ", "Finance and Economy", ""));
        assert!(names_a_portfolio("", "Justice", " Minister Jan Roe said"));
        assert!(!names_a_portfolio("", "Labour", " minister Jan Roe said"), "the party's minister");
        assert!(!names_a_portfolio("a member of the ", "Finance", ""), "not after a minister");
        assert!(!names_a_portfolio("Minister of ", "Acme", ""));
    }

    #[test]
    fn state_bodies_of_one_and_two_words() {
        assert_eq!(state_body_at_start(&["police", "and", "army"]), Some(1));
        assert_eq!(state_body_at_start(&["air", "force", "pilot"]), Some(2));
        assert_eq!(state_body_at_start(&["air", "show"]), None);
        assert_eq!(state_body_at_start(&["wine"]), None);
        assert!(ends_with_state_body(&["foreign", "ministry"]));
        assert!(ends_with_state_body(&["armed", "forces"]));
        assert!(!ends_with_state_body(&["liberal", "democratic", "party"]));
        assert!(!ends_with_state_body(&[]));
    }

    #[test]
    fn party_words_come_from_one_root() {
        for text in ["Democrats", "Democratic", "democrat", "Democratic Party", "DEMOCRATS"] {
            assert_eq!(party_word_root(text), Some("democrat"), "{text}");
        }
        assert_eq!(party_word_root("Tories"), Some("tory"));
        assert_eq!(party_word_root("Republican Party"), Some("republican"));
        // The early American party is its own, written with a hyphen or, tokenized, " - ".
        for text in ["Democratic-Republican", "Democratic - Republican", "Democratic-Republicans"] {
            assert!(is_party_word(text), "{text}");
            assert_eq!(party_word_root(text), Some("democratic-republican"), "{text}");
        }
        assert!(is_field_of_study("History") && is_field_of_study("political science") && !is_field_of_study("Harvard"));
        for text in ["Social Democrats", "Liberal Democrats", "Democratic Party of Albania", "Party", "Acme"] {
            assert_eq!(party_word_root(text), None, "{text}");
        }
    }

    #[test]
    fn an_opening_description_ends_before_its_complement() {
        let head = |after: &'static str| opening_description("", after).map(|d| d.head);
        assert_eq!(head(" is an American indie / alternative rock band."), Some("band"));
        assert_eq!(head(" was a television station licensed to Jackson, Michigan."), Some("station"));
        assert_eq!(head(" is a radio station broadcasting from Manila."), Some("station"));
        assert_eq!(head(" is a company owned by Acme."), Some("company"));
        // A participle before the head is the head's modifier.
        assert_eq!(head(" is a publishing house in Oslo."), Some("house"));
        assert_eq!(head(" is an award-winning British band."), Some("band"));
        assert_eq!(head(" is a holding company."), Some("company"));
        assert_eq!(head(" said it was a band."), None);
    }

    #[test]
    fn the_kinds_before_a_name_are_organization_nouns() {
        for kind in KINDS_BEFORE_A_NAME {
            assert!(is_organization_noun(kind), "{kind}");
        }
    }

    #[test]
    fn organization_nouns_singular_and_plural() {
        for word in ["company", "Bands", "companies", "agencies", "club"] {
            assert!(is_organization_noun(word), "{word}");
        }
        for word in ["players", "cities", "guitarist"] {
            assert!(!is_organization_noun(word), "{word}");
        }
    }

    #[test]
    fn plural_occupations_and_roles() {
        for word in ["players", "co-founders", "bandmates", "chess-players", "founders"] {
            assert!(is_plural_occupation(word), "{word}");
        }
        for word in ["player", "co-founder", "cities", "co-ops", "news"] {
            assert!(!is_plural_occupation(word), "{word}");
        }
    }

    fn roles(text: &str) -> Vec<&'static str> {
        find_roles(text).into_iter().map(|m| m.role).collect()
    }

    #[test]
    fn hyphenated_titles_and_deputies() {
        assert_eq!(roles("vice-president of the Union"), ["vice-president"]);
        assert_eq!(roles("Acme vice-chairman Jane Roe"), ["vice-chairman"]);
        assert_eq!(roles("State Duma Deputy Jane Roe"), ["deputy"]);
        assert_eq!(roles("the Deputy Prime Minister"), ["Deputy Prime Minister"]);
        assert_eq!(roles("his Ferrari teammate Jane Roe"), ["teammate"]);
        assert_eq!(roles("former PSG team mate Jane Roe"), ["team mate"]);
        assert_eq!(roles("a research associate at Acme"), ["research associate"]);
        assert_eq!(roles("a close associate of Jane Roe"), Vec::<&str>::new());
        assert_eq!(roles("his Acme colleague Jane Roe"), ["colleague"]);
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(roles("US Secretary of State Jane Roe"), ["Secretary of State"]);
        assert_eq!(roles("the Deputy Prime Minister and Foreign Minister"), ["Deputy Prime Minister", "Foreign Minister"]);
        assert_eq!(roles("Berlin's top diplomat"), ["top diplomat"]);
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(roles("headquarters of the chieftain"), Vec::<&str>::new());
        assert_eq!(roles("Secretary-General spoke"), ["Secretary-General"]);
        assert_eq!(roles("Ministry Director-General spoke"), ["Director-General"]);
        assert_eq!(roles("the Governor General of Canada"), ["Governor General"]);
        assert_eq!(roles("the Surgeon General spoke"), ["Surgeon General"]);
    }

    #[test]
    fn a_tokenized_hyphen_is_a_hyphen() {
        let text = "Orb co - founder Jane Roe and the Secretary - General";
        let found = find_roles(text);
        assert_eq!(found.iter().map(|m| m.role).collect::<Vec<_>>(), ["co-founder", "Secretary-General"]);
        assert_eq!(found[0].span.slice(text), "co - founder");
        assert_eq!(roles("the chief - of staff"), ["chief"], "only a role's own hyphen");
    }

    #[test]
    fn offsets_hold_beside_text_whose_case_changes_length() {
        // "İ" lower-cases to two characters; matching must still find the role after it.
        let text = "İstanbul's mayor Jane Roe";
        let found = find_roles(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.slice(text), "mayor");
    }

    #[test]
    fn occupations() {
        assert!(is_occupation_word("Politician") && is_occupation_word("footballers") && is_occupation_word("player"));
        assert!(!is_occupation_word("company") && !is_occupation_word("said"));
        // Trades and services: "a librarian at Y", "a Polish pharmacist".
        assert!(["librarian", "pharmacists", "barrister", "clerk", "firefighter"].iter().all(|w| is_occupation_word(w)));
        assert!(!is_occupation_word("spy"), "a spy's country is not always their own");
        assert!(is_occupation_word("woman") && !is_occupation_word("women"), "one person only: no plural list");
    }

    #[test]
    fn role_words() {
        assert!(is_role_word("Minister"));
        assert!(is_role_word("correspondent"));
        assert!(!is_role_word("conduct"));
        // "a trustee of the British Museum", "the abbot of Y", "the registrar of Y".
        assert!(["trustee", "keeper", "abbot", "registrar", "concertmaster"].iter().all(|w| is_role_word(w)));
        assert!(!is_role_word("patron") && !is_role_word("auditor"), "no affiliation: a patron's or an outside auditor's");
    }
}
