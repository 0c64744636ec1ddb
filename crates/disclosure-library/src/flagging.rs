//! Flagging a redaction by hand, for the CLI and the app alike: the provisions checked against
//! the catalogue, the passage placed on the stored text as a note's is (`annotating`), and a
//! flag that says nothing refused; and the checks of the reviewer's other verdicts on a letter's
//! withheld parts (an outcome corrected, a citation judged), checked against the letter and
//! stored ([`correct_outcome`], [`judge_citation`]). Showing stays with the callers.

use disclosure_core::exemptions::{lookup, normalise_provision, regime_named, Regime, REGIMES};
use disclosure_core::parse::{Outcome, Span};
use disclosure_core::register::Judgement;
use disclosure_store::{CitationJudgement, FlagProvision, NewFlag, Store, StoreError};

use crate::annotating::{place_passage, PassageRequest};

/// Why a flag cannot be made as asked. Every variant is the reviewer's input, and its message
/// says what to give instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlagError {
    /// No provision was chosen.
    #[error("Choose at least one provision for the flag.")]
    NoProvision,
    /// The law named is not one the catalogue knows.
    #[error("“{name}” is not a law the catalogue knows ({known}).")]
    UnknownRegime {
        /// The name as given.
        name: String,
        /// The laws the catalogue knows, comma-separated.
        known: String,
    },
    /// The provision is not in the catalogue of its law.
    #[error("{regime} {cited} is not a provision in the catalogue.")]
    NotCatalogued {
        /// The law's short name.
        regime: &'static str,
        /// The provision as given.
        cited: String,
    },
    /// The quote is not in the letter, or not once: it is refused rather than guessed.
    #[error("The selected passage could not be found in this letter's text.")]
    PassageNotFound,
    /// Neither a passage nor a question was given.
    #[error("Select a passage or choose the question whose answer is withheld.")]
    NothingFlagged,
    /// An outcome correction names no outcome a question can have.
    #[error("“{0}” is not an outcome a question can have.")]
    UnknownOutcome(String),
    /// A verdict on a citation that is not one of the verdicts.
    #[error("“{0}” is not a verdict on a citation.")]
    UnknownVerdict(String),
    /// A `wrong_subsection` verdict without the provision really relied on.
    #[error("Say which provision the authority really relied on.")]
    NoCorrectedProvision,
}

/// A flag as the reviewer asked for it, before it is checked and placed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FlagDraft {
    /// The question's key (as in the stored outcomes); `None` for the letter as a whole.
    pub question_key: Option<String>,
    /// The passage as selected; `None` or blank for a whole answer.
    pub quote: Option<String>,
    /// Words shown just before the passage, to place it when the offsets do not match.
    pub prefix: String,
    /// Words shown just after it.
    pub suffix: String,
    /// Byte offsets into the stored text where the reader showed the passage, when known.
    pub position: Option<Span>,
    /// The provisions, by law and provision as cited.
    pub provisions: Vec<FlagProvision>,
    /// The reviewer's note.
    pub note: String,
    /// Whether a flag with neither passage nor question stands for the letter as a whole (as
    /// the CLI allows) rather than being refused (the reader always has one or the other).
    pub whole_letter_allowed: bool,
}

/// The store's form of a draft flag on `text`: provisions in the catalogue's form, the passage
/// placed (at the given offsets when the words there match, else once in the question, else by
/// its context); a passage that cannot be placed is refused, never guessed.
///
/// # Errors
/// A [`FlagError`] saying what to change.
pub fn flag_passage(document_id: i64, text: &str, draft: &FlagDraft) -> Result<NewFlag, FlagError> {
    if draft.provisions.is_empty() {
        return Err(FlagError::NoProvision);
    }
    let mut provisions = Vec::with_capacity(draft.provisions.len());
    for choice in &draft.provisions {
        let regime = regime_of(&choice.regime)?;
        provisions.push(FlagProvision {
            regime: regime.as_str().to_string(),
            provision: catalogued_or_error(regime, &choice.provision)?,
        });
    }
    let mut question_key =
        draft.question_key.as_deref().map(str::trim).filter(|key| !key.is_empty()).map(str::to_string);
    let quote = draft.quote.as_deref().unwrap_or_default();
    let (quote, position) = if quote.trim().is_empty() {
        (None, None)
    } else {
        let request = PassageRequest {
            quote: quote.to_string(),
            prefix: draft.prefix.clone(),
            suffix: draft.suffix.clone(),
            position: draft.position,
            question_label: question_key.clone(),
        };
        let placement = place_passage(text, &request);
        let Some(span) = placement.span else { return Err(FlagError::PassageNotFound) };
        question_key = question_key.or(placement.question_label);
        (Some(placement.quote), Some((span.start as i64, span.end as i64)))
    };
    if quote.is_none() && question_key.is_none() && !draft.whole_letter_allowed {
        return Err(FlagError::NothingFlagged);
    }
    Ok(NewFlag { document_id, question_key, quote, position, provisions, note: draft.note.trim().to_string() })
}

/// The catalogue's form of a cited provision ("s40(2)(a)" gives "40(2)(a)"), when catalogued.
pub fn catalogued(regime: Regime, cited: &str) -> Option<String> {
    lookup(regime, cited)?;
    normalise_provision(cited)
}

/// [`catalogued`], or the error that names what is not in the catalogue.
///
/// # Errors
/// [`FlagError::NotCatalogued`].
pub fn catalogued_or_error(regime: Regime, cited: &str) -> Result<String, FlagError> {
    catalogued(regime, cited)
        .ok_or_else(|| FlagError::NotCatalogued { regime: regime.as_str(), cited: cited.to_string() })
}

/// The law a name stands for (`FOIA`, `EIR`, …).
///
/// # Errors
/// [`FlagError::UnknownRegime`], listing the laws the catalogue knows.
pub fn regime_of(name: &str) -> Result<Regime, FlagError> {
    regime_named(name).ok_or_else(|| FlagError::UnknownRegime {
        name: name.to_string(),
        known: REGIMES.iter().map(|regime| regime.as_str()).collect::<Vec<_>>().join(", "),
    })
}

/// Every outcome a question can have, in the order the reviewer is offered them.
pub const OUTCOMES: [Outcome; 7] = [
    Outcome::Answered,
    Outcome::PartlyWithheld,
    Outcome::Withheld,
    Outcome::NotHeld,
    Outcome::Ncnd,
    Outcome::RefusedCost,
    Outcome::Unknown,
];

/// The outcome a reviewer's correction names (`answered`, `partly_withheld`, …).
///
/// # Errors
/// [`FlagError::UnknownOutcome`].
pub fn outcome_named(name: &str) -> Result<Outcome, FlagError> {
    OUTCOMES
        .into_iter()
        .find(|outcome| outcome.as_str() == name)
        .ok_or_else(|| FlagError::UnknownOutcome(name.to_string()))
}

/// A reviewer's verdict on a citation of `regime`, checked: the verdict is one of the verdicts,
/// and a `wrong_subsection` names the catalogued provision really relied on (in its normal form).
///
/// # Errors
/// [`FlagError::UnknownVerdict`], [`FlagError::UnknownRegime`], [`FlagError::NoCorrectedProvision`]
/// or [`FlagError::NotCatalogued`].
pub fn judged_citation(
    verdict: &str,
    regime: &str,
    corrected_provision: Option<&str>,
) -> Result<(Judgement, Option<String>), FlagError> {
    let judgement = Judgement::from_name(verdict).ok_or_else(|| FlagError::UnknownVerdict(verdict.to_string()))?;
    let regime = regime_of(regime)?;
    let corrected = match judgement {
        Judgement::CitedNotApplied => None,
        Judgement::WrongSubsection => {
            let cited = corrected_provision.unwrap_or_default();
            if cited.trim().is_empty() {
                return Err(FlagError::NoCorrectedProvision);
            }
            Some(catalogued_or_error(regime, cited)?)
        }
    };
    Ok((judgement, corrected))
}

/// Why a verdict on a letter's withheld parts was not stored; nothing is stored then.
#[derive(Debug, thiserror::Error)]
pub enum VerdictError {
    /// The verdict itself is not one the reviewer can give.
    #[error(transparent)]
    Invalid(#[from] FlagError),
    /// The letter has no question with this key (it was read again differently).
    #[error("This letter has no question {0}.")]
    NoSuchQuestion(String),
    /// The citation judged is no longer read from the letter.
    #[error("That citation is not in this letter any more.")]
    CitationGone,
    /// The library refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Stores the reviewer's outcome (`answered`, `withheld`, …) for the question `question_key` of a
/// document, kept across re-readings; committed before this returns.
///
/// # Errors
/// [`VerdictError::Invalid`] for an unknown outcome, [`VerdictError::NoSuchQuestion`] when the
/// letter has no such question, or the store's error.
pub fn correct_outcome(
    store: &mut Store,
    document_id: i64,
    question_key: &str,
    outcome: &str,
    note: &str,
) -> Result<(), VerdictError> {
    outcome_named(outcome)?;
    let outcomes = store.list_question_outcomes(document_id)?;
    if !outcomes.iter().any(|row| row.question_key == question_key) {
        return Err(VerdictError::NoSuchQuestion(question_key.to_string()));
    }
    store.update_outcome_correction(document_id, question_key, outcome, note.trim())?;
    Ok(())
}

/// A reviewer's verdict on one citation read from a letter, named as it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationVerdict<'a> {
    /// The law's short name, as detected.
    pub regime: &'a str,
    /// The provision as detected.
    pub provision: &'a str,
    /// The citation as printed.
    pub quote: &'a str,
    /// `cited_not_applied` or `wrong_subsection`.
    pub verdict: &'a str,
    /// For `wrong_subsection`: the provision really relied on.
    pub corrected_provision: Option<&'a str>,
    /// The reviewer's note.
    pub note: &'a str,
}

/// Stores the reviewer's verdict on a citation the letter still cites (checked by
/// [`judged_citation`]), kept across re-readings; committed before this returns.
///
/// # Errors
/// [`VerdictError::Invalid`] for a verdict that cannot be given, [`VerdictError::CitationGone`]
/// when the letter no longer cites it, or the store's error.
pub fn judge_citation(store: &mut Store, document_id: i64, judged: &CitationVerdict<'_>) -> Result<(), VerdictError> {
    let (verdict, corrected_provision) = judged_citation(judged.verdict, judged.regime, judged.corrected_provision)?;
    let detected = store.list_document_citations(document_id)?.into_iter().any(|citation| {
        citation.regime == judged.regime && citation.provision == judged.provision && citation.quote == judged.quote
    });
    if !detected {
        return Err(VerdictError::CitationGone);
    }
    store.update_citation_judgement(&CitationJudgement {
        document_id,
        regime: judged.regime.to_string(),
        provision: judged.provision.to_string(),
        quote: judged.quote.to_string(),
        verdict,
        corrected_provision,
        note: judged.note.trim().to_string(),
    })?;
    Ok(())
}
