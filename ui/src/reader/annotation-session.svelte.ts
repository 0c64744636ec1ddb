// The reviewer's work on the letter being read: its notes and highlights, last year's notes, review statuses, the note being written and whether the last change is saved.
import {
  annotateAnswer,
  annotateDocument,
  annotateSpan,
  carriedForwardAnnotations,
  copyAnnotationForward,
  deleteAnnotation,
  getPreferences,
  getReviewStatuses,
  listAnnotations,
  placeAnnotation,
  redoAnnotation,
  setReviewerName,
  setReviewStatus,
  undoAnnotation,
  updateAnnotation,
  type AnnotationDraft,
} from '../api/annotations';
import type { AnnotationView, CarriedAnnotation, Preferences, ReviewStatusView } from '../api/bindings';
import type { SaveState } from '../components/AnnotationPanel.svelte';
import { questionHeading } from './structure-labels';
import type { TextSelection } from './text-selection';

/** The note open in the editor: a new one on words, an answer or the whole letter, or an existing one. */
export type NoteEditing =
  | { kind: 'span'; selection: TextSelection }
  | { kind: 'answer'; questionLabel: string }
  | { kind: 'document' }
  | { kind: 'edit'; annotation: AnnotationView };

export function noteEditorHeading(current: NoteEditing): string {
  switch (current.kind) {
    case 'span':
      return 'Note on the selected words';
    case 'answer':
      return `Note on the answer to ${questionHeading(current.questionLabel)}`;
    case 'document':
      return 'Note on the whole letter';
    case 'edit':
      return 'Edit note';
  }
}

export function noteEditorQuote(current: NoteEditing): string | null {
  if (current.kind === 'span') return current.selection.quote;
  if (current.kind === 'edit' && current.annotation.scope === 'passage') return current.annotation.quote;
  return null;
}

export function noteEditorInitial(current: NoteEditing): AnnotationDraft {
  if (current.kind === 'edit') {
    return { note: current.annotation.note, tags: [...current.annotation.tags], colour: current.annotation.colour };
  }
  return { note: '', tags: [], colour: 'yellow' };
}

export class AnnotationSession {
  annotations = $state<AnnotationView[]>([]);
  carried = $state<CarriedAnnotation[]>([]);
  statuses = $state<ReviewStatusView[]>([]);
  preferences = $state<Preferences | null>(null);
  saveState = $state<SaveState>('idle');
  /** Bumped after a delete, undo or redo, so the Recently deleted list asks again. */
  deletedRevision = $state(0);
  activeAnnotationId = $state<number | null>(null);
  editing = $state<NoteEditing | null>(null);

  documentStatus = $derived(this.statuses.find((status) => status.question_label === null) ?? null);

  /**
   * `currentDocumentId` is the letter on screen now: an answer for a letter already left behind is dropped.
   * `reportError` hears every failed command.
   */
  constructor(
    private readonly currentDocumentId: () => number,
    private readonly reportError: (reason: unknown) => void,
  ) {}

  /** Forgets the last letter's work before the next letter's arrives. */
  clear(): void {
    this.annotations = [];
    this.carried = [];
    this.statuses = [];
    this.editing = null;
    this.activeAnnotationId = null;
    this.saveState = 'idle';
  }

  async load(documentId: number): Promise<void> {
    try {
      const [loadedAnnotations, loadedStatuses, loadedPreferences] = await Promise.all([
        listAnnotations(documentId),
        getReviewStatuses(documentId),
        getPreferences(),
      ]);
      if (documentId !== this.currentDocumentId()) return;
      this.annotations = loadedAnnotations;
      this.statuses = loadedStatuses;
      this.preferences = loadedPreferences;
    } catch (reason) {
      this.reportError(reason);
    }
    // Last year's notes need the question threads brought up to date, which can take longer; they come second.
    try {
      const loadedCarried = await carriedForwardAnnotations(documentId);
      if (documentId === this.currentDocumentId()) this.carried = loadedCarried;
    } catch (reason) {
      this.reportError(reason);
    }
  }

  async reloadAnnotations(): Promise<void> {
    const documentId = this.currentDocumentId();
    const loaded = await listAnnotations(documentId);
    if (documentId === this.currentDocumentId()) this.annotations = loaded;
  }

  /** Runs an annotation command; "Saved" shows only once it resolved, and the list is the store's. */
  private async saving<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.saveState = 'saving';
    try {
      const result = await work();
      await this.reloadAnnotations();
      this.saveState = 'saved';
      return result;
    } catch (reason) {
      this.saveState = 'failed';
      this.reportError(reason);
      return undefined;
    }
  }

  async highlight(documentId: number, chosen: TextSelection): Promise<void> {
    const made = await this.saving(() => annotateSpan(documentId, chosen, { note: '', tags: [], colour: 'yellow' }));
    if (made) this.activeAnnotationId = made.id;
  }

  async saveEditor(documentId: number, draft: AnnotationDraft): Promise<void> {
    const current = this.editing;
    if (!current) return;
    const made = await this.saving(() => {
      switch (current.kind) {
        case 'span':
          return annotateSpan(documentId, current.selection, draft);
        case 'answer':
          return annotateAnswer(documentId, current.questionLabel, draft);
        case 'document':
          return annotateDocument(documentId, draft);
        case 'edit':
          return updateAnnotation(current.annotation.id, draft);
      }
    });
    if (made) {
      this.activeAnnotationId = made.id;
      this.editing = null;
    }
  }

  /** Places an orphaned note on the words selected in the letter; it then shows highlighted like any other. */
  async place(annotation: AnnotationView, chosen: TextSelection): Promise<void> {
    const placed = await this.saving(() => placeAnnotation(annotation.id, chosen));
    if (placed) this.activeAnnotationId = placed.id;
  }

  async remove(annotation: AnnotationView): Promise<void> {
    await this.saving(() => deleteAnnotation(annotation.id));
    this.deletedRevision += 1;
  }

  async undoOrRedo(which: 'undo' | 'redo'): Promise<void> {
    const touched = await this.saving(() => (which === 'undo' ? undoAnnotation() : redoAnnotation()));
    this.deletedRevision += 1;
    // Undo walks the whole library's history, so the change undone may be on another letter: say so.
    if (touched === null) this.saveState = which === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo';
    else if (touched && touched.document_id !== this.currentDocumentId()) this.saveState = 'elsewhere';
    else if (touched) this.activeAnnotationId = touched.id;
  }

  async copyForward(documentId: number, offer: CarriedAnnotation): Promise<void> {
    const made = await this.saving(() => copyAnnotationForward(offer.annotation.id, documentId, offer.question_label));
    if (made) this.activeAnnotationId = made.id;
  }

  async chooseStatus(documentId: number, questionLabel: string | null, status: string): Promise<void> {
    try {
      const saved = await setReviewStatus(documentId, questionLabel, status);
      if (documentId !== this.currentDocumentId()) return;
      this.statuses = [...this.statuses.filter((other) => other.question_label !== saved.question_label), saved];
    } catch (reason) {
      this.reportError(reason);
    }
  }

  async saveReviewerName(name: string): Promise<void> {
    try {
      this.preferences = await setReviewerName(name);
    } catch (reason) {
      this.reportError(reason);
    }
  }

  /** The next (+1) or previous (-1) note in text order from the active one, wrapping round; null when there are none. */
  neighbour(step: 1 | -1): AnnotationView | null {
    const count = this.annotations.length;
    if (count === 0) return null;
    const current = this.annotations.findIndex((annotation) => annotation.id === this.activeAnnotationId);
    const target = current === -1 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count;
    return this.annotations[target];
  }
}
