//! Entity spans from per-word tags, for IOB1, IOB2, IOBES/BILOU and prefix-less label sets.
//!
//! The chunk rules are conlleval's, so the spans the pipeline reports are the spans `eval`
//! scores: a chunk starts at `B-`/`S-`/`U-`, at an `I-`/`E-`/`L-` after `O` or after a
//! different type, and ends at `E-`/`S-`/`L-`/`U-` or before whatever starts the next chunk.
//! A label without a prefix (`PER`) behaves as `I-PER`: runs of one type form one entity.

/// The part of a label that positions a word in its chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Outside,
    Begin,
    Inside,
    End,
    Single,
}

/// A parsed label such as `B-PER`: its position and entity type (`PER`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub position: Position,
    pub kind: String,
}

impl Tag {
    pub fn outside() -> Self {
        Tag { position: Position::Outside, kind: String::new() }
    }

    /// Parses `B-PER`, `I_ORG`, `S-LOC`, `O`, or a bare type such as `PER`.
    pub fn parse(label: &str) -> Self {
        let label = label.trim();
        if label.is_empty() || label == "O" || label.eq_ignore_ascii_case("outside") {
            return Tag::outside();
        }
        let bytes = label.as_bytes();
        if bytes.len() > 2 && (bytes[1] == b'-' || bytes[1] == b'_') {
            let position = match bytes[0].to_ascii_uppercase() {
                b'B' => Some(Position::Begin),
                b'I' | b'M' => Some(Position::Inside),
                b'E' | b'L' => Some(Position::End),
                b'S' | b'U' => Some(Position::Single),
                _ => None,
            };
            if let Some(position) = position {
                return Tag { position, kind: label[2..].to_string() };
            }
        }
        Tag { position: Position::Inside, kind: label.to_string() }
    }
}

/// A word's predicted label (index into the model's labels) and its probability.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordLabel {
    pub label: u16,
    pub score: f32,
}

/// One entity chunk over words `start..end` (word indices, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

/// The chunks in a tag sequence, by conlleval's rules.
pub fn chunks(tags: &[Tag]) -> Vec<Chunk> {
    let mut found = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut previous = &Tag::outside();
    for (index, tag) in tags.iter().enumerate() {
        if let Some((start, kind)) = open {
            if ends_before(previous, tag) {
                found.push(Chunk { start, end: index, kind: kind.to_string() });
                open = None;
            }
        }
        if open.is_none() && starts_at(previous, tag) {
            open = Some((index, tag.kind.as_str()));
        }
        previous = tag;
    }
    if let Some((start, kind)) = open {
        found.push(Chunk { start, end: tags.len(), kind: kind.to_string() });
    }
    found
}

/// Whether a chunk ends between `previous` and `current` (conlleval's endOfChunk).
fn ends_before(previous: &Tag, current: &Tag) -> bool {
    use Position::*;
    match (previous.position, current.position) {
        (Outside, _) => false,
        (End | Single, _) => true,
        (_, Outside | Begin | Single) => true,
        _ => previous.kind != current.kind,
    }
}

/// Whether a chunk starts at `current` (conlleval's startOfChunk).
fn starts_at(previous: &Tag, current: &Tag) -> bool {
    use Position::*;
    match current.position {
        Outside => false,
        Begin | Single => true,
        Inside | End => previous.position == Outside || matches!(previous.position, End | Single) || previous.kind != current.kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(labels: &str) -> Vec<Tag> {
        labels.split_whitespace().map(Tag::parse).collect()
    }

    fn spans(labels: &str) -> Vec<(usize, usize, String)> {
        chunks(&parse_all(labels)).into_iter().map(|c| (c.start, c.end, c.kind)).collect()
    }

    #[test]
    fn iob2() {
        assert_eq!(spans("B-PER I-PER O B-LOC B-LOC I-LOC"), [(0, 2, "PER".into()), (3, 4, "LOC".into()), (4, 6, "LOC".into())]);
    }

    #[test]
    fn stray_inside_starts_a_chunk_like_conlleval() {
        assert_eq!(spans("O I-ORG I-ORG I-PER"), [(1, 3, "ORG".into()), (3, 4, "PER".into())]);
    }

    #[test]
    fn iobes() {
        assert_eq!(spans("S-PER B-ORG I-ORG E-ORG S-ORG O"), [(0, 1, "PER".into()), (1, 4, "ORG".into()), (4, 5, "ORG".into())]);
    }

    #[test]
    fn labels_without_prefix_do_not_panic() {
        assert_eq!(spans("PER PER O ORG LOC"), [(0, 2, "PER".into()), (3, 4, "ORG".into()), (4, 5, "LOC".into())]);
    }
}
