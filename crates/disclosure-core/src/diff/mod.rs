//! Word-level diffs of answers and letters, with the changed figures and table cells called out.
//!
//! Texts are cut into words and punctuation; whitespace and line-wrapping never count as a
//! change (a paragraph break does). Words are compared by a key, so case and punctuation can be
//! ignored on request while the output keeps the words as printed. The algorithm is
//! [`Algorithm::Histogram`]: like Patience it anchors on words that occur rarely (names,
//! numbers, rare nouns), which keeps the unchanged parts of a sentence together instead of
//! aligning on "the" and "of" as Myers does, and unlike Patience it still has anchors when every
//! word repeats. A deadline bounds the work: past it, the remainder is reported as one coarse
//! replacement and the result says it is coarse.
//!
//! ```
//! use disclosure_core::diff::{diff_words, DiffOptions, OpKind};
//! let diff = diff_words("In 2022, 27 officers\nhad their vetting withdrawn.", "In 2023, 31 officers had their vetting withdrawn.", &DiffOptions::default());
//! let changed: Vec<_> = diff.ops.iter().filter(|op| op.kind != OpKind::Equal).map(|op| (op.old.trim(), op.new.trim())).collect();
//! assert_eq!(changed, vec![("2022", ""), ("", "2023"), ("27", ""), ("", "31")]);
//! ```

mod columns;
mod compare;
mod figures;
mod moves;
mod tables;

use std::borrow::Cow;
use std::time::{Duration, Instant};

use similar::{capture_diff_slices_deadline, Algorithm, DiffOp};

pub use columns::{side_by_side, ColumnRow, Columns, Piece, PieceKind};
pub use compare::{
    answer_to, compare_answers, compare_letters, compare_questions, CompareError, Comparison, MissingAnswer, Side,
};
pub use figures::{figure_changes, figure_label_key, format_figure, FigureChange};
pub use moves::{find_moves, MovedBlock};
pub use tables::{table_changes, CellChange};

/// How to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiffOptions {
    /// Compare words without their punctuation ("2022," equals "2022").
    pub ignore_punctuation: bool,
    /// Compare words without case.
    pub ignore_case: bool,
    /// The most time the comparison may take before settling for a coarser diff.
    pub timeout: Duration,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions { ignore_punctuation: false, ignore_case: false, timeout: Duration::from_millis(500) }
    }
}

/// The kind of a diff operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OpKind {
    /// The same in both.
    Equal,
    /// Only in the new text.
    Insert,
    /// Only in the old text.
    Delete,
}

impl OpKind {
    /// Stable short name: "equal", "insert", "delete".
    pub fn as_str(self) -> &'static str {
        match self {
            OpKind::Equal => "equal",
            OpKind::Insert => "insert",
            OpKind::Delete => "delete",
        }
    }
}

/// One run of words. `old` and `new` hold the words as printed, each word preceded by the
/// space that separated it (a paragraph break as "\n\n"), so concatenating the `old` of every
/// equal and delete op gives the old text with its whitespace tidied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordOp {
    /// What happened.
    pub kind: OpKind,
    /// The words in the old text ("" for an insert).
    pub old: String,
    /// The words in the new text ("" for a delete; for an equal run, the new spelling, which may
    /// differ in case or punctuation when those are ignored).
    pub new: String,
}

/// A word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordDiff {
    /// The runs, in text order; a replacement is a delete followed by an insert.
    pub ops: Vec<WordOp>,
    /// True when the deadline passed and part of the texts was compared coarsely.
    pub coarse: bool,
}

/// One word of a text, with what separated it from the previous one.
#[derive(Debug, Clone, Copy)]
struct Token<'t> {
    text: &'t str,
    /// "", " " or "\n\n".
    separator: &'static str,
}

/// Cuts a text into words and punctuation marks; whitespace only decides separators.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut found: Vec<Token<'_>> = Vec::new();
    let mut separator = "";
    let mut start: Option<usize> = None;
    let mut newlines = 0;
    for (offset, character) in text.char_indices() {
        let is_space = character.is_whitespace();
        let is_mark = is_split_mark(character);
        if is_space || is_mark {
            if let Some(from) = start.take() {
                found.push(Token {
                    text: &text[from..offset],
                    separator: if found.is_empty() { "" } else { separator },
                });
                separator = "";
            }
        }
        if is_space {
            if character == '\n' {
                newlines += 1;
            }
            separator = if newlines >= 2 { "\n\n" } else { " " };
            continue;
        }
        newlines = 0;
        if is_mark {
            // Punctuation is its own token, so "2022," and "2022" share the word.
            found.push(Token {
                text: &text[offset..offset + character.len_utf8()],
                separator: if found.is_empty() { "" } else { separator },
            });
            separator = "";
        } else if start.is_none() {
            start = Some(offset);
        }
    }
    if let Some(from) = start {
        found.push(Token { text: &text[from..], separator: if found.is_empty() { "" } else { separator } });
    }
    found
}

/// Marks that end or wrap words; digits' own separators ("1,234", "9.3") stay inside numbers.
fn is_split_mark(character: char) -> bool {
    matches!(character, ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '‘' | '’')
}

/// The word as compared; borrowed from the text unless case is ignored, so long texts are not
/// copied word by word.
fn compare_key<'t>(token: &Token<'t>, options: &DiffOptions) -> Cow<'t, str> {
    let text =
        if options.ignore_punctuation { token.text.trim_matches(|c: char| !c.is_alphanumeric()) } else { token.text };
    if options.ignore_case {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Compares two texts word by word. Never fails; with two unrelated very long texts, returns
/// within about `options.timeout` with a coarser diff and `coarse` set.
pub fn diff_words(old: &str, new: &str, options: &DiffOptions) -> WordDiff {
    let mut old_tokens = tokens(old);
    let mut new_tokens = tokens(new);
    if options.ignore_punctuation {
        // Punctuation-only tokens leave the comparison altogether.
        old_tokens.retain(|token| token.text.chars().any(char::is_alphanumeric));
        new_tokens.retain(|token| token.text.chars().any(char::is_alphanumeric));
    }
    let old_keys: Vec<Cow<'_, str>> = old_tokens.iter().map(|token| compare_key(token, options)).collect();
    let new_keys: Vec<Cow<'_, str>> = new_tokens.iter().map(|token| compare_key(token, options)).collect();
    let deadline = Instant::now().checked_add(options.timeout);
    let diff_ops = capture_diff_slices_deadline(Algorithm::Histogram, &old_keys, &new_keys, deadline);
    let coarse = deadline.is_none_or(|deadline| Instant::now() > deadline);

    let join = |tokens: &[Token<'_>], first: bool| -> String {
        let mut joined = String::new();
        for (n, token) in tokens.iter().enumerate() {
            if !(first && n == 0) {
                joined.push_str(token.separator);
            }
            joined.push_str(token.text);
        }
        joined
    };
    let mut ops: Vec<WordOp> = Vec::new();
    let mut push = |kind: OpKind, old: String, new: String| {
        if old.is_empty() && new.is_empty() {
            return;
        }
        match ops.last_mut() {
            Some(last) if last.kind == kind => {
                last.old.push_str(&old);
                last.new.push_str(&new);
            }
            _ => ops.push(WordOp { kind, old, new }),
        }
    };
    for op in &diff_ops {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        let old_part = join(&old_tokens[old_range.clone()], old_range.start == 0);
        let new_part = join(&new_tokens[new_range.clone()], new_range.start == 0);
        match op {
            DiffOp::Equal { .. } => push(OpKind::Equal, old_part, new_part),
            DiffOp::Delete { .. } => push(OpKind::Delete, old_part, String::new()),
            DiffOp::Insert { .. } => push(OpKind::Insert, String::new(), new_part),
            // A replacement reads as its delete followed by its insert.
            DiffOp::Replace { .. } => {
                push(OpKind::Delete, old_part, String::new());
                push(OpKind::Insert, String::new(), new_part);
            }
        }
    }
    WordDiff { ops, coarse }
}
