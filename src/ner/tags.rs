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

/// Whether `current` may follow `previous` in a well-formed tag sequence: an inside or end tag
/// continues a chunk of its own type, and in a scheme with end tags (IOBES/BILOU) an open chunk
/// must be closed before anything else. `None` is the sequence's start.
fn may_follow(previous: Option<&Tag>, current: &Tag, closes_chunks: bool) -> bool {
    use Position::*;
    let open = previous.filter(|p| matches!(p.position, Begin | Inside));
    match current.position {
        Inside | End => open.is_some_and(|p| p.kind == current.kind),
        Outside | Begin | Single => !(closes_chunks && open.is_some()),
    }
}

/// The best well-formed tag sequence (by summed log-probabilities) for words whose label
/// log-probabilities are `log_probs` (one row per word, one column per tag): Viterbi over the
/// transitions [`may_follow`] allows, so "B-ORG I-LOC" or a stray "I-PER" becomes whichever
/// consistent reading the model finds likelier. This reads begin tags as opening every chunk
/// (IOB2, IOBES: how Hugging Face checkpoints are trained; an IOB1 model wants `per-word`
/// decoding). Label sets without positions (bare `PER`) put no constraint: each word keeps its
/// best label. Hand-written: a dozen lines over a tag set of nine, no crate needed for it.
pub fn best_well_formed(tags: &[Tag], log_probs: &[Vec<f32>]) -> Vec<usize> {
    let positional = tags.iter().any(|t| matches!(t.position, Position::Begin | Position::End | Position::Single));
    if !positional {
        return log_probs
            .iter()
            .map(|row| (0..row.len()).max_by(|&a, &b| row[a].total_cmp(&row[b]).then(b.cmp(&a))).unwrap_or(0))
            .collect();
    }
    let closes_chunks = tags.iter().any(|t| matches!(t.position, Position::End | Position::Single));
    let mut score: Vec<f32> = (0..tags.len())
        .map(|t| if may_follow(None, &tags[t], closes_chunks) { log_probs.first().map_or(0.0, |row| row[t]) } else { f32::NEG_INFINITY })
        .collect();
    let mut back: Vec<Vec<usize>> = Vec::with_capacity(log_probs.len());
    for row in log_probs.iter().skip(1) {
        let mut next = vec![f32::NEG_INFINITY; tags.len()];
        let mut from = vec![0; tags.len()];
        for (t, tag) in tags.iter().enumerate() {
            for (p, previous) in tags.iter().enumerate() {
                if score[p] > f32::NEG_INFINITY && may_follow(Some(previous), tag, closes_chunks) && score[p] + row[t] > next[t] {
                    next[t] = score[p] + row[t];
                    from[t] = p;
                }
            }
        }
        back.push(from);
        score = next;
    }
    if log_probs.is_empty() {
        return Vec::new();
    }
    // A chunk left open at the end is closed by the end itself, except where end tags exist.
    let last = (0..tags.len())
        .filter(|&t| !closes_chunks || !matches!(tags[t].position, Position::Begin | Position::Inside))
        .max_by(|&a, &b| score[a].total_cmp(&score[b]).then(b.cmp(&a)))
        .unwrap_or(0);
    let mut path = vec![last];
    for from in back.iter().rev() {
        path.push(from[*path.last().unwrap_or(&0)]);
    }
    path.reverse();
    path
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
    fn well_formed_decoding_keeps_a_chunk_to_one_type() {
        let tags = parse_all("O B-PER I-PER B-ORG I-ORG");
        let ln = |p: f32| p.ln();
        // Word 2 alone would be I-ORG after B-PER (two chunks); as a whole the PER reading wins.
        let rows = vec![vec![ln(0.05), ln(0.9), ln(0.01), ln(0.03), ln(0.01)], vec![ln(0.05), ln(0.01), ln(0.4), ln(0.04), ln(0.5)]];
        assert_eq!(best_well_formed(&tags, &rows), [1, 2]);
        // A stray inside tag after O becomes a begin or O, whichever is likelier.
        let rows = vec![vec![ln(0.9), ln(0.02), ln(0.02), ln(0.03), ln(0.03)], vec![ln(0.1), ln(0.3), ln(0.5), ln(0.05), ln(0.05)]];
        assert_eq!(best_well_formed(&tags, &rows), [0, 1]);
        // Already well formed: unchanged, argmax per word.
        let rows = vec![
            vec![ln(0.1), ln(0.1), ln(0.1), ln(0.6), ln(0.1)],
            vec![ln(0.1), ln(0.1), ln(0.1), ln(0.1), ln(0.6)],
            vec![ln(0.8), ln(0.05), ln(0.05), ln(0.05), ln(0.05)],
        ];
        assert_eq!(best_well_formed(&tags, &rows), [3, 4, 0]);
        assert!(best_well_formed(&tags, &[]).is_empty());
        // Bare labels: no positions, no constraint; each word keeps its best label.
        let bare = parse_all("O PER ORG");
        let rows = vec![vec![ln(0.2), ln(0.5), ln(0.3)], vec![ln(0.2), ln(0.3), ln(0.5)]];
        assert_eq!(best_well_formed(&bare, &rows), [1, 2]);
        // IOBES: an open chunk is closed before the sequence ends.
        let tags = parse_all("O B-PER I-PER E-PER S-PER");
        let rows = vec![vec![ln(0.1), ln(0.8), ln(0.05), ln(0.03), ln(0.02)]];
        assert_eq!(best_well_formed(&tags, &rows), [0]);
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
