//! Stage 2, sentences: takes a [`Document`], gives its [`Sentence`]s with exact byte offsets.
//!
//! Line breaks are always boundaries (headlines, captions and paragraphs stand alone). Inside a
//! line, a sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or brackets) when the
//! next word does not start in lower case, except after abbreviations ("Mr.", "Gen.", single
//! initials, dotted acronyms such as "U.S." unless a common sentence opener follows). Runaway
//! "sentences" longer than [`MAX_SENTENCE_BYTES`] are cut at a space so no later stage ever
//! holds one unbounded string; the NER stage windows whatever remains long.

use super::abbreviations::is_abbreviation;
use super::ingest::Document;
use super::Span;

/// Hard limit on one sentence, in bytes; longer runs are split at whitespace.
pub const MAX_SENTENCE_BYTES: usize = 65_536;

/// One sentence of a document: `document.text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sentence {
    /// Index of the sentence in its document, from 0.
    pub index: usize,
    #[serde(flatten)]
    pub span: Span,
}

impl Sentence {
    pub fn text<'a>(&self, document_text: &'a str) -> &'a str {
        self.span.slice(document_text)
    }
}

/// Words that, capitalised after a dotted acronym ("the U.S. The talks..."), start a new sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Our",
    "There",
    "Its",
    "As",
    "At",
    "For",
    "However",
    "Meanwhile",
    "After",
    "When",
    "While",
    "If",
];

/// Splits the content lines of `document` into sentences.
pub fn split_document(document: &Document) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for line in &document.content {
        for (start, end) in split_line(line.slice(&document.text)) {
            sentences.push(Sentence { index: sentences.len(), span: Span::new(start, end).shifted(line.start) });
        }
    }
    sentences
}

/// Splits one line into trimmed sentence ranges (relative to the line).
pub fn split_line(line: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut sentence_start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        if !matches!(ch, '.' | '!' | '?' | '…') {
            continue;
        }
        // Take the whole run of terminators and closing marks: `?!`, `."`, `.)”`.
        let mut end = at + ch.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if matches!(next, '.' | '!' | '?' | '…') || is_closing_mark(next) {
                end = next_at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &line[end..];
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let next_word = rest.split_whitespace().next().unwrap_or("");
        if next_word.is_empty() || starts_lower(next_word) {
            continue;
        }
        if ch == '.' && !ends_sentence_after_period(&line[sentence_start..at + 1], next_word) {
            continue;
        }
        push_trimmed(&mut ranges, line, sentence_start, end);
        sentence_start = end;
    }
    push_trimmed(&mut ranges, line, sentence_start, line.len());
    ranges
}

fn is_closing_mark(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '’' | '”' | '»' | ')' | ']')
}

fn starts_lower(word: &str) -> bool {
    let first = word.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next();
    first.is_some_and(char::is_lowercase)
}

/// Decides a period's fate from the word it ends (`text` runs up to and including the period).
fn ends_sentence_after_period(text: &str, next_word: &str) -> bool {
    let last_word = text.split_whitespace().last().unwrap_or("");
    let last_word = last_word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let stem = last_word.trim_end_matches('.');
    if stem.is_empty() {
        return true;
    }
    let letters: Vec<char> = stem.chars().collect();
    // A single capital initial: "John F. Kennedy".
    if letters.len() == 1 && letters[0].is_uppercase() {
        return false;
    }
    if is_abbreviation(stem) {
        return false;
    }
    // Dotted acronyms: "U.S.", "U.N.", "a.m." end a sentence only before a clear opener.
    if stem.contains('.') && stem.split('.').all(|part| part.chars().count() <= 2) {
        let opener = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        return SENTENCE_OPENERS.contains(&opener);
    }
    true
}

fn push_trimmed(ranges: &mut Vec<(usize, usize)>, line: &str, start: usize, end: usize) {
    let piece = &line[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = end - (piece.len() - piece.trim_end().len());
    if trimmed_start >= trimmed_end {
        return;
    }
    // Cut runaway sentences at whitespace so none exceeds MAX_SENTENCE_BYTES (rarely a mid-word cut
    // when a single "word" is longer than the limit).
    let mut chunk_start = trimmed_start;
    while trimmed_end - chunk_start > MAX_SENTENCE_BYTES {
        let mut cut = chunk_start + MAX_SENTENCE_BYTES;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &line[chunk_start..cut];
        let cut_at = match window.rfind(char::is_whitespace) {
            Some(space) if space > 0 => chunk_start + space,
            _ => cut,
        };
        let chunk = &line[chunk_start..cut_at];
        ranges.push((chunk_start, chunk_start + chunk.trim_end().len()));
        chunk_start = cut_at + (line[cut_at..].len() - line[cut_at..].trim_start().len());
    }
    if chunk_start < trimmed_end {
        ranges.push((chunk_start, trimmed_end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_line(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(split("It rained. Then it stopped! Why? Nobody knows."), ["It rained.", "Then it stopped!", "Why?", "Nobody knows."]);
    }

    #[test]
    fn keeps_titles_initials_and_acronyms_inside() {
        assert_eq!(split("Mr. Smith met Gen. Jones in the U.S. capital."), ["Mr. Smith met Gen. Jones in the U.S. capital."]);
        assert_eq!(split("John F. Kennedy spoke."), ["John F. Kennedy spoke."]);
        assert_eq!(split("Jane Roe (born c. 1980) is an actor."), ["Jane Roe (born c. 1980) is an actor."]);
        assert_eq!(split("They met in the U.S. The talks ended."), ["They met in the U.S.", "The talks ended."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(split("“We will act.” She left."), ["“We will act.”", "She left."]);
        assert_eq!(split("\"Is it over?\" he asked."), ["\"Is it over?\" he asked."]);
    }

    #[test]
    fn runaway_sentences_are_cut_at_spaces() {
        let text = "word ".repeat(20_000);
        let pieces = split_line(&text);
        assert!(pieces.len() > 1);
        for (start, end) in &pieces {
            assert!(end - start <= MAX_SENTENCE_BYTES);
            assert!(!text[*start..*end].starts_with(' ') && !text[*start..*end].ends_with(' '));
        }
        let rejoined: Vec<&str> = pieces.iter().flat_map(|(s, e)| text[*s..*e].split_whitespace()).collect();
        assert_eq!(rejoined.len(), 20_000);
    }

    #[test]
    fn lines_are_boundaries_and_offsets_are_absolute() {
        let text = "Headline Here\n\nBody one. Body two.\n".to_string();
        let document = Document { path: "d.txt".into(), content: crate::text::ingest::content_lines(&text), text };
        let sentences = split_document(&document);
        let texts: Vec<&str> = sentences.iter().map(|s| s.text(&document.text)).collect();
        assert_eq!(texts, ["Headline Here", "Body one.", "Body two."]);
        assert_eq!(sentences.iter().map(|s| s.index).collect::<Vec<_>>(), [0, 1, 2]);
    }
}
