// Typed calls to the flag commands: redactions flagged by hand, detected withheld parts, outcome corrections and verdicts on citations.
import { invoke } from '@tauri-apps/api/core';
import type {
  CitationVerdict,
  DetectedCitation,
  FlagDraft,
  ProvisionOption,
  QuestionOutcome,
  RedactionFlag,
  WithheldPartView,
} from './bindings';

/** Every provision of the FOIA, EIR and FOISA catalogues, for the provision picker. */
export function listProvisions(): Promise<ProvisionOption[]> {
  return invoke<ProvisionOption[]>('list_provisions');
}

/** The document's live flags, in text order. */
export function listFlags(documentId: number): Promise<RedactionFlag[]> {
  return invoke<RedactionFlag[]>('list_flags', { documentId });
}

export function flagRedaction(documentId: number, draft: FlagDraft): Promise<RedactionFlag> {
  return invoke<RedactionFlag>('flag_redaction', { documentId, draft });
}

export function updateFlag(flagId: number, draft: FlagDraft): Promise<RedactionFlag> {
  return invoke<RedactionFlag>('update_flag', { flagId, draft });
}

/** Removes a flag; restoreFlag undoes it. */
export function deleteFlag(flagId: number): Promise<void> {
  return invoke<void>('delete_flag', { flagId });
}

export function restoreFlag(flagId: number): Promise<RedactionFlag> {
  return invoke<RedactionFlag>('restore_flag', { flagId });
}

/** The silences the parser finds in the document, each with its reason. */
export function listWithheld(documentId: number): Promise<WithheldPartView[]> {
  return invoke<WithheldPartView[]>('list_withheld', { documentId });
}

export function listOutcomes(documentId: number): Promise<QuestionOutcome[]> {
  return invoke<QuestionOutcome[]>('list_outcomes', { documentId });
}

/** Resolves to every outcome of the document, the corrected one included. */
export function correctOutcome(
  documentId: number,
  questionKey: string,
  outcome: string,
  note: string,
): Promise<QuestionOutcome[]> {
  return invoke<QuestionOutcome[]>('correct_outcome', { documentId, questionKey, outcome, note });
}

export function clearOutcomeCorrection(documentId: number, questionKey: string): Promise<QuestionOutcome[]> {
  return invoke<QuestionOutcome[]>('clear_outcome_correction', { documentId, questionKey });
}

export function listCitations(documentId: number): Promise<DetectedCitation[]> {
  return invoke<DetectedCitation[]>('list_citations', { documentId });
}

/** Resolves to every citation of the document, with the verdict just given. */
export function judgeCitation(documentId: number, judgement: CitationVerdict): Promise<DetectedCitation[]> {
  return invoke<DetectedCitation[]>('judge_citation', { documentId, judgement });
}

export function clearCitationJudgement(
  documentId: number,
  citation: Pick<DetectedCitation, 'regime' | 'provision' | 'quote'>,
): Promise<DetectedCitation[]> {
  return invoke<DetectedCitation[]>('clear_citation_judgement', {
    documentId,
    regime: citation.regime,
    provision: citation.provision,
    quote: citation.quote,
  });
}
