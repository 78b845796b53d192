//! Role words: the titles and jobs that tie a person to an organization or country
//! ("Secretary of State", "Foreign Minister", "correspondent").
//!
//! Used by linking (a shared role is evidence that two spellings name one person) and by the
//! relation patterns (the role of an `affiliated_with` edge).

/// Role phrases, in the form shown in outputs. Longer phrases win over their parts.
const ROLES: &[&str] = &[
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Deputy Prime Minister",
    "Prime Minister",
    "Foreign Minister",
    "Foreign Secretary",
    "Defence Minister",
    "Defense Minister",
    "Defense Secretary",
    "Defence Secretary",
    "Interior Minister",
    "Finance Minister",
    "Trade Minister",
    "Health Minister",
    "Minister",
    "Vice President",
    "President",
    "Chancellor",
    "Premier",
    "King",
    "Queen",
    "top diplomat",
    "chief diplomat",
    "diplomat",
    "foreign policy chief",
    "foreign policy head",
    "foreign policy director",
    "High Representative",
    "Commissioner",
    "chief",
    "head",
    "leader",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "correspondent",
    "reporter",
    "editor",
    "analyst",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "CEO",
    "founder",
    "senator",
    "Senator",
    "governor",
    "mayor",
    "general",
    "commander",
    "adviser",
    "advisor",
    "National Security Adviser",
    "official",
    "secretary",
    "counterpart",
    "representative",
    "member",
    "coach",
    "captain",
];

/// A role phrase found in text: byte range and its display form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMatch {
    pub start: usize,
    pub end: usize,
    pub role: &'static str,
}

/// All role phrases in `text`, longest first at each position, without overlaps, left to
/// right. Matching is case-insensitive on whole words.
pub fn find_roles(text: &str) -> Vec<RoleMatch> {
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; then fall back to no matches rather
    // than report wrong offsets.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut at = 0;
    while at < lower.len() {
        if !lower.is_char_boundary(at) || (at > 0 && is_word_byte(lower.as_bytes()[at - 1])) {
            at += 1;
            continue;
        }
        let best = ROLES
            .iter()
            .filter(|role| {
                let role_lower = role.to_lowercase();
                lower[at..].starts_with(&role_lower)
                    && lower.as_bytes().get(at + role_lower.len()).is_none_or(|b| !is_word_byte(*b))
            })
            .max_by_key(|role| role.len());
        match best {
            Some(role) => {
                found.push(RoleMatch { start: at, end: at + role.len(), role });
                at += role.len();
            }
            None => at += 1,
        }
    }
    found
}

/// Whether `word` (any case) is, or ends, a role phrase: "Minister", "correspondent".
pub fn is_role_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ROLES.iter().any(|role| role.to_lowercase().rsplit([' ', '-']).next() == Some(lower.as_str()))
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<&'static str> {
        find_roles(text).into_iter().map(|m| m.role).collect()
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(roles("US Secretary of State Jane Roe"), ["Secretary of State"]);
        assert_eq!(roles("the Deputy Prime Minister and Foreign Minister"), ["Deputy Prime Minister", "Foreign Minister"]);
        assert_eq!(roles("Berlin's top diplomat"), ["top diplomat"]);
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(roles("headquarters of the chieftain"), Vec::<&str>::new());
        assert_eq!(roles("Secretary-General spoke"), ["Secretary-General"]);
    }

    #[test]
    fn role_words() {
        assert!(is_role_word("Minister"));
        assert!(is_role_word("correspondent"));
        assert!(!is_role_word("conduct"));
    }
}
