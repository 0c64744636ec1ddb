// Typed calls to the thread, comparison and trend commands; the only module of this area that talks to Tauri.
import { invoke } from '@tauri-apps/api/core';
import type {
  AnswerComparison,
  CompareOptions,
  MemberRef,
  SavedExport,
  ThreadContinuations,
  ThreadDetail,
  ThreadSuggestionView,
  ThreadSummary,
} from './bindings';

/** Every thread of two or more questions; letters imported since the last build are taken in first. */
export function listThreads(): Promise<ThreadSummary[]> {
  return invoke<ThreadSummary[]>('list_threads');
}

/** Recomputes the suggestions; the reviewer's decisions are kept. */
export function rebuildThreadSuggestions(): Promise<ThreadSummary[]> {
  return invoke<ThreadSummary[]>('rebuild_thread_suggestions');
}

/** One thread year by year against a reference letter (null: the latest answered year). */
export function getThread(
  id: number,
  referenceDocument: number | null,
  options: CompareOptions | null = null,
): Promise<ThreadDetail> {
  return invoke<ThreadDetail>('get_thread', { id, referenceDocument, options });
}

/**
 * Two letters side by side: their answers to `question`, or the whole letters when it is null.
 * `oldQuestion` names the question in the old letter when it was numbered differently there.
 */
export function compareDocuments(
  oldId: number,
  newId: number,
  question: string | null,
  options: CompareOptions | null = null,
  oldQuestion: string | null = null,
): Promise<AnswerComparison> {
  return invoke<AnswerComparison>('compare_documents', { oldId, newId, question, oldQuestion, options });
}

export function confirmThread(id: number): Promise<void> {
  return invoke<void>('confirm_thread', { id });
}

export function renameThread(id: number, title: string): Promise<void> {
  return invoke<void>('rename_thread', { id, title });
}

/** Resolves to the new thread's id. */
export function splitThread(id: number, members: MemberRef[]): Promise<number> {
  return invoke<number>('split_thread', { id, members });
}

/** Thread `from` is merged into `into` and deleted. */
export function mergeThreads(from: number, into: number): Promise<void> {
  return invoke<void>('merge_threads', { from, into });
}

/** Moves a question (label or key) of a letter out of `threadId`, or into `into` when given. */
export function moveThreadMember(
  threadId: number,
  documentId: number,
  question: string,
  into: number | null,
): Promise<void> {
  return invoke<void>('move_thread_member', { threadId, documentId, question, into });
}

/** Resolves to null when the reviewer closes the save dialog. */
export function exportThreadSeries(id: number): Promise<SavedExport | null> {
  return invoke<SavedExport | null>('export_thread_series', { id });
}

/** The open suggestions, likeliest first, each beside the thread's question it would join. */
export function listThreadSuggestions(): Promise<ThreadSuggestionView[]> {
  return invoke<ThreadSuggestionView[]>('list_thread_suggestions');
}

/** The question joins the thread for good; resolves once the library has it. */
export function acceptThreadSuggestion(threadId: number, documentId: number, questionKey: string): Promise<void> {
  return invoke<void>('accept_thread_suggestion', { threadId, documentId, questionKey });
}

/** The question leaves the thread and is never suggested for it again; resolves once the library has it. */
export function rejectThreadSuggestion(threadId: number, documentId: number, questionKey: string): Promise<void> {
  return invoke<void>('reject_thread_suggestion', { threadId, documentId, questionKey });
}

/** Which questions of the letters just imported continue threads of earlier letters. */
export function threadContinuations(documentIds: number[]): Promise<ThreadContinuations> {
  return invoke<ThreadContinuations>('thread_continuations', { documentIds });
}
