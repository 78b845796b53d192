//! Country names, codes, demonyms and capitals.
//!
//! Names, ISO codes and common aliases come from the `celes` crate; it has no demonyms or
//! capitals and its names are the formal ones ("The Russian Federation"), so this module adds a
//! small table of common names, demonyms and capitals for frequently reported countries.

use celes::Country;

use crate::text::normalize::country_form as clean;

/// A country, by ISO 3166-1 alpha-2 code, with the name we show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryRef {
    pub alpha2: &'static str,
}

impl CountryRef {
    /// The everyday English name ("United States", "Russia").
    pub fn name(&self) -> String {
        if let Some(row) = EXTRA.iter().find(|row| row.alpha2 == self.alpha2) {
            return row.name.to_string();
        }
        Country::from_alpha2(self.alpha2)
            .map(|c| c.long_name.trim_start_matches("The ").to_string())
            .unwrap_or_else(|_| self.alpha2.to_string())
    }
}

/// Our additions: everyday name, demonyms (adjective and people) and capital.
struct Extra {
    alpha2: &'static str,
    name: &'static str,
    demonyms: &'static [&'static str],
    capital: &'static str,
}

macro_rules! extra {
    ($($alpha2:literal, $name:literal, [$($demonym:literal),*], $capital:literal;)*) => {
        &[$(Extra { alpha2: $alpha2, name: $name, demonyms: &[$($demonym),*], capital: $capital }),*]
    };
}

const EXTRA: &[Extra] = extra! {
    "US", "United States", ["American", "Americans", "U.S.", "USA"], "Washington";
    "GB", "United Kingdom", ["British", "Briton", "Britons", "UK", "U.K."], "London";
    "RU", "Russia", ["Russian", "Russians"], "Moscow";
    "CN", "China", ["Chinese", "PRC", "P.R.C."], "Beijing";
    "DE", "Germany", ["German", "Germans"], "Berlin";
    "FR", "France", ["French"], "Paris";
    "TR", "Turkey", ["Turkish", "Turk", "Turks"], "Ankara";
    "BE", "Belgium", ["Belgian", "Belgians"], "";
    "IT", "Italy", ["Italian", "Italians"], "Rome";
    "ES", "Spain", ["Spanish", "Spaniard", "Spaniards"], "Madrid";
    "PL", "Poland", ["Polish", "Pole", "Poles"], "Warsaw";
    "HU", "Hungary", ["Hungarian", "Hungarians"], "Budapest";
    "UA", "Ukraine", ["Ukrainian", "Ukrainians"], "Kyiv";
    "JP", "Japan", ["Japanese"], "Tokyo";
    "IN", "India", ["Indian", "Indians"], "New Delhi";
    "CA", "Canada", ["Canadian", "Canadians"], "Ottawa";
    "AU", "Australia", ["Australian", "Australians"], "Canberra";
    "IR", "Iran", ["Iranian", "Iranians"], "Tehran";
    "IQ", "Iraq", ["Iraqi", "Iraqis"], "Baghdad";
    "IL", "Israel", ["Israeli", "Israelis"], "";
    "SY", "Syria", ["Syrian", "Syrians"], "Damascus";
    "AF", "Afghanistan", ["Afghan", "Afghans"], "Kabul";
    "PK", "Pakistan", ["Pakistani", "Pakistanis"], "Islamabad";
    "SA", "Saudi Arabia", ["Saudi", "Saudis"], "Riyadh";
    "EG", "Egypt", ["Egyptian", "Egyptians"], "Cairo";
    "KR", "South Korea", ["South Korean", "South Koreans", "S. Korean"], "Seoul";
    "KP", "North Korea", ["North Korean", "North Koreans", "N. Korean"], "Pyongyang";
    "TW", "Taiwan", ["Taiwanese"], "Taipei";
    "VN", "Vietnam", ["Vietnamese"], "Hanoi";
    "BR", "Brazil", ["Brazilian", "Brazilians"], "Brasilia";
    "MX", "Mexico", ["Mexican", "Mexicans"], "Mexico City";
    "NL", "Netherlands", ["Dutch"], "The Hague";
    "SE", "Sweden", ["Swedish", "Swede", "Swedes"], "Stockholm";
    "NO", "Norway", ["Norwegian", "Norwegians"], "Oslo";
    "DK", "Denmark", ["Danish", "Dane", "Danes"], "Copenhagen";
    "FI", "Finland", ["Finnish", "Finn", "Finns"], "Helsinki";
    "GR", "Greece", ["Greek", "Greeks"], "Athens";
    "AT", "Austria", ["Austrian", "Austrians"], "Vienna";
    "CH", "Switzerland", ["Swiss"], "Bern";
    "IE", "Ireland", ["Irish"], "Dublin";
    "PT", "Portugal", ["Portuguese"], "Lisbon";
    "CZ", "Czech Republic", ["Czech", "Czechs"], "Prague";
    "BY", "Belarus", ["Belarusian", "Belarusians"], "Minsk";
    "VE", "Venezuela", ["Venezuelan", "Venezuelans"], "Caracas";
    "NG", "Nigeria", ["Nigerian", "Nigerians"], "Abuja";
    "ZA", "South Africa", ["South African", "South Africans", "S. African"], "Pretoria";
    "MD", "Moldova", ["Moldovan", "Moldovans"], "Chisinau";
    "BO", "Bolivia", ["Bolivian", "Bolivians"], "";
    "TZ", "Tanzania", ["Tanzanian", "Tanzanians"], "Dodoma";
    "LA", "Laos", ["Laotian", "Lao"], "Vientiane";
    "CD", "DR Congo", ["Congolese", "Zairean", "Zairian"], "Kinshasa";
    "AE", "United Arab Emirates", ["Emirati", "Emiratis", "UAE"], "Abu Dhabi";
    "PH", "Philippines", ["Filipino", "Filipinos", "Philippine"], "Manila";
    "ID", "Indonesia", ["Indonesian", "Indonesians"], "Jakarta";
    "IS", "Iceland", ["Icelandic", "Icelander"], "Reykjavik";
    "LT", "Lithuania", ["Lithuanian"], "Vilnius";
    "LV", "Latvia", ["Latvian"], "Riga";
    "EE", "Estonia", ["Estonian"], "Tallinn";
    "RO", "Romania", ["Romanian", "Romanians"], "Bucharest";
    "BG", "Bulgaria", ["Bulgarian", "Bulgarians"], "Sofia";
    "RS", "Serbia", ["Serbian", "Serbs"], "Belgrade";
    "HR", "Croatia", ["Croatian", "Croats"], "Zagreb";
    "GE", "Georgia", ["Georgian", "Georgians"], "Tbilisi";
    "AM", "Armenia", ["Armenian", "Armenians"], "Yerevan";
    "AZ", "Azerbaijan", ["Azerbaijani", "Azerbaijanis", "Azeri"], "Baku";
    "KZ", "Kazakhstan", ["Kazakh", "Kazakhstani"], "Astana";
    "QA", "Qatar", ["Qatari"], "Doha";
    "LB", "Lebanon", ["Lebanese"], "Beirut";
    "JO", "Jordan", ["Jordanian"], "Amman";
    "LY", "Libya", ["Libyan", "Libyans"], "Tripoli";
    "ET", "Ethiopia", ["Ethiopian", "Ethiopians"], "Addis Ababa";
    "KE", "Kenya", ["Kenyan", "Kenyans"], "Nairobi";
    "AR", "Argentina", ["Argentine", "Argentinian", "Argentinean"], "Buenos Aires";
    "CL", "Chile", ["Chilean", "Chileans"], "Santiago";
    "CO", "Colombia", ["Colombian", "Colombians"], "Bogota";
    "CU", "Cuba", ["Cuban", "Cubans"], "Havana";
    "NZ", "New Zealand", ["New Zealander", "NZ"], "Wellington";
    "HK", "Hong Kong", ["Hong Konger", "Hong Kongers", "HK"], "";
    "MM", "Myanmar", ["Burmese", "Myanmar's"], "Naypyidaw";
    "TH", "Thailand", ["Thai"], "Bangkok";
    "MY", "Malaysia", ["Malaysian", "Malaysians"], "Kuala Lumpur";
    "SG", "Singapore", ["Singaporean", "Singaporeans"], "";
    "AL", "Albania", ["Albanian", "Albanians"], "Tirana";
    "DZ", "Algeria", ["Algerian", "Algerians"], "Algiers";
    "AO", "Angola", ["Angolan", "Angolans"], "Luanda";
    "BD", "Bangladesh", ["Bangladeshi", "Bangladeshis"], "Dhaka";
    "BA", "Bosnia and Herzegovina", ["Bosnian", "Bosnians"], "Sarajevo";
    "KH", "Cambodia", ["Cambodian", "Cambodians"], "Phnom Penh";
    "CM", "Cameroon", ["Cameroonian", "Cameroonians"], "Yaounde";
    "CY", "Cyprus", ["Cypriot", "Cypriots"], "Nicosia";
    "DO", "Dominican Republic", ["Dominican"], "Santo Domingo";
    "EC", "Ecuador", ["Ecuadorian", "Ecuadorians"], "Quito";
    "SV", "El Salvador", ["Salvadoran", "Salvadorans"], "San Salvador";
    "GH", "Ghana", ["Ghanaian", "Ghanaians"], "Accra";
    "GT", "Guatemala", ["Guatemalan", "Guatemalans"], "";
    "HN", "Honduras", ["Honduran", "Hondurans"], "Tegucigalpa";
    "JM", "Jamaica", ["Jamaican", "Jamaicans"], "";
    "KW", "Kuwait", ["Kuwaiti", "Kuwaitis"], "";
    "KG", "Kyrgyzstan", ["Kyrgyz"], "Bishkek";
    "MK", "North Macedonia", ["Macedonian", "Macedonians"], "Skopje";
    "MT", "Malta", ["Maltese"], "Valletta";
    "MN", "Mongolia", ["Mongolian", "Mongolians"], "Ulaanbaatar";
    "MA", "Morocco", ["Moroccan", "Moroccans"], "Rabat";
    "MZ", "Mozambique", ["Mozambican", "Mozambicans"], "Maputo";
    "NP", "Nepal", ["Nepali", "Nepalese"], "Kathmandu";
    "NI", "Nicaragua", ["Nicaraguan", "Nicaraguans"], "Managua";
    "OM", "Oman", ["Omani", "Omanis"], "Muscat";
    "PA", "Panama", ["Panamanian", "Panamanians"], "";
    "PY", "Paraguay", ["Paraguayan", "Paraguayans"], "Asuncion";
    "PE", "Peru", ["Peruvian", "Peruvians"], "Lima";
    "SN", "Senegal", ["Senegalese"], "Dakar";
    "SK", "Slovakia", ["Slovak", "Slovakian", "Slovaks"], "Bratislava";
    "SI", "Slovenia", ["Slovenian", "Slovene", "Slovenians"], "Ljubljana";
    "LK", "Sri Lanka", ["Sri Lankan", "Sri Lankans"], "Colombo";
    "SD", "Sudan", ["Sudanese"], "Khartoum";
    "TN", "Tunisia", ["Tunisian", "Tunisians"], "Tunis";
    "UG", "Uganda", ["Ugandan", "Ugandans"], "Kampala";
    "UY", "Uruguay", ["Uruguayan", "Uruguayans"], "Montevideo";
    "UZ", "Uzbekistan", ["Uzbek", "Uzbeks"], "Tashkent";
    "YE", "Yemen", ["Yemeni", "Yemenis"], "Sanaa";
    "ZM", "Zambia", ["Zambian", "Zambians"], "Lusaka";
    "ZW", "Zimbabwe", ["Zimbabwean", "Zimbabweans"], "Harare";
    "PS", "Palestine", ["Palestinian", "Palestinians"], "";
    "TJ", "Tajikistan", ["Tajik", "Tajiks"], "Dushanbe";
    "RW", "Rwanda", ["Rwandan", "Rwandans"], "Kigali";
    "SO", "Somalia", ["Somali", "Somalis"], "Mogadishu";
    "CI", "Ivory Coast", ["Ivorian", "Ivorians"], "";
    "HT", "Haiti", ["Haitian", "Haitians"], "Port-au-Prince";
    "ME", "Montenegro", ["Montenegrin", "Montenegrins"], "Podgorica";
    "LU", "Luxembourg", ["Luxembourgish", "Luxembourger"], "";
    "CR", "Costa Rica", ["Costa Rican"], "";
    "BH", "Bahrain", ["Bahraini"], "Manama";
    "FJ", "Fiji", ["Fijian"], "Suva";
    "LR", "Liberia", ["Liberian"], "";
    "SL", "Sierra Leone", ["Sierra Leonean"], "Freetown";
    "ML", "Mali", ["Malian"], "Bamako";
    "NE", "Niger", ["Nigerien"], "Niamey";
    "TD", "Chad", ["Chadian"], "N'Djamena";
    "GN", "Guinea", ["Guinean"], "Conakry";
    "TT", "Trinidad and Tobago", ["Trinidadian"], "Port of Spain";
    "NA", "Namibia", ["Namibian"], "Windhoek";
    "BW", "Botswana", ["Botswanan"], "Gaborone";
    "ER", "Eritrea", ["Eritrean"], "Asmara";
    "BI", "Burundi", ["Burundian"], "";
    "MG", "Madagascar", ["Malagasy"], "Antananarivo";
    "MW", "Malawi", ["Malawian"], "Lilongwe";
    "TG", "Togo", ["Togolese"], "Lome";
    "BJ", "Benin", ["Beninese"], "Porto-Novo";
    "BF", "Burkina Faso", ["Burkinabe"], "Ouagadougou";
    "GA", "Gabon", ["Gabonese"], "Libreville";
    "TM", "Turkmenistan", ["Turkmen"], "Ashgabat";
    "BT", "Bhutan", ["Bhutanese"], "Thimphu";
    "BN", "Brunei", ["Bruneian"], "";
    "PG", "Papua New Guinea", ["Papua New Guinean"], "Port Moresby";
    "MC", "Monaco", ["Monegasque"], "";
    "AD", "Andorra", ["Andorran"], "";
    "BS", "Bahamas", ["Bahamian"], "";
    "BB", "Barbados", ["Barbadian"], "Bridgetown";
    "GY", "Guyana", ["Guyanese"], "";
    "SR", "Suriname", ["Surinamese"], "Paramaribo";
    "BZ", "Belize", ["Belizean"], "Belmopan";
    "PR", "Puerto Rico", ["Puerto Rican"], "";
    "MR", "Mauritania", ["Mauritanian"], "Nouakchott";
    "MU", "Mauritius", ["Mauritian"], "";
    "WS", "Samoa", ["Samoan"], "Apia";
    "TO", "Tonga", ["Tongan"], "";
    "MV", "Maldives", ["Maldivian"], "";
    "LI", "Liechtenstein", ["Liechtensteiner"], "Vaduz";
    // Former states, under their ISO 3166-3 two-letter codes.
    "SU", "Soviet Union", ["Soviet", "Soviets", "USSR", "U.S.S.R."], "";
    "YU", "Yugoslavia", ["Yugoslav", "Yugoslavian"], "";
    "CS", "Czechoslovakia", ["Czechoslovak", "Czechoslovakian"], "";
    "DD", "East Germany", ["East German", "East Germans", "GDR"], "";
    // West Germany has no code of its own (Germany kept DE): one from the user-assigned range.
    "XW", "West Germany", ["West German", "West Germans"], "";
};

/// Parts of a country that the ISO tables alias to it but that news and encyclopedias treat as
/// places of their own (national teams, "King of Scotland"): never read as the United Kingdom.
const NOT_COUNTRIES: &[&str] = &["England", "Scotland", "Wales", "Northern Ireland"];

/// The state a home nation belongs to ("England", "Scotland"): its people's citizenship and its
/// organizations' country, which relations read it as.
pub fn state_of_home_nation(place: &str) -> Option<CountryRef> {
    NOT_COUNTRIES.iter().any(|n| n.eq_ignore_ascii_case(place.trim())).then_some(CountryRef { alpha2: "GB" })
}

/// The first-level regions of federal countries, by country code: the US states, Canada's
/// provinces, Australia's, Germany's and India's larger states, without the names that are also
/// a country's, a common given name or another country's region too ("Georgia", "Victoria",
/// "Punjab").
const REGIONS: &[(&str, &[&str])] = &[
    (
        "US",
        &[
            "Alabama",
            "Alaska",
            "Arizona",
            "Arkansas",
            "California",
            "Colorado",
            "Connecticut",
            "Delaware",
            "Florida",
            "Hawaii",
            "Idaho",
            "Illinois",
            "Indiana",
            "Iowa",
            "Kansas",
            "Kentucky",
            "Louisiana",
            "Maine",
            "Maryland",
            "Massachusetts",
            "Michigan",
            "Minnesota",
            "Mississippi",
            "Missouri",
            "Montana",
            "Nebraska",
            "Nevada",
            "New Hampshire",
            "New Jersey",
            "New Mexico",
            "New York",
            "North Carolina",
            "North Dakota",
            "Ohio",
            "Oklahoma",
            "Oregon",
            "Pennsylvania",
            "Rhode Island",
            "South Carolina",
            "South Dakota",
            "Tennessee",
            "Texas",
            "Utah",
            "Vermont",
            "Virginia",
            "West Virginia",
            "Wisconsin",
            "Wyoming",
        ],
    ),
    (
        "CA",
        &[
            "Alberta",
            "British Columbia",
            "Manitoba",
            "New Brunswick",
            "Newfoundland",
            "Nova Scotia",
            "Ontario",
            "Prince Edward Island",
            "Quebec",
            "Saskatchewan",
        ],
    ),
    ("AU", &["New South Wales", "Queensland", "South Australia", "Tasmania", "Western Australia"]),
    (
        "DE",
        &[
            "Bavaria",
            "Baden-Württemberg",
            "Brandenburg",
            "Hesse",
            "Lower Saxony",
            "Mecklenburg-Vorpommern",
            "North Rhine-Westphalia",
            "Rhineland-Palatinate",
            "Saarland",
            "Saxony",
            "Saxony-Anhalt",
            "Schleswig-Holstein",
            "Thuringia",
        ],
    ),
    (
        "IN",
        &[
            "Andhra Pradesh",
            "Assam",
            "Bihar",
            "Gujarat",
            "Haryana",
            "Karnataka",
            "Kerala",
            "Madhya Pradesh",
            "Maharashtra",
            "Odisha",
            "Rajasthan",
            "Tamil Nadu",
            "Telangana",
            "Uttar Pradesh",
            "West Bengal",
        ],
    ),
];

/// The country of a first-level region ("Texas", "Ontario", "Queensland"): its organizations'
/// country.
pub fn country_of_region(place: &str) -> Option<CountryRef> {
    let place = place.trim();
    REGIONS.iter().find(|(_, regions)| regions.iter().any(|r| r.eq_ignore_ascii_case(place))).map(|(alpha2, _)| CountryRef { alpha2 })
}

/// Cities of 150,000 people or more whose name no city of another country rivals (GeoNames,
/// CC BY 4.0; `scripts/make_cities.py` says how the list was made). A table, not a crate: the
/// gazetteer crates carry every place name of the world, ambiguous ones included, which is the
/// opposite of what a base read from "the Toronto-based bank" needs.
const CITIES: &str = include_str!("cities.tsv");

/// The country of a large city named unambiguously ("Toronto", "Nuremberg", "Frankfurt"), for
/// reading an organization's base ("the Toronto-based bank"), never a person's nationality.
/// Capitals and regions have their own lookups ([`by_capital`], [`country_of_region`]).
pub fn country_of_city(place: &str) -> Option<CountryRef> {
    static BY_NAME: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> = std::sync::LazyLock::new(|| {
        CITIES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(name, alpha2)| (deunicode::deunicode(name).to_lowercase(), alpha2))
            .collect()
    });
    // Accents as scraped and tokenized text may drop them: "Sao Paulo" is "São Paulo".
    BY_NAME.get(&deunicode::deunicode(place.trim()).to_lowercase()).map(|&alpha2| CountryRef { alpha2 })
}

/// The country of a demonym followed only by lower-case words that end in a kind of
/// organization ("Ukrainian police authority", "Iraqi oil ministry"), with no function
/// word among them ("Swiss Bank of ..." is a name).
pub fn demonym_before_a_kind(text: &str) -> Option<CountryRef> {
    let (first, rest) = text.trim().split_once(' ')?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let lower = words.iter().all(|w| crate::text::words::is_common_noun_word(w));
    let kind = words.last().is_some_and(|w| crate::text::roles::is_organization_noun(w));
    (lower && kind).then(|| by_demonym(first)).flatten()
}

/// Second words that make a demonym's name an event's or a body's, not a modifier: "the French
/// Open champion", "an English Premier League player".
const NAMED_AFTER_A_DEMONYM: &[&str] = &["Open", "Cup", "Games", "Championship", "Championships", "Grand", "Masters", "League"];

/// The country of a demonym tagged as one name with a capitalised modifier of the description
/// after it, right after an article: "an American Internet pioneer", "the American Glam metal
/// band". The description is lower-case words (up to three) ending in an occupation or a kind
/// of organization (an occupation only after a name tagged MISC); the modifier is one word that
/// is no kind of organization.
pub fn demonym_before_a_modifier(text: &str, before: &str, after: &str, tagged_misc: bool) -> Option<CountryRef> {
    let (demonym, modifier) = text.trim().split_once(' ')?;
    let one_modifier = !modifier.contains(' ')
        && modifier.starts_with(char::is_uppercase)
        && modifier.chars().all(char::is_alphabetic)
        && !crate::text::roles::is_organization_noun(modifier)
        && !NAMED_AFTER_A_DEMONYM.contains(&modifier);
    let article = matches!(before.trim_end().rsplit(' ').next(), Some("a" | "an" | "the"));
    // The lower-case words after the name, to a punctuation mark that ends one or a word that
    // opens a phrase or clause of its own ("a German Wehrmacht officer during the war", "...
    // officer who").
    let mut description = Vec::new();
    for word in after.split_whitespace().take(4) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        const CLAUSE_WORDS: &[&str] =
            &["during", "since", "until", "after", "before", "under", "between", "who", "which", "that", "when", "whose"];
        if bare.is_empty() || !crate::text::words::is_common_noun_word(bare) || CLAUSE_WORDS.contains(&bare) {
            break;
        }
        description.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    // (An occupation after a name tagged as an organization may be the employer's: "a British
    // Airways pilot"; a kind of organization is another one's: "the American Glam metal band".)
    let closes = (1..4).contains(&description.len())
        && description
            .last()
            .is_some_and(|w| (tagged_misc && crate::text::roles::is_occupation_word(w)) || crate::text::roles::is_organization_noun(w));
    (one_modifier && article && closes).then(|| by_demonym(demonym)).flatten()
}

/// Whether a mention read as its country names it by a demonym that opens a longer name,
/// which relations read alone: "Ukrainian police authority" ([`demonym_before_a_kind`]),
/// "Mexican Catholic" ([`demonym_before_a_faith`]), "American Glam" ([`demonym_before_a_modifier`];
/// `before` and `after` are the sentence's text around it).
pub fn demonym_opens_the_name(text: &str, before: &str, after: &str, tagged_misc: bool) -> bool {
    demonym_before_a_kind(text).is_some()
        || demonym_before_a_faith(text).is_some()
        || demonym_before_a_modifier(text, before, after, tagged_misc).is_some()
}

/// Faiths written after a demonym in one name the NER model tags ("Mexican Catholic priest",
/// "Irish Protestant family"): the demonym still names a nationality.
const FAITH_ADJECTIVES: &[&str] = &[
    "Catholic",
    "Protestant",
    "Orthodox",
    "Jewish",
    "Muslim",
    "Islamic",
    "Sunni",
    "Shia",
    "Shiite",
    "Anglican",
    "Lutheran",
    "Methodist",
    "Baptist",
    "Presbyterian",
    "Calvinist",
    "Evangelical",
    "Christian",
    "Buddhist",
    "Hindu",
    "Sikh",
    "Coptic",
    "Maronite",
    "Mormon",
];

/// Whether a word names a faith ("Catholic", "Sikh").
pub fn is_faith(word: &str) -> bool {
    FAITH_ADJECTIVES.contains(&word)
}

/// The country of a demonym before a faith, the two tagged as one name ("Mexican Catholic").
pub fn demonym_before_a_faith(text: &str) -> Option<CountryRef> {
    let (first, faith) = text.trim().split_once(' ')?;
    FAITH_ADJECTIVES.contains(&faith.trim()).then(|| by_demonym(first)).flatten()
}

/// Everyday names the ISO tables lack.
const EVERYDAY_NAMES: &[(&str, &str)] = &[
    ("Britain", "GB"),
    ("Holland", "NL"),
    ("Burma", "MM"),
    ("Zaire", "CD"),
    ("Republic of Ireland", "IE"),
    ("Irish Republic", "IE"),
    ("Ivory Coast", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("Persia", "IR"),
    // Official and historical long forms, as encyclopedias write them.
    ("People's Republic of China", "CN"),
    ("Republic of China", "TW"),
    ("Union of Soviet Socialist Republics", "SU"),
    ("German Democratic Republic", "DD"),
    ("Federal Republic of Germany", "DE"),
    // (Not the "Federal Republic of Yugoslavia" of 1992-2003, which news files apart from the
    // federation it followed.)
    ("Socialist Federal Republic of Yugoslavia", "YU"),
    ("Kingdom of Yugoslavia", "YU"),
    ("Kingdom of Spain", "ES"),
    ("Kingdom of the Netherlands", "NL"),
    ("French Republic", "FR"),
    ("Italian Republic", "IT"),
    ("Republic of India", "IN"),
    ("Republic of the Philippines", "PH"),
    ("Republic of Macedonia", "MK"),
    ("Republic of the Congo", "CG"),
    ("Republic of Korea", "KR"),
    // Headline abbreviations.
    ("S. Korea", "KR"),
    ("N. Korea", "KP"),
    ("S. Africa", "ZA"),
];

/// "Republic of ", "the State of ", "Commonwealth of the " before a country's name (group `rest`).
static LONG_FORM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(the\s+)?(republic|state|commonwealth)\s+of\s+(the\s+)?(?P<rest>\S.*)$").expect("valid regex")
});

/// Looks a whole name up: official or common name, alias ("America", "Britain"), ISO code,
/// or dotted code ("U.S."). `allow_codes` admits bare two- and three-letter codes, which are
/// only safe for mentions the model already called a place.
pub fn by_name(text: &str, allow_codes: bool) -> Option<CountryRef> {
    let cleaned = clean(text);
    if cleaned.is_empty() || NOT_COUNTRIES.iter().any(|n| n.eq_ignore_ascii_case(&cleaned)) {
        return None;
    }
    // ("Côte d'Ivoire" as "Cote d'Ivoire": accents folded.)
    let ascii = deunicode::deunicode(&cleaned);
    if let Some((_, alpha2)) = EVERYDAY_NAMES.iter().find(|(name, _)| name.eq_ignore_ascii_case(&ascii)) {
        return Some(CountryRef { alpha2 });
    }
    if let Some(row) = EXTRA.iter().find(|row| row.name.eq_ignore_ascii_case(&cleaned)) {
        return Some(CountryRef { alpha2: row.alpha2 });
    }
    // "Republic of Ghana", "State of Israel", "Commonwealth of Australia": a long form of a
    // country's name the tables lack (not "State of Maine", whose rest names no country; not
    // "Kingdom of X", which is often a former state the gold files apart).
    if let Some(rest) = LONG_FORM.captures(&cleaned).and_then(|c| c.name("rest")) {
        return by_name(rest.as_str(), false);
    }
    let squashed: String = cleaned.chars().filter(|c| c.is_alphanumeric()).collect();
    let squashed_lower = squashed.to_lowercase();
    let found = Country::from_name(&squashed_lower)
        .or_else(|_| Country::from_alias(&squashed_lower))
        .or_else(|_| Country::from_name(format!("the{squashed_lower}")))
        .ok();
    if let Some(country) = found {
        return Some(CountryRef { alpha2: country.alpha2 });
    }
    // Codes: "US", "U.S.", "USA", "UK" (UK is not ISO; it is in our table as a demonym-like form).
    // Letters and dots only: "P&G" or "R-R" are names, not the codes PG and RR.
    let is_code = squashed.len() <= 3
        && squashed.chars().all(|c| c.is_ascii_uppercase())
        && cleaned.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    if is_code {
        // Our table's short forms (US, UK, UAE) are safe in any mention; bare ISO codes only
        // where the model already called the mention a place or organization.
        if let Some(row) = EXTRA.iter().find(|row| row.demonyms.iter().any(|d| d.replace('.', "") == squashed)) {
            return Some(CountryRef { alpha2: row.alpha2 });
        }
        // A dotted form not in our table is an abbreviation of something else: "L.A." is Los
        // Angeles, not Laos; "N.C." North Carolina, not New Caledonia.
        if !allow_codes || cleaned.contains('.') {
            return None;
        }
        let code = match squashed.len() {
            2 => Country::from_alpha2(&squashed).ok(),
            3 => Country::from_alpha3(&squashed).ok(),
            _ => None,
        };
        return code.map(|c| CountryRef { alpha2: c.alpha2 });
    }
    None
}

/// The country a birthplace's demonym names: "Swedish-born", "French - born" (as tokenized
/// text writes it).
pub fn by_birth_demonym(text: &str) -> Option<CountryRef> {
    let birthplace = crate::text::words::before_hyphenated_word(text, "born")?;
    // "Ghana-born" too: a country's name (not one a US state shares: "Georgia-born" is mostly
    // the state's).
    let shared_with_a_state = state_named_like_a_country(birthplace).is_some();
    by_demonym(birthplace)
        .or_else(|| by_name(birthplace, false).filter(|_| !shared_with_a_state && country_of_region(birthplace).is_none()))
}

/// A demonym or adjective ("Chinese", "Turkish", "American").
pub fn by_demonym(text: &str) -> Option<CountryRef> {
    demonym_forms(&clean(text)).find_map(|form| {
        EXTRA.iter().find(|row| row.demonyms.iter().any(|d| d.eq_ignore_ascii_case(&form))).map(|row| CountryRef { alpha2: row.alpha2 })
    })
}

/// The spellings a demonym may be listed under: itself, its plural ("Serb" under "Serbs") and
/// the adjective of a "-man" noun ("Frenchman"). A plural not listed is left alone: encyclopedic
/// and news gold alike file "Barbadians" and "Serbs" as a people, not as the country.
fn demonym_forms(cleaned: &str) -> impl Iterator<Item = String> + '_ {
    let person = adjective_of_person_noun(cleaned);
    [Some(cleaned.to_string()), Some(format!("{cleaned}s")), person.map(str::to_string)].into_iter().flatten()
}

/// The place other than a country a demonym names: a home nation ("Scottish" → "Scotland"), a
/// continent ("European" → "Europe") or a region ("Chechen" → "Chechnya"), read as that place.
/// A people's plural ("Europeans", "Asians") is left alone; a "-man" noun is read
/// ("Englishman").
pub fn place_by_demonym(text: &str) -> Option<&'static str> {
    let cleaned = clean(text);
    let place = [Some(cleaned.as_str()), adjective_of_person_noun(&cleaned)]
        .into_iter()
        .flatten()
        .find_map(|form| PLACE_DEMONYMS.iter().find(|(demonym, _)| demonym.eq_ignore_ascii_case(form)).map(|(_, place)| *place));
    place
}

/// "Frenchman" → "French" (one person: "Frenchmen" are a people).
fn adjective_of_person_noun(cleaned: &str) -> Option<&str> {
    cleaned.strip_suffix("man").filter(|rest| rest.len() >= 4)
}

/// The country a national team's nickname names ("Springboks", "All Blacks"). A team named by
/// its country is read as the country, and these nicknames are that team in sports reporting.
pub fn by_team_nickname(text: &str) -> Option<CountryRef> {
    let cleaned = clean(text);
    let singular = cleaned.strip_suffix('s').unwrap_or(&cleaned);
    TEAM_NICKNAMES
        .iter()
        .find(|(nickname, _)| {
            nickname.eq_ignore_ascii_case(&cleaned) || nickname.strip_suffix('s').is_some_and(|n| n.eq_ignore_ascii_case(singular))
        })
        .map(|(_, alpha2)| CountryRef { alpha2 })
}

/// The U.S. state an AP-style abbreviation names ("Calif.", "N.Y.", "Mo."), with or without
/// its dot (tokenized text splits it off: "Calif ."). Only for mentions tagged as places:
/// "Miss." and "Mass." are words too.
pub fn us_state_by_abbreviation(text: &str) -> Option<&'static str> {
    let bare = bare_abbreviation(text);
    US_STATE_ABBREVIATIONS
        .iter()
        .find(|(abbreviation, _)| abbreviation.trim_end_matches('.').eq_ignore_ascii_case(&bare))
        .map(|(_, state)| *state)
}

/// An abbreviation without its dot ("Colo ." as tokenized text writes it: the space before the
/// dot goes too).
fn bare_abbreviation(text: &str) -> String {
    text.trim().trim_end_matches('.').trim_end().replace(". ", ".")
}

/// [`us_state_by_abbreviation`] for a mention after `before`: an abbreviation that is a word
/// too names no state after a lower-case word ("will celebrate Mass."), only after a city and
/// its comma ("Boston, Mass.") or opening a headline ("Mass. governor has trouble").
pub fn us_state_by_abbreviation_after(text: &str, before: &str) -> Option<&'static str> {
    const WORDS_TOO: &[&str] = &["mass", "miss", "wash", "ill", "ore", "del", "la", "ind", "mo"];
    let a_word = WORDS_TOO.contains(&bare_abbreviation(text).to_lowercase().as_str());
    if a_word && before.trim_end().ends_with(char::is_lowercase) {
        return None;
    }
    us_state_by_abbreviation(text)
}

/// The US states' and Canadian provinces' two-letter postal codes (fixed public lists).
const POSTAL_CODES: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("AB", "Alberta"),
    ("BC", "British Columbia"),
    ("MB", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"),
    ("NS", "Nova Scotia"),
    ("NT", "Northwest Territories"),
    ("NU", "Nunavut"),
    ("ON", "Ontario"),
    ("PE", "Prince Edward Island"),
    ("QC", "Quebec"),
    ("SK", "Saskatchewan"),
    ("YT", "Yukon"),
];

/// The US state or Canadian province a two-letter postal code names ("CA": California).
pub fn region_by_postal_code(text: &str) -> Option<&'static str> {
    // ("CA." closing a sentence, as the model may take the full stop in.)
    let text = text.trim().strip_suffix('.').unwrap_or(text.trim());
    POSTAL_CODES.iter().find(|(code, _)| *code == text).map(|(_, region)| *region)
}

/// A US legislator's party and state as news writes them after the name ("Sen. John McCain,
/// R-Ariz.", "D-N.Y.", "R-Texas", "(R - PA)"): no name, whatever the model tagged it.
pub fn is_party_and_state(text: &str) -> bool {
    // (Most mentions have no hyphen: no copy made for them.)
    if !text.contains('-') {
        return false;
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let Some((party, state)) = compact.split_once('-') else { return false };
    let bare = state.trim_end_matches('.');
    // Any two capitals: territories too ("D-PR", "D-GU").
    let postal_code = bare.len() == 2 && bare.chars().all(|c| c.is_ascii_uppercase());
    // (An AP abbreviation names a US state even where the region table leaves the state out:
    // "R-Ga.".)
    let a_us_state =
        us_state_by_abbreviation(bare).is_some() || country_of_state_after_a_city(bare).is_some_and(|country| country.alpha2 == "US");
    matches!(party, "R" | "D" | "I") && (postal_code || a_us_state)
}

/// The country of a state or province as news writes it after a city ("Cupertino, CA",
/// "Sunnyvale, Calif.", "Redmond, Wash.", "Austin, Texas", "Atlanta, Ga."): its postal code,
/// its AP abbreviation or its name.
pub fn country_of_state_after_a_city(text: &str) -> Option<CountryRef> {
    // "Wash." and "N.Y.": the AP abbreviations [`us_state_by_abbreviation`] leaves out because
    // a city shares the state's name; after a city they are the states.
    if matches!(text.trim().trim_end_matches('.').replace(". ", ".").as_str(), "Wash" | "N.Y" | "NY") {
        return Some(CountryRef { alpha2: "US" });
    }
    let state = region_by_postal_code(text).or_else(|| us_state_by_abbreviation(text)).unwrap_or(text);
    let named_like_a_country = state_named_like_a_country(state).is_some();
    country_of_region(state).or(named_like_a_country.then_some(CountryRef { alpha2: "US" }))
}

/// US states named like a country, which [`REGIONS`] leaves out: after a city of the United
/// States they are the state ("Atlanta, Georgia"), elsewhere the country ("Tbilisi, Georgia").
const US_STATES_NAMED_LIKE_A_COUNTRY: &[&str] = &["Georgia"];

/// The US state named like a country that `text` spells ("Georgia", any case).
fn state_named_like_a_country(text: &str) -> Option<&'static str> {
    US_STATES_NAMED_LIKE_A_COUNTRY.iter().find(|name| name.eq_ignore_ascii_case(text.trim())).copied()
}

/// The US state a country's name is where it follows a US city and a comma ("Atlanta,
/// Georgia", "Savannah, Georgia,"); `before` is the sentence up to the mention.
pub fn us_state_named_like_a_country(text: &str, before: &str) -> Option<&'static str> {
    let state = state_named_like_a_country(text)?;
    let city = before.trim_end().strip_suffix(',')?.trim_end();
    // The city's name: its last one to three words.
    let words: Vec<&str> = city.split_whitespace().collect();
    let us_city = (1..=3.min(words.len()))
        .any(|n| country_of_city(&words[words.len() - n..].join(" ")).is_some_and(|country| country.alpha2 == "US"));
    us_city.then_some(state)
}

/// The Associated Press's state abbreviations (a fixed public list; states it never
/// abbreviates, such as Texas and Ohio, are absent, and so are New York and Washington, whose
/// names the cities share: the place node is by name).
const US_STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala.", "Alabama"),
    ("Ariz.", "Arizona"),
    ("Ark.", "Arkansas"),
    ("Calif.", "California"),
    ("Colo.", "Colorado"),
    ("Conn.", "Connecticut"),
    ("Del.", "Delaware"),
    ("Fla.", "Florida"),
    ("Ga.", "Georgia"),
    ("Ill.", "Illinois"),
    ("Ind.", "Indiana"),
    ("Kan.", "Kansas"),
    ("Ky.", "Kentucky"),
    ("La.", "Louisiana"),
    ("Md.", "Maryland"),
    ("Mass.", "Massachusetts"),
    ("Mich.", "Michigan"),
    ("Minn.", "Minnesota"),
    ("Miss.", "Mississippi"),
    ("Mo.", "Missouri"),
    ("Mont.", "Montana"),
    ("Neb.", "Nebraska"),
    ("Nev.", "Nevada"),
    ("N.H.", "New Hampshire"),
    ("N.J.", "New Jersey"),
    ("N.M.", "New Mexico"),
    ("N.C.", "North Carolina"),
    ("N.D.", "North Dakota"),
    ("Okla.", "Oklahoma"),
    ("Ore.", "Oregon"),
    ("Pa.", "Pennsylvania"),
    ("R.I.", "Rhode Island"),
    ("S.C.", "South Carolina"),
    ("S.D.", "South Dakota"),
    ("Tenn.", "Tennessee"),
    ("Vt.", "Vermont"),
    ("Va.", "Virginia"),
    ("W.Va.", "West Virginia"),
    ("Wis.", "Wisconsin"),
    // Not AP's, but common in news all the same.
    ("Wisc.", "Wisconsin"),
    ("Wyo.", "Wyoming"),
];

/// National teams' nicknames (a public, stable list: rugby, cricket and football sides), with
/// their country. Nicknames that also name clubs or companies ("Pumas", "Lions") are left out.
const TEAM_NICKNAMES: &[(&str, &str)] = &[
    ("Springboks", "ZA"),
    ("Proteas", "ZA"),
    ("Bafana Bafana", "ZA"),
    ("All Blacks", "NZ"),
    ("Black Caps", "NZ"),
    ("Wallabies", "AU"),
    ("Socceroos", "AU"),
    ("Matildas", "AU"),
    ("Azzurri", "IT"),
    ("Les Bleus", "FR"),
    ("Oranje", "NL"),
    ("Super Eagles", "NG"),
    ("Black Stars", "GH"),
    ("Indomitable Lions", "CM"),
    ("Brave Blossoms", "JP"),
    ("Albiceleste", "AR"),
];

/// Demonyms of places that are not countries (home nations, continents, regions with a people
/// of their own). Religions and ethnic groups without a place of that name are left out.
const PLACE_DEMONYMS: &[(&str, &str)] = &[
    ("English", "England"),
    ("Scottish", "Scotland"),
    ("Scots", "Scotland"),
    ("Welsh", "Wales"),
    ("Northern Irish", "Northern Ireland"),
    ("European", "Europe"),
    ("African", "Africa"),
    ("Asian", "Asia"),
    ("North American", "North America"),
    ("South American", "South America"),
    ("Latin American", "Latin America"),
    ("Central American", "Central America"),
    ("Middle Eastern", "Middle East"),
    ("Scandinavian", "Scandinavia"),
    ("Balkan", "Balkans"),
    ("Caribbean", "Caribbean"),
    ("Chechen", "Chechnya"),
    ("Chechens", "Chechnya"),
    ("Kurdish", "Kurdistan"),
    ("Basque", "Basque Country"),
    ("Catalan", "Catalonia"),
    ("Tibetan", "Tibet"),
    ("Kashmiri", "Kashmir"),
    ("Flemish", "Flanders"),
    ("Bavarian", "Bavaria"),
    ("Sicilian", "Sicily"),
    ("Siberian", "Siberia"),
    ("Crimean", "Crimea"),
    ("Kosovar", "Kosovo"),
    ("Quebecois", "Quebec"),
    ("Californian", "California"),
    ("Texan", "Texas"),
];

/// Seats of government that news names for the government in them ("the Kremlin said",
/// "White House spokesman X"): institutions of their country, not places or the country.
/// Written as [`crate::text::normalize::fold`] writes them (lower case, accents folded).
const SEATS_OF_GOVERNMENT: &[(&str, &str)] = &[
    ("kremlin", "RU"),
    ("white house", "US"),
    ("pentagon", "US"),
    ("capitol hill", "US"),
    ("downing street", "GB"),
    ("whitehall", "GB"),
    ("elysee", "FR"),
    ("elysee palace", "FR"),
    ("quai d'orsay", "FR"),
    ("zhongnanhai", "CN"),
    ("blue house", "KR"),
];

/// The country whose government a seat of government names ("Kremlin", "the White House",
/// "Élysée").
pub fn by_seat_of_government(text: &str) -> Option<CountryRef> {
    // (Accents folded: "Élysée" is "Elysee".)
    let folded = crate::text::normalize::fold(&clean(text));
    SEATS_OF_GOVERNMENT.iter().find(|(seat, _)| *seat == folded).map(|(_, alpha2)| CountryRef { alpha2 })
}

/// Whether a name is or ends with a seat of government ("White House", "the Clinton White
/// House"): no longer form of its last word ("House" is the House of Representatives).
pub fn ends_with_seat_of_government(text: &str) -> bool {
    let folded = crate::text::normalize::fold(text);
    SEATS_OF_GOVERNMENT.iter().any(|(seat, _)| folded.strip_suffix(seat).is_some_and(|rest| rest.is_empty() || rest.ends_with(' ')))
}

/// Other spellings of capitals still common in text (the Russian-era and older English
/// forms), with the country's code.
const OTHER_CAPITAL_SPELLINGS: &[(&str, &str)] =
    &[("Kiev", "UA"), ("Kishinev", "MD"), ("Tiflis", "GE"), ("Ashkhabad", "TM"), ("Peking", "CN"), ("Rangoon", "MM")];

/// A capital city ("Beijing", "Kiev"), which news text uses for the country's government.
pub fn by_capital(text: &str) -> Option<CountryRef> {
    let cleaned = clean(text);
    let listed = EXTRA.iter().find(|row| !row.capital.is_empty() && row.capital.eq_ignore_ascii_case(&cleaned)).map(|row| row.alpha2);
    let other = || OTHER_CAPITAL_SPELLINGS.iter().find(|(spelling, _)| spelling.eq_ignore_ascii_case(&cleaned)).map(|(_, code)| *code);
    listed.or_else(other).map(|alpha2| CountryRef { alpha2 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_cities_named_unambiguously_have_their_country() {
        let code = |text: &str| country_of_city(text).map(|c| c.alpha2);
        assert_eq!(code("Toronto"), Some("CA"));
        assert_eq!(code("Nuremberg"), Some("DE"));
        assert_eq!(code("Frankfurt"), Some("DE"));
        assert_eq!(code("boston"), Some("US"));
        // With or without its accents.
        assert_eq!(code("Sao Paulo"), Some("BR"));
        assert_eq!(code("São Paulo"), Some("BR"));
        assert_eq!(code("Montreal"), Some("CA"));
        // Shared by cities of two countries, too small, or not a city.
        for none in ["Vancouver", "Valencia", "Hyderabad", "Cambridge", "Acme", ""] {
            assert_eq!(code(none), None, "{none}");
        }
    }

    #[test]
    fn a_demonym_before_lower_case_words_ending_in_a_kind_of_organization_is_its_country() {
        let code = |text: &str| demonym_before_a_kind(text).map(|c| c.alpha2);
        assert_eq!(code("Ukrainian police authority"), Some("UA"));
        assert_eq!(code("Iraqi oil ministry"), Some("IQ"));
        for none in ["Ukrainian", "Swiss bank of choice", "Swiss Police Authority", "German archeological finds", "Acme police authority"] {
            assert_eq!(code(none), None, "{none}");
        }
    }

    #[test]
    fn a_demonym_with_a_capitalised_modifier_of_the_description_after_it_is_its_country() {
        let code = |before: &str, text: &str, after: &str| demonym_before_a_modifier(text, before, after, true).map(|c| c.alpha2);
        assert_eq!(code("was an ", "American Internet", " pioneer, who led"), Some("US"));
        assert_eq!(code("a ballad by the ", "American Glam", " metal band Poison"), Some("US"));
        // A phrase or clause of its own after the description.
        assert_eq!(code("was a ", "German Wehrmacht", " officer during the war."), Some("DE"));
        assert_eq!(code("was a ", "German Wehrmacht", " officer who fought."), Some("DE"));
        for (before, text, after) in [
            ("was a ", "British Airlines", " spokesman."),
            ("the 1990 ", "French Open", " champion"),
            ("an ", "English Premier", " League player"),
            ("was an ", "American Internet", " technology and research work"),
            ("was an ", "American Internet", "."),
            ("by ", "American Internet", " pioneer"),
            ("an ", "Acme Internet", " pioneer"),
        ] {
            assert_eq!(code(before, text, after), None, "{before}{text}{after}");
        }
        // An occupation after a name tagged as an organization is the employer's.
        assert_eq!(demonym_before_a_modifier("British Airways", "was a ", " pilot.", false), None);
        assert_eq!(demonym_before_a_modifier("American Glam", "the ", " metal band", false).map(|c| c.alpha2), Some("US"));
    }

    #[test]
    fn a_birthplace_demonym_is_its_country() {
        let code = |text: &str| by_birth_demonym(text).map(|c| c.alpha2);
        assert_eq!(code("Swedish-born"), Some("SE"));
        assert_eq!(code("French - born"), Some("FR"));
        assert_eq!(code("German-Born"), Some("DE"));
        assert_eq!(code("Ghana-born"), Some("GH"), "a country's name");
        for none in ["Swedish", "reborn", "-born", "Stockholm-born", "first-born", "born", "Georgia-born"] {
            assert_eq!(code(none), None, "{none}");
        }
    }

    fn code(found: Option<CountryRef>) -> Option<&'static str> {
        found.map(|c| c.alpha2)
    }

    #[test]
    fn a_republic_or_state_of_a_country_is_that_country() {
        for (name, alpha2) in
            [("Republic of Ghana", "GH"), ("the State of Israel", "IL"), ("Commonwealth of Australia", "AU"), ("Republic of Poland", "PL")]
        {
            assert_eq!(code(by_name(name, false)), Some(alpha2), "{name}");
        }
        // The tables' own long forms win; a state of a federation or a city's republic is none.
        assert_eq!(code(by_name("Republic of China", false)), Some("TW"));
        for name in ["State of Maine", "Republic of Venice", "Commonwealth of Massachusetts", "Kingdom of Hungary", "Republic of"] {
            assert_eq!(code(by_name(name, false)), None, "{name}");
        }
    }

    #[test]
    fn the_two_german_states_and_rarer_demonyms() {
        assert_eq!(code(by_name("East Germany", false)), Some("DD"));
        assert_eq!(code(by_demonym("East German")), Some("DD"));
        assert_eq!(code(by_name("GDR", false)), Some("DD"));
        assert_eq!(code(by_name("West Germany", false)), Some("XW"));
        assert_eq!(code(by_demonym("West German")), Some("XW"));
        assert_eq!(CountryRef { alpha2: "XW" }.name(), "West Germany");
        assert_eq!(code(by_demonym("German")), Some("DE"));
        for (name, alpha2) in [
            ("People's Republic of China", "CN"),
            ("Republic of China", "TW"),
            ("Union of Soviet Socialist Republics", "SU"),
            ("Côte d'Ivoire", "CI"),
            ("Kingdom of Spain", "ES"),
            ("PRC", "CN"),
            ("P.R.C.", "CN"),
        ] {
            assert_eq!(code(by_name(name, false)), Some(alpha2), "{name}");
        }
        for (demonym, alpha2) in [("Kazakhstani", "KZ"), ("Argentinean", "AR"), ("Icelander", "IS"), ("Mauritian", "MU"), ("Samoan", "WS")]
        {
            assert_eq!(code(by_demonym(demonym)), Some(alpha2), "{demonym}");
        }
    }

    #[test]
    fn seats_of_government() {
        assert_eq!(code(by_seat_of_government("Kremlin")), Some("RU"));
        assert_eq!(code(by_seat_of_government("the White House")), Some("US"));
        assert_eq!(code(by_seat_of_government("Élysée")), Some("FR"));
        assert_eq!(code(by_seat_of_government("House")), None);
        assert_eq!(code(by_seat_of_government("Moscow")), None);
    }

    #[test]
    fn headline_abbreviations() {
        assert_eq!(code(by_name("S. Korea", false)), Some("KR"));
        assert_eq!(code(by_demonym("S. KOREAN")), Some("KR"));
        assert_eq!(code(by_name("N. Korea", false)), Some("KP"));
        assert_eq!(code(by_demonym("S. African")), Some("ZA"));
    }

    #[test]
    fn national_team_nicknames() {
        assert_eq!(code(by_team_nickname("Springboks")), Some("ZA"));
        assert_eq!(code(by_team_nickname("SPRINGBOK")), Some("ZA"));
        assert_eq!(code(by_team_nickname("the All Blacks")), Some("NZ"));
        assert_eq!(code(by_team_nickname("All Black")), Some("NZ"));
        assert_eq!(code(by_team_nickname("Lions")), None);
        assert_eq!(code(by_team_nickname("Blacks")), None);
    }

    #[test]
    fn names_aliases_and_codes() {
        assert_eq!(code(by_name("United States", false)), Some("US"));
        assert_eq!(code(by_name("the United States", false)), Some("US"));
        assert_eq!(code(by_name("America", false)), Some("US"));
        assert_eq!(code(by_name("U.S.", false)), Some("US"));
        assert_eq!(code(by_name("US", true)), Some("US"));
        assert_eq!(code(by_name("US", false)), Some("US"));
        assert_eq!(code(by_name("IT", false)), None);
        assert_eq!(code(by_name("IT", true)), Some("IT"));
        assert_eq!(code(by_name("L.A.", true)), None, "Los Angeles, not Laos");
        assert_eq!(code(by_name("N.C.", true)), None, "North Carolina, not New Caledonia");
        assert_eq!(code(by_name("U.K.", true)), Some("GB"));
        assert_eq!(code(by_name("H.K.", false)), Some("HK"), "our table's dotted forms stay");
        assert_eq!(code(by_name("USA", true)), Some("US"));
        assert_eq!(code(by_name("Russia", false)), Some("RU"));
        assert_eq!(code(by_name("United Kingdom", false)), Some("GB"));
        assert_eq!(code(by_name("UK", true)), Some("GB"));
        assert_eq!(code(by_name("Belgium", false)), Some("BE"));
        assert_eq!(code(by_name("Britain", false)), Some("GB"));
        assert_eq!(code(by_name("Scotland", true)), None, "a home nation is a place of its own");
        assert_eq!(code(by_name("England", true)), None);
        assert_eq!(code(by_name("Europe", true)), None);
        assert_eq!(code(by_name("EU", true)), None);
        assert_eq!(code(by_name("NATO", true)), None);
    }

    #[test]
    fn demonyms_of_places_that_are_not_countries() {
        assert_eq!(place_by_demonym("Scottish"), Some("Scotland"));
        assert_eq!(place_by_demonym("Englishman"), Some("England"));
        // A listed plural's singular and a "-man" noun; not a plural that is not listed.
        for (text, alpha2) in [("Serb", "RS"), ("Frenchman", "FR"), ("Dutchman", "NL"), ("Costa Rican", "CR")] {
            assert_eq!(code(by_demonym(text)), Some(alpha2), "{text}");
        }
        assert_eq!(code(by_name("Zaire", false)), Some("CD"));
        assert_eq!(us_state_by_abbreviation("Calif"), Some("California"));
        assert_eq!(us_state_by_abbreviation("Colo ."), Some("Colorado"), "the dot split off by tokenizing");
        assert_eq!(us_state_by_abbreviation("N.J ."), Some("New Jersey"));
        assert_eq!(us_state_by_abbreviation("N.Y."), None, "the state, not the city of the same name");
        assert_eq!(us_state_by_abbreviation("Mo."), Some("Missouri"));
        assert_eq!(us_state_by_abbreviation("Wisc ."), Some("Wisconsin"));
        assert_eq!(us_state_by_abbreviation("Texas"), None);
        // A word too names the state only after a city's comma.
        assert_eq!(us_state_by_abbreviation_after("Mass.", "Worcester, "), Some("Massachusetts"));
        assert_eq!(us_state_by_abbreviation_after("Mass", "will celebrate "), None);
        assert_eq!(us_state_by_abbreviation_after("Mass .", ""), Some("Massachusetts"), "a headline's first word");
        assert_eq!(us_state_by_abbreviation_after("Calif.", "moved to "), Some("California"));
        for tag in ["R-Ariz.", "D-N.Y.", "R-Texas", "R - PA", "D-Calif", "I-Vt.", "R-Ga.", "D-Wash.", "D-PR"] {
            assert!(is_party_and_state(tag), "{tag}");
        }
        assert_eq!(region_by_postal_code("CA"), Some("California"));
        assert_eq!(region_by_postal_code("BC"), Some("British Columbia"));
        assert_eq!(region_by_postal_code("Ca"), None);
        assert_eq!(region_by_postal_code("CA."), Some("California"), "a sentence's full stop");
        for other in ["D-Day", "I-95", "R-Ariz Corp", "X-Men", "Jean-Pierre"] {
            assert!(!is_party_and_state(other), "{other}");
        }
        for text in ["Germ", "Man", "Americas", "Chairman", "Barbadians", "Frenchmen"] {
            assert_eq!(code(by_demonym(text)), None, "{text}");
        }
        assert_eq!(code(state_of_home_nation("Scotland")), Some("GB"));
        assert_eq!(code(state_of_home_nation("Ireland")), None, "a country of its own");
        assert_eq!(place_by_demonym("European"), Some("Europe"));
        assert_eq!(place_by_demonym("CHECHEN"), Some("Chechnya"));
        assert_eq!(place_by_demonym("Kurdish"), Some("Kurdistan"));
        // A country's demonym is the country's, a religion is no place, a people's plural of
        // a continent is left alone.
        assert_eq!(place_by_demonym("German"), None);
        assert_eq!(place_by_demonym("Islamic"), None);
        assert_eq!(place_by_demonym("Europeans"), None);
    }

    #[test]
    fn demonyms_and_capitals() {
        assert_eq!(code(by_demonym("Chinese")), Some("CN"));
        assert_eq!(code(by_capital("Kiev")), Some("UA"));
        assert_eq!(code(country_of_region("Texas")), Some("US"));
        assert_eq!(code(country_of_region("british columbia")), Some("CA"));
        assert_eq!(code(country_of_region("Georgia")), None, "a country's name too");
        assert_eq!(us_state_named_like_a_country("Georgia", "The storm hit Atlanta, "), Some("Georgia"));
        assert_eq!(us_state_named_like_a_country("Georgia", "Coca-Cola, based in Atlanta,"), Some("Georgia"));
        assert_eq!(us_state_named_like_a_country("Georgia", "the capital of Tbilisi, "), None, "a city of the country");
        assert_eq!(us_state_named_like_a_country("Georgia", "troops entered "), None);
        assert_eq!(code(country_of_state_after_a_city("Georgia")), Some("US"));
        assert_eq!(code(country_of_state_after_a_city("Ga.")), Some("US"));
        assert_eq!(code(by_capital("Kyiv")), Some("UA"));
        assert_eq!(code(by_capital("KISHINEV")), Some("MD"));
        assert_eq!(code(by_capital("Kievan")), None);
        assert_eq!(code(by_demonym("Turkish")), Some("TR"));
        assert_eq!(code(by_capital("Ankara")), Some("TR"));
        assert_eq!(code(by_capital("Brussels")), None);
    }

    #[test]
    fn display_names_are_everyday_names() {
        assert_eq!(CountryRef { alpha2: "RU" }.name(), "Russia");
        assert_eq!(CountryRef { alpha2: "FR" }.name(), "France");
        assert_eq!(CountryRef { alpha2: "BE" }.name(), "Belgium");
    }
}
