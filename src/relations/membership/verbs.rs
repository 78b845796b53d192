//! The verbs and role phrases that tie a person to an organization or a country in one clause
//! ("joined", "plays for", "was elected to", "competed in the 100 metres for"), with the role
//! each implies, and how a gap of text is read against them ([`verb_role`]).

use super::*;

/// An optional "(born 1950)" and "who" between the person and the verb.
/// A description may come first: "(born 1990) is a Brazilian footballer who plays for"; after
/// a list of people, ", all of whom" ([`OF_WHOM`]); news gives the age first (", 70, who
/// owned").
pub(super) fn lead() -> String {
    [r"^(\s*\([^()]*\)|\s*,\s*\d{1,3})?\s*,?\s*(", DESCRIPTION_WHO, r"|", OF_WHOM, r"|and\s+)?", WHEN, r"((has|had|have)\s+(since\s+)?|(also|later|then|currently|last|previously|formerly|briefly|subsequently|still|now|again|all|both|first|initially|originally|eventually|most\s+recently|once|reportedly|soon|quickly|immediately|officially|formally|permanently|temporarily)\s+)*"]
        .concat()
}

/// Regex text: a relative pronoun that takes in every person of the list before it ("A, B and
/// C, all of whom played for Y").
pub(super) const OF_WHOM: &str = r"(all|both|each)\s+of\s+whom\s+";

/// Regex text: when the verb that follows happened, in lower case ("and in February 1870 was
/// appointed", "in 2005 joined"): a year, after a month and a day or not, or a decade.
pub(super) const WHEN: &str = r"((in|on|by)\s+((early|late|mid)[\s-]+)?(\d{1,2}\s+)?((january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(\d{1,2},?\s+)?(\d{4}|the\s+\d{4}s)\s*,?\s*)?";

/// A verb's pattern from the person to the organization, with its role: the subject's lead,
/// the verb, then the organization ("joined the band Y", "plays for Premier League club Y",
/// "moved to Ligue 1 side Y": a word for the kind of organization, after up to three words of
/// its league, may come between; "has played for clubs including A and B").
pub(super) fn verb_pattern((verb, role): (&str, &'static str)) -> (Regex, &'static str) {
    let kinds = r"((several|many|other|various)\s+)?(clubs|teams|sides|bands|groups)\s+(including|such\s+as|like)\s+(the\s+)?";
    let kind = ORGANIZATION_KIND.as_str();
    (
        Regex::new(&format!(
            r"{}{verb}\s+(the\s+)?({ORGANIZATION_STANDING}\s+)?({kind}|{kinds}|{LEAGUE_BEFORE_A_CLUB}|{SIDE_BY_STANDING}|{OWN_KIND_SET_OFF})?$",
            lead()
        ))
        .expect("valid regex"),
        role,
    )
}

/// Regex text: the person's own organization by its kind, the name set off by a comma
/// ("returned to his first club, Benfica", "rejoined her former band, the Y").
const OWN_KIND_SET_OFF: &str = r"(his|her|their)\s+([a-z-]+\s+){0,2}?(club|team|side|band|group|party|employer|label)\s*,\s*(the\s+)?";

/// Regex text: a side named by its standing in a league, as sports reports write it ("plays
/// for English second division leaders Y", "joined Bundesliga champions Y", "moved to rivals
/// Y"): up to four words of the league, then the standing (people nouns elsewhere: "party
/// leaders A and B", so not a kind of organization).
const SIDE_BY_STANDING: &str = r"([a-z0-9.'-]+\s+){0,4}?(leaders|champions|strugglers|rivals|holders|giants|minnows|newcomers|runners-up|title-holders|high-flyers)\s+";

/// Regex text: a league written right before its club, no word for the kind between ("plays
/// for English premier league Newcastle", "joined Bundesliga Hertha").
const LEAGUE_BEFORE_A_CLUB: &str =
    r"([a-z-]+\s+)?(premier\s+league|premiership|bundesliga|serie\s+a|la\s+liga|ligue\s+1|eredivisie|primeira\s+liga|first\s+division)\s+";

/// Regex text: a word for an organization's standing before its name ("heads the opposition
/// Labour Party", "joined the ruling Y", "left the now-defunct Y", "leader of the main
/// opposition Y").
pub(super) const ORGANIZATION_STANDING: &str = r"((main|largest|biggest|chief|principal|leading|official)\s+)?(opposition|ruling|governing|rival|breakaway|parent|state-owned|state-run|now-defunct|defunct|fledgling|embattled|troubled|struggling|failed|bankrupt|collapsed|insolvent)";

/// Regex text: the kind of organization written before its name, after up to three words of its
/// league or field ("band ", "Premier League club ", "Ligue 1 side ", "German carmaker ").
pub(super) static ORGANIZATION_KIND: LazyLock<String> =
    LazyLock::new(|| format!(r"([a-z0-9.'-]+\s+){{0,3}}?({})\s+", roles::KINDS_BEFORE_A_NAME.join("|")));

/// Verbs that tie a person to an organization, with the role they imply.
pub(super) static VERBS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"(joined|rejoined|joins)", "member"),
        // "X, who joined the club from Ajax in 1995": the organization left for the one the
        // text is about.
        (r"(joined|rejoined|joins)\s+(the|this|that)\s+(club|team|side|band|group|company|firm|party)\s+(on\s+loan\s+)?from", "member"),
        // "an artist who belongs to the Hague School", "was part of the band".
        (r"(belongs|belonged|belonging)\s+to", "member"),
        // "is one third of the hip hop group Y", "was one half of the duo Y".
        (r"(is|was|became|becomes)\s+(an?\s+[^,;()]{1,60}?\s+and\s+)?(one|a)\s+(half|third|quarter|fifth)\s+of", "member"),
        // "X is an American guitarist, currently with the band Y", ", formerly with Y".
        (r"(is|was)\s+(an?|the)\s+[^,;()]{1,80}?,\s*(currently|formerly|previously|now|most\s+recently)\s+with", "member"),
        (r"(is|was|were|became)\s+(also\s+)?(a\s+)?part\s+of", "member"),
        // "played as a striker for", "plays at fly-half for", "played in goal for", "plays at
        // lock for", "played at second base for" (a position,
        // not "played in a band with Y", a fellow musician).
        // ("played professionally for", "rode briefly for": a manner between.)
        (r"(plays|played|playing|signed|signs|signing)\s+(as\s+an?\s+([a-z-]+\s+){0,2}|(at|in|on)\s+(the\s+)?((loosehead\s+|tighthead\s+|inside\s+|outside\s+|second\s+|back\s+|first\s+|third\s+)?(goal|midfield|defen[cs]e|attack|wing|centre|center|lock|prop|hooker|flanker|fullback|row|base|shortstop|catcher|number\s+(eight|8))|[a-z]+-(half|back|forward|row))\s+|(professionally|briefly|mainly|primarily|exclusively)\s+)?(for|with)", "player"),
        // "played as a striker, most notably for Y".
        (r"(plays|played|playing)\s+as\s+an?\s+([a-z-]+\s+){0,2}?[a-z-]+,?\s+(most\s+notably|notably|mainly|primarily|chiefly|especially)\s+(for|with)", "player"),
        // "played college baseball for", "signed a minor league contract with".
        // ("plays county cricket for Kent", "played first-class cricket for Y".)
        (r"(plays|played|playing)\s+((college|professional|club|youth|international|senior|junior|county|first-class|minor\s+league|semi-professional|his|her)\s+)*(football|soccer|baseball|basketball|hockey|rugby|cricket|volleyball|handball|ball)\s+(for|with|at)", "player"),
        // A position's verb: "pitched for the Astros", "bowled for Kent", "skated for Y".
        // (Not "ran for Congress", an office sought.)
        (r"(pitches|pitched|pitching|bowls|bowled|bowling|bats|batted|batting|skates|skated|skating|swims|swam|swimming|wrestles|wrestled|wrestling)\s+((professionally|briefly|mainly|primarily)\s+)?(for|with)", "player"),
        // A goalkeeper's: "kept goal for Celtic".
        (r"(kept|keeps|keeping)\s+goal\s+(for|with|at)", "player"),
        // "scored twice for Y", "earned 20 caps for Y", "won three league titles with Y".
        // (Not "scored an own goal for Y", which counts for the other side.)
        (r"(scored|scores|scoring)\s+((twice|once|again|the\s+winner|the\s+equali[sz]er|an?\s+((late|consolation|first|second|winning|solo|penalty|stoppage-time|injury-time|last-minute)\s+)?(goal|try|hat-trick|brace|century)|[a-z0-9-]+\s+(goals|tries|runs|points))\s+)?for", "player"),
        // "scored 20 goals in 50 appearances for Y", "made 300 appearances in all competitions
        // for Y".
        (r"(scored|scores|scoring)\s+[a-z0-9-]+\s+(goals|tries|runs|points)\s+in\s+[a-z0-9-]+\s+((league|international|competitive|senior|first-team)\s+)?(appearances|games|matches|caps|starts|seasons)\s+for", "player"),
        (r"(earned|won|gained|collected)\s+(\d+|[a-z]+)\s+(international\s+|senior\s+)?caps\s+(for|with)", "player"),
        // "earned his first cap for Sweden".
        (r"(earned|won|gained|received)\s+(his|her|their)\s+(first|debut|only|last|final|\d+(st|nd|rd|th))\s+((senior|international|full)\s+)?cap\s+(for|with)", "player"),
        // "returned to Sweden to join Malmö FF", "moved to Italy to sign for Udinese".
        (r"(returned|returns|moved|moves|went|relocated)\s+(back\s+)?(home\s+)?(to\s+([^\s,;()]+\s+){1,3}?)?to\s+(join|rejoin|sign\s+(for|with))", "member"),
        // A box score's line: "had three hits for the Brewers", "scored 30 points for Y".
        (r"(had|has|collected|collects|got|gets|added|adds|grabbed|grabs)\s+(\d+|[a-z]+)\s+(hits|points|rebounds|assists|saves|strikeouts|runs|homers|goals|tackles|wickets)\s+for", "player"),
        // "had two hits apiece, helping the Padres to", "drove in two runs for the Athletics",
        // "homered for the Cubs"; "came on as a substitute for Milan".
        (r"(had|has|collected|collects|added|adds)\s+(\d+|[a-z]+)\s+(hits|points|rebounds|assists|saves|strikeouts|runs|homers|goals|wickets)\s*(apiece\s*)?,?\s*(helping|leading|lifting|powering|carrying)", "player"),
        (r"(drove|drives|driving)\s+in\s+(\S+\s+){0,2}?runs?\s+for", "player"),
        (r"(homered|homers|homering)\s+((twice|again)\s+)?for", "player"),
        (r"(came|comes|coming)\s+on\s+(([a-z-]+\s+){0,6}?)as\s+an?\s+((late|second-half|first-half)\s+)?substitute\s+for", "player"),
        // "scored twice in the second half to spur Y to a 4-1 win", "struck late to give Y the
        // lead", "scored twice on Sunday as Y came from behind" (not an own goal, which counts
        // for the other side).
        (r"(scored|scores|scoring|netted|nets|struck|strikes)\s+((twice|once|again|late|early|first|second|third|in|on|at|the|a|an|his|her|their|half|minute|minutes|\d+(st|nd|rd|th)?|goal|goals|header|penalty|free-kick|winner|winning|opening|only|decisive|equali[sz]er|brace|hat-trick|try|tries|from|close|range|after|before|shortly|just|both|halves|each|extra|time|stoppage|injury-time|minute|(mon|tues|wednes|thurs|fri|satur|sun)day)\s+){0,8}?(to\s+(give|hand|lift|spur|help|lead|carry|power|fire|send|steer|guide|earn|secure|seal)|as)", "player"),
        // "netted his 20th goal of the season for Y", "hit a consolation goal for Y", "hit his
        // 30th homer for Y" (the object named: "headed for Y" is a journey; which goal, from a
        // list: "an own goal for Y" counts for the other side).
        (r"(scored|scores|scoring|netted|nets|netting|hit|hits|grabbed|grabs|headed|heads|struck|strikes|slammed|fired)\s+(an?|the|his|her|their)\s+((\d+(st|nd|rd|th)|[a-z-]+(st|nd|rd|th)|second|third|late|early|consolation|winning|stoppage-time|injury-time|last-minute|solo|penalty|two-run|three-run|grand-slam|league|season)\s+){0,2}(goal|goals|equali[sz]er|winner|try|tries|century|homer|homers|home\s+runs?)\s+((of|in)\s+the\s+(season|campaign|game|match|year)\s+)?for", "player"),
        // "rode for Team Sky", "drives for Ferrari".
        (r"(rides|rode|riding|races|raced|racing)\s+((professionally|briefly|mainly)\s+)?for", "rider"),
        (r"(drives|drove|driving)\s+((professionally|briefly|mainly)\s+)?for", "driver"),
        (r"(won|wins|winning)\s+(\S+\s+){0,3}?(titles?|championships?|trophies|cups?|pennants?|premierships?|league|double|treble)\s+(with|for)", "member"),
        // A label's or an agency's artist: "is signed to SM Entertainment", "signed under Y".
        (r"((is|was|were|has\s+been|had\s+been)\s+)?signed\s+(to|under)", "member"),
        // A player's moves: "was drafted by", "was signed by", "was traded to", "was loaned to".
        (r"(is|was|were|has\s+been|had\s+been)\s+(drafted|signed)\s+by", "player"),
        // "was acquired by the Y", "was claimed off waivers by the Y", "re-signed with the Y"
        // (a person acquired is a player; "resigned" is another verb).
        (r"(is|was|were|has\s+been|had\s+been)\s+(acquired|claimed\s+off\s+waivers)\s+by", "player"),
        (r"(re-signed|re-signs|re-signing|re\s+-\s+signed)\s+with", "player"),
        // "was drafted 45th overall by Y", "was drafted in the second round by Y".
        (r"(is|was|were|has\s+been|had\s+been)\s+drafted\s+([a-z0-9-]+\s+){1,6}?by", "player"),
        // "was drafted out of the University of Washington": the college team.
        (r"(is|was|were|has\s+been|had\s+been)\s+drafted\s+(\S+\s+){0,3}?out\s+of", "player"),
        // "was capped 24 times for the Soviet Union", "competed for Canada".
        (r"(was|were|has\s+been|had\s+been)\s+capped\s+(\d+\s+times\s+)?(for|by)", "player"),
        (r"(competes|competed|competing)\s+for", "representative"),
        // "earned a call-up to the Brazil squad", "was called up to / by Y".
        (r"(earned|earns|received|receives|got|gets|won|wins)\s+(an?|his|her|their)\s+((first|maiden|senior|international|surprise)\s+)*call\s*-?\s*up\s+(to|for|from)", "player"),
        (r"(is|was|were|has\s+been|had\s+been)\s+((first|later|again)\s+)?called\s+up\s+(to|for|by)", "player"),
        // "won a silver medal for France", "took two Olympic gold medals with the Y" (a prize
        // named by its medal: "won a medal for bravery" names no team).
        (r"(won|wins|winning|took|takes|claimed|claims|earned|earns)\s+(an?|the|his|her|their|two|three|four|five|six|\d+)\s+((olympic|world|commonwealth|paralympic|european|gold|silver|bronze|team|individual|relay)\s+){0,3}medals?\s+(for|with)", "representative"),
        // A journalist's outlet: "writes for Y", "reported for Y", "covers the White House for Y".
        (r"(writes|wrote|written|writing|reports|reported|reporting)\s+for", "writer"),
        (r"(covers|covered|covering)\s+(the\s+)?([a-z.'-]+\s+){1,3}?for", "correspondent"),
        // "joined the youth academy of Y", "entered the youth system at Y".
        (r"(joined|joins|entered|enters)\s+the\s+(youth\s+)?(academy|ranks|system|setup|set-up|squad|roster|team)\s+(of|at)", "player"),
        // "scored on his debut for Y", "scored twice in the final for Y".
        (r"(scored|scores|scoring)\s+(twice\s+|once\s+)?(on|in)\s+(his|her|their|the)\s+([a-z-]+\s+){0,2}?(debut|final|game|match|derby)\s+for", "player"),
        // "made his debut for Y", "made 120 league appearances for Y".
        // ("made his One Day International debut for India".)
        (r"(made|makes|making)\s+(his|her|their)\s+([a-z-]+\s+){0,3}debut\s+(for|with)", "player"),
        (r"(made|makes|making)\s+(over\s+|more\s+than\s+)?\d+\s+([a-z-]+\s+){0,2}appearances\s+for", "player"),
        // "started 20 games for Y", "played 300 matches for Y", "played 450 games with the Y".
        (r"(started|starts|played|plays|appeared\s+in)\s+(over\s+|more\s+than\s+)?\d+\s+([a-z-]+\s+){0,2}(games|matches)\s+(for|with)", "player"),
        // "played 40 times for Brazil", "appeared 12 times for Y".
        (r"(played|plays|appeared|appears|featured|features)\s+(over\s+|more\s+than\s+)?(\d+|[a-z]+)\s+times\s+(for|with)", "player"),
        // "was elected as a Republican to the Seventy-eighth Congress", "elected a fellow of".
        (r"(was|were|is|has\s+been|had\s+been)\s+elected\s+((as\s+)?an?\s+([a-z-]+\s+){1,2})?(of|to)", "member"),
        // "was the first woman elected to the Congress of Peru", "became the youngest person
        // ever appointed to the Y".
        (r"(is|was|became)\s+the\s+(first|second|third|last|only|youngest|oldest)\s+([a-z-]+\s+){1,3}?(ever\s+)?(elected|appointed)\s+to", "member"),
        // "was appointed to the Supreme Court of Canada", "was named to the board of Y".
        (r"(was|were|is|has\s+been|had\s+been)\s+(appointed|named)\s+to", "member"),
        (r"(was|were|is|has\s+been|had\s+been)\s+(appointed|named|elected)\s+to\s+(the|its|their)\s+board(\s+of\s+(directors|governors|trustees))?\s+(of|at)", "board member"),
        // "is a member of the board of trustees of Y", "was a member of the supervisory board
        // of Y".
        (r"(is|was|were|became|remained|remains)\s+(also\s+)?(an?|the)\s+((founding|longtime|long-time|former|voting|non-executive)\s+)?members?\s+of\s+(the|its|their)\s+((supervisory|executive|advisory|governing)\s+)?board(\s+of\s+(directors|governors|trustees|regents|overseers))?\s+(of|at)", "board member"),
        // "holds membership in the Royal Swedish Academy of Sciences".
        (r"(holds|held|holding|has|had|having)\s+((honorary|full|life)\s+)?membership\s+(in|of)", "member"),
        // A party's member by its name as a noun: "sat as a Liberal", "served as a Democrat"
        // (the party word is a mention of the party).
        (r"(sits|sat|sitting|serves|served|serving|stood|stands|ran|runs)\s+as\s+an?", "member"),
        (r"(was|were|is|became|remained)\s+(also\s+)?active\s+(with|in)", "member"),
        // "a voice actress affiliated with Aoni Production", "is currently affiliated with Y".
        (r"((is|was|are|were|has\s+been|had\s+been|became|remains|remained)\s+)?((also|currently|formerly|later)\s+)?affiliated\s+with", "member"),
        (r"(works|worked|working)\s+((mainly|mostly|primarily|chiefly|largely|exclusively|briefly|extensively|closely)\s+)?(as\s+an?\s+([a-z-]+\s+){1,3})?(for|at)", "employee"),
        // "turned professional in 2008 with Lampre" (a player's or a rider's first team).
        (r"turned\s+(professional|pro)\s+(in\s+\d{4}\s+)?(with|for)", "player"),
        // "joined the faculty of Y", "joined the board of directors of Y".
        (r"(joined|rejoined)\s+(the\s+)?(faculty|staff|board(\s+of\s+directors)?)\s+(of|at)", "member"),
        // "served on the Acme Council", "has been on the CFTC since last year".
        (r"(serves|served|serving|sits|sat|sitting)\s+on", "member"),
        // "was under contract to Metro-Goldwyn-Mayer", "signed a contract with Y" is a player's.
        (r"((is|was|were|remained|has\s+been|had\s+been)\s+)?under\s+contract\s+(to|with)", "member"),
        // "chairs the board of the Y", "chaired the supervisory board of Y".
        (r"(chairs|chaired|chairing)\s+the\s+((supervisory|executive|management)\s+)?(board|council|committee)(\s+of\s+directors)?\s+(of|at)", "chair"),
        // A legislator's seat: "represented the riding of Ottawa Centre in the House of Commons".
        (r"(represents|represented|representing)\s+(the\s+)?(riding|constituency|district|electorate|ward|division|seat)\s+of\s+([^\s,;()]+\s+){1,4}?in", "member"),
        (r"(heads|headed|leads|led|chairs|chaired|runs|ran)", "leader"),
        // A monarch's or a governor's realm: "reigned over the United Kingdom", "ruled Persia".
        (r"(reigns|reigned|rules|ruled|governs|governed)(\s+over)?", "ruler"),
        // "took the helm at Y", "was named to lead Y", "was picked to run Y".
        (r"(takes|took|taken|taking)\s+(over\s+)?the\s+helm\s+(at|of)", "leader"),
        (r"(is|was|were|has\s+been|had\s+been)\s+(named|chosen|picked|tapped|appointed|elected)\s+to\s+(lead|head|run)", "leader"),
        // "is on the board of Y", "sat on the board of directors of Y".
        // ("served on the boards of A and B".)
        (r"(is|was|are|were|sits|sat|sitting|serves|served|serving)\s+on\s+the\s+boards?(\s+of\s+(directors|governors|trustees))?\s+(of|at)", "board member"),
        // "who heads the research division at Y": a part of the organization, then it.
        (r"(heads|headed|leads|led|runs|ran)\s+(the|its|a)\s+([a-z-]+\s+){0,3}(division|department|unit|office|arm|branch|operations|business|team)\s+(at|of|for)", "leader"),
        (FOUNDING_VERB, "founder"),
        (r"(coaches|coached|manages|managed)", "coach"),
        (r"(captains|captained)", "captain"),
        (r"(fronts|fronted)", "frontman"),
        (r"(owns|owned|operates|operated)", "owner"),
        // "taught at Y", "taught mathematics at Y", "lectured on law at Y".
        (r"(teaches|taught|lectures|lectured)\s+([a-z-]+\s+){0,3}?at", "teacher"),
        (r"represent(s|ed)?", "representative"),
        // "representing the club IFK Mora" (not any "representing": a lawyer represents a
        // client, "representing the Acme Party in court").
        (r"representing\s+(the\s+)?(club|team|side)", "representative"),
    ]
    .into_iter()
    // "played in the NHL with Detroit", "played in the Premier League for Y" (a league between).
    .chain([(crate::text::roles::PLAYED_IN_A_LEAGUE, "player")])
    .map(verb_pattern)
    .collect()
});

/// Regex text: a contract signed ("signed a two-year contract with").
pub(super) const CONTRACT_WITH: &str = r"(signs|signed|signing)\s+(an?\s+)?([a-z0-9-]+\s+){0,3}(contract|deal)\s+with";

/// From the person to the party of a contract: " signed a two-year contract with the ".
pub(super) static CONTRACT_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[CONTRACT_WITH, r"\s+(the\s+)?$"].concat()).expect("valid regex"));

/// Verbs that tie a person to an organization only, not to a country: "moved to France" or
/// "spent five years in France" states no nationality.
pub(super) static ORGANIZATION_VERBS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        // A broadcaster's show: "hosted a talk show on Y", "anchors the evening news for Y".
        (r"(hosts|hosted|hosting|co-hosts|co-hosted|presents|presented|presenting|anchors|anchored|anchoring)\s+(an?\s+|the\s+|his\s+|her\s+)?([a-z-]+\s+){0,3}?(show|programme|program|news|series|bulletin|broadcasts?|segment|podcast)\s+(on|for)", "presenter"),
        // "signed a two-year contract with Y" (a contract with a government is trade).
        (CONTRACT_WITH, "player"),
        // A list of people that is the group: "A, B and C make up the Y".
        (r"(make|makes|made)\s+up", "member"),
        // A label's artist: "recorded for Blue Note Records in the 1960s", "recorded two albums
        // for Y" (not "recorded a message for Y").
        (r"(recorded|records|recording)\s+(([a-z0-9-]+\s+){0,2}?(albums?|records?|singles?|songs?|sessions?|lps?|eps?|tracks?)\s+)?for", "member"),
        // A club that let its player go: "was sold by Liverpool to Real Madrid", "was loaned
        // out by Y".
        (r"(is|was|were|has\s+been|had\s+been)\s+(sold|loaned(\s+out)?)\s+by", "player"),
        // "was waived by the Jets" (a player's release; "was released by Y" may be a captive's).
        (r"(is|was|were|has\s+been|had\s+been)\s+waived\s+by", "player"),
        // "was sent out on loan to Y", "was sent on a season-long loan to Y".
        (r"(is|was|were|has\s+been|had\s+been)\s+sent\s+(out\s+)?on\s+(an?\s+)?([a-z0-9-]+\s+){0,2}?loan\s+to", "player"),
        // "was promoted to the first team of Y", "broke into the first team at Y".
        (r"((is|was|were|has\s+been|had\s+been)\s+promoted|broke|breaks|graduated|graduates)\s+(in)?to\s+the\s+(first|senior|main)[\s-]+(team|squad|side)\s+(of|at)", "player"),
        // "won promotion with Y" (a side's rise to a higher league).
        (r"(won|wins|winning|earned|earns|gained|gains)\s+promotion\s+(to\s+(the\s+)?([^\s,;()]+\s+){1,3}?)?with", "player"),
        // "was a regular in the Y side", "a mainstay of the Y defence", "a key player for Y"
        // (not "a key player in the Y scandal").
        (r"(is|was|were|became|remained|remains)\s+(an?|the)\s+((key|regular|first-team|integral|established|first-choice|automatic|important)\s+)*((regular|starter|fixture|mainstay|stalwart)\s+(in|of|for|at|with)|player\s+(for|with))", "player"),
        // "was famous for his coaching in Y", "his playing days at Y".
        (r"((is|was)\s+((best|well|widely)\s+)?(famous|known|noted|remembered)\s+for\s+)?(his|her)\s+(coaching|managerial)\s+((career|spell|stint|tenure|days|years)\s+)?(in|at|with)", "coach"),
        (r"((is|was)\s+((best|well|widely)\s+)?(famous|known|noted|remembered)\s+for\s+)?(his|her)\s+playing\s+((career|spell|stint|days|years)\s+)?(in|at|with)", "player"),
        // A dancer's company: "danced with the Royal Ballet"; a singer's choir or band: "sang
        // with the Vienna Boys' Choir", "sang in the Sistine Chapel Choir".
        (r"(danced|dances|dancing)\s+(\S+\s+){0,2}?with", "dancer"),
        (r"(sang|sings|singing)\s+((briefly|professionally|regularly|lead|backing)\s+)?(with|in)", "singer"),
        // "did most of his work at Y", "carried out much of her research at Y".
        (r"(did|does|doing|carried\s+out|conducted)\s+(most|much|all|some|part)\s+of\s+(his|her|their)\s+([a-z-]+\s+)?(work|research)\s+(at|for|with)", "member"),
        // "began his football career in 1971 with Y", "started her career at Y".
        // ("began his football career in 1971 in the youth league with Y".)
        (r"(began|begins|started|starts)\s+(his|her|their)\s+([a-z-]+\s+){0,2}career\s+(in\s+\d{4}\s+)?(in\s+the\s+([a-z-]+\s+){1,2})?(with|at)", "member"),
        // "ended his playing career at Y" (not "with", which may name how: "ended her career
        // with a win over Y").
        (r"(ended|ends|finished|finishes|closed|wound\s+up)\s+(his|her|their)\s+([a-z-]+\s+){0,2}career\s+(in\s+\d{4}\s+)?at", "member"),
        // "who was then at Y", "is currently with Y" (a time word: "was at Y" alone may be a
        // visit; [`verb_role`] reads "was then" as "then was").
        (r"((then|later|previously|formerly)\s+(is|was|were)|(is|was|were)\s+(still|now|currently|already))\s+(at|with)", "member"),
        // "was transferred from A to B": the club left, and the club joined.
        (r"(is|was|were|has\s+been|had\s+been)\s+(traded|loaned|transferred|sold)\s+(\S+\s+){0,2}?from", "player"),
        (r"(is|was|were|has\s+been|had\s+been)\s+(traded|loaned|transferred|sold)\s+(\S+\s+){0,2}?from\s+([^\s,;()]+\s+){1,5}?to", "player"),
        // A change of side: "switched from A to B", "defected from the A to the B".
        (r"(switched|switches|defected|defects|crossed\s+over)\s+(allegiance\s+)?from", "member"),
        (r"(switched|switches|defected|defects|crossed\s+over)\s+(allegiance\s+)?from\s+([^\s,;()]+\s+){1,5}?to", "member"),
        // "assumed command of the Second Army", "was given command of Y".
        (r"(assumed|assumes|assuming|took|takes|taking|was\s+given|were\s+given|received|receives)\s+(over\s+)?(the\s+)?command\s+of", "commander"),
        // "spent five seasons with Y", "spent most of his career at Y", "moved to Y in 1995".
        // ("spent 30 years as a researcher with Y".)
        // ("spent parts of seven seasons in the National Hockey League with Y": the league
        // between.)
        (r"spent\s+(\S+\s+){0,4}?(seasons?|years?|decades?|months?|career)\s+(in\s+the\s+(\S+\s+){1,4}?)?(as\s+an?\s+([a-z-]+\s+){1,2})?(on\s+loan\s+)?(with|at)", "member"),
        // "held research positions at Y", "was on the faculty of Y", "rose through the ranks at Y".
        (r"(held|holds|holding)\s+((several|various|senior|teaching|research|academic|management|executive)\s+){0,2}(positions|posts|appointments)\s+(at|with)", "employee"),
        (r"(is|was|were|has\s+been|had\s+been)\s+on\s+the\s+(faculty|staff|payroll)\s+(of|at)", "member"),
        // "was appointed to the faculty of Y", "was named to the staff of Y".
        (r"(is|was|were|has\s+been|had\s+been)\s+(appointed|named|elected|recruited|hired)\s+to\s+the\s+(faculty|staff)\s+(of|at)", "member"),
        // A soldier's service: "enlisted in the Marine Corps", "was commissioned into the Royal
        // Artillery" (not "enlisted the help of Y").
        (r"(enlisted|enlists|enlisting|re-enlisted)\s+(in|into|with)", "member"),
        (r"(is|was|were|had\s+been)\s+commissioned\s+(as\s+an?\s+([a-z-]+\s+){1,2})?(into|in)", "officer"),
        // "held a chair in physics at Y", "took up a professorship at Y", "was awarded a
        // fellowship at Y" (a post named by the academic title it carries).
        (r"(held|holds|holding|took\s+up|takes\s+up|accepted|accepts)\s+(a|the|an)\s+([a-z-]+\s+){0,2}?(chair|professorship)\s+((in|of)\s+([a-z-]+\s+){1,3}?)?(at|with)", "professor"),
        (r"(held|holds|holding|took\s+up|takes\s+up|accepted|accepts|was\s+awarded|received)\s+(a|the|an)\s+([a-z-]+\s+){0,2}?(fellowship|lectureship)\s+((in|of)\s+([a-z-]+\s+){1,3}?)?(at|with)", "fellow"),
        (r"(rose|rises|rising)\s+through\s+the\s+ranks\s+(at|of|in)", "member"),
        // The person's own spell: "X's tenure at Acme", "X's brief time with the Yankees" (not
        // "X's years at Oxford", a student's perhaps).
        (r"('s|’s)\s+((brief|short|long|lengthy|successful|first|second|final|later|early|two-year|three-year)\s+)?((tenure|spell|stint|career)\s+(at|with)|time\s+with)", "member"),
        // "A and B, both of whom were members of the Y": a list's plural membership.
        (r"(are|were|became|remained)\s+((also|both|all|later|once)\s+)?((founding|original|early|active|prominent|leading|longtime|life)\s+)?members\s+of", "member"),
        // "A and other members of the Y", "A and fellow members of Y": A is one too.
        (r"(other|fellow)\s+((founding|former|leading|senior|prominent)\s+)?members\s+of", "member"),
        // "A and B were teammates at Y", "became teammates on the Y" (not "teammates of": a
        // person's).
        (r"(are|were|became|become)\s+((also|later|once|briefly)\s+)?teammates\s+(at|on|with|in)", "player"),
        // "was a prominent figure in the Labour Party", "one of the leading figures of Y".
        (r"(is|was|became|remained|remains)\s+(an?|the|one\s+of\s+the)\s+((most\s+)?(prominent|leading|key|major|central|influential|important|founding|senior|towering)\s+)+figures?\s+(in|of|within)", "member"),

        // A party's seat: "won the seat for the Conservatives", "held the riding for Y".
        (r"(won|wins|held|holds|retained|retains|gained|gains|took|takes)\s+the\s+(seat|constituency|riding|district)\s+for", "member"),
        // "started his career in the youth teams of Y", "played in the youth system of Y".
        (r"((began|begins|started|starts)\s+(his|her|their)\s+([a-z-]+\s+){0,2}career|(played|plays|playing))\s+(in|with|at)\s+the\s+youth\s+(teams?|ranks|academy|system|setup|set-up|sides?)\s+(of|at)", "player"),
        // "featured for Juventus in the final".
        (r"(featured|features|featuring)\s+(regularly\s+|prominently\s+)?for", "member"),
        // "came through the youth ranks at Y".
        (r"(came|comes|coming)\s+through\s+(the\s+)?([a-z-]+\s+){0,2}?(ranks|academy|system)\s+(at|of)", "player"),
        // "took a job with Y", "landed a teaching post at Y", "went to work for Y".
        // ("obtained a position at Y", "secured a research post with Y".)
        (r"(took|takes|taking|landed|lands|accepted|accepts|found|finds|obtained|obtains|secured|secures|got|gets)\s+(up\s+)?an?\s+([a-z-]+\s+){0,2}?(job|position|post)\s+(with|at)", "employee"),
        (r"(went|goes|going)\s+(on\s+)?to\s+work\s+(for|at|with)", "employee"),
        (r"(moved|moves|switched|switches)\s+to", "member"),
        // "moved on a free transfer to Y", "went on a season-long loan to Y".
        (r"(moved|moves|went|goes)\s+(on|in)\s+an?\s+([a-z0-9-]+\s+){0,3}?(transfer|loan|move|deal)\s+to", "player"),
        // A career's spells: "had spells at A, B and C", "had a brief stint with Y", "had a
        // two-year loan spell at Y".
        (r"(had|has|having|enjoyed|enjoys)\s+((an?|two|three|four|several|various|numerous|brief|short|successful|unsuccessful|loan|second|later|earlier|[a-z]+-(year|season|month))\s+){0,3}(spells?|stints?)\s+(at|with)", "member"),
        // "completed his move to Y", "on loan from Y" (the club that holds the contract).
        (r"(completed|completes|sealed|seals|finalised|finalized)\s+(his|her|a|their)\s+([a-z0-9-]+\s+){0,2}?(move|transfer|switch)\s+to", "player"),
        (r"on\s+loan\s+(from|at|with)", "player"),
        // "was on loan at Y", "scored 20 goals in his first season with Y".
        (r"(is|was|were|has\s+been|had\s+been)\s+on\s+loan\s+(at|with|to|from)", "player"),
        (r"(scored|scores|netted|nets)\s+[a-z0-9-]+\s+((league\s+)?(goals|tries|points|runs)\s+)?in\s+(his|her|their)\s+([a-z0-9-]+\s+){0,2}?(season|seasons|campaign)\s+(at|with|for)", "player"),
        // "was traded to Y", "was recruited by Y" (a soldier "transferred to France" is none).
        (r"(is|was|were|has\s+been|had\s+been)\s+(traded|loaned|transferred|sold)\s+(out\s+)?to", "player"),
        // "played 20 seasons with Y", "played three years for Y".
        // ("played 12 seasons in Major League Baseball, mostly with Y".)
        (r"(played|plays|playing)\s+(\d+|[a-z]+)\s+(full\s+|professional\s+|more\s+)?(seasons|years)\s+(in\s+(the\s+)?(\S+\s+){1,4}?,?\s*((mostly|mainly|chiefly|primarily|all)\s+)?)?(with|for)", "player"),
        // "sat in the House of Lords" (not "sat in France").
        (r"(sits|sat|sitting)\s+in", "member"),
        // "played his entire career with Y".
        (r"(played|plays|playing)\s+(his|her|their)\s+(entire|whole)\s+([a-z-]+\s+)?career\s+(with|for|at)", "player"),
        // "transferred to Y in 2010", "transferred from A to B in 1995".
        (r"(transferred|transfers|transferring)\s+to", "player"),
        (r"(transferred|transfers|transferring)\s+from", "player"),
        (r"(transferred|transfers|transferring)\s+from\s+([^\s,;()]+\s+){1,5}?to", "player"),
        // A party's candidate: "stood for the Green Party", "ran as the candidate of Y".
        (r"(stood|stands|standing)\s+(as\s+(an?|the)\s+([a-z-]+\s+)?candidate\s+)?for", "candidate"),
        (r"(ran|runs|running)\s+as\s+(an?|the)\s+([a-z-]+\s+)?candidate\s+(for|of)", "candidate"),
        (r"(is|was|were|has\s+been|had\s+been)\s+recruited\s+(by|to)", "member"),
        // "served 24 years in Congress", "served in the Royal Navy" (not "served in France").
        (r"(serves|served|serving)\s+(\S+\s+){0,3}?in", "member"),
        (r"(has|have|had)\s+been\s+on", "member"),
        // "has been with Acme since 1990", "had been with Blackburn for nearly five years".
        (r"(has|have|had)\s+been\s+with", "member"),
        // "was hired by Y", "was employed as a chemist by Y", "retired from Y in 2001".
        (r"(is|was|were|has\s+been|had\s+been)\s+(employed|hired)\s+(as\s+an?\s+([a-z-]+\s+){0,2})?by", "employee"),
        (r"(retired|retires|resigned|resigns|stepped\s+down|steps\s+down)\s+from(\s+the\s+board\s+of)?", "member"),
        // "held senior roles at Acme and Beta".
        (r"(held|holds|holding)\s+((senior|various|several|executive|leadership|management|key|top)\s+)*(roles|positions|posts)\s+(at|with|in)", "employee"),
        // "is affiliated with Y", "was closely affiliated with the Y".
        (r"(is|was|are|were|became|remains|remained)\s+((closely|formally|loosely)\s+)?affiliated\s+(with|to)", "member"),
        // A former member: "left Y in 1995", "quit Y", "was fired / expelled from Y",
        // "defected to Y".
        (r"(left|leaves|quit|quits|departed)", "member"),
        // ("was sacked by Porto": the employer that let the person go.)
        (r"(is|was|were|had\s+been)\s+(fired|expelled|dismissed|sacked)\s+(from|by)", "member"),
        (r"(defected|defects)\s+to", "member"),
        // "returned to Y in 2003" (a club, a party, a firm; "returned to France" is a journey).
        (r"(returned|returns)\s+to", "member"),
        // A musician's band named as one: "was in the band Y", "played in the punk group Y",
        // "Jane Roe and her band Y", "Jane Roe's band, the Y" (the kind named: "was in the
        // Acme" alone is a place as often).
        (r"(is|was|were|has\s+been|had\s+been)\s+((also|briefly|later|then|previously|once)\s+)?in\s+the\s+([a-z-]+\s+){0,2}?(band|group|duo|trio|quartet|orchestra|ensemble)", "member"),
        (r"(plays|played|playing)\s+in\s+the\s+([a-z-]+\s+){0,2}?(band|group|duo|trio|quartet|orchestra|ensemble)", "member"),
        (r"and\s+(his|her|their)\s+((new|own|backing|touring|first|current)\s+)?(band|group|orchestra|ensemble)\s*,?", "leader"),
        (r"('s|’s|')\s+((new|own|backing|touring|first|current|former)\s+)?(band|group|orchestra|ensemble)\s*,", "member"),
        // "later reunited with Y" (an organization: a band's former member).
        (r"(reunited|reunites|reuniting)\s+with", "member"),
        // A musician's band: "played bass in Y", "plays lead guitar for Y", "was recruited to
        // play guitar for Y", "played drums and percussion with Y", "sang backing vocals for Y"
        // (an instrument named: "played with Y" alone is a sport's).
        (r"((was|were)\s+(recruited|hired|asked|invited)\s+to\s+)?(plays|played|playing|play)\s+(the\s+)?((lead|rhythm|bass|acoustic|electric|slide|pedal\s+steel)\s+)?(bass|guitars?|drums|keyboards?|keys|piano|saxophone|sax|trumpet|violin|fiddle|cello|percussion|synthesi[sz]ers?|organ|harmonica|banjo|mandolin|flute|trombone)(\s+and\s+([a-z]+\s+)?[a-z]+)?\s+(in|for|with)", "member"),
        (r"(sings|sang|singing|sing|provided|provides)\s+((lead|backing|additional)\s+)?vocals\s+(in|for|with)", "member"),
    ]
    .into_iter()
    .map(verb_pattern)
    .collect()
});

/// A place of service, then the organization served there: "played in the NHL for the Y",
/// "served in the Bundestag for the Y", "was elected to parliament for the Y" (organizations
/// only: "served in the army for the United States" names no affiliation of the country's).
/// What stands between may be another organization, which the sentence's other rules read.
pub(super) static IN_THEN_FOR: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    // (The place's abbreviation may follow it: "played in the National Hockey League (NHL) for".)
    let place = r"\s+(the\s+)?(?P<place>([^\s,;()]+\s+){1,6}?)(\([^\s()]{1,12}\)\s+)?for";
    // (An event's name runs longer: "the women's 100 metres at the 1996 Summer Olympics".)
    let event = r"\s+(the\s+)?(?P<place>([^\s,;()]+\s+){0,8}?[^\s,;()]+)(\s+for|\s*,\s+representing)";
    [
        // ("played 300 games in the NHL for the Y".)
        // ("played as a midfielder in the Football League for the Y".)
        (format!(r"(plays|played|playing)\s+((\d+|[a-z]+)\s+(seasons|years|games|matches)\s+|as\s+an?\s+([a-z-]+\s+){{1,2}})?in{place}"), "player"),
        // "played 10 seasons in the National Hockey League with the Y", "played in the NHL
        // with the Y" (not "played in a band with Y", a fellow musician).
        (r"(plays|played|playing)\s+(((\d+|[a-z]+)\s+(seasons|years|games|matches)\s+)?in\s+the|(\d+|[a-z]+)\s+(seasons|years|games|matches)\s+in)\s+(?P<place>([^\s,;()]+\s+){1,6}?)(\([^\s()]{1,12}\)\s+)?with".to_string(), "player"),
        (format!(r"(serves|served|serving|sits|sat|sitting|stood|stands)\s+(in|on){place}"), "member"),
        (format!(r"(was|were|is|has\s+been|had\s+been)\s+(re-?elected|elected)\s+to{place}"), "member"),
        // An athlete's event, then the side: "competed in the men's singles for Brazil",
        // "competed at the 1912 Summer Olympics for Sweden", "won a bronze medal in the K-4 500
        // m for Denmark", "competed in the 100 metres at the 1996 Olympics, representing
        // Jamaica".
        (format!(r"((competes|competed|competing)|(won|wins|took|claimed)\s+(an?|the|his|her|their)\s+((olympic|world|gold|silver|bronze)\s+){{1,2}}medals?)\s+(in|at){event}"), "representative"),
        // A place in an event: "finished 12th in the 10 km event for Sweden".
        (format!(r"(finished|finishes|placed|places|came|comes|ranked)\s+(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(in|at){event}"), "representative"),
    ]
    .into_iter()
    .map(|(verb, role)| verb_pattern((verb.as_str(), role)))
    .collect()
});

/// Years or decades as the place of an [`IN_THEN_FOR`]: "1950s and 1960s ", "1990 and 1991 ".
static DECADES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{4}s?((\s*,\s*|\s+and\s+|\s+to\s+)\d{4}s?)*\s*$").expect("valid regex"));

/// The role an [`IN_THEN_FOR`] construction gives an organization `gap` (lower case, from the
/// subject) ends at. The place holds no clause of its own ("sat in the stands cheering for Y",
/// "played in the game he scored for Y").
/// For a country, only a player's: "played in the 1994 World Cup for Bulgaria" represents it
/// ("served in the army for France" need not).
pub(super) fn in_then_for_role(gap: &str, target: EntityType) -> Option<&'static str> {
    if !matches!(target, EntityType::Organization | EntityType::Country) {
        return None;
    }
    IN_THEN_FOR.iter().find_map(|(verb, role)| {
        let place = verb.captures(gap)?.name("place")?.as_str();
        // (Nor another side's words: "competed in the race won by Acme for Jamaica".)
        let clause =
            |w: &str| w.ends_with("ing") || matches!(w, "he" | "she" | "they" | "it" | "who" | "which" | "that" | "and" | "by" | "against");
        let role = match (target, *role) {
            (EntityType::Country, "player" | "representative") => "representative",
            (EntityType::Country, _) => return None,
            (_, role) => role,
        };
        // ("played in the 1950s and 1960s for Y": decades, not a clause.)
        (DECADES.is_match(place) || place.split_whitespace().all(|w| !clause(w))).then_some(role)
    })
}

/// From the person to a body they were taken into: " was inducted into the ", " was admitted
/// as a foreign member to the ".
pub(super) static INDUCTED_INTO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            lead().as_str(),
            r"(is|was|were|has\s+been|had\s+been)\s+(inducted|admitted)\s+((as\s+)?an?\s+([a-z-]+\s+)?(member|fellow)\s+)?(into|to)\s+(the\s+)?$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// Whether an organization's name is a learned society's or a fellowship's, whose induction
/// is a membership: "Royal Society", "American Academy of Arts and Sciences", "Guild of ...".
pub(super) fn is_learned_society(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| matches!(w.to_lowercase().as_str(), "academy" | "académie" | "akademie" | "society" | "guild" | "fraternity" | "sorority"))
}

/// Regex text: the verbs of founding an organization ("co-founded", "established").
pub(super) const FOUNDING_VERB: &str = r"(founded|co-founded|cofounded|formed|co-formed|established)";

/// A verb in the plain form after a word that carries its tense or aspect: "went on to play",
/// "continued to work", "will join", "is set to join", "would later coach" (the adverb kept,
/// group `adverb`).
pub(super) static AUXILIARY_THEN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b((went|goes|go|going)\s+on\s+to|(continued|continues|began|begins|started|starts|decided|decides|chose|chooses|agreed|agrees|opted|opts|returned|returns)\s+to",
        r"|(is|was|are|were)\s+((set|expected|due|poised|scheduled)\s+)?to|will|would)(?P<adverb>\s+(later|eventually|also|then|briefly|subsequently|soon|ultimately))?\s+(?P<verb>[a-z-]+)\b"
    ))
    .expect("valid regex")
});

/// Plain forms of the verbs of [`VERBS`] and [`ORGANIZATION_VERBS`] and their simple past.
pub(super) const PLAIN_AND_PAST: &[(&str, &str)] = &[
    ("join", "joined"),
    ("rejoin", "rejoined"),
    ("play", "played"),
    ("sign", "signed"),
    ("compete", "competed"),
    ("write", "wrote"),
    ("report", "reported"),
    ("serve", "served"),
    ("sit", "sat"),
    ("work", "worked"),
    ("head", "headed"),
    ("lead", "led"),
    ("chair", "chaired"),
    ("run", "ran"),
    ("found", "founded"),
    ("co-found", "co-founded"),
    ("form", "formed"),
    ("establish", "established"),
    ("coach", "coached"),
    ("manage", "managed"),
    ("captain", "captained"),
    ("front", "fronted"),
    ("own", "owned"),
    ("operate", "operated"),
    ("teach", "taught"),
    ("lecture", "lectured"),
    ("represent", "represented"),
    ("ride", "rode"),
    ("race", "raced"),
    ("drive", "drove"),
    ("host", "hosted"),
    ("present", "presented"),
    ("anchor", "anchored"),
    ("spend", "spent"),
    ("move", "moved"),
];

/// `gap` with a verb carried by an auxiliary ([`AUXILIARY_THEN_VERB`]) put in the simple past,
/// so that [`VERBS`] read it: "went on to play for" reads as "played for".
pub(super) fn auxiliary_read(gap: &str) -> Cow<'_, str> {
    AUXILIARY_THEN_VERB.replace(gap, |c: &regex::Captures| {
        let verb = &c["verb"];
        match PLAIN_AND_PAST.iter().find(|(plain, _)| *plain == verb) {
            Some((_, past)) => c.name("adverb").map_or(past.to_string(), |adverb| format!("{} {past}", adverb.as_str().trim())),
            None => c[0].to_string(),
        }
    })
}

/// An adverb between an auxiliary and its participle ("was also capped", "was later drafted").
pub(super) static ADVERB_AFTER_AUXILIARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<auxiliary>is|was|were|has\s+been|had\s+been)\s+(?P<adverb>also|later|then|subsequently|eventually|briefly|again|first|initially|formerly|previously)\s+")
        .expect("valid regex")
});

/// The role the first verb that `gap` (lower case, from the subject to the target) ends with
/// states: [`VERBS`] for any target, [`ORGANIZATION_VERBS`] for an organization only. An adverb
/// after an auxiliary is read before it, where the subject's lead takes it ("was also capped
/// for" as "also was capped for").
pub(super) fn verb_role(gap: &str, target: EntityType) -> Option<&'static str> {
    let gap = ADVERB_AFTER_AUXILIARY.replace(gap, "$adverb $auxiliary ");
    let gap = &*auxiliary_read(&gap);
    let organization_verbs = ORGANIZATION_VERBS.iter().filter(|_| target == EntityType::Organization);
    VERBS
        .iter()
        .chain(organization_verbs)
        .find(|(verb, _)| verb.is_match(gap))
        .map(|(_, role)| *role)
        .or_else(|| in_then_for_role(gap, target))
}

/// "X became a major Acme shareholder and joined the Beta board", "X left Acme in 1990 and
/// joined Beta": the person's second verb, after "and", in one clause with the first (no
/// comma, quote or parenthesis between; not a relative clause's verb, "X met the man who ...
/// and joined"; not the verb of "X's" something).
pub(super) fn coordinated_verb_role(
    view: &SentenceView,
    index: usize,
    gap: &str,
    target: &Placed,
    kind: EntityType,
) -> Option<&'static str> {
    let second = coordinated_predicate(view, index, gap, target)?;
    verb_role(second, kind).or_else(|| {
        // "played in England for A and in Germany for B", "played for A and later for B": the
        // second predicate's verb left out, the first's read in its place.
        let opens_with_preposition = second
            .split_whitespace()
            .find(|w| !matches!(*w, "and" | "later" | "then" | "also" | "briefly" | "again"))
            .is_some_and(|w| matches!(w, "in" | "for" | "with" | "at"));
        let first = gap[..gap.len() - second.len()].trim_start();
        let verb: Vec<&str> = first.split(' ').take_while(|w| !matches!(*w, "in" | "for" | "with" | "at" | "to" | "and" | "as")).collect();
        let verb_only = (1..=3).contains(&verb.len()) && !first.contains(',');
        let second = second.trim_start().strip_prefix("and ").unwrap_or(second.trim_start());
        (opens_with_preposition && verb_only).then(|| verb_role(&format!(" {} {second}", verb.join(" ")), kind)).flatten()
    })
}

/// The last of the person's coordinated predicates in `gap` (lower-cased, from the person to
/// `target`), as [`coordinated_verb_role`] reads them.
pub(super) fn coordinated_predicate<'g>(view: &SentenceView, index: usize, gap: &'g str, target: &Placed) -> Option<&'g str> {
    // "X was promoted to general in 1943, assumed command of Y": a series of verbs set off by
    // a comma, the first right after the name.
    let series = || {
        let (first, _) = gap.rsplit_once(", ")?;
        let opens_with_verb = gap.strip_prefix(' ').is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()));
        (opens_with_verb && !first.contains(',')).then_some(first)
    };
    let first = match gap.rsplit_once(" and ") {
        Some((first, _)) => first,
        None => series()?,
    };
    let second = &gap[first.len() + 1..];
    let relative = first.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "who" | "whose" | "whom" | "which" | "that"));
    // "X began to paint in 1840, in 1859 received the Legion of Honour, and in 1870 was
    // appointed professor at Y": a series of the subject's predicates, each set off by a comma
    // and opening in lower case as written, with no one else named among them.
    let person = view.placed[index].span;
    let written = view.between(person.end, target.span.start);
    // A piece may also go on a list of places the piece before it closes with, or give that
    // place's country ("X exhibited in Amsterdam, Rotterdam and The Hague, and was elected to
    // Y", "X was born in Lyon, France, and joined Y").
    let places = || view.placed.iter().filter(|p| matches!(p.kind, EntityType::Country | EntityType::Location));
    let predicate_series = first.ends_with(',')
        && written.rsplit_once(',').is_some_and(|(pieces, _)| {
            let mut offset = person.end;
            let mut after_place = false;
            pieces.split(',').all(|piece| {
                let start = offset + piece.len() - piece.trim_start().len();
                let end = offset + piece.trim_end().len();
                offset += piece.len() + 1;
                let opens_lower = piece.trim_start().starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
                let continues_places = after_place && places().any(|p| p.span.start == start);
                after_place = places().any(|p| p.span.end == end);
                opens_lower || continues_places
            })
        })
        && !view.placed.iter().any(|p| p.kind == EntityType::Person && p.span.start > person.end && p.span.end <= target.span.start);
    let broken = first.contains([';', ':', '(', ')', '"', '“', '”']) || (first.contains(',') && !predicate_series);
    // "John Webb met X at Acme and joined Beta": the second verb is the clause's subject's, not
    // a person its first verb took as object (subjects listed, "A and X joined", "A and his wife
    // X joined", and one named by another's possessive, "A's wife X joined", are no object).
    let an_object = view.placed[..index].iter().rev().find(|p| p.kind == EntityType::Person).is_some_and(|subject| {
        let between = view.between(subject.span.end, person.start);
        let listed_or_owned = matches!(between.split_whitespace().next(), Some("and" | "&" | "or"))
            || starts_with_possessive(view.text, subject.span.end).is_some();
        !between.contains([',', ';', ':', '(', ')']) && !listed_or_owned
    });
    if relative || broken || an_object || starts_with_possessive(view.text, person.end).is_some() {
        return None;
    }
    Some(second)
}

#[cfg(test)]
mod tests {
    use super::auxiliary_read;

    #[test]
    fn an_auxiliary_then_a_verb_reads_as_the_simple_past() {
        assert_eq!(auxiliary_read(" went on to play for the "), " played for the ");
        assert_eq!(auxiliary_read(" would later coach "), " later coached ");
        assert_eq!(auxiliary_read(" will visit "), " will visit ", "no verb of membership");
    }
}
