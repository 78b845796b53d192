//! Ingest, boilerplate, sentence and word splitting on arbitrary bytes: no panics, and every
//! range slices the decoded text on character boundaries, in order, inside its parent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nergraph::text::ingest::{decode_document, Loaded};
use nergraph::text::sentences::split_document;
use nergraph::text::words::split_words;

fuzz_target!(|data: &[u8]| {
    let Loaded::Document { document, .. } = decode_document("fuzz.txt".into(), data) else { return };
    let text = &document.text;
    for line in &document.content {
        assert!(line.start <= line.end && line.end <= text.len());
        assert!(text.is_char_boundary(line.start) && text.is_char_boundary(line.end));
    }
    let mut previous_end = 0;
    for (i, sentence) in split_document(&document).iter().enumerate() {
        assert_eq!(sentence.index, i);
        assert!(previous_end <= sentence.span.start && sentence.span.start < sentence.span.end && sentence.span.end <= text.len());
        previous_end = sentence.span.end;
        let sentence_text = sentence.text(text);
        assert_eq!(sentence_text, sentence_text.trim());
        let mut word_end = 0;
        for word in split_words(sentence_text) {
            assert!(word_end <= word.start && word.start < word.end && word.end <= sentence_text.len());
            assert!(!word.slice(sentence_text).chars().any(char::is_whitespace));
            word_end = word.end;
        }
    }
});
