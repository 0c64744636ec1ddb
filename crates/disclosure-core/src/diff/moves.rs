//! Moved paragraphs: a run of words deleted in one place and inserted, the same, in another is
//! a move, not a change. Compared on the words alone (case, spacing and punctuation ignored).

use super::{OpKind, WordOp};

/// Fewest words a moved run must have: short runs ("the", "in 2022") match by chance.
const MOVE_MIN_WORDS: usize = 8;

/// A paragraph deleted in one place and inserted, the same, in another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovedBlock {
    /// Index of the delete op that holds the paragraph where it was.
    pub from_op: usize,
    /// Index of the insert op that holds it where it is now.
    pub to_op: usize,
    /// The paragraph, as printed in the new text.
    pub text: String,
}

pub(super) fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_lowercase).collect()
}

/// Paragraphs of a run of ops of one kind, with their words.
fn paragraphs(ops: &[WordOp], kind: OpKind) -> Vec<(usize, String, Vec<String>)> {
    let mut found = Vec::new();
    for (n, op) in ops.iter().enumerate().filter(|(_, op)| op.kind == kind) {
        let text = if kind == OpKind::Delete { &op.old } else { &op.new };
        for paragraph in text.split("\n\n") {
            let words = words_of(paragraph);
            if words.len() >= MOVE_MIN_WORDS {
                found.push((n, paragraph.trim().to_string(), words));
            }
        }
    }
    found
}

/// Pairs each long deleted paragraph with an inserted paragraph of the same words, first come
/// first served.
pub fn find_moves(ops: &[WordOp]) -> Vec<MovedBlock> {
    let inserted = paragraphs(ops, OpKind::Insert);
    let mut used = vec![false; inserted.len()];
    let mut moves = Vec::new();
    for (from_op, _, words) in paragraphs(ops, OpKind::Delete) {
        if let Some(found) =
            inserted.iter().enumerate().position(|(n, (_, _, candidate))| !used[n] && *candidate == words)
        {
            used[found] = true;
            moves.push(MovedBlock { from_op, to_op: inserted[found].0, text: inserted[found].1.clone() });
        }
    }
    moves
}
