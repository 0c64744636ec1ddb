//! The exemption register across the library and its schedule export.

use disclosure_core::register::schedule::{schedule_csv, schedule_html};
use disclosure_core::register::{Entry, EntrySource, ProvisionCount};
use disclosure_library::register::{library_register, LibraryRegister, RegisterScope};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::exports::{save_export, SavedExport};
use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// What part of the library the register covers; absent fields do not narrow it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct RegisterQuery {
    /// Part of the authority's name, case-insensitive.
    #[ts(optional)]
    pub authority: Option<String>,
    /// First year included.
    #[ts(optional)]
    pub since: Option<i32>,
    /// Last year included.
    #[ts(optional)]
    pub until: Option<i32>,
    /// Only the letters of this question thread.
    #[ts(optional, type = "number")]
    pub thread_id: Option<i64>,
}

impl From<RegisterQuery> for RegisterScope {
    fn from(query: RegisterQuery) -> Self {
        RegisterScope {
            authority: query.authority,
            since_year: query.since,
            until_year: query.until,
            thread_id: query.thread_id,
        }
    }
}

/// Letters from one authority applying a provision.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AuthorityCount {
    /// The authority's name.
    pub authority: String,
    /// Letters.
    pub n_documents: usize,
}

/// One provision's row of the register.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ProvisionRow {
    /// `FOIA`, `EIR` or `FOISA`.
    pub regime: String,
    /// The provision in normal form, e.g. `40(2)`.
    pub provision: String,
    /// Its catalogue name ("" when not catalogued).
    pub name: String,
    /// How the provision is weighed, or null when not catalogued.
    pub weighing: Option<super::codes::WeighingCode>,
    /// The schedule's words for the weighing: `absolute`, `qualified`, `mixed`, `limit`, `not catalogued`.
    pub weighing_label: String,
    /// Letters that applied it.
    pub n_documents: usize,
    /// Questions, passages and whole letters it was applied to.
    pub n_entries: usize,
    /// Of which flagged by hand.
    pub n_flags: usize,
    /// Of which redactions found in the documents as received.
    pub n_found: usize,
    /// Letters applying it in each year of the register's `years` (zero where none).
    pub trend: Vec<usize>,
    /// Letters applying it that carry no date (outside the trend).
    pub n_undated: usize,
    /// Letters per authority, by name.
    pub by_authority: Vec<AuthorityCount>,
    /// Indexes into the register's `entries` behind this row, for drilling down.
    pub entry_indexes: Vec<usize>,
}

impl ProvisionRow {
    fn new(count: &ProvisionCount, years: &[i32]) -> Self {
        ProvisionRow {
            regime: count.regime.as_str().to_string(),
            provision: count.provision.clone(),
            name: count.name.to_string(),
            weighing: count.weighing.map(|weighing| super::codes::WeighingCode::named(weighing.as_str())),
            weighing_label: count.weighing.map_or("not catalogued", |weighing| weighing.label()).to_string(),
            n_documents: count.n_documents,
            n_entries: count.n_entries,
            n_flags: count.n_flags,
            n_found: count.n_found,
            trend: count.trend(years),
            n_undated: count.by_year.iter().find(|(year, _)| year.is_none()).map_or(0, |(_, n)| *n),
            by_authority: count
                .by_authority
                .iter()
                .map(|(authority, n_documents)| AuthorityCount {
                    authority: authority.clone(),
                    n_documents: *n_documents,
                })
                .collect(),
            entry_indexes: count.entry_indexes.clone(),
        }
    }
}

/// One provision applied to one question, passage or whole letter.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RegisterEntry {
    /// The letter, to open it.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The letter's request reference.
    pub reference: Option<String>,
    /// The authority that answered.
    pub authority: Option<String>,
    /// The year of the response.
    pub year: Option<i32>,
    /// The question's label, or null for the letter as a whole.
    pub question_label: Option<String>,
    /// `FOIA`, `EIR` or `FOISA`.
    pub regime: String,
    /// The provision it counts under (the reviewer's correction when there is one).
    pub provision: String,
    /// The provision as cited in the letter or flagged.
    pub cited_provision: String,
    /// The catalogue name ("" when not catalogued).
    pub name: String,
    /// The schedule's words for the weighing: `absolute`, `qualified`, `mixed`, `limit`, `not catalogued`.
    pub weighing_label: String,
    /// Cited (found in the letter), flagged by hand, or found (a redaction in the document as received).
    pub source: super::codes::EntrySourceCode,
    /// The flag, when flagged by hand.
    #[ts(type = "number | null")]
    pub flag_id: Option<i64>,
    /// The words cited, or the passage flagged; text only.
    pub quote: Option<String>,
    /// Byte offset of the quote in the letter's text (named so: on the app's wire a bare
    /// `start`/`end` always counts UTF-16 units, as the reader draws them).
    #[ts(type = "number | null")]
    pub start_byte: Option<i64>,
    /// Byte offset where the quote ends.
    #[ts(type = "number | null")]
    pub end_byte: Option<i64>,
    /// The reviewer's note.
    pub note: Option<String>,
    /// The reviewer's verdict on a citation, or null.
    pub judgement: Option<super::codes::JudgementCode>,
}

impl From<&Entry> for RegisterEntry {
    fn from(entry: &Entry) -> Self {
        RegisterEntry {
            document_id: entry.document_id,
            reference: entry.reference.clone(),
            authority: entry.authority.clone(),
            year: entry.year,
            question_label: entry.question_label.clone(),
            regime: entry.regime.as_str().to_string(),
            provision: entry.counted_provision().to_string(),
            cited_provision: entry.provision.clone(),
            name: entry.name().to_string(),
            weighing_label: entry.weighing().map_or("not catalogued", |weighing| weighing.label()).to_string(),
            source: super::codes::EntrySourceCode::named(entry.source.as_str()),
            flag_id: match entry.source {
                EntrySource::Flag(id) => Some(id),
                EntrySource::Cited | EntrySource::Found => None,
            },
            quote: entry.quote.clone(),
            start_byte: entry.start,
            end_byte: entry.end,
            note: entry.note.clone(),
            judgement: entry.judgement.map(|judgement| super::codes::JudgementCode::named(judgement.as_str())),
        }
    }
}

/// A question thread the register can be narrowed to.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ThreadChoice {
    /// Library id of the thread.
    #[ts(type = "number")]
    pub id: i64,
    /// Its title.
    pub title: String,
    /// The authority asked.
    pub authority: String,
}

/// The register screen: counts per provision with their trends, and the entries behind them.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExemptionRegister {
    /// The schedule's heading for this scope.
    pub title: String,
    /// Letters with at least one counted entry.
    pub n_documents: usize,
    /// The trend axis: every year from the first dated entry to the last.
    pub years: Vec<i32>,
    /// One row per provision, most applied first.
    pub provisions: Vec<ProvisionRow>,
    /// The counted entries, in document then position order.
    pub entries: Vec<RegisterEntry>,
    /// Citations the reviewer judged cited but not applied: listed, never counted.
    pub set_aside: Vec<RegisterEntry>,
    /// Every authority with an entry in the library, for the filter.
    pub authorities: Vec<String>,
    /// Every question thread of two or more letters, for the filter.
    pub threads: Vec<ThreadChoice>,
}

/// Whether a schedule is written as a spreadsheet or a printable page.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ScheduleFormat {
    /// CSV with a byte order mark, formula cells neutralised.
    Csv,
    /// One self-contained HTML page that prints cleanly.
    Html,
}

/// The register over the part of the library asked for.
#[tauri::command]
pub async fn exemption_register(library: State<'_, Library>, query: RegisterQuery) -> CommandResult<ExemptionRegister> {
    let store = library.reader()?;
    let threads = store.list_threads(2)?;
    let LibraryRegister { register, authorities, title } = library_register(&store, &query.into())?;
    let years = register.years();
    Ok(ExemptionRegister {
        title,
        n_documents: register.n_documents,
        provisions: register.provisions.iter().map(|count| ProvisionRow::new(count, &years)).collect(),
        entries: register.entries.iter().map(RegisterEntry::from).collect(),
        set_aside: register.set_aside.iter().map(RegisterEntry::from).collect(),
        years,
        authorities,
        threads: threads
            .into_iter()
            .map(|thread| ThreadChoice { id: thread.id, title: thread.title, authority: thread.authority })
            .collect(),
    })
}

/// Writes the redaction and exemption schedule for the part of the library asked for; null when
/// the reviewer cancels the save dialog.
#[tauri::command]
pub async fn export_register_schedule<R: Runtime>(
    app: AppHandle<R>,
    library: State<'_, Library>,
    query: RegisterQuery,
    format: ScheduleFormat,
) -> CommandResult<Option<SavedExport>> {
    let LibraryRegister { register, title, .. } = library_register(&*library.reader()?, &query.into())?;
    if register.entries.is_empty() {
        return Err(CommandError::new(
            "invalid",
            "No exemptions are applied in the letters selected, so there is no schedule to export.",
        ));
    }
    let (contents, extension) = match format {
        ScheduleFormat::Csv => (schedule_csv(&register), "csv"),
        ScheduleFormat::Html => (schedule_html(&register, &title), "html"),
    };
    let suggested_name = format!("exemption-schedule.{extension}");
    save_export(app, "Export the exemption schedule", suggested_name, extension, contents.into_bytes()).await
}
