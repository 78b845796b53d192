//! Names the model missed: a linking guess over the words NER left outside every entity.
//!
//! A name-shaped word the model left untagged ([`UntaggedWord`]) is proposed as a person when
//! it sits right after a non-person mention or a role word and before a lower-case word: "the
//! US Roeside is expressing" (a name garbled past the model's recognition). Such a proposal is
//! a [`Mention`] with `recovered` set; linking keeps it only if it joins a person the corpus
//! already knows, and drops it otherwise.

use crate::ner::mentions::{AnalysedDocument, EntityLabel, Mention, UntaggedWord};
use crate::text::roles::is_role_word;
use crate::text::words::split_words;
use crate::text::Span;

/// The person names proposed for `document`'s untagged words.
pub fn propose_names(document: &AnalysedDocument) -> Vec<Mention> {
    // Untagged words come in sentence order: each sentence is split into words once.
    let mut words: Option<(usize, Vec<Span>)> = None;
    let mut proposed = Vec::new();
    for untagged in &document.untagged {
        if words.as_ref().is_none_or(|(sentence, _)| *sentence != untagged.sentence) {
            let split = document.sentence(untagged.sentence).map(|s| split_words(&s.text)).unwrap_or_default();
            words = Some((untagged.sentence, split));
        }
        let sentence_words = words.as_ref().map(|(_, w)| w.as_slice()).unwrap_or(&[]);
        if is_proposed(document, untagged, sentence_words) {
            proposed.push(proposal(document, untagged));
        }
    }
    proposed
}

/// Whether `untagged` sits in a name slot; `words` are its sentence's words.
fn is_proposed(document: &AnalysedDocument, untagged: &UntaggedWord, words: &[Span]) -> bool {
    let Some(sentence) = document.sentence(untagged.sentence) else { return false };
    let text = sentence.text.as_str();
    let local = untagged.span.relative_to(sentence.span.start);
    let Some(i) = words.iter().position(|w| *w == local) else { return false };
    if i == 0 || i + 1 >= words.len() || is_role_word(local.slice(text)) {
        return false;
    }
    let previous: Span = words[i - 1];
    let after_modifier = document
        .mentions
        .iter()
        .any(|m| m.sentence == untagged.sentence && m.span.end == previous.end + sentence.span.start && m.label != EntityLabel::Person)
        || is_role_word(previous.slice(text));
    let before_lower = words[i + 1].slice(text).chars().next().is_some_and(char::is_lowercase);
    after_modifier && before_lower
}

fn proposal(document: &AnalysedDocument, untagged: &UntaggedWord) -> Mention {
    let sentence = document.sentence(untagged.sentence).map(|s| (s.span.start, s.text.as_str()));
    let text = sentence.map(|(start, text)| untagged.span.relative_to(start).slice(text)).unwrap_or_default();
    Mention {
        document: document.path.clone(),
        sentence: untagged.sentence,
        span: untagged.span,
        text: text.to_string(),
        label: EntityLabel::Person,
        // The model's probability that the word is not outside an entity.
        score: ((1.0 - untagged.outside_score) * 10_000.0).round() / 10_000.0,
        entity: None,
        recovered: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::mentions::SentenceText;

    fn document(text: &str, mentions: &[(&str, EntityLabel)], untagged: &[&str]) -> AnalysedDocument {
        let span_of = |word: &str| {
            let start = text.find(word).unwrap();
            Span::new(start, start + word.len())
        };
        AnalysedDocument {
            path: "a.txt".into(),
            sentences: vec![SentenceText { index: 0, span: Span::new(0, text.len()), text: text.into() }],
            mentions: mentions
                .iter()
                .map(|(word, label)| Mention {
                    document: "a.txt".into(),
                    sentence: 0,
                    span: span_of(word),
                    text: word.to_string(),
                    label: label.clone(),
                    score: 0.9,
                    entity: None,
                    recovered: false,
                })
                .collect(),
            untagged: untagged.iter().map(|word| UntaggedWord { sentence: 0, span: span_of(word), outside_score: 0.8 }).collect(),
        }
    }

    #[test]
    fn proposes_a_name_after_a_modifier_and_before_a_verb() {
        let doc = document("Then the US Roeside is expressing doubts.", &[("US", EntityLabel::Location)], &["Roeside"]);
        let proposed = propose_names(&doc);
        assert_eq!(proposed.len(), 1);
        assert_eq!(proposed[0].text, "Roeside");
        assert!(proposed[0].recovered && (proposed[0].score - 0.2).abs() < 1e-6);
        let after_role = document("Then minister Roeside is expressing doubts.", &[], &["Roeside"]);
        assert_eq!(propose_names(&after_role).len(), 1);
    }

    #[test]
    fn proposes_nothing_without_the_frame() {
        // After a person, before a capital, or with nothing in front.
        let after_person = document("Then Jane Roeside is here.", &[("Jane", EntityLabel::Person)], &["Roeside"]);
        assert!(propose_names(&after_person).is_empty());
        let before_capital = document("Then the US Roeside Group said so.", &[("US", EntityLabel::Location)], &["Roeside"]);
        assert!(propose_names(&before_capital).is_empty());
        let bare = document("Then some Roeside is here.", &[], &["Roeside"]);
        assert!(propose_names(&bare).is_empty());
    }
}
