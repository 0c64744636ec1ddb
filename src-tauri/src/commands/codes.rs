//! The closed sets the UI shows (a letter's decision, a question's outcome, a review status, the
//! kinds of marks, pages, redactions, withheld parts, verdicts, …) as enums on the wire, so the
//! generated TypeScript types are string unions and the UI's one label table must name every
//! value. The crates' enums stay serde-free; these mirror them at the edge, by the stable names
//! the crates give them (`as_str`), so a name stored by another build reads as the set's
//! fallback rather than failing a whole list.

use disclosure_core::parse::{Decision, Outcome};
use disclosure_library::flagging::OUTCOMES;
use disclosure_store::ReviewState;
use serde::Serialize;
use ts_rs::TS;

/// A closed set on the wire: each value with its name (the crates' `as_str` name), `named` to
/// read a name back (an unknown one as `fallback`) and `as_str` to give it.
macro_rules! wire_code {
    (
        $(#[$meta:meta])*
        $name:ident fallback $fallback:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $wire:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
        pub enum $name {
            $($(#[$variant_meta])* #[serde(rename = $wire)] $variant,)+
        }

        impl $name {
            /// The value a name stands for; a name this build does not know reads as the fallback.
            // Sets built from a crate's enum directly never read a name back.
            #[allow(dead_code)]
            pub fn named(name: &str) -> Self {
                match name {
                    $($wire => $name::$variant,)+
                    _ => $name::$fallback,
                }
            }

            /// The value's name on the wire.
            // Kept beside `named` for the tests that hold each set to its crate's names.
            #[allow(dead_code)]
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)+
                }
            }
        }
    };
}

/// The decision on a request as a whole, as the reader shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DecisionCode {
    /// All the information was disclosed.
    Full,
    /// Some disclosed, some withheld, refused or not held.
    Partial,
    /// Nothing disclosed.
    Refused,
    /// The authority does not hold the information.
    NotHeld,
    /// Neither confirmed nor denied.
    Ncnd,
    /// The letter does not say.
    Unknown,
}

impl From<Decision> for DecisionCode {
    fn from(decision: Decision) -> Self {
        match decision {
            Decision::Full => DecisionCode::Full,
            Decision::Partial => DecisionCode::Partial,
            Decision::Refused => DecisionCode::Refused,
            Decision::NotHeld => DecisionCode::NotHeld,
            Decision::Ncnd => DecisionCode::Ncnd,
            Decision::Unknown => DecisionCode::Unknown,
        }
    }
}

impl DecisionCode {
    /// The code of a decision as the store keeps it (its `as_str` name); a name this build does
    /// not know reads as `unknown` rather than failing the whole list.
    pub fn named(name: &str) -> Self {
        const ALL: [Decision; 6] = [
            Decision::Full,
            Decision::Partial,
            Decision::Refused,
            Decision::NotHeld,
            Decision::Ncnd,
            Decision::Unknown,
        ];
        ALL.into_iter().find(|decision| decision.as_str() == name).unwrap_or_default().into()
    }
}

/// What happened to one question, as the reader shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeCode {
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
    /// Refused on the cost limit.
    RefusedCost,
    /// The letter does not say.
    Unknown,
}

impl From<Outcome> for OutcomeCode {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Answered => OutcomeCode::Answered,
            Outcome::PartlyWithheld => OutcomeCode::PartlyWithheld,
            Outcome::Withheld => OutcomeCode::Withheld,
            Outcome::NotHeld => OutcomeCode::NotHeld,
            Outcome::Ncnd => OutcomeCode::Ncnd,
            Outcome::RefusedCost => OutcomeCode::RefusedCost,
            Outcome::Unknown => OutcomeCode::Unknown,
        }
    }
}

impl OutcomeCode {
    /// The code of an outcome as the store keeps it; an unknown name reads as `unknown`.
    pub fn named(name: &str) -> Self {
        OUTCOMES.into_iter().find(|outcome| outcome.as_str() == name).unwrap_or_default().into()
    }
}

/// How far the review of a document or of one answer has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatusCode {
    /// Nobody has looked yet.
    Unreviewed,
    /// Someone is on it.
    InReview,
    /// Done.
    Reviewed,
    /// Done, but something needs chasing.
    FollowUp,
}

impl ReviewStatusCode {
    /// The code of a review state as the store names it; an unknown name reads as `unreviewed`.
    pub fn named(name: &str) -> Self {
        ReviewState::ALL
            .iter()
            .find(|state| state.as_str() == name)
            .map_or(ReviewStatusCode::Unreviewed, |state| (*state).into())
    }
}

impl From<ReviewState> for ReviewStatusCode {
    fn from(state: ReviewState) -> Self {
        match state {
            ReviewState::Unreviewed => ReviewStatusCode::Unreviewed,
            ReviewState::InReview => ReviewStatusCode::InReview,
            ReviewState::Reviewed => ReviewStatusCode::Reviewed,
            ReviewState::FollowUp => ReviewStatusCode::FollowUp,
        }
    }
}

wire_code! {
    /// What a run of the letter's text is, as the reader marks it.
    MarkCode fallback Plain {
        /// Ordinary text.
        Plain = "plain",
        /// Page chrome: headers, footers, page numbers.
        Furniture = "furniture",
        /// The publisher's standard paragraphs.
        Boilerplate = "boilerplate",
        /// A question of the request.
        Question = "question",
        /// An answer.
        Answer = "answer",
        /// A cited exemption.
        Exemption = "exemption",
    }
}

wire_code! {
    /// How a page of a PDF was read.
    PageSourceCode fallback Text {
        /// From the PDF's text layer.
        Text = "text",
        /// Read from the page's picture; digits may be misread.
        Ocr = "ocr",
    }
}

wire_code! {
    /// The unit of a figure.
    FigureUnitCode fallback Count {
        /// A number of things.
        Count = "count",
        /// Money, in pounds.
        Pounds = "pounds",
        /// A percentage.
        Percent = "percent",
    }
}

wire_code! {
    /// What relying on a provision takes, as the catalogue says.
    NatureCode fallback Mixed {
        /// An absolute exemption.
        Absolute = "absolute",
        /// A qualified exemption: the public interest is weighed.
        Qualified = "qualified",
        /// Absolute in most of its cases.
        AbsoluteInMostCases = "absolute_in_most_cases",
        /// Partly absolute, partly qualified.
        Mixed = "mixed",
        /// A limit on the request, not an exemption.
        Limit = "limit",
    }
}

wire_code! {
    /// How the register weighs a provision.
    WeighingCode fallback Mixed {
        /// No public interest test.
        Absolute = "absolute",
        /// Subject to the public interest test.
        PublicInterestTest = "public_interest_test",
        /// Partly one, partly the other.
        Mixed = "mixed",
        /// A limit on the request.
        Limit = "limit",
    }
}

wire_code! {
    /// A part of the letter withheld or missing, as the parser finds it.
    WithheldKindCode fallback RemovedText {
        /// A question the numbering skips.
        MissingQuestion = "missing_question",
        /// A question with no answer.
        UnansweredQuestion = "unanswered_question",
        /// A table cell held back ("<5", "*").
        SuppressedCell = "suppressed_cell",
        /// Words removed from the text ("[redacted]").
        RemovedText = "removed_text",
    }
}

wire_code! {
    /// The reviewer's verdict on a citation read from a letter.
    JudgementCode fallback CitedNotApplied {
        /// Cited, but not relied on.
        CitedNotApplied = "cited_not_applied",
        /// Relied on, under another subsection.
        WrongSubsection = "wrong_subsection",
    }
}

wire_code! {
    /// Where a register entry comes from.
    EntrySourceCode fallback Cited {
        /// A citation read from the letter.
        Cited = "cited",
        /// A redaction flagged by hand.
        Flag = "flag",
        /// A redaction found in the document as received.
        Found = "found",
    }
}

wire_code! {
    /// How a redaction found in a document shows.
    RedactionKindCode fallback Marker {
        /// A filled box drawn over the page.
        Box = "box",
        /// A dark region of a scanned image.
        Image = "image",
        /// A marker in the text ("[REDACTED]").
        Marker = "marker",
    }
}

wire_code! {
    /// How a found redaction was tied to its provision.
    TiedByCode fallback None {
        /// The label written in or beside it.
        Label = "label",
        /// A provision cited in its paragraph or answer.
        Paragraph = "paragraph",
        /// The letter's one provision.
        Letter = "letter",
        /// Not tied.
        None = "none",
    }
}

wire_code! {
    /// The reviewer's decision on a found redaction.
    RedactionDecisionCode fallback Confirmed {
        /// A redaction under the provision found.
        Confirmed = "confirmed",
        /// A redaction under another provision.
        Corrected = "corrected",
        /// Not a redaction.
        Dismissed = "dismissed",
    }
}

wire_code! {
    /// Whether a thread still has suggestions for the reviewer to settle.
    ThreadStatusCode fallback Suggested {
        /// Confirmed, or every member placed by the reviewer.
        Confirmed = "confirmed",
        /// Some member is only suggested.
        Suggested = "suggested",
    }
}

wire_code! {
    /// A piece of a comparison.
    DiffPieceKind fallback Equal {
        /// In both texts.
        Equal = "equal",
        /// Only in the older text.
        Deleted = "deleted",
        /// Only in the newer text.
        Inserted = "inserted",
        /// A paragraph that moved away from here.
        MovedAway = "moved_away",
        /// A paragraph that moved here.
        MovedHere = "moved_here",
    }
}

wire_code! {
    /// Where a note sits, as the reader places it.
    AnchorStateCode fallback Orphan {
        /// On the very words it was made on.
        Exact = "exact",
        /// On a close passage, the words having changed.
        Fuzzy = "fuzzy",
        /// Not placed: the words are gone.
        Orphan = "orphan",
        /// On the whole letter.
        Document = "document",
    }
}

wire_code! {
    /// A fact of a letter the reviewer can correct.
    CorrectedFieldCode fallback Authority {
        /// The authority that answered.
        Authority = "authority",
        /// The response date.
        Date = "date",
        /// The request reference.
        Reference = "reference",
        /// The decision.
        Decision = "decision",
    }
}

wire_code! {
    /// What a search result matched.
    SearchHitKind fallback Document {
        /// The letter's text.
        Document = "document",
        /// One question and its answer.
        Question = "question",
        /// A reviewer's note.
        Annotation = "annotation",
    }
}

wire_code! {
    /// Why a backup was taken.
    BackupKindCode fallback Manual {
        /// By the schedule.
        Auto = "auto",
        /// Asked for.
        Manual = "manual",
        /// Before a restore replaced the library.
        BeforeRestore = "before-restore",
        /// Before a migration changed the library's schema.
        BeforeMigration = "before-migration",
    }
}

wire_code! {
    /// The colour of a note's highlight.
    HighlightColourCode fallback Yellow {
        /// Yellow, the default.
        Yellow = "yellow",
        /// Green.
        Green = "green",
        /// Blue.
        Blue = "blue",
        /// Pink.
        Pink = "pink",
        /// Purple.
        Purple = "purple",
    }
}

wire_code! {
    /// What a note is on.
    AnnotationScopeCode fallback Passage {
        /// A highlighted passage, or a whole answer.
        Passage = "passage",
        /// The whole letter.
        Document = "document",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use disclosure_core::diff::PieceKind;
    use disclosure_core::exemptions::{Nature, Weighing};
    use disclosure_core::marks::Mark;
    use disclosure_core::parse::FigureUnit;
    use disclosure_core::register::Judgement;
    use disclosure_core::withheld::WithheldKind;
    use disclosure_store::CorrectedField;

    /// Each name a crate gives reads back as the wire value of that very name, never the fallback.
    fn assert_round_trip(names: &[&'static str], named: impl Fn(&str) -> &'static str) {
        for name in names {
            assert_eq!(named(name), *name, "{name:?} is a wire value of its own, so the UI sees what the crate said");
        }
    }

    #[test]
    fn every_name_the_crates_give_is_a_wire_value_of_its_own() {
        let marks = [Mark::Plain, Mark::Furniture, Mark::Boilerplate, Mark::Question, Mark::Answer, Mark::Exemption];
        assert_round_trip(&marks.map(Mark::as_str), |name| MarkCode::named(name).as_str());
        let units = [FigureUnit::Count, FigureUnit::Pounds, FigureUnit::Percent];
        assert_round_trip(&units.map(FigureUnit::as_str), |name| FigureUnitCode::named(name).as_str());
        let natures = [Nature::Absolute, Nature::Qualified, Nature::AbsoluteInMostCases, Nature::Mixed, Nature::Limit];
        assert_round_trip(&natures.map(Nature::as_str), |name| NatureCode::named(name).as_str());
        let weighings = [Weighing::Absolute, Weighing::PublicInterestTest, Weighing::Mixed, Weighing::Limit];
        assert_round_trip(&weighings.map(Weighing::as_str), |name| WeighingCode::named(name).as_str());
        let withheld = [
            WithheldKind::MissingQuestion,
            WithheldKind::UnansweredQuestion,
            WithheldKind::SuppressedCell,
            WithheldKind::RemovedText,
        ];
        assert_round_trip(&withheld.map(WithheldKind::as_str), |name| WithheldKindCode::named(name).as_str());
        let judgements = [Judgement::CitedNotApplied, Judgement::WrongSubsection];
        assert_round_trip(&judgements.map(Judgement::as_str), |name| JudgementCode::named(name).as_str());
        let pieces =
            [PieceKind::Equal, PieceKind::Deleted, PieceKind::Inserted, PieceKind::MovedAway, PieceKind::MovedHere];
        assert_round_trip(&pieces.map(PieceKind::as_str), |name| DiffPieceKind::named(name).as_str());
        let fields =
            [CorrectedField::Authority, CorrectedField::Date, CorrectedField::Reference, CorrectedField::Decision];
        assert_round_trip(&fields.map(CorrectedField::as_str), |name| CorrectedFieldCode::named(name).as_str());
        assert_eq!(MarkCode::named("no such mark"), MarkCode::Plain, "a name from another build reads as the fallback");
    }
}
