// Typed calls to the redaction commands: the boxes and markers found in a letter, the reviewer's decision on each, and the words a box still leaves in the file.
import { invoke } from '@tauri-apps/api/core';
import type { FoundRedactionView, RedactionDecision } from './bindings';

/** The redactions found in the letter, in text order, each with the reviewer's decision. */
export function listRedactions(documentId: number): Promise<FoundRedactionView[]> {
  return invoke<FoundRedactionView[]>('list_redactions', { documentId });
}

/** Resolves, once stored, to every redaction of the letter as it now stands. */
export function decideOnRedaction(
  documentId: number,
  key: string,
  decision: RedactionDecision,
  note: string,
): Promise<FoundRedactionView[]> {
  return invoke<FoundRedactionView[]>('decide_on_redaction', { documentId, key, decision, note });
}

/** The words the file still holds under a box; asked for only when the reviewer wants to see them. */
export function revealRedactedText(documentId: number, key: string): Promise<string | null> {
  return invoke<string | null>('reveal_redacted_text', { documentId, key });
}
