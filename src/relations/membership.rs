//! Membership and employment stated by a verb or a role between a person and an organization
//! (or a country they represent), in one clause: "X joined Y in 2005", "X plays for Y", "X, who
//! heads / founded Y", "X works for Y", "X served as treasurer of Y", "X is a member of the Y",
//! "X, a former Y executive", and a party or club in parentheses, "X (Y)".
//!
//! The text between the two must be the construction and nothing else (no other person, no
//! clause break), so a neighbour's organization is never taken.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::confidence;
use super::sentence::{
    comma_aside_after, describes_an_organization, is_affiliate, is_list_gap, is_list_gap_with_roles, is_misread_field, is_national_team,
    is_plural_occupation, last_word_written_lower, list_end, list_end_where, list_start, list_start_where, parenthesis_after, pattern_text,
    role_before_name, starts_with_possessive, without_role_before_name, Found, SentenceView, AGE, DESCRIPTION_WHO,
};
use crate::link::{countries, EntityType};
use crate::text::results;
use crate::text::roles::{
    self, find_roles, is_occupation_word, is_organization_noun, is_party_name, is_role_or_occupation, is_role_word, only_honorifics,
};

/// An optional "(born 1950)" and "who" between the person and the verb.
/// A description may come first: "(born 1990) is a Brazilian footballer who plays for".
fn lead() -> String {
    [r"^(\s*\([^()]*\))?\s*,?\s*(", DESCRIPTION_WHO, r"|and\s+)?", WHEN, r"((has|had|have)\s+(since\s+)?|(also|later|then|currently|last|previously|formerly|briefly|subsequently|still|now|again|all|both|most\s+recently)\s+)*"]
        .concat()
}

/// Regex text: when the verb that follows happened, in lower case ("and in February 1870 was
/// appointed", "in 2005 joined"): a year, after a month and a day or not, or a decade.
const WHEN: &str = r"((in|on|by)\s+((early|late|mid)[\s-]+)?(\d{1,2}\s+)?((january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(\d{1,2},?\s+)?(\d{4}|the\s+\d{4}s)\s*,?\s*)?";

/// A verb's pattern from the person to the organization, with its role: the subject's lead,
/// the verb, then the organization ("joined the band Y", "plays for Premier League club Y",
/// "moved to Ligue 1 side Y": a word for the kind of organization, after up to three words of
/// its league, may come between; "has played for clubs including A and B").
fn verb_pattern((verb, role): (&str, &'static str)) -> (Regex, &'static str) {
    let kinds = r"((several|many|other|various)\s+)?(clubs|teams|sides|bands|groups)\s+(including|such\s+as|like)\s+(the\s+)?";
    let kind = ORGANIZATION_KIND.as_str();
    (Regex::new(&format!(r"{}{verb}\s+(the\s+)?({ORGANIZATION_STANDING}\s+)?({kind}|{kinds})?$", lead())).expect("valid regex"), role)
}

/// Regex text: a word for an organization's standing before its name ("heads the opposition
/// Labour Party", "joined the ruling Y", "left the now-defunct Y").
const ORGANIZATION_STANDING: &str = r"(opposition|ruling|governing|rival|breakaway|parent|state-owned|state-run|now-defunct|defunct|fledgling|embattled|troubled|struggling|failed|bankrupt|collapsed|insolvent)";

/// Regex text: the kind of organization written before its name, after up to three words of its
/// league or field ("band ", "Premier League club ", "Ligue 1 side ", "German carmaker ").
static ORGANIZATION_KIND: LazyLock<String> =
    LazyLock::new(|| format!(r"([a-z0-9.'-]+\s+){{0,3}}?({})\s+", roles::KINDS_BEFORE_A_NAME.join("|")));

/// Verbs that tie a person to an organization, with the role they imply.
static VERBS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"(joined|rejoined|joins)", "member"),
        // "an artist who belongs to the Hague School", "was part of the band".
        (r"(belongs|belonged|belonging)\s+to", "member"),
        (r"(is|was|were|became)\s+(also\s+)?(a\s+)?part\s+of", "member"),
        // "played as a striker for", "plays at fly-half for", "played in goal for" (a position,
        // not "played in a band with Y", a fellow musician).
        (r"(plays|played|playing|signed|signs|signing)\s+(as\s+an?\s+([a-z-]+\s+){0,2}|(at|in|on)\s+(the\s+)?(goal|midfield|defen[cs]e|attack|wing|centre|center|[a-z]+-(half|back|forward|row))\s+)?(for|with)", "player"),
        // "played as a striker, most notably for Y".
        (r"(plays|played|playing)\s+as\s+an?\s+([a-z-]+\s+){0,2}?[a-z-]+,?\s+(most\s+notably|notably|mainly|primarily|chiefly|especially)\s+(for|with)", "player"),
        // "played college baseball for", "signed a minor league contract with".
        // ("plays county cricket for Kent", "played first-class cricket for Y".)
        (r"(plays|played|playing)\s+((college|professional|club|youth|international|senior|junior|county|first-class|minor\s+league|semi-professional|his|her)\s+)*(football|soccer|baseball|basketball|hockey|rugby|cricket|volleyball|handball|ball)\s+(for|with|at)", "player"),
        // A goalkeeper's: "kept goal for Celtic".
        (r"(kept|keeps|keeping)\s+goal\s+(for|with|at)", "player"),
        // "scored twice for Y", "earned 20 caps for Y", "won three league titles with Y".
        // (Not "scored an own goal for Y", which counts for the other side.)
        (r"(scored|scores|scoring)\s+((twice|once|again|the\s+winner|the\s+equali[sz]er|an?\s+((late|consolation|first|second|winning|solo|penalty|stoppage-time|injury-time|last-minute)\s+)?(goal|try|hat-trick|brace|century)|[a-z0-9-]+\s+(goals|tries|runs|points))\s+)?for", "player"),
        // "scored 20 goals in 50 appearances for Y", "made 300 appearances in all competitions
        // for Y".
        (r"(scored|scores|scoring)\s+[a-z0-9-]+\s+(goals|tries|runs|points)\s+in\s+[a-z0-9-]+\s+((league|international|competitive|senior|first-team)\s+)?(appearances|games|matches|caps|starts|seasons)\s+for", "player"),
        (r"(earned|won|gained|collected)\s+(\d+|[a-z]+)\s+(international\s+|senior\s+)?caps\s+(for|with)", "player"),
        // A box score's line: "had three hits for the Brewers", "scored 30 points for Y".
        (r"(had|has|collected|collects|got|gets|added|adds|grabbed|grabs)\s+(\d+|[a-z]+)\s+(hits|points|rebounds|assists|saves|strikeouts|runs|homers|goals|tackles|wickets)\s+for", "player"),
        // "scored twice in the second half to spur Y to a 4-1 win", "struck late to give Y the
        // lead", "scored twice on Sunday as Y came from behind" (not an own goal, which counts
        // for the other side).
        (r"(scored|scores|scoring|netted|nets|struck|strikes)\s+((twice|once|again|late|early|first|second|third|in|on|at|the|a|an|his|her|their|half|minute|minutes|\d+(st|nd|rd|th)?|goal|goals|header|penalty|free-kick|winner|brace|hat-trick|try|tries|from|close|range|after|before|shortly|just|both|halves|each|extra|time|stoppage|injury-time|minute|(mon|tues|wednes|thurs|fri|satur|sun)day)\s+){0,8}?(to\s+(give|hand|lift|spur|help|lead|carry|power|fire|send|steer|guide|earn|secure|seal)|as)", "player"),
        // "netted his 20th goal of the season for Y", "hit a consolation goal for Y", "hit his
        // 30th homer for Y" (the object named: "headed for Y" is a journey; which goal, from a
        // list: "an own goal for Y" counts for the other side).
        (r"(scored|scores|scoring|netted|nets|netting|hit|hits|grabbed|grabs|headed|heads|struck|strikes|slammed|fired)\s+(an?|the|his|her|their)\s+((\d+(st|nd|rd|th)|[a-z-]+(st|nd|rd|th)|second|third|late|early|consolation|winning|stoppage-time|injury-time|last-minute|solo|penalty|two-run|three-run|grand-slam|league|season)\s+){0,2}(goal|goals|equali[sz]er|winner|try|tries|century|homer|homers|home\s+runs?)\s+((of|in)\s+the\s+(season|campaign|game|match|year)\s+)?for", "player"),
        // "rode for Team Sky", "drives for Ferrari".
        (r"(rides|rode|riding|races|raced|racing)\s+for", "rider"),
        (r"(drives|drove|driving)\s+for", "driver"),
        (r"(won|wins|winning)\s+(\S+\s+){0,3}?(titles?|championships?|trophies|cups?|pennants?|premierships?|league|double|treble)\s+(with|for)", "member"),
        // A player's moves: "was drafted by", "was signed by", "was traded to", "was loaned to".
        (r"(is|was|were|has\s+been|had\s+been)\s+(drafted|signed)\s+by", "player"),
        // "was drafted 45th overall by Y", "was drafted in the second round by Y".
        (r"(is|was|were|has\s+been|had\s+been)\s+drafted\s+([a-z0-9-]+\s+){1,6}?by", "player"),
        // "was drafted out of the University of Washington": the college team.
        (r"(is|was|were|has\s+been|had\s+been)\s+drafted\s+(\S+\s+){0,3}?out\s+of", "player"),
        // "was capped 24 times for the Soviet Union", "competed for Canada".
        (r"(was|were|has\s+been|had\s+been)\s+capped\s+(\d+\s+times\s+)?(for|by)", "player"),
        (r"(competes|competed|competing)\s+for", "representative"),
        // "won a silver medal for France", "took two Olympic gold medals with the Y" (a prize
        // named by its medal: "won a medal for bravery" names no team).
        (r"(won|wins|winning|took|takes|claimed|claims|earned|earns)\s+(an?|the|his|her|their|two|three|four|five|six|\d+)\s+((olympic|world|commonwealth|paralympic|european|gold|silver|bronze|team|individual|relay)\s+){0,3}medals?\s+(for|with)", "representative"),
        // A journalist's outlet: "writes for Y", "reported for Y", "covers the White House for Y".
        (r"(writes|wrote|writing|reports|reported|reporting)\s+for", "writer"),
        (r"(covers|covered|covering)\s+(the\s+)?([a-z.'-]+\s+){1,3}?for", "correspondent"),
        // "joined the youth academy of Y", "entered the youth system at Y".
        (r"(joined|joins|entered|enters)\s+the\s+(youth\s+)?(academy|ranks|system|setup|set-up|squad|roster|team)\s+(of|at)", "player"),
        // "scored on his debut for Y", "scored twice in the final for Y".
        (r"(scored|scores|scoring)\s+(twice\s+|once\s+)?(on|in)\s+(his|her|their|the)\s+([a-z-]+\s+){0,2}?(debut|final|game|match|derby)\s+for", "player"),
        // "made his debut for Y", "made 120 league appearances for Y".
        (r"(made|makes|making)\s+(his|her|their)\s+([a-z-]+\s+){0,2}debut\s+(for|with)", "player"),
        (r"(made|makes|making)\s+(over\s+|more\s+than\s+)?\d+\s+([a-z-]+\s+){0,2}appearances\s+for", "player"),
        // "started 20 games for Y", "played 300 matches for Y", "played 450 games with the Y".
        (r"(started|starts|played|plays|appeared\s+in)\s+(over\s+|more\s+than\s+)?\d+\s+([a-z-]+\s+){0,2}(games|matches)\s+(for|with)", "player"),
        // "was elected as a Republican to the Seventy-eighth Congress", "elected a fellow of".
        (r"(was|were|is|has\s+been|had\s+been)\s+elected\s+((as\s+)?an?\s+([a-z-]+\s+){1,2})?(of|to)", "member"),
        // "was the first woman elected to the Congress of Peru", "became the youngest person
        // ever appointed to the Y".
        (r"(is|was|became)\s+the\s+(first|second|third|last|only|youngest|oldest)\s+([a-z-]+\s+){1,3}?(ever\s+)?(elected|appointed)\s+to", "member"),
        // "was appointed to the Supreme Court of Canada", "was named to the board of Y".
        (r"(was|were|is|has\s+been|had\s+been)\s+(appointed|named)\s+to", "member"),
        (r"(was|were|is|has\s+been|had\s+been)\s+(appointed|named|elected)\s+to\s+(the|its|their)\s+board(\s+of\s+(directors|governors|trustees))?\s+(of|at)", "board member"),
        (r"(was|were|is|became|remained)\s+(also\s+)?active\s+(with|in)", "member"),
        // "a voice actress affiliated with Aoni Production", "is currently affiliated with Y".
        (r"((is|was|are|were|has\s+been|had\s+been|became|remains|remained)\s+)?((also|currently|formerly|later)\s+)?affiliated\s+with", "member"),
        (r"(works|worked|working)\s+(as\s+an?\s+([a-z-]+\s+){1,3})?(for|at)", "employee"),
        // "joined the faculty of Y", "joined the board of directors of Y".
        (r"(joined|rejoined)\s+(the\s+)?(faculty|staff|board(\s+of\s+directors)?)\s+(of|at)", "member"),
        // "served on the Acme Council", "has been on the CFTC since last year".
        (r"(serves|served|serving|sits|sat|sitting)\s+on", "member"),
        (r"(heads|headed|leads|led|chairs|chaired|runs|ran)", "leader"),
        // "took the helm at Y", "was named to lead Y", "was picked to run Y".
        (r"(takes|took|taken|taking)\s+(over\s+)?the\s+helm\s+(at|of)", "leader"),
        (r"(is|was|were|has\s+been|had\s+been)\s+(named|chosen|picked|tapped|appointed|elected)\s+to\s+(lead|head|run)", "leader"),
        // "is on the board of Y", "sat on the board of directors of Y".
        (r"(is|was|are|were|sits|sat|sitting)\s+on\s+the\s+board(\s+of\s+(directors|governors|trustees))?\s+(of|at)", "board member"),
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
    ]
    .into_iter()
    .map(verb_pattern)
    .collect()
});

/// Whether the words before "critic" (`lead`, lower case) make it an opinion held: an article
/// right before it, or a word of how fiercely ("a critic of", "an outspoken critic of").
fn is_opinion_critic(lead: &str) -> bool {
    let previous = lead.split_whitespace().next_back().unwrap_or("");
    matches!(
        previous,
        "a" | "an"
            | "the"
            | "vocal"
            | "outspoken"
            | "fierce"
            | "harsh"
            | "strong"
            | "leading"
            | "prominent"
            | "staunch"
            | "longtime"
            | "frequent"
            | "vehement"
            | "persistent"
            | "sharp"
            | "severe"
            | "bitter"
            | "major"
            | "notable"
            | "ardent"
            | "consistent"
    )
}

/// From the person to the group their work is known with: " is an English drummer, best known
/// for his work with the band ", ", known for her tenure at ".
static KNOWN_FOR_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))*\s*(,\s*|,?\s*(who\s+)?(is|was)\s+(an?|the)\s+[^,;()]{0,60}?,?\s*)?((best|mainly|widely|primarily|well|also|most)\s+)?known\s+for\s+(his|her|their)\s+(work|time|tenure|stint|years)\s+(with|in|at|for)\s+(the\s+)?(([a-z-]+\s+){0,2}(band|group|orchestra|ensemble|club|team|company|firm)\s+)?$")
        .expect("valid regex")
});

/// Regex text: a contract signed ("signed a two-year contract with").
const CONTRACT_WITH: &str = r"(signs|signed|signing)\s+(an?\s+)?([a-z0-9-]+\s+){0,3}(contract|deal)\s+with";

/// From the person to the party of a contract: " signed a two-year contract with the ".
static CONTRACT_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(&[CONTRACT_WITH, r"\s+(the\s+)?$"].concat()).expect("valid regex"));

/// Verbs that tie a person to an organization only, not to a country: "moved to France" or
/// "spent five years in France" states no nationality.
static ORGANIZATION_VERBS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        // A broadcaster's show: "hosted a talk show on Y", "anchors the evening news for Y".
        (r"(hosts|hosted|hosting|co-hosts|co-hosted|presents|presented|presenting|anchors|anchored|anchoring)\s+(an?\s+|the\s+|his\s+|her\s+)?([a-z-]+\s+){0,3}?(show|programme|program|news|series|bulletin|broadcasts?|segment|podcast)\s+(on|for)", "presenter"),
        // "signed a two-year contract with Y" (a contract with a government is trade).
        (CONTRACT_WITH, "player"),
        // "was famous for his coaching in Y", "his playing days at Y".
        (r"((is|was)\s+((best|well|widely)\s+)?(famous|known|noted|remembered)\s+for\s+)?(his|her)\s+(coaching|managerial)\s+((career|spell|stint|tenure|days|years)\s+)?(in|at|with)", "coach"),
        (r"((is|was)\s+((best|well|widely)\s+)?(famous|known|noted|remembered)\s+for\s+)?(his|her)\s+playing\s+((career|spell|stint|days|years)\s+)?(in|at|with)", "player"),
        // A dancer's company: "danced with the Royal Ballet".
        (r"(danced|dances|dancing)\s+(\S+\s+){0,2}?with", "dancer"),
        // "did most of his work at Y", "carried out much of her research at Y".
        (r"(did|does|doing|carried\s+out|conducted)\s+(most|much|all|some|part)\s+of\s+(his|her|their)\s+([a-z-]+\s+)?(work|research)\s+(at|for|with)", "member"),
        // "began his football career in 1971 with Y", "started her career at Y".
        // ("began his football career in 1971 in the youth league with Y".)
        (r"(began|begins|started|starts)\s+(his|her|their)\s+([a-z-]+\s+){0,2}career\s+(in\s+\d{4}\s+)?(in\s+the\s+([a-z-]+\s+){1,2})?(with|at)", "member"),
        // "was transferred from A to B": the club left, and the club joined.
        (r"(is|was|were|has\s+been|had\s+been)\s+(traded|loaned|transferred|sold)\s+(\S+\s+){0,2}?from", "player"),
        (r"(is|was|were|has\s+been|had\s+been)\s+(traded|loaned|transferred|sold)\s+(\S+\s+){0,2}?from\s+([^\s,;()]+\s+){1,5}?to", "player"),
        // "assumed command of the Second Army", "was given command of Y".
        (r"(assumed|assumes|assuming|took|takes|taking|was\s+given|were\s+given|received|receives)\s+(over\s+)?(the\s+)?command\s+of", "commander"),
        // "spent five seasons with Y", "spent most of his career at Y", "moved to Y in 1995".
        // ("spent 30 years as a researcher with Y".)
        (r"spent\s+(\S+\s+){0,4}?(seasons?|years?|decades?|months?|career)\s+(as\s+an?\s+([a-z-]+\s+){1,2})?(on\s+loan\s+)?(with|at)", "member"),
        // "held research positions at Y", "was on the faculty of Y", "rose through the ranks at Y".
        (r"(held|holds|holding)\s+((several|various|senior|teaching|research|academic|management|executive)\s+){0,2}(positions|posts|appointments)\s+(at|with)", "employee"),
        (r"(is|was|were|has\s+been|had\s+been)\s+on\s+the\s+(faculty|staff|payroll)\s+(of|at)", "member"),
        // A soldier's service: "enlisted in the Marine Corps", "was commissioned into the Royal
        // Artillery" (not "enlisted the help of Y").
        (r"(enlisted|enlists|enlisting|re-enlisted)\s+(in|into|with)", "member"),
        (r"(is|was|were|had\s+been)\s+commissioned\s+(as\s+an?\s+([a-z-]+\s+){1,2})?(into|in)", "officer"),
        // "held a chair in physics at Y", "took up a professorship at Y", "was awarded a
        // fellowship at Y" (a post named by the academic title it carries).
        (r"(held|holds|holding|took\s+up|takes\s+up|accepted|accepts)\s+(a|the|an)\s+([a-z-]+\s+){0,2}?(chair|professorship)\s+((in|of)\s+([a-z-]+\s+){1,3}?)?(at|with)", "professor"),
        (r"(held|holds|holding|took\s+up|takes\s+up|accepted|accepts|was\s+awarded|received)\s+(a|the|an)\s+([a-z-]+\s+){0,2}?(fellowship|lectureship)\s+((in|of)\s+([a-z-]+\s+){1,3}?)?(at|with)", "fellow"),
        (r"(rose|rises|rising)\s+through\s+the\s+ranks\s+(at|of|in)", "member"),
        // "was a prominent figure in the Labour Party", "one of the leading figures of Y".
        (r"(is|was|became|remained|remains)\s+(an?|the|one\s+of\s+the)\s+((most\s+)?(prominent|leading|key|major|central|influential|important|founding|senior|towering)\s+)+figures?\s+(in|of|within)", "member"),

        // A party's seat: "won the seat for the Conservatives", "held the riding for Y".
        (r"(won|wins|held|holds|retained|retains|gained|gains|took|takes)\s+the\s+(seat|constituency|riding|district)\s+for", "member"),
        // "came through the youth ranks at Y".
        (r"(came|comes|coming)\s+through\s+(the\s+)?([a-z-]+\s+){0,2}?(ranks|academy|system)\s+(at|of)", "player"),
        // "took a job with Y", "landed a teaching post at Y", "went to work for Y".
        (r"(took|takes|taking|landed|lands|accepted|accepts|found|finds)\s+(up\s+)?an?\s+([a-z-]+\s+){0,2}?(job|position|post)\s+(with|at)", "employee"),
        (r"(went|goes|going)\s+(on\s+)?to\s+work\s+(for|at|with)", "employee"),
        (r"(moved|moves|switched|switches)\s+to", "member"),
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
        (r"(is|was|were|has\s+been|had\s+been)\s+(traded|loaned|transferred)\s+(out\s+)?to", "player"),
        // "played 20 seasons with Y", "played three years for Y".
        (r"(played|plays|playing)\s+(\d+|[a-z]+)\s+(full\s+|professional\s+|more\s+)?(seasons|years)\s+(with|for)", "player"),
        // "sat in the House of Lords" (not "sat in France").
        (r"(sits|sat|sitting)\s+in", "member"),
        // "played his entire career with Y".
        (r"(played|plays|playing)\s+(his|her|their)\s+(entire|whole)\s+([a-z-]+\s+)?career\s+(with|for|at)", "player"),
        // "transferred to Y in 2010".
        (r"(transferred|transfers|transferring)\s+to", "player"),
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
        (r"(retired|retires|resigned|resigns)\s+from", "member"),
        // "is affiliated with Y", "was closely affiliated with the Y".
        (r"(is|was|are|were|became|remains|remained)\s+((closely|formally|loosely)\s+)?affiliated\s+with", "member"),
        // A former member: "left Y in 1995", "quit Y", "was fired / expelled from Y",
        // "defected to Y".
        (r"(left|leaves|quit|quits|departed)", "member"),
        (r"(is|was|were|had\s+been)\s+(fired|expelled|dismissed|sacked)\s+from", "member"),
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
static IN_THEN_FOR: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    let place = r"\s+(the\s+)?(?P<place>([^\s,;()]+\s+){1,6}?)for";
    // (An event's name runs longer: "the women's 100 metres at the 1996 Summer Olympics".)
    let event = r"\s+(the\s+)?(?P<place>([^\s,;()]+\s+){0,8}?[^\s,;()]+)(\s+for|\s*,\s+representing)";
    [
        // ("played 300 games in the NHL for the Y".)
        (format!(r"(plays|played|playing)\s+((\d+|[a-z]+)\s+(seasons|years|games|matches)\s+)?in{place}"), "player"),
        // "played 10 seasons in the National Hockey League with the Y", "played in the NHL
        // with the Y" (not "played in a band with Y", a fellow musician).
        (r"(plays|played|playing)\s+(((\d+|[a-z]+)\s+(seasons|years|games|matches)\s+)?in\s+the|(\d+|[a-z]+)\s+(seasons|years|games|matches)\s+in)\s+(?P<place>([^\s,;()]+\s+){1,6}?)with".to_string(), "player"),
        (format!(r"(serves|served|serving|sits|sat|sitting|stood|stands)\s+(in|on){place}"), "member"),
        (format!(r"(was|were|is|has\s+been|had\s+been)\s+(re-?elected|elected)\s+to{place}"), "member"),
        // An athlete's event, then the side: "competed in the men's singles for Brazil",
        // "competed at the 1912 Summer Olympics for Sweden", "won a bronze medal in the K-4 500
        // m for Denmark", "competed in the 100 metres at the 1996 Olympics, representing
        // Jamaica".
        (format!(r"((competes|competed|competing)|(won|wins|took|claimed)\s+(an?|the|his|her|their)\s+((olympic|world|gold|silver|bronze)\s+){{1,2}}medals?)\s+(in|at){event}"), "representative"),
    ]
    .into_iter()
    .map(|(verb, role)| verb_pattern((verb.as_str(), role)))
    .collect()
});

/// The role an [`IN_THEN_FOR`] construction gives an organization `gap` (lower case, from the
/// subject) ends at. The place holds no clause of its own ("sat in the stands cheering for Y",
/// "played in the game he scored for Y").
/// For a country, only a player's: "played in the 1994 World Cup for Bulgaria" represents it
/// ("served in the army for France" need not).
fn in_then_for_role(gap: &str, target: EntityType) -> Option<&'static str> {
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
        place.split_whitespace().all(|w| !clause(w)).then_some(role)
    })
}

/// From the person to a body they were taken into: " was inducted into the ", " was admitted
/// as a foreign member to the ".
static INDUCTED_INTO: LazyLock<Regex> = LazyLock::new(|| {
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
fn is_learned_society(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| matches!(w.to_lowercase().as_str(), "academy" | "académie" | "akademie" | "society" | "guild" | "fraternity" | "sorority"))
}

/// From the person to a team's name: " was included in ", " was called up to the ".
static SQUAD_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            lead().as_str(),
            r"(is|was|were|has\s+been|had\s+been)\s+(included|named|selected|picked|called\s+up)\s+(in|into|to|for)\s+(the\s+)?$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// After the team's name: "'s squad", " squad", " senior team".
static SQUAD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^('s|’s)?\s+([a-z0-9-]+\s+){0,2}?(squad|team|roster|side|line-up|lineup)\b").expect("valid regex"));

/// From a player to the team that drafted them, in words that also say other things: " was
/// selected by the ", ", who was picked by ".
static SELECTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*(who\s+)?(is|was|were)\s+((originally|first|later)\s+)?(selected|picked|chosen|taken)\s+by\s+(the\s+)?$")
        .expect("valid regex")
});

/// After the team: the draft that makes [`SELECTED_BY`] a player's ("in the second round",
/// "with the 45th overall pick", "in the 1999 NHL Entry Draft").
static IN_THE_DRAFT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\(\s*)?(in|with|as)\s+(the\s+)?(\S+\s+){0,3}?(round|overall|pick|draft)\b").expect("valid regex"));

/// From the person to an organization whose ticket or candidate they were: " was elected on
/// the ", " ran as the ", " stood as a ".
static TICKET_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"((was|were|is|has\s+been|had\s+been)\s+(re-?elected|elected|nominated)|ran|runs|stood|stands|is\s+running|was\s+running)\s+(on|as)\s+(the|an?)\s+$"].concat())
        .expect("valid regex")
});

/// The end of a gap whose last clause is a participle of moving to an organization: " began
/// his career with Acme before moving to ", " played for Acme, before joining the ", " is a free
/// agent, having last played for ", " won the award while playing for ", " during his time at ".
static PARTICIPLE_AFTER_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(\s(before|after|prior\s+to|then|later|and\s+later)\s+(joining|rejoining|moving\s+to|signing\s+(for|with)|transferring\s+to|(serving|working)\s+as\s+(an?\s+|the\s+)?([a-z-]+\s+){{0,2}}?(?P<role>[a-z-]+)\s+(at|for|with|of))|\s(while|when)\s+(playing|working|serving)\s+(for|with|at)|\sduring\s+(his|her|their)\s+(time|spell|tenure|stint|years)\s+(at|with)|,\s*having\s+((last|previously|most\s+recently|also|briefly)\s+)?(?P<having>played|worked|served)\s+(for|with|at))\s+(the\s+)?({kind})?$",
        kind = ORGANIZATION_KIND.as_str()
    ))
    .expect("valid regex")
});

/// "X began his career with A before moving to B": a participle after the clause is its
/// subject's, so the person must open the sentence (at most a short phrase before it: "In
/// 2005, "); the organization is the first one the participle reaches, before any other person.
fn participle_after_clause(view: &SentenceView, index: usize) -> Vec<Found> {
    let person = view.placed[index].span;
    let opens = index == 0 && view.text[..person.start].len() <= 20;
    if !opens {
        return Vec::new();
    }
    // The organization the participle reaches, the role it names, if any, and its verb.
    let Some((at, named_role, having)) = view
        .placed
        .iter()
        .enumerate()
        .skip(index + 1)
        .take_while(|(_, p)| p.kind != EntityType::Person)
        .filter(|(_, p)| p.kind == EntityType::Organization)
        .find_map(|(at, p)| {
            let gap = view.text[person.end..p.span.start].to_lowercase();
            let captures = PARTICIPLE_AFTER_CLAUSE.captures(&gap)?;
            let having = captures.name("having").map(|verb| verb.as_str().to_string());
            Some((at, captures.name("role").map(|r| r.as_str().to_string()), having))
        })
    else {
        return Vec::new();
    };
    let gap = &view.text[person.end..view.placed[at].span.start];
    // "after serving as a senior engineer at Y": that role; "having played for Y": a player's;
    // else a member.
    let role = match (named_role, having.as_deref()) {
        (Some(role), _) if is_role_or_occupation(&role) => Cow::Owned(role),
        // ("after working as a fan of Y": no role.)
        (Some(_), _) => return Vec::new(),
        (None, Some("played")) => Cow::Borrowed("player"),
        (None, _) => Cow::Borrowed("member"),
    };
    if gap.len() > 160 || gap.contains([';', '"', '“', '”']) {
        return Vec::new();
    }
    // "having played for A, B and C": every organization of the list.
    let last = list_end_where(view, at, is_list_gap);
    view.placed[at..=last]
        .iter()
        .map(|p| Found { target: p.entity, role: Some(role.clone()), confidence: confidence::MEMBERSHIP })
        .collect()
}

/// From the successor to the predecessor: " replaced ", " who succeeded ".
static SUCCEEDED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[lead().as_str(), r"(replaced|succeeded|replacing|succeeding)\s+$"].concat()).expect("valid regex"));

/// From the predecessor to the organization: " as the drummer of ", " as chief executive at ".
static AS_ROLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*as\s+(the\s+|its\s+)?([a-z-]+\s+){0,3}?(?P<role>[a-z-]+)\s+(of|at|for|with)\s+(the\s+)?$").expect("valid regex")
});

/// "X replaced A as the drummer of Y", "X succeeded A as chairman of Y": the successor holds
/// the role (the predecessor's own reading gives it to A as well).
fn succeeded_as(view: &SentenceView, index: usize) -> Option<Found> {
    let (person, predecessor) = (&view.placed[index], view.placed.get(index + 1)?);
    let target = view.placed.get(index + 2).filter(|t| is_affiliate(t.kind))?;
    let to_predecessor = view.between(person.span.end, predecessor.span.start).to_lowercase();
    let between = view.between(predecessor.span.end, target.span.start);
    // "X replaced A as Y's singer": the role after the organization's possessive.
    let possessed_role = || {
        let n = starts_with_possessive(view.text, target.span.end).filter(|_| matches!(between.trim(), "as" | "as the"))?;
        let after = &view.text[target.span.end + n..];
        after
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| is_role_word(w) || is_occupation_word(w))
    };
    let role = match AS_ROLE_OF.captures(between) {
        Some(captures) => captures.name("role")?.as_str(),
        None => possessed_role()?,
    };
    (predecessor.kind == EntityType::Person && SUCCEEDED.is_match(&to_predecessor) && (is_role_word(role) || is_occupation_word(role)))
        .then(|| Found { target: target.entity, role: Some(Cow::Owned(role.to_string())), confidence: confidence::MEMBERSHIP })
}

/// "is a member of the", ", the president of", "served as treasurer of": a role word (group
/// `role`, maybe "emeritus" after it) followed by of/at/for/with; an envoy "to" (group `envoy`);
/// a broadcaster "on" (group `broadcaster`: "a news anchor on"); a seat "on" a bench or council
/// (group `seat`: "a judge on the Supreme Court").
static ROLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        // ", a", "who was the", "is an American musician, best known as the", "is an English
        // musician, songwriter and producer, best known as the".
        r"^(\s*\([^()]*\))?\s*(,\s*|,?\s*(is|was)\s+an?\s+[^;()]{0,100}?,\s*((best|mainly|widely|primarily)\s+)?known\s+as\s+|,?\s*(",
        DESCRIPTION_WHO,
        r")?",
        WHEN,
        r"((later|then|also|subsequently|eventually|briefly|previously|formerly|currently|now)\s+)?((is|was|(?P<plural>are|were|have\s+been)|became|remains|serves|served|serving|has\s+been|will\s+be)\s+((formally|officially)\s+)?((appointed|named|elected|installed|sworn\s+in|inaugurated|confirmed|(best\s+)?known\s+as)\s+)?(as\s+)?|(holds|held|holding)\s+the\s+(post|position|office|title|rank)\s+of\s+|(to\s+be|to\s+become|as)\s+|(achieved|gained|found|won|rose\s+to)\s+((international|worldwide|national|early|initial|wider)\s+)?(fame|success|prominence|recognition)\s+as\s+))((an?|the)\s+)?(?P<coordinated>[^,;()]{1,60}?\s+and\s+((later|also)\s+)?(an?|the)\s+)?(\S+\s+){0,5}?((?P<role>[a-z-]+)\s+((emeritus|emerita|emeriti)\s+)?(?P<preposition>of|at|for|with|from|in)|(?P<envoy>ambassador|envoy|delegate|representative|emissary|attache|adviser|advisor|editor|contributor)\s+to|(?P<broadcaster>anchor|co-anchor|host|co-host|presenter|newsreader|newscaster|correspondent|commentator|reporter)\s+on|(?P<seat>judge|justice|magistrate|councillor|councilor|alderman|commissioner|trustee)\s+on)\s+(the\s+)?(both\s+(the\s+)?)?(([a-z-]+\s+){0,2}(department|division|section|unit|office|branch|faculty|school|college|institute|laboratory|centre|center)\s+((of|for)\s+([a-z-]+\s+){1,3}?)?(of|at)\s+(the\s+)?)?(",
        ORGANIZATION_STANDING,
        r"\s+)?(?P<kind>([a-z-]+\s+){0,4}?[a-z-]+\s+)?$",
    ]
    .concat())
    .expect("valid regex")
});

/// A time or manner set off by commas inside the clause: "has, since 2001, been", "who, in
/// 1995, joined", ", however,".
static INTERJECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*,\s*((since|from|in|between|until|after|before|during|by)\s+[^,;()]{1,50}?|at\s+the\s+age\s+of\s+\d+|however|meanwhile|eventually|subsequently|later|then|though)\s*,\s*")
        .expect("valid regex")
});

/// `gap` (from a person to an organization) with the asides the clause's verb reads past left
/// out: [`COMMA_ASIDE`] and each [`INTERJECTION`], each replaced by a space. Names inside an
/// aside are text here; what the aside itself states is read with its own organization.
fn without_asides(gap: &str) -> Cow<'_, str> {
    let mut gap = Cow::Borrowed(gap);
    if let Some(aside) = comma_aside_after(&gap, 0) {
        gap = Cow::Owned(format!(" {}", &gap[aside.end..]));
    }
    match INTERJECTION.replace_all(&gap, " ") {
        Cow::Borrowed(_) => gap,
        Cow::Owned(replaced) => Cow::Owned(replaced),
    }
}

/// Whether `role` is a band musician's: "a guitarist in Y" names the band.
fn is_musician(role: &str) -> bool {
    matches!(
        role,
        "guitarist"
            | "bassist"
            | "drummer"
            | "singer"
            | "vocalist"
            | "keyboardist"
            | "frontman"
            | "frontwoman"
            | "percussionist"
            | "saxophonist"
            | "trumpeter"
    )
}

/// Whether `role` is a legislator's or a councillor's, whose "in" names the body: "a senator in
/// the Senate", "a deputy in the National Assembly" (a judge's "in" may name a case).
fn is_legislator(role: &str) -> bool {
    matches!(
        role,
        "councillor"
            | "councilor"
            | "alderman"
            | "senator"
            | "deputy"
            | "legislator"
            | "assemblyman"
            | "assemblywoman"
            | "congressman"
            | "congresswoman"
    )
}

/// Someone who serves a role's holder, right before the role: "aide to the ", "senior adviser
/// to the " (group `aide`).
static AIDE_TO_THE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<aide>aide|adviser|advisor|assistant|secretary|counsel|counsellor|counselor|spokesman|spokeswoman|spokesperson|deputy|speechwriter|interpreter|physician)\s+to\s+the\s+$")
        .expect("valid regex")
});

/// A role's field before the organization it is held at: "professor of physics at the ",
/// "senior lecturer in economics and finance at ", "professor emeritus of history at ".
static FIELD_BEFORE_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<role>[a-z-]+)\s+((emeritus|emerita|emeriti)\s+)?(of|in)\s+(?P<field>[a-z-]+(\s+(and\s+)?[a-z-]+){0,2})\s+(?P<at>at\s+(the\s+)?)$")
        .expect("valid regex")
});

/// `gap` with a role's field left out ("an associate professor of physics at the " -> "an
/// associate professor at the "), so that the role reaches the organization; not where the
/// words after "of" name something with an article ("the head of the unit at the ").
fn without_field(gap: &str) -> Cow<'_, str> {
    let Some(captures) = FIELD_BEFORE_AT.captures(gap) else { return Cow::Borrowed(gap) };
    let role = &captures["role"];
    let field_is_a_subject =
        captures["field"].split_whitespace().all(|w| !matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their"));
    if !(is_role_or_occupation(role) && field_is_a_subject) {
        return Cow::Borrowed(gap);
    }
    let role_end = captures.name("role").map_or(0, |m| m.end());
    Cow::Owned(format!("{} {}", &gap[..role_end], &captures["at"]))
}

/// From the person past a description to a participle: " is an Iranian cleric and politician
/// leading the", " is an Indian politician belonging to the", " is a voice actress affiliated
/// with" (the noun before the participle must be an occupation: "a critic of the
/// government leading the" is the government's).
static DESCRIBED_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))?\s*,?\s*(is|was)\s+an?\s+[^,;()]{0,80}?\s(?P<noun>[a-z-]+)\s+((currently|now|later|previously|formerly)\s+)?(?P<verb>leading|heading|founding|representing|playing\s+(for|with)|working\s+(for|with|at)|coaching|managing|belonging\s+to|affiliated\s+with)\s+(the\s+)?$")
        .expect("valid regex")
});

/// ", a former", ", the", " was a senior": an apposition or a predicate that the organization
/// opens ("X, a former Y executive", "X was a senior Y commander").
static APPOSITION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(,|(is|was|became|remains|remained)\s|(resigned|resigns|quit|quits|stepped\s+down|steps\s+down|retired|retires)\s+as\s)\s*((an?|the)\s+)?((former|longtime|senior|veteran|retired|leading|prominent|top)\s+)?$",
    )
    .expect("valid regex")
});

/// From the people to the organization they share with the subject: "a member of the group
/// Y, along with drummer A and organ player B" (each name may carry its role words).
static ALONG_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*,\s*(along|together)\s+with\s+(the\s+)?([a-z0-9-]+\s+){0,3}$").expect("valid regex"));

/// Between two people of such a list: ", ", " and ", ", and organ player ".
static ROLE_LIST_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(,|,?\s*and)\s+(the\s+)?([a-z0-9-]+\s+){0,3}$").expect("valid regex"));

/// Before the organization: "is a member of the group ", "members of ".
static MEMBER_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bmembers?\s+of\s+(the\s+)?((band|group|club|team|party|trio|quartet)\s+)?$").expect("valid regex"));

/// "He is a member of the group Y, along with drummer A and organ player B": the people named
/// along with the subject are members of Y too.
fn members_along_with(view: &SentenceView, index: usize) -> Option<Found> {
    let lower = |from: usize, to: usize| view.between(from, to).to_lowercase();
    let first = list_start_where(view, index, |gap| ROLE_LIST_GAP.is_match(&gap.to_lowercase()));
    let organization = &view.placed[first.checked_sub(1)?];
    let along = ALONG_WITH.is_match(&lower(organization.span.end, view.placed[first].span.start));
    let member = MEMBER_OF.is_match(&view.text[..organization.span.start].to_lowercase());
    (organization.kind == EntityType::Organization && along && member).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("member")),
        confidence: confidence::LISTED,
    })
}

/// From an organization to the person it took on or who leads it: " appointed his successor,
/// ", " has named ", " said it has named ", " drafted ", ", under ". Up to three lower-case words may come between
/// ("hired former coach"); the word is the verb's (group `verb`).
static TOOK_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(,\s*)?((said|says|announced|announces)\s+(that\s+)?(it|they)\s+)?((has|had|have)\s+)?(?P<verb>appointed|named|elected|hired|employed|recruited|signed|drafted|under|sacked|sack|sacks|fired|dismissed)\s+(((his|her|its|their)\s+(successor|replacement)\s*,\s*)|(?P<words>([a-z-]+\s+){0,3}))$")
        .expect("valid regex")
});

/// From an organization to the person who leads it, in the passive: " headed by ", ", led by
/// its founder ", " which is chaired by ", " (coached by ". Up to two lower-case words may name
/// the person's post (group `post`: "its director").
static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[,(]?\s*(((which|that)\s+)?(is|was|are|were|has\s+been|had\s+been)\s+)?((then|now|currently|later|once)\s+)?(?P<verb>headed|led|chaired|run|managed|coached|captained|fronted|presided\s+over)\s+by\s+((its|their|the)\s+(?P<post>([a-z-]+\s+){1,2})|(?P<title>((former|then|ex-|acting)\s+)?([a-z-]+\s+){0,2}(?P<title_head>[a-z-]+)\s+))?$")
        .expect("valid regex")
});

/// From an organization or a country to the person who leads it, set off by a comma: ", under
/// the direction of ", ", under the leadership of its founder " (group `lead`).
static UNDER_THE_LEAD_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,\s*under\s+the\s+(?P<lead>direction|leadership|command|guidance|presidency|chairmanship|stewardship)\s+of\s+((its|their|the)\s+([a-z-]+\s+){1,2})?$")
        .expect("valid regex")
});

/// Words that make the verb's object something else than the person: "named after", "signed a
/// deal with", "under the leadership of" (read by [`UNDER_THE_LEAD_OF`] when set off by a
/// comma).
const NOT_TAKEN_ON: &[&str] = &["after", "for", "by", "with", "to", "of", "a", "an", "from", "in", "on", "at", "as"];

/// "The Society of Jesus appointed his successor, Arturo Sosa", "the Bulls drafted Michael
/// Jordan", "Barcelona, under Johan Cruyff", "a foundation headed by X": the organization right
/// before the person took them on, or is led by them.
fn taken_on_by(view: &SentenceView, index: usize) -> Option<Found> {
    // "the Bulls drafted A and B": each person of a list right after the verb.
    let first = list_start(view, index);
    let organization = view.placed[first.checked_sub(1)?];
    let gap = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    // "the Vatican, under the direction of Pope X", "Acme, under the leadership of its founder
    // X": an organization or a country led (a post may be named before the person).
    if let Some(captures) = UNDER_THE_LEAD_OF.captures(&gap).filter(|_| is_affiliate(organization.kind)) {
        let role = if &captures["lead"] == "command" { "commander" } else { "leader" };
        return Some(Found { target: organization.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::MEMBERSHIP });
    }
    if organization.kind != EntityType::Organization {
        return None;
    }
    // "headed by former prime minister X": a title of the person's own (a role or an
    // occupation, else not read), the leader's role the verb's.
    let titled = |c: &regex::Captures| c.name("title_head").is_none_or(|head| is_role_or_occupation(head.as_str()));
    if let Some(captures) = LED_BY.captures(&gap).filter(titled) {
        // "led by its founder X": the post named; else the verb's ("coached by X": coach).
        let role: Cow<'static, str> = match (captures.name("post"), &captures["verb"]) {
            (Some(post), _) => Cow::Owned(post.as_str().trim().to_string()),
            (None, "coached") => Cow::Borrowed("coach"),
            (None, "captained") => Cow::Borrowed("captain"),
            (None, "managed") => Cow::Borrowed("manager"),
            (None, "chaired") => Cow::Borrowed("chair"),
            (None, "fronted") => Cow::Borrowed("frontman"),
            (None, _) => Cow::Borrowed("leader"),
        };
        return Some(Found { target: organization.entity, role: Some(role), confidence: confidence::MEMBERSHIP });
    }
    let captures = TOOK_ON.captures(&gap)?;
    let words = captures.name("words").map_or("", |w| w.as_str());
    if words.split_whitespace().any(|w| NOT_TAKEN_ON.contains(&w)) {
        return None;
    }
    // "Barcelona, under Johan Cruyff", "the team under coach X"; not "the CIA under Reagan",
    // the time of someone else's office.
    let set_off = gap.trim_start().starts_with(',');
    if &captures["verb"] == "under" && !set_off && !words.split_whitespace().any(is_role_word) {
        return None;
    }
    // "Nice sack coach X", "Acme fired its chief executive X": a dismissal names the post
    // (not "police fired X", nor "the army dismissed X's claims").
    let dismissed = matches!(&captures["verb"], "sacked" | "sack" | "sacks" | "fired" | "dismissed");
    if dismissed {
        let post = crate::text::roles::find_roles(words).last().map(|r| r.role);
        return post.map(|post| Found { target: organization.entity, role: Some(Cow::Borrowed(post)), confidence: confidence::MEMBERSHIP });
    }
    let role = match &captures["verb"] {
        "under" => Some("leader"),
        "signed" | "drafted" => Some("player"),
        "hired" | "employed" | "recruited" => Some("employee"),
        _ => None,
    };
    // "Acme said it has named X as executive vice president": the role after "as"; "Acme
    // appointed X its chief executive": after "its" too.
    let role = role.or_else(|| {
        let after = view.text[view.placed[index].span.end..].trim_start();
        let after = after.strip_prefix("as ").or_else(|| after.strip_prefix("its "))?;
        // (At most 60 bytes, cut at a character's start: names may be written with accents.)
        let mut end = after.find([',', '.', ';']).unwrap_or(after.len()).min(60);
        while !after.is_char_boundary(end) {
            end -= 1;
        }
        let phrase = &after[..end];
        // (The first role phrase, headed by its last word: "executive vice president and ...".)
        let phrase = phrase.split(" and ").next().unwrap_or(phrase);
        crate::text::roles::find_roles(phrase).last().map(|r| r.role)
    });
    Some(Found { target: organization.entity, role: role.map(Cow::Borrowed), confidence: confidence::MEMBERSHIP })
}

/// The plural kind that opens a list of examples, up to its first item: "several academies,
/// including the ", "companies such as ", "the three major Indian science academies, namely
/// the " (after the preposition or verb before it, up to six words before the noun; groups
/// `kind`, `noun`).
static EXAMPLES_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(of|for|with|at|in|to|on|by|joined)\s+(?P<kind>(the\s+)?([a-z0-9-]+\s+){0,6}?(?P<noun>[a-z-]+s)\s*,?\s*(including|such\s+as|namely|notably|among\s+them)\s*,?\s*(the\s+)?)$")
        .expect("valid regex")
});

/// `gap` (in pattern text) without a list's opening kind, so that the verb or role before it
/// reaches the first item as it would the kind's own name: "is a fellow of several academies,
/// including the " reads as "is a fellow of " (the kind a plural organization noun; not "of
/// several stars, including").
fn without_examples_lead(gap: String) -> String {
    match EXAMPLES_LEAD.captures(&gap) {
        Some(c) if is_organization_noun(&c["noun"]) => {
            let start = c.name("kind").map_or(gap.len(), |m| m.start());
            gap[..start].to_string()
        }
        _ => gap,
    }
}

/// Before a show's host: "a talk show that was hosted by ", "presented by " (lower case).
static HOSTED_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(hosted|co-hosted|presented|anchored|fronted)\s+by\s+$").expect("valid regex"));

/// Between the host and the broadcaster: " on ", " for the ", ", on ".
static ON_THE_AIR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,?\s*(on|for)\s+(the\s+)?$").expect("valid regex"));

/// "Larry King Live is a talk show that was hosted by Larry King on CNN": the host presents on
/// the broadcaster named right after them (not "hosted by X in Paris", a place).
fn hosted_by_on(view: &SentenceView, index: usize) -> Option<Found> {
    let host = &view.placed[index];
    if !HOSTED_BY.is_match(&view.text[..host.span.start].to_lowercase()) {
        return None;
    }
    let (next, gap) = view.next_mention_after(host.span.end)?;
    (next.kind == EntityType::Organization && ON_THE_AIR.is_match(gap)).then_some(Found {
        target: next.entity,
        role: Some(Cow::Borrowed("presenter")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// Between an organization and a person in a relative clause of the organization's: ", of
/// which ", ", to which ".
static OF_WHICH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,\s*(of|to|in)\s+which\s+$").expect("valid regex"));

/// After that person: " was a member", " had been president", " belonged" (group `post`,
/// the post held: a member's noun or a role; group `belonged`).
static MEMBER_OF_WHICH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((is|was|were|had\s+been|has\s+been|became|remained)\s+((also|later|once|then|briefly|long)\s+)?(an?|the)\s+((founding|leading|prominent|active|honorary|life|senior|former|first|early)\s+)?(?P<post>[a-z-]+)|(?P<belonged>belonged|belongs))\b")
        .expect("valid regex")
});

/// "The Fabian Society, of which Jane Roe was a member, campaigned", "Acme, to which X
/// belonged": the organization right before a relative clause that gives the person a post in
/// it (a member's noun or a role: not "of which X was the subject").
fn member_of_which(view: &SentenceView, index: usize) -> Option<Found> {
    let organization = view.placed.get(index.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let person = &view.placed[index];
    let gap = view.between(organization.span.end, person.span.start).to_lowercase();
    if !OF_WHICH.is_match(&gap) {
        return None;
    }
    let after = view.text[person.span.end..].to_lowercase();
    let captures = MEMBER_OF_WHICH.captures(&after)?;
    // ("of which X was a member", "to which X belonged".)
    let role = match (captures.name("post"), gap.contains("to which")) {
        (Some(post), false) if matches!(post.as_str(), "member" | "founder" | "co-founder") || is_role_word(post.as_str()) => {
            post.as_str().to_string()
        }
        (None, true) => "member".to_string(),
        _ => return None,
    };
    Some(Found { target: organization.entity, role: Some(Cow::Owned(role)), confidence: confidence::MEMBERSHIP })
}

/// Before the organization, its founding by the clause's subject: "co-founded ", "founded
/// the ", "formed ".
static FOUNDED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b({FOUNDING_VERB}|co - founded|started|launched)\s+(the\s+)?$")).expect("valid regex"));

/// Regex text: the verbs of founding an organization ("co-founded", "established").
const FOUNDING_VERB: &str = r"(founded|co-founded|cofounded|formed|co-formed|established)";

/// Between the organization and its other founder: " with ", " in 1990 together with his
/// brother " (at most a year and two words naming the person's tie).
static FOUNDED_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(in\s+\d{4}\s+)?(together\s+)?with\s+((his|her|their)\s+([a-z-]+\s+){1,2})?$").expect("valid regex"));

/// "Jane Roe co-founded Acme with John Doe": the person after "with" founded it too (a
/// person founds; "launched Acme with a loan" names no person).
fn founded_with(view: &SentenceView, index: usize) -> Option<Found> {
    let organization = view.placed.get(index.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let founder = view.placed[..index - 1].iter().rev().find(|p| p.kind == EntityType::Person)?;
    let gap = view.between(organization.span.end, view.placed[index].span.start).to_lowercase();
    let verb = view.between(founder.span.end, organization.span.start).to_lowercase();
    // (The subject's own verb: nothing but adverbs or a year between them, in one clause.)
    let one_clause = !verb.contains([',', ';', '(']) && verb.split_whitespace().count() <= 4;
    (FOUNDED_WITH.is_match(&gap) && FOUNDED_BEFORE.is_match(&verb) && one_clause).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("founder")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// The membership `view.placed[index]` (a person) states with the next organization.
pub fn membership(view: &SentenceView, index: usize) -> Vec<Found> {
    let mut found: Vec<Found> = founded_by(view, index)
        .into_iter()
        .chain(listed_members(view, index))
        .chain(pronoun_clause(view, index))
        .chain(fronted_founding(view, index))
        .chain(members_along_with(view, index))
        .chain(taken_on_by(view, index))
        .chain(member_of_which(view, index))
        .chain(founded_with(view, index))
        .chain(participle_after_clause(view, index))
        .chain(succeeded_as(view, index))
        .chain(scorer_in_results(view, index))
        .chain(hosted_by_on(view, index))
        .chain(the_subject_club_s_people(view, index))
        .chain(taught_where_studied(view, index))
        .collect();
    // "A, along with B and C, co-founded Y": the people of a list share the verb that follows
    // the list directly.
    let last = list_end(view, index);
    if last > index {
        let gap = view.between(view.placed[last].span.end, view.text.len()).trim_start();
        // ("A, along with B, founded Y": the comma closes the "along with" aside.)
        let along = view.between(view.placed[index].span.end, view.placed[index + 1].span.start).contains("with");
        if !gap.starts_with([',', '(']) || (along && gap.starts_with(',')) {
            found.extend(stated_membership(view, last).into_iter().map(|f| Found { confidence: confidence::LISTED, ..f }));
        }
        return found;
    }
    found.extend(stated_membership(view, index));
    found
}

/// Before a club's players listed as examples, or its coach: " with players like ", " and with
/// such star players as ", " under the Hungarian coach " (group `coach` for the coach).
static CLUB_PEOPLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\bwith\s+(such\s+)?((star|top|great|famous|notable|key|young|talented|international)\s+)*players\s+(like|such\s+as|including|as)\s+$",
        r"|(?P<coach>\bunder\s+(the\s+)?([a-z-]+\s+)?(head\s+)?(coach|manager|trainer)\s+)$",
    ))
    .expect("valid regex")
});

/// "IFK Norrköping won five championships under the Hungarian coach A and with players like B
/// and C", "Barcelona, under X and with such star players as B and C, reached the final": the
/// club that opens the sentence, its subject, and no other organization named before the
/// people (a country may be: "won the Swedish title"). Organizations only: a country's
/// coach is no citizen of it.
fn the_subject_club_s_people(view: &SentenceView, index: usize) -> Option<Found> {
    let first = list_start(view, index);
    let club = view.placed.first().filter(|p| p.kind == EntityType::Organization)?;
    let opens = matches!(view.text[..club.span.start].trim(), "" | "The" | "the");
    let others = view.placed[1..first].iter().any(|p| p.kind == EntityType::Organization);
    let lead = view.text[..view.placed[first].span.start].to_lowercase();
    let captures = CLUB_PEOPLE_LEAD.captures(&lead)?;
    let clause_break = view.between(club.span.end, view.placed[first].span.start).contains([';', ':']);
    // A coach is one person, not a list's.
    let coach = captures.name("coach").is_some();
    if !opens || others || clause_break || first == 0 || (coach && first != index) {
        return None;
    }
    let role = if coach { "coach" } else { "player" };
    Some(Found { target: club.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::LISTED })
}

/// From an organization to the person studied with there: ", where he studied with ", " in
/// Moscow in 1975, and studied there under the supervision of " (a place or a time may come
/// first; no clause break but the one before "where" / "and").
static STUDIED_THERE_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(\s+(in|at)\s+[^,;()]{1,40}?)?\s*,?\s*(where\s+(he|she|they)|and)\s+((also|later|then|first)\s+)?",
        r"(studied|trained|worked|did\s+(his|her|their)\s+([a-z-]+\s+)?(research|doctorate|thesis))\s+(there\s+)?",
        r"(with|under)\s+((the\s+)?(supervision|direction|guidance)\s+of\s+)?((professor|prof\.|dr\.|the\s+([a-z-]+\s+)?(composer|painter|mathematician|physicist|scientist))\s+)?$",
    ))
    .expect("valid regex")
});

/// "He received his doctorate at Northwestern University, where he studied with X", "He was a
/// graduate student at the Steklov Institute in Moscow, and studied there under the
/// supervision of X": the teacher is the organization's (the organization the nearest before
/// the person, only places between).
fn taught_where_studied(view: &SentenceView, index: usize) -> Option<Found> {
    // ("where he studied with A, B and C": each teacher of the list.)
    let first = list_start(view, index);
    let organization =
        view.placed[..first].iter().rev().find(|p| !matches!(p.kind, EntityType::Location | EntityType::Country | EntityType::Misc))?;
    if organization.kind != EntityType::Organization {
        return None;
    }
    let gap = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    STUDIED_THERE_WITH.is_match(&gap).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("teacher")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// Between a team and the parenthesis of its scorers in a results line: its score ("Metz 3 (",
/// "Sussex 285-6 (", "Durham 326 for eight declared (").
static TEAM_SCORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d+(-\d+)?(\s+for\s+\w+)?(\s+declared)?\s*\(\s*$").expect("valid regex"));

/// Inside a scorers' parenthesis, between two names: minutes and runs ("35th , 48th ,", "95
/// not out ,", "pen", "and"). Not a semicolon: a cricket card's bowlers after it ("( A 100 not
/// out ; B 4-31 )") bowled for the other side.
static SCORERS_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s,]*((\d+(st|nd|rd|th)?|not|out|and|pen|penalty|min|minute|minutes|\+\d+)[\s,]*)*$").expect("valid regex")
});

/// Whether `target` is a demonym right before a state body it names: "the Serbian police", "the
/// Finnish Army", "the Soviet Navy".
fn is_national_body(text: &str, target: &super::sentence::Placed) -> bool {
    let words: Vec<String> = text[target.span.end..]
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // The body closes its phrase: "the Finnish police station" is a station.
    let closes = |next: &str| next.is_empty() || !next.chars().all(char::is_lowercase) || WORDS_AFTER_A_PHRASE.contains(&next);
    let body = crate::text::roles::state_body_at_start(&words);
    target.kind == EntityType::Country
        && countries::by_demonym(target.text).is_some()
        && body.is_some_and(|length| closes(words.get(length).copied().unwrap_or_default()))
}

/// Words that may follow a noun phrase without extending it ("the Serbian police and ...").
const WORDS_AFTER_A_PHRASE: &[&str] = &[
    "and", "or", "in", "for", "during", "since", "from", "until", "as", "at", "of", "to", "with", "on", "before", "after", "when", "where",
    "but",
];

/// A goal's minute in parentheses right after the name: " ( 5th )", " ( 24th , pen )".
static MINUTE_IN_PARENTHESES: LazyLock<Regex> = LazyLock::new(|| Regex::new(&[r"^\s*", MINUTE, ""].concat()).expect("valid regex"));

/// Regex text: a goal's minute in parentheses ("( 5th )", "( 24th , pen )").
const MINUTE: &str = r"\(\s*\d+(st|nd|rd|th)\b[^()]{0,20}\)";

/// Between two scorers of a team's list: the first's minute, then a comma (" ( 10th ) , ").
static NEXT_SCORER: LazyLock<Regex> = LazyLock::new(|| Regex::new(&[r"^\s*", MINUTE, r"\s*,\s*$"].concat()).expect("valid regex"));

/// A bowler's figures right after the name: " 4-35".
static BOWLING_FIGURES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\d+-\d+").expect("valid regex"));

/// "Metz 3 ( Pires 35th , 48th , 74th ) Strasbourg 1", "Sussex 285-6 ( W. Athey 111 )": a
/// results line's scorers or batsmen in the parenthesis after their team's score are that
/// team's players; not an own goal ("( X 35th og )"), which counts for the other side.
fn scorer_in_results(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = &view.placed[index];
    // "Shelbourne - Mark Rutherford ( 5th )", "Brann - A ( 10th ) , B ( 72nd )": a team, a dash,
    // its scorers each with the minute.
    if MINUTE_IN_PARENTHESES.is_match(&text[person.span.end..]) {
        let mut at = index;
        while let Some(previous) = at.checked_sub(1).map(|i| &view.placed[i]) {
            let gap = &text[previous.span.end..view.placed[at].span.start];
            if previous.kind == EntityType::Organization && matches!(gap.trim(), "-" | "–") {
                return Some(Found { target: previous.entity, role: Some(Cow::Borrowed("player")), confidence: confidence::MEMBERSHIP });
            }
            if previous.kind != EntityType::Person || !NEXT_SCORER.is_match(gap) {
                break;
            }
            at -= 1;
        }
    }
    let open = text[..person.span.start].rfind('(')?;
    if text[open..person.span.start].contains(')') {
        return None;
    }
    // The team right before the parenthesis, its score between.
    let team = view.placed[..index].iter().rev().find(|p| p.span.end <= open)?;
    if team.kind != EntityType::Organization || !TEAM_SCORE.is_match(&text[team.span.end..=open]) {
        return None;
    }
    // Only scorers and their figures between the parenthesis and the person.
    let mut from = open + 1;
    for p in view.placed[..index].iter().filter(|p| p.span.start > open) {
        if p.kind != EntityType::Person || !SCORERS_GAP.is_match(&text[from..p.span.start]) {
            return None;
        }
        from = p.span.end;
    }
    if !SCORERS_GAP.is_match(&text[from..person.span.start]) {
        return None;
    }
    let own_goal = text[person.span.end..]
        .split([',', ')'])
        .next()
        .is_some_and(|entry| entry.split_whitespace().any(|w| matches!(w.to_lowercase().trim_end_matches('.'), "og" | "o.g" | "own")));
    // "Somerset 83 ( D. Millns 4-35 )": wickets for runs are a bowler's, of the other side.
    let bowling = BOWLING_FIGURES.is_match(&text[person.span.end..]);
    // Scorers and batsmen have their minutes or runs; a name alone is no scorer
    // ("Eveningperformance 16-1 ( Chris Rutter )" is a horse, its odds and its jockey).
    let close = text[open..].find(')').map_or(text.len(), |at| open + at);
    let figures = text[open..close].chars().any(|c| c.is_ascii_digit());
    (!own_goal && !bowling && figures).then_some(Found {
        target: team.entity,
        role: Some(Cow::Borrowed("player")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// From an organization to the people who founded it, in the passive: " was founded by ",
/// ", formed by ", " (established in 1901 by ".
static FOUNDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[r"^\s*[,(]?\s*((which|that)\s+)?((was|were|is|has\s+been|had\s+been)\s+)?(originally\s+)?", FOUNDED_IN_YEAR_BY, "$"].concat(),
    )
    .expect("valid regex")
});

/// Regex text: the founding participle and its agent's "by": "founded by ", "established in
/// 1901 by ", "founded in 1978 by a group led by ".
/// The founders may be described first: "formed in Reading in 1989 by childhood friends ".
const FOUNDED_IN_YEAR_BY: &str = concat!(
    r"(founded|co-founded|formed|established)\s+((in|at)\s+[^,;()]{1,40}?\s+){0,2}by\s+(a\s+group\s+([a-z]+\s+){0,3}?(led|headed)\s+by\s+",
    r"|((two|three|four|five|several)\s+)?((childhood|school|high\s+school|college|university|longtime|former)\s+)?",
    r"(friends|classmates|schoolmates|brothers|sisters|siblings|cousins|bandmates|students)\s+)?"
);

/// From an organization described by a copula and a noun phrase to its founders: " is an
/// American rock band formed in 1995 by ", " was a small publishing house, founded by ", " is an
/// American indie / alternative rock band founded by ". The
/// phrase holds words and demonyms only (no other organization, person or place named).
static DESCRIBED_THEN_FOUNDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^\s*\)?\s*(\([^()]*\)\s*)?(is|was|are|were)\s+(an?|the)\s+[\w\s/-]{1,80}?,?\s+", FOUNDED_IN_YEAR_BY, "$"].concat())
        .expect("valid regex")
});

/// "The Acme Foundation was founded by X", "the Acme Quartet, formed by A and B in 1980",
/// "Acme is an American band formed in 1995 by A and B": the organization right before the
/// founders' names (the first of a list), or before its description (demonyms in it passed).
fn founded_by(view: &SentenceView, index: usize) -> Option<Found> {
    // "formed in 1990 by bassist A and guitarist B": each founder may be led by their role.
    let first = list_start_where(view, index, is_list_gap_with_roles);
    let founder = view.placed[first].span.start;
    let gap = |organization: &super::sentence::Placed| {
        without_role_before_name(&pattern_text(view.between(organization.span.end, founder))).to_string()
    };
    let founded = |organization: &super::sentence::Placed| Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("founder")),
        confidence: confidence::MEMBERSHIP,
    };
    let organization = &view.placed[first.checked_sub(1)?];
    if organization.kind == EntityType::Organization && FOUNDED_BY.is_match(&gap(organization)) {
        return Some(founded(organization));
    }
    // Past the description's demonyms ("an American rap rock band") to the organization; one
    // word each ("a United States band" is not read). And past where it was founded: "formed
    // in Liverpool in 2003 by" (a place the model may have tagged as an organization).
    // ("an English rock band": a demonym of no country's, which linking reads as a place.)
    // (Not a place the description names: "a band from Dublin formed by".)
    let word_before = |p: &super::sentence::Placed| view.text[..p.span.start].trim_end().rsplit(' ').next().unwrap_or("");
    let founded_at = |p: &super::sentence::Placed| matches!(word_before(p), "in" | "at");
    let modifier = |p: &super::sentence::Placed| {
        p.text.chars().all(char::is_alphabetic)
            && !matches!(word_before(p), "from" | "of" | "by" | "with" | "for" | "to" | "on")
            && view.text[p.span.end..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_lowercase))
    };
    let passed = |p: &super::sentence::Placed| (p.kind != EntityType::Organization && modifier(p)) || founded_at(p);
    let described = view.placed[..first].iter().rev().find(|p| !passed(p))?;
    let demonyms_only = view.placed[..first].iter().rev().take_while(|p| p.kind == EntityType::Country || passed(p)).all(passed);
    (described.kind == EntityType::Organization && demonyms_only && DESCRIBED_THEN_FOUNDED_BY.is_match(&gap(described)))
        .then(|| founded(described))
}

/// A clause whose subject is "he" or "she": ", where he ", " and she ", " after he ".
static PRONOUN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[\s,;])(where|when|after|before|and|as|while|until|since|then|but)\s+(he|she)\s+").expect("valid regex")
});

/// A verb in the plain form after a word that carries its tense or aspect: "went on to play",
/// "continued to work", "will join", "is set to join", "would later coach" (the adverb kept,
/// group `adverb`).
static AUXILIARY_THEN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b((went|goes|go|going)\s+on\s+to|(continued|continues|began|begins|started|starts|decided|decides|chose|chooses|agreed|agrees|opted|opts|returned|returns)\s+to",
        r"|(is|was|are|were)\s+((set|expected|due|poised|scheduled)\s+)?to|will|would)(?P<adverb>\s+(later|eventually|also|then|briefly|subsequently|soon|ultimately))?\s+(?P<verb>[a-z-]+)\b"
    ))
    .expect("valid regex")
});

/// Plain forms of the verbs of [`VERBS`] and [`ORGANIZATION_VERBS`] and their simple past.
const PLAIN_AND_PAST: &[(&str, &str)] = &[
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
fn auxiliary_read(gap: &str) -> Cow<'_, str> {
    AUXILIARY_THEN_VERB.replace(gap, |c: &regex::Captures| {
        let verb = &c["verb"];
        match PLAIN_AND_PAST.iter().find(|(plain, _)| *plain == verb) {
            Some((_, past)) => c.name("adverb").map_or(past.to_string(), |adverb| format!("{} {past}", adverb.as_str().trim())),
            None => c[0].to_string(),
        }
    })
}

/// An adverb between an auxiliary and its participle ("was also capped", "was later drafted").
static ADVERB_AFTER_AUXILIARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<auxiliary>is|was|were|has\s+been|had\s+been)\s+(?P<adverb>also|later|then|subsequently|eventually|briefly|again|first|initially|formerly|previously)\s+")
        .expect("valid regex")
});

/// The role the first verb that `gap` (lower case, from the subject to the target) ends with
/// states: [`VERBS`] for any target, [`ORGANIZATION_VERBS`] for an organization only. An adverb
/// after an auxiliary is read before it, where the subject's lead takes it ("was also capped
/// for" as "also was capped for").
fn verb_role(gap: &str, target: EntityType) -> Option<&'static str> {
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
fn coordinated_verb_role(
    view: &SentenceView,
    index: usize,
    gap: &str,
    target: &super::sentence::Placed,
    kind: EntityType,
) -> Option<&'static str> {
    verb_role(coordinated_predicate(view, index, gap, target)?, kind)
}

/// The last of the person's coordinated predicates in `gap` (lower-cased, from the person to
/// `target`), as [`coordinated_verb_role`] reads them.
fn coordinated_predicate<'g>(view: &SentenceView, index: usize, gap: &'g str, target: &super::sentence::Placed) -> Option<&'g str> {
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
    if relative || broken || starts_with_possessive(view.text, person.end).is_some() {
        return None;
    }
    Some(second)
}

/// "X was drafted out of A, where he played college baseball for B": a verb of a later
/// clause whose subject is "he" or "she" is the sentence's person's, when they are the only
/// person named before it (not after "X's": "X's father worked at A, where he" is the
/// father). The organization is the first one after the pronoun.
fn pronoun_clause(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = &view.placed[index];
    let only_person = view.placed.iter().take_while(|p| p.span.start < person.span.start).all(|p| p.kind != EntityType::Person);
    if !only_person || starts_with_possessive(text, person.span.end).is_some() {
        return None;
    }
    // The sentence up to the next person.
    let end = view.placed[index + 1..].iter().find(|p| p.kind == EntityType::Person).map_or(text.len(), |p| p.span.start);
    let lower = text[person.span.end..end].to_lowercase();
    let clause = PRONOUN_CLAUSE.find_iter(&lower).last()?;
    // Nobody else the pronoun could be: no relative clause of another referent ("fouled the
    // Argentine, whose coach ... before he joined"), no demonym standing for a person.
    let before = &lower[..clause.start()];
    let relative = before.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "who" | "whose" | "whom"));
    let demonym_between = view.placed[index + 1..]
        .iter()
        .take_while(|p| p.span.start < person.span.end + clause.start())
        .any(|p| p.kind == EntityType::Country && countries::by_demonym(p.text).is_some());
    if relative || demonym_between {
        return None;
    }
    let clause_end = person.span.end + clause.end();
    let target = view.placed[index + 1..].iter().find(|p| p.span.start >= clause_end && p.span.end <= end && is_affiliate(p.kind))?;
    let gap = pattern_text(&text[clause_end..target.span.start]);
    if gap.len() > 80 || gap.contains([',', ';', ':', '(']) {
        return None;
    }
    if let Some(role) = verb_role(&gap, target.kind) {
        return Some(Found { target: target.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::LISTED });
    }
    // "..., when he was commander-in-chief of the Y": a role after a copula.
    let copula = PRONOUN_COPULA.find(&gap)?;
    super::apposition::role_in_clause_at(view, index, clause_end + copula.end())
        .map(|found| Found { confidence: confidence::LISTED, ..found })
}

/// From the person past a description to a parenthesis: " is a German politician (", ", a
/// Swiss footballer (" (group `noun`, the description's last word).
static DESCRIBED_THEN_PARENTHESIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))?\s*(,\s*|,?\s*(is|was)\s+)(an?|the)\s+[^,;()]{0,60}?(?P<noun>[a-z-]+)\s*\($").expect("valid regex")
});

/// A copula opening a pronoun's clause: "was ", "had been ", "became ".
static PRONOUN_COPULA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(is|was|became|had\s+been|has\s+been)\s+").expect("valid regex"));

/// From an organization to the people it lists as its members: ", consisting of ", " (" (a
/// parenthesis of two names or more), "'s line - up consisted of ", "'s members were ".
static MEMBERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*(\(|,?\s*((which|that)\s+)?(consisting|consisted|consists|comprising|comprised|composed)\s+of\s+(the\s+)?",
        r"|('s|’s|')\s+((original|classic|current|first|final|founding)\s+)?(line\s*-?\s*up|lineup|members|membership|squad|roster|team|side)\s+(consisted\s+of|consists\s+of|comprised|included|includes|was|were|are)\s+",
        // "Acme's classic line-up of A, B and C".
        r"|('s|’s|')\s+((original|classic|current|first|final|founding)\s+)?(line\s*-?\s*up|lineup)\s+of\s+)$"
    ))
    .expect("valid regex")
});

/// From an organization to the people a relative clause of its lists: ", which included ",
/// ", whose members were " (read only when the list closes the clause: `listed_members`).
static MEMBERS_IN_A_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*,\s*((which|that)\s+(included|includes|include|featured|features)",
        r"|whose\s+((original|classic|current|first|final|founding)\s+)?(line\s*-?\s*up|lineup|members|membership)\s+(included|includes|include|were|are|was|comprised|consisted\s+of))\s+$"
    ))
    .expect("valid regex")
});

/// From an organization to the people of a list in its role: "'s candidates were ", "'s
/// founding editors included " (group `plural`, the role in the plural).
static ROLE_HOLDERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*('s|’s|')\s+((original|current|first|founding|other|leading|senior|main|principal|early)\s+)?(?P<plural>[a-z-]+)\s+(were|are|included|include|includes)\s+$")
        .expect("valid regex")
});

/// Before an organization, the people of it a list names: "notable former players of the ".
static PEOPLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|\s)((notable|famous|prominent|former|past|current|other)\s+){0,2}(?P<people>players|members|alumni|employees|coaches|managers|founders)\s+(of|at|for)\s+(the\s+)?$")
        .expect("valid regex")
});

/// From that organization to the list: " include ", " have included ", " were ".
/// ("Notable players for Acme in this period included": a time between.)
static INCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((in|during)\s+(this|that|the)\s+(period|era|time|decade|season|years)\s+|in\s+the\s+\d{4}s\s+|at\s+the\s+time\s+)?(include|included|includes|have\s+included|has\s+included|are|were)\s+$")
        .expect("valid regex")
});

/// Between two listed members: a comma or "and", maybe after what the first one plays ("A
/// (vocals), B (guitar) and C").
static MEMBER_LIST_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\([^()]{1,40}\)\s*)?(,|and|,\s*and|&)\s*$").expect("valid regex"));

/// "Acme, consisting of A, B and C", "the Acme Quartet (A, B, C and D)", "Acme's line - up
/// consisted of A (vocals), B (guitar) and C (drums)": the organization right before the list
/// of its members.
fn listed_members(view: &SentenceView, index: usize) -> Option<Found> {
    // "Acme consisted of vocalist A, guitarist B and drummer C": each member may be led by
    // their role, which is then theirs.
    let is_member_gap = |gap: &str| MEMBER_LIST_GAP.is_match(without_role_before_name(gap));
    let first = list_start_where(view, index, is_member_gap);
    if let Some(found) = described_group_members(view, index, first) {
        return Some(found);
    }
    let organization = view.placed.get(first.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let lead = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    let gap = without_role_before_name(&lead);
    // "Notable former players of Acme include A, B and C".
    let before = view.text[..organization.span.start].to_lowercase();
    if let Some(people) = PEOPLE_OF.captures(&before).filter(|_| INCLUDE.is_match(gap)) {
        let role = match &people["people"] {
            "alumni" => "alumnus",
            people => super::sentence::singular_role(people),
        };
        return Some(Found { target: organization.entity, role: Some(Cow::Owned(role.to_string())), confidence: confidence::LISTED });
    }
    // "The Acme Party's candidates were A, B and C": the organization's people in a role.
    if let Some(plural) = ROLE_HOLDERS_LISTED.captures(gap).and_then(|c| c.name("plural")).filter(|p| is_plural_occupation(p.as_str())) {
        let role = super::sentence::singular_role(plural.as_str());
        return Some(Found { target: organization.entity, role: Some(Cow::Owned(role.to_string())), confidence: confidence::LISTED });
    }
    let in_a_clause = MEMBERS_IN_A_CLAUSE.is_match(gap);
    if !MEMBERS_LISTED.is_match(gap) && !in_a_clause {
        return None;
    }
    // A parenthesis lists members when it holds two names or more and nothing else; "which
    // included" its members when the list closes the clause (not "which included Jane Roe
    // among its clients").
    if gap.trim() == "(" {
        let last = list_end_where(view, first, is_member_gap);
        let closes = view.text[view.placed[last].span.end..].trim_start().starts_with(')');
        if last == first || !closes {
            return None;
        }
    } else if in_a_clause {
        let last = list_end_where(view, first, is_member_gap);
        let after = view.text[view.placed[last].span.end..].trim_start();
        if !(after.is_empty() || after.starts_with([',', '.', ';', ')'])) {
            return None;
        }
    }
    let before_member = view.between(view.placed[index - 1].span.end, view.placed[index].span.start);
    let role = role_before_name(before_member).map_or(Cow::Borrowed("member"), |role| Cow::Owned(role.to_string()));
    Some(Found { target: organization.entity, role: Some(role), confidence: confidence::LISTED })
}

/// From a group to the members its description lists: " is an English rock band formed in
/// 1985, consisting of ", " was a trio comprising ".
static DESCRIBED_THEN_CONSISTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(is|was|are|were)\s+(an?|the)\s+[^,;()]{0,80}?\b(band|group|duo|trio|quartet|quintet|ensemble|act|outfit)\b[^;()]{0,60}?,?\s*((which|that)\s+)?((consisting|consists|consisted|composed|made\s+up)\s+of|comprising|comprises|comprised)\s+(the\s+)?$")
        .expect("valid regex")
});

/// "Acme is an English rock band formed in 1985, consisting of A, B and C": the sentence's
/// subject, a group, and the members its description lists (`first` opens the list that holds
/// `view.placed[index]`); only a place or a nationality may be named between.
fn described_group_members(view: &SentenceView, index: usize, first: usize) -> Option<Found> {
    let group =
        view.placed[..first].iter().rposition(|p| !matches!(p.kind, EntityType::Country | EntityType::Location | EntityType::Misc))?;
    let organization = &view.placed[group];
    let opens_the_sentence = view.text[..organization.span.start].trim().trim_start_matches("The").trim().is_empty();
    if organization.kind != EntityType::Organization || !opens_the_sentence {
        return None;
    }
    let gap = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    DESCRIBED_THEN_CONSISTING.is_match(without_role_before_name(&gap)).then(|| {
        let before_member = view.between(view.placed[index - 1].span.end, view.placed[index].span.start);
        let role = role_before_name(before_member).map_or(Cow::Borrowed("member"), |role| Cow::Owned(role.to_string()));
        Found { target: organization.entity, role: Some(role), confidence: confidence::LISTED }
    })
}

/// Before the founders: the sentence opens with the participle ("Founded by ", "Established
/// in 1912 by ", "Co-founded by the brothers ").
static FRONTED_FOUNDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^\s*(originally\s+)?", FOUNDED_IN_YEAR_BY, r"(the\s+)?([a-z-]+\s+){0,2}$"].concat()).expect("valid regex")
});

/// After the founders, up to the organization: " in 1912, the ", ", ".
static FRONTED_FOUNDING_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(in\s+\d{4}\s*)?,\s*(the\s+)?$").expect("valid regex"));

/// "Founded by Sir William Osler in 1912, the History of Medicine Society is ...", "Founded in
/// 1998 by A and B, Acme grew": the sentence opens with the founding; the organization opens
/// the main clause.
fn fronted_founding(view: &SentenceView, index: usize) -> Option<Found> {
    let (first, last) = (list_start(view, index), list_end(view, index));
    let opening = pattern_text(&view.text[..view.placed[first].span.start]);
    let organization = view.placed.get(last + 1).filter(|p| p.kind == EntityType::Organization)?;
    let rest = view.between(view.placed[last].span.end, organization.span.start).to_lowercase();
    (FRONTED_FOUNDING.is_match(&opening) && FRONTED_FOUNDING_END.is_match(&rest)).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("founder")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// What the construction after `view.placed[index]` (a person) states.
fn stated_membership(view: &SentenceView, index: usize) -> Vec<Found> {
    // The first affiliate the construction reaches: "X is an American actor who joined Y"
    // passes the demonym, and the subject's other names in a parenthesis right after it ("X
    // (Y; 1740 - 1814) was the ruler of Z").
    let aside = parenthesis_after(view.text, view.placed[index].span.end);
    // ("X, the daughter of Y, was a member of Z": the people of a comma aside too.)
    let comma_aside = comma_aside_after(view.text, view.placed[index].span.end);
    let in_an_aside = |p: &super::sentence::Placed| [&aside, &comma_aside].into_iter().flatten().any(|a| a.contains(&p.span.start));
    let Some((at, found)) = view
        .placed
        .iter()
        .enumerate()
        .skip(index + 1)
        .filter(|(_, p)| p.kind != EntityType::Person || !in_an_aside(p))
        .take_while(|(_, p)| p.kind != EntityType::Person)
        .filter(|(at, p)| is_affiliate(p.kind) && !is_league_or_country_before_its_club(view, *at) && !is_misread_field(view.text, p))
        .find_map(|(at, target)| Some((at, membership_with(view, index, target)?)))
    else {
        return fronted(view, index).into_iter().collect();
    };
    // "a pitcher for the Seattle Mariners and Montreal Expos": organizations listed after the
    // first share its role (not after a bare possessive: "X's Huskies and the Knicks" played
    // each other).
    let mut stated = vec![found];
    let mut last = &view.placed[at];
    for next in &view.placed[at + 1..] {
        // (Only a role is shared: an organization found without one lists nothing.)
        let gap = view.between(last.span.end, next.span.start);
        // "played for A (1990-1995), B (1995-1998) and C": each name's years in parentheses.
        let gap = YEARS_ASIDE.find(gap).map_or(gap, |aside| &gap[aside.end()..]);
        let listed = is_list_gap(gap.trim_end().strip_suffix("the").unwrap_or(gap));
        // "the drummer of A as well as the band B", "played for A and later B": another
        // organization of the same role, not the subject of a clause of its own ("founded A,
        // and later B bought it").
        let added = !listed && ADDED_ORGANIZATION.is_match(&gap.to_lowercase()) && !opens_a_clause(view.text, next.span.end);
        // "a member of the Bundestag for the CDU": the party a legislator sits for (not a
        // constituency: "Member of Parliament for Bath").
        let sits_for = matches!(gap.trim(), "for the" | "for") && (is_party_name(next.text) || is_acronym(next.text));
        if sits_for && stated[0].role.as_deref() == Some("member") && next.kind == EntityType::Organization {
            stated.push(Found { target: next.entity, ..stated[0].clone() });
            break;
        }
        if stated[0].role.is_none() || next.kind != last.kind || !(listed || added) {
            break;
        }
        // "... of the Reform Party, CNN reported": the subject of the next clause.
        let verb = view.text[next.span.end..].split_whitespace().next().unwrap_or("");
        if REPORTING_VERBS.contains(&verb.trim_end_matches(|c: char| !c.is_alphabetic())) {
            break;
        }
        stated.push(Found { target: next.entity, ..stated[0].clone() });
        last = next;
    }
    // "X joined Acme from Beta", "moved to Acme from Beta": the organization left for it;
    // "X left Acme for Beta": the organization joined.
    let person_end = view.placed[index].span.end;
    if let Some(other) =
        view.placed.get(at + 1).filter(|p| p.kind == EntityType::Organization && view.placed[at].kind == EntityType::Organization)
    {
        let verb_gap = view.between(person_end, view.placed[at].span.start).to_lowercase();
        let between = view.between(view.placed[at].span.end, other.span.start).trim();
        // ("from the", "from rivals".)
        let between = ["the", "rival", "rivals"]
            .iter()
            .find_map(|w| between.strip_suffix(w).filter(|rest| rest.ends_with(' ')))
            .map_or(between, str::trim_end);
        let moved = match between {
            "from" => MOVE_VERB.is_match(&verb_gap),
            // "X plays for Acme on loan from Beta".
            "on loan from" => MOVE_VERB.is_match(&verb_gap) || PLAY_VERB.is_match(&verb_gap),
            // "X left Acme to join Beta", "quit Acme in 1990 to rejoin Beta".
            "for" | "to join" | "to rejoin" => LEAVE_VERB.is_match(&verb_gap),
            _ => false,
        };
        if moved && stated.iter().all(|s| s.target != other.entity) {
            stated.push(Found { target: other.entity, ..stated[0].clone() });
        }
    }
    // "X, who had worked at Acme, was appointed chief executive of Beta": the aside's
    // organization first, then the main clause's.
    let main_clause = comma_aside.as_ref().map(|aside| aside.end);
    let first_in_aside = main_clause.filter(|&start| view.placed[at].span.end < start);
    // "X left Acme in 1990 and joined Beta": a second verb, after "and", reaches another.
    let second = view.placed[at + 1..].iter().take_while(|p| p.kind != EntityType::Person).filter(|p| is_affiliate(p.kind)).find_map(|p| {
        // "X was elected to the Assembly in 2018 as a member of the Y": the role the clause
        // ends with is the later organization's.
        let as_role = AS_ROLE.is_match(&view.between(view.placed[at].span.end, p.span.start).to_lowercase());
        if as_role || first_in_aside.is_some_and(|start| p.span.start >= start) {
            if let Some(found) = membership_with(view, index, p) {
                return Some(found);
            }
        }
        let gap = pattern_text(view.between(person_end, p.span.start));
        // "X served in the Bundestag for the Y": the organization served there.
        // ("X was transferred from A to B": a verb whose pattern passes the first.)
        let role = coordinated_verb_role(view, index, &gap, p, p.kind)
            .or_else(|| verb_role(&gap, p.kind))
            .filter(|_| gap.len() <= 120 && !gap.contains(';'))?;
        Some(Found { target: p.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::MEMBERSHIP })
    });
    stated.extend(second.filter(|second| stated.iter().all(|s| s.target != second.target)));
    // "Before joining Blur, X was in the band Seymour": the opening phrase's organization too.
    stated.extend(fronted(view, index).filter(|opening| stated.iter().all(|s| s.target != opening.target)));
    stated
}

/// Whether `name` is written as an acronym: "CDU", "SPD", "AfD" (two capitals or more, no
/// space).
fn is_acronym(name: &str) -> bool {
    name.chars().all(char::is_alphanumeric) && name.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// A move from one organization to another, up to the one joined: " joined the ", " moved to ",
/// " signed for ", " was transferred to ".
static MOVE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"(joined|joins|rejoined|moved\s+to|moves\s+to|signed\s+(for|with)|signs\s+(for|with)|((was|were|is)\s+)?(transferred|sold|loaned|traded)\s+to)\s+(the\s+)?$"].concat())
        .expect("valid regex")
});

/// From the person to the club they play for: "plays for the ", "is playing for ".
static PLAY_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"((is|was)\s+)?(plays|played|playing)\s+for\s+(the\s+)?$"].concat()).expect("valid regex")
});

/// From the person to an organization they left for another: "X left Acme for Beta", "quit
/// the Acme for rivals Beta".
static LEAVE_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[lead().as_str(), r"(left|leaves|quit|quits|departed)\s+(the\s+)?$"].concat()).expect("valid regex"));

/// Years in parentheses right after a name in a list: " (1990-1995)", " (1995 – 98)".
static YEARS_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\(\s*\d{4}\s*(-|–|—|to)?\s*(\d{2,4}|present)?\s*\)").expect("valid regex"));

/// Between two organizations of one role, after the first: " as well as the band ", " and later ".
static ADDED_ORGANIZATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*,?\s*(as\s+well\s+as|and\s+(later|then|subsequently|eventually|afterwards|also))\s+(the\s+)?({kind})?$",
        kind = ORGANIZATION_KIND.as_str()
    ))
    .expect("valid regex")
});

/// Whether a lower-case word other than a preposition follows `at`, or a possessive: the name
/// there is the subject of a clause ("and later Acme bought it") or another's owner ("as well
/// as Acme's manager"), not one more object.
fn opens_a_clause(text: &str, at: usize) -> bool {
    if starts_with_possessive(text, at).is_some() {
        return true;
    }
    let word = text[at..].split_whitespace().next().unwrap_or("");
    let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
    word.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            word,
            "in" | "from"
                | "until"
                | "before"
                | "after"
                | "for"
                | "between"
                | "during"
                | "at"
                | "on"
                | "to"
                | "as"
                | "and"
                | "where"
                | "with"
                | "since"
                | "by"
                | "of"
        )
}

/// Whether `view.placed[at]` is the league in "plays for Eredivisie club Ajax" (an
/// organization, a word for a club, then the club's name) or the club's country in "plays for
/// Japanese club Kashima Antlers", "joined the Dutch second-division side Y" (a demonym, up to
/// two words of its standing, a word for an organization, then its name): what the person
/// joined is the club.
fn is_league_or_country_before_its_club(view: &SentenceView, at: usize) -> bool {
    let (before, Some(club)) = (&view.placed[at], view.placed.get(at + 1)) else { return false };
    let gap = view.between(before.span.end, club.span.start).trim().to_lowercase();
    let words: Vec<&str> = gap.split_whitespace().collect();
    let league = before.kind == EntityType::Organization
        && matches!(words[..], ["club" | "side" | "team" | "franchise" | "outfit" | "giants" | "champions"]);
    let demonym = before.kind == EntityType::Country
        && countries::by_demonym(before.text).is_some()
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| is_organization_noun(w));
    club.kind == EntityType::Organization && (league || demonym)
}

/// Verbs a news source reports with: an organization right before one opens a clause.
const REPORTING_VERBS: &[&str] = &["said", "says", "reported", "reports", "told", "added", "announced", "quoted", "stated", "wrote"];

/// Between a person and the organization they are of: "of", "from the", ", of the", "from the
/// musical group", "of the smaller" (one modifier after the article, group `modifier`).
static PERSON_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(,\s*|(?P<parenthesis>\(\s*))?((formerly|previously|once|latterly|originally)\s+)?(of|from|at)(\s+the(\s+(?P<modifier>[a-z0-9-]+))??)?(\s+((musical|rock|pop|jazz|folk|punk)\s+)?(band|group|club|team|party|trio|quartet|duo))?$")
        .expect("valid regex")
});

/// The title right before a name that ends at `name_start`: lower-case role words ("analyst ",
/// "lead guitarist ") or one capitalised role word opening the sentence or set off by a comma
/// or quote ("Judge X", "Analyst X"), as written.
fn title_before(text: &str, name_start: usize) -> Option<&str> {
    let before = &text[..name_start];
    role_before_name(before).or_else(|| {
        let trimmed = before.trim_end();
        let (rest, word) = trimmed.rsplit_once(char::is_whitespace).unwrap_or(("", trimmed));
        let opens = rest.trim_end().is_empty() || rest.trim_end().ends_with([',', '"', '“', ':']);
        (opens && word.starts_with(char::is_uppercase) && is_role_or_occupation(&word.to_lowercase())).then_some(word)
    })
}

/// Whether `role` "for" `target` names a legislator's constituency, a place, not an
/// organization: "a Labour MP for Leeds", "the member for Bath" (not the party a legislator
/// sits for: "a member for the CDU").
pub(super) fn is_constituency_of(role: &str, target: &str) -> bool {
    const LEGISLATORS: &[&str] = &[
        "mp",
        "mps",
        "mep",
        "meps",
        "mla",
        "msp",
        "mpp",
        "td",
        "member",
        "members",
        "senator",
        "congressman",
        "congresswoman",
        "deputy",
        "candidate",
        "candidates",
    ];
    LEGISLATORS.contains(&role.to_lowercase().as_str()) && !(is_party_name(target) || is_acronym(target))
}

/// Words after "of the" that make the organization something other than the person's own:
/// "X of the rival Acme" is still of Acme, "X of the former Acme" too; these are not.
const NOT_PERSON_OF_MODIFIERS: &[&str] = &["anti", "pro", "ex"];

/// A role at the end of the clause: " as a member of the", " as the head coach of", " took
/// over as manager of".
static AS_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    // ("as well as the president of" names another person.)
    // ("as a member of the girl group the Y": the kind of organization may come first.)
    Regex::new(&[r"(^|\s)(?P<well>well\s+)?as\s+((an?|the|its|their)\s+)?((former|longtime|new|first|head|chief|senior|founding)\s+)?(?P<role>[a-z-]+)\s+(of|for|with|at)\s+(the\s+)?(", &ORGANIZATION_KIND, ")?$"].concat())
        .expect("valid regex")
});

/// The organization that the organization `part` (an entity) is part of, as the sentence names
/// it right around it: "Queens College of the City University of New York", "the Kennedy
/// School at Harvard University", "Harvard University's Kennedy School". Not a league its club
/// plays in ("the Boston Celtics of the National Basketball Association").
pub fn whole_organization(view: &SentenceView, part: usize) -> Option<usize> {
    let at = view.placed.iter().position(|p| p.entity == part && p.kind == EntityType::Organization)?;
    let is_whole = |p: &super::sentence::Placed| {
        p.kind == EntityType::Organization
            && p.entity != part
            && !p
                .text
                .split_whitespace()
                .any(|w| matches!(w, "League" | "Association" | "Conference" | "Division" | "Championship" | "Series" | "Tour" | "Cup"))
    };
    if let Some(next) = view.placed.get(at + 1).filter(|p| is_whole(p)) {
        let gap = view.between(view.placed[at].span.end, next.span.start).trim().to_lowercase();
        if matches!(gap.as_str(), "of" | "of the" | "at" | "at the") {
            return Some(next.entity);
        }
    }
    let previous = view.placed.get(at.checked_sub(1)?).filter(|p| is_whole(p))?;
    possessed_organization_after(view, previous).is_some_and(|p| p.span == view.placed[at].span).then_some(previous.entity)
}

/// The organization right after `owner` and its possessive ("Harvard University's Kennedy
/// School"), if any.
fn possessed_organization_after<'v>(view: &'v SentenceView, owner: &super::sentence::Placed) -> Option<&'v super::sentence::Placed<'v>> {
    let text = view.text;
    let n = starts_with_possessive(text, owner.span.end)?;
    let next = view.placed.iter().find(|p| p.span.start >= owner.span.end)?;
    let adjacent = text.get(owner.span.end + n..next.span.start).is_some_and(|rest| rest.trim().is_empty());
    (adjacent && next.kind == EntityType::Organization).then_some(next)
}

/// `text` without what stands in parentheses.
fn without_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// A role set before the subject: "As a member of the Vikings in 1998, Anderson became ...".
static FRONTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*as\s+(an?|the)\s+((former|longtime|new)\s+)?(?P<role>[a-z-]+)\s+(of|for|with|at)\s+(the\s+)?$").expect("valid regex")
});

/// A sentence's opening phrase that places its subject at the organization after it: "With ",
/// "While playing for ", "During his time at ", "After a loan spell with ", "In his first
/// season with ", "After leaving ", "Signed by ", "A product of the " (group `verb` where the
/// phrase says how: playing, signed, working).
static FRONTED_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*(with|while\s+(at|with|(?P<verb>playing|working|serving)\s+(for|with|at|in))|during\s+(his|her|their)\s+",
        r"(time|spell|tenure|stint|years|days)\s+(at|with)|(after|following)\s+(an?|his|her|their)\s+([a-z0-9-]+\s+){0,2}?(spell|stint)\s+(at|with)",
        r"|in\s+(his|her|their)\s+([a-z0-9-]+\s+){0,2}?(season|seasons|campaign)\s+(at|with)",
        // "After three seasons at Y," (seasons, a player's; "after three years at Y" may be a
        // student's).
        r"|(after|following)\s+([a-z0-9-]+\s+){1,2}?seasons\s+(at|with)",
        r"|after\s+(leaving|joining)|before\s+joining|(?P<signed>signed)\s+by|a\s+product\s+of)\s+(the\s+)?$"
    ))
    .expect("valid regex")
});

/// A sentence's opening phrase before the person who led the organization after them: "Under
/// the management of ", "Under the leadership of coach " (group `lead`).
static FRONTED_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*under\s+(the\s+)?(?P<lead>management|leadership|guidance|captaincy|stewardship|direction|presidency|chairmanship|command)\s+of\s+((coach|manager|chairman|president|captain)\s+)?$")
        .expect("valid regex")
});

/// "As a member of Y ..., X": the sentence opens with the role and its organization, and the
/// person opens the main clause.
fn fronted(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = &view.placed[index];
    let found = |organization: &super::sentence::Placed, role: Cow<'static, str>| Found {
        target: organization.entity,
        role: Some(role),
        confidence: confidence::MEMBERSHIP,
    };
    // "Under the management of X, Acme won": the person first, the organization opening the
    // main clause.
    if index == 0 {
        let organization = view.placed.get(1).filter(|p| p.kind == EntityType::Organization)?;
        let opening = text[..person.span.start].to_lowercase();
        let captures = FRONTED_UNDER.captures(&opening)?;
        let rest = text[person.span.end..organization.span.start].trim().to_lowercase();
        let role = match &captures["lead"] {
            "management" => "manager",
            "captaincy" => "captain",
            "command" => "commander",
            "presidency" => "president",
            "chairmanship" => "chairman",
            _ => "leader",
        };
        return matches!(rest.as_str(), "," | ", the").then(|| found(organization, Cow::Borrowed(role)));
    }
    // The organization is the sentence's first mention, the person its second.
    if index != 1 || view.placed[0].kind != EntityType::Organization {
        return None;
    }
    let organization = &view.placed[0];
    let opening = text[..organization.span.start].to_lowercase();
    let rest = &text[organization.span.end..person.span.start];
    let clause = rest.trim_end().strip_suffix(',').is_some_and(|before| before.len() <= 40 && !before.contains([',', ';', ':']));
    if !clause {
        return None;
    }
    // "With Acme, X won two titles", "Signed by Acme in 1995, X", "A product of the Acme
    // academy, X" (a year or the part of a club between, not "With Acme gone, X").
    let part_or_year = rest.trim_end().trim_end_matches(',').split_whitespace().all(|w| {
        matches!(w, "in" | "academy" | "youth" | "system" | "ranks" | "setup" | "team" | "squad" | "side" | "reserves")
            || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
    });
    if let Some(captures) = FRONTED_PLACE.captures(&opening).filter(|_| part_or_year) {
        let role = match (captures.name("verb").map(|v| v.as_str()), captures.name("signed")) {
            (Some("playing"), _) | (_, Some(_)) => "player",
            (Some("working"), _) => "employee",
            _ => "member",
        };
        return Some(found(organization, Cow::Borrowed(role)));
    }
    let captures = FRONTED.captures(&opening)?;
    let word = captures.name("role")?.as_str();
    is_role_or_occupation(word).then(|| found(organization, Cow::Owned(word.to_string())))
}

/// The membership `view.placed[index]` (a person) states with `target`.
fn membership_with(view: &SentenceView, index: usize, target: &super::sentence::Placed) -> Option<Found> {
    let text = view.text;
    let person = view.placed[index].span;
    // "Carl Finn, 61, president of Acme": news gives the age first.
    let gap_text = AGE
        .find(&text[person.end..target.span.start])
        .map_or(&text[person.end..target.span.start], |age| &text[person.end + age.end() - 1..target.span.start]);
    if without_parentheses(gap_text).contains([';', ':']) || gap_text.len() > 200 {
        return None;
    }
    // "is set to join Dutch international Patrick Kluivert": a demonym that describes the next
    // person is theirs.
    let describes_next_person = target.kind == EntityType::Country
        && view.next_mention_after(target.span.end).is_some_and(|(next, gap)| {
            next.kind == EntityType::Person
                && gap.split_whitespace().count() <= 3
                && gap.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-')
        });
    if describes_next_person {
        return None;
    }
    // "X, a graduate of the Sorbonne, worked for Y", "X has, since 2001, been a member of Y".
    let gap_text = &*without_asides(gap_text);
    if gap_text.len() > 160 {
        return None;
    }
    // "X played four seasons (1946-1950) in the NBA as a member of the Y": a role the clause
    // ends with, whatever the person did first (no clause break between).
    if let Some(captures) = AS_ROLE.captures(&gap_text.to_lowercase()).filter(|c| c.name("well").is_none()) {
        let word = &captures["role"];
        let unbroken = without_parentheses(gap_text).chars().all(|c| !matches!(c, ',' | '"' | '“' | '”'));
        // "called up by X to serve as members of": a plural role is a plural subject's.
        if unbroken && is_role_word(word) && !is_plural_occupation(word) && !text[person.end..].trim_start().starts_with("'s") {
            return Some(Found { target: target.entity, role: Some(Cow::Owned(word.to_string())), confidence: confidence::MEMBERSHIP });
        }
    }
    // "co - founded" as tokenized text spells "co-founded".
    let gap = without_examples_lead(pattern_text(gap_text));
    // The last of a series of the subject's predicates ("X began to paint, and in 1870 was
    // appointed professor at Y"), read by the verb and role patterns below; farther than 120
    // bytes, only it reaches the organization.
    let predicate = coordinated_predicate(view, index, &gap, target);
    if gap_text.len() > 120 && predicate.is_none() {
        return None;
    }
    let found = |role: Cow<'static, str>| Some(Found { target: target.entity, role: Some(role), confidence: confidence::MEMBERSHIP });
    // "1. Jane Roe ( France ) Acme 1:55.385": a results table names a competitor's country in
    // parentheses, then their team, then the result.
    let country_in_parentheses =
        view.placed.iter().any(|p| p.kind == EntityType::Country && p.span.start > person.end && p.span.end < target.span.start)
            && results::country_in_parentheses_at_end(gap_text).is_some_and(|at| gap_text[..at].trim().is_empty());
    if target.kind == EntityType::Organization && country_in_parentheses && results::opens_with_result(&text[target.span.end..]) {
        return Some(Found { target: target.entity, role: None, confidence: confidence::MEMBERSHIP });
    }
    // "X (Y)": a party or club in parentheses. Not a dateline: "WASHINGTON (AP)" opening a
    // story is a place and a news agency.
    let dateline = text[..person.start].trim().is_empty() && !view.placed[index].text.chars().any(char::is_lowercase);
    if target.kind == EntityType::Organization && gap.trim() == "(" && text[target.span.end..].trim_start().starts_with(')') && !dateline {
        return Some(Found { target: target.entity, role: None, confidence: confidence::MEMBERSHIP });
    }
    // "X is a German politician (CDU)": the party or club in parentheses right after the
    // occupation that describes the person.
    if let Some(captures) = DESCRIBED_THEN_PARENTHESIS.captures(&gap).filter(|c| is_role_or_occupation(&c["noun"])) {
        if target.kind == EntityType::Organization && text[target.span.end..].trim_start().starts_with(')') {
            return found(Cow::Owned(captures["noun"].to_string()));
        }
    }
    // "Robert Mugabe's Zimbabwe African National Union", "the Sneaker Pimps' Kelli Ali" is the
    // other way round (`titles`): a party or band named as the person's own.
    if target.kind == EntityType::Organization && matches!(gap.trim(), "'s" | "’s") {
        return Some(Found { target: target.entity, role: None, confidence: confidence::PERSONS_ORGANIZATION });
    }
    // "Judge X of the Y", "X of Y said", "guest musicians A and B from the Y", "Dean and Gene
    // from the musical group Y": a person named with the organization they are of.
    // ", formerly of the Y", "(of Y)": a parenthesis must close right after the organization.
    let closes_after = |c: &regex::Captures| c.name("parenthesis").is_none() || text[target.span.end..].trim_start().starts_with(')');
    if let Some(captures) = PERSON_OF.captures(gap.trim()).filter(|c| target.kind == EntityType::Organization && closes_after(c)) {
        // The modifier is lower-case as written: "of the First Acme" is a name cut short.
        let modifier_written_lower = captures.name("modifier").is_none_or(|_| {
            last_word_written_lower(gap_text) && gap_text.split_whitespace().last().is_some_and(|w| !NOT_PERSON_OF_MODIFIERS.contains(&w))
        });
        // "X of Harvard University's Kennedy School": the person is the inner organization's.
        if modifier_written_lower && possessed_organization_after(view, target).is_none() {
            // "analyst Jane Roe of Merrill Lynch", "Judge X of the Y": the title before the name.
            let role = title_before(text, person.start).map(|role| Cow::Owned(role.to_string()));
            return Some(Found { target: target.entity, role, confidence: confidence::PERSON_OF });
        }
    }
    // "Jeffrey Laitman of New York's Mount Sinai School of Medicine": a place's organization;
    // "X of Harvard University's Kennedy School": an organization's.
    let owner = view.placed.iter().rev().find(|p| p.span.start > person.end && p.span.end <= target.span.start);
    if let Some(owner) = owner.filter(|p| p.kind != EntityType::Person) {
        let lead = text[person.end..owner.span.start].trim().to_lowercase();
        let possessive = possessed_organization_after(view, owner).is_some_and(|p| p.span == target.span);
        if possessive && matches!(lead.as_str(), "of" | "from" | "at" | ", of" | ", from") {
            return Some(Found { target: target.entity, role: None, confidence: confidence::PERSON_OF });
        }
    }
    // "X is an English drummer, best known for his work with the band Y".
    // (Not "known for her work with Acme's rivals".)
    if target.kind == EntityType::Organization && KNOWN_FOR_WORK.is_match(&gap) && starts_with_possessive(text, target.span.end).is_none() {
        return found(Cow::Borrowed("member"));
    }
    // "was selected by the Boston Bruins in the second round of the 1999 draft".
    if target.kind == EntityType::Organization
        && SELECTED_BY.is_match(&gap)
        && IN_THE_DRAFT.is_match(&text[target.span.end..].to_lowercase())
    {
        return found(Cow::Borrowed("player"));
    }
    // "was included in Italy's squad for Euro 2012", "was named in the Acme team": a squad
    // the person was picked for (a country's is its national team).
    if SQUAD_LEAD.is_match(&gap) && SQUAD_AFTER.is_match(&text[target.span.end..]) {
        let role = if target.kind == EntityType::Country { "representative" } else { "player" };
        return found(Cow::Borrowed(role));
    }
    // "was inducted into the American Academy of Arts and Sciences", "was admitted to the Royal
    // Society": a learned society's member (not "admitted to St Mary's Hospital", "inducted
    // into the Hall of Fame").
    if target.kind == EntityType::Organization && INDUCTED_INTO.is_match(&gap) {
        return is_learned_society(target.text).then(|| found(Cow::Borrowed("member"))).flatten();
    }
    // "served in the Serbian police": a demonym before a state body is that body, which the
    // organization verbs may reach ("moved to France" stays a journey).
    // (A contract with the Peruvian government is trade, not a player's.)
    let verb_kind = if is_national_body(text, target) && !CONTRACT_GAP.is_match(&gap) { EntityType::Organization } else { target.kind };
    if let Some(role) = verb_role(&gap, verb_kind).or_else(|| verb_role(predicate?, verb_kind)) {
        return found(Cow::Borrowed(role));
    }
    // "was elected on the Acme Party ticket", "ran as the Acme Party candidate": the
    // organization's ticket or candidacy.
    let next_word = text[target.span.end..].split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphabetic());
    if target.kind == EntityType::Organization && TICKET_LEAD.is_match(&gap) && matches!(next_word, "ticket" | "candidate" | "nominee") {
        return found(Cow::Borrowed("candidate"));
    }
    // "scoring 522 goals during his Celtic career": the subject's career at the organization.
    let career = text[target.span.end..].trim_start().starts_with("career");
    let theirs = gap.split_whitespace().last().is_some_and(|w| w == "his" || w == "her");
    if target.kind == EntityType::Organization && career && theirs {
        return found(Cow::Borrowed("member"));
    }
    // "X is an Iranian cleric and politician leading the Y": a description, then a participle.
    if let Some(captures) = DESCRIBED_PARTICIPLE.captures(&gap).filter(|c| is_occupation_word(&c["noun"]) || is_role_word(&c["noun"])) {
        let role = match &captures["verb"] {
            "founding" => "founder",
            "representing" => "representative",
            verb if verb.starts_with("belonging") || verb.starts_with("affiliated") => "member",
            verb if verb.starts_with("playing") => "player",
            verb if verb.starts_with("working") => "employee",
            verb if verb.starts_with("coach") || verb.starts_with("manag") => "coach",
            _ => "leader",
        };
        return found(Cow::Borrowed(role));
    }
    // The kind of organization before its name ends in such a noun: "for the investment firm Y".
    // (Where it is based is no kind: "director of the Gaza-based Y"; a kind after the name
    // makes the words before it its modifiers: "leader of the fundamentalist Hamas group".)
    let kind_after =
        text[target.span.end..].split_whitespace().next().is_some_and(|w| is_organization_noun(w.trim_end_matches([',', '.'])));
    let kind_or_none = |c: &regex::Captures| match c.name("kind").map(|k| k.as_str()) {
        None => true,
        Some(kind) => {
            let modifiers_only = kind.split_whitespace().all(|w| !crate::text::words::is_function_word(w));
            let mut words = kind.split_whitespace().filter(|w| !w.ends_with("-based")).peekable();
            (kind_after && modifiers_only) || words.peek().is_none() || words.last().is_some_and(is_organization_noun)
        }
    };
    // "attorney for the Peruvian silver mining company Y": the demonym is the company's.
    // "the Russian Ambassador to OSCE": an envoy to an organization (to a country is the host).
    // "a news anchor on NBC": a broadcaster's (not "a commentator on France" nor "on Acme's
    // finances").
    let on_the_air = |c: &regex::Captures| {
        c.name("broadcaster").is_none()
            || (target.kind == EntityType::Organization && starts_with_possessive(text, target.span.end).is_none())
    };
    let envoy_to_an_organization =
        |c: &regex::Captures| (c.name("envoy").is_none() || target.kind == EntityType::Organization) && on_the_air(c);
    // "X, Minister of Foreign Affairs Y": a role and its owner right before the next name are
    // that name's title.
    let next_name_s_title =
        view.next_mention_after(target.span.end).is_some_and(|(next, gap)| next.kind == EntityType::Person && only_honorifics(gap));
    // "X was a member of the Soviet team": a demonym's team, which its members represent.
    let national_team = is_national_team(text, target);
    // "X served as the mayor of Toronto, Canada": the office of a place in the country; the
    // places named before it, each set off by a comma, are read past.
    let places_before_country = || {
        let mut end = target.span.start;
        let places: Vec<&super::sentence::Placed> = view
            .placed
            .iter()
            .filter(|p| p.kind == EntityType::Location && p.span.end <= target.span.start && p.span.start > person.end)
            .collect();
        for place in places.iter().rev() {
            let between = &text[place.span.end..end];
            if between.trim() != "," {
                break;
            }
            end = place.span.start;
        }
        (target.kind == EntityType::Country && end < target.span.start)
            .then(|| pattern_text(&text[person.end..end]))
            .filter(|g| ROLE_OF.is_match(g))
    };
    // The gap as the role patterns read it: else the gap past those places; else, "X began to
    // paint, and in 1870 was appointed professor at Y", the last of the subject's predicates.
    let gap_or_predicate = || {
        let field_removed = without_field(&gap);
        if ROLE_OF.is_match(&field_removed) {
            return field_removed;
        }
        if let Some(gap) = places_before_country() {
            return Cow::Owned(gap);
        }
        predicate.map_or(field_removed, |predicate| Cow::Owned(predicate.trim_start().trim_start_matches("and ").to_string()))
    };
    let field_removed = gap_or_predicate();
    if let Some(captures) =
        // ("X as well as the president of Y" names two people.)
        ROLE_OF.captures(&field_removed).filter(|c| {
            kind_or_none(c)
                && envoy_to_an_organization(c)
                && (national_team || !describes_an_organization(text, target))
                && !gap.trim_start().starts_with("as well")
                && !next_name_s_title
                // "X is a French priest and the founder of Y": a second description's
                // organization (a country's the nationality reads).
                && (c.name("coordinated").is_none() || target.kind == EntityType::Organization)
                // "a Labour MP for Leeds", "the member for Bath": a legislator's "for" names the
                // constituency, a place, unless it is the party ("member for the CDU").
                // ("a Member of Parliament for Bath": "for" closes the gap.)
                && !(field_removed.trim_end().ends_with(" for")
                    && c.name("role").is_some_and(|r| is_constituency_of(r.as_str(), target.text)))
                // "an invited speaker at the Congress": a talk, not the chair ("Speaker of").
                && !(c.name("role").is_some_and(|r| r.as_str() == "speaker") && c.name("preposition").is_some_and(|p| p.as_str() != "of"))
                // "a critic of the Guardian Council", "an outspoken critic of Y": an opinion,
                // not a post ("the architecture critic of the Guardian" is one).
                && !c.name("role").is_some_and(|r| r.as_str() == "critic" && is_opinion_critic(&field_removed[..r.start()]))
                // "the bassist in the band Y": "in" with the kind of organization named (not "a
                // lawyer in France", a place of work; not "a leader in the Acme community" or
                // "an officer in the Acme Navy", which the development sets' gold files under
                // no affiliation).
                // "a guitarist in Jane's Addiction": a musician's band.
                // "a deputy in the National Assembly", "a judge on the Supreme Court": a seat in
                // a body ("in" and "on" name where else: "a lawyer in France", "a host on Y").
                && match c.name("preposition").map(|p| p.as_str()) {
                    Some("in") => {
                        target.kind == EntityType::Organization
                            && (c.name("kind").is_some() || c.name("role").is_some_and(|r| is_musician(r.as_str()) || is_legislator(r.as_str())))
                    }
                    _ => c.name("seat").is_none() || target.kind == EntityType::Organization,
                }
        })
    {
        let role =
            captures.name("role").or_else(|| captures.name("envoy")).or_else(|| captures.name("broadcaster")).or_else(|| captures.name("seat"));
        let word = role.map_or("", |m| m.as_str());
        // "the Secretary General of A and B": the whole role phrase the word ends.
        let phrase = role.and_then(|r| find_roles(&field_removed).into_iter().find(|m| m.span.end == r.end() && m.span.start < r.start()));
        let word = phrase.map_or(word, |m| m.role);
        // "X has been Aide to the President of Y": the aide's role, not the president's.
        let aide = role.and_then(|r| AIDE_TO_THE.captures(&field_removed[..r.start()])).and_then(|c| c.name("aide"));
        let word = aide.map_or(word, |a| a.as_str());
        // "X, ex-member of Y": a former holder of the role.
        let word = word.strip_prefix("ex-").unwrap_or(word);
        // "A and B were members of Y": one of them is a member (not "X, representatives of Y
        // and Z", a list).
        let plural_subject = captures.name("plural").is_some();
        // "X was among the founders of Y", "one of the members of Y": one of them.
        let one_among = role.is_some_and(|r| {
            let before = &field_removed[..r.start()];
            before.contains("among the ") || before.contains("one of the ")
        });
        let word = word.strip_suffix('s').filter(|one| (plural_subject || one_among) && is_role_word(one)).unwrap_or(word);
        // A member of a country's team represents it; its coach or captain keeps that role.
        if national_team && matches!(word, "member" | "part") {
            return found(Cow::Borrowed("representative"));
        }
        // "X, singer from Y": someone from an organization is of it.
        if is_role_or_occupation(word) {
            return found(Cow::Owned(word.to_string()));
        }
    }
    // "X, a former Y executive".
    if target.kind == EntityType::Organization && APPOSITION_LEAD.is_match(&gap) {
        let after = text[target.span.end..].trim_start();
        let word = after.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
        // (Not "the Y chairman's wife": someone else's role.)
        let possessed = starts_with_possessive(after, word.len()).is_some();
        // (Nor "the Ford Foundation Professor of Economics at MIT": a chair named for its
        // donor, held at MIT.)
        let named_chair = super::apposition::is_named_chair(word, &after[word.len()..]);
        if !word.is_empty() && is_role_or_occupation(word) && !possessed && !named_chair {
            return found(Cow::Owned(word.to_lowercase()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;
    use EntityType::{Country, Organization, Person};

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<(usize, Option<String>)> {
        all_found(text, mentions).into_iter().next()
    }

    /// Every (target, role) the person at 0 states in `text`, in order.
    fn all_found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Vec<(usize, Option<String>)> {
        membership(&view(text, mentions), 0).into_iter().map(|f| (f.target, f.role.map(|r| r.into_owned()))).collect()
    }

    /// The targets alone of [`all_found`].
    fn all_targets(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Vec<usize> {
        all_found(text, mentions).into_iter().map(|(target, _)| target).collect()
    }

    fn org(text: &str, name: &'static str) -> Option<(usize, Option<String>)> {
        found(text, &[("Jane Roe", 0, Person), (name, 1, Organization)])
    }

    /// Each of `stated` makes Jane Roe a member of Acme in that role; none of `not_stated` does.
    fn assert_acme_roles(stated: &[(&str, &str)], not_stated: &[&str]) {
        for (text, role) in stated {
            assert_eq!(org(text, "Acme"), Some((1, Some(role.to_string()))), "{text}");
        }
        for text in not_stated {
            assert_eq!(org(text, "Acme"), None, "{text}");
        }
    }

    #[test]
    fn named_chairs_show_hosts_and_lists_opened_by_their_kind() {
        assert_acme_roles(
            &[
                ("Jane Roe is an Acme professor of law.", "professor"),
                ("The Late Show is a talk show hosted by Jane Roe on Acme.", "presenter"),
                ("It was hosted by Jane Roe, for the Acme network.", "presenter"),
                ("Jane Roe is a fellow of several academies, including the Acme.", "fellow"),
                ("Jane Roe is a fellow of three major academies namely, the Acme.", "fellow"),
                ("Jane Roe worked for companies such as Acme.", "employee"),
                ("Jane Roe was recruited to play lead guitar for Acme.", "member"),
                ("Jane Roe played drums and percussion with Acme from 1990.", "member"),
                ("Jane Roe sang backing vocals for Acme.", "member"),
                ("Jane Roe was selected by Acme in the second round of the 1999 NHL Entry Draft.", "player"),
                ("Jane Roe was picked by the Acme with the 45th overall pick.", "player"),
                ("Jane Roe was drafted 45th overall by Acme.", "player"),
                ("Jane Roe was drafted in the second round by the Acme.", "player"),
                ("Jane Roe is an English musician, songwriter and producer, best known as the frontman of Acme.", "frontman"),
            ],
            &[
                // A chair named for its donor, held at Beta.
                "Jane Roe is the Acme Professor of Law at Beta.",
                "The gala was hosted by Jane Roe on behalf of Acme.",
                "The show, created by Jane Roe on Acme.",
                // No kind of organization; no role or verb.
                "Jane Roe is a fan of several stars, including the Acme.",
                "Jane Roe praised several companies, including Acme.",
                // An instrument's maker.
                "Jane Roe played a guitar made by Acme.",
                // Chosen for something else than a team's draft.
                "Jane Roe was selected by Acme to lead the project.",
                "Jane Roe was chosen by Acme in 1990 as its auditor.",
            ],
        );
    }

    #[test]
    fn a_second_verb_after_and_reaches_its_organization() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let targets = |text: &str| all_found(text, &acme_beta);
        let member = |target| (target, Some("member".to_string()));
        assert_eq!(targets("Jane Roe left Acme in 1990 and joined Beta."), [member(1), member(2)]);
        assert_eq!(targets("Jane Roe became a major Acme shareholder and joined Beta."), [member(2)]);
        // A series of verbs set off by a comma, the first right after the name.
        assert_eq!(targets("Jane Roe retired from Acme in 1990, joined Beta and then left."), [member(1), member(2)]);
        // (An aside after the name is read past: the series is the person's.)
        assert_eq!(targets("Jane Roe, a lawyer, met Acme staff, joined Beta."), [member(2)]);
        assert_eq!(targets("Jane Roe's lawyer met Acme staff, joined Beta."), Vec::new());
        assert_eq!(org("Jane Roe became a major shareholder and joined the Acme board.", "Acme"), Some((1, Some("member".into()))));
        // Not another subject's verb, nor across a clause break.
        assert_eq!(targets("Jane Roe met the man who ran Acme and joined Beta."), []);
        assert_eq!(targets("Jane Roe's son sued Acme and joined Beta."), []);
        assert_eq!(targets("Jane Roe sued Acme, and Bob joined Beta."), []);
    }

    #[test]
    fn the_last_of_a_series_of_predicates_and_its_time() {
        assert_acme_roles(
            &[
                ("Jane Roe in 1990 joined the Acme.", "member"),
                ("Jane Roe studied law, and in February 1870 was appointed professor at the Acme.", "professor"),
                ("Jane Roe began to paint, in 1859 received a medal, and was appointed professor at the Acme.", "professor"),
                (
                    "Jane Roe began to produce her early works, in 1859 received the Legion of Honour, and in February 1870 was appointed professor at the Acme.",
                    "professor",
                ),
                ("Jane Roe studied law and later became the chairman of Acme.", "chairman"),
                ("Jane Roe signed a two-year contract with Acme.", "player"),
                ("Jane Roe will be formally installed as head of the ruling Acme next Tuesday.", "head"),
                ("Jane Roe was sworn in as president of the Acme.", "president"),
                ("Jane Roe, director of the Gaza-based Acme, said.", "director"),
                ("Jane Roe, a trader at Acme, said.", "trader"),
                ("Jane Roe is an aid worker with Acme.", "worker"),
                ("Jane Roe was famous for her coaching in Acme, winning medals.", "coach"),
                ("Jane Roe is an English drummer, best known for his work with the band Acme.", "member"),
                ("Jane Roe, known for her tenure at Acme, retired.", "member"),
                ("Jane Roe was a French priest and the founder of both the Acme and the Beta.", "founder"),
                ("Jane Roe is the spiritual leader of the fundamentalist Acme group.", "leader"),
                ("Jane Roe resigned as Acme chairman on Monday.", "chairman"),
                ("Jane Roe, the architecture critic of the Acme, wrote.", "critic"),
            ],
            &[
                // Not a piece that opens with a name (another subject), nor a talk at an event.
                "Jane Roe began to paint, Paris received a medal, and was appointed professor at the Acme.",
                "Jane Roe won a prize, and was an invited speaker at the Acme.",
                "Jane Roe is known for her work with Acme's rivals.",
                "Jane Roe is a critic of the Acme.",
                "Jane Roe has been an outspoken critic of Acme since 1990.",
            ],
        );
        // A list of places or a place's country between the predicates; not a place opening a
        // piece after something else.
        let (lyon, paris, france) = (("Lyon", 2, EntityType::Location), ("Paris", 3, EntityType::Location), ("France", 4, Country));
        let (jane, acme) = (("Jane Roe", 0, Person), ("Acme", 1, Organization));
        for (text, mentions) in [
            (
                "Jane Roe exhibited in Lyon, Paris and France in the 1850s, and was elected to the Acme.",
                vec![jane, lyon, paris, france, acme],
            ),
            ("Jane Roe was born in Lyon, France, and joined the Acme in 1990.", vec![jane, lyon, france, acme]),
        ] {
            let v = view(text, &mentions);
            assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1), "{text}");
        }
        let v = view("Jane Roe began to paint, Paris received a medal, and was appointed professor at the Acme.", &[jane, paris, acme]);
        assert!(membership(&v, 0).is_empty(), "{:?}", membership(&v, 0));
        let canada =
            [("Jane Roe", 0, Person), ("Toronto", 2, EntityType::Location), ("Ontario", 3, EntityType::Location), ("Canada", 1, Country)];
        assert_eq!(found("Jane Roe served as the mayor of Toronto, Ontario, Canada.", &canada), Some((1, Some("mayor".into()))));
        assert_eq!(found("Jane Roe was a lawyer in Toronto, Ontario, Canada.", &canada), None);
        let headline = [("JANE ROE", 0, Person), ("ACME", 1, Organization)];
        assert_eq!(found("CRICKET - JANE ROE SIGNS FOR ACME .", &headline), Some((1, Some("player".into()))));
        assert_eq!(found("SOCCER - JANE ROE RESIGNS AS ACME MANAGER .", &headline), Some((1, Some("manager".into()))));
        let people = [("Jane Roe", 0, Person), ("Bob Poe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe began to paint, met Bob Poe, and was appointed professor at the Acme.", &people);
        assert!(membership(&v, 0).is_empty(), "someone else named among the predicates");
        // A contract with a government is trade, not a player's club.
        let v =
            view("Jane Roe signed a major contract with the Peruvian government.", &[("Jane Roe", 0, Person), ("Peruvian", 1, Country)]);
        assert!(membership(&v, 0).is_empty(), "{:?}", membership(&v, 0));
    }

    /// Each text names the people at `people` (indices into `mentions`) founders of entity 1.
    fn assert_founders(texts: &[&str], mentions: &[(&'static str, usize, EntityType)], people: std::ops::Range<usize>) {
        for text in texts {
            let v = view(text, mentions);
            for person in people.clone() {
                assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))), "{text}");
            }
        }
    }

    #[test]
    fn an_organization_that_took_someone_on_or_is_led_by_them() {
        for (text, role) in [
            ("The Society of Jesus appointed his successor, Jane Roe from Venezuela.", None),
            ("Acme drafted Jane Roe in 1984.", Some("player")),
            ("Acme hired former coach Jane Roe.", Some("employee")),
            ("Acme, under Jane Roe, won the cup.", Some("leader")),
            ("Acme has named Jane Roe chief executive.", None),
            ("A study by Acme headed by Jane Roe says so.", Some("leader")),
            ("Acme, led by its founder Jane Roe, opened.", Some("founder")),
            ("Acme, which is chaired by Jane Roe, met.", Some("chair")),
            ("Acme (coached by Jane Roe) won.", Some("coach")),
            ("Acme was fronted by Jane Roe until 1990.", Some("frontman")),
            ("Acme was then managed by Jane Roe.", Some("manager")),
            ("Acme, under the leadership of its founder Jane Roe, grew.", Some("leader")),
            ("Acme, under the command of Jane Roe, attacked.", Some("commander")),
            ("Activists from the Acme, headed by former prime minister Jane Roe, fought.", Some("leader")),
            ("Acme sack coach Jane Roe.", Some("coach")),
            ("Acme fired its chief executive Jane Roe.", Some("chief executive")),
        ] {
            let organization = if text.contains("Society") { "Society of Jesus" } else { "Acme" };
            let v = view(text, &[(organization, 1, Organization), ("Jane Roe", 2, Person)]);
            assert_eq!(membership(&v, 1).first().map(|f| (f.target, f.role.as_deref())), Some((1, role)), "{text}");
        }
        for text in [
            "Acme, led by example, Jane Roe said.",
            "Acme fired Jane Roe a warning.",
            "Acme, named after Jane Roe, opened.",
            "Acme signed a deal with Jane Roe.",
            "Acme was praised under Jane Roe's rival.",
            // Led by someone else's act, or a thing of the organization led.
            "Acme's bid, led by Jane Roe, failed.",
            "Acme was led by a team of Jane Roe's students.",
            "Acme beat the side led by Jane Roe.",
        ] {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person)]);
            assert!(membership(&v, 1).is_empty(), "{text}");
        }
    }

    #[test]
    fn people_named_along_with_a_member_are_members() {
        let v = view(
            "He is a member of the group Acme Trio, along with drummer Jane Roe and B3 organ player John Doe.",
            &[("Acme Trio", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person)],
        );
        for person in [1, 2] {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))));
        }
        // Not a membership: beside the organization, or along with it as a guest.
        for text in ["He played Acme Trio songs, along with drummer Jane Roe.", "He toured with Acme Trio, along with Jane Roe."] {
            let v = view(text, &[("Acme Trio", 1, Organization), ("Jane Roe", 2, Person)]);
            assert!(membership(&v, 1).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_later_clause_of_he_or_she() {
        let mentions = [("Jane Roe", 0, Person), ("Acme University", 1, Organization), ("Beta Huskies", 2, Organization)];
        let text = "Jane Roe was drafted out of Acme University, where she played college baseball for the Beta Huskies.";
        let v = view(text, &mentions);
        let mut targets: Vec<usize> = membership(&v, 0).into_iter().map(|f| f.target).collect();
        targets.sort_unstable();
        assert_eq!(targets, [1, 2]);
        for text in [
            "Jane Roe's father studied at Acme University, where he played college baseball for the Beta Huskies.",
            "Jane Roe met Acme University, where she watched the Beta Huskies.",
        ] {
            let v = view(text, &mentions);
            assert!(membership(&v, 0).iter().all(|f| f.target != 2), "{text}");
        }
        let argentine = [("Jane Roe", 0, Person), ("Argentine", 4, Country), ("Beta Huskies", 2, Organization)];
        let v = view("Jane Roe fouled the Argentine, whose coach before he joined the Beta Huskies was Bob.", &argentine);
        assert!(membership(&v, 0).is_empty(), "the pronoun may be another's");
        let v = view("Jane Roe fouled the Argentine before he joined the Beta Huskies.", &argentine);
        assert!(membership(&v, 0).is_empty(), "a demonym may stand for a person");
        // A role after a copula: "..., when she was commander-in-chief of the Y".
        let text = "An order issued by Jane Roe in 1776, when she was commander-in-chief of the Beta Huskies, said so.";
        let v = view(text, &[("Jane Roe", 0, Person), ("Beta Huskies", 2, Organization)]);
        let found: Vec<(usize, String)> = membership(&v, 0).into_iter().map(|f| (f.target, f.role.unwrap().into_owned())).collect();
        assert_eq!(found, [(2, "commander-in-chief".to_string())]);
        let v =
            view("Jane Roe left, when she was a fan of the Beta Huskies.", &[("Jane Roe", 0, Person), ("Beta Huskies", 2, Organization)]);
        assert!(membership(&v, 0).is_empty(), "no role");
        let others = [("Jane Roe", 0, Person), ("John Doe", 3, Person), ("Beta Huskies", 2, Organization)];
        let v = view("Jane Roe met John Doe, and he played for the Beta Huskies.", &others);
        assert!(membership(&v, 0).is_empty(), "another person is named before the clause");
    }

    /// The (target, role) pairs [`membership`] finds for the person at `index` of `mentions`.
    fn targets_and_roles(text: &str, mentions: &[(&str, usize, EntityType)], index: usize) -> Vec<(usize, Option<String>)> {
        let v = view(text, mentions);
        membership(&v, index).into_iter().map(|f| (f.target, f.role.map(|r| r.to_string()))).collect()
    }

    #[test]
    fn an_organization_s_relative_clause_gives_the_person_a_post() {
        let post = |text: &str| targets_and_roles(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person)], 1);
        assert_eq!(post("The Acme, of which Jane Roe was a member, campaigned for reform."), [(1, Some("member".to_string()))]);
        assert_eq!(post("The Acme, of which Jane Roe was later the president, grew."), [(1, Some("president".to_string()))]);
        assert_eq!(post("The Acme, to which Jane Roe belonged, grew."), [(1, Some("member".to_string()))]);
        for text in [
            "The Acme, of which Jane Roe was the subject, grew.",
            "The Acme, of which Jane Roe wrote, grew.",
            "The Acme, to which Jane Roe was a visitor, grew.",
        ] {
            assert!(post(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_founder_named_after_with_founded_it_too() {
        let founders =
            |text: &str| targets_and_roles(text, &[("Jane Roe", 2, Person), ("Acme", 1, Organization), ("John Doe", 3, Person)], 2);
        for text in [
            "Jane Roe co-founded Acme with John Doe.",
            "Jane Roe founded the Acme in 1990 together with her brother John Doe.",
            "Jane Roe later formed Acme with John Doe.",
        ] {
            assert_eq!(founders(text), [(1, Some("founder".to_string()))], "{text}");
        }
        for text in [
            "Jane Roe joined Acme with John Doe.",
            "Jane Roe, who founded Acme, met with John Doe.",
            "Jane Roe founded Acme and met with John Doe.",
        ] {
            assert!(founders(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_organization_listing_its_members() {
        let members = |text: &str| -> Vec<Vec<usize>> {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Ann Lee", 4, Person)]);
            (1..4).map(|person| membership(&v, person).into_iter().map(|f| f.target).collect()).collect()
        };
        for text in [
            "Acme, consisting of Jane Roe, John Doe and Ann Lee, released three albums.",
            "The Acme (Jane Roe, John Doe and Ann Lee) toured Europe.",
            "Acme's line - up consisted of Jane Roe (vocals), John Doe (guitar) and Ann Lee (drums).",
            "Acme's original members were Jane Roe, John Doe, and Ann Lee.",
            "Acme's squad included Jane Roe, John Doe and Ann Lee.",
            "Notable former players of Acme include Jane Roe, John Doe and Ann Lee.",
            "Notable players for Acme in this period included Jane Roe, John Doe and Ann Lee.",
            // The sentence's subject, a group, its description, then the members it lists.
            "Acme is a rock band formed in 1985, consisting of Jane Roe, John Doe and Ann Lee.",
            "The Acme was a folk trio comprising singer Jane Roe, John Doe and Ann Lee.",
            "Acme, which included Jane Roe, John Doe and Ann Lee, formed in 1985.",
            "Acme, whose members were Jane Roe, John Doe and Ann Lee, formed in 1985.",
            "Acme's classic line - up of Jane Roe, John Doe and Ann Lee toured Europe.",
        ] {
            assert_eq!(members(text), [vec![1], vec![1], vec![1]], "{text}");
        }
        for text in [
            "Acme, against Jane Roe, John Doe and Ann Lee, won.",
            "Acme is a company consisting of Jane Roe, John Doe and Ann Lee.",
            "They beat Acme, a band consisting of Jane Roe, John Doe and Ann Lee.",
            "Acme (Jane Roe) met John Doe and Ann Lee.",
            "Acme, which included Jane Roe, John Doe and Ann Lee among its clients, grew.",
            "Notable rivals of Acme include Jane Roe, John Doe and Ann Lee.",
            "The Acme (Jane Roe, John Doe and Ann Lee 's rivals) toured Europe.",
        ] {
            assert!(members(text).iter().all(Vec::is_empty), "{text}");
        }
        let v = view(
            "Jane Roe and John Doe were members of the Acme.",
            &[("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Acme", 1, Organization)],
        );
        for person in [0, 1] {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))));
        }
    }

    #[test]
    fn a_place_of_service_then_the_organization_served_there() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let targets = |text: &str| all_found(text, &acme_beta);
        let role = |target, role: &str| (target, Some(role.to_string()));
        assert_eq!(targets("Jane Roe served in the Acme for the Beta from 1969 to 1983."), [role(1, "member"), role(2, "member")]);
        assert_eq!(targets("Jane Roe played in the Acme for the Beta."), [role(2, "player")]);
        assert_eq!(org("Jane Roe was elected to parliament for the Acme Party in 1997.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe sat in the upper house for Acme.", "Acme"), Some((1, Some("member".into()))));
        // Not a country served; not a clause break or a purpose between.
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe served in the army for France.", &france), None);
        assert_eq!(org("Jane Roe played in the final, a win for Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe sat in the stands cheering for Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe played in the game he scored for Acme.", "Acme"), None);
    }

    #[test]
    fn the_subject_club_s_players_and_coach() {
        let people = [("Acme", 0, Organization), ("Jane Roe", 1, Person), ("John Doe", 2, Person), ("Ann Poe", 3, Person)];
        let roles = |text: &str| -> Vec<Option<(usize, Option<String>)>> {
            let v = view(text, &people);
            (1..4).map(|i| membership(&v, i).first().map(|f| (f.target, f.role.as_deref().map(str::to_string)))).collect()
        };
        let club = |role: &str| Some((0, Some(role.to_string())));
        assert_eq!(
            roles("Acme won five titles under the Hungarian coach Jane Roe and with players like John Doe and Ann Poe."),
            [club("coach"), club("player"), club("player")]
        );
        assert_eq!(
            roles("Acme, under Jane Roe and with such star players as John Doe and Ann Poe, reached the final."),
            [club("leader"), club("player"), club("player")]
        );
        // Not where the club does not open the sentence, nor past another organization.
        let none = [None, None, None];
        assert_eq!(roles("Fans of Acme cheered Jane Roe, with players like John Doe and Ann Poe."), none);
        let past = [("Acme", 0, Organization), ("Beta", 1, Organization), ("Jane Roe", 2, Person)];
        let v = view("Acme beat Beta with players like Jane Roe.", &past);
        assert_eq!(membership(&v, 2).first().map(|f| f.target), None);
    }

    #[test]
    fn the_teacher_studied_with_at_the_organization() {
        let acme = [("Acme", 0, Organization), ("Jane Roe", 1, Person)];
        let teacher = |text: &str| {
            let v = view(text, &acme);
            membership(&v, 1).first().map(|f| (f.target, f.role.as_deref().map(str::to_string)))
        };
        for text in [
            "He received his doctorate at Acme, where he studied with Jane Roe.",
            "He was a graduate student at Acme in Moscow in 1975, and studied there under the supervision of Jane Roe.",
            "She trained at Acme, where she studied under the composer Jane Roe.",
        ] {
            assert_eq!(teacher(text), Some((0, Some("teacher".into()))), "{text}");
        }
        let list = [("Acme", 0, Organization), ("John Doe", 1, Person), ("Jane Roe", 2, Person)];
        let v = view("He attended Acme, where he studied with John Doe and Jane Roe.", &list);
        assert_eq!(membership(&v, 2).first().map(|f| f.target), Some(0), "each of a list");
        for text in [
            "He left Acme, where he had met Jane Roe.",
            "He studied at Acme; later he studied with Jane Roe.",
            "Acme studied with Jane Roe the plan.",
        ] {
            assert_eq!(teacher(text), None, "{text}");
        }
    }

    #[test]
    fn taken_into_a_learned_society_or_a_leading_figure_of_a_body() {
        let member = Some((1, Some("member".to_string())));
        assert_eq!(org("Jane Roe was inducted into the Acme Academy of Sciences in 1990.", "Acme Academy of Sciences"), member);
        assert_eq!(org("Jane Roe was admitted as a foreign member to the Acme Society.", "Acme Society"), member);
        assert_eq!(org("Jane Roe was admitted to Acme Hospital.", "Acme Hospital"), None);
        assert_eq!(org("Jane Roe was inducted into the Acme Hall of Fame.", "Acme Hall of Fame"), None);
        assert_acme_roles(
            &[
                ("Jane Roe was a prominent figure in the Acme Party.", "member"),
                ("Jane Roe was one of the leading figures of the Acme Society.", "member"),
                ("Jane Roe was a delegate to the Acme Congress.", "delegate"),
            ],
            &["Jane Roe was a prominent critic of the Acme Party.", "Jane Roe was a leading figure against the Acme."],
        );
    }

    #[test]
    fn an_athlete_s_event_then_the_side() {
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        for text in [
            "Jane Roe competed in the women's singles event for France.",
            "Jane Roe competed at the 1912 Summer Olympics for France.",
            "Jane Roe won a bronze medal in the K-4 500 m event for France.",
            "Jane Roe competed in the women's 100 metres at the 1996 Summer Olympics, representing France.",
        ] {
            assert_eq!(found(text, &france), Some((1, Some("representative".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe competed in the relay for Acme.", "Acme"), Some((1, Some("representative".into()))));
        // Not another side's, nor a prize: "won by", "against", a win without a medal.
        for text in [
            "Jane Roe competed in the race won by Beta for France.",
            "Jane Roe competed in the final against Beta for France.",
            "Jane Roe won in the final for France.",
            "Jane Roe competed in the final, a win for France.",
        ] {
            assert_eq!(found(text, &france), None, "{text}");
        }
    }

    #[test]
    fn sports_moves_loans_and_goals() {
        assert_acme_roles(
            &[
                ("Jane Roe netted her 20th goal of the season for Acme.", "player"),
                ("Jane Roe hit a consolation goal for Acme.", "player"),
                ("Jane Roe hit her 30th homer for the Acme.", "player"),
                ("Jane Roe, on loan from Acme, scored twice.", "player"),
                ("Jane Roe completed her move to Acme on Friday.", "player"),
                ("Jane Roe rode for Acme in the Tour de France.", "rider"),
                ("Jane Roe drives for Acme in Formula One.", "driver"),
            ],
            &[
                "Jane Roe scored her first goal against Acme.",
                "Jane Roe rode past Acme fans.",
                "Jane Roe drove to Acme's stadium.",
                "Jane Roe headed for Acme's offices.",
                "Jane Roe hit the ball for Acme's fans.",
            ],
        );
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe, on loan from France, scored.", &france), None, "organizations only");
    }

    #[test]
    fn a_results_table_names_the_competitor_s_team_after_their_country() {
        let row = [("Jane Roe", 0, Person), ("France", 2, Country), ("Acme", 1, Organization)];
        for text in [
            "1. Jane Roe ( France ) Acme 1:55.385",
            "4. Jane Roe (France) Acme",
            "10. Jane Roe ( France ) Acme same time",
            "Jane Roe (France) Acme one lap",
        ] {
            let v = view(text, &row);
            assert!(membership(&v, 0).iter().any(|f| f.target == 1), "{text}");
        }
        for text in ["Jane Roe (France) Acme said on Monday.", "Jane Roe (France) beat Acme 2-1."] {
            let v = view(text, &row);
            assert!(membership(&v, 0).iter().all(|f| f.target != 1), "{text}");
        }
    }

    #[test]
    fn a_role_before_the_next_name_is_that_name_s_title() {
        let row = [("Jane Roe", 0, Person), ("Finance", 1, Organization), ("John Doe", 2, Person)];
        let v = view("He met Jane Roe , Minister of Finance John Doe and others.", &row);
        assert!(membership(&v, 0).is_empty());
        let v = view("He met Jane Roe , Minister of Finance , and John Doe.", &row);
        assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1));
    }

    #[test]
    fn squads_academies_and_a_career_s_clubs() {
        assert_acme_roles(
            &[
                ("Jane Roe came through the youth ranks at Acme.", "player"),
                ("Jane Roe spent the 2005-06 season on loan at Acme.", "member"),
                ("Jane Roe is a former footballer who played as a striker, most notably for Acme.", "player"),
                ("Jane Roe was named in the Acme squad for the final.", "player"),
                ("Jane Roe is a Canadian ice hockey defenceman currently playing with the Acme.", "player"),
            ],
            // Not a squad picked for: a report, a match against it.
            &["Jane Roe was named in the Acme report.", "Jane Roe scored against the Acme squad."],
        );
        let italy = [("Jane Roe", 0, Person), ("Italy", 1, Country)];
        assert_eq!(found("Jane Roe was included in Italy's squad for Euro 2012.", &italy), Some((1, Some("representative".into()))));
        assert_eq!(found("Jane Roe was included in Italy's history books.", &italy), None);
    }

    #[test]
    fn a_role_s_field_before_the_organization_it_is_held_at() {
        assert_acme_roles(
            &[
                ("Jane Roe is an associate professor of physics at the Acme.", "professor"),
                ("Jane Roe is a senior lecturer in economics and finance at the Acme.", "lecturer"),
                ("Jane Roe, head of research at Acme, said the trial failed.", "head"),
                ("Jane Roe did most of her work at the Acme.", "member"),
                ("Jane Roe carried out much of her research at Acme.", "member"),
            ],
            // Not a role: a prize of a field; not a subject with an article: a visit at the end.
            &[
                "Jane Roe is a winner of physics prizes at the Acme.",
                "Jane Roe is a critic of the war at the Acme.",
                "Jane Roe did most of her shopping at Acme.",
            ],
        );
    }

    #[test]
    fn a_description_set_off_by_a_comma_before_who() {
        assert_acme_roles(
            &[
                ("Jane Roe is a Canadian politician, who was elected to the Acme in 1999.", "member"),
                ("Jane Roe is a former manager, who is an assistant coach of the Acme.", "coach"),
                ("Jane Roe, a lawyer who joined Acme in 1990, spoke.", "member"),
                ("Jane Roe, a Republican who served 24 years in the Acme, spoke.", "member"),
            ],
            // "who" after a clause break, or another's description: another's clause.
            &[
                "Jane Roe is a Canadian politician; who joined the Acme is unknown.",
                "Jane Roe met a man who joined Acme.",
                "Jane Roe, whose son is a lawyer who joined Acme, spoke.",
            ],
        );
    }

    #[test]
    fn a_broadcaster_s_presenter_and_the_leader_an_organization_is_under() {
        assert_acme_roles(
            &[
                ("Jane Roe hosted a talk show on Acme from 1985.", "presenter"),
                ("Jane Roe anchored the evening news on Acme.", "presenter"),
            ],
            &["Jane Roe hosted a dinner on Friday for Acme.", "Jane Roe appeared in a show on Acme."],
        );
        let led = |text: &str| {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
            membership(&v, 1).into_iter().next().map(|f| f.role.map(|r| r.into_owned()))
        };
        assert_eq!(led("Acme, under Jane Roe, won the title."), Some(Some("leader".to_string())));
        assert_eq!(led("The Acme under coach Jane Roe won."), Some(Some("leader".to_string())));
        assert_eq!(led("He ran the Acme under Jane Roe in 1985."), None, "the time of another's office");
    }

    #[test]
    fn a_youth_academy_a_debut_s_goal_and_a_last_club() {
        assert_acme_roles(
            &[
                ("Jane Roe joined the youth academy of Acme at nine.", "player"),
                ("Jane Roe scored on her debut for Acme.", "player"),
                ("Jane Roe scored twice in the final for Acme.", "player"),
                ("Jane Roe is a free agent, having last played for Acme.", "player"),
                ("Jane Roe is a free agent, having last worked for Acme.", "member"),
                ("Jane Roe joined the staff at Acme.", "member"),
                ("Jane Roe joined Beta after serving as a senior engineer at Acme.", "engineer"),
            ],
            &[
                "Jane Roe scored in the match against Acme.",
                "Jane Roe, having played against Acme, retired.",
                "Jane Roe left after working as a fan of Acme.",
            ],
        );
    }

    #[test]
    fn a_participle_clause_s_list_of_clubs() {
        let mentions = [("Jane Roe", 0, Person), ("Beta", 1, Organization), ("Acme", 2, Organization), ("Gamma", 3, Organization)];
        let mut found = all_found("Jane Roe plays for Beta, having previously played for Acme and Gamma.", &mentions);
        found.sort();
        assert_eq!(found, [(1, Some("player".into())), (2, Some("player".into())), (3, Some("player".into()))]);
        // Not a list: the next organization stands in a clause of its own.
        let mut targets = all_targets("Jane Roe plays for Beta, having played for Acme when Gamma won.", &mentions);
        targets.sort();
        assert_eq!(targets, [1, 2]);
    }

    #[test]
    fn a_former_member_named_with_the_organization() {
        for text in
            ["Jane Roe, formerly of the Acme, released an album.", "Jane Roe (of Acme) produced it.", "Jane Roe, once of Acme, sang."]
        {
            assert_eq!(org(text, "Acme"), Some((1, None)), "{text}");
        }
        assert_eq!(org("Jane Roe, ex-member of Acme, formed a band.", "Acme"), Some((1, Some("member".to_string()))));
        // The parenthesis goes on past the organization: not its person.
        assert_eq!(org("Jane Roe (of Acme fame and more) sang.", "Acme"), None);
    }

    #[test]
    fn an_aide_to_a_role_holder_holds_the_aide_s_role() {
        assert_acme_roles(
            &[
                ("Jane Roe has been Aide to the President of Acme since 2012.", "aide"),
                ("Jane Roe was a personal assistant to the chairman of Acme.", "assistant"),
                ("Jane Roe was the president of Acme.", "president"),
            ],
            &[],
        );
    }

    #[test]
    fn time_with_an_organization_and_a_scorer_s_side() {
        assert_acme_roles(
            &[
                ("Jane Roe assumed command of the Acme in 1943.", "commander"),
                ("Jane Roe was given command of Acme.", "commander"),
                ("Jane Roe began her football career in 1971 in the youth league with Acme.", "member"),
                ("Jane Roe has been with Acme since 1990.", "member"),
                ("Jane Roe had been with Acme for nearly five years.", "member"),
                ("Jane Roe scored twice in the second half to spur Acme to a 4-1 win.", "player"),
                ("Jane Roe struck in the 89th minute to give Acme a 2-1 win.", "player"),
                ("Jane Roe scored twice on Sunday as Acme came from behind to win.", "player"),
            ],
            &[
                "Jane Roe scored an own goal to give Acme the win.",
                "Jane Roe scored an own goal as Acme won.",
                "Jane Roe has been in talks with Acme.",
            ],
        );
    }

    #[test]
    fn a_verb_carried_by_an_auxiliary() {
        assert_acme_roles(
            &[
                ("Jane Roe went on to play for Acme.", "player"),
                ("Jane Roe continued to play for Acme until 1990.", "player"),
                ("Jane Roe will join Acme next month.", "member"),
                ("Jane Roe is set to join Acme.", "member"),
                ("Jane Roe would later coach Acme.", "coach"),
                ("Jane Roe later went on to found Acme.", "founder"),
            ],
            &["Jane Roe refused to join Acme.", "Jane Roe will face Acme.", "Jane Roe went on to beat Acme."],
        );
        assert_eq!(auxiliary_read(" went on to play for the "), " played for the ");
        assert_eq!(auxiliary_read(" would later coach "), " later coached ");
        assert_eq!(auxiliary_read(" will visit "), " will visit ", "no verb of membership");
    }

    #[test]
    fn a_person_of_an_organization_s_organization_is_the_inner_one_s() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta School", 2, Organization)];
        assert_eq!(all_targets("Jane Roe of Acme's Beta School said so.", &acme_beta), [2]);
        assert_eq!(all_targets("Jane Roe of Acme said Beta School would close.", &acme_beta), [1]);
        let place = [("Jane Roe", 0, Person), ("Boston", 1, Country), ("Beta School", 2, Organization)];
        assert_eq!(all_targets("Jane Roe of Boston's Beta School said so.", &place), [2]);
        assert_eq!(all_targets("Jane Roe, who met Boston's Beta School staff, said so.", &place), Vec::<usize>::new());
    }

    #[test]
    fn a_role_of_several_words_is_whole_for_every_organization_listed() {
        let two = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let roles = |text: &str| all_found(text, &two).into_iter().map(|(_, role)| role.unwrap_or_default()).collect::<Vec<_>>();
        assert_eq!(roles("Jane Roe is the Secretary General of Acme and Beta."), ["Secretary General", "Secretary General"]);
        assert_eq!(roles("Jane Roe is the general manager of Acme and Beta."), ["manager", "manager"]);
    }

    #[test]
    fn a_career_s_clubs_with_years_a_league_and_the_club_left() {
        let clubs = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization), ("Gamma", 3, Organization)];
        let targets = |text: &str| all_targets(text, &clubs);
        assert_eq!(targets("Jane Roe played for Acme (1990–1995), Beta (1995 - 98) and Gamma."), [1, 2, 3]);
        assert_eq!(targets("Jane Roe played for Acme (1990–1995) against Beta and Gamma."), [1]);
        let acme_beta = &clubs[..3];
        let targets = |text: &str| all_targets(text, acme_beta);
        assert_eq!(targets("Jane Roe joined Acme from Beta in 2003."), [1, 2]);
        assert_eq!(targets("Jane Roe signed for Acme from rivals Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe beat Acme from Beta."), Vec::<usize>::new());
        assert_eq!(targets("Jane Roe heads Acme from Beta's old offices."), [1]);
        assert_eq!(targets("Jane Roe left Acme for Beta in 2003."), [1, 2]);
        assert_eq!(targets("Jane Roe left Acme to join Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe joined Acme to join Beta."), [1]);
        assert_eq!(targets("Jane Roe plays for Acme on loan from Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe joined Acme on loan from the Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe plays against Acme on loan from Beta."), Vec::<usize>::new());
        assert_eq!(targets("Jane Roe quit the Acme for rivals Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe left Acme after a row with Beta."), [1]);
        assert_eq!(targets("Jane Roe beat Acme for Beta."), Vec::<usize>::new());
        let only_beta = [("Jane Roe", 0, Person), ("Beta", 1, Organization)];
        assert_eq!(all_targets("Jane Roe left a note for Beta.", &only_beta), Vec::<usize>::new());
        assert_acme_roles(
            &[
                ("Jane Roe played 10 seasons in the National Hockey League with the Acme.", "player"),
                ("Jane Roe played in the NHL with the Acme.", "player"),
                ("Jane Roe played 300 games in the NHL for the Acme.", "player"),
                ("Jane Roe played 450 games in the NHL with the Acme.", "player"),
                ("Jane Roe played 450 games with the Acme.", "player"),
                ("Jane Roe had spells at Acme.", "member"),
                ("Jane Roe had a brief loan spell with the Acme.", "member"),
                ("Jane Roe had a two-year stint at Acme.", "member"),
                ("Jane Roe was on loan at the Acme.", "player"),
                ("Jane Roe scored 20 goals in her first season with the Acme.", "player"),
                ("Jane Roe netted 12 league goals in her debut campaign at Acme.", "player"),
            ],
            &[
                "Jane Roe played in a band with the Acme.",
                "Jane Roe played 300 games in the stadium he built for the Acme.",
                "Jane Roe had a spell of bad luck against the Acme.",
                "Jane Roe played 450 games against the Acme.",
                "Jane Roe was on loan to a bank that owns the Acme.",
                "Jane Roe scored 20 goals in her first season against the Acme.",
            ],
        );
    }

    #[test]
    fn a_country_s_team_is_represented_by_its_members() {
        let representative = Some((1, Some("representative".to_string())));
        let soviet = [("Jane Roe", 0, Person), ("Soviet", 1, Country)];
        assert_eq!(found("Jane Roe was a member of the Soviet team that won gold.", &soviet), representative);
        assert_eq!(found("Jane Roe was a member of the Soviet national team.", &soviet), representative);
        assert_eq!(found("Jane Roe was a fan of the Soviet team.", &soviet), None);
        // A demonym's organization is no national team.
        assert_eq!(found("Jane Roe was a member of the Soviet trading company in Paris.", &soviet), None);
        let bulgaria = [("Jane Roe", 0, Person), ("Bulgaria", 1, Country)];
        assert_eq!(found("Jane Roe played in the 1994 World Cup for Bulgaria.", &bulgaria), representative);
        assert_eq!(found("Jane Roe served in the army for Bulgaria.", &bulgaria), None);
    }

    #[test]
    fn organizations_added_after_the_first_share_its_role() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let targets = |text: &str| all_targets(text, &acme_beta);
        assert_eq!(targets("Jane Roe is the drummer of Acme as well as the band Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe was the bassist for Acme and later Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe played for Acme and later Beta before retiring."), [1, 2]);
        // The next name opens a clause of its own.
        assert_eq!(targets("Jane Roe founded Acme, and later Beta bought it."), [1]);
        assert_eq!(targets("Jane Roe is the drummer of Acme as well as Beta's manager."), [1]);
    }

    #[test]
    fn a_word_for_the_organization_s_standing_before_its_name() {
        assert_acme_roles(
            &[
                ("Jane Roe, who heads the opposition Acme Party, said so.", "leader"),
                ("Jane Roe joined the ruling Acme Party in 1990.", "member"),
            ],
            &["Jane Roe heads the opposition to Acme Party rule."],
        );
    }

    #[test]
    fn a_role_in_an_organization() {
        assert_acme_roles(
            &[
                ("Jane Roe was the bassist in the band Acme from 1977.", "bassist"),
                ("Jane Roe is a violinist in the orchestra Acme.", "violinist"),
            ],
            &["Jane Roe was a guest in the Acme studio's show.", "Jane Roe was a leader in the Acme community."],
        );
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe is a lawyer in France.", &france), None, "a place of work");
    }

    #[test]
    fn a_job_taken_or_a_board_seat() {
        assert_acme_roles(
            &[
                ("Jane Roe took a job with Acme in 1990.", "employee"),
                ("Jane Roe later landed a teaching post at Acme.", "employee"),
                ("Jane Roe went to work for Acme.", "employee"),
                ("Jane Roe spent two decades at Acme.", "member"),
                ("Jane Roe was appointed to the board of Acme.", "board member"),
                ("Jane Roe was elected to the board of directors of Acme.", "board member"),
                ("Jane Roe resigned from Acme in 2001.", "member"),
            ],
            &[],
        );
        for text in ["Jane Roe took a job offer from Acme.", "Jane Roe spent two decades fighting Acme.", "Jane Roe took a photo at Acme."]
        {
            assert_eq!(org(text, "Acme"), None, "{text}");
        }
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe took a job with France.", &france), None, "organizations only");
    }

    #[test]
    fn verbs_and_roles_state_membership() {
        assert_eq!(org("Jane Roe joined Acme in 2005.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe is a Scottish footballer who last played for Acme.", "Acme"), Some((1, Some("player".into()))));
        let all = [("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe and John Doe all played for Acme.", &all);
        assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1));
        assert_eq!(org("Jane Roe most recently worked for Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe is a voice actress affiliated with Acme.", "Acme"), Some((1, Some("member".into()))));
        let party = |text: &str, name: &'static str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Bundestag", 1, Organization), (name, 2, Organization)]);
            membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>()
        };
        assert_eq!(party("Jane Roe is a member of the Bundestag for the CDU.", "CDU"), [1, 2]);
        assert_eq!(party("Jane Roe was a member of the Bundestag for the Acme Party.", "Acme Party"), [1, 2]);
        assert_eq!(party("Jane Roe was a member of the Bundestag for Acme.", "Acme"), [1], "a constituency");
        assert_eq!(org("Jane Roe is currently affiliated with Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe said a man affiliated with Acme fled.", "Acme"), None, "someone else");
        assert_eq!(org("Jane Roe scored 522 goals during her Acme career.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe served on the Acme Council from 1990 to 1994.", "Acme Council"), Some((1, Some("member".into()))));
        assert_eq!(
            org("Jane Roe, a staff member of the comprehensive development department at Acme, said so.", "Acme"),
            Some((1, Some("member".into())))
        );
        assert_eq!(org("Jane Roe, who served 24 years in Congress, denied it.", "Congress"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe, 54, has been on the Acme since last year.", "Acme"), Some((1, Some("member".into()))));
        let served = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe served in France during the war.", &served), None, "a posting, not a nationality");
        assert_eq!(org("Jane Roe praised the Acme career path.", "Acme"), None);
        assert_eq!(org("Jane Roe was the Russian Ambassador to Acme.", "Acme"), Some((1, Some("ambassador".into()))));
        assert_eq!(org("Jane Roe was the first visitor to Acme.", "Acme"), None, "only an envoy is to it");
        let host = [("Jane Roe", 0, Person), ("Monaco", 2, Country), ("France", 1, Country)];
        assert_ne!(found("Jane Roe was Monaco's first ambassador to France.", &host).map(|f| f.0), Some(1), "the host is no affiliation");
        assert_eq!(org("Jane Roe, later to become president of Acme, spoke.", "Acme"), Some((1, Some("president".into()))));
        assert_eq!(org("They elected Jane Roe to be chairman of the Acme.", "Acme"), Some((1, Some("chairman".into()))));
        let place = [("Jane Roe", 0, Person), ("Lyon", 2, EntityType::Location), ("Acme School", 1, Organization)];
        assert_eq!(found("Anatomist Jane Roe of Lyon's Acme School disputed it.", &place), Some((1, None)));
        assert_eq!(found("Jane Roe of Lyon 's Acme School disputed it.", &place), Some((1, None)), "tokenized");
        assert_eq!(found("Jane Roe left Lyon's Acme School.", &place), None);
        assert_eq!(found("Jane Roe of Lyon said Acme School won.", &place), None);
        assert_eq!(org("The board appointed Jane Roe as chief executive of Acme.", "Acme"), Some((1, Some("executive".into()))));
        assert_eq!(org("Jane Roe as well as the president of Acme came.", "Acme"), None, "not the object of an appointment");
        let source = [("Jane Roe", 0, Person), ("Acme Party", 1, Organization), ("Beta News", 2, Organization)];
        let v = view("They endorsed Jane Roe as the candidate of the Acme Party, Beta News reported.", &source);
        assert_eq!(membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1], "the news source opens a clause");
        assert_eq!(
            org("Jane Roe held the post of director of the architecture department of the Acme.", "Acme"),
            Some((1, Some("director".into())))
        );
        assert_eq!(org("Jane Roe is an artist who belongs to the Acme School.", "Acme School"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe took the helm at Acme in 2007.", "Acme"), Some((1, Some("leader".into()))));
        assert_eq!(org("Jane Roe was appointed to the Acme Court in 1990.", "Acme Court"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was appointed to the post of envoy by Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe scored twice for Acme in the final.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe scored 12 goals for Acme.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe scored an own goal for Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe scored a consolation goal for Acme.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe scored against Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe played college basketball at Acme University.", "Acme University"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe won three league titles with Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe earned 20 caps for Acme.", "Acme"), Some((1, Some("player".into()))));
        let league = [("Jane Roe", 0, Person), ("Beta League", 2, Organization), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe plays as a goalkeeper for Beta League club Acme.", &league), Some((1, Some("player".into()))));
        // A club's country before it is the club's, not the player's.
        let club_country = [("Jane Roe", 0, Person), ("Japanese", 2, Country), ("Acme", 1, Organization)];
        assert_eq!(all_found("Jane Roe plays for Japanese club Acme.", &club_country), [(1, Some("player".into()))]);
        assert_eq!(all_found("Jane Roe joined the Japanese second-division side Acme.", &club_country), [(1, Some("member".into()))]);
        assert_eq!(all_found("Jane Roe works for Japanese carmaker Acme.", &club_country), [(1, Some("employee".into()))]);
        assert_eq!(all_targets("Jane Roe plays for the Japanese national team against Acme.", &club_country), [2]);
        assert_eq!(org("Jane Roe was named to lead Acme.", "Acme"), Some((1, Some("leader".into()))));
        assert_eq!(org("Jane Roe was named to lead the talks with Acme.", "Acme"), None, "another object");
        assert_eq!(org("Jane Roe sat on the board of directors of Acme.", "Acme"), Some((1, Some("board member".into()))));
        assert_eq!(org("Jane Roe sat on the board that sued Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe was part of the Acme Quartet.", "Acme Quartet"), Some((1, Some("member".into()))));
        // A fronted founding: the organization opens the main clause.
        let fronted = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Society", 1, Organization)];
        assert_founders(
            &[
                "Founded by Jane Roe and John Doe in 1912, the Acme Society is one of the oldest.",
                "Established in 1912 by Jane Roe and John Doe, Acme Society grew.",
            ],
            &fronted,
            0..2,
        );
        let led = [("Acme Society", 1, Organization), ("Jane Roe", 0, Person)];
        assert_founders(&["Acme Society was founded in 1978 by a group led by Jane Roe."], &led, 1..2);
        let two = [("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_founders(
            &[
                "Acme was formed by childhood friends Jane Roe and John Doe.",
                "Acme is a rock band formed in Leeds in 1989 by brothers Jane Roe and John Doe.",
            ],
            &two,
            1..3,
        );
        let placed = [
            ("Acme", 1, Organization),
            ("English", 3, Country),
            ("Leeds", 4, EntityType::Location),
            ("Jane Roe", 0, Person),
            ("John Doe", 2, Person),
        ];
        assert_founders(&["Acme are an English rock band formed in Leeds in 1989 by Jane Roe and John Doe."], &placed, 3..5);
        let v = view("Acme are an English rock band formed in Leeds in 1989 by Jane Roe and John Doe.", &placed);
        assert_eq!(membership(&v, 3).iter().filter(|f| f.target == 4).count(), 0, "the place is no founding's");
        let v = view("Acme was formed by fans of Jane Roe and John Doe.", &two);
        assert_eq!(membership(&v, 1), vec![], "not the founders' idols");
        let v = view("Acme Society was founded in 1978 by a group that fought Jane Roe.", &led);
        assert_eq!(membership(&v, 1), vec![], "not the founders' leader");
        let v = view("Praised by Jane Roe and John Doe in 1912, the Acme Society grew.", &fronted);
        assert_eq!(membership(&v, 0), vec![], "not a founding");
        let v = view("Founded by Jane Roe and John Doe in 1912, it later merged with Acme Society.", &fronted);
        assert_eq!(membership(&v, 0), vec![], "another main clause");
        assert_eq!(org("Jane Roe from the musical group Acme also sang.", "Acme"), Some((1, None)));
        assert_eq!(org("Jane Roe of the band Acme spoke.", "Acme"), Some((1, None)));
        assert_eq!(org("Jane Roe from the city near Acme spoke.", "Acme"), None);
        assert_eq!(org("Jane Roe sold the house that belongs to Acme.", "Acme"), None, "another subject");
        assert_eq!(org("Jane Roe spoke at an event that was part of the Acme Festival.", "Acme Festival"), None);
        assert_eq!(org("Jane Roe (born 1980) plays for Acme United.", "Acme United"), Some((1, Some("player".into()))));
        for text in [
            "Jane Roe was drafted by Acme United in 1999.",
            "Jane Roe was loaned to Acme United.",
            "Jane Roe was capped 24 times for Acme United.",
        ] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe competed for Acme United at the games.", "Acme United"), Some((1, Some("representative".into()))));
        for text in ["Jane Roe was also capped 15 times for Acme United.", "Jane Roe was later drafted by Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        for text in ["Jane Roe won a silver medal for Acme United.", "Jane Roe took two Olympic gold medals with Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("representative".into()))), "{text}");
        }
        let medal = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe won the bronze medal for France in 1992.", &medal), Some((1, Some("representative".into()))));
        assert_eq!(found("Jane Roe won a medal for bravery in France.", &medal), None, "a prize, not a team");
        assert_eq!(org("Jane Roe won a medal for her work with Acme United.", "Acme United"), None, "a prize, not a team");
        for text in ["Jane Roe played 20 seasons with Acme United.", "Jane Roe played three years for Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe played 20 seasons before joining the staff of Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe sat in the Acme Council for ten years.", "Acme Council"), Some((1, Some("member".into()))));
        let sat = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe sat in France for a year.", &sat), None, "a stay, not a seat");
        for text in [
            "Jane Roe made her senior debut for Acme United in 2004.",
            "Jane Roe made 120 league appearances for Acme United.",
            "Jane Roe started 20 games for Acme United.",
            "Jane Roe played over 300 league matches for Acme United.",
        ] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe watched his debut for Acme United.", "Acme United"), None, "another's debut");
        assert_eq!(org("Jane Roe began her football career in 1971 with Acme United.", "Acme United"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe ended her career with Acme United.", "Acme United"), None, "the end is no affiliation stated");
        for text in [
            "Jane Roe spent five seasons with Acme United.",
            "Jane Roe spent most of her career at Acme United.",
            "Jane Roe moved to Acme United in 1995.",
        ] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("member".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe spent the money on Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe transferred to Acme United in 2010.", "Acme United"), Some((1, Some("player".into()))));
        for text in [
            "Jane Roe stood for the Acme Party in 2010.",
            "Jane Roe stood as a parliamentary candidate for the Acme Party.",
            "Jane Roe ran as the candidate of the Acme Party.",
        ] {
            assert_eq!(org(text, "Acme Party"), Some((1, Some("candidate".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe stood for hours outside the Acme Party offices.", "Acme Party"), None, "not a candidacy");
        assert_eq!(org("Jane Roe won the league with Acme United.", "Acme United"), Some((1, Some("member".into()))));
        assert_eq!(
            org("Jane Roe played her entire professional career with Acme United.", "Acme United"),
            Some((1, Some("player".into())))
        );
        for text in ["Jane Roe taught at Acme United.", "Jane Roe taught applied mathematics at Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("teacher".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe transferred the funds to Acme United.", "Acme United"), None, "money, not a move");
        let country = [("Jane Roe", 0, Person), ("France", 1, Country)];
        for text in [
            "Jane Roe moved to France in 1950.",
            "Jane Roe began her career in France.",
            "Jane Roe was transferred to France.",
            "Jane Roe transferred to France in 1944.",
        ] {
            assert_eq!(found(text, &country), None, "{text}: no nationality");
        }
        assert_eq!(org("Jane Roe writes for the Acme Times.", "Acme Times"), Some((1, Some("writer".into()))));
        assert_eq!(org("Jane Roe covers the White House for the Acme Times.", "Acme Times"), Some((1, Some("correspondent".into()))));
        assert_eq!(org("Jane Roe wrote a letter for the Acme Times.", "Acme Times"), None, "a piece, not a post");
        assert_eq!(org("Jane Roe voted for Acme.", "Acme"), None);
        // Not the subject's move: a ball, a title, another person.
        assert_eq!(org("Jane Roe said the ball was signed by Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe competed with Acme United for the title.", "Acme United"), None);
        assert_eq!(org("Jane Roe, who founded Acme, spoke.", "Acme"), Some((1, Some("founder".into()))));
        assert_eq!(org("Jane Roe is a member of the Acme Party.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe served as treasurer of Acme.", "Acme"), Some((1, Some("treasurer".into()))));
        // The subject's other name in a parenthesis after it is passed; another person is not.
        let other_name = [("Jane Roe", 0, Person), ("Janie R", 2, Person), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe (Janie R; 1740 - 1814) was the ruler of Acme.", &other_name), Some((1, Some("ruler".into()))));
        let other_person = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe met John Doe (1740 - 1814), the ruler of Acme.", &other_person), None);
        assert_eq!(org("Jane Roe served as bridesmaid of Acme.", "Acme"), None, "bridesmaid is in neither table");
        assert_eq!(org("Jane Roe, the chairman of Acme, spoke.", "Acme"), Some((1, Some("chairman".into()))));
        assert_eq!(org("Jane Roe, a former Acme executive, spoke.", "Acme"), Some((1, Some("executive".into()))));
        assert_eq!(org("Jane Roe was a senior Acme commander.", "Acme"), Some((1, Some("commander".into()))));
        assert_eq!(org("Jane Roe is an Acme executive.", "Acme"), Some((1, Some("executive".into()))));
        assert_eq!(org("Jane Roe is the Acme chairman's wife.", "Acme"), None, "another's role");
        assert_eq!(org("Jane Roe beat a senior Acme player.", "Acme"), None, "no copula");
        assert_eq!(org("Jane Roe (Acme) voted.", "Acme"), Some((1, None)));
        assert_eq!(
            org("Jane Roe (born 1937) is an Iranian cleric and reformist politician leading the Acme Party.", "Acme Party"),
            Some((1, Some("leader".into())))
        );
        assert_eq!(
            org("Jane Roe (born 1973) is an American singer who is best known as the lead vocalist of the band Acme.", "Acme"),
            Some((1, Some("vocalist".into())))
        );
        assert_eq!(
            org("Jane Roe (born 1973) is an American musician, best known as the lead guitarist of the rock band Acme.", "Acme"),
            Some((1, Some("guitarist".into())))
        );
        assert_eq!(org("Jane Roe is a musician, known for the lead guitar of Acme.", "Acme"), None);
        assert_eq!(
            org("Jane Roe is a Canadian ice hockey player currently playing for the Acme of the National Hockey League.", "Acme"),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe is a critic of the government currently leading the Acme.", "Acme"), None);
        assert_eq!(
            org("Jane Roe (born 1975) is a former Major League Baseball relief pitcher for the Acme Mariners.", "Acme Mariners"),
            Some((1, Some("pitcher".into())))
        );
        assert_eq!(
            org("Jane Roe played four seasons (1946-1950) in the league as a member of the Acme Huskies.", "Acme Huskies"),
            Some((1, Some("member".into())))
        );
        // The clause's closing role is the later organization's, after one reached first.
        let assembly = [("Jane Roe", 0, Person), ("Acme Assembly", 1, Organization), ("Beta Party", 2, Organization)];
        let targets = |text: &str| {
            membership(&view(text, &assembly), 0).into_iter().map(|f| (f.target, f.role.map(|r| r.into_owned()))).collect::<Vec<_>>()
        };
        assert_eq!(
            targets("Jane Roe was elected to the Acme Assembly in 2018 as a member of the Beta Party."),
            [(1, Some("member".to_string())), (2, Some("member".to_string()))]
        );
        assert_eq!(
            targets("Jane Roe was elected to the Acme Assembly, and John Doe as a member of the Beta Party."),
            [(1, Some("member".to_string()))]
        );
        let list = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Max Poe", 3, Person), ("Acme School", 1, Organization)];
        let v = view("Jane Roe, along with John Doe and Max Poe co - founded the Acme School.", &list);
        for person in 0..3 {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))));
        }
        let v = view("As a member of the Acme in 1998, Jane Roe became famous.", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert_eq!(membership(&v, 1).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))));
        assert_eq!(
            org("Jane Roe is a businessman who was the chief financial officer of Acme.", "Acme"),
            Some((1, Some("chief financial officer".into())))
        );
        assert_eq!(org("In 1870 Jane Roe was appointed professor at the Acme.", "Acme"), Some((1, Some("professor".into()))));
        assert_eq!(org("Jane Roe, a research fellow at the Acme Institute, spoke.", "Acme Institute"), Some((1, Some("fellow".into()))));
        assert_eq!(org("Jane Roe was the founder of both the Acme and others.", "Acme"), Some((1, Some("founder".into()))));
        assert_eq!(org("It was founded by Jane Roe, singer from Acme.", "Acme"), Some((1, Some("singer".into()))));
        assert_eq!(org("Jane Roe is the lead singer of the band Acme.", "Acme"), Some((1, Some("singer".into()))));
        let v = view(
            "Jane Roe is a former relief pitcher for the Acme Mariners and Acme Expos.",
            &[("Jane Roe", 0, Person), ("Acme Mariners", 1, Organization), ("Acme Expos", 2, Organization)],
        );
        let targets: Vec<usize> = membership(&v, 0).iter().map(|f| f.target).collect();
        assert_eq!(targets, [1, 2], "listed organizations share the role");
        assert_eq!(
            found(
                "Jane Roe (born 1990) is a Brazilian footballer who plays as a central midfielder for Acme.",
                &[("Jane Roe", 0, Person), ("Brazilian", 2, Country), ("Acme", 1, Organization)]
            ),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe held a chair in physics at Acme University.", "Acme University"), Some((1, Some("professor".into()))));
        assert_eq!(org("Jane Roe took up a research fellowship at Acme University.", "Acme University"), Some((1, Some("fellow".into()))));
        assert_eq!(org("Jane Roe held a press conference at Acme University.", "Acme University"), None, "an event, not a post");
        assert_eq!(org("Jane Roe enlisted in the Acme Corps in 1942.", "Acme Corps"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was commissioned into the Acme Artillery in 1940.", "Acme Artillery"), Some((1, Some("officer".into()))));
        assert_eq!(org("Jane Roe enlisted the help of Acme Corps.", "Acme Corps"), None, "help, not service");
        assert_eq!(org("Jane Roe was commissioned by Acme Corps to paint it.", "Acme Corps"), None, "a commission of work");
        assert_eq!(org("Jane Roe was an agent of the Acme Bureau.", "Acme Bureau"), Some((1, Some("agent".into()))));
        // A part of the organization between: "dean of the Faculty of Law at Y", "the dean of
        // the law school at Y".
        for text in [
            "Jane Roe was dean of the law school at Acme University.",
            "Jane Roe was the dean of the faculty of law at Acme University.",
            "Jane Roe was dean of the faculty of law at Acme University.",
            "Jane Roe was the dean of the law school at Acme University.",
        ] {
            assert_eq!(org(text, "Acme University"), Some((1, Some("dean".into()))), "{text}");
        }
        // A legislator's "for" names the constituency, unless it is the party.
        assert_eq!(org("Jane Roe was a Labour MP for Leeds.", "Leeds"), None);
        assert_eq!(org("Jane Roe is the member for Acme Central.", "Acme Central"), None);
        assert_eq!(org("Jane Roe was a Member of Parliament for Acme Central.", "Acme Central"), None);
        assert_eq!(org("Jane Roe was an MP for the Acme Party.", "Acme Party"), Some((1, Some("mp".into()))));
        assert_eq!(org("Jane Roe was the Liberal candidate for Acme Central in 1992.", "Acme Central"), None);
        assert_eq!(org("Jane Roe was the candidate for the Acme Party.", "Acme Party"), Some((1, Some("candidate".into()))));
        // The title before the name is the role.
        assert_eq!(org("Judge Jane Roe of the Acme Court ruled.", "Acme Court"), Some((1, Some("Judge".into()))));
        assert_eq!(org("Spokesman Jane Roe of the smaller Acme company said.", "Acme"), Some((1, Some("Spokesman".into()))));
        assert_eq!(org("Shares fell, said analyst Jane Roe of Acme.", "Acme"), Some((1, Some("analyst".into()))));
        assert_eq!(org("Shares fell, said Jane Roe of Acme.", "Acme"), Some((1, None)));
        assert_eq!(org("Yesterday Jane Roe of Acme said so.", "Acme"), Some((1, None)), "no title");
        assert_eq!(org("Jane Roe at the Acme Institute found it.", "Acme Institute"), Some((1, None)));
        assert_eq!(org("Jane Roe taught at Acme College.", "Acme College"), Some((1, Some("teacher".into()))));
        assert_eq!(org("Jane Roe captained Acme United in 1990.", "Acme United"), Some((1, Some("captain".into()))));
        assert_eq!(org("Jane Roe was hired by Acme in 1999.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe was employed as a chemist by Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe retired from Acme in 2001.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe fronted the band Acme.", "Acme"), Some((1, Some("frontman".into()))));
        assert_eq!(
            org("Jane Roe is an English footballer who plays for Premier League club Acme United.", "Acme United"),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe moved to Ligue 1 side Acme in 2010.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was loaned out to Acme for the 2008 season.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe has played for clubs including Acme and others.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe was elected on the Acme Party ticket in 1990.", "Acme Party"), Some((1, Some("candidate".into()))));
        assert_eq!(org("Jane Roe ran as the Acme Party candidate.", "Acme Party"), Some((1, Some("candidate".into()))));
        assert_eq!(org("Jane Roe took over as manager of Acme United in 1990.", "Acme United"), Some((1, Some("manager".into()))));
        assert_eq!(org("Jane Roe later became the president of Acme.", "Acme"), Some((1, Some("president".into()))));
        assert_eq!(org("Jane Roe returned to Acme United in 2003.", "Acme United"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe stepped down as chairman of Acme in 2001.", "Acme"), Some((1, Some("chairman".into()))));
        let succession = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe replaced John Doe as the drummer of Acme in 1990.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("drummer")));
        let v = view("Jane Roe met John Doe as the drummer of Acme played.", &succession);
        assert!(membership(&v, 0).is_empty(), "no succession");
        let v = view("Jane Roe replaced John Doe as Acme's lead singer in 1990.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("singer")));
        let v = view("Jane Roe replaced John Doe as Acme's opponent.", &succession);
        assert!(membership(&v, 0).is_empty(), "no role after the possessive");
        let career = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let v = view("Jane Roe began her career with Acme before moving to Beta in 2005.", &career);
        let targets: Vec<usize> = membership(&v, 0).iter().map(|f| f.target).collect();
        assert!(targets.contains(&2), "{targets:?}");
        assert_eq!(org("Jane Roe worked as a staff writer for Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe joined the faculty of Acme University in 1990.", "Acme University"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe is the editor-in-chief of the Acme Times.", "Acme Times"), Some((1, Some("editor-in-chief".into()))));
        assert_eq!(org("Jane Roe was an employee of Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe, a partner at Acme, said.", "Acme"), Some((1, Some("partner".into()))));
        assert_eq!(org("Jane Roe left Acme in 1995.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was expelled from the Acme Party in 1937.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe defected to the Acme Party.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe played bass in Acme until 1990.", "Acme"), Some((1, Some("member".into()))));
        let described = [("Jane Roe", 0, Person), ("Peruvian", 2, Country), ("Acme", 1, Organization)];
        assert_eq!(
            found("Jane Roe, attorney for the Peruvian silver mining company Acme, said.", &described),
            Some((1, Some("attorney".into()))),
            "the demonym describes the company; the company is the role's"
        );
        assert_eq!(org("Jane Roe, an analyst for the investment firm Acme, said.", "Acme"), Some((1, Some("analyst".into()))));
        assert_eq!(org("Jane Roe, an analyst for the investment of Acme, said.", "Acme"), None, "no kind of organization before the name");
        assert_eq!(org("Jane Roe, who heads the research division at Acme, said.", "Acme"), Some((1, Some("leader".into()))));
        assert_eq!(org("Jane Roe, who heads the research group with Acme, said.", "Acme"), None, "with is no part's owner");
        assert_eq!(org("Jane Roe was elected as a Republican to the Acme Congress.", "Acme Congress"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was elected to the Acme Congress.", "Acme Congress"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was elected mayor by the Acme Congress.", "Acme Congress"), None);
        assert_eq!(org("Jane Roe, who owned Acme, died.", "Acme"), Some((1, Some("owner".into()))));
        assert_eq!(org("Jane Roe of the First Acme Army spoke.", "Acme Army"), None, "a capital is the name's, cut short");
        assert_eq!(org("Jane Roe of the anti Acme league spoke.", "Acme"), None);
        assert_eq!(org("Jane Roe (Acme) voted no.", "Acme"), Some((1, None)));
        assert_eq!(org("Goalkeepers - Jane Roe ( Acme ) , John Doe .", "Acme"), Some((1, None)), "tokenized parentheses");
        assert_eq!(found("WASHINGTON (AP)", &[("WASHINGTON", 0, Person), ("AP", 1, Organization)]), None, "a dateline");
        assert_eq!(org("Jane Roe joined the band Acme Rockers in 1995.", "Acme Rockers"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe established the Acme Institute in 1901.", "Acme Institute"), Some((1, Some("founder".into()))));
        let pair = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Singers", 1, Organization)];
        let v = view("In 1990 Jane Roe and John Doe formed the Acme Singers in Leeds.", &pair);
        for person in 0..2 {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))));
        }
        let founded = [("Acme Quartet", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_founders(
            &[
                "The Acme Quartet was founded by Jane Roe and John Doe.",
                "The Acme Quartet, formed in 1980 by Jane Roe and John Doe, toured.",
            ],
            &founded,
            1..3,
        );
        // Described first, then founded: demonyms may stand in the description.
        let described = [("Acme Quartet", 1, Organization), ("American", 4, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_founders(
            &[
                "The Acme Quartet is an American rock band formed in 1980 by Jane Roe and John Doe.",
                "The Acme Quartet was a small American publishing house, founded by Jane Roe and John Doe.",
            ],
            &described,
            2..4,
        );
        let abbreviated = [("Acme Quartet", 1, Organization), ("AQ", 3, Organization), ("American", 4, Country), ("Jane Roe", 0, Person)];
        let v = view("Acme Quartet (also AQ) is an American rap band, formed in 1995 by Jane Roe.", &abbreviated);
        assert_eq!(membership(&v, 3).first().map(|f| (f.target, f.role.as_deref())), Some((3, Some("founder"))));
        let with_place = [("Acme Quartet", 1, Organization), ("Dublin", 5, EntityType::Location), ("Jane Roe", 0, Person)];
        let v = view("The Acme Quartet is a band from Dublin formed by Jane Roe.", &with_place);
        assert_eq!(membership(&v, 2), vec![], "a place in the description");
        let no_copula = [("Acme Quartet", 1, Organization), ("American", 4, Country), ("Jane Roe", 0, Person)];
        for text in [
            "The Acme Quartet played an American song written in 1980 by Jane Roe.",
            "The Acme Quartet sued an American rival formed in 1980 by Jane Roe.",
        ] {
            assert_eq!(membership(&view(text, &no_copula), 2), vec![], "{text}");
        }
        assert_eq!(org("Jane Roe, 61, of the Acme Bank, spoke.", "Acme Bank"), Some((1, None)), "an age first");
        assert_eq!(org("Jane Roe, aged 30, joined Acme.", "Acme"), Some((1, Some("member".into()))), "an age with 'aged'");
        assert_eq!(org("Jane Roe, 45 years old, joined Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe, 52, president of Acme, resigned.", "Acme"), Some((1, Some("president".into()))));
        assert_eq!(org("Jane Roe, 33, joined Acme in May.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe played college baseball for the Acme Huskies.", "Acme Huskies"), Some((1, Some("player".into()))));
        for text in [
            "Jane Roe plays county cricket for the Acme Huskies.",
            "Jane Roe kept goal for the Acme Huskies.",
            "Jane Roe scored 20 goals in 50 appearances for the Acme Huskies.",
        ] {
            assert_eq!(org(text, "Acme Huskies"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe scored 20 goals in 50 minutes against the Acme Huskies.", "Acme Huskies"), None);
        assert_eq!(
            org("In 2001 Jane Roe signed a minor league contract with the Acme Orioles.", "Acme Orioles"),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe was elected to the Acme Society in 1901.", "Acme Society"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was elected a fellow of the Acme Society.", "Acme Society"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was active with the Acme Party.", "Acme Party"), Some((1, Some("member".into()))));
        let list = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Dead", 1, Organization)];
        let v = view("It features guest musicians Jane Roe and John Doe from the Acme Dead.", &list);
        for person in 0..2 {
            assert_eq!(membership(&v, person).first().map(|f| f.target), Some(1), "from the organization");
        }
        assert_eq!(org("Jane Roe's Acme Party won the vote.", "Acme Party"), Some((1, None)));
        assert_eq!(
            found("Jane Roe represented France at the games.", &[("Jane Roe", 0, Person), ("France", 1, Country)]),
            Some((1, Some("representative".into())))
        );
    }

    #[test]
    fn other_verbs_and_other_people_do_not() {
        assert_eq!(org("Jane Roe criticised Acme in 2005.", "Acme"), None);
        assert_eq!(org("Jane Roe was hired by a firm that Acme owns.", "Acme"), None, "the hirer is not named");
        assert_eq!(org("Jane Roe was praised by Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe spoke as part of the Acme.", "Acme"), None);
        assert_eq!(org("They were called up by Jane Roe to serve as members of Acme.", "Acme"), None, "a plural role");
        assert_eq!(org("Jane Roe was elected on the Acme Party platform.", "Acme Party"), None, "a platform is anyone's to run on");
        let v = view(
            "The fans of John Doe cheered Jane Roe before moving to Beta.",
            &[("John Doe", 3, Person), ("Jane Roe", 0, Person), ("Beta", 2, Organization)],
        );
        assert!(membership(&v, 1).is_empty(), "not the sentence's subject");
        assert_eq!(found("Jane Roe left France in 1995.", &[("Jane Roe", 0, Person), ("France", 1, Country)]), None, "leaving a country");
        assert_eq!(org("Jane Roe left the stage before Acme played.", "Acme"), None);
        assert_eq!(org("Jane Roe said that she had joined Acme.", "Acme"), None, "the verb must follow the person directly");
        assert_eq!(
            found(
                "Jane Roe met John Doe, who joined Acme.",
                &[("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)]
            ),
            None
        );
        assert_eq!(org("Jane Roe visited the headquarters of Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe's speech at Acme was long.", "Acme"), None, "the possessive owns the speech, not Acme");
        assert_eq!(
            found("Jane Roe of France won.", &[("Jane Roe", 0, Person), ("France", 1, Country)]),
            None,
            "of a country is where from"
        );
        assert_eq!(org("Jane Roe visited the director of Acme.", "Acme"), None, "a role after another verb is someone else's");
        assert_eq!(org("Jane Roe; Acme said nothing.", "Acme"), None);
        assert_eq!(org("Jane Roe is a critic of the government leading the Acme.", "Acme"), None, "a clause after the role");
        assert_eq!(org("They met Jane Roe, representatives of Acme and others.", "Acme"), None, "a list, not a plural subject");
        assert_eq!(org("Jane Roe wrote a book, which served as a guide for the Acme.", "Acme"), None, "another clause's role");
        assert_eq!(org("Jane Roe's son played as a member of the Acme.", "Acme"), None, "the possessive's");
        let list = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe met John Doe, who joined Acme.", &list);
        assert!(membership(&v, 0).is_empty(), "met is no list");
        let v = view("Jane Roe and John Doe, who joined Acme, spoke.", &list);
        assert!(membership(&v, 0).is_empty(), "a relative clause after the list is the last name's");
        let v = view("As a fan of the Acme, Jane Roe spoke.", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "a fan is no member");
        let v = view(
            "As a member of the Acme, which was later renamed, Jane Roe spoke.",
            &[("Acme", 1, Organization), ("Jane Roe", 0, Person)],
        );
        assert!(membership(&v, 1).is_empty(), "another clause between");
        assert_eq!(org("Jane Roe, a guest from Acme, spoke.", "Acme"), None, "a guest is no member");
        assert_eq!(org("Jane Roe moved from Acme to the city.", "Acme"), None, "from must follow the name");
        let v = view("The Acme Quartet was praised by Jane Roe.", &[("Acme Quartet", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "praise founds nothing");
        let v = view("The Acme Quartet, which Jane Roe founded, toured.", &[("Acme Quartet", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "only the passive with by is read");
        assert_eq!(org("Jane Roe, 61, said of Acme that it grew.", "Acme"), None, "an age, then another verb");
        assert_eq!(org("Jane Roe played a concert for Acme.", "Acme"), None, "a concert is no sport");
        assert_eq!(org("Jane Roe signed a letter with Acme.", "Acme"), None, "a letter is no contract");
        assert_eq!(org("Jane Roe was elected chairman after Acme left.", "Acme"), None);
        let v = view(
            "Jane Roe plays for Acme United against Acme City.",
            &[("Jane Roe", 0, Person), ("Acme United", 1, Organization), ("Acme City", 2, Organization)],
        );
        assert_eq!(membership(&v, 0).len(), 1, "an opponent is not listed");
        let v = view(
            "a game between Jane Roe's Acme and the Acme Knicks",
            &[("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Acme Knicks", 2, Organization)],
        );
        assert_eq!(membership(&v, 0).len(), 1, "a possessive names one organization");
        assert_eq!(
            found(
                "Jane Roe is a Brazilian footballer whose son plays for Acme.",
                &[("Jane Roe", 0, Person), ("Brazilian", 2, Country), ("Acme", 1, Organization)]
            ),
            None
        );
    }

    #[test]
    fn session_25_memberships() {
        assert_acme_roles(
            &[
                ("Jane Roe is an Indian politician belonging to the Acme.", "member"),
                ("Jane Roe is closely affiliated with the Acme.", "member"),
                ("Jane Roe is a German politician (Acme) and a member of parliament.", "politician"),
                ("Jane Roe is a distinguished professor emeritus at Acme.", "professor"),
                ("Jane Roe is a professor emerita of physics at the Acme.", "professor"),
                ("Jane Roe was a news anchor on Acme from 1990 to 2001.", "anchor"),
                ("Jane Roe plays at fly-half for the Acme.", "player"),
                ("Jane Roe played in goal for Acme.", "player"),
                ("Jane Roe rose to fame as a member of the girl group Acme.", "member"),
                ("Jane Roe was a guitarist in Acme.", "guitarist"),
                ("Jane Roe is an English singer who achieved international success as the guitarist of the band Acme.", "guitarist"),
                ("Jane Roe is an English musician, songwriter and record producer who founded Acme.", "founder"),
                ("Jane Roe spent 30 years as a researcher with the Acme.", "member"),
                ("Jane Roe held research positions at Acme.", "employee"),
                ("Jane Roe was on the faculty of Acme from 1950 to 1970.", "member"),
                ("Jane Roe rose through the ranks at Acme.", "member"),
                ("Jane Roe won the seat for the Acme in 1992.", "member"),
                ("Jane Roe has been a contributing editor to Acme since 1992.", "editor"),
                ("Jane Roe anchors the evening news for Acme.", "presenter"),
                ("Jane Roe was among the founders of the Acme.", "founder"),
                ("Jane Roe danced with the Acme for twenty years.", "dancer"),
            ],
            &[
                // A parenthesis that is not right after the description, or holds more.
                "Jane Roe is a German politician (born 1950, Acme).",
                "Jane Roe is a fan of Germany (Acme).",
                // A commentator on a country or a subject is no broadcaster's.
                "Jane Roe was a commentator on Acme's finances.",
                "Jane Roe played in a band with Acme.",
                // "in" names no organization for a role other than a musician's.
                "Jane Roe was an officer in Acme.",
                "Jane Roe spent 30 years as a critic of Acme.",
                "Jane Roe won the seat from the Acme in 1992.",
                "Jane Roe was on the side of Acme.",
            ],
        );
        assert_eq!(found("Jane Roe was a commentator on France.", &[("Jane Roe", 0, Person), ("France", 1, Country)]), None);
        // A description that names others is no list of occupations: "who" is theirs.
        let mentions = [("Jane Roe", 0, Person), ("Bob", 2, Person), ("Jim", 3, Person), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe is a friend of Bob, a banker, and Jim who founded Acme.", &mentions), None);
        // "Professor of History at Y": a field the NER model read as an organization is passed.
        let mentions = [("Jane Roe", 0, Person), ("History", 1, Organization), ("Acme University", 2, Organization)];
        assert_eq!(
            found("Jane Roe is a Professor Emeritus of History at the Acme University.", &mentions),
            Some((2, Some("professor".to_string())))
        );
        let mentions = [("Jane Roe", 0, Person), ("History", 1, Organization)];
        assert_eq!(
            found("Jane Roe is a professor at the History.", &mentions),
            Some((1, Some("professor".to_string()))),
            "no title before it"
        );
    }

    #[test]
    fn a_musician_s_band_named_as_one() {
        assert_acme_roles(
            &[
                ("Jane Roe was in the band Acme.", "member"),
                ("Jane Roe was briefly in the punk group Acme.", "member"),
                ("Jane Roe played in the band Acme.", "member"),
                ("Jane Roe and her band Acme toured Europe.", "leader"),
                ("Jane Roe and her backing band, the Acme, toured Europe.", "leader"),
                ("Jane Roe's band, Acme, released two albums.", "member"),
                ("Jane Roe later reunited with the Acme.", "member"),
            ],
            &[
                "Jane Roe was in the Acme.",
                "Jane Roe was in the band when she met Acme.",
                "Jane Roe and her brother founded a band with Acme.",
                "Jane Roe's band played at Acme.",
            ],
        );
        // The opening phrase's organization and the main clause's.
        let mentions = [("Acme", 1, Organization), ("Jane Roe", 0, Person), ("Beta", 2, Organization)];
        let v = view("Before joining Acme, Jane Roe was in the band Beta.", &mentions);
        let mut targets: Vec<usize> = membership(&v, 1).into_iter().map(|f| f.target).collect();
        targets.sort();
        assert_eq!(targets, [1, 2]);
    }

    #[test]
    fn members_and_founders_led_by_their_roles() {
        let mentions = [("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Ann Lee", 4, Person)];
        let v = view("Acme consisted of vocalist Jane Roe, lead guitarist John Doe and drummer Ann Lee.", &mentions);
        let roles: Vec<(usize, String)> =
            (1..4).flat_map(|person| membership(&v, person)).map(|f| (f.target, f.role.unwrap().into_owned())).collect();
        assert_eq!(roles, [(1, "vocalist".to_string()), (1, "lead guitarist".to_string()), (1, "drummer".to_string())]);
        // Kin is no role: the list ends there.
        let v = view("Acme consisted of Jane Roe, John Doe and his brother Ann Lee.", &mentions);
        assert!(membership(&v, 3).is_empty());
        let founders = |text: &str| -> Vec<(usize, String)> {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person)]);
            (1..3).flat_map(|person| membership(&v, person)).map(|f| (f.target, f.role.unwrap().into_owned())).collect()
        };
        let both = [(1, "founder".to_string()), (1, "founder".to_string())];
        assert_eq!(founders("Acme is an American rock band formed in 1990 by bassist Jane Roe and guitarist John Doe."), both);
        assert_eq!(founders("Acme is an American indie / alternative rock band founded by Jane Roe and John Doe."), both);
        assert!(founders("Acme is an American rock band formed in 1990 by Jane Roe's brother John Doe.").len() < 2);
    }

    #[test]
    fn asides_and_fronted_phrases() {
        assert_acme_roles(
            &[
                ("Jane Roe, a graduate of the Sorbonne, worked for Acme for twenty years.", "employee"),
                ("Jane Roe, who was born in Lyon in 1970 and educated in Paris, joined Acme in 1995.", "member"),
                ("Jane Roe, the daughter of a miner, later became the first chief executive of Acme.", "chief executive"),
                ("Jane Roe has, since 2001, been a member of the Acme.", "member"),
                ("Jane Roe was, from 1990 until her death, a member of the Acme.", "member"),
                ("Jane Roe is a French footballer who, since 2010, has played for Acme.", "player"),
                ("Jane Roe won the award while playing for Acme.", "member"),
                ("Jane Roe was transferred from Acme in 1996.", "player"),
            ],
            &[
                // An aside that ends in a clause of someone else's.
                "Jane Roe, whose father played for Acme, said so.",
                "Jane Roe, in an interview, criticised Acme.",
                "Jane Roe scored against Acme.",
            ],
        );
        // A demonym that describes the next person is theirs.
        let mentions = [("Jane Roe", 0, Person), ("Dutch", 1, Country), ("Bob Doe", 2, Person)];
        assert_eq!(found("Jane Roe, who signed from Acme, is set to join Dutch international Bob Doe.", &mentions), None);
        // The aside's organization, then the main clause's.
        let mentions = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let text = "Jane Roe, who had previously worked at Acme, was appointed chief executive of Beta in 2005.";
        assert_eq!(all_found(text, &mentions), [(1, Some("employee".to_string())), (2, Some("chief executive".to_string()))]);
        let text = "Jane Roe was transferred from Acme to Beta in 1996.";
        assert_eq!(all_targets(text, &mentions), [1, 2]);
        assert_eq!(all_targets("Jane Roe, who played for Acme, scored against Beta.", &mentions), [1]);
        // A sentence that opens by placing the person at the organization.
        for (text, role) in [
            ("With Acme, Jane Roe won two league titles.", "member"),
            ("Signed by Acme in 1995, Jane Roe made 200 appearances.", "player"),
            ("A product of the Acme youth system, Jane Roe made her debut in 1990.", "member"),
            ("During her time at Acme, Jane Roe designed three turbines.", "member"),
            ("While working at Acme, Jane Roe met her husband.", "employee"),
            ("After a loan spell at Acme, Jane Roe retired.", "member"),
            ("Following a brief stint with Acme, Jane Roe retired.", "member"),
            ("In her first season with Acme, Jane Roe scored 20 goals.", "member"),
            ("After three successful seasons at Acme, Jane Roe signed with Beta.", "member"),
        ] {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
            assert_eq!(membership(&v, 1).into_iter().map(|f| f.role.unwrap().into_owned()).collect::<Vec<_>>(), [role], "{text}");
        }
        for text in [
            "With the help of Acme, Jane Roe built a plant.",
            "With Acme and Beta gone, Jane Roe left.",
            // A year at a university is a student's; a spell against a club is a match.
            "In her first year at Acme, Jane Roe met her husband.",
            "After a spell against Acme, Jane Roe retired.",
            "After three years at Acme, Jane Roe retired.",
            "After three seasons against Acme, Jane Roe retired.",
        ] {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
            assert!(membership(&v, 1).is_empty(), "{text}");
        }
        let under = |text: &str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]);
            membership(&v, 0).into_iter().map(|f| f.role.unwrap().into_owned()).collect::<Vec<_>>()
        };
        assert_eq!(under("Under the management of Jane Roe, Acme won three titles."), ["manager"]);
        assert_eq!(under("Under the leadership of Jane Roe, the Acme won."), ["leader"]);
        assert!(under("Under pressure from Jane Roe, Acme resigned.").is_empty());
    }

    #[test]
    fn an_organization_takes_on_a_list_and_names_its_people() {
        let mentions = [("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person)];
        let roles = |text: &str| -> Vec<Option<String>> {
            let v = view(text, &mentions);
            (1..3).map(|person| membership(&v, person).into_iter().next().and_then(|f| f.role.map(|r| r.into_owned()))).collect()
        };
        let both = |role: &str| vec![Some(role.to_string()), Some(role.to_string())];
        assert_eq!(roles("Acme signed Jane Roe and John Doe in 1995."), both("player"));
        assert_eq!(roles("Acme employed Jane Roe and John Doe as engineers."), both("employee"));
        assert_eq!(roles("The Acme's candidates were Jane Roe and John Doe."), both("candidate"));
        assert_eq!(roles("Acme's founding engineers included Jane Roe and John Doe."), both("engineer"));
        assert_eq!(roles("Acme's rivals were Jane Roe and John Doe."), vec![None, None]);
        // News: "Acme said it has named X as ...", the role after "as".
        let v = view("Acme said it has named Jane Roe as executive vice president and chief financial officer.", &mentions[..2]);
        assert_eq!(
            membership(&v, 1).into_iter().map(|f| f.role.map(|r| r.into_owned())).collect::<Vec<_>>(),
            [Some("Vice President".to_string())]
        );
        let v = view("Acme appointed Jane Roe its chief executive on Tuesday.", &mentions[..2]);
        assert_eq!(
            membership(&v, 1).into_iter().map(|f| f.role.map(|r| r.into_owned())).collect::<Vec<_>>(),
            [Some("chief executive".to_string())]
        );
        // Accented words across the 60th byte: the phrase is cut at a character's start.
        let v = view("Acme said it has named Jane Roe as president and chief executive of Société Générale in Québec.", &mentions[..2]);
        assert_eq!(membership(&v, 1).len(), 1);
        let v = view("Acme said it will sue Jane Roe.", &mentions[..2]);
        assert!(membership(&v, 1).is_empty());
    }

    #[test]
    fn a_part_s_whole_organization() {
        let whole = |text: &str, mentions: &[(&'static str, usize, EntityType)]| whole_organization(&view(text, mentions), 1);
        let part_whole = [("Jane Roe", 0, Person), ("Queens College", 1, Organization), ("Acme University", 2, Organization)];
        assert_eq!(whole("Jane Roe, a professor at Queens College of the Acme University, died.", &part_whole), Some(2));
        assert_eq!(whole("Jane Roe is a lecturer at the Queens College at Acme University.", &part_whole), Some(2));
        assert_eq!(
            whole(
                "Jane Roe of Acme University's Queens College said so.",
                &[("Jane Roe", 0, Person), ("Acme University", 2, Organization), ("Queens College", 1, Organization)]
            ),
            Some(2)
        );
        assert_eq!(whole("Jane Roe left Queens College for Acme University.", &part_whole), None);
        let league = [("Jane Roe", 0, Person), ("Acme Celtics", 1, Organization), ("National Basketball Association", 2, Organization)];
        assert_eq!(
            whole("Jane Roe plays for the Acme Celtics of the National Basketball Association.", &league),
            None,
            "a league is no employer"
        );
    }

    #[test]
    fn scorers_and_batsmen_in_results_lines() {
        let teams = |text: &str, people: &[&'static str]| -> Vec<Vec<usize>> {
            let mut mentions = vec![("Acme", 1, Organization)];
            mentions.extend(people.iter().enumerate().map(|(i, p)| (*p, 10 + i, Person)));
            if text.contains("Beta") {
                mentions.push(("Beta", 2, Organization));
            }
            let v = view(text, &mentions);
            (1..=people.len()).map(|at| membership(&v, at).into_iter().map(|f| f.target).collect()).collect()
        };
        assert_eq!(
            teams("Acme 3 ( Jane Roe 35th , 48th , John Doe 74th penalty ) Beta 1 .", &["Jane Roe", "John Doe"]),
            [vec![1], vec![1]]
        );
        assert_eq!(
            teams("Acme 285-6 declared ( Jane Roe 111 not out , John Doe 58 ) v Beta", &["Jane Roe", "John Doe"]),
            [vec![1], vec![1]]
        );
        // Not an own goal, a bowler's figures, a name without figures, a bowler after ";".
        assert_eq!(teams("Acme 1 ( Jane Roe 20th og ) .", &["Jane Roe"]), [Vec::<usize>::new()]);
        assert_eq!(teams("Acme 83 ( Jane Roe 4-35 ) .", &["Jane Roe"]), [Vec::<usize>::new()]);
        assert_eq!(teams("1. Acme 16-1 ( Jane Roe ) .", &["Jane Roe"]), [Vec::<usize>::new()]);
        assert_eq!(teams("Acme 238 ( Jane Roe 100 not out ; John Doe 4-31 ) .", &["Jane Roe", "John Doe"]), [vec![1], vec![]]);
        assert_eq!(teams("Acme said ( Jane Roe 20 ) so.", &["Jane Roe"]), [Vec::<usize>::new()], "no score");
    }

    #[test]
    fn a_scorer_after_a_dash_and_a_demonym_s_state_body() {
        let v = view("Acme - Jane Roe ( 5th )", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert_eq!(membership(&v, 1).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1]);
        let v = view(
            "Acme - Jane Roe ( 5th ) , John Doe ( 72nd minute )",
            &[("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)],
        );
        assert_eq!(membership(&v, 2).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1]);
        let v = view("Acme - Jane Roe ( 1990 )", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "a year, not a minute");
        let finnish = [("Jane Roe", 0, Person), ("Finnish", 1, Country)];
        assert_eq!(found("Jane Roe served in the Finnish Army during the war.", &finnish), Some((1, Some("member".to_string()))));
        assert_eq!(found("Jane Roe served in the Finnish capital.", &finnish), None);
        assert_eq!(found("Jane Roe moved to the Finnish police station.", &finnish), None, "a station");
    }

    #[test]
    fn the_predicate_after_an_aside_naming_someone_is_the_subject_s() {
        let mentions = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe, along with John Doe, founded Acme.", &mentions);
        assert_eq!(membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1], "along with, set off by commas");
        for text in [
            "Jane Roe, the daughter of John Doe, was a member of the Acme.",
            "Jane Roe, who married John Doe in 1950, joined Acme in 1955.",
            "Jane Roe, son of John Doe, played for Acme.",
        ] {
            let v = view(text, &mentions);
            assert_eq!(membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1], "{text}");
        }
    }

    #[test]
    fn a_seat_in_a_body_and_the_first_elected_to_it() {
        assert_acme_roles(
            &[
                ("Jane Roe was a judge on the Acme Court.", "judge"),
                ("Jane Roe is a councillor on the Acme City Council.", "councillor"),
                ("Jane Roe was a deputy in the Acme Assembly from 1990 to 1995.", "deputy"),
                ("Jane Roe was a senator in the Acme Senate.", "senator"),
                ("Jane Roe was the first woman elected to the Acme Congress.", "member"),
                ("Jane Roe became the youngest person ever appointed to the Acme Court.", "member"),
            ],
            &[
                // "in" and "on" a place, a subject or a broadcaster's programme.
                "Jane Roe was a lawyer in Acme.",
                "Jane Roe was a judge in the Acme case.",
                "Jane Roe was a commentator on Acme's finances.",
                "Jane Roe was the first woman elected to lead the Acme.",
            ],
        );
        // A seat is in an organization, not a place.
        let place = found("Jane Roe was a judge on Acme.", &[("Jane Roe", 0, Person), ("Acme", 1, EntityType::Location)]);
        assert_eq!(place, None);
    }
}
