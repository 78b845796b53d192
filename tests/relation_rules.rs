//! Relation patterns on hand-made sentences through linking, evidence bookkeeping, and the
//! sample articles' affiliations from their analysed documents (no model, no libtorch).

mod fixtures;

use fixtures::*;
use nergraph::link::{aliases::AliasRules, link, LinkDocument};
use nergraph::relations::{extract, Family, RelationKind};

/// Every typed edge of the sample articles, as (source, relation, target): all are right but
/// the headline one noted below, and a new rule must not add a wrong one.
const SEED_TYPED_EDGES: &[(&str, &str, &str)] = &[
    ("Antony Blinken", "affiliated_with", "United States"),
    ("Carolina Chinmoy", "affiliated_with", "DW"),
    // "the fraying of transatlantic ties below US former President Donald Trump" (a spun
    // rewrite; "US" is left untagged by the model, read as the pronoun).
    ("Donald Trump", "affiliated_with", "United States"),
    ("Heiko Maas", "affiliated_with", "Germany"),
    ("Jens Stoltenberg", "affiliated_with", "NATO"),
    ("Joe Biden", "affiliated_with", "United States"),
    // Seats of government, the institutions in them: "the Kremlin's home and overseas policies",
    // "...: White House".
    ("Kremlin", "based_in", "Russia"),
    ("White House", "based_in", "United States"),
    ("Josep Borrell", "affiliated_with", "European Union"),
    // Named after its state: "Levine was leading the Pennsylvania Department of Health".
    ("Pennsylvania Department of Health", "based_in", "United States"),
    ("Sergey Lavrov", "affiliated_with", "Russia"),
    ("Sophie Wilmes", "affiliated_with", "Belgium"),
    // "the head of the US Foreign Office" (a machine translation's name for the State Department).
    ("US Foreign Office", "based_in", "United States"),
    // From the Title Case headline "... Confirmed To US Health Post": the case-aware model reads
    // the capitalised "Health Post" as part of a name (see README, "Accuracy"). Kept here so a
    // change to it is seen.
    ("US Health Post", "based_in", "United States"),
    ("US Senate", "based_in", "United States"),
    ("US administration", "based_in", "United States"),
    ("Ursula von der Leyen", "affiliated_with", "European Commission"),
    ("Ursula von der Leyen", "affiliated_with", "European Union"),
    ("Wang Yi", "affiliated_with", "China"),
    ("William Glucroft", "affiliated_with", "DW"),
];

#[test]
fn sample_articles_give_exactly_the_expected_typed_edges_without_a_model() {
    let documents: Vec<LinkDocument> = seeds_analysed().into_iter().map(LinkDocument::new).collect();
    let linking = link(&documents, &AliasRules::default());
    let label = |id: &str| linking.entities.iter().find(|e| e.id == id).unwrap().label.clone();
    let mut found: Vec<(String, String, String)> = extract(&documents, &linking)
        .into_iter()
        .filter(|r| r.relation != RelationKind::CoMentioned)
        .map(|r| (label(&r.source), r.relation.as_str().to_string(), label(&r.target)))
        .collect();
    found.sort();
    found.dedup();
    let mut expected: Vec<(String, String, String)> =
        SEED_TYPED_EDGES.iter().map(|(s, r, t)| (s.to_string(), r.to_string(), t.to_string())).collect();
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn a_capital_for_its_government_acts_as_the_country_and_names_the_city() {
    // Positive: the capital stands for the government, and the corpus names the country.
    let text = "Moscow's ambassador, Jane Roe, met the press. Russia denied it.";
    let found = relation_triples(text, &[("Moscow", "LOC"), ("Jane Roe", "PER"), ("Russia", "LOC")]);
    assert_eq!(found, [("Jane Roe".to_string(), "affiliated_with".to_string(), "Russia".to_string(), Some("ambassador".to_string()))]);
    let docs = vec![document("t.txt", text, &[("Moscow", "LOC"), ("Jane Roe", "PER"), ("Russia", "LOC")])];
    let linking = link(&docs, &AliasRules::default());
    let ids: Vec<&str> = (0..3).map(|m| linking.entity_id(m).unwrap()).collect();
    assert_eq!(ids, ["location:moscow", "person:jane-roe", "country:russia"], "the mention names the city");
    // Negative: a capital after a locative is the city, in relations too.
    let found = relation_triples(
        "Jane Roe, a banker in Moscow, met the press. Russia denied it.",
        &[("Jane Roe", "PER"), ("Moscow", "LOC"), ("Russia", "LOC")],
    );
    assert!(found.iter().all(|(_, _, target, _)| target != "Russia"), "{found:?}");
}

#[test]
fn a_seat_of_government_is_its_government_s_institution() {
    let text = "Kremlin spokesman Jane Roe denied it. Russia said so.";
    let found = relation_triples(text, &[("Kremlin", "LOC"), ("Jane Roe", "PER"), ("Russia", "LOC")]);
    assert!(found.contains(&("Jane Roe".to_string(), "affiliated_with".to_string(), "Kremlin".to_string(), Some("spokesman".to_string()))));
    assert!(found.contains(&("Kremlin".to_string(), "based_in".to_string(), "Russia".to_string(), None)));
    // A capital is no seat of government: it stands for the country, not an institution.
    let text = "Moscow spokesman Jane Roe denied it. Russia said so.";
    let found = relation_triples(text, &[("Moscow", "LOC"), ("Jane Roe", "PER"), ("Russia", "LOC")]);
    assert!(!found.iter().any(|(_, _, target, _)| target == "Moscow"), "{found:?}");
}

#[test]
fn a_home_nation_acts_as_its_state_where_the_corpus_names_it() {
    // Positive: "English" names England and acts as the United Kingdom, which the corpus names.
    let text = "Jane Roe is an English author. Acme Ltd is a company based in Scotland. The United Kingdom voted.";
    let mentions = [("Jane Roe", "PER"), ("English", "MISC"), ("Acme Ltd", "ORG"), ("Scotland", "LOC"), ("United Kingdom", "LOC")];
    let found = relation_triples(text, &mentions);
    assert!(found.contains(&("Jane Roe".into(), "affiliated_with".into(), "United Kingdom".into(), Some("author".into()))), "{found:?}");
    assert!(found.contains(&("Acme Ltd".into(), "based_in".into(), "United Kingdom".into(), None)), "{found:?}");
    let docs = vec![document("t.txt", text, &mentions)];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), Some("location:england"), "the mention names England");
    // Negative: a corpus that never names the state keeps the place, which no one is a citizen of.
    let found = relation_triples("Jane Roe is an English author.", &[("Jane Roe", "PER"), ("English", "MISC")]);
    assert!(found.is_empty(), "{found:?}");
}

fn relation_triples(text: &str, mentions: &[(&str, &str)]) -> Vec<(String, String, String, Option<String>)> {
    let docs = vec![document("t.txt", text, mentions)];
    let linking = link(&docs, &AliasRules::default());
    let label = |id: &str| linking.entities.iter().find(|e| e.id == id).unwrap().label.clone();
    extract(&docs, &linking)
        .into_iter()
        .filter(|r| r.relation != RelationKind::CoMentioned)
        .map(|r| (label(&r.source), r.relation.as_str().to_string(), label(&r.target), r.role))
        .collect()
}

/// The (person, target) pairs of the affiliated_with edges `relation_triples` finds.
fn affiliated(text: &str, mentions: &[(&str, &str)]) -> Vec<(String, String)> {
    relation_triples(text, mentions).into_iter().filter(|t| t.1 == "affiliated_with").map(|t| (t.0, t.2)).collect()
}

/// (sentence, its mentions, the expected (person, target, role)).
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], (&'a str, &'a str, Option<&'a str>));

#[test]
fn title_and_apposition_patterns() {
    let cases: &[Case] = &[
        (
            "French Foreign Minister Anne Vidal spoke. ",
            &[("French", "MISC"), ("Anne Vidal", "PER")],
            ("Anne Vidal", "France", Some("Foreign Minister")),
        ),
        ("Oxfam's director Lena Park spoke. ", &[("Oxfam", "ORG"), ("Lena Park", "PER")], ("Lena Park", "Oxfam", Some("director"))),
        (
            "Tom Hale, the chairman of Unilever, resigned. ",
            &[("Tom Hale", "PER"), ("Unilever", "ORG")],
            ("Tom Hale", "Unilever", Some("chairman")),
        ),
        ("Ravi Rao, Infosys's founder, spoke. ", &[("Ravi Rao", "PER"), ("Infosys", "ORG")], ("Ravi Rao", "Infosys", Some("founder"))),
        ("Reuters's Ada Moss reported it. ", &[("Reuters", "ORG"), ("Ada Moss", "PER")], ("Ada Moss", "Reuters", None)),
        ("Canada's envoy, Mia Roy, agreed. ", &[("Canada", "LOC"), ("Mia Roy", "PER")], ("Mia Roy", "Canada", Some("envoy"))),
    ];
    for (text, mentions, (person, target, role)) in cases {
        let triples = relation_triples(text, mentions);
        let expected = (person.to_string(), "affiliated_with".to_string(), target.to_string(), role.map(str::to_string));
        assert!(triples.contains(&expected), "{text:?}: expected {expected:?}, got {triples:?}");
    }
}

#[test]
fn sharing_a_sentence_is_not_an_affiliation() {
    let triples = relation_triples(
        "Anne Vidal met Oxfam officials in Kenya while Lena Park visited Peru. ",
        &[("Anne Vidal", "PER"), ("Oxfam", "ORG"), ("Kenya", "LOC"), ("Lena Park", "PER"), ("Peru", "LOC")],
    );
    assert!(triples.iter().all(|t| t.1 != "affiliated_with"), "{triples:?}");
    // A neighbour's title is not borrowed: only Ito is Japan's minister.
    let triples = relation_triples(
        "Japanese Trade Minister Ken Ito and Lena Park met. ",
        &[("Japanese", "MISC"), ("Ken Ito", "PER"), ("Lena Park", "PER")],
    );
    let affiliated: Vec<&String> = triples.iter().filter(|t| t.1 == "affiliated_with").map(|t| &t.0).collect();
    assert_eq!(affiliated, ["Ken Ito"]);
}

#[test]
fn a_birthplace_demonym_gives_the_country_and_a_lower_case_organization_is_a_common_noun() {
    // "Danish-born" as one mention is Denmark; "horn" (tagged ORG) is the instrument.
    let triples = relation_triples(
        "Danish-born horn player Jens Lund lives in Oslo. ",
        &[("Danish-born", "MISC"), ("horn", "ORG"), ("Jens Lund", "PER"), ("Oslo", "LOC")],
    );
    assert_eq!(triples, [("Jens Lund".into(), "affiliated_with".into(), "Denmark".into(), Some("horn player".into()))]);
    let triples = relation_triples("Swedish-born Anna Berg sang. ", &[("Swedish-born", "MISC"), ("Anna Berg", "PER")]);
    assert_eq!(triples, [("Anna Berg".into(), "affiliated_with".into(), "Sweden".into(), None)]);
    let triples = relation_triples("Jane Roe is the director of the acme department. ", &[("Jane Roe", "PER"), ("acme", "ORG")]);
    assert!(triples.is_empty(), "{triples:?}");
    // A lower-case name that ends in an organization's noun is one.
    let triples = relation_triples(
        "Former communist party official Ferhat Chibout was killed. ",
        &[("communist party", "ORG"), ("Ferhat Chibout", "PER")],
    );
    assert_eq!(triples.len(), 1, "{triples:?}");
    // All-lower-case text keeps its lower-case names.
    let triples = relation_triples("john smith is the president of acme corp. ", &[("john smith", "PER"), ("acme corp", "ORG")]);
    assert_eq!(triples.len(), 1, "{triples:?}");
}

#[test]
fn a_demonym_and_a_kind_of_organization_tagged_as_one_name_are_the_country_and_the_kind() {
    // "Ukrainian police authority" tagged as one organization: Ukraine, and the ministry is the
    // Ukrainian police authority.
    let triples = relation_triples(
        "The Ministry of Internal Affairs is the Ukrainian police authority. ",
        &[("Ministry of Internal Affairs", "ORG"), ("Ukrainian police authority", "ORG")],
    );
    assert_eq!(triples, [("Ministry of Internal Affairs".into(), "based_in".into(), "Ukraine".into(), None)]);
    // A name with a function word stays one ("Swiss Bank of ..."), and so does a capitalised one.
    let triples = relation_triples(
        "Acme Corp is the Swiss bank of choice. Beta is the Swiss Police Authority. ",
        &[("Acme Corp", "ORG"), ("Swiss bank of choice", "ORG"), ("Beta", "ORG"), ("Swiss Police Authority", "ORG")],
    );
    assert!(triples.is_empty(), "{triples:?}");
}

#[test]
fn a_dated_subject_called_by_an_occupation_is_a_person_whatever_its_tag() {
    let triples = relation_triples(
        "Jan Kowal (February 21, 1891 – April 20, 1944) was a Polish horse rider. Jan Kowal won. ",
        &[("Jan Kowal", "LOC"), ("Polish", "MISC"), ("Jan Kowal", "LOC")],
    );
    assert_eq!(triples, [("Jan Kowal".into(), "affiliated_with".into(), "Poland".into(), Some("horse rider".into()))]);
    // Undated, or called by something no person is: the tag stands.
    for text in ["Jan Kowal was a Polish horse rider. ", "Jan Kowal (1891) was a Polish painting. "] {
        let triples = relation_triples(text, &[("Jan Kowal", "LOC"), ("Polish", "MISC")]);
        assert!(triples.iter().all(|t| t.1 != "affiliated_with"), "{text}: {triples:?}");
    }
}

#[test]
fn a_demonym_and_a_faith_tagged_as_one_name_are_the_country() {
    let triples = relation_triples("Jane Roe was a Mexican Catholic priest. ", &[("Jane Roe", "PER"), ("Mexican Catholic", "MISC")]);
    assert_eq!(triples, [("Jane Roe".into(), "affiliated_with".into(), "Mexico".into(), Some("catholic priest".into()))]);
    // A faith alone, or after no demonym, names no country.
    let triples = relation_triples("Jane Roe was a Roman Catholic priest. ", &[("Jane Roe", "PER"), ("Roman Catholic", "MISC")]);
    assert!(triples.is_empty(), "{triples:?}");
}

#[test]
fn a_region_s_office_makes_its_holder_of_the_region_s_country() {
    let mentions = [("Alabama", "LOC"), ("Jane Roe", "PER"), ("United States", "LOC")];
    let triples = relation_triples("Alabama Governor Jane Roe toured the United States. ", &mentions);
    assert!(
        triples.contains(&("Jane Roe".into(), "affiliated_with".into(), "United States".into(), Some("governor".into()))),
        "{triples:?}"
    );
    // Without the country anywhere in the corpus there is no entity to draw.
    let triples = relation_triples("Alabama Governor Jane Roe spoke. ", &mentions[..2]);
    assert!(triples.is_empty(), "{triples:?}");
}

#[test]
fn organizations_based_in_countries() {
    let triples = relation_triples("Germany's Bundesbank raised rates. ", &[("Germany", "LOC"), ("Bundesbank", "ORG")]);
    assert!(triples.contains(&("Bundesbank".into(), "based_in".into(), "Germany".into(), None)), "{triples:?}");
}

#[test]
fn a_large_city_in_a_name_bases_it_where_the_document_names_the_country() {
    let based = |text: &str, mentions: &[(&str, &str)]| {
        relation_triples(text, mentions).into_iter().filter(|t| t.1 == "based_in").map(|t| (t.0, t.2)).collect::<Vec<_>>()
    };
    let manchester = [("University of Manchester", "ORG"), ("Britain", "LOC")];
    let found = based("She studied at the University of Manchester. She left Britain in 1990. ", &manchester);
    assert_eq!(found, [("University of Manchester".to_string(), "United Kingdom".to_string())]);
    // A name closing with a capital or a large city, without "of": where the document names the
    // country (a demonym will do), not where it names another ("Woodlands Wellington" is a
    // Singaporean club).
    let kyiv = [("Fomenko", "PER"), ("Dynamo Kyiv", "ORG"), ("Ukrainian", "MISC")];
    let found = based("Fomenko coached Dynamo Kyiv and won the Ukrainian cup. ", &kyiv);
    assert_eq!(found, [("Dynamo Kyiv".to_string(), "Ukraine".to_string())]);
    let wellington = [("Woodlands Wellington", "ORG"), ("Singapore", "LOC")];
    let found = based("Woodlands Wellington drew. Fans in Singapore cheered. ", &wellington);
    assert_eq!(found, [("Woodlands Wellington".to_string(), "Singapore".to_string())], "its town opens the name");
    let found = based("Tampines Wellington drew. Fans in Singapore cheered. ", &[("Tampines Wellington", "ORG"), ("Singapore", "LOC")]);
    assert!(found.is_empty(), "{found:?}");
    let lower = [("Acme", "ORG"), ("Germany", "LOC")];
    assert!(based("Acme opened in Germany, Acme office Berlin said. ", &lower).is_empty());
    // Without the country in the document: a city's name may be a word ("Metro") or another
    // country's town.
    let metro = [("Metro Boomin", "ORG"), ("Indonesia", "LOC")];
    assert!(based("The mixtape was produced by Metro Boomin. ", &metro[..1]).is_empty());
    // Not a region that is also a city's name ("Ontario", California).
    let ontario = [("Construction Safety Association of Ontario", "ORG"), ("United States", "LOC")];
    assert!(based("The Construction Safety Association of Ontario met. The United States agreed. ", &ontario).is_empty());
}

#[test]
fn evidence_is_the_first_sentences_in_document_order_and_weight_counts_all() {
    let text = "Tom Hale, the chairman of Unilever, resigned in Oslo. ";
    let mentions = [("Tom Hale", "PER"), ("Unilever", "ORG"), ("Oslo", "LOC")];
    let docs: Vec<_> = (0..25).map(|i| document(&format!("d{i:02}.txt"), text, &mentions)).collect();
    let linking = link(&docs, &AliasRules::default());
    let of_kind = |relations: &[nergraph::relations::Relation], kind| relations.iter().find(|r| r.relation == kind).cloned().unwrap();
    let all = extract(&docs, &linking);
    let forward = of_kind(&all, RelationKind::AffiliatedWith);
    assert_eq!(forward.weight, 25);
    // A typed edge keeps its first 20 sentences, a co-mention its first 5.
    let documents: Vec<&str> = forward.evidence.iter().map(|e| &*e.document).collect();
    let first = |n: usize| (0..n).map(|i| format!("d{i:02}.txt")).collect::<Vec<_>>();
    assert_eq!(documents, first(nergraph::relations::MAX_TYPED_EVIDENCE));
    let co_mention = of_kind(&all, RelationKind::CoMentioned);
    let documents: Vec<&str> = co_mention.evidence.iter().map(|e| &*e.document).collect();
    assert_eq!((co_mention.weight, documents), (25, first(nergraph::relations::MAX_EVIDENCE).iter().map(String::as_str).collect()));
    // Streaming the documents in another order keeps the same evidence.
    let mut relations = nergraph::relations::Relations::default();
    for (index, document) in docs.iter().enumerate().rev() {
        relations.add_document(document, &linking.mention_links(index, document), &linking).expect("no model, no error");
    }
    assert_eq!(of_kind(&relations.finish(&linking), RelationKind::AffiliatedWith), forward);
}

#[test]
fn a_plural_title_is_shared_by_a_list_of_names() {
    let triples = relation_triples(
        "The song was written by ABBA composers Bo Lind and Ann Berg in 1980. ",
        &[("ABBA", "ORG"), ("Bo Lind", "PER"), ("Ann Berg", "PER")],
    );
    let affiliated: Vec<&String> = triples.iter().filter(|t| t.1 == "affiliated_with").map(|t| &t.0).collect();
    assert_eq!(affiliated, ["Ann Berg", "Bo Lind"]);
}

#[test]
fn a_possessive_owner_is_shared_by_a_list_of_names_without_an_owner_of_their_own() {
    let acme = [("Acme", "ORG"), ("Bo Lind", "PER"), ("Ann Berg", "PER")];
    let both = [("Ann Berg".to_string(), "Acme".to_string()), ("Bo Lind".to_string(), "Acme".to_string())];
    assert_eq!(affiliated("Acme's Bo Lind and Ann Berg met the regulators. ", &acme), both);
    // The second name's owner follows it.
    let beta = [("Acme", "ORG"), ("Bo Lind", "PER"), ("Ann Berg", "PER"), ("Beta", "ORG")];
    let found = affiliated("Acme's Bo Lind and Ann Berg of Beta met. ", &beta);
    assert!(!found.contains(&("Ann Berg".to_string(), "Acme".to_string())), "{found:?}");
    let found = affiliated("Acme's Bo Lind and Ann Berg's lawyer met. ", &acme);
    assert_eq!(found, [("Bo Lind".to_string(), "Acme".to_string())]);
}

#[test]
fn an_owner_s_title_is_shared_by_the_next_name_with_a_post_of_its_own() {
    let acme = [("Acme Corp", "ORG"), ("Bo Lind", "PER"), ("Ann Berg", "PER")];
    let both = [("Ann Berg".to_string(), "Acme Corp".to_string()), ("Bo Lind".to_string(), "Acme Corp".to_string())];
    assert_eq!(affiliated("Acme Corp chairman Bo Lind and chief executive Ann Berg met. ", &acme), both);
    assert_eq!(affiliated("Acme Corp guitarist Bo Lind and drummer Ann Berg met. ", &acme), both);
    // An occupation that is no post there, or kin: only the first.
    let first = [("Bo Lind".to_string(), "Acme Corp".to_string())];
    assert_eq!(affiliated("Acme Corp chairman Bo Lind and actor Ann Berg met. ", &acme), first);
    assert_eq!(affiliated("Acme Corp chairman Bo Lind and his wife Ann Berg met. ", &acme), first);
}

#[test]
fn a_national_s_party_is_based_in_their_country() {
    // Positive: the sentence gives the member one nationality and the party by name.
    let mentions = [("Jane Roe", "PER"), ("Iranian", "MISC"), ("National Trust Party", "ORG")];
    let found = relation_triples("Jane Roe is an Iranian cleric and politician leading the National Trust Party.", &mentions);
    assert!(found.contains(&("National Trust Party".into(), "based_in".into(), "Iran".into(), None)), "{found:?}");
    // Negative: an organization that is not a party, and a member with two nationalities.
    let mentions = [("Jane Roe", "PER"), ("Iranian", "MISC"), ("Acme Trust", "ORG")];
    let found = relation_triples("Jane Roe is an Iranian cleric and politician leading the Acme Trust.", &mentions);
    assert!(found.iter().all(|(_, relation, _, _)| relation != "based_in"), "{found:?}");
    let mentions = [("Jane Roe", "PER"), ("French", "MISC"), ("American", "MISC"), ("Acme Party", "ORG")];
    let found = relation_triples("Jane Roe is a French and American politician who leads the Acme Party.", &mentions);
    assert!(found.iter().all(|(_, relation, _, _)| relation != "based_in"), "{found:?}");
}

/// Scores every candidate pair 1.0: stands in for a relation model to test what the stage does
/// with the model's proposals (the real model's figures are in tests/relation_model.rs).
struct EveryPairRelated;

impl nergraph::relations::learned::PairScorer for EveryPairRelated {
    fn score(
        &self,
        candidates: &[(&nergraph::relations::sentence::SentenceView, nergraph::relations::learned::Candidate)],
    ) -> nergraph::error::Result<Vec<f64>> {
        Ok(vec![1.0; candidates.len()])
    }
    fn threshold(&self, _kind: RelationKind) -> f64 {
        0.5
    }
    fn dir(&self) -> &std::path::Path {
        std::path::Path::new("every-pair-related")
    }
}

#[test]
fn the_model_adds_no_second_country_to_a_stated_one() {
    let text = "Jane Roe is an American singer. Jane Roe toured Canada and joined Acme.";
    let mentions = [("Jane Roe", "PER"), ("American", "MISC"), ("Jane Roe", "PER"), ("Canada", "LOC"), ("Acme", "ORG")];
    let docs = vec![document("t.txt", text, &mentions)];
    let linking = link(&docs, &AliasRules::default());
    let scorer = EveryPairRelated;
    let mut relations = nergraph::relations::Relations::with_model(Some(&scorer));
    relations.add_document(&docs[0], &linking.mention_links(0, &docs[0]), &linking).unwrap();
    let label = |id: &str| linking.entities.iter().find(|e| e.id == id).unwrap().label.clone();
    let found: Vec<(String, String, String)> = relations
        .finish(&linking)
        .into_iter()
        .filter(|r| r.relation != RelationKind::CoMentioned)
        .map(|r| (label(&r.source), r.relation.as_str().to_string(), label(&r.target)))
        .collect();
    let has = |s: &str, r: &str, t: &str| found.contains(&(s.to_string(), r.to_string(), t.to_string()));
    // Positive: the model's organization and an unstated base stay.
    assert!(has("Jane Roe", "affiliated_with", "Acme") && has("Acme", "based_in", "Canada"), "{found:?}");
    // Negative: the stated nationality is not joined by a second country from the model.
    assert!(has("Jane Roe", "affiliated_with", "United States") && !has("Jane Roe", "affiliated_with", "Canada"), "{found:?}");
}

#[test]
fn a_subject_pronoun_stands_for_the_person_the_article_opens_by_describing() {
    let text = "Jane Roe (born 1950) is an American chess player. She joined Acme Club in 1990. Her husband Tom Roe was a lawyer. She left Beta Club.";
    let mentions = [("Jane Roe", "PER"), ("American", "MISC"), ("Acme Club", "ORG"), ("Tom Roe", "PER"), ("Beta Club", "ORG")];
    let found = relation_triples(text, &mentions);
    assert!(found.contains(&("Jane Roe".into(), "affiliated_with".into(), "Acme Club".into(), Some("member".into()))), "{found:?}");
    // After another person opens a sentence, "she" may be someone else.
    assert!(!found.iter().any(|f| f.2 == "Beta Club"), "{found:?}");
    // An article that does not open with a person's description has no subject for "he".
    let news = "Acme Club said on Monday that Jane Roe left. She joined Beta Club.";
    let found = relation_triples(news, &[("Acme Club", "ORG"), ("Jane Roe", "PER"), ("Beta Club", "ORG")]);
    assert!(!found.iter().any(|f| f.2 == "Beta Club"), "{found:?}");
}

#[test]
fn what_follows_an_aside_naming_someone_is_the_subject_s() {
    let text = "Jane Roe , the daughter of John Doe , is a French actress and a member of the Acme Party .";
    let found = relation_triples(text, &[("Jane Roe", "PER"), ("John Doe", "PER"), ("French", "MISC"), ("Acme Party", "ORG")]);
    let people: Vec<&str> =
        found.iter().filter(|(_, kind, _, _)| kind == "affiliated_with").map(|(source, _, _, _)| source.as_str()).collect();
    assert_eq!(people, ["Jane Roe", "Jane Roe"], "{found:?}");
}

#[test]
fn a_country_s_forces_or_legislature_make_its_member_a_citizen_where_no_country_is_stated() {
    let has = |triples: &[(String, String, String, Option<String>)], target: &str| {
        triples.iter().any(|(source, kind, t, _)| source == "Jane Roe" && kind == "affiliated_with" && t == target)
    };
    // Positive: the army is named after its country, so it is based there; Jane Roe serves in it.
    let text = "Jane Roe was an officer of the United States Army. The United States entered the war.";
    let triples = relation_triples(text, &[("Jane Roe", "PER"), ("United States Army", "ORG"), ("United States", "LOC")]);
    assert!(has(&triples, "United States Army") && has(&triples, "United States"), "{triples:?}");
    // Negative: a stated nationality wins; a company is no state body; a coach of a national
    // team may be foreign.
    let text = "Jane Roe is a German officer of the United States Army. The United States entered the war.";
    let mentions = [("Jane Roe", "PER"), ("German", "MISC"), ("United States Army", "ORG"), ("United States", "LOC")];
    let triples = relation_triples(text, &mentions);
    assert!(has(&triples, "Germany") && !has(&triples, "United States"), "{triples:?}");
    let text = "Jane Roe worked for Acme, a French company. France is large.";
    let triples = relation_triples(text, &[("Jane Roe", "PER"), ("Acme", "ORG"), ("French", "MISC"), ("France", "LOC")]);
    assert!(has(&triples, "Acme") && !has(&triples, "France"), "{triples:?}");
    // A national team's player is its country's; its coach need not be.
    let team = [("Jane Roe", "PER"), ("Ghana national football team", "ORG"), ("Ghana", "LOC")];
    let triples = relation_triples("Jane Roe plays for the Ghana national football team. Ghana won.", &team);
    assert!(has(&triples, "Ghana"), "{triples:?}");
    let triples = relation_triples("Jane Roe is the coach of the Ghana national football team. Ghana won.", &team);
    assert!(has(&triples, "Ghana national football team") && !has(&triples, "Ghana"), "{triples:?}");
}

#[test]
fn each_typed_edge_s_evidence_says_what_read_it() {
    let text = "Jane Roe was an officer of the United States Army. The United States entered the war.";
    let docs = vec![document("t.txt", text, &[("Jane Roe", "PER"), ("United States Army", "ORG"), ("United States", "LOC")])];
    let linking = link(&docs, &AliasRules::default());
    let label = |id: &str| linking.entities.iter().find(|e| e.id == id).unwrap().label.clone();
    let found_by: Vec<(String, String, Option<Family>)> = extract(&docs, &linking)
        .into_iter()
        .filter(|r| r.evidence[0].sentence == 0)
        .map(|r| (label(&r.source), label(&r.target), r.evidence[0].found_by))
        .collect();
    let by = |source: &str, target: &str| found_by.iter().find(|(s, t, _)| s == source && t == target).map(|(_, _, by)| *by);
    // Stated by a pattern family, inferred from its edges, or nothing but a shared sentence.
    assert_eq!(by("Jane Roe", "United States Army"), Some(Some(Family::Membership)), "{found_by:?}");
    assert_eq!(by("United States Army", "United States"), Some(Some(Family::Bases)), "{found_by:?}");
    assert_eq!(by("Jane Roe", "United States"), Some(Some(Family::Citizenship)), "{found_by:?}");
    let co_mention = found_by.iter().find(|(_, _, by)| by.is_none());
    assert!(co_mention.is_some(), "a co-mention's evidence has none: {found_by:?}");
}

#[test]
fn an_article_about_a_work_calls_its_group_by_its_kind_later() {
    let triple = |found: &[(String, String, String, Option<String>)], person: &str, role: &str| {
        found.iter().any(|(s, k, t, r)| s == person && k == "affiliated_with" && t == "Owls" && r.as_deref() == Some(role))
    };
    let text = "Blue Skies is the second studio album by American rock band The Owls. It was produced by the band's guitarist Jane Roe.";
    let found = relation_triples(text, &[("American", "MISC"), ("The Owls", "ORG"), ("Jane Roe", "PER")]);
    assert!(triple(&found, "Jane Roe", "guitarist"), "{found:?}");
    let text = "Blue Skies is the debut album by The Owls. It is the only album to feature drummer Jane Roe, who left the band in 2009.";
    let found = relation_triples(text, &[("The Owls", "ORG"), ("Jane Roe", "PER")]);
    assert!(triple(&found, "Jane Roe", "member"), "{found:?}");
    // Not a work by a person, nor a thing that is no work.
    let text = "Blue Skies is a painting by The Owls. It was sold by the band's guitarist Jane Roe.";
    let found = relation_triples(text, &[("The Owls", "ORG"), ("Jane Roe", "PER")]);
    assert!(found.iter().all(|(_, _, t, _)| t != "Owls"), "{found:?}");
}

#[test]
fn the_kind_an_article_calls_its_organization_stands_for_it_later() {
    let text = "Slowdive are an English rock band. The band was formed in 1989 by Jane Roe. Jane Roe left the band in 1995.";
    let found = relation_triples(text, &[("Slowdive", "ORG"), ("English", "MISC"), ("Jane Roe", "PER"), ("Jane Roe", "PER")]);
    assert!(found.iter().any(|(s, k, t, _)| s == "Jane Roe" && k == "affiliated_with" && t == "Slowdive"), "{found:?}");
    // "Its members included A and B": the article's organization's possessive.
    let text = "Slowdive are an English rock band. Its members included Jane Roe and John Doe.";
    let found = relation_triples(text, &[("Slowdive", "ORG"), ("English", "MISC"), ("Jane Roe", "PER"), ("John Doe", "PER")]);
    for person in ["Jane Roe", "John Doe"] {
        assert!(found.iter().any(|(s, k, t, _)| s == person && k == "affiliated_with" && t == "Slowdive"), "{person}: {found:?}");
    }
    let text = "Slowdive are an English rock band. Its founders were Jane Roe and John Doe.";
    let found = relation_triples(text, &[("Slowdive", "ORG"), ("English", "MISC"), ("Jane Roe", "PER"), ("John Doe", "PER")]);
    for person in ["Jane Roe", "John Doe"] {
        let founder = |(s, k, t, r): &(String, String, String, Option<String>)| {
            s == person && k == "affiliated_with" && t == "Slowdive" && r.as_deref() == Some("founder")
        };
        assert!(found.iter().any(founder), "{person}: {found:?}");
    }
    let text = "Slowdive are an English rock band. Its songs included one by Jane Roe.";
    let found = relation_triples(text, &[("Slowdive", "ORG"), ("English", "MISC"), ("Jane Roe", "PER")]);
    assert!(found.iter().all(|(_, _, t, _)| t != "Slowdive"), "{found:?}");
    // Another kind than the article's, or an article that does not open by describing it.
    for text in [
        "Slowdive are an English rock band. The company was formed in 1989 by Jane Roe.",
        "Slowdive played in Leeds on Monday. The band was formed in 1989 by Jane Roe.",
    ] {
        let found = relation_triples(text, &[("Slowdive", "ORG"), ("Jane Roe", "PER")]);
        assert!(found.iter().all(|(_, _, t, _)| t != "Slowdive"), "{text}: {found:?}");
    }
}
