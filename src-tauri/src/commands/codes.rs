//! The closed sets the reader shows (a letter's decision, a question's outcome, a review status) as enums on the
//! wire, so the generated TypeScript types are string unions and the UI's one label table must
//! name every value. The core's enums stay serde-free; these mirror them at the edge.

use disclosure_core::parse::{Decision, Outcome};
use disclosure_library::flagging::OUTCOMES;
use disclosure_store::ReviewState;
use serde::Serialize;
use ts_rs::TS;

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
