//! The reader's structured view of a letter: questions, answers, decision, exemptions with
//! their catalogue explanations, tables, figures and parse issues, as the UI receives them.

use disclosure_core::exemptions::{lookup, Provision};
use disclosure_core::parse::{Disclosure, ExemptionCitation, Figure, ParseIssue, Question, Table, PARSER_VERSION};
use serde::Serialize;
use ts_rs::TS;

/// The letter read into structure.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LetterStructure {
    /// The decision as read from the letter.
    pub decision: super::codes::DecisionCode,
    /// The sentence the decision was read from.
    pub decision_quote: Option<String>,
    /// True when the authority neither confirmed nor denied holding the information.
    pub ncnd: bool,
    /// Every provision cited as applied, once per citation.
    pub exemptions: Vec<ExemptionBadge>,
    /// The questions in the order asked.
    pub questions: Vec<QuestionView>,
    /// Clarifications the requester gave.
    pub clarifications: Vec<String>,
    /// Tables not inside any answer.
    pub tables: Vec<TableView>,
    /// Gaps and oddities a reviewer should see.
    pub issues: Vec<IssueView>,
    /// Version of the reading rules that produced this.
    #[ts(type = "number")]
    pub parser_version: i64,
}

/// An exemption as a badge, with the catalogue's explanation behind it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExemptionBadge {
    /// Normalised provision, e.g. `40(2)`.
    pub provision: String,
    /// `FOIA`, `EIR` or `FOISA`.
    pub regime: String,
    /// As printed in the letter, e.g. `40(2)(a)(b)&(3)(a)(i)`.
    pub cited_as: String,
    /// The provision's name from the catalogue.
    pub name: Option<String>,
    /// What relying on it takes, when catalogued.
    pub nature: Option<super::codes::NatureCode>,
    /// True when the public interest test applies.
    pub public_interest_test: bool,
    /// True when this citation neither confirms nor denies.
    pub ncnd: bool,
    /// The provision that allows neither confirming nor denying, if any.
    pub ncnd_provision: Option<String>,
    /// A short explanation of the provision.
    pub note: Option<String>,
    /// The words in the letter that cite it.
    pub quote: String,
}

/// One question with its answer.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QuestionView {
    /// As numbered by the requester (`Q1`, `1`, `a`), if numbered.
    pub label: Option<String>,
    /// The question as asked.
    pub text: String,
    /// Sub-parts (`a)`, `b)` …).
    pub parts: Vec<QuestionPartView>,
    /// The answer text, when one was found.
    pub answer: Option<String>,
    /// What happened to the question.
    pub outcome: super::codes::OutcomeCode,
    /// Provisions applied to this question.
    pub exemptions: Vec<ExemptionBadge>,
    /// Tables in the answer.
    pub tables: Vec<TableView>,
    /// Numbers in the answer with their labels.
    pub figures: Vec<FigureView>,
}

/// A sub-part of a question.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QuestionPartView {
    /// Its label, e.g. `a`.
    pub label: Option<String>,
    /// Its text.
    pub text: String,
}

/// A table as rows of cell texts.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TableView {
    /// A caption line above the table.
    pub caption: Option<String>,
    /// The header row, when the table has one.
    pub header: Option<Vec<String>>,
    /// The body rows.
    pub rows: Vec<Vec<String>>,
}

/// A number found in an answer.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FigureView {
    /// The value.
    pub value: f64,
    /// What the figure counts in.
    pub unit: super::codes::FigureUnitCode,
    /// What it counts.
    pub label: String,
}

/// A gap or oddity in the letter.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IssueView {
    /// E.g. `question_number_gap`, `unanswered_question`, `boilerplate`, `truncated`.
    pub kind: String,
    /// A sentence for the reviewer.
    pub detail: String,
}

impl LetterStructure {
    pub fn new(text: &str, disclosure: &Disclosure) -> Self {
        LetterStructure {
            decision: disclosure.decision.into(),
            decision_quote: disclosure.decision_quote.map(|span| span.text_in(text).to_string()),
            ncnd: disclosure.ncnd,
            exemptions: disclosure.exemptions.iter().map(ExemptionBadge::from).collect(),
            questions: disclosure.questions.iter().map(QuestionView::from).collect(),
            clarifications: disclosure.clarifications.iter().map(|located| located.value.clone()).collect(),
            tables: disclosure.tables.iter().map(TableView::from).collect(),
            issues: disclosure.issues.iter().map(IssueView::from).collect(),
            parser_version: PARSER_VERSION,
        }
    }
}

impl From<&ExemptionCitation> for ExemptionBadge {
    fn from(citation: &ExemptionCitation) -> Self {
        let entry: Option<&Provision> = lookup(citation.regime, &citation.provision);
        ExemptionBadge {
            provision: citation.provision.clone(),
            regime: citation.regime.as_str().to_string(),
            cited_as: citation.cited_as.clone(),
            name: citation.name.or(entry.map(|entry| entry.name)).map(str::to_string),
            nature: entry.map(|entry| super::codes::NatureCode::named(entry.nature.as_str())),
            public_interest_test: entry.is_some_and(Provision::has_public_interest_test),
            ncnd: citation.is_ncnd,
            ncnd_provision: entry.and_then(|entry| entry.ncnd_provision).map(str::to_string),
            note: entry.map(|entry| entry.note.to_string()).filter(|note| !note.is_empty()),
            quote: citation.quote.clone(),
        }
    }
}

impl From<&Question> for QuestionView {
    fn from(question: &Question) -> Self {
        let answer = question.answer.as_ref();
        QuestionView {
            label: question.label.clone(),
            text: question.text.clone(),
            parts: question
                .parts
                .iter()
                .map(|part| QuestionPartView { label: part.label.clone(), text: part.text.clone() })
                .collect(),
            answer: answer.map(|answer| answer.text.clone()),
            outcome: question.outcome.into(),
            exemptions: question.exemptions.iter().map(ExemptionBadge::from).collect(),
            tables: answer.map(|answer| answer.tables.iter().map(TableView::from).collect()).unwrap_or_default(),
            figures: answer.map(|answer| answer.figures.iter().map(FigureView::from).collect()).unwrap_or_default(),
        }
    }
}

impl From<&Table> for TableView {
    fn from(table: &Table) -> Self {
        let texts = |cells: &Vec<disclosure_core::parse::Cell>| cells.iter().map(|cell| cell.text.clone()).collect();
        TableView {
            caption: table.caption.as_ref().map(|cell| cell.text.clone()),
            header: table.header.as_ref().map(texts),
            rows: table.rows.iter().map(texts).collect(),
        }
    }
}

impl From<&Figure> for FigureView {
    fn from(figure: &Figure) -> Self {
        FigureView {
            value: figure.value,
            unit: super::codes::FigureUnitCode::named(figure.unit.as_str()),
            label: figure.label.clone(),
        }
    }
}

impl From<&ParseIssue> for IssueView {
    fn from(issue: &ParseIssue) -> Self {
        IssueView { kind: issue.kind.as_str().to_string(), detail: issue.detail.clone() }
    }
}
