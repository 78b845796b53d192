//! Clustering person mentions into people.
//!
//! Nodes are spellings: a full name ("Jane Roe", honorifics dropped) is one node across the
//! whole corpus; a surname alone ("Roe") is one node per document, because a bare surname means
//! whoever that article is about. Joins happen in this order, each recorded with its evidence:
//!
//! 1. **full-name variants** across documents: given names must agree (equal, an initial, or a
//!    spelling variant), then the surname either nearly matches (a spelling variant) or is
//!    similar *and* the context agrees (shared co-mentioned organizations, countries, people or
//!    roles, or the variant's article uses the other spelling's surname on its own). Middle
//!    names or suffixes that differ (a father and son) never join; two different full names in
//!    one article join only as near-identical spellings.
//! 2. **surname in document**: a bare surname joins the one person of its article who carries it;
//!    if two people there could own it, it stays unlinked.
//!    A bare given name joins the one person of its article with that given name.
//! 3. **surname across documents**: a bare surname no full name in its article explains joins
//!    the one person in the corpus with that surname.
//! 4. **garbled name in document**: a leftover single name joins the article's dominant person
//!    only if its letters are similar, its modifier ("the US ...") is one of that person's
//!    affiliations, and no other person of the article fits as well.
//! 5. Leftover bare names with the same spelling in different articles join only when their
//!    contexts agree.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::names::{compare, sounds_alike, PersonName};
use super::union::Clusters;
use super::{aliases::AliasRules, surface, Cluster, EntityType, Join, MentionSite, NodeKey, Reading};
use crate::roles::find_roles;

/// What surrounds one mention: keys of the other mentions in its sentence, the organizations
/// or countries that modify it ("US Secretary of State ..."), and the roles in front of it.
#[derive(Debug, Clone, Default)]
pub(crate) struct MentionContext {
    pub sentence: BTreeSet<String>,
    pub modifiers: BTreeSet<String>,
    pub roles: BTreeSet<String>,
}

/// Longest gap, in bytes, between a modifier and the person it modifies.
const MODIFIER_REACH: usize = 48;

fn context_key(site: &MentionSite, reading: &Reading) -> Option<String> {
    match reading {
        Reading::Country(country) => Some(format!("country:{}", country.alpha2)),
        Reading::Organization => Some(format!("org:{}", surface(&site.mention.text).to_lowercase())),
        Reading::Location => Some(format!("place:{}", surface(&site.mention.text).to_lowercase())),
        Reading::Person => PersonName::parse(&site.mention.text).map(|n| format!("person:{}", n.last)),
        Reading::Unlinked => None,
    }
}

/// Context of every person mention (indexed like `sites`; empty for the others).
pub(crate) fn context_keys(sites: &[MentionSite], readings: &[Reading]) -> Vec<MentionContext> {
    let keys: Vec<Option<String>> = sites.iter().zip(readings).map(|(s, r)| context_key(s, r)).collect();
    let mut contexts = vec![MentionContext::default(); sites.len()];
    let mut group_start = 0;
    while group_start < sites.len() {
        let same_sentence = |m: usize| {
            sites[m].document == sites[group_start].document && sites[m].mention.sentence == sites[group_start].mention.sentence
        };
        let group_end = (group_start..sites.len()).find(|&m| !same_sentence(m)).unwrap_or(sites.len());
        for m in group_start..group_end {
            // Only people are clustered by context; other mentions keep an empty one.
            if readings[m] != Reading::Person {
                continue;
            }
            let context = &mut contexts[m];
            for other in group_start..group_end {
                if other != m {
                    if let Some(key) = &keys[other] {
                        context.sentence.insert(key.clone());
                    }
                }
            }
            let (before, _) = sites[m].around();
            let gap_start = before.len().saturating_sub(MODIFIER_REACH);
            let mut gap_start = gap_start;
            while !before.is_char_boundary(gap_start) {
                gap_start += 1;
            }
            let gap = &before[gap_start..];
            // Stop at a clause break: modifiers sit in the same noun phrase.
            let phrase_start = gap
                .char_indices()
                .rfind(|(_, c)| matches!(c, ',' | ';' | '.' | ':' | '“' | '"' | '('))
                .map(|(i, c)| i + c.len_utf8())
                .unwrap_or(0);
            let phrase = &gap[phrase_start..];
            for role in find_roles(phrase) {
                context.roles.insert(role.role.to_lowercase());
            }
            let sentence_start = sites[m].mention.start - before.len();
            let phrase_from = sentence_start + gap_start + phrase_start;
            for other in (group_start..m).rev() {
                let mention = sites[other].mention;
                if mention.start >= sites[m].mention.start {
                    continue;
                }
                if mention.end < phrase_from {
                    break;
                }
                if readings[other] == Reading::Person {
                    break;
                }
                if matches!(readings[other], Reading::Country(_) | Reading::Organization) {
                    if let Some(key) = &keys[other] {
                        context.modifiers.insert(key.clone());
                    }
                }
            }
            context.sentence.extend(context.roles.iter().map(|r| format!("role:{r}")));
        }
        group_start = group_end;
    }
    contexts
}

/// Where a person spelling holds: full names across the corpus, bare names within their
/// article, and a proposed (recovered) name alone, since each such guess has its own context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Scope {
    Corpus,
    Document(usize),
    /// (document, mention in document)
    Recovered(usize, usize),
}

/// The node of a person mention, the `m`-th of its document; none for an unparsable name.
pub(crate) fn node_key(site: &MentionSite, m: usize) -> Option<NodeKey> {
    let name = PersonName::parse(&site.mention.text)?;
    let scope = match (name.is_full(), site.mention.recovered) {
        (_, true) => Scope::Recovered(site.document, m),
        (true, false) => Scope::Corpus,
        (false, false) => Scope::Document(site.document),
    };
    Some(NodeKey::Person(scope, name.into()))
}

/// One spelling in its scope. A bare name is a node per article, so this is what grows with
/// the number of articles: context keys are interned ([`Symbols`]) and sets are sorted vectors.
struct Node {
    key: NodeKey,
    mentions: usize,
    /// Mentions per article, by article (articles arrive in order).
    per_document: Vec<(usize, usize)>,
    text: String,
    context: SortedSet,
    modifiers: SortedSet,
    roles: SortedSet,
}

impl Node {
    fn name(&self) -> &PersonName {
        match &self.key {
            NodeKey::Person(_, name) => name,
            _ => unreachable!("person nodes have person keys"),
        }
    }

    fn documents(&self) -> impl Iterator<Item = usize> + '_ {
        self.per_document.iter().map(|&(document, _)| document)
    }

    fn mentions_in(&self, document: usize) -> usize {
        self.per_document.binary_search_by_key(&document, |&(d, _)| d).map(|at| self.per_document[at].1).unwrap_or(0)
    }

    fn shares_document(&self, other: &Node) -> bool {
        let (mut a, mut b) = (self.documents().peekable(), other.documents().peekable());
        while let (Some(&x), Some(&y)) = (a.peek(), b.peek()) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => drop(a.next()),
                std::cmp::Ordering::Greater => drop(b.next()),
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }
}

/// A small set of symbols as a sorted vector.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct SortedSet(Vec<u32>);

impl SortedSet {
    fn extend(&mut self, items: impl IntoIterator<Item = u32>) {
        for item in items {
            if let Err(at) = self.0.binary_search(&item) {
                self.0.insert(at, item);
            }
        }
    }

    fn contains(&self, item: u32) -> bool {
        self.0.binary_search(&item).is_ok()
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().copied()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn overlap(&self, other: &SortedSet) -> usize {
        self.iter().filter(|&item| other.contains(item)).count()
    }
}

/// Context keys as small numbers; only equality between them matters.
#[derive(Default)]
struct Symbols(HashMap<String, u32>);

impl Symbols {
    fn intern<'a>(&mut self, keys: impl IntoIterator<Item = &'a String>) -> impl Iterator<Item = u32> {
        let ids: Vec<u32> = keys
            .into_iter()
            .map(|key| {
                let next = self.0.len() as u32;
                *self.0.entry(key.clone()).or_insert(next)
            })
            .collect();
        ids.into_iter()
    }
}

/// Person nodes in order of first mention, gathered document by document.
#[derive(Default)]
pub(crate) struct Nodes {
    nodes: Vec<Node>,
    index: BTreeMap<NodeKey, usize>,
    symbols: Symbols,
}

impl Nodes {
    /// Counts a person mention (its key from [`node_key`]) and its context into its node.
    pub fn add(&mut self, key: &NodeKey, site: &MentionSite, context: &MentionContext) {
        if !matches!(key, NodeKey::Person(..)) {
            return;
        }
        let nodes = &mut self.nodes;
        let node = *self.index.entry(key.clone()).or_insert_with(|| {
            nodes.push(Node {
                key: key.clone(),
                mentions: 0,
                per_document: Vec::new(),
                text: surface(&site.mention.text),
                context: SortedSet::default(),
                modifiers: SortedSet::default(),
                roles: SortedSet::default(),
            });
            nodes.len() - 1
        });
        let node = &mut self.nodes[node];
        node.mentions += 1;
        match node.per_document.last_mut() {
            Some((document, count)) if *document == site.document => *count += 1,
            _ => node.per_document.push((site.document, 1)),
        }
        node.context.extend(self.symbols.intern(&context.sentence));
        node.modifiers.extend(self.symbols.intern(&context.modifiers));
        node.roles.extend(self.symbols.intern(&context.roles));
    }
}

/// Clusters the person nodes.
pub(crate) fn cluster(nodes: &Nodes, rules: &AliasRules) -> Vec<Cluster> {
    let nodes = &nodes.nodes;
    let mut clusters = Clusters::new(nodes.len());
    let mut joins: BTreeMap<usize, Join> = BTreeMap::new();
    forbid_pairs(nodes, rules, &mut clusters);
    join_full_name_variants(nodes, &mut clusters, &mut joins);
    let ambiguous = join_bare_names(nodes, &mut clusters, &mut joins);

    // Build clusters; ambiguous bare names stay out of every entity.
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for node in 0..nodes.len() {
        if !ambiguous.contains(&node) {
            by_root.entry(clusters.root(node)).or_default().push(node);
        }
    }
    by_root
        .into_values()
        .map(|members| {
            let joins = members
                .iter()
                .filter_map(|n| joins.get(n).map(|j| (nodes[*n].text.clone(), j.clone())))
                .collect();
            Cluster { kind: EntityType::Person, label: None, members: members.iter().map(|&n| nodes[n].key.clone()).collect(), joins }
        })
        .collect()
}

/// Pairs of spellings that must never share a person: user `forbid` pairs, and two full names
/// with one surname that are relatives (different middle names or suffixes) or, in one article,
/// namesakes with different given names. Only candidates that share a surname are compared.
fn forbid_pairs(nodes: &[Node], rules: &AliasRules, clusters: &mut Clusters) {
    let spellings: Vec<String> = nodes.iter().map(|node| AliasRules::key(&node.text)).collect();
    for (a, b) in rules.forbidden_pairs(&spellings, AliasRules::key) {
        clusters.forbid(a, b);
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
                if score.conflict || (same_article && score.first < 0.85) {
                    clusters.forbid(a, b);
                }
            }
        }
    }
}

/// Whether some article of `node` uses `surname` on its own.
fn bare_surname_in_documents(nodes: &[Node], node: &Node, surname: &str) -> bool {
    nodes.iter().any(|other| !other.name().is_full() && other.name().surname == surname && other.shares_document(node))
}

/// Phase 1: full names across documents, best-scoring pairs first.
fn join_full_name_variants(nodes: &[Node], clusters: &mut Clusters, joins: &mut BTreeMap<usize, Join>) {
    let full: Vec<usize> = (0..nodes.len()).filter(|&n| nodes[n].name().is_full()).collect();
    let mut candidates: Vec<(f64, usize, usize, Join)> = Vec::new();
    for (i, &a) in full.iter().enumerate() {
        for &b in &full[i + 1..] {
            let (x, y) = (&nodes[a], &nodes[b]);
            // Blocking: given names must share their first letter.
            if x.name().first.as_ref().and_then(|f| f.chars().next()) != y.name().first.as_ref().and_then(|f| f.chars().next()) {
                continue;
            }
            let score = compare(x.name(), y.name());
            if score.conflict || score.first < 0.85 {
                continue;
            }
            let shared = x.context.overlap(&y.context);
            let context = (shared as f64 / 2.0).min(1.0);
            let shared_role = x.roles.overlap(&y.roles) > 0;
            let bare_use = bare_surname_in_documents(nodes, x, &y.name().surname) || bare_surname_in_documents(nodes, y, &x.name().surname);
            let same_document = x.shares_document(y);
            let support = if bare_use || shared_role { 1.0 } else { context };
            let spelling_variant = score.surname >= 0.92;
            let similar_in_context = score.first >= 0.95 && score.surname >= 0.75 && (context >= 0.5 || bare_use || shared_role);
            let accepted = if same_document { spelling_variant } else { spelling_variant || similar_in_context };
            if !accepted {
                continue;
            }
            let total = 0.8 * score.combined() + 0.2 * support;
            let (from, to) = if x.mentions >= y.mentions { (b, a) } else { (a, b) };
            let join = Join::new(
                if spelling_variant { "full-name-spelling-variant" } else { "full-name-similar-in-context" },
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
            candidates.push((total, from, to, join));
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| (a.1, a.2).cmp(&(b.1, b.2))));
    for (_, from, to, join) in candidates {
        let already = clusters.root(from) == clusters.root(to);
        if !already && clusters.join(from, to) {
            joins.entry(from).or_insert(join);
        }
    }
}

/// Phases 2 to 5: bare names. Returns the nodes left ambiguous.
fn join_bare_names(nodes: &[Node], clusters: &mut Clusters, joins: &mut BTreeMap<usize, Join>) -> BTreeSet<usize> {
    let mut ambiguous = BTreeSet::new();
    let bare: Vec<usize> = (0..nodes.len()).filter(|&n| !nodes[n].name().is_full()).collect();
    let full: Vec<usize> = (0..nodes.len()).filter(|&n| nodes[n].name().is_full()).collect();

    // Full-name clusters as phase 1 left them, by surname (and last surname token), by
    // (article, given name), and with their articles.
    let mut by_surname: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    let mut by_given_name: BTreeMap<(usize, &str), BTreeSet<usize>> = BTreeMap::new();
    let mut articles: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for &f in &full {
        let root = clusters.root(f);
        let name = nodes[f].name();
        by_surname.entry(name.surname.as_str()).or_default().insert(root);
        by_surname.entry(name.last.as_str()).or_default().insert(root);
        for document in nodes[f].documents() {
            if let Some(first) = &name.first {
                by_given_name.entry((document, first.as_str())).or_default().insert(root);
            }
            articles.entry(root).or_default().insert(document);
        }
    }
    let owners = |surname: &str, within: Option<usize>| -> BTreeSet<usize> {
        let all = by_surname.get(surname).cloned().unwrap_or_default();
        match within {
            Some(document) => all.into_iter().filter(|r| articles.get(r).is_some_and(|a| a.contains(&document))).collect(),
            None => all,
        }
    };

    let mut unresolved = Vec::new();
    for &b in &bare {
        let document = nodes[b].documents().next().unwrap_or(0);
        let surname = nodes[b].name().surname.clone();
        let in_document = owners(&surname, Some(document));
        let by_first_name = by_given_name.get(&(document, surname.as_str()));
        let (rule, found) = if !in_document.is_empty() {
            ("surname-in-document", in_document)
        } else if let Some(roots) = by_first_name {
            ("first-name-in-document", roots.clone())
        } else {
            ("surname-across-documents", owners(&surname, None))
        };
        match found.len() {
            0 => unresolved.push(b),
            1 => {
                let root = *found.iter().next().unwrap_or(&b);
                let target = best_named(nodes, clusters, root);
                if clusters.join(b, root) {
                    let same = if rule == "surname-across-documents" { 0.0 } else { 1.0 };
                    let part = if rule == "first-name-in-document" { "first_name" } else { "surname" };
                    joins.insert(b, Join::new(rule, Some(nodes[target].text.clone()), 1.0, &[(part, 1.0), ("same_document", same), ("unique_owner", 1.0)]));
                } else {
                    ambiguous.insert(b);
                }
            }
            _ => {
                ambiguous.insert(b);
            }
        }
    }

    let mut in_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        for document in node.documents() {
            in_article.entry(document).or_default().push(n);
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
                        Join::new("same-name-shared-context", Some(nodes[a].text.clone()), 0.7, &[("surname", 1.0), ("shared_context", context)])
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
    members
        .into_iter()
        .max_by_key(|&n| (nodes[n].name().is_full(), nodes[n].mentions, std::cmp::Reverse(n)))
        .unwrap_or(root)
}

/// Phase 4: a single garbled name and the article's dominant person.
fn join_garbled_name(nodes: &[Node], neighbours: &[usize], clusters: &mut Clusters, joins: &mut BTreeMap<usize, Join>, bare: usize) -> bool {
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
            &[
                ("surname", letters),
                ("phonetic", phonetic),
                ("same_document", 1.0),
                ("salience", share),
                ("shared_affiliation", 1.0),
            ],
        ),
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(per_document: &[(usize, usize)]) -> Node {
        let name = PersonName::parse("Jane Roe").unwrap();
        Node {
            key: NodeKey::Person(Scope::Corpus, name.into()),
            mentions: per_document.iter().map(|&(_, n)| n).sum(),
            per_document: per_document.to_vec(),
            text: "Jane Roe".into(),
            context: SortedSet::default(),
            modifiers: SortedSet::default(),
            roles: SortedSet::default(),
        }
    }

    #[test]
    fn sorted_sets_keep_one_copy_in_order() {
        let mut set = SortedSet::default();
        set.extend([5, 1, 5, 3, 1]);
        assert_eq!(set.0, [1, 3, 5]);
        let mut other = SortedSet::default();
        other.extend([3, 4, 5]);
        assert_eq!(set.overlap(&other), 2);
        assert!(set.contains(3) && !set.contains(4));
    }

    #[test]
    fn nodes_share_documents_and_count_per_document() {
        let (a, b, c) = (node(&[(1, 2), (4, 1), (9, 3)]), node(&[(2, 1), (9, 1)]), node(&[(3, 1)]));
        assert!(a.shares_document(&b) && b.shares_document(&a));
        assert!(!a.shares_document(&c));
        assert_eq!((a.mentions_in(9), a.mentions_in(3)), (3, 0));
        assert_eq!(a.documents().collect::<Vec<_>>(), [1, 4, 9]);
    }
}
