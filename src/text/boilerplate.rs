//! Rules that recognise web boilerplate lines: comment forms, share widgets, navigation,
//! "read also" teasers. Used by [`super::ingest`] to keep such lines out of the sentences.
//!
//! The rules are deliberately conservative: only short lines are candidates, so an article
//! sentence that happens to contain "contact us" is never dropped.

/// Lines (after trimming and lower-casing, trailing `:` / `.` removed) that are boilerplate
/// in full.
const WHOLE_LINES: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "cancel reply",
    "source link",
    "source",
    "contact us",
    "about us",
    "privacy policy",
    "terms of use",
    "terms and conditions",
    "more news",
    "related news",
    "related posts",
    "related articles",
    "related",
    "read more",
    "share this",
    "like this",
    "share",
    "tweet",
    "print",
    "email",
    "advertisement",
    "sponsored",
    "left menu",
    "main menu",
    "menu",
    "skip to content",
    "subscribe",
    "sign up",
    "log in",
    "login",
    "comments",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "loading",
    "%d bloggers like this",
];

/// Line starts that mark boilerplate when the line is short.
const PREFIXES: &[&str] = &[
    "also read",
    "read also",
    "read more",
    "see also",
    "related:",
    "tags:",
    "filed under",
    "posted in",
    "share on ",
    "follow us",
    "sign up for",
    "subscribe to",
    "copyright",
    "©",
    "all rights reserved",
    "your email address will not be published",
    "you must be logged in",
    "click here",
    "photo:",
    "image:",
];

/// Longest line, in words, that a prefix rule may drop.
const MAX_PREFIX_RULE_WORDS: usize = 16;

/// Whether `line` is web boilerplate rather than article text.
pub fn is_boilerplate_line(line: &str) -> bool {
    let normalized = line.trim().to_lowercase();
    if normalized.is_empty() {
        return false;
    }
    // A line with no letters or digits at all ("* * *", "|", "———") carries no article text.
    if !normalized.chars().any(char::is_alphanumeric) {
        return true;
    }
    let bare = normalized.trim_end_matches([':', '.', '!', ' ']).trim();
    if WHOLE_LINES.contains(&bare) {
        return true;
    }
    let words = normalized.split_whitespace().count();
    words <= MAX_PREFIX_RULE_WORDS && PREFIXES.iter().any(|prefix| normalized.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_common_widgets() {
        for line in [
            "Leave a Reply",
            "Source link",
            "%d bloggers like this:",
            "Contact Us",
            "  more news ",
            "Your email address will not be published. Required fields are marked *",
            "ALSO READ:  Shooting in Texas: one person killed, four injured",
            "* * *",
        ] {
            assert!(is_boilerplate_line(line), "{line:?} should be boilerplate");
        }
    }

    #[test]
    fn keeps_article_text() {
        for line in [
            "Leaders met in Brussels on Wednesday.",
            "Please contact us, the minister told reporters at the end of a long meeting in the capital.",
            "Source: officials said the talks would resume.",
            "Share prices fell.",
        ] {
            assert!(!is_boilerplate_line(line), "{line:?} should be kept");
        }
    }
}
