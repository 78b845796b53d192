//! User control over linking: `--aliases FILE`.
//!
//! ```json
//! {
//!   "entities": [
//!     {"label": "Jane Roe", "type": "PERSON", "aliases": ["Jayne Roe", "J. Roe"]}
//!   ],
//!   "forbid": [["Donald Trump", "Donald Trump Jr."]]
//! }
//! ```
//!
//! A pinned entity takes every mention whose text (case-insensitive, articles and possessives
//! trimmed) is its label or one of its aliases, before any rule runs. A `forbid` pair keeps
//! the two spellings out of one entity whatever the rules say.

use std::path::Path;

use serde::Deserialize;

use super::entity::EntityType;
use crate::error::{Context, Result};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasRules {
    #[serde(default)]
    pub entities: Vec<PinnedEntity>,
    #[serde(default)]
    pub forbid: Vec<(String, String)>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinnedEntity {
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl AliasRules {
    pub fn from_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).context(|| format!("cannot read aliases file {}", path.display()))?;
        serde_json::from_str(&text).context(|| format!("{}: not a valid aliases file", path.display()))
    }

    /// Index pairs of nodes that a `forbid` pair names. `node_keys` are the nodes' comparison
    /// keys, and `key` makes the same kind of key from a spelling in the aliases file.
    pub(crate) fn forbidden_pairs(&self, node_keys: &[String], key: impl Fn(&str) -> String) -> Vec<(usize, usize)> {
        let matching = |wanted: &str| {
            let wanted = key(wanted);
            (0..node_keys.len()).filter(move |&n| node_keys[n] == wanted)
        };
        self.forbid.iter().flat_map(|(x, y)| matching(x).flat_map(move |a| matching(y).map(move |b| (a, b)))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::comparison_key;

    #[test]
    fn parses_and_matches_forbid_pairs() {
        let rules: AliasRules = serde_json::from_str(
            r#"{"entities":[{"label":"Jane Roe","type":"PERSON","aliases":["J. Roe"]}],"forbid":[["Carl Mayer","Carl Mayer Jr."]]}"#,
        )
        .unwrap();
        assert_eq!(rules.entities[0].kind, EntityType::Person);
        let spellings: Vec<String> = ["carl mayer jr.", "Carl Mayer", "Jane Roe"].iter().map(|t| comparison_key(t)).collect();
        assert_eq!(
            rules.forbidden_pairs(&spellings, comparison_key),
            [(1, 0)],
            "the forbidden pair, matched whatever its case; Jane Roe is in none"
        );
    }

    #[test]
    fn unknown_fields_are_errors() {
        assert!(serde_json::from_str::<AliasRules>(r#"{"entity":[]}"#).is_err());
    }
}
