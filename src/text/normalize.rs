//! Normalising a span of text for display, comparison and ids: the one place where
//! possessives, leading articles, punctuation, case and accents are taken off.
//!
//! The forms build on each other:
//!
//! | function | for | "the U.S.'s" | "José Müller's" |
//! |---|---|---|---|
//! | [`surface`] | display, alias text | "U.S." | "José Müller" |
//! | [`comparison_key`] | case-insensitive match (aliases, places) | "u.s." | "josé müller" |
//! | [`organization_key`] | organizations ("U.N." = "UN") | "us" | "josé müller" |
//! | [`country_form`] | country table look-ups | "U.S." | "José Müller" |
//! | [`fold`] | person names | "the u.s." | "jose muller" |
//! | [`slug`] | ids | "the-u-s" | "jose-muller" |
//!
//! ```
//! use nergraph::text::normalize::{surface, slug};
//! assert_eq!(surface("the EU's"), "EU");
//! assert_eq!(slug("Hans von der Berg"), "hans-von-der-berg");
//! ```

/// Possessive endings, with the apostrophes scraped text uses.
/// Lower-case particles that belong to a surname ("von der Berg", "bin Salman", "de Gaulle"):
/// names keep them, and a name may open with one.
pub const SURNAME_PARTICLES: &[&str] =
    &["von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "zu"];

pub const POSSESSIVES: &[&str] = &["'s", "’s", "‘s", "`s", "'", "’"];

/// `text` without its possessive endings ("EU's" -> "EU").
pub fn strip_possessive(mut text: &str) -> &str {
    for suffix in POSSESSIVES {
        if let Some(stripped) = text.strip_suffix(suffix) {
            text = stripped;
        }
    }
    text
}

/// The length of a possessive ending that `text` starts with, if any ("'s rival" -> 2).
/// A bare apostrophe does not count: it also opens quotations.
pub fn possessive_prefix(text: &str) -> Option<usize> {
    POSSESSIVES.iter().filter(|p| p.len() > 1).find(|p| text.starts_with(**p)).map(|p| p.len())
}

/// The length of the possessive ending that starts at byte `at` of `text` ("'s ...", or a
/// plural's bare apostrophe before a word: "the Lightning Seeds' Ian Broudie"; not a closing
/// quote, which no "s" precedes).
pub fn starts_with_possessive(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    // Tokenized text sets the possessive off: "Everton 's Duncan Ferguson".
    let tokenized = || {
        let after_space = rest.strip_prefix(' ')?;
        let n = possessive_prefix(after_space)?;
        after_space[n..].starts_with(' ').then_some(n + 1)
    };
    possessive_prefix(rest).or_else(tokenized).or_else(|| {
        let apostrophe = ["'", "’"].into_iter().find(|a| rest.starts_with(a))?;
        let plural = text[..at].ends_with(['s', 'S']);
        (plural && rest[apostrophe.len()..].starts_with(' ')).then_some(apostrophe.len())
    })
}

/// `text` without a leading "the " (any case).
fn strip_article(text: &str) -> &str {
    match text.get(..4) {
        Some(article) if text.len() > 4 && article.eq_ignore_ascii_case("the ") => &text[4..],
        _ => text,
    }
}

/// Runs of whitespace as single spaces.
fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cleans a mention for display and comparison: trims punctuation, a leading "the" and a
/// trailing possessive.
pub fn surface(text: &str) -> String {
    let text = text.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')' && c != '(');
    collapse_spaces(strip_article(strip_possessive(text)))
}

/// [`surface`] in lower case: equal for spellings that differ only in case.
pub fn comparison_key(text: &str) -> String {
    surface(text).to_lowercase()
}

/// [`comparison_key`] without dots, so "U.N." and "UN" are one organization.
pub fn organization_key(text: &str) -> String {
    surface(text).replace('.', "").to_lowercase()
}

/// The form country tables are searched with: possessive, surrounding punctuation (dots kept)
/// and a leading "the" trimmed: "the U.S.'s" -> "U.S.".
pub fn country_form(text: &str) -> String {
    let text = strip_possessive(text.trim()).trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    collapse_spaces(strip_article(text))
}

/// Lower-case ASCII with accents folded ("José" -> "jose"); apostrophes kept inside words.
pub fn fold(text: &str) -> String {
    deunicode::deunicode(strip_possessive(text.trim())).to_lowercase()
}

/// Lower-case slug for ids: "Hans von der Berg" -> "hans-von-der-berg".
pub fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for ch in ascii.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "unnamed".into()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(slug("Hans von der Berg"), "hans-von-der-berg");
        assert_eq!(slug("José Müller-Lüdenscheidt"), "jose-muller-ludenscheidt");
        assert_eq!(slug("U.S."), "u-s");
        assert_eq!(slug("!!"), "unnamed");
    }

    #[test]
    fn surfaces_drop_articles_and_possessives() {
        assert_eq!(surface("the EU's"), "EU");
        assert_eq!(surface("“Navigate"), "Navigate");
        assert_eq!(surface("U.S."), "U.S.");
        assert_eq!(surface("  the   World  Bank’s "), "World Bank");
    }

    #[test]
    fn keys_and_forms() {
        assert_eq!(comparison_key("The NATO"), "nato");
        assert_eq!(organization_key("U.N."), "un");
        assert_eq!(country_form("the U.S.'s"), "U.S.");
        assert_eq!(country_form("(Russia)"), "Russia");
        assert_eq!(fold("José's"), "jose");
        assert_eq!(possessive_prefix("'s rival"), Some(2));
        assert_eq!(possessive_prefix("' quote"), None);
    }
}
