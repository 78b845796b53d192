//! Linking rules on hand-made mentions, each rule alone, and the sample articles' clusters
//! from their analysed documents (no model, no libtorch: `cargo test --no-default-features`).

mod fixtures;

use std::collections::BTreeMap;

use fixtures::*;
use nergraph::link::{aliases::AliasRules, link, Decision, LinkDocument, LinkRecord, Linking};

/// Entity ids by alias, from linking the sample articles' analysed documents.
fn seeds_by_alias() -> (Linking, BTreeMap<String, Vec<String>>) {
    let documents: Vec<LinkDocument> = seeds_analysed().into_iter().map(LinkDocument::new).collect();
    let linking = link(&documents, &AliasRules::default());
    let mut by_alias: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entity in &linking.entities {
        for alias in &entity.aliases {
            by_alias.entry(alias.text.clone()).or_default().push(entity.id.clone());
        }
    }
    (linking, by_alias)
}

#[test]
fn sample_articles_give_the_expected_clusters_without_a_model() {
    let (linking, by_alias) = seeds_by_alias();
    assert_seed_clusters(&by_alias);
    let people = ["Blinken", "Biden", "Obama", "Trump", "Lavrov", "Stoltenberg", "Leyen", "Borrell", "Maas", "Wilmes", "Wang", "Glucroft"];
    for entity in linking.entities.iter().filter(|e| e.kind == nergraph::link::EntityType::Person) {
        let held: Vec<&&str> = people.iter().filter(|p| entity.aliases.iter().any(|a| a.text.contains(**p))).collect();
        assert!(held.len() <= 1, "{} holds {held:?}", entity.id);
    }
}

/// The refusal records of a variant.
fn refusals<'a>(linking: &'a Linking, variant: &str) -> Vec<&'a LinkRecord> {
    linking.links.iter().filter(|l| l.decision == Decision::Refused && l.variant == variant).collect()
}

fn entity_of(linking: &Linking, documents: &[LinkDocument], doc: usize, text: &str) -> Option<String> {
    let offset: usize = documents[..doc].iter().map(|d| d.mentions.len()).sum();
    let index = documents[doc].mentions.iter().position(|m| m.text == text).unwrap();
    linking.entity_id(offset + index).map(str::to_string)
}

/// Links each case's one document alone (`mentions` tagged as given) and checks whether `name`
/// becomes an organization there.
fn assert_organization_cases(name: &str, mentions: &[(&str, &str)], cases: &[(&str, &str, bool)]) {
    for (file, text, organization) in cases {
        let docs = vec![document(file, text, mentions)];
        let linking = link(&docs, &AliasRules::default());
        let entity = entity_of(&linking, &docs, 0, name).unwrap_or_default();
        assert_eq!(entity.starts_with("organization:"), *organization, "{text}: {entity}");
    }
}

#[test]
fn two_people_with_one_surname_in_one_article_stay_apart() {
    let docs = vec![document(
        "a.txt",
        "Jenna Hollis and her brother Mark Hollis visited Oslo. Hollis said the trip was long. ",
        &[("Jenna Hollis", "PER"), ("Mark Hollis", "PER"), ("Oslo", "LOC"), ("Hollis", "PER")],
    )];
    let linking = link(&docs, &AliasRules::default());
    let jenna = entity_of(&linking, &docs, 0, "Jenna Hollis").unwrap();
    let mark = entity_of(&linking, &docs, 0, "Mark Hollis").unwrap();
    assert_ne!(jenna, mark);
    assert_eq!(entity_of(&linking, &docs, 0, "Hollis"), None, "the bare surname could be either");
    // The refusal is explained: which rule, which two people, and that it stays unlinked.
    let refused = refusals(&linking, "Hollis");
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].rule, "surname-in-document");
    assert_eq!(refused[0].entity, None);
    assert_eq!(refused[0].candidates, ["Jenna Hollis", "Mark Hollis"]);
    assert!(refused[0].reason.as_deref().unwrap().contains("2 people"), "{:?}", refused[0].reason);
    assert!(refusals(&linking, "Jenna Hollis").is_empty() && refusals(&linking, "Mark Hollis").is_empty());
}

#[test]
fn a_surname_several_relatives_share_is_the_article_s_subject_s() {
    let opening = "Aimé Millet (1819 - 1891) was a French sculptor. His son Frederick Millet painted. Millet taught at the Acme. ";
    let mentions = [("Aimé Millet", "PER"), ("Frederick Millet", "PER"), ("Millet", "PER"), ("Acme", "ORG")];
    let docs = vec![document("a.txt", opening, &mentions)];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Millet"), entity_of(&linking, &docs, 0, "Aimé Millet"));
    assert_ne!(entity_of(&linking, &docs, 0, "Frederick Millet"), entity_of(&linking, &docs, 0, "Aimé Millet"));
    // Only an article that opens by defining its subject: a name that opens a news story
    // among others is not that.
    let story = "Aimé Millet and his son Frederick Millet visited Oslo. Millet said the trip was long. ";
    let docs = vec![document("b.txt", story, &[("Aimé Millet", "PER"), ("Frederick Millet", "PER"), ("Oslo", "LOC"), ("Millet", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Millet"), None);
}

#[test]
fn a_person_tag_in_a_slot_only_an_organization_fills_is_an_organization() {
    let text = "John Carter plays for Enyimba in the league. Enyimba won the cup. ";
    let docs = vec![document("a.txt", text, &[("John Carter", "PER"), ("Enyimba", "PER"), ("Enyimba", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    let club = entity_of(&linking, &docs, 0, "Enyimba").unwrap();
    assert!(club.starts_with("organization:"), "{club}");
    let docs = vec![document("e.txt", "Jane Roe was a member of Primus until 1995. ", &[("Jane Roe", "PER"), ("Primus", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Primus").unwrap().starts_with("organization:"));
    // A band named like a person: the name in the slot does not vouch for itself as a person's.
    let docs = vec![document("f.txt", "Jane Roe was the lead guitarist of Bon Jovi. ", &[("Jane Roe", "PER"), ("Bon Jovi", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Bon Jovi").unwrap().starts_with("organization:"));
    // A player's tallies only a club takes: "scored 20 goals for", "on loan at". Not where a
    // person is the object: sold to someone, signed by a manager, a goal against, a text
    // drafted by its author, a painting on loan from its owner.
    assert_organization_cases(
        "Sampdoria",
        &[("Marco Rossi", "PER"), ("Sampdoria", "PER")],
        &[
            ("s1.txt", "Marco Rossi scored 20 goals for Sampdoria. ", true),
            ("s2.txt", "Marco Rossi made 150 league appearances for Sampdoria. ", true),
            ("s3.txt", "Marco Rossi earned 12 caps for Sampdoria. ", true),
            ("s4.txt", "Marco Rossi scored 9 goals in his first season with Sampdoria. ", true),
            ("s5.txt", "Marco Rossi was on loan at Sampdoria. ", true),
            ("p1.txt", "Marco Rossi was sold to Sampdoria in 1820. ", false),
            ("p2.txt", "Marco Rossi was signed by Sampdoria in 2005. ", false),
            ("p3.txt", "Marco Rossi scored 20 goals against Sampdoria. ", false),
            ("p4.txt", "Marco Rossi read the resolutions that were drafted by Sampdoria. ", false),
            ("p5.txt", "Marco Rossi saw a painting on loan from Sampdoria. ", false),
        ],
    );
    // A place the model tagged right before a group's member or musician and their name.
    assert_organization_cases(
        "Blue Harbour",
        &[("Blue Harbour", "LOC"), ("Tom Gray", "PER")],
        &[
            ("g1.txt", "The song was written by former Blue Harbour member Tom Gray. ", true),
            ("g2.txt", "Blue Harbour guitarist Tom Gray said. ", true),
            ("g3.txt", "They sailed into Blue Harbour with Tom Gray. ", false),
        ],
    );
    assert_organization_cases(
        "Texas",
        &[("Texas", "LOC"), ("Tom Gray", "PER")],
        &[("g4.txt", "The song was written by Texas guitarist Tom Gray. ", false)],
    );
    // A rider's team, a first professional team, a club represented.
    assert_organization_cases(
        "Liquigas",
        &[("Marco Rossi", "PER"), ("Liquigas", "PER")],
        &[
            ("r1.txt", "Marco Rossi rode for Liquigas between 2010 and 2012. ", true),
            ("r2.txt", "Marco Rossi turned professional in 2008 with Liquigas. ", true),
            ("r3.txt", "Marco Rossi competed representing the club Liquigas. ", true),
            ("r4.txt", "Marco Rossi drives for Liquigas in Formula One. ", true),
            ("q1.txt", "Marco Rossi rode with Liquigas to the station. ", false),
            ("q2.txt", "Marco Rossi turned to Liquigas for advice. ", false),
        ],
    );
    // What only a band has, after its possessive: a lead singer, a frontman (not a drummer: a
    // singer has one too).
    let after = [("Peter Smith", "PER"), ("Genesis", "PER"), ("Genesis", "PER")];
    let before = [("Genesis", "PER"), ("Peter Smith", "PER"), ("Genesis", "PER")];
    for (file, text, mentions, band) in [
        ("b1.txt", "Peter Smith, Genesis's lead singer, announced a tour. Genesis played Oslo. ", after, true),
        ("b2.txt", "Genesis' frontman Peter Smith announced a tour. Genesis played Oslo. ", before, true),
        ("b3.txt", "Genesis's drummer Peter Smith announced a tour. Genesis played Oslo. ", before, false),
    ] {
        let docs = vec![document(file, text, &mentions)];
        let linking = link(&docs, &AliasRules::default());
        let entity = entity_of(&linking, &docs, 0, "Genesis").unwrap();
        assert_eq!(entity.starts_with("organization:"), band, "{text}: {entity}");
    }
    // What only an organization is after the name: formed, founded, disbanded.
    let docs = vec![document("g.txt", "Slowdive was formed in 1989 by Jane Roe. ", &[("Slowdive", "PER"), ("Jane Roe", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Slowdive").unwrap().starts_with("organization:"));
    let docs = vec![document("h.txt", "Jane Roe was born in 1989 and John Doe was founded. ", &[("Jane Roe", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Jane Roe").unwrap().starts_with("person:"));
    // Not a name the corpus gives a person in full, nor before a possessive.
    let docs = vec![
        document("b.txt", "Alex Ferguson coached United. ", &[("Alex Ferguson", "PER")]),
        document("c.txt", "John Carter played for Ferguson at United. ", &[("John Carter", "PER"), ("Ferguson", "PER")]),
        document("d.txt", "John Carter was the drummer of Smith's band. ", &[("John Carter", "PER"), ("Smith", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 1, "Ferguson").unwrap().starts_with("person:"));
    assert!(entity_of(&linking, &docs, 2, "Smith").is_none_or(|e| e.starts_with("person:")));
}

#[test]
fn a_name_after_a_person_s_full_name_and_of_is_their_organization() {
    let docs = vec![
        document(
            "a.txt",
            "The song was written by Roger Waters of Pink Floyd. Pink Floyd toured in 1973. ",
            &[("Roger Waters", "PER"), ("Pink Floyd", "PER"), ("Pink Floyd", "PER")],
        ),
        document("a2.txt", "Nick Mason, of Soft Machine, spoke. ", &[("Nick Mason", "PER"), ("Soft Machine", "PER")]),
        // A given name alone, or another word than "of" between: people.
        document("b.txt", "Henry of Navarre met Jane Roe. ", &[("Henry", "PER"), ("Navarre", "PER"), ("Jane Roe", "PER")]),
        document("c.txt", "A letter from Jane Roe to John Doe survives. ", &[("Jane Roe", "PER"), ("John Doe", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), Some("organization:pink-floyd"));
    assert_eq!(linking.entity_id(2), Some("organization:pink-floyd"), "the article's other mentions of the spelling");
    assert_eq!(linking.entity_id(4), Some("organization:soft-machine"));
    assert!(linking.entity_id(6).unwrap().starts_with("person:"));
    assert!(linking.entity_id(9).unwrap().starts_with("person:"));
    // An employer named after a person: after an occupation and "at", or a head's title and "of".
    let docs = vec![
        document(
            "a.txt",
            "John Galliano was the head designer of Christian Dior. ",
            &[("John Galliano", "PER"), ("Christian Dior", "PER")],
        ),
        document("b.txt", "Joe Smith worked as an accountant at Arthur Andersen. ", &[("Joe Smith", "PER"), ("Arthur Andersen", "PER")]),
        document("c.txt", "Jane Roe was the daughter of Will Doe. ", &[("Jane Roe", "PER"), ("Will Doe", "PER")]),
        document("d.txt", "Jane Roe was a guest at Tom Doe's house. ", &[("Jane Roe", "PER"), ("Tom Doe", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), Some("organization:christian-dior"));
    assert_eq!(linking.entity_id(3), Some("organization:arthur-andersen"));
    assert_eq!(linking.entity_id(5), Some("person:will-doe"));
    assert_eq!(linking.entity_id(7), Some("person:tom-doe"));
    // A possessive right before a person's full name: their band, club or firm.
    let docs = vec![
        document("a.txt", "It features Primus' Les Claypool. ", &[("Primus", "PER"), ("Les Claypool", "PER")]),
        document("b.txt", "It features Smith's wife Jane Roe. ", &[("Smith", "PER"), ("Jane Roe", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), Some("organization:primus"));
    assert!(linking.entity_id(2).unwrap().starts_with("person:"));
    // What only a group has: a frontman, a line-up, members (a solo artist has a guitarist).
    let docs = vec![
        document("a.txt", "Jethro Tull's frontman Ian Anderson played. ", &[("Jethro Tull", "PER"), ("Ian Anderson", "PER")]),
        document("b.txt", "Madonna's guitarist left. ", &[("Madonna", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), Some("organization:jethro-tull"));
    assert_eq!(linking.entity_id(2), Some("person:madonna"));
    // What is formed is no person.
    let docs = vec![
        document("a.txt", "In 1967 Gary Wright formed Spooky Tooth. ", &[("Gary Wright", "PER"), ("Spooky Tooth", "PER")]),
        document("b.txt", "In 1967 Jane Roe formed a duo with Tim Doe. ", &[("Jane Roe", "PER"), ("Tim Doe", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), Some("organization:spooky-tooth"));
    assert_eq!(linking.entity_id(3), Some("person:tim-doe"));
    // What is founded is no person.
    let docs = vec![
        document("a.txt", "Ian Anderson, founder of Jethro Tull, played. ", &[("Ian Anderson", "PER"), ("Jethro Tull", "PER")]),
        document("b.txt", "Ian Anderson, a friend of Jethro Tull, played. ", &[("Ian Anderson", "PER"), ("Jethro Tull", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), Some("organization:jethro-tull"));
    assert_eq!(linking.entity_id(3), Some("person:jethro-tull"));
}

#[test]
fn a_name_where_no_person_or_place_fits_is_the_organization_at_that_mention() {
    // The article names the member in full, so "Van Halen" is his surname too; the slot of a
    // band's member makes that one mention the band, and leaves his own mentions his.
    let text = "Sam Hagar was the lead singer of Van Halen until 1996. Eddie Van Halen founded the band. Van Halen was born in Amsterdam. ";
    let mentions = [("Sam Hagar", "PER"), ("Van Halen", "PER"), ("Eddie Van Halen", "PER"), ("Van Halen", "PER")];
    let docs = vec![document("a.txt", text, &mentions)];
    let linking = link(&docs, &AliasRules::default());
    let ids: Vec<String> = (0..4).map(|m| linking.entity_id(m).unwrap().to_string()).collect();
    assert!(ids[1].starts_with("organization:"), "{ids:?}");
    assert!(ids[2].starts_with("person:") && ids[3] == ids[2], "{ids:?}");
    // A city where only a club stands is the club named after it, at that mention.
    assert_organization_cases(
        "Porto",
        &[("Pedro Garcia", "PER"), ("Porto", "LOC")],
        &[
            ("c1.txt", "Pedro Garcia spent five seasons at Porto. ", true),
            ("c2.txt", "Pedro Garcia came through the youth ranks at Porto. ", true),
            ("c3.txt", "Pedro Garcia scored 20 goals for Porto. ", true),
            ("c7.txt", "Pedro Garcia plays for Porto in domestic cricket. ", true),
            ("c8.txt", "Pedro Garcia is a handball player for Porto. ", true),
            ("c9.txt", "Pedro Garcia made his senior debut for Porto in 2004. ", true),
            ("c10.txt", "Pedro Garcia began his professional career at Porto. ", true),
            ("c11.txt", "Pedro Garcia began his career with Porto. ", true),
            ("c12.txt", "Pedro Garcia and Jane Roe were teammates at Porto. ", true),
            ("c15.txt", "Pedro Garcia came through the youth ranks at Porto before moving to Lyon. ", true),
            ("c16.txt", "Pedro Garcia played college football at Porto. ", true),
            ("c17.txt", "Pedro Garcia was drafted in 1990 out of Porto. ", true),
            ("c18.txt", "Pedro Garcia signed for Porto in 2004. ", true),
            ("c19.txt", "Pedro Garcia won the league before joining Porto. ", true),
            ("c20.txt", "Pedro Garcia played football at Porto. ", false),
            ("c21.txt", "Pedro Garcia signed the treaty in Porto. ", false),
            ("c22.txt", "Pedro Garcia was traded to Porto in 1990. ", true),
            ("c23.txt", "Pedro Garcia was later drafted by Porto. ", true),
            ("c24.txt", "Pedro Garcia played in the NHL with Porto. ", true),
            ("c25.txt", "Pedro Garcia said the furs were traded to Porto. ", false),
            ("c26.txt", "Pedro Garcia played in the band with Porto. ", false),
            ("c27.txt", "Pedro Garcia came through the academy at Porto. ", true),
            ("c28.txt", "Pedro Garcia moved on a free transfer to Porto in 2004. ", true),
            ("c29.txt", "Pedro Garcia came through Porto on his way home. ", false),
            ("c30.txt", "Pedro Garcia arranged the transfer of funds to Porto. ", false),
            ("c13.txt", "Pedro Garcia made his debut in Porto. ", false),
            ("c14.txt", "Pedro Garcia began his career in Porto. ", false),
            ("c4.txt", "Pedro Garcia spent five years in Porto. ", false),
            ("c5.txt", "Pedro Garcia spent five seasons at Porto's opera house. ", false),
        ],
    );
    // A place where only an employer stands is that institution.
    assert_organization_cases(
        "Metropolitan Museum of Art",
        &[("Jane Roe", "PER"), ("Metropolitan Museum of Art", "LOC")],
        &[
            ("e1.txt", "Jane Roe was a curator at the Metropolitan Museum of Art. ", true),
            ("e2.txt", "Jane Roe was a visiting professor at the Metropolitan Museum of Art. ", true),
            ("e3.txt", "Jane Roe was born at the Metropolitan Museum of Art. ", false),
            // A role "of" a place named as an institution: its holder works for it.
            ("e4.txt", "Jane Roe was the president of the Metropolitan Museum of Art. ", true),
            ("e10.txt", "Jane Roe was a trustee of the Metropolitan Museum of Art. ", true),
            ("e11.txt", "Jane Roe was a visitor of the Metropolitan Museum of Art. ", false),
            ("e5.txt", "Jane Roe was an analyst at Metropolitan Museum of Art brokerage Acme. ", false),
            ("e6.txt", "Jane Roe taught at the Metropolitan Museum of Art for years. ", true),
            ("e7.txt", "Jane Roe was a fellow of the Metropolitan Museum of Art. ", true),
            ("e8.txt", "Jane Roe arrived at the Metropolitan Museum of Art. ", false),
            ("e9.txt", "Jane Roe worked at Metropolitan Museum of Art for years. ", true),
        ],
    );
    // Not a place named as no institution: "the mayor of Lyon".
    assert_organization_cases("Lyon", &[("Jane Roe", "PER"), ("Lyon", "LOC")], &[("f1.txt", "Jane Roe was the mayor of Lyon. ", false)]);
    let text = "Pedro Garcia was born in Porto. Garcia spent five seasons at Porto. ";
    let docs = vec![document("c6.txt", text, &[("Pedro Garcia", "PER"), ("Porto", "LOC"), ("Garcia", "PER"), ("Porto", "LOC")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(linking.entity_id(1).unwrap().starts_with("location:"));
    assert!(linking.entity_id(3).unwrap().starts_with("organization:"));
    // What one joins in a role is an organization; not a person one joins in a group.
    assert_organization_cases(
        "Chanel",
        &[("Jane Roe", "PER"), ("Chanel", "PER")],
        &[
            ("j1.txt", "Jane Roe joined Chanel as head designer in 1983. ", true),
            ("j2.txt", "Jane Roe joined Chanel as the only players to win twice. ", false),
            ("j3.txt", "Jane Roe joined Chanel in Paris. ", false),
        ],
    );
    // "played for Ferguson" may be his manager: there the corpus's person keeps the name.
    let text = "John Carter played for Ferguson at United. Alex Ferguson coached United. ";
    let docs = vec![document("b.txt", text, &[("John Carter", "PER"), ("Ferguson", "PER"), ("Alex Ferguson", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Ferguson").unwrap().starts_with("person:"));
}

#[test]
fn a_person_tag_after_the_kind_of_firm_is_that_firm() {
    let text = "Jane Roe is a lawyer at the law firm Baker McKenzie. ";
    let docs = vec![document("a.txt", text, &[("Jane Roe", "PER"), ("Baker McKenzie", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Baker McKenzie").unwrap().starts_with("organization:"));
    // A role after the kind ("the company president X") and no article keep the person.
    for (file, text) in [("b.txt", "Jane Roe met the company president John Doe. "), ("c.txt", "Jane Roe met law firm John Doe. ")] {
        let docs = vec![document(file, text, &[("Jane Roe", "PER"), ("John Doe", "PER")])];
        let linking = link(&docs, &AliasRules::default());
        assert!(entity_of(&linking, &docs, 0, "John Doe").unwrap().starts_with("person:"), "{text}");
    }
    // A demonym and a kind of business, as news writes them.
    let text = "Brazilian planemaker Embraer won an order. Brazilian striker Ronaldo scored. American automaker Henry Ford was born. ";
    let mentions =
        [("Brazilian", "MISC"), ("Embraer", "PER"), ("Brazilian", "MISC"), ("Ronaldo", "PER"), ("American", "MISC"), ("Henry Ford", "PER")];
    let docs = vec![document("d.txt", text, &mentions)];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Embraer").unwrap().starts_with("organization:"));
    assert!(entity_of(&linking, &docs, 0, "Ronaldo").unwrap().starts_with("person:"));
    assert!(entity_of(&linking, &docs, 0, "Henry Ford").unwrap().starts_with("person:"), "a full name is a person's");
}

#[test]
fn another_named_thing_ending_an_organization_slot_is_an_organization() {
    let docs = vec![document("a.txt", "Jane Roe joined the Taliban in 1994. ", &[("Jane Roe", "PER"), ("Taliban", "MISC")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Taliban").unwrap().starts_with("organization:"));
    // A modifier of the noun after it stays what it was.
    let text = "Jane Roe is one of the members of the Jewish community. ";
    let docs = vec![document("b.txt", text, &[("Jane Roe", "PER"), ("Jewish", "MISC")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Jewish").is_none_or(|e| !e.starts_with("organization:")));
    // A place right after "a member of" is a body; a place modifying a noun stays a place.
    let docs = vec![document("c.txt", "Jane Roe was a member of the Inner Temple. ", &[("Jane Roe", "PER"), ("Inner Temple", "LOC")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Inner Temple").unwrap().starts_with("organization:"));
    let docs = vec![document("d.txt", "Jane Roe was a member of the Lyon bar. ", &[("Jane Roe", "PER"), ("Lyon", "LOC")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Lyon").unwrap().starts_with("location:"));
}

#[test]
fn a_similar_surname_without_evidence_is_refused_and_explained() {
    let docs = vec![
        document("a.txt", "John Feldman spoke in Paris. ", &[("John Feldman", "PER"), ("Paris", "LOC")]),
        document("b.txt", "John Felton met reporters in Lima. ", &[("John Felton", "PER"), ("Lima", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(0), linking.entity_id(2));
    let refused: Vec<&LinkRecord> = ["John Feldman", "John Felton"].iter().flat_map(|v| refusals(&linking, v)).collect();
    assert_eq!(refused.len(), 1, "one record for the pair: {refused:?}");
    assert_eq!(refused[0].rule, "full-name-similar-in-context");
    assert!(refused[0].entity.is_some(), "each keeps its own entity");
    assert!(refused[0].reason.as_deref().unwrap().contains("only similar"));
    // A spelling variant joins instead, and leaves no refusal.
    let docs = vec![
        document("a.txt", "John Feldman spoke in Paris. ", &[("John Feldman", "PER"), ("Paris", "LOC")]),
        document("b.txt", "John Feldmann met reporters in Lima. ", &[("John Feldmann", "PER"), ("Lima", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), linking.entity_id(2));
    assert!(linking.links.iter().all(|l| l.decision == Decision::Joined), "{:?}", linking.links);
}

#[test]
fn one_first_name_in_two_articles_is_two_people() {
    let docs = vec![
        document(
            "a.txt",
            "Donald Whitcombe spoke in Paris. Donald said prices rose. ",
            &[("Donald Whitcombe", "PER"), ("Paris", "LOC"), ("Donald", "PER")],
        ),
        document(
            "b.txt",
            "Donald Ferreira met reporters in Lima. Donald smiled. ",
            &[("Donald Ferreira", "PER"), ("Lima", "LOC"), ("Donald", "PER")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    let first = entity_of(&linking, &docs, 0, "Donald").unwrap();
    let second = entity_of(&linking, &docs, 1, "Donald").unwrap();
    assert_ne!(first, second);
    assert_eq!(Some(first), entity_of(&linking, &docs, 0, "Donald Whitcombe"));
    assert_eq!(Some(second), entity_of(&linking, &docs, 1, "Donald Ferreira"));
}

#[test]
fn acronym_defined_in_text_joins_its_expansion() {
    let docs = vec![document(
        "a.txt",
        "The Hamburger Verkehrsverbund (HVV) raised fares. The HVV said costs grew. ",
        &[("Hamburger Verkehrsverbund", "ORG"), ("HVV", "ORG"), ("HVV", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entities.len(), 1);
    assert_eq!(linking.entities[0].label, "Hamburger Verkehrsverbund");
    assert!(linking.links.iter().any(|l| l.variant == "HVV" && l.rule == "acronym-defined-in-text"));
}

#[test]
fn acronym_by_initials_and_possessive_forms_join() {
    let docs = vec![
        document("a.txt", "The Nordic Fisheries Council met. ", &[("Nordic Fisheries Council", "ORG")]),
        document("b.txt", "the NFC's chief spoke. ", &[("NFC", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entities.len(), 1, "{:?}", linking.entities);
}

#[test]
fn an_acronym_of_one_of_its_article_s_names_is_that_name() {
    let docs = vec![
        // The initials with the "of": "BOJ" is the article's Bank of Japan.
        document(
            "a.txt",
            "The Bank of Japan left rates alone. The BOJ said prices were steady. ",
            &[("Bank of Japan", "ORG"), ("BOJ", "ORG")],
        ),
        // Two names of the corpus spell "SEC": each article's acronym is its own name.
        document(
            "b.txt",
            "The Securities and Exchange Commission sued. The SEC said so. ",
            &[("Securities and Exchange Commission", "ORG"), ("SEC", "ORG")],
        ),
        document(
            "c.txt",
            "The Sports and Entertainment Council met. The SEC said so. ",
            &[("Sports and Entertainment Council", "ORG"), ("SEC", "ORG")],
        ),
        // Two names of the article spell it: it stays apart from both.
        document(
            "d.txt",
            "The Bank of Oslo and the Bureau of Oil met. The BOO said so. ",
            &[("Bank of Oslo", "ORG"), ("Bureau of Oil", "ORG"), ("BOO", "ORG")],
        ),
        // Another named thing's acronym, defined in the text or not: "CTBT".
        document(
            "e.txt",
            "The Comprehensive Test Ban Treaty (CTBT) was signed. The CTBT bans tests. ",
            &[("Comprehensive Test Ban Treaty", "MISC"), ("CTBT", "MISC"), ("CTBT", "MISC")],
        ),
        // Alone in another article: what the articles resolved it to, where they agree.
        document("f.txt", "The BOJ said so. ", &[("BOJ", "ORG")]),
        document("g.txt", "The SEC said so. ", &[("SEC", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 4, "CTBT"), entity_of(&linking, &docs, 4, "Comprehensive Test Ban Treaty"));
    assert!(linking.links.iter().any(|l| l.variant == "CTBT" && l.rule == "acronym-in-article"));
    assert_eq!(entity_of(&linking, &docs, 0, "BOJ"), entity_of(&linking, &docs, 0, "Bank of Japan"));
    assert_eq!(entity_of(&linking, &docs, 5, "BOJ"), entity_of(&linking, &docs, 0, "Bank of Japan"));
    assert_ne!(entity_of(&linking, &docs, 6, "SEC"), entity_of(&linking, &docs, 1, "SEC"));
    assert_ne!(entity_of(&linking, &docs, 6, "SEC"), entity_of(&linking, &docs, 2, "SEC"));
    assert!(refusals(&linking, "SEC").iter().any(|r| r.rule == "acronym-resolved-in-corpus"));
    // (One spelling, one record: the article's fold, or the corpus rule it gave the other.)
    assert!(linking.links.iter().any(|l| l.variant == "BOJ" && (l.rule == "acronym-in-article" || l.rule == "acronym-resolved-in-corpus")));
    assert_eq!(entity_of(&linking, &docs, 1, "SEC"), entity_of(&linking, &docs, 1, "Securities and Exchange Commission"));
    assert_eq!(entity_of(&linking, &docs, 2, "SEC"), entity_of(&linking, &docs, 2, "Sports and Entertainment Council"));
    assert_ne!(entity_of(&linking, &docs, 3, "BOO"), entity_of(&linking, &docs, 3, "Bank of Oslo"));
    assert_ne!(entity_of(&linking, &docs, 3, "BOO"), entity_of(&linking, &docs, 3, "Bureau of Oil"));
}

#[test]
fn a_surname_opening_with_a_particle_is_its_article_s_full_name_s() {
    let docs = vec![
        document(
            "a.txt",
            "Belgian coach Wilfried Van Moer smiled. Van Moer said so. Van Moer left. ",
            &[("Wilfried Van Moer", "PER"), ("Van Moer", "PER"), ("Van Moer", "PER")],
        ),
        // "Van" as a given name: no full name of the article has the surname "Van Morrison".
        document("b.txt", "Jim Morrison met Van Morrison. ", &[("Jim Morrison", "PER"), ("Van Morrison", "PER")]),
        // Two owners: it stays apart from both.
        document(
            "c.txt",
            "Wilfried Van Moer met Anna Van Moer. Van Moer said so. ",
            &[("Wilfried Van Moer", "PER"), ("Anna Van Moer", "PER"), ("Van Moer", "PER")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Van Moer"), entity_of(&linking, &docs, 0, "Wilfried Van Moer"));
    assert_eq!(entity_of(&linking, &docs, 0, "Van Moer").as_deref(), Some("person:wilfried-van-moer"), "labelled with the full name");
    assert_ne!(entity_of(&linking, &docs, 1, "Van Morrison"), entity_of(&linking, &docs, 1, "Jim Morrison"));
    assert_ne!(entity_of(&linking, &docs, 2, "Van Moer"), entity_of(&linking, &docs, 2, "Wilfried Van Moer"));
    assert_ne!(entity_of(&linking, &docs, 2, "Van Moer"), entity_of(&linking, &docs, 2, "Anna Van Moer"));
}

#[test]
fn a_results_line_s_team_spelled_like_a_country_is_a_team() {
    let docs = vec![
        document(
            "a.txt",
            "MOTOR RACING - RESULTS. 8. Martin Brundle ( Britain ) Jordan 1:52.977 9. Eddie Irvine ( Britain ) Ferrari 1:53.043 ",
            &[
                ("Martin Brundle", "PER"),
                ("Britain", "LOC"),
                ("Jordan", "LOC"),
                ("Eddie Irvine", "PER"),
                ("Britain", "LOC"),
                ("Ferrari", "ORG"),
            ],
        ),
        document("b.txt", "Jordan signed a treaty with Israel. ", &[("Jordan", "LOC"), ("Israel", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), Some("organization:jordan"));
    assert_eq!(linking.entity_id(1), Some("country:united-kingdom"), "the competitor's country stays one");
    assert_eq!(linking.entity_id(6), Some("country:jordan"), "the country elsewhere");
}

#[test]
fn a_demonym_used_for_its_language_is_the_language() {
    let docs = vec![
        document("a.txt", "The German minister spoke. He shouted in German before leaving. ", &[("German", "MISC"), ("German", "MISC")]),
        document("b.txt", "The book was translated into German and English. ", &[("German", "MISC"), ("English", "MISC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), Some("country:germany"));
    assert_ne!(linking.entity_id(1), linking.entity_id(0));
    assert_eq!(linking.entity_id(1), linking.entity_id(2), "one language across articles");
    assert_ne!(linking.entity_id(3), Some("location:england"));
}

#[test]
fn a_name_written_after_whose_it_is_is_that_owner_s() {
    let docs = vec![
        // In its article: after a country or an acronym.
        document(
            "a.txt",
            "The Russian Foreign Ministry protested. The Foreign Ministry said so. ",
            &[("Russian Foreign Ministry", "ORG"), ("Foreign Ministry", "ORG")],
        ),
        // Across the corpus: after one organization's acronym only.
        document("b.txt", "The U.N. Security Council met. ", &[("U.N. Security Council", "ORG")]),
        document("c.txt", "The Security Council voted. ", &[("Security Council", "ORG")]),
        // Not after a country, which is part of many names.
        document("d.txt", "The Indonesian Democratic Party split. ", &[("Indonesian Democratic Party", "ORG")]),
        document("e.txt", "The Democratic Party won Ohio. ", &[("Democratic Party", "ORG")]),
        // Not after two owners' acronyms.
        document("f.txt", "The EU Audit Office and the UN Audit Office met. ", &[("EU Audit Office", "ORG"), ("UN Audit Office", "ORG")]),
        document("g.txt", "The Audit Office said so. ", &[("Audit Office", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Foreign Ministry"), entity_of(&linking, &docs, 0, "Russian Foreign Ministry"));
    assert_eq!(entity_of(&linking, &docs, 2, "Security Council"), entity_of(&linking, &docs, 1, "U.N. Security Council"));
    assert!(linking.links.iter().any(|l| l.variant == "Security Council" && l.rule == "qualified-name"));
    assert_ne!(entity_of(&linking, &docs, 4, "Democratic Party"), entity_of(&linking, &docs, 3, "Indonesian Democratic Party"));
    assert_ne!(entity_of(&linking, &docs, 6, "Audit Office"), entity_of(&linking, &docs, 5, "EU Audit Office"));
    assert_ne!(entity_of(&linking, &docs, 6, "Audit Office"), entity_of(&linking, &docs, 5, "UN Audit Office"));
    assert!(refusals(&linking, "Audit Office").iter().any(|r| r.rule == "qualified-name"));
}

/// An acronym an article defines for an organization is that organization there, even where
/// it spells a country code; elsewhere the code is still the country.
#[test]
fn a_defined_acronym_beats_a_country_code() {
    let docs = vec![
        document(
            "a.txt",
            "The Northern Liberal Democrats (NLD) won. The NLD leader spoke. ",
            &[("Northern Liberal Democrats", "ORG"), ("NLD", "ORG"), ("NLD", "ORG")],
        ),
        document("b.txt", "Results: 1. Anna Berg (NLD) 2:01. ", &[("Anna Berg", "PER"), ("NLD", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let ids: Vec<Option<&str>> = (0..5).map(|m| linking.entity_id(m)).collect();
    assert_eq!(ids[0], Some("organization:northern-liberal-democrats"));
    assert_eq!((ids[1], ids[2]), (ids[0], ids[0]), "{ids:?}");
    assert_eq!(ids[4], Some("country:netherlands"), "{ids:?}");
}

/// The model's place or other name that ends in an institution's word is an organization; an
/// event named a party is not.
#[test]
fn a_name_ending_in_an_institution_s_word_is_an_organization() {
    let docs = vec![document(
        "a.txt",
        "Ann Lee of the Italian Agricultural Confederation and the Acme Fire Department spoke of the Boston Tea Party. ",
        &[
            ("Ann Lee", "PER"),
            ("Italian Agricultural Confederation", "MISC"),
            ("Acme Fire Department", "LOC"),
            ("Boston Tea Party", "MISC"),
        ],
    )];
    let linking = link(&docs, &AliasRules::default());
    let ids: Vec<Option<&str>> = (0..4).map(|m| linking.entity_id(m)).collect();
    assert_eq!(ids[1], Some("organization:italian-agricultural-confederation"), "{ids:?}");
    assert_eq!(ids[2], Some("organization:acme-fire-department"), "{ids:?}");
    assert!(ids[3].is_some_and(|id| id.starts_with("misc:")), "{ids:?}");
}

/// "PAN (National Action Party) candidate": the acronym first, its name in parentheses.
#[test]
fn an_acronym_before_its_name_in_parentheses_is_that_organization() {
    let docs = vec![document(
        "a.txt",
        "The poll shows that PAN (National Action Party) candidate Ana Ruiz leads. The PAN said so. ",
        &[("PAN", "ORG"), ("National Action Party", "ORG"), ("Ana Ruiz", "PER"), ("PAN", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    let ids: Vec<Option<&str>> = (0..4).map(|m| linking.entity_id(m)).collect();
    assert_eq!(ids[1], Some("organization:national-action-party"));
    assert_eq!((ids[0], ids[3]), (ids[1], ids[1]), "{ids:?}");
}

/// A garbled name joins the article's dominant person when the modifier agrees, and a
/// look-alike with a different affiliation stays apart.
#[test]
fn garbled_name_needs_a_shared_affiliation() {
    let text = "US envoy Marla Kessington arrived. Kessington spoke. Kessington left. the US Kessingham is expressing support. the Russian Kessingham is expressing doubt. ";
    let docs = vec![document(
        "a.txt",
        text,
        &[
            ("US", "LOC"),
            ("Marla Kessington", "PER"),
            ("Kessington", "PER"),
            ("Kessington", "PER"),
            ("US", "MISC"),
            ("Kessingham", "~PER"),
            ("Russian", "MISC"),
            ("Kessingham", "~PER"),
        ],
    )];
    let linking = link(&docs, &AliasRules::default());
    let marla = linking.entity_id(1).map(str::to_string);
    assert!(marla.is_some());
    assert_eq!(linking.entity_id(5).map(str::to_string), marla, "the US look-alike joins");
    assert_ne!(linking.entity_id(7).map(str::to_string), marla, "the Russian look-alike stays apart");
}

#[test]
fn words_the_model_left_out_are_an_organization_it_tags_elsewhere() {
    let docs = vec![
        document("a.txt", "HP will buy Electronic Data Systems Corp. soon. ", &[("HP", "ORG"), ("Electronic Data Systems Corp.", "ORG")]),
        document(
            "b.txt",
            "The bid for Electronic Data Systems is high. A bid for Nowhere Trading Systems is low. ",
            &[("Electronic", "~ORG"), ("Data", "~ORG"), ("Systems", "~ORG"), ("Nowhere", "~ORG"), ("Trading", "~ORG"), ("Systems", "~ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(1), "the model's own spelling, past the legal form");
    assert_eq!(linking.entity_id(3), None, "a spelling the model tags nowhere");
    let entity = linking.entities.iter().find(|e| Some(e.id.as_str()) == linking.entity_id(1)).unwrap();
    assert_eq!(entity.mentions, 2);
}

#[test]
fn user_aliases_pin_and_forbid() {
    let docs = vec![
        document("a.txt", "Carl Mayer met Carla Mayer. ", &[("Carl Mayer", "PER"), ("Carla Mayer", "PER")]),
        document("b.txt", "Carl Meyer spoke. Big Carl waved. ", &[("Carl Meyer", "PER"), ("Big Carl", "PER")]),
    ];
    let rules: AliasRules = serde_json::from_str(
        r#"{"entities":[{"label":"Carl Mayer","type":"PERSON","aliases":["Big Carl"]}],"forbid":[["Carl Meyer","Carl Mayer"]]}"#,
    )
    .unwrap();
    let linking = link(&docs, &rules);
    assert_eq!(linking.entity_id(0), linking.entity_id(3), "pinned alias");
    assert_ne!(linking.entity_id(0), linking.entity_id(2), "forbidden link");
    assert_ne!(linking.entity_id(0), linking.entity_id(1));
    // Carl Meyer was never a candidate in Big Carl's article (only similar); a spelling
    // variant the user forbids is, and its refusal says so.
    assert_eq!(refusals(&linking, "Carl Meyer")[0].rule, "full-name-similar-in-context");
    let docs = vec![
        document("a.txt", "Jonathan Roesler spoke. ", &[("Jonathan Roesler", "PER")]),
        document("b.txt", "Jonathan Roessler waved. ", &[("Jonathan Roessler", "PER")]),
    ];
    assert_eq!(link(&docs, &AliasRules::default()).entity_id(0), link(&docs, &AliasRules::default()).entity_id(1));
    let rules: AliasRules = serde_json::from_str(r#"{"forbid":[["Jonathan Roesler","Jonathan Roessler"]]}"#).unwrap();
    let linking = link(&docs, &rules);
    assert_ne!(linking.entity_id(0), linking.entity_id(1));
    let refused: Vec<&LinkRecord> = ["Jonathan Roesler", "Jonathan Roessler"].iter().flat_map(|v| refusals(&linking, v)).collect();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].reason.as_deref(), Some("the aliases file forbids joining these names"));
}

#[test]
fn streamed_linking_agrees_with_linking_in_memory() {
    // What a run does: names learnt in whatever order NER finished the documents, nodes
    // counted in file order, entities given per document in that order.
    let docs = vec![
        document(
            "a.txt",
            "Marla Quist of Norway met Oxfam in Oslo. Quist spoke. ",
            &[("Marla Quist", "PER"), ("Norway", "LOC"), ("Oxfam", "ORG"), ("Oslo", "LOC"), ("Quist", "PER")],
        ),
        document("b.txt", "Quist said the Norwegian government agreed. ", &[("Quist", "ORG?"), ("Norwegian", "MISC")]),
        document("c.txt", "Marla Quisst visited Oxfam. ", &[("Marla Quisst", "PER"), ("Oxfam", "ORG")]),
    ];
    let rules = AliasRules::default();
    let in_memory = link(&docs, &rules);
    let mut linker = nergraph::link::Linker::new(&rules);
    for document in docs.iter().rev() {
        linker.learn_names(document);
    }
    for document in &docs {
        linker.add_document(document);
    }
    let mut streamed = linker.finish();
    // Document lists are filled while the documents are read once more (as mentions.jsonl is written).
    let mut per_document: Vec<Option<usize>> = Vec::new();
    for (i, document) in docs.iter().enumerate() {
        let links = streamed.mention_links(i, document);
        streamed.count_document(&document.path.as_str().into(), &links);
        per_document.extend(links.iter().map(|link| link.entity));
    }
    assert_eq!(streamed.entities, in_memory.entities);
    assert_eq!(per_document, in_memory.mention_entity);
    let quist = in_memory.entities.iter().find(|e| e.label == "Marla Quist").unwrap();
    assert_eq!((quist.document_count, quist.documents.len()), (3, 3));
    // The bare surname in b.txt, tagged ORG, is read as the person a.txt names in full.
    assert_eq!(entity_of(&in_memory, &docs, 1, "Quist"), entity_of(&in_memory, &docs, 0, "Marla Quist"));
    assert_eq!(entity_of(&in_memory, &docs, 2, "Marla Quisst"), entity_of(&in_memory, &docs, 0, "Marla Quist"));
}

#[test]
fn the_readme_aliases_example_pins_a_spelling_without_splitting_the_person() {
    let rules: AliasRules = serde_json::from_str(
        r#"{"entities": [{"label": "Jens Stoltenberg", "type": "PERSON", "aliases": ["Stomberberg", "Jens Stomberberg"]}],
            "forbid": [["Donald Trump", "Donald Trump Jr."]]}"#,
    )
    .unwrap();
    rules.check().unwrap();
    let documents: Vec<LinkDocument> = seeds_analysed().into_iter().map(LinkDocument::new).collect();
    let linking = link(&documents, &rules);
    let holding: Vec<&nergraph::link::Entity> = linking
        .entities
        .iter()
        .filter(|e| e.aliases.iter().any(|a| a.text.contains("Stoltenberg") || a.text.contains("Stomberberg")))
        .collect();
    assert_eq!(holding.len(), 1, "one person: {:?}", holding.iter().map(|e| &e.id).collect::<Vec<_>>());
    assert_eq!(holding[0].label, "Jens Stoltenberg");
    let spellings: Vec<&str> = holding[0].aliases.iter().map(|a| a.text.as_str()).collect();
    for spelling in ["Jens Stoltenberg", "Stoltenberg", "Jens Stomberberg"] {
        assert!(spellings.contains(&spelling), "{spelling} missing from {spellings:?}");
    }
    let pinned = linking.links.iter().find(|l| l.variant == "Jens Stomberberg").unwrap();
    assert_eq!(pinned.rule, "user-alias");
    // "Donald Trump Jr." is in no sample article: a warning, not an error.
    assert!(linking.warnings.iter().any(|w| w.contains("forbid[0]") && w.contains("Donald Trump Jr.")), "{:?}", linking.warnings);
}

#[test]
fn a_pinned_organization_alias_joins_the_organization() {
    let docs = vec![
        document("a.txt", "The Nordic Fisheries Council met. ", &[("Nordic Fisheries Council", "ORG")]),
        document("b.txt", "Fishcouncil officials spoke. ", &[("Fishcouncil", "PER")]),
    ];
    let rules: AliasRules = serde_json::from_str(
        r#"{"entities": [{"label": "Nordic Fisheries Council", "type": "ORGANIZATION", "aliases": ["Fishcouncil"]}]}"#,
    )
    .unwrap();
    let linking = link(&docs, &rules);
    assert_eq!(linking.entity_id(0), linking.entity_id(1));
    assert_eq!(linking.entity_id(0), Some("organization:nordic-fisheries-council"));
}

#[test]
fn organization_forms_join_when_unambiguous() {
    let docs = vec![
        document(
            "a.txt",
            "Siemens AG said profits rose. The Miami Dolphins won. Procter & Gamble sold soap. ",
            &[("Siemens AG", "ORG"), ("Miami Dolphins", "ORG"), ("Procter & Gamble", "ORG")],
        ),
        document(
            "b.txt",
            "Siemens hired staff. The Dolphins lost. P&G rallied. ",
            &[("Siemens", "ORG"), ("Dolphins", "ORG"), ("P&G", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    for (a, b) in [(0, 3), (1, 4), (2, 5)] {
        assert_eq!(linking.entity_id(a), linking.entity_id(b), "mentions {a} and {b}");
    }
}

#[test]
fn an_institution_is_its_name_alone_across_articles() {
    let docs = vec![
        document(
            "a.txt",
            "Harvard University named a dean. Vanderbilt University Medical Center opened. ",
            &[("Harvard University", "ORG"), ("Vanderbilt University Medical Center", "ORG")],
        ),
        document("b.txt", "She studied at Harvard. He taught at Vanderbilt. ", &[("Harvard", "ORG"), ("Vanderbilt", "ORG")]),
        document(
            "c.txt",
            "Mitsubishi Gas Chemical rose. Boston University hired. ",
            &[("Mitsubishi Gas Chemical", "ORG"), ("Boston University", "ORG")],
        ),
        document("d.txt", "Mitsubishi fell. Boston said no. ", &[("Mitsubishi", "ORG"), ("Boston", "ORG")]),
        document("e.txt", "Yale University and Yale College met. ", &[("Yale University", "ORG"), ("Yale College", "ORG")]),
        document("f.txt", "Yale won. ", &[("Yale", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), linking.entity_id(2), "Harvard");
    assert_ne!(linking.entity_id(1), linking.entity_id(3), "another word after the institution's kind");
    assert_ne!(linking.entity_id(4), linking.entity_id(6), "a company's name and more words");
    assert_ne!(linking.entity_id(5), linking.entity_id(7), "a city's name");
    assert_ne!(linking.entity_id(10), linking.entity_id(8), "two institutions of one name");
    assert_ne!(linking.entity_id(10), linking.entity_id(9), "two institutions of one name");
}

#[test]
fn one_spelling_the_model_tags_two_ways_is_one_organization() {
    let docs = vec![
        document(
            "a.txt",
            "She checked into the Betty Ford Center on Monday. Al-Qaeda claimed it. ",
            &[("Betty Ford Center", "ORG"), ("Al-Qaeda", "ORG")],
        ),
        document(
            "b.txt",
            "The Betty Ford Center is in Rancho Mirage. An al Qaeda cell was found. ",
            &[("Betty Ford Center", "LOC"), ("Rancho Mirage", "LOC"), ("al Qaeda", "MISC")],
        ),
        document("c.txt", "The New York Yankees won. New York is big. ", &[("New York", "ORG"), ("New York", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), linking.entity_id(2), "a place tag of an organization's spelling");
    assert_eq!(linking.entity_id(1), linking.entity_id(4), "hyphen or space");
    assert!(linking.entity_id(3).unwrap().starts_with("location:"));
    assert!(linking.entity_id(6).unwrap().starts_with("location:"), "a city's name stays a place");
}

#[test]
fn words_written_together_or_apart_and_run_together_initials() {
    let docs = vec![
        document(
            "a.txt",
            "Exxon Mobil Corp. posted a profit. Wal-Mart cut prices. GlaxoSmithKline rose. ",
            &[("Exxon Mobil Corp.", "ORG"), ("Wal-Mart", "ORG"), ("GlaxoSmithKline", "ORG")],
        ),
        document(
            "b.txt",
            "ExxonMobil shares rose. Walmart opened stores. GSK fell. Wal-Mart Stores opened. ",
            &[("ExxonMobil", "ORG"), ("Walmart", "ORG"), ("GSK", "ORG"), ("Wal-Mart Stores", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    for (a, b) in [(0, 3), (1, 4), (2, 5)] {
        assert_eq!(linking.entity_id(a), linking.entity_id(b), "mentions {a} and {b}");
    }
    assert_ne!(linking.entity_id(1), linking.entity_id(6), "another word");
}

#[test]
fn a_major_league_nickname_of_two_words_ends_its_full_name() {
    let docs = vec![
        document(
            "a.txt",
            "The Chicago White Sox signed a pitcher. The Foreign Ministry of Peru spoke. ",
            &[("Chicago White Sox", "ORG"), ("Foreign Ministry of Peru", "ORG")],
        ),
        document("b.txt", "The White Sox paid him. The Foreign Ministry declined. ", &[("White Sox", "ORG"), ("Foreign Ministry", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), linking.entity_id(2), "the table's nickname");
    assert_ne!(linking.entity_id(1), linking.entity_id(3), "two words of another kind");
    let joined = linking.links.iter().find(|l| l.variant == "White Sox").unwrap();
    assert_eq!(joined.rule, "short-form-of-name");
}

#[test]
fn a_us_state_named_like_a_country_is_the_state_after_a_us_city() {
    let docs = vec![
        document("a.txt", "The storm hit Atlanta, Georgia, on Monday. ", &[("Atlanta", "LOC"), ("Georgia", "LOC")]),
        document(
            "b.txt",
            "Troops entered Georgia. Tbilisi, Georgia, was calm. ",
            &[("Georgia", "LOC"), ("Tbilisi", "LOC"), ("Georgia", "LOC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), Some("location:georgia"));
    assert_eq!(linking.entity_id(2), Some("country:georgia"));
    assert_eq!(linking.entity_id(4), Some("country:georgia"), "after a city of the country");
}

#[test]
fn a_group_s_parent_company_is_the_company() {
    let docs = vec![
        document("a.txt", "Rolls-Royce Holdings plc raised its forecast. ", &[("Rolls-Royce Holdings plc", "ORG")]),
        document("b.txt", "Rolls-Royce won an order. Volkswagen Group sold cars. ", &[("Rolls-Royce", "ORG"), ("Volkswagen Group", "ORG")]),
        document("c.txt", "Volkswagen cut prices. The Contact Group met. ", &[("Volkswagen", "ORG"), ("Contact Group", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), linking.entity_id(1), "'Holdings' and its legal form");
    assert_eq!(linking.entity_id(2), linking.entity_id(3), "'Group'");
    assert_ne!(linking.entity_id(4), linking.entity_id(3), "another name before 'Group'");
    let joined = linking.links.iter().find(|l| l.variant == "Rolls-Royce Holdings plc").unwrap();
    assert_eq!(joined.rule, "company-legal-form");
}

#[test]
fn a_legislator_s_party_and_state_is_no_name() {
    let docs = vec![document(
        "a.txt",
        "Sen. John McCain, R-Ariz., criticized the plan. Rep. Galusha Grow (R - PA) agreed. ",
        &[("John McCain", "PER"), ("R-Ariz", "PER"), ("Galusha Grow", "PER"), ("R - PA", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert!(linking.entity_id(0).is_some());
    assert_eq!(linking.entity_id(1), None, "'R-Ariz' is no person");
    assert_eq!(linking.entity_id(3), None, "'R - PA' is no organization");
}

#[test]
fn a_place_an_apposition_calls_a_company_is_the_company() {
    let docs = vec![document(
        "a.txt",
        "Amazon, a Seattle-based retailer, cut prices. Amazon shares rose. Paris, the French capital, hosted talks. ",
        &[("Amazon", "LOC"), ("Seattle-based", "MISC"), ("Amazon", "LOC"), ("Paris", "LOC"), ("French", "MISC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    let amazon = linking.entity_id(0).unwrap();
    assert!(amazon.starts_with("organization:"), "{amazon}");
    assert_eq!(linking.entity_id(2), Some(amazon), "the article's other mentions of that spelling too");
    assert!(linking.entity_id(3).is_some_and(|paris| !paris.starts_with("organization:")), "a capital is no kind of group");
    // Only an organization is based or headquartered somewhere.
    let docs = vec![document(
        "b.txt",
        "Apple, based in Cupertino, said sales rose. The Apple Watch sold well. ",
        &[("Apple", "MISC"), ("Cupertino", "LOC"), ("Apple Watch", "MISC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert!(linking.entity_id(0).is_some_and(|apple| apple.starts_with("organization:")));
    assert!(linking.entity_id(2).is_some_and(|watch| watch.starts_with("misc:")), "another spelling keeps its reading");
}

#[test]
fn what_a_journalist_works_for_is_a_publication() {
    let docs = vec![document(
        "a.txt",
        "Jane Roe was a longtime editor at The New Yorker. John Doe is a staff writer for Atlantic. Ann Lee is a reporter for Chicago's WGN. Bob Ray wrote for the Hudson. ",
        &[
            ("Jane Roe", "PER"),
            ("New Yorker", "LOC"),
            ("John Doe", "PER"),
            ("Atlantic", "LOC"),
            ("Ann Lee", "PER"),
            ("Chicago", "LOC"),
            ("WGN", "ORG"),
            ("Bob Ray", "PER"),
            ("Hudson", "LOC"),
        ],
    )];
    let linking = link(&docs, &AliasRules::default());
    for (at, name) in [(1, "New Yorker"), (3, "Atlantic")] {
        assert!(linking.entity_id(at).is_some_and(|paper| paper.starts_with("organization:")), "{name}");
    }
    for (at, name) in [(5, "Chicago"), (8, "Hudson")] {
        assert!(linking.entity_id(at).is_some_and(|place| !place.starts_with("organization:")), "{name}: no journalist's role before it");
    }
}

#[test]
fn a_place_s_acronym_is_its_article_s_place_of_those_initials() {
    let docs = vec![
        document(
            "a.txt",
            "New York City Mayor Michael Bloomberg spoke. NYC will host the event. ",
            &[("New York City", "LOC"), ("Michael Bloomberg", "PER"), ("NYC", "LOC")],
        ),
        document("b.txt", "NYC traders bought bonds. ", &[("NYC", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(0), "the article's place of those initials");
    assert_ne!(linking.entity_id(3), linking.entity_id(0), "not from another article");
    let joined = linking.links.iter().find(|l| l.variant == "NYC" && l.entity.as_deref() == linking.entity_id(0)).unwrap();
    assert_eq!(joined.rule, "acronym-in-article");
}

#[test]
fn a_postal_code_after_a_city_is_its_state_not_a_country() {
    let docs = vec![
        document(
            "a.txt",
            "Apple, based in Cupertino, CA, said sales rose. He grew up in Chicago, IL. ",
            &[("Apple", "ORG"), ("Cupertino", "LOC"), ("CA", "LOC"), ("Chicago", "LOC"), ("IL", "LOC")],
        ),
        document(
            "b.txt",
            "California and Illinois voted. Israel and Canada did not. ",
            &[("California", "LOC"), ("Illinois", "LOC"), ("Israel", "LOC"), ("Canada", "LOC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(5), "CA is California");
    assert_eq!(linking.entity_id(4), linking.entity_id(6), "IL is Illinois");
    assert_ne!(linking.entity_id(4), linking.entity_id(7), "not Israel");
    assert_ne!(linking.entity_id(2), linking.entity_id(8), "not Canada");
}

#[test]
fn a_department_of_its_portfolio_is_the_portfolio_s_department() {
    let docs = vec![
        document("a.txt", "The Justice Department filed suit. ", &[("Justice Department", "ORG")]),
        document(
            "b.txt",
            "The U.S. Department of Justice said so. The Department of State agreed. ",
            &[("U.S. Department of Justice", "ORG"), ("Department of State", "ORG")],
        ),
        document(
            "c.txt",
            "The U.S. Justice Department and the State Department met. ",
            &[("U.S. Justice Department", "ORG"), ("State Department", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(3), "the same qualifier, the words in the other order");
    assert_eq!(linking.entity_id(2), linking.entity_id(4));
    assert_ne!(linking.entity_id(2), linking.entity_id(3), "another portfolio");
    // One of the two spellings is explained as the other's word order.
    let variants = ["State Department", "Department of State"];
    assert!(linking.links.iter().any(|l| variants.contains(&l.variant.as_str()) && l.rule == "spelling-variant"));
}

#[test]
fn an_ampersand_acronym_spells_only_a_name_joined_by_and() {
    let docs = vec![
        document("a.txt", "Taipei Newsroom filed the story. ", &[("Taipei Newsroom", "ORG")]),
        document("b.txt", "T&N said profits rose. Turner and Newall makes parts. ", &[("T&N", "ORG"), ("Turner and Newall", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(1), linking.entity_id(0), "'T&N' is not Taipei Newsroom");
    assert_eq!(linking.entity_id(1), linking.entity_id(2), "'T&N' is Turner and Newall");
}

#[test]
fn an_acronym_spells_the_parts_of_a_hyphenated_name() {
    let docs = vec![
        document("a.txt", "Rolls-Royce won an order. ", &[("Rolls-Royce", "ORG")]),
        document("b.txt", "R-R said the deal was big. HP cut jobs. ", &[("R-R", "ORG"), ("HP", "ORG")]),
        document("c.txt", "Hewlett-Packard makes printers. Coca-Cola rose. ", &[("Hewlett-Packard", "ORG"), ("Coca-Cola", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0), "'R-R' is Rolls-Royce");
    assert_eq!(linking.entity_id(2), linking.entity_id(3), "'HP' is Hewlett-Packard");
    assert_ne!(linking.entity_id(2), linking.entity_id(4), "'HP' is not Coca-Cola");
}

#[test]
fn a_seat_of_government_is_an_institution_and_no_longer_form_of_house() {
    let docs = vec![
        document("a.txt", "White House spokesman Jay Carney spoke. ", &[("White House", "LOC"), ("Jay Carney", "PER")]),
        document("b.txt", "Gephardt, House Democratic leader, objected. ", &[("Gephardt", "PER"), ("House", "ORG")]),
        document("c.txt", "The White House said the House would vote. ", &[("White House", "LOC"), ("House", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert!(linking.entity_id(0).is_some_and(|id| id.starts_with("organization:")), "the White House is an institution");
    assert_ne!(linking.entity_id(2), linking.entity_id(0), "'House' is not the White House");
    assert_ne!(linking.entity_id(4), linking.entity_id(3), "not in the White House's article either");
}

#[test]
fn a_short_form_ends_a_longer_name_before_its_legal_form() {
    let docs = vec![
        document("a.txt", "Banco Santander S.A. agreed. ", &[("Banco Santander S.A.", "ORG")]),
        document("b.txt", "Santander bought a bank. ", &[("Santander", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0), "'Santander' is Banco Santander S.A.");
}

#[test]
fn the_place_an_organization_is_of_is_no_short_form_of_it() {
    let docs = vec![
        document("a.txt", "The University of Texas hired staff. ", &[("University of Texas", "ORG")]),
        document("b.txt", "Texas sued the firm. ", &[("Texas", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(0), linking.entity_id(1), "'Texas' alone is not the university");
}

#[test]
fn full_names_of_the_same_letters_are_one_person() {
    let docs = vec![
        document(
            "a.txt",
            "Kim Jong-un fired a missile. Jean-Pierre Martin won. John Smith Jr. spoke. ",
            &[("Kim Jong-un", "PER"), ("Jean-Pierre Martin", "PER"), ("John Smith Jr.", "PER")],
        ),
        document(
            "b.txt",
            "Kim Jong Un watched. Jean Pierre Martin lost. John Smith spoke. ",
            &[("Kim Jong Un", "PER"), ("Jean Pierre Martin", "PER"), ("John Smith", "PER")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), linking.entity_id(3));
    assert_eq!(linking.entity_id(1), linking.entity_id(4));
    assert_ne!(linking.entity_id(2), linking.entity_id(5), "a suffix tells a father from his son");
}

#[test]
fn an_acronym_spells_a_name_without_its_legal_form() {
    let docs = vec![
        document("a.txt", "General Motors Corp. sold more cars. ", &[("General Motors Corp.", "ORG")]),
        document("b.txt", "General Motors said demand rose. ", &[("General Motors", "ORG")]),
        // Two capitals tagged as an organization are its acronym, not a country code (Gambia).
        document("c.txt", "GM shares rose. ", &[("GM", "ORG")]),
        document(
            "d.txt",
            "Paris Saint-Germain won. Paris St Germain lost. ",
            &[("Paris Saint-Germain", "ORG"), ("Paris St Germain", "ORG")],
        ),
        document("e.txt", "PSG fans cheered. ", &[("PSG", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(0), "one name with and without its legal form");
    assert_eq!(linking.entity_id(1), linking.entity_id(0));
    assert_eq!(linking.entity_id(5), linking.entity_id(3), "one name in two spellings");
    let docs = vec![document(
        "d.txt",
        "Global Mining Ltd and Green Mills Inc merged. GMI said so. ",
        &[("Global Mining Ltd", "ORG"), ("Green Mills Inc", "ORG"), ("GMI", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(2), linking.entity_id(0), "the legal form is no initial");
    assert_ne!(linking.entity_id(2), linking.entity_id(1));
}

#[test]
fn three_capitals_an_organization_after_the_is_its_acronym_not_a_country_code() {
    let docs = vec![
        document("a.txt", "Ana Ruiz is affiliated with the PRI. ", &[("Ana Ruiz", "PER"), ("PRI", "ORG")]),
        document("b.txt", "Ana Ruiz flew to PRI. The USA won. ", &[("Ana Ruiz", "PER"), ("PRI", "ORG"), ("USA", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert!(linking.entity_id(1).is_some_and(|party| party.starts_with("organization:")), "not Puerto Rico");
    for (at, country) in [(3, "puerto-rico"), (4, "united-states")] {
        assert_eq!(linking.entity_id(at).map(str::to_string), Some(format!("country:{country}")));
    }
}

#[test]
fn an_ambiguous_short_form_stays_apart() {
    let docs = vec![
        document("a.txt", "Manchester United beat Leeds United. ", &[("Manchester United", "ORG"), ("Leeds United", "ORG")]),
        document("b.txt", "United scored twice. ", &[("United", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(0), linking.entity_id(1));
    assert_ne!(linking.entity_id(2), linking.entity_id(0));
    assert_ne!(linking.entity_id(2), linking.entity_id(1));
    let refused = refusals(&linking, "United");
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].rule, "short-form-of-name");
    assert_eq!(refused[0].entity.as_deref(), linking.entity_id(2), "it stays its own organization");
    assert_eq!(refused[0].candidates, ["Leeds United", "Manchester United"]);
    assert_eq!(refused[0].candidate_count, Some(2));
}

#[test]
fn a_company_s_bare_name_is_no_short_form_of_another_name() {
    let docs = vec![
        document("a.txt", "Jane Roe heads the Acme Institute. ", &[("Jane Roe", "PER"), ("Acme Institute", "ORG")]),
        document("b.txt", "Acme Corp hired John Doe. ", &[("Acme Corp", "ORG"), ("John Doe", "PER")]),
        document("c.txt", "Acme said so. ", &[("Acme", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(4), linking.entity_id(2), "the company's own name");
    assert_ne!(linking.entity_id(1), linking.entity_id(2), "the institute is another organization");
    // Without the company, the bare name is the institute's.
    let docs = vec![
        document("a.txt", "Jane Roe heads the Acme Institute. ", &[("Jane Roe", "PER"), ("Acme Institute", "ORG")]),
        document("c.txt", "Acme said so. ", &[("Acme", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(1));
}

#[test]
fn a_party_word_alone_is_no_short_form_of_another_partys_name() {
    let docs = vec![
        document("a.txt", "Hugo Brandt was a Social Democratic politician. ", &[("Hugo Brandt", "PER"), ("Social Democratic", "ORG")]),
        document(
            "b.txt",
            "Jon Ortiz is the Democratic mayor of Miami. ",
            &[("Jon Ortiz", "PER"), ("Democratic", "MISC"), ("Miami", "LOC")],
        ),
        document("c.txt", "The Miami Dolphins won. The Dolphins scored. ", &[("Miami Dolphins", "ORG"), ("Dolphins", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(1), linking.entity_id(3), "Democratic is not Social Democratic");
    assert_eq!(linking.entity_id(5), linking.entity_id(6), "a team's last word still joins it");
}

#[test]
fn a_team_named_by_its_city_is_one_team_per_sport() {
    let docs = vec![
        document(
            "a.txt",
            "NHL ICE HOCKEY - Philadelphia beat Boston. The hockey season began. ",
            &[("NHL", "ORG"), ("Philadelphia", "ORG"), ("Boston", "ORG")],
        ),
        document("b.txt", "NHL hockey: Philadelphia lost at home. ", &[("NHL", "ORG"), ("Philadelphia", "ORG")]),
        document("c.txt", "NBA BASKETBALL - Philadelphia won. The basketball team scored. ", &[("NBA", "ORG"), ("Philadelphia", "ORG")]),
        document(
            "d.txt",
            "Prices fell in Philadelphia. Philadelphia cut its budget. ",
            &[("Philadelphia", "LOC"), ("Philadelphia", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    let hockey = entity_of(&linking, &docs, 0, "Philadelphia").unwrap();
    assert_eq!(Some(hockey.clone()), entity_of(&linking, &docs, 1, "Philadelphia"), "one hockey team");
    let basketball = entity_of(&linking, &docs, 2, "Philadelphia").unwrap();
    assert_ne!(hockey, basketball, "another sport, another team");
    let city_hall = linking.entity_id(8).unwrap();
    assert!(city_hall != hockey && city_hall != basketball, "not a sports article: an ordinary organization");
    assert!(linking
        .entities
        .iter()
        .filter(|e| e.id == hockey || e.id == basketball)
        .all(|e| e.kind == nergraph::link::EntityType::Organization));
    // The split is explained, naming the other sport's team.
    let refused = refusals(&linking, "Philadelphia");
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(refused.iter().any(|r| r.entity.as_deref() == Some(hockey.as_str()) && r.candidates == ["Philadelphia (basketball)"]));
}

#[test]
fn a_dateline_capital_stays_a_place_where_someone_elsewhere_has_its_name() {
    let docs = vec![
        document(
            "a.txt",
            "MaliVai Washington won in Paris. Washington served well. ",
            &[("MaliVai Washington", "PER"), ("Paris", "LOC"), ("Washington", "PER")],
        ),
        document("b.txt", "WASHINGTON 1996-08-30. The Treasury sold bonds. ", &[("WASHINGTON", "LOC"), ("Treasury", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(3), Some("location:washington"), "the dateline names the city");
    assert_eq!(entity_of(&linking, &docs, 0, "Washington"), entity_of(&linking, &docs, 0, "MaliVai Washington"));
}

#[test]
fn a_continent_or_region_demonym_joins_the_place_and_keeps_its_name() {
    let docs = vec![
        document("a.txt", "European leaders met. Trade within Europe grew. ", &[("European", "MISC"), ("Europe", "LOC")]),
        document("b.txt", "Chechen rebels fought in Grozny. ", &[("Chechen", "MISC"), ("Grozny", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), Some("location:europe"));
    assert_eq!(linking.entity_id(1), Some("location:europe"));
    assert_eq!(linking.entity_id(2), Some("location:chechnya"), "labelled with the place's name, not the demonym");
    let european = linking.links.iter().find(|l| l.variant == "European").unwrap();
    assert_eq!((european.rule.as_str(), european.joined_to.as_deref()), ("place-demonym", Some("Europe")));
}

#[test]
fn an_initial_joins_the_one_person_with_that_surname_and_initial() {
    let docs = vec![
        document("a.txt", "Shane Warne took four wickets in Sydney. ", &[("Shane Warne", "PER"), ("Sydney", "LOC")]),
        document("b.txt", "S. Warne c Rhodes b Donald 12. ", &[("S. Warne", "PER"), ("Rhodes", "PER"), ("Donald", "PER")]),
        document("c.txt", "John Hadlee and Jane Hadlee spoke. ", &[("John Hadlee", "PER"), ("Jane Hadlee", "PER")]),
        document("d.txt", "J. Hadlee was out for 4. ", &[("J. Hadlee", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(0), "S. Warne is Shane Warne");
    let warne = linking.links.iter().find(|l| l.variant == "S. Warne").unwrap();
    assert_eq!((warne.rule.as_str(), warne.joined_to.as_deref()), ("initial-of-given-name", Some("Shane Warne")));
    // Two people could be "J. Hadlee": it stays apart, and the refusal names both.
    let j = linking.entity_id(7);
    assert!(j.is_some() && j != linking.entity_id(5) && j != linking.entity_id(6));
    let refused = refusals(&linking, "J. Hadlee");
    assert_eq!(refused[0].candidates, ["Jane Hadlee", "John Hadlee"]);
}

#[test]
fn a_city_in_a_schedule_is_its_team_and_a_nickname_joins_its_city_team() {
    let docs = vec![
        document(
            "a.txt",
            "BASEBALL - MAJOR LEAGUE STANDINGS. SEATTLE 1996-08-30. SEATTLE 70 63 .526 5. BOSTON AT SEATTLE. The pitcher threw an inning. ",
            &[("SEATTLE", "LOC"), ("SEATTLE", "ORG"), ("BOSTON", "ORG"), ("SEATTLE", "LOC")],
        ),
        document(
            "b.txt",
            "The Seattle Mariners won as their pitcher homered in the ninth inning. The Mariners lead. ",
            &[("Seattle Mariners", "ORG"), ("Mariners", "ORG")],
        ),
        document(
            "c.txt",
            "Baseball: the New York Yankees beat the New York Mets; the pitcher homered. The Mets lost. NEW YORK AT BOSTON. ",
            &[("New York Yankees", "ORG"), ("New York Mets", "ORG"), ("Mets", "ORG"), ("NEW YORK", "LOC"), ("BOSTON", "ORG")],
        ),
        document("d.txt", "Prices fell in New York and Seattle. ", &[("New York", "LOC"), ("Seattle", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let dateline = linking.entity_id(0).unwrap();
    let team = linking.entity_id(1).unwrap();
    assert_eq!(dateline, "location:seattle", "the dateline names the city");
    assert_ne!(team, dateline);
    assert_eq!(linking.entity_id(3), Some(team), "the schedule's city is the team");
    assert_eq!(linking.entity_id(4), Some(team), "the full name joins the city's team");
    assert_eq!(linking.entity_id(5), Some(team), "and so does the nickname alone");
    // New York has two baseball teams: their names stay apart.
    assert_ne!(linking.entity_id(6), linking.entity_id(7));
    assert_eq!(linking.entity_id(8), linking.entity_id(7), "the Mets' nickname is theirs by its own spelling");
}

#[test]
fn a_city_known_only_from_team_names_joins_its_full_name() {
    let docs = vec![
        document(
            "a.txt",
            "Baseball: the Texas Rangers beat the Cleveland Indians as the pitcher homered. Cleveland lost. ",
            &[("Texas Rangers", "ORG"), ("Cleveland Indians", "ORG"), ("Cleveland", "ORG")],
        ),
        document("b.txt", "CLEVELAND 80 53 .602 - in the baseball standings; the pitcher rested. ", &[("CLEVELAND", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(1));
    assert_eq!(linking.entity_id(3), linking.entity_id(1));
}

#[test]
fn a_major_league_nickname_joins_its_city_team_with_no_full_name_in_the_corpus() {
    // One article says only "Brewers", another only "MILWAUKEE" and "Cubs": the league table
    // says the Brewers are Milwaukee's one baseball team; Chicago has two, so "CHICAGO" stays
    // apart from "Cubs"; a city in a non-sports article stays the city.
    let docs = vec![
        document(
            "a.txt",
            "BASEBALL - The Brewers won as their pitcher homered in the ninth inning. The Cubs lost. ",
            &[("Brewers", "ORG"), ("Cubs", "ORG")],
        ),
        document(
            "b.txt",
            "BASEBALL - MAJOR LEAGUE STANDINGS. MILWAUKEE 70 63 .526 5. CHICAGO 65 68 .489 10. The pitcher threw an inning. ",
            &[("MILWAUKEE", "ORG"), ("CHICAGO", "ORG")],
        ),
        document("c.txt", "Prices fell in Milwaukee and Chicago. ", &[("Milwaukee", "LOC"), ("Chicago", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let brewers = entity_of(&linking, &docs, 0, "Brewers").unwrap();
    assert_eq!(brewers, "organization:milwaukee-brewers", "labelled with the full name");
    assert_eq!(entity_of(&linking, &docs, 1, "MILWAUKEE"), Some(brewers.clone()));
    assert_ne!(entity_of(&linking, &docs, 1, "CHICAGO"), entity_of(&linking, &docs, 0, "Cubs"), "Chicago has two baseball teams");
    assert_ne!(entity_of(&linking, &docs, 2, "Milwaukee"), Some(brewers.clone()), "the city");
    // links.jsonl says why: the league table.
    let joined = linking.links.iter().find(|l| l.variant == "MILWAUKEE" && l.entity.as_deref() == Some(brewers.as_str())).unwrap();
    assert_eq!(joined.rule, "major-league-team");
    assert_eq!(joined.joined_to.as_deref(), Some("Milwaukee Brewers"));
}

#[test]
fn a_major_league_team_s_full_name_outside_sports_reports_and_a_two_word_nickname() {
    // A business story's "Toronto Blue Jays" is the team the baseball report calls "TORONTO" and
    // "the Blue Jays" (a nickname of two words, not the "Jays" of a city "Blue"); the band
    // "Eagles" of a music story is no football team where the corpus names none.
    let docs = vec![
        document(
            "a.txt",
            "BASEBALL - MAJOR LEAGUE STANDINGS. TORONTO 70 63 .526 5. The Blue Jays won as their pitcher homered in the ninth inning. ",
            &[("TORONTO", "ORG"), ("Blue Jays", "ORG")],
        ),
        document(
            "b.txt",
            "The Toronto Blue Jays were sold, the owner said. The Eagles released an album. ",
            &[("Toronto Blue Jays", "ORG"), ("Eagles", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    let jays = entity_of(&linking, &docs, 0, "TORONTO").unwrap();
    assert_eq!(jays, "organization:toronto-blue-jays");
    assert_eq!(entity_of(&linking, &docs, 0, "Blue Jays"), Some(jays.clone()), "the two-word nickname");
    assert_eq!(entity_of(&linking, &docs, 1, "Toronto Blue Jays"), Some(jays), "the full name outside a report");
    assert_eq!(entity_of(&linking, &docs, 1, "Eagles").as_deref(), Some("organization:eagles"), "a nickname alone");
}

#[test]
fn a_headline_s_word_in_capitals_ending_an_article_s_name_is_that_name() {
    let docs = vec![document(
        "a.txt",
        "BASEBALL - BRAVES RALLY TO BEAT CUBS. The pitcher homered in the ninth inning to lift the Atlanta Braves over the Chicago Cubs. The USDA runs the Commodity Credit Corp of USDA. ",
        &[("BRAVES", "ORG"), ("CUBS", "ORG"), ("Atlanta Braves", "ORG"), ("Chicago Cubs", "ORG"), ("USDA", "ORG"), ("Commodity Credit Corp of USDA", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(3), "CUBS");
    assert_eq!(linking.entity_id(0), linking.entity_id(2), "BRAVES");
    assert_ne!(linking.entity_id(4), linking.entity_id(5), "an acronym after 'of' owns the longer name");
}

#[test]
fn a_two_team_city_is_the_one_team_its_article_names() {
    // New York has two baseball teams; a game story about the Yankees means them by "New York",
    // a standings table naming neither leaves the city's teams apart.
    let docs = vec![
        document(
            "a.txt",
            "BASEBALL - The Yankees won as their pitcher homered. New York leads the division by two games after the ninth inning. ",
            &[("Yankees", "ORG"), ("New York", "ORG")],
        ),
        document(
            "b.txt",
            "BASEBALL - MAJOR LEAGUE STANDINGS. NEW YORK 74 55 .574. NEW YORK 59 72 .450. The pitcher threw an inning. ",
            &[("NEW YORK", "ORG"), ("NEW YORK", "ORG")],
        ),
        document("c.txt", "Baseball: the Mets lost as the pitcher tired in the ninth inning. ", &[("Mets", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0), "the article's team");
    assert_ne!(linking.entity_id(2), linking.entity_id(0), "a table naming neither team");
    assert_ne!(linking.entity_id(4), linking.entity_id(0), "the other team");
}

#[test]
fn a_sport_s_statistic_is_no_organization_of_the_same_letters() {
    let docs = vec![
        document(
            "a.txt",
            "The Reserve Bank of India cut rates. The RBI governor spoke. ",
            &[("Reserve Bank of India", "ORG"), ("RBI", "ORG")],
        ),
        document("b.txt", "BASEBALL - Jaha had four RBI as the pitcher lasted one inning. ", &[("Jaha", "PER"), ("RBI", "MISC")]),
        document(
            "c.txt",
            "Baseball: Bonilla has 21 RBI; the pitcher homered in the ninth inning. ",
            &[("Bonilla", "PER"), ("RBI", "MISC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0), "the bank's acronym");
    assert_ne!(linking.entity_id(3), linking.entity_id(0), "runs batted in");
    assert_eq!(linking.entity_id(3), linking.entity_id(5), "one statistic of one sport");
}

#[test]
fn a_plural_demonym_that_is_a_teams_nickname_is_the_team_in_its_sport() {
    let docs = vec![
        document(
            "a.txt",
            "Baseball: the Cleveland Indians won as their pitcher homered. The Indians lead. CLEVELAND 80 53. ",
            &[("Cleveland Indians", "ORG"), ("Indians", "MISC"), ("CLEVELAND", "ORG")],
        ),
        document(
            "b.txt",
            "Prices rose in Cleveland. Indians voted in Delhi. ",
            &[("Cleveland", "LOC"), ("Indians", "MISC"), ("Delhi", "LOC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0));
    assert_eq!(linking.entity_id(2), linking.entity_id(0));
    assert_eq!(linking.entity_id(4), Some("country:india"), "not a sports report: the country");
}

#[test]
fn a_country_name_tagged_as_a_person_is_the_country_unless_its_article_names_the_person() {
    let docs = vec![
        document("a.txt", "Trevor Holland scored twice for Leeds. ", &[("Trevor Holland", "PER"), ("Leeds", "ORG")]),
        document("b.txt", "Holland beat Belgium 2-1 in Rotterdam. ", &[("Holland", "PER"), ("Belgium", "LOC"), ("Rotterdam", "LOC")]),
        document("c.txt", "Jane Holland spoke. Holland said no. ", &[("Jane Holland", "PER"), ("Holland", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), Some("country:netherlands"));
    assert_eq!(linking.entity_id(6), linking.entity_id(5), "the article names Jane Holland");
}

#[test]
fn a_language_named_like_a_person_elsewhere_is_nobody_s_surname() {
    let docs = vec![
        document("a.txt", "Bill French founded the club. ", &[("Bill French", "PER")]),
        document("b.txt", "The document was written in French. ", &[("French", "MISC")]),
        document("c.txt", "Bill French spoke. Asked twice, French said no. ", &[("Bill French", "PER"), ("French", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(1), linking.entity_id(0), "the language, in an article that names no French");
    assert_eq!(linking.entity_id(3), linking.entity_id(0), "a surname tagged as a person stays the person");
}

#[test]
fn a_country_named_like_a_person_of_the_article_is_that_person() {
    let docs = vec![document(
        "a.txt",
        "Director Neil Jordan won a prize. Jordan thanked the jury. King Hussein of Jordan attended. ",
        &[("Neil Jordan", "PER"), ("Jordan", "LOC"), ("Hussein", "PER"), ("Jordan", "LOC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0));
    assert_eq!(linking.entity_id(3), Some("country:jordan"), "after a preposition of place: the place");
    // An article that speaks of the country (its demonym, or a list of countries) keeps it.
    let docs = vec![
        document(
            "a.txt",
            "Pierre Mendes France was a French politician. France withdrew in 1954. ",
            &[("Pierre Mendes France", "PER"), ("French", "MISC"), ("France", "LOC")],
        ),
        document(
            "b.txt",
            "Kathy Ireland spoke. Ireland and Britain signed a treaty. ",
            &[("Kathy Ireland", "PER"), ("Ireland", "LOC"), ("Britain", "LOC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), Some("country:france"));
    assert_eq!(linking.entity_id(4), Some("country:ireland"));
    // So is a capital's name, but where a place is said.
    let docs = vec![document(
        "a.txt",
        "Booker T. Washington was an educator. Washington mobilized a coalition. He moved to Washington in 1900. ",
        &[("Booker T. Washington", "PER"), ("Washington", "LOC"), ("Washington", "LOC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0));
    assert_ne!(linking.entity_id(2), linking.entity_id(0));
}

#[test]
fn a_place_named_like_a_person_is_the_place_after_that_person_s_full_name_in_one_sentence() {
    // Writers give a person's full name and then a pronoun, not the surname, in one sentence:
    // the bare name there is the place (or the side named after it).
    let docs = vec![document(
        "a.txt",
        "John Scotland was a Scottish footballer who represented Scotland in 1950. Scotland retired in 1960. Born in Perth, Scotland scored twice. ",
        &[("John Scotland", "PER"), ("Scottish", "MISC"), ("Scotland", "LOC"), ("Scotland", "LOC"), ("Perth", "LOC"), ("Scotland", "LOC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(2), linking.entity_id(0), "represented Scotland: the country");
    assert_eq!(linking.entity_id(3), linking.entity_id(0), "the next sentence's subject: the person");
    assert_eq!(linking.entity_id(5), linking.entity_id(0));
    // A possessive is the person's even so; so is a country's name the model tags as a person.
    let docs = vec![
        document(
            "b.txt",
            "George Washington's resignation marked the end of Washington's military service. ",
            &[("George Washington", "PER"), ("Washington", "LOC")],
        ),
        document(
            "c.txt",
            "Jack England was an English cricketer who played for England in 1930. England died in 1970. ",
            &[("Jack England", "PER"), ("English", "MISC"), ("England", "PER"), ("England", "PER")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0), "Washington's service: the person's");
    assert_ne!(linking.entity_id(4), linking.entity_id(2), "played for England: the side");
    assert_eq!(linking.entity_id(5), linking.entity_id(2));
}

#[test]
fn a_country_named_like_a_person_of_the_article_is_the_country_where_said_as_one() {
    // What a state has after its possessive, a verb only a land takes before it.
    let docs = vec![document(
        "a.txt",
        "Neil Jordan was a basketball player. Jordan's King Hussein met him. Israel invaded Jordan in 1967. Jordan's career ended in 2003. ",
        &[("Neil Jordan", "PER"), ("Jordan", "LOC"), ("King Hussein", "PER"), ("Israel", "LOC"), ("Jordan", "LOC"), ("Jordan", "PER")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), Some("country:jordan"), "Jordan's King Hussein");
    assert_eq!(linking.entity_id(4), Some("country:jordan"), "invaded Jordan");
    assert_eq!(linking.entity_id(5), linking.entity_id(0), "Jordan's career: the person's");
}

#[test]
fn a_place_named_like_a_person_of_the_article_is_the_place_after_a_preposition() {
    let docs = vec![document(
        "a.txt",
        "Tom Denby was an English potter. Denby was born in Leeds. He later lived in Denby. The end of Denby's career came in 1950. ",
        &[("Tom Denby", "PER"), ("English", "MISC"), ("Denby", "LOC"), ("Leeds", "LOC"), ("Denby", "LOC"), ("Denby", "LOC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(0), "the subject of a clause: the person");
    assert_ne!(linking.entity_id(4), linking.entity_id(0), "lived in Denby: the village");
    assert_eq!(linking.entity_id(5), linking.entity_id(0), "the end of Denby's career: the person's");
}

#[test]
fn other_named_things_are_linked_by_name_and_generic_event_names_within_their_article() {
    let docs = vec![
        document(
            "a.txt",
            "Jane Roe won the World Cup downhill with Windows 95 skis. The World Cup ends in March. ",
            &[("Jane Roe", "PER"), ("World Cup", "MISC"), ("Windows 95", "MISC"), ("World Cup", "MISC")],
        ),
        document(
            "b.txt",
            "Brazil won the World Cup final. Fans ran Windows 95 all night. ",
            &[("Brazil", "LOC"), ("World Cup", "MISC"), ("Windows 95", "MISC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    let windows = entity_of(&linking, &docs, 0, "Windows 95").expect("a MISC name is linked");
    assert!(windows.starts_with("misc:"), "{windows}");
    assert_eq!(entity_of(&linking, &docs, 1, "Windows 95").as_ref(), Some(&windows), "one name, one thing across articles");
    let cup_a = entity_of(&linking, &docs, 0, "World Cup").unwrap();
    assert_eq!(linking.entity_id(3).map(str::to_string), Some(cup_a.clone()), "both of the article's World Cup mentions");
    assert_ne!(entity_of(&linking, &docs, 1, "World Cup").unwrap(), cup_a, "a generic event name stays in its article");
}

#[test]
fn a_one_word_person_listed_with_organizations_is_one_of_them() {
    let docs = vec![
        document(
            "a.txt",
            "Peter Brown played for Watford, Reading and Millwall. ",
            &[("Peter Brown", "PER"), ("Watford", "ORG"), ("Reading", "ORG"), ("Millwall", "PER")],
        ),
        document(
            "b.txt",
            "Acme, Beta and Smith met. John Smith spoke. Acme, Beta, Carl Olsen and Delta met. ",
            &[
                ("Acme", "ORG"),
                ("Beta", "ORG"),
                ("Smith", "PER"),
                ("John Smith", "PER"),
                ("Acme", "ORG"),
                ("Beta", "ORG"),
                ("Carl Olsen", "PER"),
                ("Delta", "ORG"),
            ],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Millwall").as_deref(), Some("organization:millwall"));
    assert!(entity_of(&linking, &docs, 1, "Smith").unwrap().starts_with("person:"), "the corpus names a person so");
    assert!(entity_of(&linking, &docs, 1, "Carl Olsen").unwrap().starts_with("person:"), "a full name stays a person");
}

#[test]
fn names_listed_as_examples_of_a_kind_of_organization_are_organizations() {
    let docs = vec![
        document(
            "a.txt",
            "Knives made by firms such as Dreiturm, Wusthof and Zwilling sold well. ",
            &[("Dreiturm", "LOC"), ("Wusthof", "LOC"), ("Zwilling", "PER")],
        ),
        document("b.txt", "He visited cities such as Lyon and Porto. ", &[("Lyon", "LOC"), ("Porto", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    for name in ["Dreiturm", "Wusthof", "Zwilling"] {
        assert!(entity_of(&linking, &docs, 0, name).unwrap().starts_with("organization:"), "{name}");
    }
    assert!(entity_of(&linking, &docs, 1, "Porto").unwrap().starts_with("location:"), "not a kind of organization");
}

#[test]
fn a_person_before_a_member_noun_and_a_name_is_a_group() {
    let docs = vec![document(
        "a.txt",
        "It was the last album by Luscious Jackson members Vivian Trimble and Jill Cunniff. Ann Lee adviser Tom Hall spoke. \
         Healy president George Malina said so. ",
        &[
            ("Luscious Jackson", "PER"),
            ("Vivian Trimble", "PER"),
            ("Jill Cunniff", "PER"),
            ("Ann Lee", "PER"),
            ("Tom Hall", "PER"),
            ("Healy", "PER"),
            ("George Malina", "PER"),
        ],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Luscious Jackson").as_deref(), Some("organization:luscious-jackson"));
    assert!(entity_of(&linking, &docs, 0, "Vivian Trimble").unwrap().starts_with("person:"));
    assert!(entity_of(&linking, &docs, 0, "Ann Lee").unwrap().starts_with("person:"), "an adviser is not a member");
    assert_eq!(entity_of(&linking, &docs, 0, "Healy").as_deref(), Some("organization:healy"));
}

#[test]
fn a_person_the_sentence_calls_a_band_or_a_firm_is_one() {
    let docs = vec![
        document(
            "a.txt",
            "Bad Astronaut is an American indie / alternative rock band founded in 2000. Bad Astronaut toured in 2001. ",
            &[("Bad Astronaut", "PER"), ("American", "MISC"), ("Bad Astronaut", "PER")],
        ),
        document("b.txt", "Jan Smit (founded 1990) was a Dutch record label. ", &[("Jan Smit", "PER"), ("Dutch", "MISC")]),
        document(
            "c.txt",
            "Tom Lee is an American musician and the drummer of the band Acme. Ann Roe is an American band leader. \
             Jim Kay was a radio broadcaster. Rob Day said it was a rock band. ",
            &[
                ("Tom Lee", "PER"),
                ("American", "MISC"),
                ("Acme", "ORG"),
                ("Ann Roe", "PER"),
                ("American", "MISC"),
                ("Jim Kay", "PER"),
                ("Rob Day", "PER"),
            ],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Bad Astronaut").as_deref(), Some("organization:bad-astronaut"));
    assert_eq!(linking.entity_id(0), linking.entity_id(2), "the article's other mentions of it too");
    assert_eq!(entity_of(&linking, &docs, 1, "Jan Smit").as_deref(), Some("organization:jan-smit"));
    for person in ["Tom Lee", "Ann Roe", "Jim Kay", "Rob Day"] {
        assert!(entity_of(&linking, &docs, 2, person).unwrap().starts_with("person:"), "{person}");
    }
}

#[test]
fn a_place_the_sentence_calls_a_club_or_a_company_is_one() {
    let docs = vec![
        document(
            "a.txt",
            "Vasco is a Brazilian sports club based in Rio de Janeiro. Vasco won in 1998. ",
            &[("Vasco", "LOC"), ("Brazilian", "MISC"), ("Rio de Janeiro", "LOC"), ("Vasco", "LOC")],
        ),
        document(
            "b.txt",
            "The Royal Danish Theatre is a theatre company in Denmark. ",
            &[("Royal Danish Theatre", "LOC"), ("Denmark", "LOC")],
        ),
        document(
            "c.txt",
            "The Aleutian Islands are a chain of volcanic islands. Kings Cross is a railway station. \
             Lyon is a city in France. Tom said Leeds is a club on the rise. ",
            &[("Aleutian Islands", "LOC"), ("Kings Cross", "LOC"), ("Lyon", "LOC"), ("France", "LOC"), ("Tom", "PER"), ("Leeds", "LOC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Vasco").as_deref(), Some("organization:vasco"));
    assert_eq!(linking.entity_id(0), linking.entity_id(3), "the article's other mentions of it too");
    assert_eq!(entity_of(&linking, &docs, 1, "Royal Danish Theatre").as_deref(), Some("organization:royal-danish-theatre"));
    for place in ["Aleutian Islands", "Kings Cross", "Lyon", "Leeds"] {
        assert!(entity_of(&linking, &docs, 2, place).unwrap().starts_with("location:"), "{place}");
    }
}

#[test]
fn a_name_ending_in_a_company_s_legal_form_is_a_company() {
    let docs = vec![document(
        "a.txt",
        "Heikki Herlin became manager of Kone Oy. Acme Holdings Ltd grew. Jan Co sang. Ann Limited-Edition wrote. ",
        &[("Heikki Herlin", "PER"), ("Kone Oy", "PER"), ("Acme Holdings Ltd", "LOC"), ("Jan Co", "PER"), ("Ann Limited-Edition", "PER")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Kone Oy").as_deref(), Some("organization:kone-oy"));
    assert!(entity_of(&linking, &docs, 0, "Acme Holdings Ltd").unwrap().starts_with("organization:"));
    for person in ["Heikki Herlin", "Jan Co", "Ann Limited-Edition"] {
        assert!(entity_of(&linking, &docs, 0, person).unwrap().starts_with("person:"), "{person}");
    }
}

#[test]
fn an_organization_s_name_with_a_common_noun_after_it_is_that_organization() {
    let docs = vec![
        document(
            "a.txt",
            "Jim Day joined the Macromedia board of directors. The NATO alliance met. Macromedia grew. NATO spoke. ",
            &[("Jim Day", "PER"), ("Macromedia board", "ORG"), ("NATO alliance", "ORG"), ("Macromedia", "ORG"), ("NATO", "ORG")],
        ),
        document(
            "b.txt",
            "The Federal office for motor vehicles ruled. Federal agents came. The Acme Bank group grew. ",
            &[("Federal office for motor vehicles", "ORG"), ("Federal", "ORG"), ("Acme Bank group", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Macromedia board").as_deref(), Some("organization:macromedia"));
    assert_eq!(linking.entity_id(1), linking.entity_id(3));
    assert_eq!(
        entity_of(&linking, &docs, 0, "NATO alliance").as_deref(),
        Some("organization:nato"),
        "the name, not the description, labels it"
    );
    assert_ne!(linking.entity_id(5), linking.entity_id(6), "a function word among the lower-case words: a name of its own");
}

#[test]
fn a_misc_name_cut_short_joins_the_one_longer_name_it_opens() {
    let docs = vec![
        document(
            "a.txt",
            "He signed a Major League Baseball contract. The American League Central race is close. ",
            &[("Major League Baseball", "MISC"), ("American League Central", "MISC")],
        ),
        document(
            "b.txt",
            "Major League owners met. The American League voted. She won the Acme Open Tennis Championships and the Acme Open Golf Championship. ",
            &[
                ("Major League", "MISC"),
                ("American League", "MISC"),
                ("Acme Open Tennis Championships", "MISC"),
                ("Acme Open Golf Championship", "MISC"),
            ],
        ),
        document(
            "c.txt",
            "The Acme Open starts today. Mortal Kombat sold well, and Mortal Kombat II better. ",
            &[("Acme Open", "MISC"), ("Mortal Kombat", "MISC"), ("Mortal Kombat II", "MISC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    let baseball = entity_of(&linking, &docs, 0, "Major League Baseball").unwrap();
    assert_eq!(entity_of(&linking, &docs, 1, "Major League"), Some(baseball), "a span cut short");
    let division = entity_of(&linking, &docs, 0, "American League Central").unwrap();
    assert_ne!(entity_of(&linking, &docs, 1, "American League").unwrap(), division, "a division is part of the league");
    let open = entity_of(&linking, &docs, 2, "Acme Open").unwrap();
    assert_ne!(entity_of(&linking, &docs, 1, "Acme Open Tennis Championships").unwrap(), open, "it opens two names");
    assert_ne!(entity_of(&linking, &docs, 2, "Mortal Kombat"), entity_of(&linking, &docs, 2, "Mortal Kombat II"), "a sequel");
}

#[test]
fn a_generic_event_name_joins_across_the_reports_of_one_sport() {
    let docs = vec![
        document(
            "a.txt",
            "SOCCER - Brazil beat Chile in a World Cup qualifier. The goalkeeper saved twice. ",
            &[("Brazil", "LOC"), ("Chile", "LOC"), ("World Cup", "MISC")],
        ),
        document(
            "b.txt",
            "SOCCER - Spain drew with Peru in the World Cup. The midfielder scored. ",
            &[("Spain", "LOC"), ("Peru", "LOC"), ("World Cup", "MISC")],
        ),
        document(
            "c.txt",
            "CRICKET - India won the World Cup match. The batsman made 100 before the bowler struck. ",
            &[("India", "LOC"), ("World Cup", "MISC")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    let football = entity_of(&linking, &docs, 0, "World Cup").unwrap();
    assert_eq!(entity_of(&linking, &docs, 1, "World Cup"), Some(football.clone()), "both football reports' World Cup");
    assert_ne!(entity_of(&linking, &docs, 2, "World Cup").unwrap(), football, "cricket's World Cup is another");
}

#[test]
fn a_misc_name_spelled_like_an_organization_or_place_is_that_and_religion_words_join() {
    let docs = vec![
        document(
            "a.txt",
            "The NHL said on Monday that Europe would host games. Moslem leaders and Islamic groups met. ",
            &[("NHL", "ORG"), ("Europe", "LOC"), ("Moslem", "MISC"), ("Islamic", "MISC")],
        ),
        document("b.txt", "Fans of the NHL in Europe cheered. ", &[("NHL", "MISC"), ("Europe", "MISC")]),
        document("c.txt", "Jewish settlers and Jews abroad protested. ", &[("Jewish", "MISC"), ("Jews", "MISC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 2, "Jews"), entity_of(&linking, &docs, 2, "Jewish"), "one people's faith");
    for name in ["NHL", "Europe"] {
        assert_eq!(entity_of(&linking, &docs, 1, name), entity_of(&linking, &docs, 0, name), "{name}");
    }
    assert!(entity_of(&linking, &docs, 1, "NHL").unwrap().starts_with("organization:"));
    assert_eq!(entity_of(&linking, &docs, 0, "Moslem"), entity_of(&linking, &docs, 0, "Islamic"), "one religion");
}

#[test]
fn middle_names_nicknames_and_particles_join_in_one_article() {
    let docs = vec![
        document(
            "a.txt",
            "J. Robert Smith met Robert Smith's staff. John Robert Smith spoke. Bob Johnson met Robert Johnson's lawyers. \
             Angel Di Maria scored. Di Maria later left. ",
            &[
                ("J. Robert Smith", "PER"),
                ("Robert Smith", "PER"),
                ("John Robert Smith", "PER"),
                ("Bob Johnson", "PER"),
                ("Robert Johnson", "PER"),
                ("Angel Di Maria", "PER"),
                ("Di Maria", "PER"),
            ],
        ),
        document("b.txt", "Jane Pike met John Robert Smith. ", &[("Jane Pike", "PER"), ("John Robert Smith", "PER")]),
        document("c.txt", "Robert Smith, a plumber, fixed it. ", &[("Robert Smith", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let smith = entity_of(&linking, &docs, 0, "John Robert Smith").unwrap();
    assert_eq!(entity_of(&linking, &docs, 0, "J. Robert Smith").as_ref(), Some(&smith));
    assert_eq!(entity_of(&linking, &docs, 0, "Robert Smith").as_ref(), Some(&smith), "known by the middle name");
    assert_eq!(entity_of(&linking, &docs, 0, "Bob Johnson"), entity_of(&linking, &docs, 0, "Robert Johnson"), "a nickname");
    let di_maria = entity_of(&linking, &docs, 0, "Angel Di Maria").unwrap();
    assert_eq!(entity_of(&linking, &docs, 0, "Di Maria").as_ref(), Some(&di_maria), "a surname with its particle");
    assert_eq!(di_maria, "person:angel-di-maria", "labelled by the full name");
    assert_eq!(entity_of(&linking, &docs, 1, "John Robert Smith").as_ref(), Some(&smith), "one spelling, one person");
    // Without an article that names him both ways, the middle name is no evidence across
    // articles: c.txt's Robert Smith may be anyone.
    let apart = docs[1..].to_vec();
    let linking = link(&apart, &AliasRules::default());
    assert_ne!(entity_of(&linking, &apart, 0, "John Robert Smith"), entity_of(&linking, &apart, 1, "Robert Smith"));
}

#[test]
fn a_currency_symbol_is_the_currency_not_its_country() {
    let docs = vec![document(
        "a.txt",
        "The U.S. economy grew. Shares fell to US$ 5 and C$ 7 in Canada. ",
        &[("U.S.", "LOC"), ("US$", "MISC"), ("C$", "MISC"), ("Canada", "LOC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "US$").as_deref(), Some("misc:us-dollar"));
    assert_eq!(entity_of(&linking, &docs, 0, "C$").as_deref(), Some("misc:c-dollar"));
    assert_eq!(entity_of(&linking, &docs, 0, "U.S.").as_deref(), Some("country:united-states"));
}

#[test]
fn a_short_form_is_the_one_longer_name_of_its_article_that_it_ends_or_begins() {
    let docs = vec![
        document(
            "a.txt",
            "The Miami Dolphins beat the Jets. The Dolphins scored twice. ",
            &[("Miami Dolphins", "ORG"), ("Jets", "ORG"), ("Dolphins", "ORG")],
        ),
        document(
            "b.txt",
            "The Dallas Dolphins lost to the Bears. The Dolphins never led. ",
            &[("Dallas Dolphins", "ORG"), ("Bears", "ORG"), ("Dolphins", "ORG")],
        ),
        document("c.txt", "Acme Mining reported results. Acme shares jumped. ", &[("Acme Mining", "ORG"), ("Acme", "ORG")]),
        document(
            "d.txt",
            "Acme Mining and Acme Foods merged. Acme said so. ",
            &[("Acme Mining", "ORG"), ("Acme Foods", "ORG"), ("Acme", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Dolphins"), entity_of(&linking, &docs, 0, "Miami Dolphins"));
    assert_eq!(entity_of(&linking, &docs, 1, "Dolphins"), entity_of(&linking, &docs, 1, "Dallas Dolphins"));
    assert_eq!(entity_of(&linking, &docs, 2, "Acme"), entity_of(&linking, &docs, 2, "Acme Mining"));
    let acme = entity_of(&linking, &docs, 3, "Acme");
    assert!(acme.is_some() && acme != entity_of(&linking, &docs, 3, "Acme Mining") && acme != entity_of(&linking, &docs, 3, "Acme Foods"));
    let joined = linking.links.iter().find(|l| l.variant == "Dolphins" && l.decision == Decision::Joined).unwrap();
    assert_eq!(joined.rule, "short-form-in-article");
    // "North Melbourne" is another club's name, not the long form of "Melbourne".
    let docs = vec![document(
        "f.txt",
        "North Melbourne beat Essendon. Melbourne lost to Carlton. ",
        &[("North Melbourne", "ORG"), ("Essendon", "ORG"), ("Melbourne", "ORG"), ("Carlton", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(entity_of(&linking, &docs, 0, "Melbourne"), entity_of(&linking, &docs, 0, "North Melbourne"));
    // A name that ends in "of <country>" is no long form of its opening words: another
    // country's party may carry them.
    let docs = vec![document(
        "g.txt",
        "The Kurdistan Democratic Party of Iran met. The Kurdistan Democratic Party of Iraq did not. The Kurdistan Democratic Party said so. ",
        &[("Kurdistan Democratic Party of Iran", "ORG"), ("Kurdistan Democratic Party", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(
        entity_of(&linking, &docs, 0, "Kurdistan Democratic Party"),
        entity_of(&linking, &docs, 0, "Kurdistan Democratic Party of Iran")
    );
    // A body inside another is not its short form's: "Senate" begins "Senate Committee on ...".
    let docs = vec![document(
        "e.txt",
        "The Senate Committee on Veterans Affairs met. The Senate voted later. ",
        &[("Senate Committee on Veterans Affairs", "ORG"), ("Senate", "ORG")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(entity_of(&linking, &docs, 0, "Senate"), entity_of(&linking, &docs, 0, "Senate Committee on Veterans Affairs"));
}

#[test]
fn a_lone_name_that_some_article_uses_as_a_given_name_joins_nobody_across_articles() {
    let docs = vec![
        document("a.txt", "Hugh Grant starred in the film. Grant said he liked it. ", &[("Hugh Grant", "PER"), ("Grant", "PER")]),
        document(
            "b.txt",
            "Grant Shapps, the transport secretary, spoke. Grant added that trains would run. ",
            &[("Grant Shapps", "PER"), ("Grant", "PER")],
        ),
        document("c.txt", "Grant told reporters that the plan would work. ", &[("Grant", "PER")]),
        document("d.txt", "Carl Whitelaw won. Bill Clinton spoke. ", &[("Carl Whitelaw", "PER"), ("Bill Clinton", "PER")]),
        document("e.txt", "Clinton said the talks went well. ", &[("Clinton", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 1, "Grant"), entity_of(&linking, &docs, 1, "Grant Shapps"), "given name in its article");
    assert_eq!(entity_of(&linking, &docs, 2, "Grant"), None, "Hugh Grant's surname, and Grant Shapps's name in b.txt");
    let refused = refusals(&linking, "Grant");
    assert!(refused.iter().any(|r| r.rule == "surname-across-documents" && r.candidates.len() == 2), "{refused:?}");
    assert_eq!(entity_of(&linking, &docs, 4, "Clinton"), entity_of(&linking, &docs, 3, "Bill Clinton"), "nobody goes by Clinton alone");
}

#[test]
fn a_city_the_corpus_names_as_a_place_is_no_player_of_that_surname_elsewhere() {
    let docs = vec![
        document("a.txt", "William Boston scored twice for the club. ", &[("William Boston", "PER")]),
        document("b.txt", "Talks were held in Boston on Monday. ", &[("Boston", "LOC")]),
        document(
            "c.txt",
            "BASEBALL - RESULTS. Boston beat Detroit 3-1 as the pitcher homered in the inning. ",
            &[("Boston", "ORG"), ("Detroit", "ORG")],
        ),
        // Its own article names the player: the bare name is him.
        document("d.txt", "William Boston signed on. Boston said he was glad. ", &[("William Boston", "PER"), ("Boston", "ORG")]),
        // A surname the corpus never uses for a place: the model's ORG is the person.
        document("e.txt", "Jane Roe won the case. ", &[("Jane Roe", "PER")]),
        document("f.txt", "Roe told reporters she was pleased. ", &[("Roe", "ORG?")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let player = entity_of(&linking, &docs, 0, "William Boston");
    assert!(entity_of(&linking, &docs, 2, "Boston").is_some_and(|team| Some(&team) != player.as_ref()), "the baseball team");
    assert_eq!(entity_of(&linking, &docs, 3, "Boston"), player, "named in its article");
    assert_eq!(entity_of(&linking, &docs, 5, "Roe"), entity_of(&linking, &docs, 4, "Jane Roe"));
}

#[test]
fn one_name_in_reports_of_two_sports_is_a_team_of_each() {
    let football = "SOCCER - RESULTS. Bradford beat Wigan 2-1 as the goalkeeper and the midfielder shone. ";
    let rugby = "RUGBY LEAGUE - RESULTS. Bradford beat Wigan 30-12 in the rugby league after a scrum. ";
    let teams = [("Bradford", "ORG"), ("Wigan", "ORG")];
    let docs = vec![
        document("a.txt", football, &teams),
        document("b.txt", rugby, &teams),
        document("c.txt", football, &teams),
        document("d.txt", "Shares in Unilever rose. ", &[("Unilever", "ORG")]),
        document("e.txt", "SOCCER - RESULTS. Unilever sponsors the football cup for the goalkeeper. ", &[("Unilever", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(entity_of(&linking, &docs, 0, "Bradford"), entity_of(&linking, &docs, 1, "Bradford"), "football and rugby");
    assert_eq!(entity_of(&linking, &docs, 0, "Bradford"), entity_of(&linking, &docs, 2, "Bradford"), "one sport");
    assert_eq!(
        entity_of(&linking, &docs, 3, "Unilever"),
        entity_of(&linking, &docs, 4, "Unilever"),
        "one sport's name joins its plain use"
    );
}

#[test]
fn a_country_competing_in_a_team_cup_is_its_cup_team() {
    let docs = vec![
        document(
            "a.txt",
            "TENNIS - FED CUP DRAW. Spain travels to Belgium for the Fed Cup. Martinez trained in Spain. ",
            &[("Spain", "LOC"), ("Belgium", "LOC"), ("Fed Cup", "MISC"), ("Martinez", "PER"), ("Spain", "LOC")],
        ),
        document("b.txt", "Spain cut taxes. Spanish banks rose. ", &[("Spain", "LOC"), ("Spanish", "MISC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), Some("organization:spain-fed-cup-team"));
    assert_eq!(linking.entity_id(1), Some("organization:belgium-fed-cup-team"));
    assert_eq!(linking.entity_id(4), Some("country:spain"), "trained in Spain: the country");
    assert_eq!(linking.entity_id(5), Some("country:spain"));
    let join = linking.links.iter().find(|l| l.variant == "Spain" && l.rule == "team-cup-country");
    assert!(join.is_some_and(|j| j.joined_to.as_deref() == Some("Spain Fed Cup team")), "{join:?}");
}

#[test]
fn a_team_name_outside_sports_reports_is_the_team_its_one_sport_names() {
    let football = "SOCCER - RESULTS. Ajax Amsterdam beat PSV 2-1 as the goalkeeper and the midfielder shone. Ajax lead. ";
    let docs = vec![
        document("a.txt", football, &[("Ajax Amsterdam", "ORG"), ("PSV", "ORG"), ("Ajax", "ORG")]),
        // No clear sport (one sport word): still the football team.
        document("b.txt", "Soccer - Ajax Amsterdam face Juventus in Europe. ", &[("Ajax Amsterdam", "ORG"), ("Juventus", "ORG")]),
        // A city's name outside sports reports stays whatever the article makes of it.
        document("c.txt", "Talks were held in Amsterdam. ", &[("Amsterdam", "LOC")]),
        document(
            "d.txt",
            "SOCCER - RESULTS. Amsterdam beat Utrecht as the goalkeeper shone. ",
            &[("Amsterdam", "ORG"), ("Utrecht", "ORG")],
        ),
        document("e.txt", "Amsterdam said the port would open. ", &[("Amsterdam", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let ajax = entity_of(&linking, &docs, 0, "Ajax Amsterdam");
    assert_eq!(entity_of(&linking, &docs, 0, "Ajax"), ajax);
    assert_eq!(entity_of(&linking, &docs, 1, "Ajax Amsterdam"), ajax, "no sport in b.txt");
    assert_ne!(entity_of(&linking, &docs, 4, "Amsterdam"), entity_of(&linking, &docs, 3, "Amsterdam"), "a city is no team outside reports");
}

#[test]
fn a_team_s_nickname_alone_is_its_article_s_full_team_name() {
    let football = "SOCCER - RESULTS. Manchester United beat Everton 2-1 as the goalkeeper and the midfielder shone. United lead. ";
    let docs = vec![
        document("a.txt", football, &[("Manchester United", "ORG"), ("Everton", "ORG"), ("United", "ORG")]),
        document("b.txt", "Leeds United sold shares. ", &[("Leeds United", "ORG")]),
        // Two teams of the article end so: the nickname stays apart from both.
        document(
            "c.txt",
            "SOCCER - RESULTS. Manchester United beat Leeds United 2-1 as the goalkeeper shone. United lead. ",
            &[("Manchester United", "ORG"), ("Leeds United", "ORG"), ("United", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "United"), entity_of(&linking, &docs, 0, "Manchester United"));
    assert_ne!(entity_of(&linking, &docs, 2, "United"), entity_of(&linking, &docs, 2, "Manchester United"));
}

#[test]
fn a_clipped_first_word_is_its_article_s_longer_name() {
    let docs = vec![
        document(
            "a.txt",
            "The Federal Reserve raised rates. The Fed said inflation was high. ",
            &[("Federal Reserve", "ORG"), ("Fed", "ORG")],
        ),
        // Nothing in its article to clip: it stays apart.
        document("b.txt", "The Fed said so. ", &[("Fed", "ORG")]),
        // A word of the name, not a clipping of its first word.
        document("c.txt", "Acme Federal Bank grew. Fed shares rose. ", &[("Acme Federal Bank", "ORG"), ("Fed", "ORG")]),
        // Sports reports' short club names clip other clubs'.
        document(
            "d.txt",
            "SOCCER - RESULTS. Radnicki Nis beat Rad 2-1 as the goalkeeper and the midfielder shone. ",
            &[("Radnicki Nis", "ORG"), ("Rad", "ORG")],
        ),
        // Two names clip to it: the one the article writes at least twice as often.
        document(
            "e.txt",
            "The Federal Reserve met. The Federal Reserve held rates. The Federal Open Market Committee voted. The Fed said so. ",
            &[("Federal Reserve", "ORG"), ("Federal Reserve", "ORG"), ("Federal Open Market Committee", "ORG"), ("Fed", "ORG")],
        ),
        document(
            "f.txt",
            "The Federal Reserve met. The Federal Open Market Committee voted. The Fed said so. ",
            &[("Federal Reserve", "ORG"), ("Federal Open Market Committee", "ORG"), ("Fed", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0));
    assert_ne!(linking.entity_id(4), linking.entity_id(3));
    assert_ne!(linking.entity_id(6), linking.entity_id(5));
    assert_eq!(entity_of(&linking, &docs, 4, "Fed"), entity_of(&linking, &docs, 4, "Federal Reserve"));
    assert_ne!(entity_of(&linking, &docs, 5, "Fed"), entity_of(&linking, &docs, 5, "Federal Reserve"), "as often as the other");
}

#[test]
fn a_club_named_like_a_person_stays_a_club_in_its_sports_report() {
    let docs = vec![
        document("a.txt", "Marcio Santos scored twice. ", &[("Marcio Santos", "PER")]),
        document(
            "b.txt",
            "SOCCER - RESULTS. Santos beat Flamengo 2-1 as the goalkeeper and the midfielder shone. ",
            &[("Santos", "ORG"), ("Flamengo", "ORG")],
        ),
        // Its own article names someone so: the person.
        document(
            "c.txt",
            "SOCCER - RESULTS. Marcio Santos scored as the goalkeeper and the midfielder shone. Santos was fouled. ",
            &[("Marcio Santos", "PER"), ("Santos", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 1, "Santos").unwrap().starts_with("organization:"));
    assert_eq!(entity_of(&linking, &docs, 2, "Santos"), entity_of(&linking, &docs, 0, "Marcio Santos"));
}

#[test]
fn an_organization_word_of_a_longer_name_in_its_article_stays_that_organization() {
    let docs = vec![
        document("a.txt", "Thomas Alva Edison invented the phonograph. ", &[("Thomas Alva Edison", "PER")]),
        document(
            "b.txt",
            "Homes served by Southern California Edison lost power, said Edison spokesman Kevin Kelly. ",
            &[("Southern California Edison", "ORG"), ("Edison", "ORG"), ("Kevin Kelly", "PER")],
        ),
        // An organization named like the person with no longer name in its article, the model
        // unsure of its tag: the person.
        document("c.txt", "Edison said it would raise rates. ", &[("Edison", "ORG?")]),
        // Its own article names someone so: the person.
        document(
            "d.txt",
            "Thomas Alva Edison left Edison General Electric; Edison was furious. ",
            &[("Thomas Alva Edison", "PER"), ("Edison General Electric", "ORG"), ("Edison", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 1, "Edison"), entity_of(&linking, &docs, 1, "Southern California Edison"));
    assert_eq!(entity_of(&linking, &docs, 2, "Edison"), entity_of(&linking, &docs, 0, "Thomas Alva Edison"));
    assert_eq!(entity_of(&linking, &docs, 3, "Edison"), entity_of(&linking, &docs, 0, "Thomas Alva Edison"));
}

#[test]
fn a_party_word_in_its_forms_is_one_party_labelled_with_its_full_name() {
    let docs = vec![
        document("a.txt", "The Democratic Party won. Democrats cheered. ", &[("Democratic Party", "ORG"), ("Democrats", "MISC")]),
        document("b.txt", "Jane Roe, a Democrat, spoke. ", &[("Jane Roe", "PER"), ("Democrat", "MISC")]),
        document(
            "c.txt",
            "The Social Democrats and the Liberal Democrats met. ",
            &[("Social Democrats", "ORG"), ("Liberal Democrats", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), Some("organization:democratic-party"));
    assert_eq!(linking.entity_id(1), Some("organization:democratic-party"));
    assert_eq!(linking.entity_id(3), Some("organization:democratic-party"));
    assert!(linking.links.iter().any(|l| l.variant == "Democrats" && l.rule == "party-word-forms"));
    for m in [4, 5] {
        assert_ne!(linking.entity_id(m), Some("organization:democratic-party"), "another party");
    }
}

#[test]
fn a_bare_surname_two_people_carry_goes_to_the_one_the_corpus_names_far_more_often() {
    let bill = |path| document(path, "Bill Clinton spoke in Ohio. ", &[("Bill Clinton", "PER"), ("Ohio", "LOC")]);
    let family = "Bill Clinton and Hillary Clinton arrived. Clinton said the trip was long. ";
    let family_mentions = [("Bill Clinton", "PER"), ("Hillary Clinton", "PER"), ("Clinton", "PER")];
    let docs = vec![bill("a.txt"), bill("b.txt"), bill("c.txt"), document("d.txt", family, &family_mentions)];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 3, "Clinton").as_deref(), Some("person:bill-clinton"));
    assert!(linking.links.iter().any(|l| l.variant == "Clinton" && l.rule == "surname-of-salient-owner"));
    // Not when the other is named nearly as often: the bare name stays unlinked.
    let hillary = |path| document(path, "Hillary Clinton spoke in Iowa. ", &[("Hillary Clinton", "PER"), ("Iowa", "LOC")]);
    let docs = vec![bill("a.txt"), bill("b.txt"), bill("c.txt"), hillary("e.txt"), document("d.txt", family, &family_mentions)];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 4, "Clinton"), None);
}

#[test]
fn a_team_name_two_sports_use_follows_the_sport_a_one_word_item_leans_to() {
    let football = "SOCCER - RESULTS. Manchester United beat Leeds 2-1 as the goalkeeper and the midfielder shone. ";
    let cricket = "CRICKET - Old Trafford. The bowler took a wicket while Manchester United fans watched. ";
    let docs = vec![
        document("a.txt", football, &[("Manchester United", "ORG"), ("Leeds", "ORG")]),
        document("b.txt", cricket, &[("Manchester United", "ORG")]),
        document("c.txt", "SOCCER - Manchester United sign a striker. ", &[("Manchester United", "ORG")]),
        document("d.txt", "Manchester United shares rose. ", &[("Manchester United", "ORG")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let united = |doc| entity_of(&linking, &docs, doc, "Manchester United");
    assert_eq!(united(2), united(0), "one word of football: the football team");
    assert_ne!(united(1), united(0), "the cricket report's is another sport's");
    assert_ne!(united(3), united(0), "no sport word at all: no sport to choose");
}

#[test]
fn a_based_word_is_the_place_or_country_it_is_made_from() {
    let docs = vec![
        document("a.txt", "Talks were held in London. ", &[("London", "LOC")]),
        document(
            "b.txt",
            "Acme, a London-based bank, grew. The U.S.-based Zenith fell. ",
            &[("Acme", "ORG"), ("London-based", "MISC"), ("U.S.-based", "MISC"), ("Zenith", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(2), linking.entity_id(0), "London");
    assert_eq!(linking.entity_id(3), Some("country:united-states"));
}

#[test]
fn two_given_names_alike_in_letters_are_two_people() {
    let docs = vec![
        document("a.txt", "Robert Taylor led the lab. Taylor retired in 1996. ", &[("Robert Taylor", "PER"), ("Taylor", "PER")]),
        document("b.txt", "Roger Taylor played the drums. ", &[("Roger Taylor", "PER")]),
        document("c.txt", "Anthony Blinken spoke. ", &[("Anthony Blinken", "PER")]),
        document("d.txt", "Antony Blinken flew in. ", &[("Antony Blinken", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(0), linking.entity_id(2), "Robert / Roger");
    assert_eq!(linking.entity_id(3), linking.entity_id(4), "a spelling variant still joins");
}

#[test]
fn a_name_the_text_gives_as_another_name_joins_its_person() {
    let docs = vec![document(
        "a.txt",
        "Anna Berglund, also known as Annie Lind, sang in Oslo. Clara Voss (née Clara Marsh) met Tom Hale, known for his films. ",
        &[
            ("Anna Berglund", "PER"),
            ("Annie Lind", "PER"),
            ("Oslo", "LOC"),
            ("Clara Voss", "PER"),
            ("Clara Marsh", "PER"),
            ("Tom Hale", "PER"),
        ],
    )];
    let linking = link(&docs, &AliasRules::default());
    let anna = entity_of(&linking, &docs, 0, "Anna Berglund");
    assert!(anna.is_some());
    assert_eq!(entity_of(&linking, &docs, 0, "Annie Lind"), anna);
    assert_eq!(entity_of(&linking, &docs, 0, "Clara Marsh"), entity_of(&linking, &docs, 0, "Clara Voss"));
    // "met X, known for" states nothing about names.
    assert_ne!(entity_of(&linking, &docs, 0, "Tom Hale"), entity_of(&linking, &docs, 0, "Clara Voss"));
    let joined = linking.links.iter().find(|l| l.variant == "Annie Lind" && l.decision == Decision::Joined).expect("the join is recorded");
    assert_eq!(joined.rule, "stated-other-name");
}

#[test]
fn a_bare_surname_before_a_birth_name_is_not_its_owner() {
    // "formerly Kuan and Hancock, born Rosa Lind": the bare surname is read as the husband's.
    let docs = vec![document(
        "a.txt",
        "Rosa Porter (formerly Hancock, born Rosa Lind) married Leo Hancock in Perth. ",
        &[("Rosa Porter", "PER"), ("Hancock", "PER"), ("Rosa Lind", "PER"), ("Leo Hancock", "PER"), ("Perth", "LOC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(entity_of(&linking, &docs, 0, "Rosa Lind"), entity_of(&linking, &docs, 0, "Leo Hancock"));
}

#[test]
fn a_bare_name_given_as_someone_s_other_name_stays_theirs() {
    // Two others in the article carry the surname: as a bare surname "Marsh" would be left
    // ambiguous, but the text says whose other name it is.
    let docs = vec![document(
        "a.txt",
        "Clara Voss (née Marsh) met Tom Marsh and Ann Marsh in Oslo. ",
        &[("Clara Voss", "PER"), ("Marsh", "PER"), ("Tom Marsh", "PER"), ("Ann Marsh", "PER"), ("Oslo", "LOC")],
    )];
    let linking = link(&docs, &AliasRules::default());
    let clara = entity_of(&linking, &docs, 0, "Clara Voss");
    assert!(clara.is_some());
    assert_eq!(entity_of(&linking, &docs, 0, "Marsh"), clara);
    let joined: Vec<&LinkRecord> = linking.links.iter().filter(|l| l.variant == "Marsh" && l.decision == Decision::Joined).collect();
    assert_eq!(joined.len(), 1, "{joined:?}");
    assert_eq!(joined[0].rule, "stated-other-name");
}

#[test]
fn another_name_stated_in_one_article_stays_in_that_article() {
    // "(née Marsh)" makes that article's bare "Marsh" Clara's. Since the corpus names a Tom
    // Marsh, every article's bare "Marsh" without an owner of its own is read as one
    // corpus-wide node; the stated name must not take the other articles' "Marsh" to Clara.
    let docs = vec![
        document("a.txt", "Clara Voss (née Marsh) painted in Oslo. ", &[("Clara Voss", "PER"), ("Marsh", "PER"), ("Oslo", "LOC")]),
        document("b.txt", "Tom Marsh sailed to Bergen. ", &[("Tom Marsh", "PER"), ("Bergen", "LOC")]),
        document("c.txt", "The princes Marsh and Hale left Oslo. ", &[("Marsh", "PER"), ("Hale", "PER"), ("Oslo", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let clara = entity_of(&linking, &docs, 0, "Clara Voss");
    assert!(clara.is_some());
    assert_eq!(entity_of(&linking, &docs, 0, "Marsh"), clara);
    assert_ne!(entity_of(&linking, &docs, 2, "Marsh"), clara);
}

#[test]
fn a_monarch_is_not_the_namesake_with_his_given_name_as_surname() {
    let docs = vec![
        document("a.txt", "John Alexander sang in Leeds. ", &[("John Alexander", "PER"), ("Leeds", "LOC")]),
        document(
            "b.txt",
            "The reforms of Alexander III outlived him. Kings Robert II and Robert III ruled Scotland. ",
            &[("Alexander III", "PER"), ("Robert II", "PER"), ("Robert III", "PER"), ("Scotland", "LOC")],
        ),
        document("c.txt", "Henri IV of France converted. ", &[("Henri IV", "PER"), ("France", "LOC")]),
        document("d.txt", "Henry IV of France was crowned. ", &[("Henry IV", "PER"), ("France", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(entity_of(&linking, &docs, 1, "Alexander III"), entity_of(&linking, &docs, 0, "John Alexander"));
    assert_ne!(entity_of(&linking, &docs, 1, "Robert II"), entity_of(&linking, &docs, 1, "Robert III"));
    assert_eq!(entity_of(&linking, &docs, 2, "Henri IV"), entity_of(&linking, &docs, 3, "Henry IV"), "one king, two spellings");
}

#[test]
fn one_shared_context_word_vouches_only_for_a_surname_that_sounds_alike() {
    // Negative: one place in common does not make John Mayock John Major.
    let docs = vec![
        document("a.txt", "John Major spoke in Oslo. ", &[("John Major", "PER"), ("Oslo", "LOC")]),
        document("b.txt", "John Mayock ran in Oslo. ", &[("John Mayock", "PER"), ("Oslo", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(entity_of(&linking, &docs, 0, "John Major"), entity_of(&linking, &docs, 1, "John Mayock"));
    assert!(refusals(&linking, "John Mayock").iter().any(|r| r.rule == "full-name-similar-in-context"));
    // Positive: the same evidence for surnames that sound alike.
    let docs = vec![
        document("a.txt", "Christian Rudd won in Oslo. ", &[("Christian Rudd", "PER"), ("Oslo", "LOC")]),
        document("b.txt", "Christian Ruud lost in Oslo. ", &[("Christian Ruud", "PER"), ("Oslo", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Christian Rudd"), entity_of(&linking, &docs, 1, "Christian Ruud"));
}

#[test]
fn a_surname_alike_only_in_letters_needs_context_across_articles() {
    // Negative: nothing in common but letters.
    let docs = vec![
        document("a.txt", "James Madison wrote to Paris. ", &[("James Madison", "PER"), ("Paris", "LOC")]),
        document("b.txt", "James O. Mason flew to Lima. ", &[("James O. Mason", "PER"), ("Lima", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(entity_of(&linking, &docs, 0, "James Madison"), entity_of(&linking, &docs, 1, "James O. Mason"));
    assert!(refusals(&linking, "James Madison")
        .iter()
        .chain(refusals(&linking, "James O. Mason").iter())
        .any(|r| r.reason.as_deref().is_some_and(|why| why.contains("not in sound"))));
    // Positive: the same spelling gap with a place in common ("Van Eiden" / "Van Eijden").
    let docs = vec![
        document("a.txt", "Jan Van Eijden won in Oslo. ", &[("Jan Van Eijden", "PER"), ("Oslo", "LOC")]),
        document("b.txt", "Jan Van Eiden lost in Oslo. ", &[("Jan Van Eiden", "PER"), ("Oslo", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(entity_of(&linking, &docs, 0, "Jan Van Eijden"), entity_of(&linking, &docs, 1, "Jan Van Eiden"));
}

#[test]
fn a_legal_form_after_a_company_name_is_no_country() {
    // Positive: "SA" after "Atari," ends the company's name; no Saudi Arabia.
    let docs = vec![document("t.txt", "The company was owned by Atari, SA. It grew.", &[("Atari", "ORG"), ("SA", "LOC")])];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(0), Some("organization:atari"));
    assert_eq!(linking.entity_id(1), None, "{:?}", linking.entity_id(1));
    // Negative: the code alone, where no name comes before it, is still read.
    let docs = vec![document("t.txt", "SA beat England by ten runs.", &[("SA", "LOC"), ("England", "LOC")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(linking.entity_id(0).is_some_and(|id| id.starts_with("country:")), "{:?}", linking.entity_id(0));
}

#[test]
fn an_organization_named_after_the_person_its_sentence_names_stays_the_organization() {
    let docs = vec![
        document(
            "a.txt",
            "Michael Dell is the chief executive of Dell. Dell shares rose. ",
            &[("Michael Dell", "PER"), ("Dell", "ORG"), ("Dell", "ORG")],
        ),
        // Elsewhere a bare surname the model calls an organization is still the person's.
        document(
            "b.txt",
            "Jane Hollis spoke in Oslo. Later Hollis said the trip was long. ",
            &[("Jane Hollis", "PER"), ("Oslo", "LOC"), ("Hollis", "ORG")],
        ),
    ];
    let linking = link(&docs, &AliasRules::default());
    let person = linking.entity_id(0).unwrap().to_string();
    assert!(person.starts_with("person:"), "{person}");
    for at in [1, 2] {
        let company = linking.entity_id(at).unwrap();
        assert!(company.starts_with("organization:"), "mention {at} is {company}");
    }
    assert_eq!(entity_of(&linking, &docs, 1, "Hollis"), entity_of(&linking, &docs, 1, "Jane Hollis"));
}

#[test]
fn a_band_named_after_its_member_is_the_band_where_its_clause_says_so() {
    let docs = vec![document(
        "a.txt",
        "Jon Bon Jovi is the lead singer of Bon Jovi. Jane Smith met Smith. ",
        &[("Jon Bon Jovi", "PER"), ("Bon Jovi", "PER"), ("Jane Smith", "PER"), ("Smith", "PER")],
    )];
    let linking = link(&docs, &AliasRules::default());
    assert!(linking.entity_id(0).unwrap().starts_with("person:"));
    assert!(linking.entity_id(1).unwrap().starts_with("organization:"), "{:?}", linking.entity_id(1));
    // Without a word that makes it an organization's, a surname stays a person's.
    assert!(linking.entity_id(3).is_none_or(|id| id.starts_with("person:")), "{:?}", linking.entity_id(3));
}

#[test]
fn a_confident_organization_tag_stays_unless_its_article_or_its_noun_says_person() {
    let docs = vec![
        document("a.txt", "Romano Sion scored twice. ", &[("Romano Sion", "PER")]),
        // The model sure of its tag, no one so named in the article: the club.
        document("b.txt", "Defenders - Yvan Quentin ( Sion ) . ", &[("Yvan Quentin", "PER"), ("Sion", "ORG")]),
        // Unsure: the person.
        document("c.txt", "Sion said he was tired. ", &[("Sion", "ORG?")]),
        // Sure, but the name stands for what the person runs: the person.
        document("d.txt", "It is the policy of the Sion administration. ", &[("Sion", "ORG")]),
        document("e.txt", "It is the policy of the Sion and Harris administration. ", &[("Sion", "ORG"), ("Harris", "PER")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    let person = entity_of(&linking, &docs, 0, "Romano Sion");
    assert!(entity_of(&linking, &docs, 1, "Sion").is_some_and(|club| Some(&club) != person.as_ref()), "the club");
    assert_eq!(entity_of(&linking, &docs, 2, "Sion"), person);
    assert_eq!(entity_of(&linking, &docs, 3, "Sion"), person);
    assert_eq!(entity_of(&linking, &docs, 4, "Sion"), person);
}

#[test]
fn a_name_between_a_demonym_and_politician_is_the_party() {
    for (file, text, name, label, party) in [
        ("a.txt", "Mary Byrne is an Irish Fine Gael politician. ", "Fine Gael", "PER", true),
        ("b.txt", "Chen Wei is a Taiwanese Kuomintang politician. ", "Kuomintang", "MISC", true),
        ("c.txt", "Jan Kos is a Fidesz MP. ", "Fidesz", "PER", true),
        ("d.txt", "Ravi Kumar is a Sri Lankan Tamil politician. ", "Tamil", "MISC", false),
        ("e.txt", "Ravi Kumar met a Tamil politician. ", "Tamil", "MISC", false),
        ("f.txt", "Ravi Kumar met Anna Berg, a politician. ", "Anna Berg", "PER", false),
    ] {
        let docs = vec![document(file, text, &[(text.split(" is ").next().unwrap().split(" met ").next().unwrap(), "PER"), (name, label)])];
        let linking = link(&docs, &AliasRules::default());
        let entity = entity_of(&linking, &docs, 0, name).unwrap_or_default();
        assert_eq!(entity.starts_with("organization:"), party, "{text}: {entity}");
    }
}

#[test]
fn the_place_of_a_title_of_nobility_is_a_place() {
    let text = "Prince Amedeo, Duke of Aosta, was a member of the House of Savoy. ";
    let docs = vec![document("a.txt", text, &[("Prince Amedeo", "PER"), ("Aosta", "PER"), ("House of Savoy", "ORG")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "Aosta").unwrap().starts_with("location:"));
    // Not a full name after "of": "the son of John Doe".
    let text = "Jane Roe was the daughter of John Doe. ";
    let docs = vec![document("b.txt", text, &[("Jane Roe", "PER"), ("John Doe", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert!(entity_of(&linking, &docs, 0, "John Doe").unwrap().starts_with("person:"));
}

#[test]
fn a_titled_subject_opening_the_article_owns_its_bare_surname() {
    let text = "The Honourable Sir Sidney Peel, 1st Baronet DSO (1870 - 1938), was a soldier. Peel was the son of Arthur Peel. ";
    let docs = vec![document("a.txt", text, &[("Sidney Peel", "PER"), ("Peel", "PER"), ("Arthur Peel", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert_eq!(linking.entity_id(1), linking.entity_id(0));
    // Not a name inside the first sentence.
    let text = "The book praises Sidney Peel, 1st Baronet (1870 - 1938). Peel was the son of Arthur Peel. ";
    let docs = vec![document("a.txt", text, &[("Sidney Peel", "PER"), ("Peel", "PER"), ("Arthur Peel", "PER")])];
    let linking = link(&docs, &AliasRules::default());
    assert_ne!(linking.entity_id(1), linking.entity_id(0));
}

#[test]
fn places_listed_after_a_club_or_joined_are_clubs() {
    let docs = vec![
        document(
            "a.txt",
            "Pedro Garcia played for Benfica, Porto and Lyon. ",
            &[("Pedro Garcia", "PER"), ("Benfica", "ORG"), ("Porto", "LOC"), ("Lyon", "LOC")],
        ),
        document("b.txt", "Pedro Garcia joined Porto from Lyon in 1995. ", &[("Pedro Garcia", "PER"), ("Porto", "LOC"), ("Lyon", "LOC")]),
        // A journey, a posting, a city after a place: places.
        document("c.txt", "Pedro Garcia moved from Porto to Lyon in 1995. ", &[("Pedro Garcia", "PER"), ("Porto", "LOC"), ("Lyon", "LOC")]),
        document("d.txt", "Pedro Garcia was transferred to Lyon as prefect. ", &[("Pedro Garcia", "PER"), ("Lyon", "LOC")]),
        document("e.txt", "Pedro Garcia played for Benfica in Porto. ", &[("Pedro Garcia", "PER"), ("Benfica", "ORG"), ("Porto", "LOC")]),
    ];
    let linking = link(&docs, &AliasRules::default());
    for m in [2, 3, 5, 6] {
        assert!(linking.entity_id(m).unwrap().starts_with("organization:"), "{m}: {:?}", linking.entity_id(m));
    }
    for m in [8, 9, 11, 14] {
        assert!(linking.entity_id(m).unwrap().starts_with("location:"), "{m}: {:?}", linking.entity_id(m));
    }
}
