//! Union-find over nodes with cannot-link constraints: two clusters join only if no pair of
//! their members is forbidden.

use std::collections::{BTreeMap, BTreeSet};

pub(crate) struct Clusters {
    parent: Vec<usize>,
    members: Vec<Vec<usize>>,
    /// Forbidden partners of each node that has any.
    forbidden: BTreeMap<usize, BTreeSet<usize>>,
}

impl Clusters {
    pub fn new(size: usize) -> Self {
        Clusters { parent: (0..size).collect(), members: (0..size).map(|i| vec![i]).collect(), forbidden: BTreeMap::new() }
    }

    pub fn forbid(&mut self, a: usize, b: usize) {
        self.forbidden.entry(a).or_default().insert(b);
        self.forbidden.entry(b).or_default().insert(a);
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
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return true;
        }
        // Only the smaller cluster's members are looked at, and only their forbidden partners,
        // so joining one node to a cluster of thousands costs what that node's partners cost.
        let (small, large) = if self.members[ra].len() <= self.members[rb].len() { (ra, rb) } else { (rb, ra) };
        let partners: Vec<usize> =
            self.members[small].iter().filter_map(|x| self.forbidden.get(x)).flat_map(|p| p.iter().copied()).collect();
        let conflict = partners.into_iter().any(|y| self.root(y) == large);
        if conflict {
            return false;
        }
        // The lower index stays the root; the longer member list is kept and the shorter moved.
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        if self.members[keep].len() < self.members[gone].len() {
            self.members.swap(keep, gone);
        }
        let moved = std::mem::take(&mut self.members[gone]);
        self.members[keep].extend(moved);
        self.parent[gone] = keep;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_pairs_never_meet() {
        let mut clusters = Clusters::new(4);
        clusters.forbid(0, 3);
        assert!(clusters.join(0, 1));
        assert!(clusters.join(2, 3));
        assert!(!clusters.join(1, 2));
        assert_ne!(clusters.root(0), clusters.root(3));
    }
}
