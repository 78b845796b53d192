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

use anyhow::{Context, Result};
use serde::Deserialize;

use super::{surface, EntityType};

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
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read aliases file {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("{}: not a valid aliases file", path.display()))
    }

    pub(crate) fn key(text: &str) -> String {
        surface(text).to_lowercase()
    }

    /// Whether the user forbade joining these two spellings.
    pub fn forbids(&self, a: &str, b: &str) -> bool {
        let (a, b) = (Self::key(a), Self::key(b));
        self.forbid.iter().any(|(x, y)| {
            let (x, y) = (Self::key(x), Self::key(y));
            (x == a && y == b) || (x == b && y == a)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_matches_forbid_pairs() {
        let rules: AliasRules = serde_json::from_str(
            r#"{"entities":[{"label":"Jane Roe","type":"PERSON","aliases":["J. Roe"]}],"forbid":[["Carl Mayer","Carl Mayer Jr."]]}"#,
        )
        .unwrap();
        assert_eq!(rules.entities[0].kind, EntityType::Person);
        assert!(rules.forbids("carl mayer jr.", "Carl Mayer"));
        assert!(!rules.forbids("Carl Mayer", "Jane Roe"));
    }

    #[test]
    fn unknown_fields_are_errors() {
        assert!(serde_json::from_str::<AliasRules>(r#"{"entity":[]}"#).is_err());
    }
}
