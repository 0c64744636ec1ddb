//! Question threads: the same question asked of the same authority in different letters,
//! grouped and ordered, plus "the same request sent to other authorities".
//!
//! Letters are matched first, then their questions. Two letters are candidates when one body
//! wrote both (the same authority, or, when the reader found none, the marks of [`issuer`]) and
//! their requests share rare words; words are weighed by a fixed table of how common they are
//! across bodies ([`vocabulary`]), so a library of three letters judges as well as a large one.
//! The questions of two candidate letters are then lined up one to one ([`align`]), a re-worded
//! question or one that gained or lost a period still scoring high; a question split in two may
//! join the thread of the question it came from. Two questions are compared as wholes and by their
//! asks ([`normalise::ask_of`]: the first sentence, asides dropped), so a question re-asked with
//! other qualifications still meets itself; an ask counts for a little less than the whole, and
//! for less again where a letter names no authority. The closer two letters' requests, the lower
//! the bar their questions must clear. Two questions that count different events ("investigated"
//! and "hearings"), that share only words most bodies' letters use, or of which one is merely
//! contained in the other, are never one question; two letters of one request each are also
//! matched by their titles. A question counting the very thing an earlier question of the same
//! named authority counted ("How many officers do you have?") continues its thread whatever the
//! rest of the two letters ask: such a question has no rare word to be found by.
//!
//! Candidates come from an inverted index keyed by (body, term) and only a letter's rarest terms
//! are looked up, so adding a letter costs about the same whatever the size of the library: no
//! two letters are compared unless they share a writer and a rare term.
//!
//! [`ThreadIndex`] is incremental: add letters one at a time and it proposes, for each question,
//! the thread it belongs to. Given the same letters in the same order, it gives the same threads.
//! Reviewer decisions come in as pins (this question belongs to that reviewer thread) and
//! exclusions (never propose this question for that thread); the index never overrides them.
//!
//! ```
//! use disclosure_core::threads::{DocumentInput, QuestionInput, ThreadIndex};
//! let letter = |id, year: i32| DocumentInput {
//!     document_id: id,
//!     authority: Some("Fernshire Constabulary".into()),
//!     reference: Some(format!("FC/{year}/{id}")),
//!     date: chrono::NaiveDate::from_ymd_opt(year, 2, 1),
//!     title: String::new(),
//!     opening: String::new(),
//!     questions: vec![QuestionInput { label: Some("1".into()), text: format!("How many officers were suspended in {}?", year - 1) }],
//! };
//! let mut index = ThreadIndex::new();
//! index.add_document(&letter(1, 2022));
//! index.add_document(&letter(2, 2023));
//! let threads = index.threads();
//! assert_eq!(threads.len(), 1);
//! assert_eq!(threads[0].members.len(), 2);
//! ```

pub mod align;
pub mod issuer;
pub mod normalise;
pub mod order;
pub mod timeline;
pub mod trends;
pub mod vocabulary;

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;

pub use normalise::question_terms;
pub use order::{reference_year, LetterOrder};

use issuer::{issuer_marks, SAME_ISSUER_MARKS};
use vocabulary::term_weight;

/// Similarity from which two questions are taken to ask the same thing, by how close the two
/// letters' whole requests are: (least request similarity, least question similarity), closest
/// subjects first. Questions of letters on loosely related subjects must say it all themselves.
const SAME_QUESTION_SCORES: &[(f64, f64)] = &[(0.35, 0.45), (0.25, 0.53), (0.0, 0.55)];
/// Similarity of two whole requests from which a question may be a part split off another.
const SAME_SUBJECT_SCORE: f64 = 0.25;
/// Similarity of two whole requests below which their questions are not compared at all.
const RELATED_SUBJECT_SCORE: f64 = 0.12;
/// Similarity from which a question pair is taken whatever the other questions of the letters.
const UNAMBIGUOUS_SCORE: f64 = 0.8;
/// How far a question pair must score above the new question's next best match in the earlier
/// letter to be taken.
const AMBIGUITY_MARGIN: f64 = 0.03;
/// Least weighted cosine of two questions for them to be the same question, however much of one
/// lies in the other.
const LEAST_OVERLAP: f64 = 0.38;
/// Similarity of two whole requests from which one letter's title, standing for its request, is
/// plainly the other's subject ("Temporary accommodation" and the hotels paid for it): a question
/// then overlapping less, down to [`CLOSE_SUBJECT_OVERLAP`], may still continue the title's.
const CLOSE_SUBJECT_SCORE: f64 = 0.5;
/// Least weighted cosine of a title and a question of letters on plainly one subject.
const CLOSE_SUBJECT_OVERLAP: f64 = 0.3;
/// How much less two questions that ask alike score than two put alike as a whole: an ask is a
/// sentence, and a sentence of one subject's words resembles another's more easily.
const ASK_DISCOUNT: f64 = 0.1;
/// Score of a question asking to count the very thing an earlier question of the writer counted:
/// its ask is the same, less [`ASK_DISCOUNT`].
const SAME_COUNT_SCORE: f64 = 1.0 - ASK_DISCOUNT;
/// How much of a question must be contained in another for it to be a part split off it.
const SPLIT_CONTAINMENT: f64 = 0.85;
/// How many of a letter's rarest request terms are looked up in the index.
const LOOKUP_TERMS: usize = 12;
/// How many letters are read from one posting list (the most recent ones): a term shared by
/// hundreds of letters of one body is not rare and finds nothing useful.
const POSTING_CAP: usize = 32;
/// How many of the latest earlier questions counting the same thing are looked at: the latest
/// are in the threads that are still asked.
const COUNT_LOOKUPS: usize = 4;
/// How many letters found by their rare terms are scored as whole requests, those sharing the
/// most terms first: a body asked about one subject every week must not make each new letter
/// score hundreds of its earlier ones.
const SCORED_LETTERS: usize = 64;
/// How many candidate letters are compared question by question, best subjects first.
const COMPARED_LETTERS: usize = 24;
/// How many questions of a letter are lined up with another's: a page of furniture read as
/// hundreds of questions must not cost the square of its length.
const COMPARED_QUESTIONS: usize = 150;
/// How much of a letter without questions read stands for its request.
const OPENING_REQUEST_CHARS: usize = 1500;
/// Least summed weight of the terms two questions share for them to be the same question: a
/// match on "council" and "information" alone is page furniture read as a question, not a request.
const SHARED_WEIGHT_FLOOR: f64 = 5.0;
/// Weight from which a term is fairly uncommon: used by fewer than one body in six (see
/// [`vocabulary`]); "officer", "force" and "made" are below it.
const DISTINCTIVE_TERM_WEIGHT: f64 = 2.3;
/// Least summed weight of the fairly uncommon terms two questions share: one word few bodies use
/// (a word outside the table weighs 4.4), or two fairly uncommon ones.
const SUBJECT_TERMS_WEIGHT: f64 = 4.4;
/// Least summed weight of the terms two titles share for them to name one subject: a title is
/// short, and two fairly rare words ("vacant properties") name one; two of the commonest words
/// of a body's letters ("officer misconduct") do not.
const SHARED_TITLE_WEIGHT_FLOOR: f64 = 4.5;
/// Low bits of a body key filed by a letter that names its authority.
const NAMED_MARK: u32 = 2;
/// Low bits of a body key filed by a letter that names none.
const UNNAMED_MARK: u32 = 1;
/// Fewest distinct terms for a question to count as "the same request" elsewhere: "And 2021?"
/// is the same everywhere and means nothing.
const FINGERPRINT_MIN_TERMS: usize = 3;

/// One question of a letter, as given to the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionInput {
    /// The label printed by the requester ("1", "Q2"), when there was one.
    pub label: Option<String>,
    /// The question's words.
    pub text: String,
}

/// One letter, as given to the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInput {
    /// The caller's id for the letter; threads refer to letters by it.
    pub document_id: i64,
    /// The authority that answered, as read; without one, the letter's [`issuer`] marks decide.
    pub authority: Option<String>,
    /// The request reference as printed: a mark of its writer and, undated, its place in time.
    pub reference: Option<String>,
    /// The response date, for ordering a thread's members.
    pub date: Option<NaiveDate>,
    /// The letter's title (its heading), part of what the request is about.
    pub title: String,
    /// The opening of the letter's text: its letterhead, and its request when no question was read.
    pub opening: String,
    /// The questions, in the letter's order.
    pub questions: Vec<QuestionInput>,
}

/// Identifies a question across re-parsing: its letter and its label (or `#index` without one).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionKey {
    /// The letter.
    pub document_id: i64,
    /// The printed label, or `#` and the question's position (from 1) when it has none.
    pub key: String,
}

impl QuestionKey {
    /// The key of question `question_idx` of a letter, labelled `label`.
    pub fn new(document_id: i64, question_idx: usize, label: Option<&str>) -> Self {
        QuestionKey { document_id, key: crate::parse::question_key(label, question_idx) }
    }
}

/// Index of a thread within one [`ThreadIndex`].
pub type ThreadId = usize;

/// Where a question of a newly added letter was put.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// The question's position in its letter.
    pub question_idx: usize,
    /// The thread it joined or started.
    pub thread: ThreadId,
    /// The score against the thread it joined; `None` when it started a new thread or was pinned.
    pub score: Option<f64>,
}

/// A member of a thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadMember {
    /// The letter.
    pub document_id: i64,
    /// The question's position in its letter.
    pub question_idx: usize,
    /// The question's printed label.
    pub label: Option<String>,
    /// The letter's response date.
    pub date: Option<NaiveDate>,
    /// The letter's reference.
    pub reference: Option<String>,
    /// The question's words (the letter's title when no question was read).
    pub text: String,
    /// True when a reviewer put it there.
    pub pinned: bool,
    /// How alike it is to the thread it joined (0–1); `None` for the question that started it
    /// and for the reviewer's.
    pub score: Option<f64>,
}

/// A thread: one question of one authority followed across letters, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Thread {
    /// Its index.
    pub id: ThreadId,
    /// The reviewer's thread this continues, when it was pinned.
    pub reviewer_thread: Option<i64>,
    /// The authority asked (empty when no letter of it named one).
    pub authority: String,
    /// A title: the most recent member's question.
    pub title: String,
    /// Members in [`LetterOrder`], then by letter and position.
    pub members: Vec<ThreadMember>,
}

/// A set of distinct terms with their summed weight.
#[derive(Debug, Default)]
struct TermSet {
    /// Distinct term ids, sorted.
    terms: Vec<u32>,
    weight: f64,
}

#[derive(Debug)]
struct IndexedQuestion {
    member: ThreadMember,
    /// Its letter, an index into the letters.
    letter: usize,
    terms: TermSet,
    /// The terms of what it asks ([`normalise::ask_of`]), without how it is qualified; `None`
    /// when they are all its terms, as for most questions of one sentence.
    ask: Option<TermSet>,
    /// The events it counts ([`normalise::measures_of`]).
    measures: u32,
    /// The kinds of quantity its ask asks for ([`normalise::quantities_of`]).
    quantities: u32,
    fingerprint: Option<u64>,
    /// The thing it counts, when it asks "how many" of something ([`normalise::counted_thing`]).
    counted: Option<u64>,
}

#[derive(Debug)]
struct IndexedLetter {
    authority: Option<u32>,
    /// Issuer mark ids, sorted.
    marks: Vec<u32>,
    request: TermSet,
    /// The terms of its title, which names what the whole request is about.
    title: TermSet,
    /// The events its title counts ([`normalise::measures_of`]).
    title_measures: u32,
    /// True when no question was read and its title stands for its one request.
    asked_by_title: bool,
    /// Indexes into `questions`.
    questions: Vec<usize>,
}

#[derive(Debug)]
struct ThreadState {
    authority: Option<u32>,
    reviewer_thread: Option<i64>,
    members: Vec<usize>,
}

/// The incremental thread builder. See the module documentation.
#[derive(Debug, Default)]
pub struct ThreadIndex {
    term_ids: FxHashMap<String, u32>,
    term_weights: Vec<f64>,
    authority_ids: FxHashMap<String, u32>,
    authorities: Vec<String>,
    mark_ids: FxHashMap<String, u32>,
    letters: Vec<IndexedLetter>,
    questions: Vec<IndexedQuestion>,
    question_thread: Vec<ThreadId>,
    question_of: FxHashMap<(i64, usize), usize>,
    threads: Vec<ThreadState>,
    /// (body key, term) → letters, oldest first. Body keys are authority ids and mark ids, told
    /// apart by their two lowest bits (see [`ThreadIndex::filing_keys`]).
    postings: FxHashMap<(u32, u32), Vec<usize>>,
    pins: HashMap<QuestionKey, i64>,
    exclusions: HashSet<(QuestionKey, i64)>,
    reviewer_threads: HashMap<i64, ThreadId>,
    fingerprints: FxHashMap<u64, Vec<usize>>,
    /// (authority, thing counted) → questions, oldest first: "How many officers do you have?"
    /// asked again says too little to find its letter by rare terms, and needs none.
    counts: FxHashMap<(u32, u64), Vec<usize>>,
}

/// A question of the new letter and where it might go.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    score: f64,
    question: usize,
    thread: ThreadId,
    /// True when the question is a part split off the thread's question, which may then take a
    /// second question of the letter.
    split: bool,
}

impl ThreadIndex {
    /// An empty index.
    pub fn new() -> Self {
        ThreadIndex::default()
    }

    /// Puts a question in the reviewer's thread `reviewer_thread` whenever its letter is added.
    pub fn pin(&mut self, question: QuestionKey, reviewer_thread: i64) {
        self.pins.insert(question, reviewer_thread);
    }

    /// Never proposes `question` for the reviewer's thread `reviewer_thread`.
    pub fn exclude(&mut self, question: QuestionKey, reviewer_thread: i64) {
        self.exclusions.insert((question, reviewer_thread));
    }

    fn term_set(&mut self, words: Vec<String>) -> TermSet {
        let mut terms: Vec<u32> = words.into_iter().map(|term| self.intern_term(term)).collect();
        terms.sort_unstable();
        terms.dedup();
        let weight = terms.iter().map(|&term| self.term_weights[term as usize]).sum();
        TermSet { terms, weight }
    }

    fn intern_term(&mut self, term: String) -> u32 {
        if let Some(id) = self.term_ids.get(&term) {
            return *id;
        }
        let id = self.term_weights.len() as u32;
        self.term_weights.push(term_weight(&term));
        self.term_ids.insert(term, id);
        id
    }

    fn intern_mark(&mut self, mark: String) -> u32 {
        let next = self.mark_ids.len() as u32;
        *self.mark_ids.entry(mark).or_insert(next)
    }

    /// Summed weight of the terms two sets share.
    fn shared_weight(&self, first: &TermSet, second: &TermSet) -> f64 {
        let (mut shared, mut i, mut j) = (0.0, 0, 0);
        while i < first.terms.len() && j < second.terms.len() {
            match first.terms[i].cmp(&second.terms[j]) {
                std::cmp::Ordering::Equal => {
                    shared += self.term_weights[first.terms[i] as usize];
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        shared
    }

    /// Summed weight of the fairly uncommon terms two sets share (see [`DISTINCTIVE_TERM_WEIGHT`]).
    fn distinctive_shared_weight(&self, first: &TermSet, second: &TermSet) -> f64 {
        let (mut distinctive, mut i, mut j) = (0.0f64, 0, 0);
        while i < first.terms.len() && j < second.terms.len() {
            match first.terms[i].cmp(&second.terms[j]) {
                std::cmp::Ordering::Equal => {
                    let weight = self.term_weights[first.terms[i] as usize];
                    if weight >= DISTINCTIVE_TERM_WEIGHT {
                        distinctive += weight;
                    }
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        distinctive
    }

    /// Weighted cosine of two term sets (0–1), and how much of the smaller lies in the larger;
    /// both zero when they share less than `floor` of weight.
    fn similarity(&self, first: &TermSet, second: &TermSet, floor: f64) -> (f64, f64) {
        if first.weight <= 0.0 || second.weight <= 0.0 {
            return (0.0, 0.0);
        }
        let shared = self.shared_weight(first, second);
        if shared < floor {
            return (0.0, 0.0);
        }
        ((shared / (first.weight * second.weight).sqrt()).min(1.0), (shared / first.weight.min(second.weight)).min(1.0))
    }

    /// Adds one letter and proposes a thread for each of its questions: the thread of the
    /// question it lines up with best in an earlier letter of the same writer, or a new one. A
    /// thread takes one question of a letter (two when one is a part split off the other); the
    /// highest scores are settled first.
    pub fn add_document(&mut self, document: &DocumentInput) -> Vec<Proposal> {
        let authority = document
            .authority
            .as_deref()
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(|name| self.intern_authority(name));
        let letter = self.index_letter(document, authority);
        let new_questions = self.letters[letter].questions.clone();

        let mut proposals = Vec::new();
        let mut placed: FxHashSet<usize> = FxHashSet::default();
        let mut taken_threads: FxHashSet<ThreadId> = FxHashSet::default();
        // Reviewer pins first: they are decisions, not suggestions.
        for &question in &new_questions {
            let member = &self.questions[question].member;
            let key = QuestionKey::new(member.document_id, member.question_idx, member.label.as_deref());
            let Some(&reviewer_thread) = self.pins.get(&key) else { continue };
            let thread = match self.reviewer_threads.get(&reviewer_thread) {
                Some(&thread) => thread,
                None => {
                    let thread = self.new_thread(authority, Some(reviewer_thread));
                    self.reviewer_threads.insert(reviewer_thread, thread);
                    thread
                }
            };
            self.questions[question].member.pinned = true;
            self.join(question, thread, authority);
            placed.insert(question);
            taken_threads.insert(thread);
            proposals.push(Proposal {
                question_idx: self.questions[question].member.question_idx,
                thread,
                score: None,
            });
        }

        let mut candidates = self.candidates(letter);
        // A thread already of another named authority never takes this letter, whatever its marks.
        candidates.retain(|candidate| {
            let thread_authority = self.threads[candidate.thread].authority;
            !placed.contains(&candidate.question)
                && !self.is_excluded(candidate.question, candidate.thread)
                && (authority.is_none() || thread_authority.is_none() || thread_authority == authority)
        });
        candidates.sort_by(|a, b| {
            (a.split, b.score)
                .partial_cmp(&(b.split, a.score))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.question.cmp(&b.question))
                .then(a.thread.cmp(&b.thread))
        });
        // A question split in two gives a thread its second question, never a third.
        let mut split_threads: FxHashSet<ThreadId> = FxHashSet::default();
        for candidate in candidates {
            if placed.contains(&candidate.question)
                || (taken_threads.contains(&candidate.thread) && !candidate.split)
                || (candidate.split && !split_threads.insert(candidate.thread))
            {
                continue;
            }
            self.questions[candidate.question].member.score = Some(candidate.score);
            self.join(candidate.question, candidate.thread, authority);
            placed.insert(candidate.question);
            taken_threads.insert(candidate.thread);
            proposals.push(Proposal {
                question_idx: self.questions[candidate.question].member.question_idx,
                thread: candidate.thread,
                score: Some(candidate.score),
            });
        }
        for &question in new_questions.iter().filter(|question| !placed.contains(question)) {
            let thread = self.new_thread(authority, None);
            self.join(question, thread, authority);
            proposals.push(Proposal {
                question_idx: self.questions[question].member.question_idx,
                thread,
                score: None,
            });
        }
        proposals.sort_by_key(|proposal| proposal.question_idx);
        self.post(letter);
        proposals
    }

    /// Reads a letter into the index (not yet findable by later letters: see [`Self::post`]).
    fn index_letter(&mut self, document: &DocumentInput, authority: Option<u32>) -> usize {
        let letter = self.letters.len();
        // The title says what was asked too ("Gross Misconduct"): its words mark no writer.
        let asked: FxHashSet<String> = std::iter::once(document.title.as_str())
            .chain(document.questions.iter().map(|question| question.text.as_str()))
            .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect::<Vec<_>>())
            .collect();
        let marks =
            issuer_marks(document.authority.as_deref(), document.reference.as_deref(), &document.opening, &asked);
        // The writer's own name says who wrote, not what was asked: every letter of it shares it,
        // and so do the short forms its letters use ("the Met").
        let short_forms = document
            .authority
            .as_deref()
            .and_then(crate::authorities::resolve)
            .map_or_else(Vec::new, |known| known.short_forms.clone());
        let authority_words = document
            .authority
            .iter()
            .map(String::as_str)
            .chain(short_forms)
            .flat_map(|name| name.split(|c: char| !c.is_alphanumeric()))
            .map(str::to_lowercase);
        // Every word of the writer's names, common ones too ("police"), for what a question counts.
        let all_writer_words: FxHashSet<String> =
            authority_words.clone().map(|word| normalise::fold_synonym(normalise::stem(&word))).collect();
        let writer_words: FxHashSet<String> = marks
            .iter()
            .filter_map(|mark| mark.strip_prefix("name:").map(str::to_string))
            .chain(authority_words.filter(|word| word.len() > 2 && !vocabulary::is_common_word(word)))
            // Folded as the request's words are: "Moorlands" in a council's name is no wildfire.
            .map(|word| normalise::fold_synonym(normalise::stem(&word)))
            .collect();
        let initialisms = normalise::printed_initialisms(
            std::iter::once(document.title.as_str())
                .chain(document.questions.iter().map(|question| question.text.as_str())),
        );
        let about = |text: &str| -> Vec<String> {
            let mut words = question_terms(text);
            words.extend(normalise::initialism_terms(text, &initialisms));
            words.retain(|word| !writer_words.contains(word));
            words
        };
        let title_words = about(&document.title);
        let title_measures = normalise::measures_of(&title_words);
        let mut request_words: Vec<String> = title_words.clone();
        let mut question_ids = Vec::new();
        let mut texts: Vec<(Option<String>, String, String)> = document
            .questions
            .iter()
            .map(|question| (question.label.clone(), question.text.clone(), question.text.clone()))
            .collect();
        let says_something =
            |text: &str| about(text).iter().map(|word| term_weight(word)).sum::<f64>() >= SHARED_WEIGHT_FLOOR;
        if !texts.iter().any(|(_, text, _)| says_something(text)) {
            // Only page furniture was read as questions ("My council"), or nothing at all.
            texts.clear();
        }
        let asked_by_title = texts.is_empty() && says_something(&document.title);
        if asked_by_title {
            // No question read, but a title that names the subject ("Temporary accommodation"):
            // it is the one request, undiluted by the page around it.
            texts.push((None, document.title.clone(), document.title.clone()));
        }
        if texts.is_empty() {
            // No question read: the letter's opening stands for its one request.
            let opening: String = document.opening.chars().take(OPENING_REQUEST_CHARS).collect();
            let shown = if document.title.trim().is_empty() { opening.clone() } else { document.title.clone() };
            texts.push((None, format!("{} {}", document.title, opening), shown));
        }
        let mut previous_words: Vec<String> = Vec::new();
        let mut previous_ask: Vec<String> = Vec::new();
        for (question_idx, (label, text, shown)) in texts.into_iter().enumerate() {
            let (ask_text, rest_text) = normalise::split_ask(&text);
            let mut ask_words = about(&ask_text);
            let mut own_words = ask_words.clone();
            own_words.extend(about(&rest_text));
            let measures = normalise::measures_of(&own_words);
            let quantities = normalise::quantities_of(&ask_text);
            let fingerprint = fingerprint_of(&own_words);
            // "How many of those were dismissed?" asks about what the question before it named.
            let mut words = own_words;
            if normalise::refers_back(&text) {
                words.extend(previous_words.iter().cloned());
                ask_words.extend(previous_ask.iter().cloned());
            }
            previous_words = words.clone();
            previous_ask = ask_words.clone();
            // A "question" of common words alone is page furniture read as one ("My council"):
            // it says nothing of the subject.
            if words.iter().map(|word| term_weight(word)).sum::<f64>() >= SHARED_WEIGHT_FLOOR {
                request_words.extend(words.iter().cloned());
            }
            // What it counts is read from all its words: "How many complaints were received?
            // Please give them by ward and type of noise" counts noise complaints.
            let mut counted_words = words.clone();
            counted_words.retain(|word| !all_writer_words.contains(word));
            let terms = self.term_set(words);
            let ask = Some(self.term_set(ask_words)).filter(|ask| ask.terms != terms.terms);
            let counted = normalise::counted_thing(&ask_text, &counted_words).map(|words| {
                let mut hasher = DefaultHasher::new();
                words.hash(&mut hasher);
                hasher.finish()
            });
            let question = self.questions.len();
            self.question_of.insert((document.document_id, question_idx), question);
            self.questions.push(IndexedQuestion {
                member: ThreadMember {
                    document_id: document.document_id,
                    question_idx,
                    label,
                    date: document.date,
                    reference: document.reference.clone(),
                    text: shown,
                    pinned: false,
                    score: None,
                },
                letter,
                terms,
                ask,
                measures,
                quantities,
                fingerprint,
                counted,
            });
            question_ids.push(question);
        }
        let request = self.term_set(request_words);
        let title = self.term_set(title_words);
        let mut marks: Vec<u32> = marks.into_iter().map(|mark| self.intern_mark(mark)).collect();
        marks.sort_unstable();
        self.letters.push(IndexedLetter {
            authority,
            marks,
            request,
            title,
            title_measures,
            asked_by_title,
            questions: question_ids,
        });
        letter
    }

    /// The body keys a letter is filed under: its authority, and its marks (apart for letters
    /// with and without an authority, so that named letters only ever look for unnamed ones by
    /// their marks: two named letters are compared by their names alone).
    fn filing_keys(&self, letter: usize) -> Vec<u32> {
        let letter = &self.letters[letter];
        match letter.authority {
            Some(authority) => std::iter::once(authority << 2)
                .chain(letter.marks.iter().map(|mark| (mark << 2) | NAMED_MARK))
                .collect(),
            None => letter.marks.iter().map(|mark| (mark << 2) | UNNAMED_MARK).collect(),
        }
    }

    /// The body keys a letter looks for earlier letters under.
    fn lookup_keys(&self, letter: usize) -> Vec<u32> {
        let letter = &self.letters[letter];
        let unnamed = letter.marks.iter().map(|mark| (mark << 2) | UNNAMED_MARK);
        match letter.authority {
            Some(authority) => std::iter::once(authority << 2).chain(unnamed).collect(),
            None => unnamed.chain(letter.marks.iter().map(|mark| (mark << 2) | NAMED_MARK)).collect(),
        }
    }

    /// The letter's rarest request terms, most telling first.
    fn lookup_terms(&self, letter: usize) -> Vec<u32> {
        let letter = &self.letters[letter];
        let mut terms = letter.request.terms.clone();
        // Among terms as rare as each other, the title's name the subject: they are looked up first.
        let in_title = |term: &u32| letter.title.terms.binary_search(term).is_ok();
        terms.sort_by(|a, b| {
            self.term_weights[*b as usize]
                .total_cmp(&self.term_weights[*a as usize])
                .then(in_title(b).cmp(&in_title(a)))
                .then(a.cmp(b))
        });
        terms.truncate(LOOKUP_TERMS);
        terms
    }

    /// Files a letter so later letters find it: under each of its body keys, every term at least
    /// as rare as its own lookup terms (or fairly rare in any case), since a later letter looks up
    /// its rarest terms and they are rare whichever letter has them.
    fn post(&mut self, letter: usize) {
        let terms = self.lookup_terms(letter);
        let mut all_terms = self.letters[letter].request.terms.clone();
        all_terms.retain(|term| {
            self.term_weights[*term as usize] >= self.term_weights[terms.last().copied().unwrap_or(0) as usize].min(2.0)
        });
        for key in self.filing_keys(letter) {
            for &term in &all_terms {
                self.postings.entry((key, term)).or_default().push(letter);
            }
        }
        // Counts are only matched between letters naming one authority: filed under it alone.
        if let Some(authority) = self.letters[letter].authority {
            for &question in &self.letters[letter].questions {
                if let Some(counted) = self.questions[question].counted {
                    self.counts.entry((authority, counted)).or_default().push(question);
                }
            }
        }
    }

    /// True when the two letters are taken to come from one body.
    fn same_writer(&self, first: usize, second: usize) -> bool {
        let (first, second) = (&self.letters[first], &self.letters[second]);
        if let (Some(a), Some(b)) = (first.authority, second.authority) {
            return a == b;
        }
        let (mut shared, mut i, mut j) = (0, 0, 0);
        while i < first.marks.len() && j < second.marks.len() {
            match first.marks[i].cmp(&second.marks[j]) {
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        shared >= SAME_ISSUER_MARKS
    }

    /// Earlier letters of the same writer on a related subject, best first, with the subject score.
    fn candidate_letters(&self, letter: usize) -> Vec<(f64, usize)> {
        let mut found: Vec<usize> = Vec::new();
        let terms = self.lookup_terms(letter);
        for key in self.lookup_keys(letter) {
            for &term in &terms {
                if let Some(posting) = self.postings.get(&(key, term)) {
                    found.extend(posting.iter().rev().take(POSTING_CAP));
                }
            }
        }
        found.sort_unstable();
        // Letters sharing more of the rarest terms first: only so many are scored in full.
        let mut shared_terms: Vec<(usize, usize)> = Vec::with_capacity(found.len());
        for other in found {
            match shared_terms.last_mut() {
                Some((last, count)) if *last == other => *count += 1,
                _ => shared_terms.push((other, 1)),
            }
        }
        if shared_terms.len() > SCORED_LETTERS {
            shared_terms.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
            shared_terms.truncate(SCORED_LETTERS);
        }
        let mut scored: Vec<(f64, usize)> = shared_terms
            .into_iter()
            .map(|(other, _)| other)
            .filter(|&other| other != letter && self.same_writer(letter, other))
            .map(|other| {
                let (cosine, contained) =
                    self.similarity(&self.letters[letter].request, &self.letters[other].request, 0.0);
                let request = (cosine + contained) / 2.0;
                let one_request_each =
                    self.letters[letter].questions.len() == 1 && self.letters[other].questions.len() == 1;
                (if one_request_each { request.max(self.title_similarity(letter, other)) } else { request }, other)
            })
            .filter(|(score, _)| *score >= RELATED_SUBJECT_SCORE)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
        scored.truncate(COMPARED_LETTERS);
        scored
    }

    /// How alike two questions are (0–1), and how much of the smaller lies in the larger. Their
    /// asks are compared only when the whole questions fall short of `bar`, the similarity that
    /// makes them one question.
    fn question_score(&self, new: usize, old: usize, least_overlap: f64, ask_discount: f64, bar: f64) -> (f64, f64) {
        let (new, old) = (&self.questions[new], &self.questions[old]);
        // Questions counting different events are different questions.
        if new.measures != 0 && old.measures != 0 && new.measures & old.measures == 0 {
            return (0.0, 0.0);
        }
        // A count and a duration of one subject are different questions.
        if new.quantities != 0 && old.quantities != 0 && new.quantities & old.quantities == 0 {
            return (0.0, 0.0);
        }
        // Two questions may be put alike as a whole, or ask alike and qualify the ask differently.
        let (whole, asks_may_score) = self.term_pair_score(&new.terms, &old.terms, least_overlap);
        if !asks_may_score || whole.0 >= bar || new.ask.is_none() && old.ask.is_none() {
            return whole;
        }
        let (ask, _) = self.term_pair_score(
            new.ask.as_ref().unwrap_or(&new.terms),
            old.ask.as_ref().unwrap_or(&old.terms),
            least_overlap,
        );
        // An ask is short, so one lying wholly inside a longer one says little: asks are judged
        // by their overlap alone, and a part split off is told by the whole texts.
        // It also says less than the whole question, so it counts for a little less.
        let ask_overlap = 2.0 * ask.0 - ask.1 - ask_discount;
        (whole.0.max(ask_overlap), whole.1)
    }

    /// How alike two questions' terms are (0–1), and how much of the smaller lies in the larger;
    /// both naught when the two share too little to be one question. Then whether terms within
    /// these (their asks) could still score: not when these already share too little.
    fn term_pair_score(&self, new: &TermSet, old: &TermSet, least_overlap: f64) -> ((f64, f64), bool) {
        let (cosine, contained) = self.similarity(new, old, SHARED_WEIGHT_FLOOR);
        if cosine <= 0.0 {
            return ((0.0, 0.0), false);
        }
        // A short question wholly inside a long one ("How many chief officers do you have?"
        // within a recommendation naming chief constables) is contained but is not the same
        // question: the two must also overlap.
        if cosine < least_overlap {
            return ((0.0, 0.0), true);
        }
        // Words most bodies' letters use ("allegations made against officers of the force") say
        // how a question is put, not what it is about: two questions must share a word few
        // bodies use, or several fairly uncommon ones ("family liaison complaints").
        if self.distinctive_shared_weight(new, old) < SUBJECT_TERMS_WEIGHT {
            return ((0.0, 0.0), false);
        }
        // A question re-asked with more detail keeps most of its words: containment counts as
        // much as overlap.
        (((cosine + contained) / 2.0, contained), true)
    }

    /// How alike two letters' titles are (0–1): naught when they share too little to name one
    /// subject ("Officer misconduct" says little), or count different events.
    fn title_similarity(&self, first: usize, second: usize) -> f64 {
        let (first, second) = (&self.letters[first], &self.letters[second]);
        if first.title_measures != 0 && second.title_measures != 0 && first.title_measures & second.title_measures == 0
        {
            return 0.0;
        }
        let (cosine, contained) = self.similarity(&first.title, &second.title, SHARED_TITLE_WEIGHT_FLOOR);
        if cosine < LEAST_OVERLAP {
            return 0.0;
        }
        (cosine + contained) / 2.0
    }

    /// Where each question of a new letter might go: per candidate letter, its questions lined
    /// up one to one with the new letter's, and the parts split off a question.
    fn candidates(&self, letter: usize) -> Vec<Candidate> {
        let mut candidates = Vec::new();
        let questions_of = |letter: usize| {
            &self.letters[letter].questions[..self.letters[letter].questions.len().min(COMPARED_QUESTIONS)]
        };
        let new_questions = questions_of(letter);
        self.same_count_candidates(letter, new_questions, &mut candidates);
        for (subject, other) in self.candidate_letters(letter) {
            let threshold = same_question_score(subject);
            // A title standing for a letter's request names its subject in a few words, which a
            // question of a letter plainly on that subject holds among many more of its own.
            let by_title = self.letters[letter].asked_by_title || self.letters[other].asked_by_title;
            // A letter naming no authority is only taken to share its writer by its marks: its asks
            // must say more before two questions are one.
            let named = self.letters[letter].authority.is_some() && self.letters[other].authority.is_some();
            let ask_discount = if named { ASK_DISCOUNT } else { 2.0 * ASK_DISCOUNT };
            let least_overlap =
                if by_title && subject >= CLOSE_SUBJECT_SCORE { CLOSE_SUBJECT_OVERLAP } else { LEAST_OVERLAP };
            let old_questions = questions_of(other);
            let mut scores = vec![vec![0.0; old_questions.len()]; new_questions.len()];
            let mut containment = vec![vec![0.0; old_questions.len()]; new_questions.len()];
            for (row, &new) in new_questions.iter().enumerate() {
                for (column, &old) in old_questions.iter().enumerate() {
                    let (score, contained) = self.question_score(new, old, least_overlap, ask_discount, threshold);
                    scores[row][column] = score;
                    containment[row][column] = contained;
                }
            }
            // Two letters of one request each: the request is the whole letter, and its title
            // names it better than its wording, often long and padded, does.
            // Titles alike say little of letters of an unnamed writer, whose pages may share
            // their titles' words across requests ("Yellow Card reporting").
            if named && new_questions.len() == 1 && old_questions.len() == 1 {
                scores[0][0] = scores[0][0].max(self.title_similarity(letter, other));
            }
            let aligned = align::align(&scores, threshold);
            let mut rows_aligned = vec![false; new_questions.len()];
            for &(row, column) in &aligned {
                rows_aligned[row] = true;
                // A new question resembling two earlier ones is a guess between two threads. Two
                // new questions resembling one earlier one are not: the assignment chose which
                // continues it, and the other starts a thread of its own.
                if is_ambiguous(&scores[row], column, AMBIGUITY_MARGIN) {
                    continue;
                }
                let old = old_questions[column];
                if let Some(&thread) = self.question_thread.get(old) {
                    candidates.push(Candidate {
                        score: scores[row][column],
                        question: new_questions[row],
                        thread,
                        split: false,
                    });
                }
            }
            if subject < SAME_SUBJECT_SCORE {
                continue;
            }
            // A question split in two: the part the assignment left out, wholly inside one old question.
            for (row, &new) in new_questions.iter().enumerate().filter(|(row, _)| !rows_aligned[*row]) {
                let best =
                    (0..old_questions.len()).max_by(|&a, &b| containment[row][a].total_cmp(&containment[row][b]));
                if let Some(column) = best.filter(|&column| {
                    containment[row][column] >= SPLIT_CONTAINMENT
                        && scores[row][column] >= same_question_score(1.0) * 0.75
                }) {
                    if let Some(&thread) = self.question_thread.get(old_questions[column]) {
                        candidates.push(Candidate { score: scores[row][column], question: new, thread, split: true });
                    }
                }
            }
        }
        candidates
    }

    /// The threads of earlier questions of the writer that count the very thing a new question
    /// counts ("How many officers do you have?"), however unrelated the rest of the two letters:
    /// a count of one thing asked in the same words is one question.
    /// Only letters naming one authority: a count asked alike says nothing of who was asked it.
    fn same_count_candidates(&self, letter: usize, new_questions: &[usize], candidates: &mut Vec<Candidate>) {
        let Some(authority) = self.letters[letter].authority else { return };
        for &new in new_questions {
            let Some(counted) = self.questions[new].counted else { continue };
            let Some(earlier) = self.counts.get(&(authority, counted)) else { continue };
            let mut threads: Vec<ThreadId> = Vec::new();
            for &old in earlier.iter().rev().take(COUNT_LOOKUPS) {
                let Some(&thread) = self.question_thread.get(old) else { continue };
                if self.questions[old].letter != letter && !threads.contains(&thread) {
                    threads.push(thread);
                    candidates.push(Candidate { score: SAME_COUNT_SCORE, question: new, thread, split: false });
                }
            }
        }
    }

    fn intern_authority(&mut self, name: &str) -> u32 {
        // Case and spacing of a letterhead vary; the authority does not.
        let key = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if let Some(id) = self.authority_ids.get(&key) {
            return *id;
        }
        let id = self.authorities.len() as u32;
        self.authority_ids.insert(key, id);
        self.authorities.push(name.to_string());
        id
    }

    fn new_thread(&mut self, authority: Option<u32>, reviewer_thread: Option<i64>) -> ThreadId {
        self.threads.push(ThreadState { authority, reviewer_thread, members: Vec::new() });
        self.threads.len() - 1
    }

    /// Puts a question of a letter of `authority` in a thread; a thread started by letters that
    /// named no authority takes the first one named.
    fn join(&mut self, question: usize, thread: ThreadId, authority: Option<u32>) {
        if self.question_thread.len() <= question {
            self.question_thread.resize(question + 1, usize::MAX);
        }
        self.question_thread[question] = thread;
        self.threads[thread].members.push(question);
        if self.threads[thread].authority.is_none() {
            self.threads[thread].authority = authority;
        }
        if let Some(fingerprint) = self.questions[question].fingerprint {
            self.fingerprints.entry(fingerprint).or_default().push(question);
        }
    }

    fn is_excluded(&self, question: usize, thread: ThreadId) -> bool {
        let Some(reviewer_thread) = self.threads[thread].reviewer_thread else { return false };
        let member = &self.questions[question].member;
        let key = QuestionKey::new(member.document_id, member.question_idx, member.label.as_deref());
        self.exclusions.contains(&(key, reviewer_thread))
    }

    /// Every thread, in the order they were started.
    pub fn threads(&self) -> Vec<Thread> {
        self.threads.iter().enumerate().map(|(id, state)| self.thread(id, state)).collect()
    }

    fn thread(&self, id: ThreadId, state: &ThreadState) -> Thread {
        let mut members: Vec<ThreadMember> =
            state.members.iter().map(|&question| self.questions[question].member.clone()).collect();
        members.sort_by_cached_key(|member| {
            (LetterOrder::new(member.date, member.reference.as_deref()), member.document_id, member.question_idx)
        });
        // The earliest member opens the thread; the others are scored against it.
        if let Some(first) = members.first_mut().filter(|_| state.reviewer_thread.is_none()) {
            first.score = None;
        }
        for member in members.iter_mut().skip(1).filter(|member| member.score.is_none() && !member.pinned) {
            member.score = Some(1.0);
        }
        let title = members.last().map(|member| member.text.clone()).unwrap_or_default();
        Thread {
            id,
            reviewer_thread: state.reviewer_thread,
            authority: state
                .authority
                .and_then(|authority| self.authorities.get(authority as usize).cloned())
                .unwrap_or_default(),
            title,
            members,
        }
    }

    /// The thread a question of a letter is in, when the letter was added.
    pub fn thread_of(&self, document_id: i64, question_idx: usize) -> Option<ThreadId> {
        self.question_of
            .get(&(document_id, question_idx))
            .and_then(|&question| self.question_thread.get(question).copied())
    }

    /// "Same request, other authorities": groups of threads of at least two authorities in which
    /// a question reads the same once normalised. Each group sorted, groups sorted.
    pub fn same_request_elsewhere(&self) -> Vec<Vec<ThreadId>> {
        let mut groups: Vec<Vec<ThreadId>> = Vec::new();
        for questions in self.fingerprints.values() {
            let mut threads: Vec<ThreadId> =
                questions.iter().filter_map(|&question| self.question_thread.get(question).copied()).collect();
            threads.sort_unstable();
            threads.dedup();
            let authorities: HashSet<Option<u32>> =
                threads.iter().map(|&thread| self.threads[thread].authority).collect();
            if authorities.len() > 1 && !authorities.contains(&None) {
                groups.push(threads);
            }
        }
        groups.sort_unstable();
        groups.dedup();
        groups
    }
}

/// True when the match at `chosen` among `scores` (one question against the questions of the
/// other letter) is not clearly better than another: "rank of each officer whose vetting was
/// withdrawn" and "officers whose vetting was withdrawn who left" both resemble "officers whose
/// vetting was withdrawn", and telling which continues it is a guess. A near-identical match is
/// never ambiguous.
fn is_ambiguous(scores: &[f64], chosen: usize, margin: f64) -> bool {
    let score = scores[chosen];
    if score >= UNAMBIGUOUS_SCORE {
        return false;
    }
    let runner_up =
        scores.iter().enumerate().filter(|(other, _)| *other != chosen).map(|(_, score)| *score).fold(0.0, f64::max);
    score - runner_up < margin
}

/// The similarity two questions need to be the same question, given how alike their letters'
/// requests are (see [`SAME_QUESTION_SCORES`]).
pub fn same_question_score(subject: f64) -> f64 {
    SAME_QUESTION_SCORES.iter().find(|(least_subject, _)| subject >= *least_subject).map_or(1.0, |(_, score)| *score)
}

/// A hash of a question's distinct terms, when it has enough of them to mean something.
fn fingerprint_of(words: &[String]) -> Option<u64> {
    let mut distinct: Vec<&str> = words.iter().map(String::as_str).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < FINGERPRINT_MIN_TERMS {
        return None;
    }
    // SipHash with fixed keys: the same words give the same fingerprint in every run.
    let mut hasher = DefaultHasher::new();
    distinct.hash(&mut hasher);
    Some(hasher.finish())
}
