//! Question threads: the same question asked of the same authority in different letters,
//! grouped and ordered by date, plus "the same request sent to other authorities".
//!
//! Questions are reduced to meaning-bearing terms ([`normalise`]), weighted by how rare they are
//! among the questions seen (inverse document frequency), and compared with a weighted Jaccard
//! score. Candidates come from an inverted index keyed by (authority, term) and only the
//! question's rarest terms are looked up, so adding a letter costs about the same whatever the
//! size of the library: no pair of questions is ever compared unless they share a rare term.
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
//!     date: chrono::NaiveDate::from_ymd_opt(year, 2, 1),
//!     questions: vec![QuestionInput { label: Some("1".into()), text: format!("How many officers were suspended in {}?", year - 1) }],
//! };
//! let mut index = ThreadIndex::new();
//! index.add_document(&letter(1, 2022));
//! index.add_document(&letter(2, 2023));
//! let threads = index.threads();
//! assert_eq!(threads.len(), 1);
//! assert_eq!(threads[0].members.len(), 2);
//! ```

pub mod normalise;
pub mod timeline;
pub mod trends;

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;

pub use normalise::question_terms;

/// Weighted Jaccard score from which two questions are taken to ask the same thing.
pub const SAME_QUESTION_SCORE: f64 = 0.5;
/// How many of a question's rarest terms are looked up in the index.
const LOOKUP_TERMS: usize = 4;
/// How many threads are read from one posting list (the most recent ones): a term shared by
/// hundreds of threads of one authority is not rare and finds nothing useful.
const POSTING_CAP: usize = 48;
/// How many recent members of a thread a question is compared with: wording drifts over the
/// years, so the latest members speak for the thread.
const RECENT_MEMBERS: usize = 3;
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
    /// The authority that answered; letters without one are never threaded.
    pub authority: Option<String>,
    /// The response date, for ordering a thread's members.
    pub date: Option<NaiveDate>,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadMember {
    /// The letter.
    pub document_id: i64,
    /// The question's position in its letter.
    pub question_idx: usize,
    /// The question's printed label.
    pub label: Option<String>,
    /// The letter's response date.
    pub date: Option<NaiveDate>,
    /// The question's words.
    pub text: String,
    /// True when a reviewer put it there.
    pub pinned: bool,
}

/// A thread: one question of one authority followed across letters, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    /// Its index.
    pub id: ThreadId,
    /// The reviewer's thread this continues, when it was pinned.
    pub reviewer_thread: Option<i64>,
    /// The authority asked.
    pub authority: String,
    /// A title: the most recent member's question.
    pub title: String,
    /// Members by date (undated last), then by letter and position.
    pub members: Vec<ThreadMember>,
}

#[derive(Debug)]
struct IndexedQuestion {
    member: ThreadMember,
    /// Distinct term ids, sorted.
    terms: Vec<u32>,
    fingerprint: Option<u64>,
}

#[derive(Debug)]
struct ThreadState {
    authority: u32,
    reviewer_thread: Option<i64>,
    members: Vec<usize>,
    terms: HashSet<u32>,
}

/// The incremental thread builder. See the module documentation.
#[derive(Debug, Default)]
pub struct ThreadIndex {
    term_ids: HashMap<String, u32>,
    /// Per term: how many questions contain it.
    term_counts: Vec<u32>,
    n_questions: u32,
    /// Terms already counted by [`ThreadIndex::count_terms`], so adding the letter later does
    /// not count them twice.
    counted_documents: HashSet<i64>,
    authority_ids: HashMap<String, u32>,
    authorities: Vec<String>,
    questions: Vec<IndexedQuestion>,
    question_thread: Vec<ThreadId>,
    threads: Vec<ThreadState>,
    postings: HashMap<(u32, u32), Vec<ThreadId>>,
    pins: HashMap<QuestionKey, i64>,
    exclusions: HashSet<(QuestionKey, i64)>,
    reviewer_threads: HashMap<i64, ThreadId>,
    fingerprints: HashMap<u64, Vec<usize>>,
}

impl ThreadIndex {
    /// An empty index.
    pub fn new() -> Self {
        ThreadIndex::default()
    }

    /// Counts the terms of letters before they are added, so the rarity of a term is known from
    /// the whole library rather than from the letters seen so far. Optional; used for rebuilds.
    pub fn count_terms(&mut self, document: &DocumentInput) {
        if !self.counted_documents.insert(document.document_id) {
            return;
        }
        for question in &document.questions {
            self.count_question(&question.text);
        }
    }

    /// Puts a question in the reviewer's thread `reviewer_thread` whenever its letter is added.
    pub fn pin(&mut self, question: QuestionKey, reviewer_thread: i64) {
        self.pins.insert(question, reviewer_thread);
    }

    /// Never proposes `question` for the reviewer's thread `reviewer_thread`.
    pub fn exclude(&mut self, question: QuestionKey, reviewer_thread: i64) {
        self.exclusions.insert((question, reviewer_thread));
    }

    fn count_question(&mut self, text: &str) -> Vec<u32> {
        self.count_terms_of(question_terms(text))
    }

    fn count_terms_of(&mut self, words: Vec<String>) -> Vec<u32> {
        let mut terms: Vec<u32> = words.into_iter().map(|term| self.intern_term(term)).collect();
        terms.sort_unstable();
        terms.dedup();
        for term in &terms {
            self.term_counts[*term as usize] += 1;
        }
        self.n_questions += 1;
        terms
    }

    fn intern_term(&mut self, term: String) -> u32 {
        if let Some(id) = self.term_ids.get(&term) {
            return *id;
        }
        let id = self.term_counts.len() as u32;
        self.term_ids.insert(term, id);
        self.term_counts.push(0);
        id
    }

    fn term_weight(&self, term: u32) -> f64 {
        let count = f64::from(self.term_counts.get(term as usize).copied().unwrap_or(0));
        ((f64::from(self.n_questions) + 1.0) / (count + 1.0)).ln() + 1.0
    }

    /// Weighted Jaccard score of two sorted term lists.
    fn score(&self, first: &[u32], second: &[u32]) -> f64 {
        let (mut shared, mut union) = (0.0, 0.0);
        let (mut i, mut j) = (0, 0);
        while i < first.len() || j < second.len() {
            match (first.get(i), second.get(j)) {
                (Some(a), Some(b)) if a == b => {
                    let weight = self.term_weight(*a);
                    shared += weight;
                    union += weight;
                    i += 1;
                    j += 1;
                }
                (Some(a), Some(b)) if a < b => {
                    union += self.term_weight(*a);
                    i += 1;
                }
                (Some(a), None) => {
                    union += self.term_weight(*a);
                    i += 1;
                }
                (_, Some(b)) => {
                    union += self.term_weight(*b);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        if union == 0.0 {
            0.0
        } else {
            shared / union
        }
    }

    /// Adds one letter and proposes a thread for each of its questions: the best-scoring thread
    /// of the same authority above [`SAME_QUESTION_SCORE`], or a new one. A thread takes at most
    /// one question of a letter; the highest scores are settled first.
    pub fn add_document(&mut self, document: &DocumentInput) -> Vec<Proposal> {
        let Some(authority_name) = document.authority.as_deref().map(str::trim).filter(|name| !name.is_empty()) else {
            return Vec::new();
        };
        let authority = self.intern_authority(authority_name);
        let already_counted = !self.counted_documents.insert(document.document_id);
        let first_question = self.questions.len();
        for (question_idx, question) in document.questions.iter().enumerate() {
            let words = question_terms(&question.text);
            let fingerprint = fingerprint_of(&words);
            let terms = if already_counted {
                let mut terms: Vec<u32> = words.into_iter().map(|term| self.intern_term(term)).collect();
                terms.sort_unstable();
                terms.dedup();
                terms
            } else {
                self.count_terms_of(words)
            };
            self.questions.push(IndexedQuestion {
                member: ThreadMember {
                    document_id: document.document_id,
                    question_idx,
                    label: question.label.clone(),
                    date: document.date,
                    text: question.text.clone(),
                    pinned: false,
                },
                terms,
                fingerprint,
            });
        }
        let new_questions: Vec<usize> = (first_question..self.questions.len()).collect();

        let mut proposals = Vec::new();
        let mut placed: HashSet<usize> = HashSet::new();
        let mut taken_threads: HashSet<ThreadId> = HashSet::new();
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
            self.join(question, thread);
            placed.insert(question);
            taken_threads.insert(thread);
            proposals.push(Proposal { question_idx: self.questions[question].member.question_idx, thread, score: None });
        }

        let mut candidates: Vec<(f64, usize, ThreadId)> = Vec::new();
        for &question in new_questions.iter().filter(|question| !placed.contains(question)) {
            for thread in self.candidate_threads(authority, question) {
                if taken_threads.contains(&thread) || self.is_excluded(question, thread) {
                    continue;
                }
                let score = self.thread_score(question, thread);
                if score >= SAME_QUESTION_SCORE {
                    candidates.push((score, question, thread));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (score, question, thread) in candidates {
            if placed.contains(&question) || taken_threads.contains(&thread) {
                continue;
            }
            self.join(question, thread);
            placed.insert(question);
            taken_threads.insert(thread);
            proposals.push(Proposal { question_idx: self.questions[question].member.question_idx, thread, score: Some(score) });
        }
        for &question in new_questions.iter().filter(|question| !placed.contains(question)) {
            let thread = self.new_thread(authority, None);
            self.join(question, thread);
            proposals.push(Proposal { question_idx: self.questions[question].member.question_idx, thread, score: None });
        }
        proposals.sort_by_key(|proposal| proposal.question_idx);
        proposals
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

    fn new_thread(&mut self, authority: u32, reviewer_thread: Option<i64>) -> ThreadId {
        self.threads.push(ThreadState { authority, reviewer_thread, members: Vec::new(), terms: HashSet::new() });
        self.threads.len() - 1
    }

    fn join(&mut self, question: usize, thread: ThreadId) {
        if self.question_thread.len() <= question {
            self.question_thread.resize(question + 1, usize::MAX);
        }
        self.question_thread[question] = thread;
        let authority = self.threads[thread].authority;
        self.threads[thread].members.push(question);
        for &term in &self.questions[question].terms {
            if self.threads[thread].terms.insert(term) {
                self.postings.entry((authority, term)).or_default().push(thread);
            }
        }
        if let Some(fingerprint) = self.questions[question].fingerprint {
            self.fingerprints.entry(fingerprint).or_default().push(question);
        }
    }

    fn candidate_threads(&self, authority: u32, question: usize) -> Vec<ThreadId> {
        let mut terms = self.questions[question].terms.clone();
        // Rarest first; ties by term id keep the choice deterministic.
        terms.sort_by_key(|term| (self.term_counts[*term as usize], *term));
        let mut found: Vec<ThreadId> = Vec::new();
        for term in terms.iter().take(LOOKUP_TERMS) {
            if let Some(posting) = self.postings.get(&(authority, *term)) {
                found.extend(posting.iter().rev().take(POSTING_CAP));
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    fn thread_score(&self, question: usize, thread: ThreadId) -> f64 {
        let terms = &self.questions[question].terms;
        self.threads[thread]
            .members
            .iter()
            .rev()
            .take(RECENT_MEMBERS)
            .map(|&member| self.score(terms, &self.questions[member].terms))
            .fold(0.0, f64::max)
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
        let mut members: Vec<ThreadMember> = state.members.iter().map(|&question| self.questions[question].member.clone()).collect();
        members.sort_by(|a, b| {
            (a.date.is_none(), a.date, a.document_id, a.question_idx).cmp(&(b.date.is_none(), b.date, b.document_id, b.question_idx))
        });
        let title = members.last().map(|member| member.text.clone()).unwrap_or_default();
        Thread {
            id,
            reviewer_thread: state.reviewer_thread,
            authority: self.authorities.get(state.authority as usize).cloned().unwrap_or_default(),
            title,
            members,
        }
    }

    /// The thread a question of a letter is in, when the letter was added.
    pub fn thread_of(&self, document_id: i64, question_idx: usize) -> Option<ThreadId> {
        self.questions
            .iter()
            .position(|question| question.member.document_id == document_id && question.member.question_idx == question_idx)
            .and_then(|question| self.question_thread.get(question).copied())
    }

    /// "Same request, other authorities": groups of threads of at least two authorities in which
    /// a question reads the same once normalised. Each group sorted, groups sorted.
    pub fn same_request_elsewhere(&self) -> Vec<Vec<ThreadId>> {
        let mut groups: Vec<Vec<ThreadId>> = Vec::new();
        for questions in self.fingerprints.values() {
            let mut threads: Vec<ThreadId> = questions.iter().filter_map(|&question| self.question_thread.get(question).copied()).collect();
            threads.sort_unstable();
            threads.dedup();
            let first_authority = threads.first().map(|&thread| self.threads[thread].authority);
            if threads.iter().any(|&thread| Some(self.threads[thread].authority) != first_authority) {
                groups.push(threads);
            }
        }
        groups.sort_unstable();
        groups.dedup();
        groups
    }
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
