//! The structure a letter is read into: plain data with byte spans into the original text.
//!
//! Nothing here reads text; the sibling modules fill these values in. Enums carry stable
//! string names (`as_str`) so wire formats at the edges never depend on Rust names.

use chrono::NaiveDate;

use crate::exemptions::Regime;

/// A byte range `start..end` of the text given to [`crate::parse::parse`], always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text this span covers, or "" when it does not fit `text` (a span of another text).
    pub fn text_in<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when `other` lies within this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Everything read from one letter. Parsing never fails: what is missing is `None`, empty or
/// `Unknown`, and what looked wrong is listed in `issues`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Disclosure {
    /// The request reference as printed (runs of spaces made one), never the requester's own.
    pub reference: Option<Located>,
    /// The public authority that answered, under its catalogue name when it is catalogued.
    pub authority: Option<Located>,
    /// Where the authority was read from.
    pub authority_source: Option<AuthoritySource>,
    /// The date the response was written or published, when printed.
    pub response_date: Option<DateMention>,
    /// Where the response date was read from.
    pub date_source: Option<DateSource>,
    /// Dates the figures are stated at: "as of", "retrieved on", "correct as at".
    pub data_dates: Vec<DateMention>,
    /// The questions of the request, in the order the requester asked them.
    pub questions: Vec<Question>,
    /// Clarifications agreed with the requester after the original request.
    pub clarifications: Vec<Located>,
    /// What the authority decided about the request as a whole.
    pub decision: Decision,
    /// The sentence the decision was read from.
    pub decision_quote: Option<Span>,
    /// True when the authority neither confirms nor denies holding some of the information.
    pub ncnd: bool,
    /// Exemptions the authority applied, one per provision, in order of first citation.
    pub exemptions: Vec<ExemptionCitation>,
    /// Tables found outside any answer.
    pub tables: Vec<Table>,
    /// Page furniture skipped before reading (banners, navigation, footers).
    pub furniture: Vec<Span>,
    /// Paragraphs that are standard text rather than answers (press lines, advice and assistance).
    pub boilerplate: Vec<Span>,
    /// Gaps and oddities a reviewer should see.
    pub issues: Vec<ParseIssue>,
}

impl Disclosure {
    /// Falls back on the file's own creation date when the letter, its e-mail headers and its
    /// reference give no response date; whoever read the file (the ingest side) knows that date.
    pub fn date_from_file(&mut self, created: NaiveDate) {
        if self.response_date.is_none() {
            self.response_date = Some(DateMention { date: created, span: Span::default() });
            self.date_source = Some(DateSource::File);
        }
    }

    /// The question a label names, and its position (see [`question_labelled`] for the rules).
    pub fn question(&self, label: &str) -> Option<(usize, &Question)> {
        question_labelled(&self.questions, label)
    }
}

/// The question of `questions` that `label` names, by the one rule every lookup uses
/// ([`labelled_position`]), each question named by its key ([`question_key`]), its printed label
/// and the number that label was read from.
pub fn question_labelled<'q>(questions: &'q [Question], label: &str) -> Option<(usize, &'q Question)> {
    let names: Vec<QuestionNames<'_>> = questions
        .iter()
        .enumerate()
        .map(|(question_idx, question)| QuestionNames {
            key: question_key(question.label.as_deref(), question_idx).into(),
            label: question.label.as_deref(),
            number: question.number,
        })
        .collect();
    labelled_position(&names, label).map(|question_idx| (question_idx, &questions[question_idx]))
}

/// What a question answers to: a question as a letter prints it, or as a reviewer's row keeps it
/// (a thread member, a flag), so both are looked up by one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionNames<'a> {
    /// Its key ([`question_key`]): the printed label, or `#N` for the N-th question.
    pub key: std::borrow::Cow<'a, str>,
    /// Its label as printed, if it has one.
    pub label: Option<&'a str>,
    /// The number its label was read from, where that is known.
    pub number: Option<u32>,
}

/// The position among `candidates` of the question `label` names, by the one rule every lookup
/// uses: its key first, case ignored; then the label with "Question", "Q" and closing punctuation
/// set aside, so "2", "Q2", "Question 2" and "2." name one question, and "1a" names "Q1a" but
/// never "1"; then, for a plain number, the question that number was read from ("3" names
/// "Request 3").
pub fn labelled_position(candidates: &[QuestionNames<'_>], label: &str) -> Option<usize> {
    let wanted = label.trim();
    if wanted.is_empty() {
        return None;
    }
    candidates
        .iter()
        .position(|candidate| candidate.key.eq_ignore_ascii_case(wanted))
        .or_else(|| {
            candidates.iter().position(|candidate| candidate.label.is_some_and(|found| labels_match(found, wanted)))
        })
        .or_else(|| {
            let number: u32 = bare_label(wanted).parse().ok()?;
            candidates.iter().position(|candidate| candidate.number == Some(number))
        })
}

/// Whether two labels name one question once the words that only announce a label and closing
/// punctuation are set aside: "Q1", "1", "Question 1" and "1." are one label; "1a" and "Q1a" too.
pub fn labels_match(a: &str, b: &str) -> bool {
    bare_label(a) == bare_label(b)
}

/// A label with the words that only announce it ("Question", "Q") and closing punctuation set
/// aside, lower-cased: "Question 2." and "q2" are both "2".
fn bare_label(label: &str) -> String {
    let lower = label.trim().to_lowercase();
    let announced = lower.strip_prefix("question").or_else(|| lower.strip_prefix('q')).unwrap_or(&lower);
    announced.trim().trim_end_matches(['.', ')', ':']).trim().to_string()
}

/// A piece of text found in the letter, tidied, with where it was printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The value, tidied (runs of spaces made one; an authority's name in its official form).
    pub value: String,
    /// Where it was printed.
    pub span: Span,
}

/// Where a letter's authority was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthoritySource {
    /// The heading of the letter, before its greeting.
    Letterhead,
    /// The signature block after "Yours sincerely".
    SignOff,
    /// A phrase naming the body that answers: "on behalf of …", "… can confirm", "received by …".
    Phrase,
    /// The body named most in the authority's own words.
    Mention,
    /// The sender of the e-mail the letter came in.
    Email,
    /// The catalogue, from a web or e-mail address or a reference only one body uses.
    Catalogue,
}

impl AuthoritySource {
    /// Stable short name: "letterhead", "signoff", "phrase", "mention", "email", "catalogue".
    pub fn as_str(self) -> &'static str {
        match self {
            AuthoritySource::Letterhead => "letterhead",
            AuthoritySource::SignOff => "signoff",
            AuthoritySource::Phrase => "phrase",
            AuthoritySource::Mention => "mention",
            AuthoritySource::Email => "email",
            AuthoritySource::Catalogue => "catalogue",
        }
    }
}

/// Where a letter's response date was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A date printed in the letter.
    Letter,
    /// The `Date:` header of the e-mail the letter came in.
    Email,
    /// The year a reference encodes ("FOI2024/00291"): the date is the 1st of January of that year.
    Reference,
    /// The file's own creation date, given by whoever read the file.
    File,
}

impl DateSource {
    /// Stable short name: "letter", "email", "reference", "file".
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Letter => "letter",
            DateSource::Email => "email",
            DateSource::Reference => "reference",
            DateSource::File => "file",
        }
    }
}

/// A date printed in the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// The calendar date; day-first reading for numeric dates, as UK letters write them.
    pub date: NaiveDate,
    /// The date as printed, with its introducing words ("as of the 16th of November 2023").
    pub span: Span,
}

/// One question of the request.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The label as the requester printed it, without punctuation: "1", "Q1", "3A", "Request 2".
    /// `None` for bullets and un-numbered questions.
    pub label: Option<String>,
    /// The number in the label, used to spot gaps.
    pub number: Option<u32>,
    /// The question's words, label removed, lines joined with spaces.
    pub text: String,
    /// Where the question is printed (label included, sub-parts included).
    pub span: Span,
    /// Sub-parts such as "A) … B) … C)" or "a) 2016 b) 2017".
    pub parts: Vec<QuestionPart>,
    /// The authority's answer, when one could be tied to this question.
    pub answer: Option<Answer>,
    /// What happened to this question.
    pub outcome: Outcome,
    /// Exemptions the letter ties to this question.
    pub exemptions: Vec<ExemptionCitation>,
}

/// The name a reviewer's decisions use for a question (threads, flags, outcome corrections): its
/// printed label, or `#` and its position counted from 1 when it has none. Every place that stores
/// or looks up such a name calls this, so the two can never disagree.
pub fn question_key(label: Option<&str>, question_idx: usize) -> String {
    match label.map(str::trim) {
        Some(label) if !label.is_empty() => label.to_string(),
        _ => format!("#{}", question_idx + 1),
    }
}

/// A lettered or bulleted part of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionPart {
    /// "a", "B", "ii", or `None` for a bullet.
    pub label: Option<String>,
    /// The part's words, label removed.
    pub text: String,
    /// Where it is printed.
    pub span: Span,
}

/// How an answer was tied to its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKind {
    /// After the question restated with its label ("Q1 - … answer").
    Restated,
    /// Under a heading that repeats the question's words.
    UnderHeading,
    /// After a label alone, matched by number or position ("2. Section 12(1); see below").
    Numbered,
    /// One answer given for every question ("The answer to each of your 26 questions …").
    Collective,
    /// Printed right after the question in the request itself.
    Inline,
}

impl AnswerKind {
    /// Stable short name.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerKind::Restated => "restated",
            AnswerKind::UnderHeading => "under_heading",
            AnswerKind::Numbered => "numbered",
            AnswerKind::Collective => "collective",
            AnswerKind::Inline => "inline",
        }
    }
}

/// The authority's answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// How it was tied to the question.
    pub kind: AnswerKind,
    /// The answer's lines, joined with newlines, boilerplate left out.
    pub text: String,
    /// From the first to the last line of the answer.
    pub span: Span,
    /// Tables printed in the answer.
    pub tables: Vec<Table>,
    /// Numbers with what they count.
    pub figures: Vec<Figure>,
}

/// A table printed with pipes or aligned columns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// A title row with a single filled cell ("Number of Officers | |").
    pub caption: Option<Cell>,
    /// The header row, when the first row names the columns.
    pub header: Option<Vec<Cell>>,
    /// The data rows.
    pub rows: Vec<Vec<Cell>>,
    /// The whole table.
    pub span: Span,
}

/// One cell of a table; empty cells keep their position with an empty text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    /// The cell's text, trimmed.
    pub text: String,
    /// Where the trimmed text is (empty span at the cell's position when the cell is blank).
    pub span: Span,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureUnit {
    /// A plain count or quantity.
    Count,
    /// Pounds sterling.
    Pounds,
    /// A percentage.
    Percent,
}

impl FigureUnit {
    /// Stable short name.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureUnit::Count => "count",
            FigureUnit::Pounds => "pounds",
            FigureUnit::Percent => "percent",
        }
    }
}

/// A number stated in an answer and what it counts: "377 Family Liaison Officers".
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value, separators removed ("£412,000" gives 412000).
    pub value: f64,
    /// What the value measures.
    pub unit: FigureUnit,
    /// What is counted, from the words beside the number or the table row and column.
    pub label: String,
    /// Where the number is printed.
    pub span: Span,
}

/// The decision on the request as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decision {
    /// All the information was disclosed.
    Full,
    /// Some was disclosed, some withheld, refused or not held.
    Partial,
    /// Nothing disclosed: an exemption or the cost limit applied.
    Refused,
    /// The authority does not hold the information.
    NotHeld,
    /// The authority neither confirms nor denies that it holds the information.
    Ncnd,
    /// The letter does not say, or the text stops before it does.
    #[default]
    Unknown,
}

impl Decision {
    /// Stable short name: "full", "partial", "refused", "not_held", "ncnd", "unknown".
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Full => "full",
            Decision::Partial => "partial",
            Decision::Refused => "refused",
            Decision::NotHeld => "not_held",
            Decision::Ncnd => "ncnd",
            Decision::Unknown => "unknown",
        }
    }
}

/// What happened to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Outcome {
    /// Answered.
    Answered,
    /// Answered with some of it withheld.
    PartlyWithheld,
    /// Withheld under an exemption.
    Withheld,
    /// The authority does not hold the information.
    NotHeld,
    /// Neither confirmed nor denied.
    Ncnd,
    /// Refused because answering would exceed the cost limit.
    RefusedCost,
    /// The letter does not say.
    #[default]
    Unknown,
}

impl Outcome {
    /// Stable short name: "answered", "partly_withheld", "withheld", "not_held", "ncnd",
    /// "refused_cost", "unknown".
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::PartlyWithheld => "partly_withheld",
            Outcome::Withheld => "withheld",
            Outcome::NotHeld => "not_held",
            Outcome::Ncnd => "ncnd",
            Outcome::RefusedCost => "refused_cost",
            Outcome::Unknown => "unknown",
        }
    }
}

/// One exemption the authority applied, as cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExemptionCitation {
    /// The provision in normal form at subsection level: "40(2)", "31(1)", "12(5)(b)", or "40"
    /// when no subsection was cited.
    pub provision: String,
    /// Everything cited, in normal form: "40(2)(a)(b)&(3)(a)(i)".
    pub cited_as: String,
    /// The section or regulation number: "40".
    pub section: String,
    /// The statute.
    pub regime: Regime,
    /// The catalogue name, when the provision is catalogued.
    pub name: Option<&'static str>,
    /// True when the provision removes the duty to confirm or deny.
    pub is_ncnd: bool,
    /// The citation as printed ("Section 40(2)(3)- Personal Information" gives its first part).
    pub quote: String,
    /// Where the citation is printed.
    pub span: Span,
}

/// Something a reviewer should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIssue {
    /// What kind of oddity.
    pub kind: IssueKind,
    /// A sentence for the reviewer.
    pub detail: String,
    /// Where, when it has a place in the text.
    pub span: Option<Span>,
}

/// Kinds of [`ParseIssue`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssueKind {
    /// Question numbers skip (Q1, Q2, Q4): a question may have been dropped.
    QuestionNumberGap,
    /// A question with no answer tied to it, where answers were given.
    UnansweredQuestion,
    /// An answer labelled for a question the request does not have.
    UnmatchedAnswer,
    /// Standard text (press lines, advice and assistance) that is not an answer.
    Boilerplate,
    /// The text stops before the letter ends.
    Truncated,
    /// No request or questions could be found.
    NoQuestions,
}

impl IssueKind {
    /// Stable short name, e.g. "question_number_gap".
    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::QuestionNumberGap => "question_number_gap",
            IssueKind::UnansweredQuestion => "unanswered_question",
            IssueKind::UnmatchedAnswer => "unmatched_answer",
            IssueKind::Boilerplate => "boilerplate",
            IssueKind::Truncated => "truncated",
            IssueKind::NoQuestions => "no_questions",
        }
    }
}
