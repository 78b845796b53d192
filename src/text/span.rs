//! [`Span`]: the one type for a stretch of text, as byte offsets.
//!
//! Invariants: `start <= end`, and both offsets fall on `char` boundaries of the text the span
//! refers to (a document, or a sentence for spans relative to one). Every stage that hands out
//! a span keeps them; [`Span::slice`] is how a span is read back.
//!
//! ```
//! use nergraph::text::Span;
//! let text = "Jane Roe said";
//! let name = Span::new(0, 8);
//! assert_eq!(name.slice(text), "Jane Roe");
//! assert_eq!(name.shifted(10), Span::new(10, 18));
//! ```

use serde::{Deserialize, Serialize};

/// Byte offsets `start..end` into some text (end exclusive).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span; panics in debug builds if `start > end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The same span `by` bytes further on: a sentence-relative span made document-relative.
    pub fn shifted(self, by: usize) -> Self {
        Span { start: self.start + by, end: self.end + by }
    }

    /// The same span `by` bytes earlier: a document-relative span made sentence-relative.
    pub fn relative_to(self, by: usize) -> Self {
        Span { start: self.start - by, end: self.end - by }
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(range: std::ops::Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn shifting_there_and_back_is_identity(start in 0usize..1000, len in 0usize..1000, by in 0usize..1000) {
            let span = Span::new(start, start + len);
            prop_assert_eq!(span.shifted(by).relative_to(by), span);
            prop_assert_eq!(span.shifted(by).len(), span.len());
            prop_assert!(span.shifted(0).contains(span));
        }
    }
}
