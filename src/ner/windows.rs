//! Model inputs from subword tokens: sentences longer than the model's limit are cut into
//! overlapping windows, and each word takes its label from its first subword in the window
//! where that subword sits most centrally. Pure bookkeeping, no model.

use super::tags::WordLabel;
use crate::text::Span;

/// One model input: tokens `start..end` of sentence `sentence`.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

/// Tokens in one window of a sentence longer than the model takes. Attention costs grow with
/// the square of a window's length and overlap is work done twice, so long text is cut into
/// windows about the size of long sentences, overlapping little, rather than into half-overlapping
/// windows of the model's limit (measured in README, "Long inputs").
pub const LONG_WINDOW: usize = 128;
/// Tokens of context a long window's labels keep on each side: windows overlap by twice this,
/// so every token sits at least this far from an edge in some window. Measured on 1 MB of
/// unpunctuated news (`scripts/bench_long.sh`): mentions agree with the same text read as
/// sentences equally at 8, 6 and 4 (F1 0.947: what is lost is the sentence boundaries, not
/// the context), and 4 costs 6% less work than 8.
pub const LONG_CONTEXT: usize = 4;

/// One window per sentence that fits `max_window` tokens (the model's limit); a longer one is
/// cut into windows of [`LONG_WINDOW`] tokens overlapping by 2 × [`LONG_CONTEXT`].
pub fn plan_windows(token_counts: &[usize], max_window: usize) -> Vec<Window> {
    let max_window = max_window.max(2);
    let size = LONG_WINDOW.min(max_window);
    let context = LONG_CONTEXT.min(size / 4);
    let step = (size - 2 * context).max(1);
    let mut windows = Vec::new();
    for (sentence, &n) in token_counts.iter().enumerate() {
        if n == 0 {
            continue;
        }
        if n <= max_window {
            windows.push(Window { sentence, start: 0, end: n });
            continue;
        }
        let mut start = 0;
        loop {
            let end = (start + size).min(n);
            // The last window is aligned to the end so it is full-sized.
            let start_aligned = if end == n { n.saturating_sub(size) } else { start };
            windows.push(Window { sentence, start: start_aligned.min(start), end });
            if end == n {
                break;
            }
            start += step;
        }
    }
    windows
}

/// For each word, the index of the first subword token overlapping it (None when the
/// tokenizer dropped all of the word's characters, e.g. control characters).
pub fn first_subwords(words: &[Span], offsets: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut token = 0;
    words
        .iter()
        .map(|word| {
            while token < offsets.len() && offsets[token].1 <= word.start {
                token += 1;
            }
            (token < offsets.len() && offsets[token].0 < word.end).then_some(token)
        })
        .collect()
}

/// The label of `token` from the window of `sentence` where it is furthest from an edge.
pub fn best_window_label(windows: &[Window], token_labels: &[Vec<WordLabel>], sentence: usize, token: usize) -> WordLabel {
    let start = windows.partition_point(|w| w.sentence < sentence);
    windows[start..]
        .iter()
        .enumerate()
        .take_while(|(_, w)| w.sentence == sentence)
        .filter(|(_, w)| w.start <= token && token < w.end)
        .max_by_key(|(_, w)| (token - w.start).min(w.end - 1 - token))
        .map(|(i, w)| token_labels[start + i][token - w.start])
        .unwrap_or(WordLabel { label: 0, score: 0.0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_subword_of_each_word() {
        // "Roeland's talks": tokens roe|##land|'|s|talks
        let offsets = [(0, 5), (5, 7), (7, 8), (8, 9), (10, 15)];
        let words = [Span::new(0, 7), Span::new(7, 9), Span::new(10, 15)];
        assert_eq!(first_subwords(&words, &offsets), [Some(0), Some(2), Some(4)]);
    }

    #[test]
    fn words_without_tokens_get_none() {
        let offsets = [(0, 3), (6, 9)];
        assert_eq!(first_subwords(&[Span::new(0, 3), Span::new(4, 5), Span::new(6, 9)], &offsets), [Some(0), None, Some(1)]);
    }

    #[test]
    fn windows_cover_long_sentences_with_overlap() {
        // Limit 10: a window of 10 keeps 2 tokens of context a side (a quarter), so it advances by 6.
        let windows = plan_windows(&[3, 10, 25], 10);
        let spans: Vec<(usize, usize, usize)> = windows.iter().map(|w| (w.sentence, w.start, w.end)).collect();
        assert_eq!(spans, [(0, 0, 3), (1, 0, 10), (2, 0, 10), (2, 6, 16), (2, 12, 22), (2, 15, 25)]);
        let token_labels: Vec<Vec<WordLabel>> =
            windows.iter().enumerate().map(|(i, w)| vec![WordLabel { label: i as u16, score: 1.0 }; w.end - w.start]).collect();
        assert_eq!(best_window_label(&windows, &token_labels, 2, 0).label, 2);
        assert_eq!(best_window_label(&windows, &token_labels, 2, 11).label, 3);
        assert_eq!(best_window_label(&windows, &token_labels, 2, 17).label, 4);
        assert_eq!(best_window_label(&windows, &token_labels, 2, 24).label, 5);
    }

    #[test]
    fn long_sentences_get_long_windows_with_context() {
        let n = 5_000;
        let windows = plan_windows(&[n], 510);
        assert!(windows.iter().all(|w| w.end - w.start == LONG_WINDOW));
        // Every token is covered, at least LONG_CONTEXT - 1 from an edge unless near an end.
        for token in 0..n {
            let best = windows.iter().filter(|w| w.start <= token && token < w.end).map(|w| (token - w.start).min(w.end - 1 - token)).max();
            let wanted = (LONG_CONTEXT - 1).min(token).min(n - 1 - token);
            assert!(best.is_some_and(|d| d >= wanted), "token {token}: {best:?}");
        }
        assert!(windows.len() <= n / (LONG_WINDOW - 2 * LONG_CONTEXT) + 2);
    }
}
