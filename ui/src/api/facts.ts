// Typed calls to the commands that correct a letter's facts (authority, date, reference, decision).
import { invoke } from '@tauri-apps/api/core';
import type { CorrectedFact, FactsCorrection } from './bindings';

/** Applies the reviewer's changes and resolves, once they are saved, to every correction in force. */
export function correctDocumentFacts(documentId: number, correction: FactsCorrection): Promise<CorrectedFact[]> {
  return invoke<CorrectedFact[]>('correct_document_facts', { documentId, correction });
}

/** The corrections in force on a letter, each with the value read from the letter. */
export function listDocumentCorrections(documentId: number): Promise<CorrectedFact[]> {
  return invoke<CorrectedFact[]>('list_document_corrections', { documentId });
}
