//! Person nodes: a spelling in its scope, with its counts per article and its context, kept
//! compact because a bare name is one node per article.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use regex::Regex;

use super::super::names::PersonName;
use super::super::reading::MentionSite;
use super::super::tally::NodeKey;
use super::context::MentionContext;
use crate::text::normalize::surface;

/// Where a person spelling holds: full names across the corpus, bare names within their
/// article, and a proposed (recovered) name alone, since each such guess has its own context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Scope {
    Corpus,
    Document(usize),
    /// (document, mention in document)
    Recovered(usize, usize),
    /// A bare surname that nobody in its article carries but some full name of the corpus does
    /// ("Roe said" in an article that never names Jane Roe): only the surname-across-documents
    /// rule can place it, and that rule looks at the corpus, not the article, so all its
    /// articles share one node (set while reading, see `reading::fold_bare_names`). A node per
    /// article would make linking's memory grow with the number of articles.
    CorpusSurname,
}

/// `key` with a corpus-wide bare surname ([`Scope::CorpusSurname`]) narrowed to `document`'s
/// own node of that name; any other key as it is.
pub(crate) fn within_document(key: &NodeKey, document: usize) -> NodeKey {
    match key {
        NodeKey::Person(Scope::CorpusSurname, name) => NodeKey::Person(Scope::Document(document), name.clone()),
        other => other.clone(),
    }
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
pub(super) struct Node {
    pub key: NodeKey,
    pub mentions: usize,
    /// Mentions per article, by article (articles arrive in order).
    pub per_document: Vec<(usize, usize)>,
    pub text: String,
    pub context: SortedSet,
    pub modifiers: SortedSet,
    pub roles: SortedSet,
    /// Bare surnames folded into this full name while reading, by spelling (sorted).
    pub folded: Vec<String>,
    /// The articles this full name opens ("Aimé Millet (1819-1891) was a French sculptor"):
    /// their subject, whom a bare surname other relatives share is taken to be.
    pub opens: Vec<usize>,
}

impl Node {
    pub fn name(&self) -> &PersonName {
        match &self.key {
            NodeKey::Person(_, name) => name,
            _ => unreachable!("person nodes have person keys"),
        }
    }

    pub fn documents(&self) -> impl Iterator<Item = usize> + '_ {
        self.per_document.iter().map(|&(document, _)| document)
    }

    pub fn mentions_in(&self, document: usize) -> usize {
        self.per_document.binary_search_by_key(&document, |&(d, _)| d).map(|at| self.per_document[at].1).unwrap_or(0)
    }

    pub fn shares_document(&self, other: &Node) -> bool {
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
pub(super) struct SortedSet(Vec<u32>);

impl SortedSet {
    pub fn extend(&mut self, items: impl IntoIterator<Item = u32>) {
        for item in items {
            if let Err(at) = self.0.binary_search(&item) {
                self.0.insert(at, item);
            }
        }
    }

    pub fn contains(&self, item: u32) -> bool {
        self.0.binary_search(&item).is_ok()
    }

    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn overlap(&self, other: &SortedSet) -> usize {
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
    pub(super) nodes: Vec<Node>,
    /// Articles in which each folded bare surname was used (sorted, distinct).
    pub(super) bare_surnames: BTreeMap<String, Vec<usize>>,
    index: BTreeMap<NodeKey, usize>,
    symbols: Symbols,
    /// Pairs of names the text says are one person ([`states_another_name`]), in order read.
    pub(super) stated_aliases: Vec<(NodeKey, NodeKey)>,
}

/// Between two names, what says the second is another name of the first: ", also known as ",
/// " (born ", " (née ", ", better known as \"", with the first name's dates before it.
static ANOTHER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(\s*\([^()]*\))?\s*(,\s*|\(\s*)((also|better|commonly|professionally|popularly)\s+)?(known\s+as|born|née|nee)\s+["“']?$"#,
    )
    .expect("valid regex")
});

/// Whether the text between two person names says the second is another name of the first.
pub(crate) fn states_another_name(between: &str) -> bool {
    ANOTHER_NAME.is_match(between)
}

impl Nodes {
    /// Records that the text calls `first` also `second` (both person keys).
    pub fn add_stated_alias(&mut self, first: &NodeKey, second: &NodeKey) {
        if first != second {
            self.stated_aliases.push((first.clone(), second.clone()));
        }
    }

    /// The node of a key, when it has one.
    pub(super) fn node_of(&self, key: &NodeKey) -> Option<usize> {
        self.index.get(key).copied()
    }

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
                folded: Vec::new(),
                opens: Vec::new(),
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
        // The article's first words, then a parenthesis or "is/was": its subject, as an
        // encyclopedia opens ("Aimé Millet (1819-1891) was", not "Jenna Hollis and her brother").
        // Titles may come before the name and a title or honours after it, before the
        // parenthesis ("The Honourable Sir Sidney Peel, 1st Baronet DSO (1870 - 1938)").
        let (before, after) = site.around();
        let lead = after.trim_start();
        let titled = lead.strip_prefix(',').and_then(|rest| rest.split_once('(')).is_some_and(|(titles, _)| {
            let words: Vec<&str> = titles.split_whitespace().collect();
            !words.is_empty() && words.len() <= 6 && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        });
        let defined = lead.starts_with('(') || titled || ["is ", "was "].iter().any(|verb| lead.starts_with(verb));
        let before = before.trim();
        let before = before.strip_prefix("The ").unwrap_or(before);
        let opens_article = site.mention.sentence == 0 && (before.is_empty() || crate::text::roles::only_honorifics(before)) && defined;
        if opens_article && node.name().is_full() && node.opens.last() != Some(&site.document) {
            node.opens.push(site.document);
        }
    }

    /// Counts a bare surname that reading folded into the full name `key` of its article: it
    /// adds to that article's mentions and to the affiliations (modifiers) the person carries,
    /// as the bare name's own node would once joined; its sentence context and roles stay out
    /// of the full name's evidence, as they would have.
    pub fn add_folded(&mut self, key: &NodeKey, site: &MentionSite, context: &MentionContext) {
        let Some(&node) = self.index.get(key) else { return };
        let node = &mut self.nodes[node];
        match node.per_document.last_mut() {
            Some((document, count)) if *document == site.document => *count += 1,
            _ => node.per_document.push((site.document, 1)),
        }
        node.modifiers.extend(self.symbols.intern(&context.modifiers));
        let variant = surface(&site.mention.text);
        if let Err(at) = node.folded.binary_search(&variant) {
            node.folded.insert(at, variant);
        }
        if let Some(bare) = PersonName::parse(&site.mention.text) {
            let documents = self.bare_surnames.entry(bare.surname).or_default();
            if documents.last() != Some(&site.document) {
                documents.push(site.document);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_name_is_stated_by_its_cue() {
        for between in [", also known as ", " (1932 - 2017), known as ", " (born ", " (née ", ", better known as \"", ", born "] {
            assert!(states_another_name(between), "{between:?}");
        }
        for between in [" and ", " met ", ", who knew ", " (born in ", ", known for ", " or ", " said "] {
            assert!(!states_another_name(between), "{between:?}");
        }
    }

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
            folded: Vec::new(),
            opens: Vec::new(),
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
