//! Full-text search (SQLite FTS5) over documents' text, each question with its answer, and
//! annotation notes, with ranked results, highlighted snippets and facets.
//!
//! `search_source` says what each indexed row stands for; `search_text` holds the words. The
//! store keeps both in step inside the same transactions that change documents and annotations.
//! What the user types is never handed to FTS5 as syntax: each word becomes a quoted phrase,
//! so no query can fail to parse.

use disclosure_core::parse::{parse, Disclosure, PARSER_VERSION};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::connection::Store;
use crate::error::Result;

/// Marks the start of a highlighted run inside FTS5's snippet (a private-use character, never in letters).
const HIGHLIGHT_START: char = '\u{E000}';
/// Marks the end of a highlighted run.
const HIGHLIGHT_END: char = '\u{E001}';
/// How many words a snippet shows.
const SNIPPET_WORDS: i64 = 16;

/// The most matching rows ranked per query. Ranking costs a bm25 score per matching row, so a
/// word in every letter ("review") would cost hundreds of milliseconds on a large library; such a
/// query ranks only its newest this-many matches, and `count_search_matches` tells the reviewer
/// to add a word or a facet.
pub const RANKED_CANDIDATES: usize = 2000;

/// When the authority, year or decision chosen leave at most this many letters, their passages
/// are probed one by one instead of walking every match of the words typed.
const LETTERS_PROBED_ONE_BY_ONE: usize = 3000;

/// What a search asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// The words typed, as typed.
    pub text: String,
    /// Narrowing by library facts and review work.
    pub facets: SearchFacets,
    /// Treat the last word as a prefix (type-ahead while the user is still typing it).
    pub type_ahead: bool,
    /// At most this many results (0 means 50).
    pub limit: usize,
}

/// Facets that narrow a search; `None` means any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFacets {
    /// The authority, exactly as stored.
    pub authority: Option<String>,
    /// The year of the response date.
    pub year: Option<i32>,
    /// The decision, e.g. `partial`.
    pub decision: Option<String>,
    /// A tag on one of the document's live annotations (for a note: on that note).
    pub tag: Option<String>,
    /// The review status: of the answer for a question hit, else of the document.
    pub review_status: Option<String>,
    /// A provision applied in the document (for a question hit: to that question or the whole
    /// letter), as normalised, e.g. `40(2)`; a section alone (`40`) takes in its subsections.
    pub exemption: Option<String>,
    /// A question thread: the hit's question is in it (for a document or note: any of its questions is).
    pub thread_id: Option<i64>,
}

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKind {
    /// The document's whole text.
    Document,
    /// One question with its answer.
    Question,
    /// A reviewer's note (and its tags).
    Annotation,
}

impl SearchKind {
    /// `document`, `question` or `annotation`.
    pub fn as_str(self) -> &'static str {
        match self {
            SearchKind::Document => "document",
            SearchKind::Question => "question",
            SearchKind::Annotation => "annotation",
        }
    }

    fn from_stored(name: &str) -> SearchKind {
        match name {
            "question" => SearchKind::Question,
            "annotation" => SearchKind::Annotation,
            _ => SearchKind::Document,
        }
    }
}

/// A run of a snippet, highlighted when it matched the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetPart {
    /// The text of the run, to be shown as text.
    pub text: String,
    /// Whether it is a matched word.
    pub highlighted: bool,
}

/// One search result, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// What matched.
    pub kind: SearchKind,
    /// The document it is in.
    pub document_id: i64,
    /// The document's reference, when known.
    pub reference: Option<String>,
    /// The document's title.
    pub title: String,
    /// The authority, when known.
    pub authority: Option<String>,
    /// The response date, `YYYY-MM-DD`, when known.
    pub response_date: Option<String>,
    /// The question's label, for a question or an annotation on an answer.
    pub question_label: Option<String>,
    /// The annotation, for a note.
    pub annotation_id: Option<i64>,
    /// A few words around the match, matched words highlighted.
    pub snippet: Vec<SnippetPart>,
    /// FTS5's bm25 rank: lower is better.
    pub rank: f64,
}

/// The FTS5 expression for what the user typed: every word a quoted phrase, all required.
/// `None` when nothing searchable was typed.
pub fn match_expression(typed: &str, type_ahead: bool) -> Option<String> {
    let words: Vec<String> = typed
        .split_whitespace()
        .map(|word| word.chars().filter(|character| *character != '"' && !character.is_control()).collect::<String>())
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect();
    let last = words.len().checked_sub(1)?;
    let phrases: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(index, word)| if type_ahead && index == last { format!("\"{word}\"*") } else { format!("\"{word}\"") })
        .collect();
    Some(phrases.join(" "))
}

/// Splits FTS5's marked snippet into plain and highlighted runs.
fn snippet_parts(marked: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut highlighted = false;
    let mut current = String::new();
    for character in marked.chars() {
        if character == HIGHLIGHT_START || character == HIGHLIGHT_END {
            if !current.is_empty() {
                parts.push(SnippetPart { text: std::mem::take(&mut current), highlighted });
            }
            highlighted = character == HIGHLIGHT_START;
        } else {
            current.push(character);
        }
    }
    if !current.is_empty() {
        parts.push(SnippetPart { text: current, highlighted });
    }
    parts
}

fn insert_row(
    transaction: &Connection,
    kind: &str,
    document_id: i64,
    label: Option<&str>,
    annotation_id: Option<i64>,
    body: &str,
) -> rusqlite::Result<()> {
    transaction
        .prepare_cached(
            "INSERT INTO search_source (kind, document_id, question_label, annotation_id) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![kind, document_id, label, annotation_id])?;
    let id = transaction.last_insert_rowid();
    transaction.prepare_cached("INSERT INTO search_text (rowid, body) VALUES (?1, ?2)")?.execute(params![id, body])?;
    Ok(())
}

/// One question of a document with its answer, as search finds it beside the whole text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchPassage {
    /// The question's printed label (or its number), shown with the hit.
    pub question_label: Option<String>,
    /// The question and its answer.
    pub text: String,
}

/// The passages search indexes for a letter, from one reading of it.
pub fn search_passages(disclosure: &Disclosure) -> Vec<SearchPassage> {
    disclosure
        .questions
        .iter()
        .map(|question| {
            let label = question.label.clone().or_else(|| question.number.map(|number| number.to_string()));
            let answer = question.answer.as_ref().map_or("", |answer| answer.text.as_str());
            SearchPassage { question_label: label, text: format!("{}\n{answer}", question.text) }
        })
        .collect()
}

/// (Re)indexes one document's text and its questions with their answers, reading it first.
pub(crate) fn index_document(transaction: &Connection, document_id: i64, text: &str) -> rusqlite::Result<()> {
    index_read_document(transaction, document_id, text, &search_passages(&parse(text)))
}

/// (Re)indexes one document's text and the passages already read from it.
pub(crate) fn index_read_document(
    transaction: &Connection,
    document_id: i64,
    text: &str,
    passages: &[SearchPassage],
) -> rusqlite::Result<()> {
    unindex_document(transaction, document_id)?;
    index_new_document(transaction, document_id, text, passages)
}

fn unindex_document(transaction: &Connection, document_id: i64) -> rusqlite::Result<()> {
    transaction
        .prepare_cached(
            "DELETE FROM search_text WHERE rowid IN
             (SELECT id FROM search_source WHERE document_id = ?1 AND kind IN ('document', 'question'))",
        )?
        .execute([document_id])?;
    transaction
        .prepare_cached("DELETE FROM search_source WHERE document_id = ?1 AND kind IN ('document', 'question')")?
        .execute([document_id])?;
    Ok(())
}

/// Indexes a document that has no search rows yet.
pub(crate) fn index_new_document(
    transaction: &Connection,
    document_id: i64,
    text: &str,
    passages: &[SearchPassage],
) -> rusqlite::Result<()> {
    insert_row(transaction, "document", document_id, None, None, text)?;
    for passage in passages {
        insert_row(transaction, "question", document_id, passage.question_label.as_deref(), None, &passage.text)?;
    }
    transaction
        .prepare_cached(
            "INSERT INTO search_indexed (document_id, parser_version) VALUES (?1, ?2)
         ON CONFLICT (document_id) DO UPDATE SET parser_version = excluded.parser_version",
        )?
        .execute(params![document_id, PARSER_VERSION])?;
    Ok(())
}

/// (Re)indexes one annotation's note and tags; a deleted annotation leaves the index.
pub(crate) fn index_annotation(transaction: &Transaction<'_>, annotation_id: i64) -> rusqlite::Result<()> {
    transaction.execute(
        "DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_source WHERE annotation_id = ?1)",
        [annotation_id],
    )?;
    transaction.execute("DELETE FROM search_source WHERE annotation_id = ?1", [annotation_id])?;
    let live: Option<(i64, Option<String>, String)> = transaction
        .query_row(
            "SELECT document_id, question_label, note || char(10) ||
                    coalesce((SELECT group_concat(tag.name, ' ') FROM annotation_tag JOIN tag ON tag.id = annotation_tag.tag_id
                              WHERE annotation_tag.annotation_id = annotation.id), '')
             FROM annotation WHERE id = ?1 AND deleted_at IS NULL",
            [annotation_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    if let Some((document_id, label, body)) = live {
        insert_row(transaction, "annotation", document_id, label.as_deref(), Some(annotation_id), &body)?;
    }
    Ok(())
}

/// Indexes the documents not yet in the index, or indexed by older reading rules (a library
/// from before search existed, or a parser that improved), one transaction per document.
pub(crate) fn index_pending_documents(connection: &mut Connection) -> rusqlite::Result<usize> {
    let pending: Vec<i64> = {
        let mut statement = connection.prepare(
            "SELECT document.id FROM document LEFT JOIN search_indexed ON search_indexed.document_id = document.id
             WHERE search_indexed.parser_version IS NULL OR search_indexed.parser_version <> ?1 ORDER BY document.id",
        )?;
        let ids = statement.query_map([PARSER_VERSION], |row| row.get(0))?;
        ids.collect::<rusqlite::Result<_>>()?
    };
    for document_id in &pending {
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let text: Option<String> = transaction
            .query_row("SELECT text FROM document WHERE id = ?1", [document_id], |row| row.get(0))
            .optional()?;
        if let Some(text) = text {
            index_document(&transaction, *document_id, &text)?;
        }
        transaction.commit()?;
    }
    Ok(pending.len())
}

/// The WHERE clauses for the facets that are set, with their parameters from `?2` on.
fn facet_clauses(facets: &SearchFacets) -> (String, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value;
    let mut clauses = String::new();
    let mut values: Vec<Value> = Vec::new();
    let mut add = |clause: &str, value: Value| {
        values.push(value);
        clauses.push_str(&format!(" AND {}", clause.replace("?N", &format!("?{}", values.len() + 1))));
    };
    if let Some(authority) = &facets.authority {
        add("d.authority = ?N", Value::Text(authority.clone()));
    }
    if let Some(year) = facets.year {
        // A range, not substr(): the index on response_date can answer it.
        add("d.response_date >= ?N", Value::Text(format!("{year:04}-01-01")));
        add("d.response_date < ?N", Value::Text(format!("{:04}-01-01", year + 1)));
    }
    if let Some(decision) = &facets.decision {
        add("d.decision = ?N", Value::Text(decision.clone()));
    }
    if let Some(tag) = &facets.tag {
        add(
            "EXISTS (SELECT 1 FROM annotation a JOIN annotation_tag at ON at.annotation_id = a.id JOIN tag t ON t.id = at.tag_id
                     WHERE a.document_id = d.id AND a.deleted_at IS NULL AND t.name = ?N
                       AND (s.annotation_id IS NULL OR a.id = s.annotation_id))",
            Value::Text(tag.clone()),
        );
    }
    if let Some(status) = &facets.review_status {
        add(
            "coalesce((SELECT r.status FROM review_status r WHERE r.document_id = d.id AND s.kind = 'question'
                         AND r.question_label = s.question_label),
                      (SELECT r.status FROM review_status r WHERE r.document_id = d.id AND r.question_label = ''),
                      'unreviewed') = ?N",
            Value::Text(status.clone()),
        );
    }
    if let Some(provision) = &facets.exemption {
        add(
            "EXISTS (SELECT 1 FROM exemption_citation c WHERE c.document_id = d.id
                       AND (c.provision = ?N OR c.section = ?N)
                       AND (s.kind <> 'question' OR c.question_label IS NULL OR c.question_label = s.question_label))",
            Value::Text(provision.trim().to_string()),
        );
    }
    if let Some(thread_id) = facets.thread_id {
        add(
            "EXISTS (SELECT 1 FROM thread_member m WHERE m.document_id = d.id AND m.thread_id = ?N
                       AND (s.kind <> 'question' OR m.question_label IS s.question_label))",
            Value::Integer(thread_id),
        );
    }
    (clauses, values)
}

impl Store {
    /// Searches documents, questions with their answers, and notes; best matches first.
    ///
    /// Nothing searchable typed gives no results, not an error.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        let Some(expression) = match_expression(&query.text, query.type_ahead) else { return Ok(Vec::new()) };
        let limit = if query.limit == 0 { 50 } else { query.limit };
        let (clauses, facet_values) = facet_clauses(&query.facets);
        let mut values = vec![rusqlite::types::Value::Text(expression.clone())];
        values.extend(facet_values);
        if let Some(n_letters) = self.letters_narrowed_to(&query.facets)? {
            if n_letters <= LETTERS_PROBED_ONE_BY_ONE {
                return self.search_within_letters(&expression, &clauses, values, limit);
            }
        }
        // FTS5 walks matches in rowid order without scoring them, so listing the newest
        // RANKED_CANDIDATES matches is cheap; only those are then scored.
        let newest_first = format!(
            "SELECT search_text.rowid FROM search_text
             JOIN search_source s ON s.id = search_text.rowid
             JOIN document d ON d.id = s.document_id
             WHERE search_text MATCH ?1{clauses}
             ORDER BY search_text.rowid DESC LIMIT {RANKED_CANDIDATES}"
        );
        let candidates = self
            .connection
            .prepare_cached(&newest_first)?
            .query_map(rusqlite::params_from_iter(values.iter()), |row| row.get::<_, i64>(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        // Facets that rule out every match would otherwise cost a second walk for nothing.
        let Some(oldest_ranked) = candidates.last() else { return Ok(Vec::new()) };
        let from_rowid = format!(" AND search_text.rowid >= {oldest_ranked}");
        let sql = format!(
            "SELECT search_text.rowid, search_text.rank FROM search_text
             JOIN search_source s ON s.id = search_text.rowid
             JOIN document d ON d.id = s.document_id
             WHERE search_text MATCH ?1{clauses}{from_rowid}
             ORDER BY search_text.rank LIMIT {limit}"
        );
        let mut statement = self.connection.prepare(&sql)?;
        let ranked = statement
            .query_map(rusqlite::params_from_iter(values), |row| Ok((row.get::<_, i64>(0)?, row.get::<_, f64>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        self.hits_with_snippets(&expression, ranked)
    }

    /// The hits shown, with their snippets: built only for these rows, since building one for
    /// every match would cost more than the search.
    fn hits_with_snippets(&self, expression: &str, ranked: Vec<(i64, f64)>) -> Result<Vec<SearchHit>> {
        let mut details = self.connection.prepare_cached(&format!(
            "SELECT s.kind, s.document_id, d.reference, d.title, d.authority, d.response_date, s.question_label, s.annotation_id,
                    snippet(search_text, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_WORDS})
             FROM search_text JOIN search_source s ON s.id = search_text.rowid JOIN document d ON d.id = s.document_id
             WHERE search_text MATCH ?1 AND search_text.rowid = ?2"
        ))?;
        let mut hits = Vec::with_capacity(ranked.len());
        for (rowid, rank) in ranked {
            let hit = details.query_row(params![expression, rowid], |row| {
                Ok(SearchHit {
                    kind: SearchKind::from_stored(&row.get::<_, String>(0)?),
                    document_id: row.get(1)?,
                    reference: row.get(2)?,
                    title: row.get(3)?,
                    authority: row.get(4)?,
                    response_date: row.get(5)?,
                    question_label: row.get(6)?,
                    annotation_id: row.get(7)?,
                    snippet: snippet_parts(&row.get::<_, String>(8)?),
                    rank,
                })
            })?;
            hits.push(hit);
        }
        Ok(hits)
    }

    /// How many letters the letter-level facets (authority, year, decision) leave, when any is
    /// set: few enough, and probing each letter's passages beats walking every match of a word.
    fn letters_narrowed_to(&self, facets: &SearchFacets) -> Result<Option<usize>> {
        let letter_level = SearchFacets {
            authority: facets.authority.clone(),
            year: facets.year,
            decision: facets.decision.clone(),
            ..Default::default()
        };
        if letter_level == SearchFacets::default() {
            return Ok(None);
        }
        let (clauses, values) = facet_clauses(&letter_level);
        // The facet clauses number their parameters from ?2, after the search expression.
        let mut all = vec![rusqlite::types::Value::Null];
        all.extend(values);
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM document d WHERE ?1 IS NULL{clauses} LIMIT {})",
            LETTERS_PROBED_ONE_BY_ONE + 1
        );
        let n: i64 =
            self.connection.prepare_cached(&sql)?.query_row(rusqlite::params_from_iter(all), |row| row.get(0))?;
        Ok(Some(n as usize))
    }

    /// Ranks the matches among the passages of the letters the facets leave, probing the index
    /// for each passage rather than walking every match of the words typed.
    fn search_within_letters(
        &self,
        expression: &str,
        clauses: &str,
        values: Vec<rusqlite::types::Value>,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let sql = format!(
            "SELECT search_text.rowid, search_text.rank FROM document d
             CROSS JOIN search_source s ON s.document_id = d.id
             CROSS JOIN search_text ON search_text.rowid = s.id
             WHERE search_text MATCH ?1{clauses}
             ORDER BY search_text.rank LIMIT {limit}"
        );
        let ranked = self
            .connection
            .prepare_cached(&sql)?
            .query_map(rusqlite::params_from_iter(values), |row| Ok((row.get::<_, i64>(0)?, row.get::<_, f64>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        self.hits_with_snippets(expression, ranked)
    }

    /// How many indexed rows match `query` with its facets, counting no further than `at_most`:
    /// enough to say "2,000+ matches" without walking every match of a common word.
    pub fn count_search_matches(&self, query: &SearchQuery, at_most: usize) -> Result<usize> {
        let Some(expression) = match_expression(&query.text, query.type_ahead) else { return Ok(0) };
        let (clauses, facet_values) = facet_clauses(&query.facets);
        let mut values = vec![rusqlite::types::Value::Text(expression)];
        values.extend(facet_values);
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM search_text
                 JOIN search_source s ON s.id = search_text.rowid
                 JOIN document d ON d.id = s.document_id
                 WHERE search_text MATCH ?1{clauses} LIMIT {at_most})"
        );
        let n_matches: i64 = self.connection.query_row(&sql, rusqlite::params_from_iter(values), |row| row.get(0))?;
        Ok(n_matches as usize)
    }

    /// Re-indexes one document (after its facts were re-read), in its own transaction.
    pub fn update_search_index(&mut self, document_id: i64) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let text: String =
            transaction.query_row("SELECT text FROM document WHERE id = ?1", [document_id], |row| row.get(0))?;
        index_document(&transaction, document_id, &text)?;
        transaction.commit()?;
        Ok(())
    }
}
