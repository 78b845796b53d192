//! Names the model missed: a linking guess over the words NER left outside every entity.
//!
//! A name-shaped word the model left untagged ([`UntaggedWord`]) is proposed as a person when
//! it sits right after a non-person mention or a role word and before a lower-case word: "the
//! US Roeside is expressing" (a name garbled past the model's recognition). Two or more such
//! words in a row are proposed as an organization ("bid for Electronic Data Systems is", where
//! the model tagged the name in other sentences). Such a proposal is a [`Mention`] with
//! `recovered` set; linking keeps a person only if it joins a person the corpus already knows,
//! an organization only if the corpus's model tags that very spelling as an organization, and
//! drops it otherwise.

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
            proposed.push(proposal(document, untagged.sentence, untagged.span, untagged.outside_score, EntityLabel::Person));
        }
    }
    let organizations: Vec<Mention> = runs_of_untagged_words(document)
        .into_iter()
        .filter(|(sentence, span, _)| !proposed.iter().any(|p| p.sentence == *sentence && span.contains(p.span)))
        .map(|(sentence, span, outside)| proposal(document, sentence, span, outside, EntityLabel::Organization))
        .collect();
    proposed.extend(organizations);
    proposed
}

/// Two or more untagged words in a row with only a space between (sentence, span, the mean of
/// their "outside" probabilities).
fn runs_of_untagged_words(document: &AnalysedDocument) -> Vec<(usize, Span, f32)> {
    let mut runs: Vec<(usize, Span, Vec<f32>)> = Vec::new();
    for untagged in &document.untagged {
        let adjacent = runs.last().is_some_and(|(sentence, span, _)| {
            let between = Span::new(span.end, untagged.span.start);
            *sentence == untagged.sentence
                && document.sentence(*sentence).is_some_and(|s| s.text.get(between.relative_to(s.span.start).range()) == Some(" "))
        });
        match runs.last_mut() {
            Some((_, span, scores)) if adjacent => {
                *span = Span::new(span.start, untagged.span.end);
                scores.push(untagged.outside_score);
            }
            _ => runs.push((untagged.sentence, untagged.span, vec![untagged.outside_score])),
        }
    }
    runs.into_iter()
        .filter(|(_, _, scores)| scores.len() >= 2)
        .map(|(sentence, span, scores)| (sentence, span, scores.iter().sum::<f32>() / scores.len() as f32))
        .collect()
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

fn proposal(document: &AnalysedDocument, sentence: usize, span: Span, outside_score: f32, label: EntityLabel) -> Mention {
    let text = document.sentence(sentence).map(|s| span.relative_to(s.span.start).slice(&s.text)).unwrap_or_default();
    Mention {
        document: document.path.clone(),
        sentence,
        span,
        text: text.to_string(),
        label,
        // The model's probability that the words are not outside an entity.
        score: ((1.0 - outside_score) * 10_000.0).round() / 10_000.0,
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

    #[test]
    fn proposes_words_in_a_row_as_an_organization() {
        let doc = document("A bid for Electronic Data Systems Today is on.", &[], &["Electronic", "Data", "Systems", "Today"]);
        let proposed = propose_names(&doc);
        assert_eq!(proposed.len(), 1);
        assert_eq!((proposed[0].text.as_str(), &proposed[0].label), ("Electronic Data Systems Today", &EntityLabel::Organization));
        // Not one word alone, nor words apart.
        let apart = document("Then Acme and Beta met.", &[], &["Acme", "Beta"]);
        assert!(propose_names(&apart).is_empty());
    }
}
