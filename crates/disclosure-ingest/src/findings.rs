//! What the exemption register keeps of a parsed letter: the citations, per question and for
//! the letter as a whole, each question's derived outcome, and the redactions found in the
//! document, in the store's terms.
//!
//! Written after every reading (import and refresh); the reviewer's flags, corrections and
//! judgements live in their own tables and are never rebuilt from here.

use disclosure_core::parse::{Disclosure, ExemptionCitation, Question};
use disclosure_core::redactions::{find_redactions, redaction_keys, PageMark};
use disclosure_store::{CitationFinding, DocumentFindings, OutcomeFinding, RedactionFinding};

/// The key reviewer rows use for a question (see [`disclosure_core::parse::question_key`]).
pub fn question_key(question: &Question, question_idx: usize) -> String {
    disclosure_core::parse::question_key(question.label.as_deref(), question_idx)
}

/// The exemption findings of one parsed letter.
pub fn read_findings(disclosure: &Disclosure) -> DocumentFindings {
    let mut findings = DocumentFindings::default();
    for citation in &disclosure.exemptions {
        findings.citations.push(citation_finding(citation, None, None));
    }
    for (question_idx, question) in disclosure.questions.iter().enumerate() {
        for citation in &question.exemptions {
            findings.citations.push(citation_finding(citation, Some(question_idx as i64), question.label.clone()));
        }
        findings.outcomes.push(OutcomeFinding {
            question_idx: question_idx as i64,
            question_key: question_key(question, question_idx),
            question_label: question.label.clone(),
            outcome: question.outcome.as_str().to_string(),
            start: question.span.start as i64,
            end: question.span.end as i64,
        });
    }
    findings
}

fn citation_finding(
    citation: &ExemptionCitation,
    question_idx: Option<i64>,
    question_label: Option<String>,
) -> CitationFinding {
    CitationFinding {
        question_idx,
        question_label,
        regime: citation.regime.as_str().to_string(),
        provision: citation.provision.clone(),
        section: citation.section.clone(),
        cited_as: citation.cited_as.clone(),
        is_ncnd: citation.is_ncnd,
        quote: citation.quote.clone(),
        start: citation.span.start as i64,
        end: citation.span.end as i64,
    }
}

/// What a reading stores of a letter's redactions: each one found, placed, tied and keyed.
pub fn read_redaction_findings(text: &str, disclosure: &Disclosure, page_marks: &[PageMark]) -> Vec<RedactionFinding> {
    let redactions = find_redactions(text, disclosure, page_marks);
    let keys = redaction_keys(&redactions, text);
    let regime = disclosure.exemptions.first().map_or("FOIA", |citation| citation.regime.as_str());
    redactions
        .iter()
        .zip(keys)
        .map(|(redaction, key)| RedactionFinding {
            key,
            kind: redaction.kind.as_str().to_string(),
            page: redaction.page.map(i64::from),
            area: redaction
                .area
                .map(|area| (i64::from(area.x), i64::from(area.y), i64::from(area.width), i64::from(area.height))),
            regime: regime.to_string(),
            provision: redaction.provision.clone(),
            tied_by: redaction.tied_by.as_str().to_string(),
            text_under: redaction.text_under.clone(),
            label: redaction.label.clone(),
            question_key: redaction.question_idx.map(|question_idx| {
                disclosure_core::parse::question_key(disclosure.questions[question_idx].label.as_deref(), question_idx)
            }),
            start: redaction.span.start as i64,
            end: redaction.span.end as i64,
        })
        .collect()
}
