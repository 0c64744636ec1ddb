// Typed calls to the annotation and review commands: highlights and notes, undo and redo, recently deleted, notes carried forward from last year, review status and the reviewer's name.
import { invoke } from '@tauri-apps/api/core';
import type {
  AnnotationView,
  CarriedAnnotation,
  DeletedAnnotation,
  Preferences,
  ReviewStatusView,
} from './bindings';
import type { TextSelection } from '../reader/text-selection';

/** What the reviewer writes on a highlight or note. */
export type AnnotationDraft = { note: string; tags: string[]; colour: string };

/** The live annotations of one document, in text order; orphans and whole-document notes last. */
export function listAnnotations(documentId: number): Promise<AnnotationView[]> {
  return invoke<AnnotationView[]>('list_annotations', { documentId });
}

/** Resolves once the highlight is committed to the library. */
export function annotateSpan(documentId: number, selection: TextSelection, draft: AnnotationDraft): Promise<AnnotationView> {
  return invoke<AnnotationView>('annotate_span', { documentId, selection, ...draft });
}

export function annotateAnswer(documentId: number, questionLabel: string, draft: AnnotationDraft): Promise<AnnotationView> {
  return invoke<AnnotationView>('annotate_answer', { documentId, questionLabel, ...draft });
}

export function annotateDocument(documentId: number, draft: AnnotationDraft): Promise<AnnotationView> {
  return invoke<AnnotationView>('annotate_document', { documentId, ...draft });
}

export function updateAnnotation(id: number, draft: AnnotationDraft): Promise<AnnotationView> {
  return invoke<AnnotationView>('update_annotation', { id, ...draft });
}

/** Places a note (an orphan, typically) on the selected words; resolves once committed, undoable like any edit. */
export function placeAnnotation(annotationId: number, selection: TextSelection): Promise<AnnotationView> {
  return invoke<AnnotationView>('place_annotation', { annotationId, selection });
}

/** Moves the annotation to "recently deleted"; restoreAnnotation brings it back. */
export function deleteAnnotation(id: number): Promise<void> {
  return invoke<void>('delete_annotation', { id });
}

/** Resolves to the annotation the undo touched, or null when there was nothing to undo. */
export function undoAnnotation(): Promise<AnnotationView | null> {
  return invoke<AnnotationView | null>('undo_annotation');
}

export function redoAnnotation(): Promise<AnnotationView | null> {
  return invoke<AnnotationView | null>('redo_annotation');
}

export function listDeletedAnnotations(): Promise<DeletedAnnotation[]> {
  return invoke<DeletedAnnotation[]>('list_deleted_annotations');
}

export function restoreAnnotation(id: number): Promise<AnnotationView> {
  return invoke<AnnotationView>('restore_annotation', { id });
}

/** Notes on earlier answers to this letter's questions, found through the question threads. */
export function carriedForwardAnnotations(documentId: number): Promise<CarriedAnnotation[]> {
  return invoke<CarriedAnnotation[]>('carried_forward_annotations', { documentId });
}

export function copyAnnotationForward(annotationId: number, documentId: number, questionLabel: string): Promise<AnnotationView> {
  return invoke<AnnotationView>('copy_annotation_forward', { annotationId, documentId, questionLabel });
}

/** `questionLabel` null sets the whole document's status. */
export function setReviewStatus(documentId: number, questionLabel: string | null, status: string): Promise<ReviewStatusView> {
  return invoke<ReviewStatusView>('set_review_status', { documentId, questionLabel, status });
}

export function getReviewStatuses(documentId: number): Promise<ReviewStatusView[]> {
  return invoke<ReviewStatusView[]>('get_review_statuses', { documentId });
}

export function getPreferences(): Promise<Preferences> {
  return invoke<Preferences>('get_preferences');
}

export function setReviewerName(name: string): Promise<Preferences> {
  return invoke<Preferences>('set_reviewer_name', { name });
}
