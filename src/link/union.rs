//! Union-find over nodes with cannot-link constraints: two clusters join only if no pair of
//! their members is forbidden, and a refused join can say which pair and why.

use std::collections::BTreeMap;

pub(crate) struct Clusters {
    parent: Vec<usize>,
    members: Vec<Vec<usize>>,
    /// Forbidden partners of each node that has any, with why they may not meet.
    forbidden: BTreeMap<usize, BTreeMap<usize, Forbidden>>,
}

/// Why two nodes may never share an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Forbidden {
    /// A `forbid` pair of the user's aliases file.
    ByUser,
    /// One surname, different middle names or a Jr./Sr. suffix.
    Relatives,
    /// One surname and different given names in one article.
    NamesakesInArticle,
}

impl Forbidden {
    pub fn explain(self) -> &'static str {
        match self {
            Forbidden::ByUser => "the aliases file forbids joining these names",
            Forbidden::Relatives => "same surname with different middle names or a Jr./Sr. suffix: relatives, not one person",
            Forbidden::NamesakesInArticle => "same surname with different given names in one article: two people",
        }
    }
}

impl Clusters {
    pub fn new(size: usize) -> Self {
        Clusters { parent: (0..size).collect(), members: (0..size).map(|i| vec![i]).collect(), forbidden: BTreeMap::new() }
    }

    pub fn forbid(&mut self, a: usize, b: usize, why: Forbidden) {
        self.forbidden.entry(a).or_default().entry(b).or_insert(why);
        self.forbidden.entry(b).or_default().entry(a).or_insert(why);
    }

    pub fn root(&mut self, node: usize) -> usize {
        let mut root = node;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut at = node;
        while self.parent[at] != root {
            let next = self.parent[at];
            self.parent[at] = root;
            at = next;
        }
        root
    }

    pub fn members(&mut self, node: usize) -> &[usize] {
        let root = self.root(node);
        &self.members[root]
    }

    /// Joins the clusters of `a` and `b` unless a forbidden pair would end up together.
    /// Returns whether they are now one cluster.
    pub fn join(&mut self, a: usize, b: usize) -> bool {
        self.try_join(a, b).is_ok()
    }

    /// [`Clusters::join`], saying which forbidden pair stopped it.
    pub fn try_join(&mut self, a: usize, b: usize) -> Result<(), Forbidden> {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return Ok(());
        }
        // Only the smaller cluster's members are looked at, and only their forbidden partners,
        // so joining one node to a cluster of thousands costs what that node's partners cost.
        let (small, large) = if self.members[ra].len() <= self.members[rb].len() { (ra, rb) } else { (rb, ra) };
        let partners: Vec<(usize, Forbidden)> =
            self.members[small].iter().filter_map(|x| self.forbidden.get(x)).flat_map(|p| p.iter().map(|(&y, &why)| (y, why))).collect();
        if let Some((_, why)) = partners.into_iter().find(|&(y, _)| self.root(y) == large) {
            return Err(why);
        }
        // The lower index stays the root; the longer member list is kept and the shorter moved.
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        if self.members[keep].len() < self.members[gone].len() {
            self.members.swap(keep, gone);
        }
        let moved = std::mem::take(&mut self.members[gone]);
        self.members[keep].extend(moved);
        self.parent[gone] = keep;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_pairs_never_meet() {
        let mut clusters = Clusters::new(4);
        clusters.forbid(0, 3, Forbidden::Relatives);
        assert!(clusters.join(0, 1));
        assert!(clusters.join(2, 3));
        assert_eq!(clusters.try_join(1, 2), Err(Forbidden::Relatives));
        assert_ne!(clusters.root(0), clusters.root(3));
    }
}
