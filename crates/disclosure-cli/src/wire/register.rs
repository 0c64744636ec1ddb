//! The JSON shape of `disclosure exemptions --json`: the register and the entries behind it.

use disclosure_core::register::{Entry, EntrySource, ProvisionCount, Register};
use serde::Serialize;

/// The whole register.
#[derive(Debug, Serialize)]
pub struct RegisterReport<'a> {
    pub n_documents: usize,
    pub authority: Option<&'a str>,
    pub since: Option<i32>,
    pub provisions: Vec<ProvisionLine<'a>>,
    pub entries: Vec<EntryLine<'a>>,
    pub set_aside: Vec<EntryLine<'a>>,
}

/// One provision's counts; `entries` are indexes into the report's `entries`.
#[derive(Debug, Serialize)]
pub struct ProvisionLine<'a> {
    pub regime: &'static str,
    pub provision: &'a str,
    pub name: &'static str,
    pub weighing: Option<&'static str>,
    pub n_documents: usize,
    pub n_entries: usize,
    pub n_flags: usize,
    /// Of the entries, redactions found in the documents as received.
    pub n_found: usize,
    pub by_year: Vec<YearCount>,
    pub by_authority: Vec<AuthorityCount<'a>>,
    pub entries: &'a [usize],
}

/// Letters applying a provision in one year (`year` null for undated letters).
#[derive(Debug, Serialize)]
pub struct YearCount {
    pub year: Option<i32>,
    pub n_documents: usize,
}

/// Letters applying a provision from one authority.
#[derive(Debug, Serialize)]
pub struct AuthorityCount<'a> {
    pub authority: &'a str,
    pub n_documents: usize,
}

/// One provision applied to one question, passage or letter.
#[derive(Debug, Serialize)]
pub struct EntryLine<'a> {
    pub document_id: i64,
    pub reference: Option<&'a str>,
    pub authority: Option<&'a str>,
    pub year: Option<i32>,
    pub question: Option<&'a str>,
    pub regime: &'static str,
    pub provision: &'a str,
    pub cited_provision: &'a str,
    pub name: &'static str,
    pub weighing: Option<&'static str>,
    pub source: &'static str,
    pub flag_id: Option<i64>,
    pub quote: Option<&'a str>,
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub note: Option<&'a str>,
    pub judgement: Option<&'static str>,
}

impl<'a> From<&'a Entry> for EntryLine<'a> {
    fn from(entry: &'a Entry) -> Self {
        EntryLine {
            document_id: entry.document_id,
            reference: entry.reference.as_deref(),
            authority: entry.authority.as_deref(),
            year: entry.year,
            question: entry.question_label.as_deref(),
            regime: entry.regime.as_str(),
            provision: entry.counted_provision(),
            cited_provision: &entry.provision,
            name: entry.name(),
            weighing: entry.weighing().map(|weighing| weighing.as_str()),
            source: entry.source.as_str(),
            flag_id: match entry.source {
                EntrySource::Flag(id) => Some(id),
                EntrySource::Cited | EntrySource::Found => None,
            },
            quote: entry.quote.as_deref(),
            start: entry.start,
            end: entry.end,
            note: entry.note.as_deref(),
            judgement: entry.judgement.map(|judgement| judgement.as_str()),
        }
    }
}

impl<'a> From<&'a ProvisionCount> for ProvisionLine<'a> {
    fn from(count: &'a ProvisionCount) -> Self {
        ProvisionLine {
            regime: count.regime.as_str(),
            provision: &count.provision,
            name: count.name,
            weighing: count.weighing.map(|weighing| weighing.as_str()),
            n_documents: count.n_documents,
            n_entries: count.n_entries,
            n_flags: count.n_flags,
            n_found: count.n_found,
            by_year: count
                .by_year
                .iter()
                .map(|(year, n_documents)| YearCount { year: *year, n_documents: *n_documents })
                .collect(),
            by_authority: count
                .by_authority
                .iter()
                .map(|(authority, n_documents)| AuthorityCount { authority, n_documents: *n_documents })
                .collect(),
            entries: &count.entry_indexes,
        }
    }
}

impl<'a> RegisterReport<'a> {
    pub fn new(register: &'a Register, authority: Option<&'a str>, since: Option<i32>) -> Self {
        RegisterReport {
            n_documents: register.n_documents,
            authority,
            since,
            provisions: register.provisions.iter().map(ProvisionLine::from).collect(),
            entries: register.entries.iter().map(EntryLine::from).collect(),
            set_aside: register.set_aside.iter().map(EntryLine::from).collect(),
        }
    }
}
