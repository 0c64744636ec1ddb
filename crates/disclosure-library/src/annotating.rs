//! Annotating stored letters: placing a reviewer's selection on the stored text (where the reader
//! says it is, else exact, then fuzzy, else an orphan that keeps its quote), finding stored notes
//! again, and carrying notes forward along a question's thread to a newer year's answer.
//!
//! It ties the core's `anchor` and `parse` to the store, which is why it lives here and not in
//! either; the desktop app's commands and the CLI both call it. It never guesses a place: when
//! the passage cannot be told apart from a lookalike, the note becomes an orphan.

use disclosure_core::anchor::{anchor, find_exact, selector_for, Anchoring, Selector, TextQuoteSelector};
use disclosure_core::parse::{parse, Question, Span};
use disclosure_store::{Annotation, AnnotationPassage, NewAnnotation, Result, Store, ThreadMemberRecord};

use crate::threading::update_threads;

/// Placed on the very words quoted.
pub const ANCHOR_EXACT: &str = "exact";
/// Placed on a close but not identical passage.
pub const ANCHOR_FUZZY: &str = "fuzzy";
/// Not placed: kept with its quote for the reviewer to place or dismiss.
pub const ANCHOR_ORPHAN: &str = "orphan";
/// A note on the whole document, with no passage. Shown, never stored: the store keeps such a
/// note as an unplaced one with an empty quote (see [`is_document_note`]).
pub const ANCHOR_DOCUMENT: &str = "document";

/// The colours a highlight may have; the reader offers exactly these.
pub const HIGHLIGHT_COLOURS: [&str; 5] = ["yellow", "green", "blue", "pink", "purple"];

/// A highlight colour that is not one of [`HIGHLIGHT_COLOURS`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not one of the highlight colours.")]
pub struct UnknownColour(pub String);

/// The colour a note is given, checked against [`HIGHLIGHT_COLOURS`], for the CLI and the app alike.
///
/// # Errors
/// [`UnknownColour`] for any other name.
pub fn highlight_colour(colour: &str) -> std::result::Result<&str, UnknownColour> {
    HIGHLIGHT_COLOURS.contains(&colour).then_some(colour).ok_or_else(|| UnknownColour(colour.to_string()))
}

/// Whether a stored annotation is on the whole document rather than on a passage: it quotes nothing.
pub fn is_document_note(annotation: &NewAnnotation) -> bool {
    annotation.quote.is_empty() && annotation.start.is_none()
}

/// A passage the reviewer picked, as the reader describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassageRequest {
    /// The selected words as shown.
    pub quote: String,
    /// Words shown just before them.
    pub prefix: String,
    /// Words shown just after them.
    pub suffix: String,
    /// Byte offsets into the stored text, when the reader showed that text verbatim.
    pub position: Option<Span>,
    /// The question whose card the selection was made in, which narrows the search.
    pub question_label: Option<String>,
}

/// Where a passage goes, and what to store about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// The quote, from the stored text when placed, else as the reviewer selected it.
    pub quote: String,
    /// Context before, likewise.
    pub prefix: String,
    /// Context after, likewise.
    pub suffix: String,
    /// Byte span in the stored text; `None` for an orphan or a whole-document note.
    pub span: Option<Span>,
    /// [`ANCHOR_EXACT`], [`ANCHOR_FUZZY`] or [`ANCHOR_ORPHAN`] (which, with no quote, is a document note).
    pub anchor_state: &'static str,
    /// The question whose text or answer holds the passage.
    pub question_label: Option<String>,
}

impl Placement {
    /// The annotation to store for this placement.
    pub fn into_annotation(self, document_id: i64, note: &str, colour: &str, tags: &[String]) -> NewAnnotation {
        NewAnnotation {
            document_id,
            quote: self.quote,
            prefix: self.prefix,
            suffix: self.suffix,
            start: self.span.map(|span| span.start as i64),
            end: self.span.map(|span| span.end as i64),
            question_label: self.question_label,
            note: note.to_string(),
            colour: colour.to_string(),
            anchor_state: self.anchor_state.to_string(),
            tags: tags.to_vec(),
        }
    }

    /// The passage to move a stored annotation onto, or `None` when this placement found no
    /// passage (an orphan), which a note cannot be placed on.
    pub fn into_passage(self) -> Option<AnnotationPassage> {
        let span = self.span?;
        Some(AnnotationPassage {
            quote: self.quote,
            prefix: self.prefix,
            suffix: self.suffix,
            start: span.start as i64,
            end: span.end as i64,
            question_label: self.question_label,
        })
    }
}

/// The byte offset of the `units`-th UTF-16 code unit of `text` (as JavaScript counts), or
/// `None` when it is past the end or inside a character.
pub fn byte_offset_of_utf16(text: &str, units: usize) -> Option<usize> {
    let mut n_units = 0;
    for (offset, character) in text.char_indices() {
        if n_units == units {
            return Some(offset);
        }
        if n_units > units {
            return None;
        }
        n_units += character.len_utf16();
    }
    (n_units == units).then_some(text.len())
}

/// The UTF-16 offset (as JavaScript counts) of byte `offset` of `text`, clamped to the text.
pub fn utf16_offset_of_byte(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    text[..offset].encode_utf16().count()
}

/// The label of a question, as stored on annotations and thread members.
fn label_of(question: &Question) -> Option<String> {
    question.label.clone().or_else(|| question.number.map(|number| number.to_string()))
}

/// From the question as printed to the end of its answer.
fn question_region(question: &Question) -> Span {
    match &question.answer {
        Some(answer) => Span::new(question.span.start.min(answer.span.start), question.span.end.max(answer.span.end)),
        None => question.span,
    }
}

/// The label of the question whose text or answer holds `span`, when the parser finds one.
/// The questions of [`disclosure_core::parse::parse_answers`] are enough: a caller that needs
/// nothing else of the letter is spared reading its decision and letterhead.
pub fn question_around(questions: &[Question], span: Span) -> Option<String> {
    questions.iter().find_map(|question| {
        let inside =
            question.span.contains(span) || question.answer.as_ref().is_some_and(|answer| answer.span.contains(span));
        inside.then(|| label_of(question)).flatten()
    })
}

/// Every place in `scope` where the quote's words occur with any whitespace between them: the
/// structure view joins a question's lines with spaces where the letter has line breaks.
fn find_ignoring_line_breaks(scope: &str, quote: &str) -> Vec<Span> {
    let words: Vec<String> = quote.split_whitespace().map(regex::escape).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let Ok(pattern) = regex::Regex::new(&words.join(r"\s+")) else { return Vec::new() };
    pattern.find_iter(scope).map(|found| Span::new(found.start(), found.end())).collect()
}

/// Places a selection on `text`: at the reader's own offsets when the words there match, else
/// once in the question it was made in (or the whole letter), else by the core's anchoring.
pub fn place_passage(text: &str, request: &PassageRequest) -> Placement {
    let disclosure = parse(text);
    let orphan = || Placement {
        quote: request.quote.clone(),
        prefix: request.prefix.clone(),
        suffix: request.suffix.clone(),
        span: None,
        anchor_state: ANCHOR_ORPHAN,
        question_label: request.question_label.clone(),
    };
    if request.quote.trim().is_empty() {
        return orphan();
    }
    let at_position = request.position.filter(|span| text.get(span.start..span.end) == Some(request.quote.as_str()));
    let found = at_position.map(|span| (span, ANCHOR_EXACT)).or_else(|| {
        let scope = request
            .question_label
            .as_deref()
            .and_then(|label| disclosure.question(label))
            .map(|(_, question)| question)
            .map(question_region)
            .unwrap_or(Span::new(0, text.len()));
        locate_in_scope(text, scope, &request.quote, &request.prefix, &request.suffix)
    });
    let Some((span, state)) = found else { return orphan() };
    let Some(selector) = selector_for(text, span) else { return orphan() };
    Placement {
        quote: selector.quote.exact,
        prefix: selector.quote.prefix,
        suffix: selector.quote.suffix,
        span: Some(span),
        anchor_state: state,
        question_label: request.question_label.clone().or_else(|| question_around(&disclosure.questions, span)),
    }
}

/// The one place in `scope` of `text` for the quote: verbatim, then with line breaks as shown,
/// then the core's context-weighed anchoring (exact, fuzzy, or nothing rather than a guess).
fn locate_in_scope(text: &str, scope: Span, quote: &str, prefix: &str, suffix: &str) -> Option<(Span, &'static str)> {
    let scoped = &text[scope.start..scope.end];
    let shift = |span: Span| Span::new(span.start + scope.start, span.end + scope.start);
    if let [only] = find_exact(scoped, quote).as_slice() {
        return Some((shift(*only), ANCHOR_EXACT));
    }
    if let [only] = find_ignoring_line_breaks(scoped, quote).as_slice() {
        return Some((shift(*only), ANCHOR_EXACT));
    }
    let selector = Selector {
        quote: TextQuoteSelector { exact: quote.to_string(), prefix: prefix.to_string(), suffix: suffix.to_string() },
        position: None,
    };
    match anchor(scoped, &selector) {
        Anchoring::Exact(span) => Some((shift(span), ANCHOR_EXACT)),
        Anchoring::Fuzzy(span, _) => Some((shift(span), ANCHOR_FUZZY)),
        Anchoring::Orphan { .. } => None,
    }
}

/// The whole answer to `question_label` as a passage (the question as printed when it has no
/// answer), or `None` when the letter has no such question.
pub fn answer_passage(text: &str, question_label: &str) -> Option<Placement> {
    let disclosure = parse(text);
    let (_, question) = disclosure.question(question_label)?;
    let span = question.answer.as_ref().map_or(question.span, |answer| answer.span);
    let selector = selector_for(text, span)?;
    Some(Placement {
        quote: selector.quote.exact,
        prefix: selector.quote.prefix,
        suffix: selector.quote.suffix,
        span: Some(span),
        anchor_state: ANCHOR_EXACT,
        question_label: Some(question_label.to_string()),
    })
}

/// A note on the whole document.
pub fn document_placement() -> Placement {
    Placement {
        quote: String::new(),
        prefix: String::new(),
        suffix: String::new(),
        span: None,
        anchor_state: ANCHOR_ORPHAN,
        question_label: None,
    }
}

/// Where a stored annotation sits in `text` now: its stored place while the words there are
/// still its quote, else wherever the core's anchoring finds them, else nowhere (an orphan).
pub fn locate_annotation(text: &str, annotation: &NewAnnotation) -> (Option<Span>, &'static str) {
    if is_document_note(annotation) {
        return (None, ANCHOR_DOCUMENT);
    }
    if let (Some(start), Some(end)) = (annotation.start, annotation.end) {
        let (start, end) = (start as usize, end as usize);
        if text.get(start..end) == Some(annotation.quote.as_str()) {
            let state = if annotation.anchor_state == ANCHOR_FUZZY { ANCHOR_FUZZY } else { ANCHOR_EXACT };
            return (Some(Span::new(start, end)), state);
        }
    }
    let selector = Selector {
        quote: TextQuoteSelector {
            exact: annotation.quote.clone(),
            prefix: annotation.prefix.clone(),
            suffix: annotation.suffix.clone(),
        },
        position: None,
    };
    match anchor(text, &selector) {
        Anchoring::Exact(span) => (Some(span), ANCHOR_EXACT),
        Anchoring::Fuzzy(span, _) => (Some(span), ANCHOR_FUZZY),
        Anchoring::Orphan { .. } => (None, ANCHOR_ORPHAN),
    }
}

/// A note made on an earlier answer to the same question.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlierAnnotation {
    /// The question of the newer letter it is offered to.
    pub question_label: String,
    /// The note, as stored on the earlier letter.
    pub annotation: Annotation,
    /// The earlier letter's question, as a member of the thread.
    pub member: ThreadMemberRecord,
    /// The thread both answers are in.
    pub thread_id: i64,
}

/// For every question of `document_id` that is in a question thread, the live notes on the
/// answers that come before it in that thread, the most recent letter first. Threads are
/// brought up to date first, so a letter just imported finds last year's notes.
pub fn earlier_thread_annotations(store: &mut Store, document_id: i64) -> Result<Vec<EarlierAnnotation>> {
    update_threads(store)?;
    let mut earlier = Vec::new();
    for thread in store.list_threads(2)? {
        // Members come oldest letter first, so the earlier answers are the ones listed before.
        for (position, member) in thread.members.iter().enumerate() {
            let Some(question_label) = member.question_label.as_deref().filter(|_| member.document_id == document_id)
            else {
                continue;
            };
            for previous in
                thread.members[..position].iter().rev().filter(|previous| previous.document_id != document_id)
            {
                let Some(label) = previous.question_label.as_deref() else { continue };
                for annotation in store.list_annotations(previous.document_id)? {
                    if annotation.content.question_label.as_deref() == Some(label) {
                        earlier.push(EarlierAnnotation {
                            question_label: question_label.to_string(),
                            annotation,
                            member: previous.clone(),
                            thread_id: thread.id,
                        });
                    }
                }
            }
        }
    }
    Ok(earlier)
}

/// Copies a note onto `document_id`'s answer to `question_label`: its quote is looked for in
/// that question (exact, then fuzzy); when the words are gone it lands as an orphan on that
/// question, for the reviewer to place. Returns the new annotation's id once committed.
pub fn copy_annotation_forward(
    store: &mut Store,
    annotation_id: i64,
    document_id: i64,
    question_label: &str,
) -> Result<i64> {
    let source = store.get_annotation(annotation_id)?.content;
    let target = store.get_document(document_id)?;
    let placement = if is_document_note(&source) {
        document_placement()
    } else {
        let request = PassageRequest {
            quote: source.quote.clone(),
            prefix: source.prefix.clone(),
            suffix: source.suffix.clone(),
            position: None,
            question_label: Some(question_label.to_string()),
        };
        let mut placement = place_passage(&target.text, &request);
        placement.question_label = Some(question_label.to_string());
        placement
    };
    store.insert_annotation(&placement.into_annotation(document_id, &source.note, &source.colour, &source.tags))
}
