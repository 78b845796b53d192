//! Word segmentation in the style of CoNLL-2003, with exact byte offsets.
//!
//! The NER models label *words* (by their first subword), and were trained on CoNLL-2003, where
//! punctuation is split from words ("Roe ," ), possessive endings stand alone
//! ("Germany 's") and dotted abbreviations stay whole ("U.S."). Splitting article text the same
//! way gives the model the word boundaries it learned.

use super::abbreviations::is_abbreviation;
use super::Span;

/// The name before a hyphenated word that ends `text` ("Toronto-based" -> "Toronto",
/// "French - born" -> "French", the word in any case), if there is one.
pub fn before_hyphenated_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let text = text.trim();
    let cut = text.len().checked_sub(word.len())?;
    let rest = text.get(..cut).filter(|_| text.get(cut..).is_some_and(|end| end.eq_ignore_ascii_case(word)))?;
    rest.trim_end().strip_suffix('-').map(str::trim_end)
}

/// English function words: a lower-case one never ends a name ("the Lok Sabha of") and, among
/// a name's lower-case words, says the words are the name's own ("Federal office for motor
/// vehicles"), not a common noun written after it.
const FUNCTION_WORDS: &[&str] = &["the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "by", "with", "from", "or"];

/// Whether `word` (as written) is one of [`FUNCTION_WORDS`].
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word)
}

/// Words that open a phrase or clause of their own after a noun phrase, beside
/// [`FUNCTION_WORDS`]: "the Serbian police during the war", "at Valencia before moving".
const PHRASE_OPENERS: &[&str] = &[
    "before",
    "after",
    "until",
    "during",
    "when",
    "where",
    "while",
    "since",
    "as",
    "but",
    "under",
    "between",
    "alongside",
    "against",
    "then",
    "who",
    "which",
    "that",
    "into",
    "over",
    "through",
    "throughout",
    "without",
    "because",
    "although",
];

/// Whether `word` (as written) may follow a noun phrase without extending it: a function word
/// or a word of [`PHRASE_OPENERS`] ("in", "and", "before", "where"), not a noun the phrase's
/// name modifies ("community").
pub fn follows_a_noun_phrase(word: &str) -> bool {
    is_function_word(word) || PHRASE_OPENERS.contains(&word)
}

/// Whether `word` is written in capitals: two letters or more, all upper case ("US", "U.S.",
/// "NATO"); other characters do not count.
pub fn is_all_capitals(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let first = letters.next().is_some_and(char::is_uppercase);
    let mut rest = letters.peekable();
    first && rest.peek().is_some() && rest.all(char::is_uppercase)
}

/// Whether `word` is written "Capitalised": its first letter upper case, the rest lower case.
pub fn is_capitalised(word: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
}

/// Whether a lower-case `word` joins a name's parts: a function word, or a particle of names in
/// other languages ("Frères des écoles", "Banco de", "Saint Malo di").
pub fn joins_name_parts(word: &str) -> bool {
    is_function_word(word) || super::normalize::SURNAME_PARTICLES.contains(&word) || matches!(word, "des" | "et" | "y")
}

/// Whether `word` reads as a common noun written after a name ("board" of "Macromedia board",
/// "police" of "Ukrainian police authority"): lower-case letters and hyphens, and not a word that
/// joins a name's parts ([`joins_name_parts`]: "Federal office for motor vehicles" is a name).
pub fn is_common_noun_word(word: &str) -> bool {
    word.chars().all(|c| c.is_lowercase() || c == '-') && !joins_name_parts(word)
}

/// Whether `gap` only separates names of one list: ", ", " and ", ", and ".
pub fn is_list_gap(gap: &str) -> bool {
    matches!(gap.trim(), "," | "and" | ", and" | "&")
}

/// Splits `text` into word ranges (relative to `text`).
pub fn split_words(text: &str) -> Vec<Span> {
    let mut words = Vec::new();
    let mut offset = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let trimmed = chunk.trim_end();
        if !trimmed.is_empty() {
            split_chunk(trimmed, offset, &mut words);
        }
        offset += chunk.len();
    }
    words
}

fn is_leading_punct(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '{' | '¿' | '¡' | '—' | '–' | '…' | '*' | '#' | '/')
}

fn is_trailing_punct(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | ',' | ';' | ':' | '!' | '?' | '.' | '…' | '—' | '–' | '*' | '/')
}

/// Splits one whitespace-free chunk, pushing absolute ranges.
fn split_chunk(chunk: &str, base: usize, words: &mut Vec<Span>) {
    let mut start = 0;
    let mut end = chunk.len();
    // Leading punctuation, one mark a word.
    while let Some(ch) = chunk[start..end].chars().next() {
        if !is_leading_punct(ch) || start + ch.len_utf8() > end {
            break;
        }
        words.push(Span::new(start, start + ch.len_utf8()).shifted(base));
        start += ch.len_utf8();
    }
    // Trailing punctuation, collected right to left.
    let mut trailing = Vec::new();
    while let Some(ch) = chunk[start..end].chars().next_back() {
        if !is_trailing_punct(ch) || end - ch.len_utf8() <= start {
            break;
        }
        if ch == '.' && keeps_period(&chunk[start..end]) {
            break;
        }
        trailing.push(Span::new(end - ch.len_utf8(), end).shifted(base));
        end -= ch.len_utf8();
    }
    if start < end {
        let core = &chunk[start..end];
        // Possessive endings stand alone: "Germany's" -> "Germany" "'s".
        let clitic = ["'s", "’s", "‘s", "'S", "’S", "‘S"]
            .iter()
            .find_map(|suffix| (core.len() > suffix.len() + 1 && core.ends_with(suffix)).then_some(suffix.len()));
        match clitic {
            Some(len) => {
                words.push(Span::new(start, end - len).shifted(base));
                words.push(Span::new(end - len, end).shifted(base));
            }
            None => words.push(Span::new(start, end).shifted(base)),
        }
    }
    words.extend(trailing.into_iter().rev());
}

/// "U.S." and "Mr." keep their period; "end." does not.
fn keeps_period(word: &str) -> bool {
    let stem = &word[..word.len() - 1];
    if stem.is_empty() || stem.ends_with('.') {
        return false;
    }
    if stem.contains('.') {
        return stem.split('.').all(|part| !part.is_empty() && part.chars().count() <= 3);
    }
    let letters = stem.chars().count();
    (letters == 1 && stem.chars().all(char::is_uppercase)) || is_abbreviation(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_follow_a_noun_phrase() {
        for word in ["in", "and", "before", "where", "during", "until"] {
            assert!(follows_a_noun_phrase(word), "{word}");
        }
        for word in ["community", "station", "Before", "said"] {
            assert!(!follows_a_noun_phrase(word), "{word}");
        }
    }

    #[test]
    fn the_name_before_a_hyphenated_word() {
        assert_eq!(before_hyphenated_word("Toronto-based", "based"), Some("Toronto"));
        assert_eq!(before_hyphenated_word(" French - Born ", "born"), Some("French"));
        assert_eq!(before_hyphenated_word("reborn", "born"), None);
        assert_eq!(before_hyphenated_word("based", "based"), None);
        assert_eq!(before_hyphenated_word("-based", "based"), Some(""));
    }

    fn words(text: &str) -> Vec<&str> {
        split_words(text).into_iter().map(|word| word.slice(text)).collect()
    }

    #[test]
    fn splits_punctuation_and_possessives() {
        assert_eq!(words("“We won’t,” Germany's minister said."), ["“", "We", "won’t", ",", "”", "Germany", "'s", "minister", "said", "."]);
    }

    #[test]
    fn keeps_abbreviations_whole() {
        assert_eq!(
            words("The U.S. envoy met Mr. Smith (J. Doe)."),
            ["The", "U.S.", "envoy", "met", "Mr.", "Smith", "(", "J.", "Doe", ")", "."]
        );
    }

    #[test]
    fn hyphenated_words_stay_together() {
        assert_eq!(words("NATO's Secretary-General spoke"), ["NATO", "'s", "Secretary-General", "spoke"]);
    }

    #[test]
    fn punctuation_only_chunks_survive() {
        assert_eq!(words("... !!"), [".", ".", ".", "!", "!"]);
    }
}
