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
//! A pinned alias is read as a spelling of its entity's label: its mentions count as that
//! label's mentions (case-insensitive, articles and possessives trimmed), of the entity's type,
//! and the normal rules then join the label's other spellings as usual; the entity keeps the
//! label. A `forbid` pair keeps the two spellings out of one entity whatever the rules say. An
//! empty label, a person label that is no name, or a spelling pinned to two entities is an
//! error naming the entry; a forbidden name that no document uses is a warning.

use std::path::Path;

use serde::Deserialize;

use super::entity::EntityType;
use super::names::PersonName;
use crate::error::{Context, Error, Result};
use crate::text::normalize::comparison_key;

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
        let rules: AliasRules = serde_json::from_str(&text).context(|| format!("{}: not a valid aliases file", path.display()))?;
        rules.check().map_err(|problem| Error::Input(format!("{}: {problem}", path.display())))?;
        Ok(rules)
    }

    /// Rejects what cannot mean anything: an empty label or alias, a person label that is no
    /// name, one spelling pinned to two entities. Names the entry at fault.
    pub fn check(&self) -> std::result::Result<(), String> {
        let mut owner: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        for (index, entity) in self.entities.iter().enumerate() {
            let at = format!("entities[{index}] ({:?})", entity.label);
            if comparison_key(&entity.label).is_empty() {
                return Err(format!("entities[{index}]: the label is empty"));
            }
            if entity.kind == EntityType::Person && PersonName::parse(&entity.label).is_none() {
                return Err(format!("{at}: the label is not a person's name"));
            }
            for spelling in std::iter::once(&entity.label).chain(&entity.aliases) {
                let key = comparison_key(spelling);
                if key.is_empty() {
                    return Err(format!("{at}: an alias is empty"));
                }
                if let Some(&other) = owner.get(&key).filter(|&&other| other != index) {
                    return Err(format!(
                        "{at}: {spelling:?} is already pinned to entities[{other}] ({:?}); a spelling can belong to one entity only",
                        self.entities[other].label
                    ));
                }
                owner.insert(key, index);
            }
        }
        for (index, (a, b)) in self.forbid.iter().enumerate() {
            if comparison_key(a).is_empty() || comparison_key(b).is_empty() {
                return Err(format!("forbid[{index}]: a name is empty"));
            }
        }
        Ok(())
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
        assert!(rules.check().is_ok());
        let spellings: Vec<String> = ["carl mayer jr.", "Carl Mayer", "Jane Roe"].iter().map(|t| comparison_key(t)).collect();
        assert_eq!(
            rules.forbidden_pairs(&spellings, comparison_key),
            [(1, 0)],
            "the forbidden pair, matched whatever its case; Jane Roe is in none"
        );
    }

    #[test]
    fn conflicts_and_empty_labels_name_the_entry() {
        let twice: AliasRules = serde_json::from_str(
            r#"{"entities":[{"label":"Jane Roe","type":"PERSON","aliases":["J. Roe"]},{"label":"John Roe","type":"PERSON","aliases":["j. roe"]}]}"#,
        )
        .unwrap();
        let problem = twice.check().unwrap_err();
        assert!(problem.contains("entities[1]") && problem.contains("entities[0]"), "{problem}");
        let empty: AliasRules = serde_json::from_str(r#"{"entities":[{"label":"  ","type":"ORGANIZATION"}]}"#).unwrap();
        assert!(empty.check().unwrap_err().contains("entities[0]: the label is empty"));
    }

    #[test]
    fn unknown_fields_are_errors() {
        assert!(serde_json::from_str::<AliasRules>(r#"{"entity":[]}"#).is_err());
    }
}
