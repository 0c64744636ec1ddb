//! The exemption register: which provisions were applied across a library, how often, by
//! which authority and in which year, kept apart by whether a public interest test applies.
//!
//! Input is a flat list of [`Entry`] values (the citations the parser found, the reviewer's
//! judgements on them, the reviewer's own redaction flags, and the redactions found in the
//! documents as received), gathered by the store. This
//! module only filters and counts; [`schedule`] renders the list as CSV or printable HTML.
//!
//! ```
//! use disclosure_core::exemptions::Regime;
//! use disclosure_core::register::{build_register, Entry, EntrySource, RegisterFilter};
//! let entry = Entry {
//!     document_id: 1, reference: Some("FOI-1".into()), authority: Some("Fernshire".into()), year: Some(2023),
//!     question_label: Some("3".into()), regime: Regime::Foia, provision: "40(2)".into(),
//!     source: EntrySource::Cited, quote: Some("section 40(2)".into()), start: Some(10), end: Some(23),
//!     note: None, judgement: None, corrected_provision: None, found: None,
//! };
//! let register = build_register(vec![entry], &RegisterFilter::default());
//! assert_eq!(register.provisions[0].n_documents, 1);
//! ```

pub mod schedule;

use std::collections::{BTreeMap, BTreeSet};

use crate::exemptions::{lookup, Regime, Weighing};

/// Where a register entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntrySource {
    /// Cited in the letter and found by the parser.
    Cited,
    /// Flagged by hand by the reviewer; the value is the flag's id.
    Flag(i64),
    /// Redacted in the document as received (a box, an image region, a marker), found on reading.
    Found,
}

impl EntrySource {
    /// Stable short name: "cited", "flag" or "found".
    pub fn as_str(self) -> &'static str {
        match self {
            EntrySource::Cited => "cited",
            EntrySource::Flag(_) => "flag",
            EntrySource::Found => "found",
        }
    }
}

/// The reviewer's verdict on a detected citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judgement {
    /// The letter mentions the provision but does not rely on it: left out of the counts.
    CitedNotApplied,
    /// The authority relied on another subsection: counted under the corrected provision.
    WrongSubsection,
}

impl Judgement {
    /// Stable short name: "cited_not_applied" or "wrong_subsection".
    pub fn as_str(self) -> &'static str {
        match self {
            Judgement::CitedNotApplied => "cited_not_applied",
            Judgement::WrongSubsection => "wrong_subsection",
        }
    }

    /// Reads a stable short name.
    pub fn from_name(name: &str) -> Option<Judgement> {
        match name {
            "cited_not_applied" => Some(Judgement::CitedNotApplied),
            "wrong_subsection" => Some(Judgement::WrongSubsection),
            _ => None,
        }
    }
}

/// One provision applied to one question (or a whole letter) of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The document's library id.
    pub document_id: i64,
    /// The document's request reference.
    pub reference: Option<String>,
    /// The authority that answered.
    pub authority: Option<String>,
    /// The year of the response date.
    pub year: Option<i32>,
    /// The question's label, or `None` for the letter as a whole.
    pub question_label: Option<String>,
    /// The statute.
    pub regime: Regime,
    /// The provision in normal form, as cited or flagged.
    pub provision: String,
    /// Cited in the letter, or flagged by the reviewer.
    pub source: EntrySource,
    /// The words cited, or the passage flagged.
    pub quote: Option<String>,
    /// Byte offset where the quote starts in the document's text.
    pub start: Option<i64>,
    /// Byte offset where the quote ends.
    pub end: Option<i64>,
    /// The reviewer's note.
    pub note: Option<String>,
    /// The reviewer's verdict on a cited provision.
    pub judgement: Option<Judgement>,
    /// The provision the reviewer says was really relied on (with `WrongSubsection`).
    pub corrected_provision: Option<String>,
    /// For a redaction found in the document: where it is, how it was tied, what survives.
    pub found: Option<crate::redactions::ScheduledRedaction>,
}

impl Entry {
    /// The provision this entry counts under: the reviewer's correction when there is one.
    pub fn counted_provision(&self) -> &str {
        match (self.judgement, self.corrected_provision.as_deref()) {
            (Some(Judgement::WrongSubsection), Some(corrected)) if !corrected.is_empty() => corrected,
            _ => &self.provision,
        }
    }

    /// The catalogue name of the counted provision, or "" when it is not catalogued.
    pub fn name(&self) -> &'static str {
        lookup(self.regime, self.counted_provision()).map_or("", |entry| entry.name)
    }

    /// Absolute, public interest test, mixed or limit; `None` when not catalogued.
    pub fn weighing(&self) -> Option<Weighing> {
        lookup(self.regime, self.counted_provision()).map(|entry| entry.nature.weighing())
    }
}

/// Which entries a register covers. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    /// Part of the authority's name, case-insensitive.
    pub authority: Option<String>,
    /// First year included.
    pub since_year: Option<i32>,
    /// Last year included.
    pub until_year: Option<i32>,
    /// Only these documents (e.g. the letters of one thread).
    pub document_ids: Option<Vec<i64>>,
}

impl RegisterFilter {
    fn admits(&self, entry: &Entry) -> bool {
        let authority_matches = self.authority.as_deref().is_none_or(|wanted| {
            entry
                .authority
                .as_deref()
                .is_some_and(|authority| authority.to_lowercase().contains(&wanted.trim().to_lowercase()))
        });
        let after_since = self.since_year.is_none_or(|since| entry.year.is_some_and(|year| year >= since));
        let before_until = self.until_year.is_none_or(|until| entry.year.is_some_and(|year| year <= until));
        let in_documents = self.document_ids.as_ref().is_none_or(|ids| ids.contains(&entry.document_id));
        authority_matches && after_since && before_until && in_documents
    }
}

/// How often one provision was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvisionCount {
    /// The statute.
    pub regime: Regime,
    /// The provision in normal form.
    pub provision: String,
    /// Its catalogue name ("" when not catalogued).
    pub name: &'static str,
    /// Absolute or subject to the public interest test; `None` when not catalogued.
    pub weighing: Option<Weighing>,
    /// Letters that applied it.
    pub n_documents: usize,
    /// Questions, passages and whole letters it was applied to (citations and flags).
    pub n_entries: usize,
    /// Of which flagged by hand.
    pub n_flags: usize,
    /// Of which redactions found in the documents as received.
    pub n_found: usize,
    /// Letters per year, oldest first; letters without a date under `None`, first.
    pub by_year: Vec<(Option<i32>, usize)>,
    /// Letters per authority, by name.
    pub by_authority: Vec<(String, usize)>,
    /// Indexes into [`Register::entries`] behind this count, for drilling down.
    pub entry_indexes: Vec<usize>,
}

/// The register over a set of entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Register {
    /// The counted entries, in document then question order.
    pub entries: Vec<Entry>,
    /// Entries the reviewer judged "cited but not applied": kept for the record, never counted.
    pub set_aside: Vec<Entry>,
    /// One row per provision, most applied first.
    pub provisions: Vec<ProvisionCount>,
    /// Letters with at least one counted entry.
    pub n_documents: usize,
}

impl Register {
    /// The counts of provisions with no public interest test (absolute, or absolute in most cases).
    pub fn absolute(&self) -> impl Iterator<Item = &ProvisionCount> {
        self.provisions.iter().filter(|count| count.weighing == Some(Weighing::Absolute))
    }

    /// The counts of provisions subject to the public interest test.
    pub fn public_interest_test(&self) -> impl Iterator<Item = &ProvisionCount> {
        self.provisions.iter().filter(|count| count.weighing == Some(Weighing::PublicInterestTest))
    }

    /// The entries behind one provision's count.
    pub fn drill_down<'r>(&'r self, count: &'r ProvisionCount) -> impl Iterator<Item = &'r Entry> {
        count.entry_indexes.iter().filter_map(|index| self.entries.get(*index))
    }

    /// Every year from the first dated entry to the last, gaps included, so trends of different
    /// provisions share one axis and a year without letters shows as zero, not as nothing.
    pub fn years(&self) -> Vec<i32> {
        let dated = self.entries.iter().filter_map(|entry| entry.year);
        match (dated.clone().min(), dated.max()) {
            (Some(first), Some(last)) => (first..=last).collect(),
            _ => Vec::new(),
        }
    }
}

impl ProvisionCount {
    /// Letters applying this provision in each of `years` (zero where none); undated letters
    /// are left out of a trend over time.
    pub fn trend(&self, years: &[i32]) -> Vec<usize> {
        years
            .iter()
            .map(|year| self.by_year.iter().find(|(counted, _)| *counted == Some(*year)).map_or(0, |(_, n)| *n))
            .collect()
    }
}

/// The authorities named by a set of entries, sorted and once each: what a register can be
/// filtered by, taken before filtering so the choice never narrows itself away.
pub fn authorities_of(entries: &[Entry]) -> Vec<String> {
    entries.iter().filter_map(|entry| entry.authority.clone()).collect::<BTreeSet<_>>().into_iter().collect()
}

/// Filters the entries and counts them per provision.
pub fn build_register(entries: Vec<Entry>, filter: &RegisterFilter) -> Register {
    let (set_aside, mut entries): (Vec<Entry>, Vec<Entry>) = entries
        .into_iter()
        .filter(|entry| filter.admits(entry))
        .partition(|entry| entry.judgement == Some(Judgement::CitedNotApplied));
    entries.sort_by(|a, b| {
        (a.document_id, a.start.unwrap_or(i64::MAX)).cmp(&(b.document_id, b.start.unwrap_or(i64::MAX)))
    });

    let mut groups: BTreeMap<(Regime, String), Vec<usize>> = BTreeMap::new();
    for (index, entry) in entries.iter().enumerate() {
        groups.entry((entry.regime, entry.counted_provision().to_string())).or_default().push(index);
    }
    let mut provisions: Vec<ProvisionCount> = groups
        .into_iter()
        .map(|((regime, provision), entry_indexes)| {
            let catalogued = lookup(regime, &provision);
            let mut documents = BTreeSet::new();
            let mut by_year: BTreeMap<Option<i32>, BTreeSet<i64>> = BTreeMap::new();
            let mut by_authority: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
            for entry in entry_indexes.iter().filter_map(|index| entries.get(*index)) {
                documents.insert(entry.document_id);
                by_year.entry(entry.year).or_default().insert(entry.document_id);
                let authority = entry.authority.clone().unwrap_or_else(|| "(unknown authority)".to_string());
                by_authority.entry(authority).or_default().insert(entry.document_id);
            }
            let n_flags = entry_indexes
                .iter()
                .filter(|index| entries.get(**index).is_some_and(|entry| matches!(entry.source, EntrySource::Flag(_))))
                .count();
            let n_found = entry_indexes
                .iter()
                .filter(|index| entries.get(**index).is_some_and(|entry| entry.source == EntrySource::Found))
                .count();
            ProvisionCount {
                regime,
                provision,
                name: catalogued.map_or("", |entry| entry.name),
                weighing: catalogued.map(|entry| entry.nature.weighing()),
                n_documents: documents.len(),
                n_entries: entry_indexes.len(),
                n_flags,
                n_found,
                by_year: by_year.into_iter().map(|(year, ids)| (year, ids.len())).collect(),
                by_authority: by_authority.into_iter().map(|(name, ids)| (name, ids.len())).collect(),
                entry_indexes,
            }
        })
        .collect();
    provisions.sort_by(|a, b| {
        b.n_documents.cmp(&a.n_documents).then(b.n_entries.cmp(&a.n_entries)).then(a.provision.cmp(&b.provision))
    });
    let n_documents = entries.iter().map(|entry| entry.document_id).collect::<BTreeSet<_>>().len();
    Register { entries, set_aside, provisions, n_documents }
}

/// The year of a stored `YYYY-MM-DD` date.
pub fn year_of(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok()
}
