//! Anchoring annotations to a document's text, and finding them again after the text changes.
//!
//! An annotation remembers where it sits the way the W3C Web Annotation model does: a
//! [`TextQuoteSelector`] (the quoted text with a little context either side) and a
//! [`TextPositionSelector`] (byte offsets into the stored text, like every parser [`Span`]).
//! [`anchor`] finds the passage again: an exact match first, then a scored fuzzy match.
//!
//! Yearly letters repeat whole paragraphs of boilerplate, so this module would rather lose a
//! note than move it: when two places are equally plausible, or the best place is too different,
//! the result is an [`Anchoring::Orphan`] that keeps its quote for the reviewer to place.
//! Everything here is pure and runs in time roughly linear in the document's size.

use std::collections::HashMap;

use crate::parse::Span;

/// How many characters of context a new selector keeps on each side of its quote.
pub const CONTEXT_CHARS: usize = 32;
/// The lowest score a fuzzy match may have and still be attached.
pub const FUZZY_THRESHOLD: f64 = 0.75;
/// How much better than the runner-up the chosen place must score; closer means a guess.
pub const CLEAR_MARGIN: f64 = 0.1;
/// How many characters next to the quote must agree on each side for an exact match to count.
const MIN_SIDE_AGREEMENT: usize = 8;
/// How alike each side's context must be for a fuzzy match to count.
const MIN_SIDE_SIMILARITY: f64 = 0.5;
/// How many of the quote's rarest words seed the fuzzy search.
const N_SEED_WORDS: usize = 6;
/// A word seen more often than this in the document seeds nothing: it is not rare.
const MAX_SEED_OCCURRENCES: usize = 64;
/// How many candidate places are aligned in full.
const N_CANDIDATES: usize = 8;
/// Quotes up to this many characters are aligned whole; longer ones by their head and tail.
const ALIGN_WHOLE_CHARS: usize = 400;

/// The quoted passage and what surrounds it (W3C `TextQuoteSelector`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextQuoteSelector {
    /// The passage itself, verbatim.
    pub exact: String,
    /// Up to [`CONTEXT_CHARS`] characters just before it.
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] characters just after it.
    pub suffix: String,
}

/// Where the passage was, as byte offsets into the text it was made on (W3C `TextPositionSelector`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPositionSelector {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

/// Both selectors of one annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector {
    /// The quote with its context; what re-anchoring trusts.
    pub quote: TextQuoteSelector,
    /// The position when it was made; only trusted when the text there is unchanged.
    pub position: Option<TextPositionSelector>,
}

/// Where an annotation lands in a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Anchoring {
    /// The quote was found verbatim, and its context settles which occurrence.
    Exact(Span),
    /// A close but not identical passage; `score` in `0..=1` says how close.
    Fuzzy(Span, f64),
    /// No place could be chosen without guessing; the annotation keeps its quote.
    Orphan {
        /// Why it could not be placed.
        reason: OrphanReason,
    },
}

/// Why an annotation could not be placed.
#[derive(Debug, Clone, PartialEq)]
pub enum OrphanReason {
    /// The selector quotes nothing.
    EmptyQuote,
    /// Nothing in the text resembles the quote.
    NotFound,
    /// Several places fit equally well: attaching to one would be a guess.
    Ambiguous {
        /// How many places fit.
        n_candidates: usize,
    },
    /// The closest passage differs too much, or sits in a different context.
    TooDifferent {
        /// The best score found, in `0..=1`.
        best_score: f64,
    },
}

impl Anchoring {
    /// The span found, unless orphaned.
    pub fn span(&self) -> Option<Span> {
        match self {
            Anchoring::Exact(span) | Anchoring::Fuzzy(span, _) => Some(*span),
            Anchoring::Orphan { .. } => None,
        }
    }
}

/// The selectors for `span` of `text`, or `None` when the span is empty, out of bounds or
/// splits a character.
pub fn selector_for(text: &str, span: Span) -> Option<Selector> {
    if span.start >= span.end
        || span.end > text.len()
        || !text.is_char_boundary(span.start)
        || !text.is_char_boundary(span.end)
    {
        return None;
    }
    let before = &text[..span.start];
    let prefix_start = before.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(offset, _)| offset);
    let after = &text[span.end..];
    let suffix_len = after.char_indices().nth(CONTEXT_CHARS).map_or(after.len(), |(offset, _)| offset);
    Some(Selector {
        quote: TextQuoteSelector {
            exact: text[span.start..span.end].to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_len].to_string(),
        },
        position: Some(TextPositionSelector { start: span.start, end: span.end }),
    })
}

/// Every place `quote` occurs verbatim in `text`, overlapping occurrences included.
pub fn find_exact(text: &str, quote: &str) -> Vec<Span> {
    let mut found = Vec::new();
    if quote.is_empty() {
        return found;
    }
    let mut from = 0;
    while let Some(offset) = text[from..].find(quote) {
        let start = from + offset;
        found.push(Span::new(start, start + quote.len()));
        // Step one character, not one quote, so "aa" is found twice in "aaa".
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// Finds `selector`'s passage in `text`: exact first, then fuzzy, and an orphan rather than a guess.
pub fn anchor(text: &str, selector: &Selector) -> Anchoring {
    let quote = &selector.quote;
    if quote.exact.trim().is_empty() {
        return Anchoring::Orphan { reason: OrphanReason::EmptyQuote };
    }
    let occurrences = find_exact(text, &quote.exact);
    if occurrences.is_empty() {
        return anchor_fuzzy(text, quote);
    }
    // The text is unchanged where the note was made: that place, not a lookalike, is the note's.
    if let Some(position) = selector.position {
        let unchanged = occurrences.iter().find(|span| span.start == position.start && span.end == position.end);
        if let Some(span) = unchanged.filter(|span| context_agreement(text, **span, quote) >= 1.0) {
            return Anchoring::Exact(*span);
        }
    }
    // Both sides must still agree: with one side alone, the copy under the next question of a
    // letter that lost an answer would look like the note's place.
    let mut scored: Vec<(Span, f64)> = occurrences
        .iter()
        .filter(|span| both_sides_agree(text, **span, quote))
        .map(|span| (*span, context_agreement(text, *span, quote)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let Some(&(best_span, best_score)) = scored.first() else {
        let best_score = occurrences.iter().map(|span| context_agreement(text, *span, quote)).fold(0.0, f64::max);
        return Anchoring::Orphan { reason: OrphanReason::TooDifferent { best_score } };
    };
    let n_close = scored.iter().filter(|(_, score)| best_score - score < CLEAR_MARGIN).count();
    if n_close > 1 {
        return Anchoring::Orphan { reason: OrphanReason::Ambiguous { n_candidates: n_close } };
    }
    Anchoring::Exact(best_span)
}

/// Whether the text on each side of `span` repeats at least the nearest few characters of the
/// selector's context on that side (all of it when the context is shorter).
fn both_sides_agree(text: &str, span: Span, quote: &TextQuoteSelector) -> bool {
    let n_prefix = text[..span.start].chars().rev().zip(quote.prefix.chars().rev()).take_while(|(a, b)| a == b).count();
    let n_suffix = text[span.end..].chars().zip(quote.suffix.chars()).take_while(|(a, b)| a == b).count();
    n_prefix >= quote.prefix.chars().count().min(MIN_SIDE_AGREEMENT)
        && n_suffix >= quote.suffix.chars().count().min(MIN_SIDE_AGREEMENT)
}

/// Share of the selector's context (by characters) that the text around `span` repeats.
fn context_agreement(text: &str, span: Span, quote: &TextQuoteSelector) -> f64 {
    let n_context = quote.prefix.chars().count() + quote.suffix.chars().count();
    if n_context == 0 {
        return 1.0;
    }
    let before = text[..span.start].chars().rev();
    let n_prefix = before.zip(quote.prefix.chars().rev()).take_while(|(a, b)| a == b).count();
    let after = text[span.end..].chars();
    let n_suffix = after.zip(quote.suffix.chars()).take_while(|(a, b)| a == b).count();
    (n_prefix + n_suffix) as f64 / n_context as f64
}

/// Words of `text` (alphanumeric runs, lowercased) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word.to_lowercase()))
}

/// A fuzzy place: where, how close the quote is, and the score with context.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    span: Span,
    score: f64,
    context_holds: bool,
}

fn anchor_fuzzy(text: &str, quote: &TextQuoteSelector) -> Anchoring {
    let estimates = seed_estimates(text, &quote.exact);
    if estimates.is_empty() {
        return Anchoring::Orphan { reason: OrphanReason::NotFound };
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    for estimate in estimates {
        if let Some(candidate) = align_candidate(text, quote, estimate) {
            // Two seeds can lead to one place; keep that place once, at its best.
            match candidates.iter_mut().find(|other| overlaps(other.span, candidate.span)) {
                Some(other) if other.score >= candidate.score => {}
                Some(other) => *other = candidate,
                None => candidates.push(candidate),
            }
        }
    }
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    let Some(best) = candidates.first().copied() else {
        return Anchoring::Orphan { reason: OrphanReason::NotFound };
    };
    if best.score < FUZZY_THRESHOLD || !best.context_holds {
        return Anchoring::Orphan { reason: OrphanReason::TooDifferent { best_score: best.score } };
    }
    let n_close = candidates.iter().filter(|candidate| best.score - candidate.score < CLEAR_MARGIN).count();
    if n_close > 1 {
        return Anchoring::Orphan { reason: OrphanReason::Ambiguous { n_candidates: n_close } };
    }
    Anchoring::Fuzzy(best.span, best.score)
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Likely start offsets of the quote in `text`, best supported first, from its rarest words.
///
/// One pass over the text counts words; each rare quote word then votes for where the quote
/// would start if that word were in place. Common words seed nothing, so the work stays
/// proportional to the text, not to the text times the quote.
fn seed_estimates(text: &str, quote: &str) -> Vec<usize> {
    let quote_words: Vec<(usize, String)> = words(quote).collect();
    if quote_words.is_empty() {
        return Vec::new();
    }
    let wanted: HashMap<&str, usize> = quote_words.iter().map(|(offset, word)| (word.as_str(), *offset)).collect();
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    for (offset, word) in words(text) {
        if let Some((key, _)) = wanted.get_key_value(word.as_str()) {
            let places = seen.entry(key).or_default();
            if places.len() <= MAX_SEED_OCCURRENCES {
                places.push(offset);
            }
        }
    }
    let mut seeds: Vec<(&str, &Vec<usize>)> = seen
        .iter()
        .filter(|(_, places)| places.len() <= MAX_SEED_OCCURRENCES)
        .map(|(word, places)| (*word, places))
        .collect();
    seeds.sort_by_key(|(word, places)| (places.len(), std::cmp::Reverse(word.len())));
    let mut votes: Vec<(usize, usize)> = Vec::new();
    let tolerance = quote.len() / 3 + 8;
    for (word, places) in seeds.into_iter().take(N_SEED_WORDS) {
        let offset_in_quote = wanted[word];
        for place in places {
            let estimate = place.saturating_sub(offset_in_quote);
            match votes.iter_mut().find(|(start, _)| start.abs_diff(estimate) <= tolerance) {
                Some((_, n_votes)) => *n_votes += 1,
                None => votes.push((estimate, 1)),
            }
        }
    }
    votes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    votes.into_iter().take(N_CANDIDATES).map(|(start, _)| start).collect()
}

/// Aligns the quote near `estimate` and scores the passage found there.
fn align_candidate(text: &str, quote: &TextQuoteSelector, estimate: usize) -> Option<Candidate> {
    let slack = quote.exact.len() / 4 + 32;
    let window_start = floor_char_boundary(text, estimate.saturating_sub(slack));
    let window_end = floor_char_boundary(text, (estimate + quote.exact.len() + slack).min(text.len()));
    let window = &text[window_start..window_end];
    let quote_chars: Vec<char> = quote.exact.chars().collect();
    let (start, end) = if quote_chars.len() <= ALIGN_WHOLE_CHARS {
        let (start, end, _) = align_within(&quote_chars, window)?;
        (start, end)
    } else {
        // A long quote: its head fixes the start and its tail the end.
        let head = &quote_chars[..ALIGN_WHOLE_CHARS / 2];
        let tail = &quote_chars[quote_chars.len() - ALIGN_WHOLE_CHARS / 2..];
        let (start, _, _) = align_within(head, window)?;
        let (_, end, _) = align_within(tail, window)?;
        (start, end)
    };
    if end <= start {
        return None;
    }
    let span = Span::new(window_start + start, window_start + end);
    let found = &text[span.start..span.end];
    let quote_similarity = if quote_chars.len() <= 4 * ALIGN_WHOLE_CHARS {
        strsim::normalized_levenshtein(&quote.exact, found)
    } else {
        f64::from(similar::TextDiff::from_words(quote.exact.as_str(), found).ratio())
    };
    let sides = context_similarity(text, span, quote);
    let score = if sides.is_empty() {
        quote_similarity
    } else {
        0.85 * quote_similarity + 0.15 * sides.iter().sum::<f64>() / sides.len() as f64
    };
    // A passage whose surroundings changed on either side is somebody else's boilerplate.
    let context_holds = sides.iter().all(|side| *side >= MIN_SIDE_SIMILARITY);
    Some(Candidate { span, score, context_holds })
}

/// How alike each side of the context around `span` is to the selector's (empty sides skipped).
fn context_similarity(text: &str, span: Span, quote: &TextQuoteSelector) -> Vec<f64> {
    let mut parts = Vec::new();
    if !quote.prefix.is_empty() {
        let n_chars = quote.prefix.chars().count();
        let before = &text[..span.start];
        let from = before.char_indices().rev().nth(n_chars.saturating_sub(1)).map_or(0, |(offset, _)| offset);
        parts.push(strsim::normalized_levenshtein(&quote.prefix, &before[from..]));
    }
    if !quote.suffix.is_empty() {
        let n_chars = quote.suffix.chars().count();
        let after = &text[span.end..];
        let to = after.char_indices().nth(n_chars).map_or(after.len(), |(offset, _)| offset);
        parts.push(strsim::normalized_levenshtein(&quote.suffix, &after[..to]));
    }
    parts
}

/// The substring of `window` closest to `pattern` by edit distance (free start and end):
/// `(start byte, end byte, distance)`. Two rows of the table, so memory is linear.
fn align_within(pattern: &[char], window: &str) -> Option<(usize, usize, usize)> {
    let columns: Vec<(usize, char)> = window.char_indices().collect();
    if pattern.is_empty() || columns.is_empty() {
        return None;
    }
    let n = columns.len();
    // cost[j] and origin[j]: best distance of the pattern so far ending before column j, and
    // the column where that alignment started.
    let mut cost: Vec<usize> = vec![0; n + 1];
    let mut origin: Vec<usize> = (0..=n).collect();
    for (i, pattern_char) in pattern.iter().enumerate() {
        let mut next_cost = vec![i + 1; n + 1];
        let mut next_origin = vec![0; n + 1];
        for j in 1..=n {
            let substitute = cost[j - 1] + usize::from(columns[j - 1].1 != *pattern_char);
            let delete = cost[j] + 1;
            let insert = next_cost[j - 1] + 1;
            let (best, from) = if substitute <= delete && substitute <= insert {
                (substitute, origin[j - 1])
            } else if delete <= insert {
                (delete, origin[j])
            } else {
                (insert, next_origin[j - 1])
            };
            next_cost[j] = best;
            next_origin[j] = from;
        }
        cost = next_cost;
        origin = next_origin;
    }
    let (end_column, distance) = cost.iter().enumerate().skip(1).min_by_key(|(_, distance)| **distance)?;
    let byte_at = |column: usize| columns.get(column).map_or(window.len(), |(offset, _)| *offset);
    Some((byte_at(origin[end_column]), byte_at(end_column), *distance))
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}
