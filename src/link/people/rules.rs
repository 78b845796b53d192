//! The clustering phases for people (the order and evidence are in the module doc of
//! [`super`]).

use std::collections::{BTreeMap, BTreeSet};

use super::super::aliases::AliasRules;
use super::super::entity::EntityType;
use super::super::names::{
    compare, given_names_differ, given_names_may_agree, is_initial, is_trailing_part_of, sounds_alike, PersonName, INITIAL_OF_GIVEN_NAME,
};
use super::super::tally::{Cluster, Join, NodeKey, Refusals};
use super::super::union::{Clusters, Forbidden};
use super::nodes::{Node, Nodes, Scope};
use crate::text::normalize::comparison_key;

/// Clusters the person nodes; also returns the joins the rules turned down.
pub(crate) fn cluster(all: &Nodes, rules: &AliasRules) -> (Vec<Cluster>, Refusals) {
    let nodes = &all.nodes;
    let mut clusters = Clusters::new(nodes.len());
    let mut joins: BTreeMap<usize, Join> = BTreeMap::new();
    let mut refusals = Refusals::default();
    forbid_pairs(nodes, rules, &mut clusters, &mut refusals);
    join_stated_aliases(all, &mut clusters, &mut joins, &mut refusals);
    join_full_name_variants(nodes, &all.bare_surnames, &mut clusters, &mut joins, &mut refusals);
    join_initials(nodes, &mut clusters, &mut joins, &mut refusals);
    let ambiguous = join_bare_names(nodes, &mut clusters, &mut joins, &mut refusals);

    // Build clusters; ambiguous bare names stay out of every entity.
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for node in 0..nodes.len() {
        if !ambiguous.contains(&node) {
            by_root.entry(clusters.root(node)).or_default().push(node);
        }
    }
    let clusters = by_root
        .into_values()
        .map(|members| {
            let mut joins: BTreeMap<String, Join> =
                members.iter().filter_map(|n| joins.get(n).map(|j| (nodes[*n].text.clone(), j.clone()))).collect();
            // Bare surnames folded while reading joined by the surname-in-document rule.
            if let Some(&root) = members.first() {
                let target = best_named(nodes, &mut clusters, root);
                for variant in members.iter().flat_map(|&n| &nodes[n].folded) {
                    joins.entry(variant.clone()).or_insert_with(|| {
                        let parts = [("surname", 1.0), ("same_document", 1.0), ("unique_owner", 1.0)];
                        Join::new("surname-in-document", Some(nodes[target].text.clone()), 1.0, &parts)
                    });
                }
            }
            Cluster { kind: EntityType::Person, label: None, members: members.iter().map(|&n| nodes[n].key.clone()).collect(), joins }
        })
        .collect();
    (clusters, refusals)
}

/// Records that `rule` did not join node `from` to the nodes `to`.
fn refuse(refusals: &mut Refusals, nodes: &[Node], from: usize, rule: &'static str, to: &[usize], reason: impl FnOnce() -> String) {
    let candidates = to.iter().map(|&n| (nodes[n].key.clone(), nodes[n].text.clone()));
    refusals.add(&nodes[from].key, &nodes[from].text, rule, candidates, reason);
}

/// Pairs of spellings that must never share a person: user `forbid` pairs, and two full names
/// with one surname that are relatives (different middle names or suffixes) or, in one article,
/// namesakes with different given names. Only candidates that share a surname are compared.
/// Relatives with one given name ("Donald Trump" / "Donald Trump Jr.") are recorded as refused
/// spelling variants.
fn forbid_pairs(nodes: &[Node], rules: &AliasRules, clusters: &mut Clusters, refusals: &mut Refusals) {
    let spellings: Vec<String> = nodes.iter().map(|node| comparison_key(&node.text)).collect();
    for (a, b) in rules.forbidden_pairs(&spellings, comparison_key) {
        clusters.forbid(a, b, Forbidden::ByUser);
    }
    let mut by_surname: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate().filter(|(_, node)| node.name().is_full()) {
        by_surname.entry(node.name().surname.as_str()).or_default().push(n);
    }
    for group in by_surname.values() {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                let (x, y) = (&nodes[a], &nodes[b]);
                let score = compare(x.name(), y.name());
                let same_article = x.shares_document(y);
                if score.conflict {
                    clusters.forbid(a, b, Forbidden::Relatives);
                    if score.first >= 0.85 {
                        let (from, to) = if x.mentions >= y.mentions { (b, a) } else { (a, b) };
                        refuse(refusals, nodes, from, "full-name-spelling-variant", &[to], || Forbidden::Relatives.explain().to_string());
                    }
                } else if same_article && score.first < INITIAL_OF_GIVEN_NAME {
                    clusters.forbid(a, b, Forbidden::NamesakesInArticle);
                }
            }
        }
    }
}

/// The articles in which each surname is used on its own, built once for the pair loop.
struct BareSurnames<'a>(BTreeMap<&'a str, BTreeSet<usize>>);

impl<'a> BareSurnames<'a> {
    /// From the bare-name nodes and the bare surnames folded while reading.
    fn new(nodes: &'a [Node], folded: &'a BTreeMap<String, Vec<usize>>) -> Self {
        let mut by_surname: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
        for node in nodes.iter().filter(|node| !node.name().is_full()) {
            by_surname.entry(node.name().surname.as_str()).or_default().extend(node.documents());
        }
        for (surname, documents) in folded {
            by_surname.entry(surname.as_str()).or_default().extend(documents);
        }
        BareSurnames(by_surname)
    }

    /// Whether some article of `node` uses `surname` on its own.
    fn used_with(&self, node: &Node, surname: &str) -> bool {
        self.0.get(surname).is_some_and(|articles| node.documents().any(|d| articles.contains(&d)))
    }
}

/// Phase 1: full names across documents, best-scoring pairs first.
fn join_full_name_variants(
    nodes: &[Node],
    folded_surnames: &BTreeMap<String, Vec<usize>>,
    clusters: &mut Clusters,
    joins: &mut BTreeMap<usize, Join>,
    refusals: &mut Refusals,
) {
    let full: Vec<usize> = (0..nodes.len()).filter(|&n| nodes[n].name().is_full()).collect();
    let bare_surnames = BareSurnames::new(nodes, folded_surnames);
    let mut candidates: Vec<(f64, usize, usize, &'static str, Join)> = Vec::new();
    for (i, &a) in full.iter().enumerate() {
        for &b in &full[i + 1..] {
            let (x, y) = (&nodes[a], &nodes[b]);
            // Blocking: given names must share their first letter, be a nickname of each other,
            // or one be the other's middle name.
            if !given_names_may_agree(x.name(), y.name()) {
                continue;
            }
            let score = compare(x.name(), y.name());
            // "Kim Jong-un" / "Kim Jong Un": the same letters, spaced or hyphenated otherwise.
            if same_letters(x.name(), y.name()) {
                let (from, to) = if x.mentions >= y.mentions { (b, a) } else { (a, b) };
                let join = Join::new("full-name-spelling-variant", Some(nodes[to].text.clone()), 1.0, &[("same_letters", 1.0)]);
                candidates.push((1.0, from, to, "full-name-spelling-variant", join));
                continue;
            }
            // Known by the middle name: within one article; across articles only by the name
            // just before the surname, and with evidence (below).
            let middle_across_articles = score.middle_as_given && !x.shares_document(y);
            if middle_across_articles && !is_trailing_part_of(x.name(), y.name()) {
                continue;
            }
            // Both ways of acceptance need a surname at least this close: test it before the
            // context, whose cost grows with how often the two people are mentioned.
            if score.conflict || score.first < 0.85 || score.surname < 0.75 {
                continue;
            }
            // "Robert Taylor" and "Roger Taylor" are two names, however alike in letters.
            if !score.middle_as_given && given_names_differ(x.name(), y.name()) {
                continue;
            }
            let shared = x.context.overlap(&y.context);
            let context = (shared as f64 / 2.0).min(1.0);
            let shared_role = x.roles.overlap(&y.roles) > 0;
            let bare_use = bare_surnames.used_with(x, &y.name().surname) || bare_surnames.used_with(y, &x.name().surname);
            let same_document = x.shares_document(y);
            let support = if bare_use || shared_role { 1.0 } else { context };
            // Across articles, a surname alike in letters but not in sound needs some context
            // too: "James Madison" is not "James O. Mason", nor "Tom Johnson" Thomas Johansson.
            let alike_in_letters = score.surname >= 0.92;
            let spelling_variant = alike_in_letters && (same_document || score.phonetic == 1.0 || support > 0.0);
            // One shared context word vouches only for surnames that also sound alike ("Ruud" /
            // "Rudd"): "John Mayock" is not John Major, nor "Li Feng" Li Peng. Two words vouch
            // for a garbled surname ("Ursula von der Raine" beside the Commission and Brussels).
            let context_vouches = context >= 1.0 || (context >= 0.5 && score.phonetic == 1.0);
            let similar_in_context = score.first >= 0.95 && score.surname >= 0.75 && (context_vouches || bare_use || shared_role);
            let accepted = if same_document {
                spelling_variant
            } else if middle_across_articles {
                // "Suu Kyi" in one article, "Aung San Suu Kyi" in another: the same surname,
                // and the articles share context, a role or the surname used alone.
                score.surname == 1.0 && (context_vouches || bare_use || shared_role)
            } else {
                spelling_variant || similar_in_context
            };
            let (from, to) = if x.mentions >= y.mentions { (b, a) } else { (a, b) };
            if !accepted {
                let rule = if alike_in_letters { "full-name-spelling-variant" } else { "full-name-similar-in-context" };
                refuse(refusals, nodes, from, rule, &[to], || {
                    if same_document {
                        format!("in one article only spelling variants join (surname similarity {:.2} < 0.92)", score.surname)
                    } else if alike_in_letters {
                        format!(
                            "surnames alike in letters ({:.2}) but not in sound, and no evidence they are one person (shared context, a role, or the surname used alone)",
                            score.surname
                        )
                    } else {
                        format!(
                            "surnames only similar ({:.2} < 0.92) and no evidence they are one person (two shared context words, or one with a surname that sounds alike, a role, or the surname used alone)",
                            score.surname
                        )
                    }
                });
                continue;
            }
            let total = 0.8 * score.combined() + 0.2 * support;
            let rule = if spelling_variant { "full-name-spelling-variant" } else { "full-name-similar-in-context" };
            let join = Join::new(
                rule,
                Some(nodes[to].text.clone()),
                total,
                &[
                    ("first_name", score.first),
                    ("surname", score.surname),
                    ("phonetic", score.phonetic),
                    ("shared_context", context),
                    ("shared_role", if shared_role { 1.0 } else { 0.0 }),
                    ("surname_used_alone_in_article", if bare_use { 1.0 } else { 0.0 }),
                    ("same_document", if same_document { 1.0 } else { 0.0 }),
                ],
            );
            candidates.push((total, from, to, rule, join));
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| (a.1, a.2).cmp(&(b.1, b.2))));
    for (_, from, to, rule, join) in candidates {
        let already = clusters.root(from) == clusters.root(to);
        if already {
            continue;
        }
        match clusters.try_join(from, to) {
            Ok(()) => {
                joins.entry(from).or_insert(join);
            }
            Err(why) => refuse(refusals, nodes, from, rule, &[to], || why.explain().to_string()),
        }
    }
}

/// Whether two names spell the same letters in the same order, parts and suffix alike, only
/// spaced or hyphenated differently.
fn same_letters(x: &PersonName, y: &PersonName) -> bool {
    let letters = |name: &PersonName| -> String {
        let parts = name.first.iter().chain(&name.middle).chain(std::iter::once(&name.surname));
        parts.flat_map(|part| part.chars()).filter(|c| c.is_alphanumeric()).collect()
    };
    x.suffix == y.suffix && letters(x) == letters(y)
}

/// Phase 0: a name the text gives as another name of a person ("Jane Roe, also known as Jenny
/// Smith", "Jane Roe (née Smith)") joins that person, unless the user's rules forbid it.
fn join_stated_aliases(all: &Nodes, clusters: &mut Clusters, joins: &mut BTreeMap<usize, Join>, refusals: &mut Refusals) {
    let nodes = &all.nodes;
    let rule = "stated-other-name";
    for (first, second) in &all.stated_aliases {
        let (Some(first), Some(second)) = (all.node_of(first), all.node_of(second)) else { continue };
        if clusters.root(first) == clusters.root(second) {
            continue;
        }
        let target = best_named(nodes, clusters, first);
        match clusters.try_join(second, first) {
            Ok(()) => {
                joins.entry(second).or_insert_with(|| Join::new(rule, Some(nodes[target].text.clone()), 0.9, &[("stated_in_text", 1.0)]));
            }
            Err(why) => refuse(refusals, nodes, second, rule, &[target], || why.explain().to_string()),
        }
    }
}

/// Phase 1b: a name with an initial for its given name ("S. Warne", scorecards' and bylines'
/// form) joins the one person of the corpus with that exact surname and a given name with
/// that initial ("Shane Warne"); with several such people it stays apart, and the refusal
/// names them.
fn join_initials(nodes: &[Node], clusters: &mut Clusters, joins: &mut BTreeMap<usize, Join>, refusals: &mut Refusals) {
    let mut spelled_out: BTreeMap<(&str, char), Vec<usize>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        let name = node.name();
        if let Some(first) = name.first.as_deref().filter(|f| name.is_full() && !is_initial(f)) {
            if let Some(initial) = first.chars().next() {
                spelled_out.entry((name.surname.as_str(), initial)).or_default().push(n);
            }
        }
    }
    let rule = "initial-of-given-name";
    for (n, node) in nodes.iter().enumerate() {
        let name = node.name();
        let Some(initial) = name.first.as_deref().filter(|f| name.is_full() && is_initial(f)).and_then(|f| f.chars().next()) else {
            continue;
        };
        let candidates: Vec<usize> = spelled_out
            .get(&(name.surname.as_str(), initial))
            .into_iter()
            .flatten()
            .copied()
            .filter(|&c| !compare(name, nodes[c].name()).conflict)
            .collect();
        let mut roots: Vec<usize> = candidates.iter().map(|&c| clusters.root(c)).collect();
        roots.sort_unstable();
        roots.dedup();
        match roots[..] {
            [] => {}
            [root] => {
                if clusters.root(n) == root {
                    continue;
                }
                let target = best_named(nodes, clusters, root);
                match clusters.try_join(n, root) {
                    Ok(()) => {
                        let parts = [("given_name_initial", 1.0), ("surname", 1.0), ("unique_owner", 1.0)];
                        joins.entry(n).or_insert_with(|| Join::new(rule, Some(nodes[target].text.clone()), 0.8, &parts));
                    }
                    Err(why) => refuse(refusals, nodes, n, rule, &[target], || why.explain().to_string()),
                }
            }
            _ => {
                let named: Vec<usize> = roots.iter().map(|&root| best_named(nodes, clusters, root)).collect();
                refuse(refusals, nodes, n, rule, &named, || format!("{} people of the corpus have this surname and initial", named.len()));
            }
        }
    }
}

/// The fewest articles naming a person in full for a bare surname to go to them over others
/// who carry it, and how many times more than the next such person.
const SALIENT_MIN_ARTICLES: usize = 3;
const SALIENCE_RATIO: usize = 3;

/// Phases 2 to 5: bare names. Returns the nodes left ambiguous.
fn join_bare_names(nodes: &[Node], clusters: &mut Clusters, joins: &mut BTreeMap<usize, Join>, refusals: &mut Refusals) -> BTreeSet<usize> {
    let mut ambiguous = BTreeSet::new();
    let bare: Vec<usize> = (0..nodes.len()).filter(|&n| !nodes[n].name().is_full()).collect();
    let full: Vec<usize> = (0..nodes.len()).filter(|&n| nodes[n].name().is_full()).collect();

    // Full-name clusters as phase 1 left them (roots taken now: joins below add bare names),
    // by surname (and last surname token).
    let root_before: Vec<usize> = (0..nodes.len()).map(|n| clusters.root(n)).collect();
    let mut by_surname: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for &f in &full {
        let name = nodes[f].name();
        by_surname.entry(name.surname.as_str()).or_default().insert(root_before[f]);
        by_surname.entry(name.last.as_str()).or_default().insert(root_before[f]);
    }
    // The person nodes of each article a bare name is read in, and only those: kept for every
    // article, this is what would grow with a corpus's length.
    let wanted: BTreeSet<usize> = bare.iter().filter_map(|&b| nodes[b].documents().next()).collect();
    let mut in_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        for document in node.documents().filter(|d| wanted.contains(d)) {
            in_article.entry(document).or_default().push(n);
        }
    }
    let full_in = |document: usize| in_article.get(&document).into_iter().flatten().copied().filter(|&n| nodes[n].name().is_full());
    let owners = |surname: &str, within: Option<usize>| -> BTreeSet<usize> {
        let all = by_surname.get(surname).cloned().unwrap_or_default();
        match within {
            Some(document) => {
                let present: BTreeSet<usize> = full_in(document).map(|f| root_before[f]).collect();
                all.into_iter().filter(|r| present.contains(r)).collect()
            }
            None => all,
        }
    };
    // Roots of the full names in `document` with this given name.
    let by_given_name = |document: usize, given: &str| -> Option<BTreeSet<usize>> {
        let roots: BTreeSet<usize> =
            full_in(document).filter(|&f| nodes[f].name().first.as_deref() == Some(given)).map(|f| root_before[f]).collect();
        (!roots.is_empty()).then_some(roots)
    };

    // The people some article calls by their given name alone ("Grant Shapps ... Grant added"):
    // across articles, a bare "Grant" may be them as well as Hugh Grant.
    let mut called_by_given_name: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for &b in &bare {
        if matches!(nodes[b].key, NodeKey::Person(Scope::CorpusSurname, _)) {
            continue;
        }
        let document = nodes[b].documents().next().unwrap_or(0);
        let given = nodes[b].name().surname.as_str();
        if owners(given, Some(document)).is_empty() {
            if let Some(roots) = by_given_name(document, given) {
                called_by_given_name.entry(given).or_default().extend(roots);
            }
        }
    }

    // How many articles name each person in full (spellings' articles added up): a bare
    // surname several people could own goes to one whom the corpus names far more often.
    let mut salience: BTreeMap<usize, usize> = BTreeMap::new();
    for &f in &full {
        *salience.entry(root_before[f]).or_default() += nodes[f].documents().count();
    }
    let salient_owner = |found: &BTreeSet<usize>| -> Option<usize> {
        let mut ranked: Vec<(usize, usize)> = found.iter().map(|&root| (salience.get(&root).copied().unwrap_or(0), root)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        match ranked[..] {
            [(top, root), (second, _), ..] if top >= SALIENT_MIN_ARTICLES && top >= SALIENCE_RATIO * second => Some(root),
            _ => None,
        }
    };

    let mut unresolved = Vec::new();
    let mut best: BTreeMap<usize, usize> = BTreeMap::new();
    for &b in &bare {
        // A bare name the text already gave as someone's other name ("(née Smith)") is theirs.
        if joins.contains_key(&b) {
            continue;
        }
        let document = nodes[b].documents().next().unwrap_or(0);
        let surname = nodes[b].name().surname.clone();
        // A corpus-wide bare surname had no owner in any of its articles (see `Scope::CorpusSurname`).
        let corpus_wide = matches!(nodes[b].key, NodeKey::Person(Scope::CorpusSurname, _));
        let in_document = if corpus_wide { BTreeSet::new() } else { owners(&surname, Some(document)) };
        let by_first_name = if corpus_wide { None } else { by_given_name(document, surname.as_str()) };
        let (rule, mut found) = if !in_document.is_empty() {
            ("surname-in-document", in_document)
        } else if let Some(roots) = by_first_name {
            ("first-name-in-document", roots)
        } else {
            // Across articles a bare name is someone's surname only if no article calls
            // someone else by it as a given name.
            let mut found = owners(&surname, None);
            if !found.is_empty() {
                found.extend(called_by_given_name.get(surname.as_str()).into_iter().flatten());
            }
            ("surname-across-documents", found)
        };
        // "Clinton" beside Bill and Hillary Clinton: the one the corpus names far more often.
        let mut rule = rule;
        if found.len() > 1 && rule != "first-name-in-document" {
            if let Some(root) = salient_owner(&found) {
                (rule, found) = ("surname-of-salient-owner", BTreeSet::from([root]));
            }
        }
        // "Millet" in the article Aimé Millet opens, which also names Frederick Millet: the
        // article's subject.
        if found.len() > 1 && rule == "surname-in-document" {
            let subject: BTreeSet<usize> = full_in(document)
                .filter(|&f| nodes[f].opens.contains(&document) && found.contains(&root_before[f]))
                .map(|f| root_before[f])
                .collect();
            if subject.len() == 1 {
                (rule, found) = ("surname-of-article-subject", subject);
            }
        }
        match found.len() {
            0 => unresolved.push(b),
            1 => {
                let root = *found.iter().next().unwrap_or(&b);
                // Phase 2 only adds bare names, which never become a cluster's best name.
                let target = *best.entry(root).or_insert_with(|| best_named(nodes, clusters, root));
                match clusters.try_join(b, root) {
                    Ok(()) => {
                        let same = if rule == "surname-across-documents" { 0.0 } else { 1.0 };
                        let part = if rule == "first-name-in-document" { "first_name" } else { "surname" };
                        let (owner, score) = match rule {
                            "surname-of-salient-owner" => ("salient_owner", 0.8),
                            "surname-of-article-subject" => ("article_subject", 0.8),
                            _ => ("unique_owner", 1.0),
                        };
                        let parts = [(part, 1.0), ("same_document", same), (owner, 1.0)];
                        joins.insert(b, Join::new(rule, Some(nodes[target].text.clone()), score, &parts));
                    }
                    Err(why) => {
                        refuse(refusals, nodes, b, rule, &[target], || why.explain().to_string());
                        ambiguous.insert(b);
                    }
                }
            }
            owners => {
                let named: Vec<usize> =
                    found.iter().map(|&root| *best.entry(root).or_insert_with(|| best_named(nodes, clusters, root))).collect();
                refuse(refusals, nodes, b, rule, &named, || match rule {
                    "surname-in-document" => format!("{owners} people of its article carry this surname"),
                    "first-name-in-document" => format!("{owners} people of its article have this given name"),
                    _ => format!(
                        "{owners} people of the corpus go by this name (as surname, or as given name alone), none of them in its article"
                    ),
                });
                ambiguous.insert(b);
            }
        }
    }

    let mut leftovers = Vec::new();
    for b in unresolved {
        let document = nodes[b].documents().next().unwrap_or(0);
        let neighbours = in_article.get(&document).map(Vec::as_slice).unwrap_or(&[]);
        if !join_garbled_name(nodes, neighbours, clusters, joins, b) {
            leftovers.push(b);
        }
    }

    // Phase 5: same bare spelling across articles, only with agreeing context.
    let mut by_spelling: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &b in &leftovers {
        by_spelling.entry(nodes[b].name().surname.as_str()).or_default().push(b);
    }
    for group in by_spelling.values() {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                let shared = nodes[a].context.overlap(&nodes[b].context);
                if shared >= 2 && clusters.join(b, a) {
                    joins.entry(b).or_insert_with(|| {
                        let context = (shared as f64 / 2.0).min(1.0);
                        Join::new(
                            "same-name-shared-context",
                            Some(nodes[a].text.clone()),
                            0.7,
                            &[("surname", 1.0), ("shared_context", context)],
                        )
                    });
                }
            }
        }
    }
    ambiguous
}

/// The member of `root`'s cluster with the fullest, most used name.
fn best_named(nodes: &[Node], clusters: &mut Clusters, root: usize) -> usize {
    let members = clusters.members(root).to_vec();
    members.into_iter().max_by_key(|&n| (nodes[n].name().is_full(), nodes[n].mentions, std::cmp::Reverse(n))).unwrap_or(root)
}

/// Phase 4: a single garbled name and the article's dominant person.
fn join_garbled_name(
    nodes: &[Node],
    neighbours: &[usize],
    clusters: &mut Clusters,
    joins: &mut BTreeMap<usize, Join>,
    bare: usize,
) -> bool {
    let node = &nodes[bare];
    if node.modifiers.is_empty() {
        return false;
    }
    // Mentions per person cluster in this article.
    let document = node.documents().next().unwrap_or(0);
    let mut salience: BTreeMap<usize, usize> = BTreeMap::new();
    for &n in neighbours {
        if n != bare {
            *salience.entry(clusters.root(n)).or_default() += nodes[n].mentions_in(document);
        }
    }
    let mut ranked: Vec<(usize, usize)> = salience.into_iter().map(|(root, count)| (count, root)).collect();
    ranked.sort_by(|a, b| b.cmp(a));
    let Some(&(top_count, top_root)) = ranked.first() else { return false };
    let second = ranked.get(1).map(|r| r.0).unwrap_or(0);
    let total: usize = ranked.iter().map(|r| r.0).sum();
    if top_count < 3 || top_count < 2 * second {
        return false;
    }
    // Affiliations of the candidate (all its spellings, all articles) must cover the modifiers.
    let members = clusters.members(top_root).to_vec();
    let affiliations: BTreeSet<u32> = members.iter().flat_map(|&n| nodes[n].modifiers.iter()).collect();
    if !node.modifiers.iter().all(|m| affiliations.contains(&m)) {
        return false;
    }
    let target = best_named(nodes, clusters, top_root);
    let target_surname = &nodes[target].name().surname;
    let letters = strsim::jaro_winkler(&node.name().surname, target_surname);
    let same_initial = node.name().surname.chars().next() == target_surname.chars().next();
    if letters < 0.7 || !same_initial {
        return false;
    }
    // No other person of the article may fit as well: same modifier and similar letters.
    let rivals = ranked[1..].iter().any(|&(_, root)| {
        let members = clusters.members(root).to_vec();
        let shares_modifier = members.iter().any(|&n| nodes[n].modifiers.overlap(&node.modifiers) > 0);
        let looks_alike = members.iter().any(|&n| strsim::jaro_winkler(&node.name().surname, &nodes[n].name().surname) >= 0.7);
        shares_modifier && looks_alike
    });
    if rivals || !clusters.join(bare, top_root) {
        return false;
    }
    let share = top_count as f64 / total.max(1) as f64;
    let phonetic = if sounds_alike(&node.name().last, &nodes[target].name().last) { 1.0 } else { 0.0 };
    let score = 0.4 * letters + 0.3 * share + 0.3;
    joins.insert(
        bare,
        Join::new(
            "garbled-name-in-document",
            Some(nodes[target].text.clone()),
            score,
            &[("surname", letters), ("phonetic", phonetic), ("same_document", 1.0), ("salience", share), ("shared_affiliation", 1.0)],
        ),
    );
    true
}
