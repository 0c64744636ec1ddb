//! A thread read year by year: each member's question found again in its letter, every answer
//! compared with the answer of a chosen reference year, and the wordings the answers share
//! grouped as variants, so five years can be read at once.

use crate::diff::{compare_answers, Comparison, DiffOptions};
use crate::parse::{Answer, Disclosure, Question};

/// The question a thread member names in its letter: the one its stored key names, by the one
/// lookup of a question ([`Disclosure::question`]), else the one at its recorded position, since
/// labels can be re-read differently.
pub fn find_question<'d>(letter: &'d Disclosure, question_key: &str, question_idx: usize) -> Option<&'d Question> {
    letter.question(question_key).map(|(_, question)| question).or_else(|| letter.questions.get(question_idx))
}

/// One year's answer, compared with the reference year's.
#[derive(Debug, Clone, PartialEq)]
pub struct AgainstReference {
    /// The comparison with the reference, the earlier of the two as old; `None` for the reference
    /// itself or when either has no answer.
    pub comparison: Option<Comparison>,
    /// The variant its wording belongs to, when it has an answer.
    pub variant: Option<usize>,
}

/// Answers of a thread that say the same thing in the same words, figures and years aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The wording, as the first answer of the variant prints it.
    pub text: String,
    /// Positions (in the members given) of the answers worded this way, oldest first.
    pub members: Vec<usize>,
}

/// A thread's answers against a reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// One entry per member, in the order given.
    pub members: Vec<AgainstReference>,
    /// The distinct wordings, by first appearance.
    pub variants: Vec<Variant>,
}

/// Compares every answer with the answer at `reference` (a position in `answers`, which are oldest
/// first), earlier letter as old, and groups the answers by wording. Members without an answer get
/// no comparison and no variant.
pub fn against_reference(answers: &[Option<&Answer>], reference: usize, options: &DiffOptions) -> Timeline {
    let reference_answer = answers.get(reference).copied().flatten();
    let mut variants: Vec<(String, Variant)> = Vec::new();
    let mut members = Vec::with_capacity(answers.len());
    for (position, answer) in answers.iter().enumerate() {
        let Some(answer) = answer else {
            members.push(AgainstReference { comparison: None, variant: None });
            continue;
        };
        let key = wording_key(&answer.text);
        let variant = match variants.iter().position(|(existing, _)| *existing == key) {
            Some(found) => {
                variants[found].1.members.push(position);
                found
            }
            None => {
                variants.push((key, Variant { text: answer.text.trim().to_string(), members: vec![position] }));
                variants.len() - 1
            }
        };
        // Always read forwards in time (members come oldest first), so "27 → 31" means it rose.
        let comparison = match reference_answer {
            Some(reference_answer) if position < reference => Some(compare_answers(answer, reference_answer, options)),
            Some(reference_answer) if position > reference => Some(compare_answers(reference_answer, answer, options)),
            _ => None,
        };
        members.push(AgainstReference { comparison, variant: Some(variant) });
    }
    Timeline { members, variants: variants.into_iter().map(|(_, variant)| variant).collect() }
}

/// An answer's words in comparable form: lower case, punctuation dropped, every number (counts,
/// amounts, years, dates) one placeholder, so yearly answers in the same words share a variant.
pub fn wording_key(text: &str) -> String {
    text.split(|c: char| !(c.is_alphanumeric() || c == '£' || c == '%'))
        .filter(|word| !word.is_empty())
        .map(|word| if word.chars().any(|c| c.is_ascii_digit()) { "#".to_string() } else { word.to_lowercase() })
        .collect::<Vec<_>>()
        .join(" ")
}
