// Annotations shaped as the annotation commands return them, for the tests of the reader and its panels.
import type { AnnotationView } from '../api/bindings';

/** A yellow highlight with no words, note or question, placed exactly; `overrides` give it what a test needs. */
export function annotationView(overrides: Partial<AnnotationView> = {}): AnnotationView {
  return {
    id: 1,
    document_id: 1,
    scope: 'passage',
    quote: '',
    start: 0,
    end: 0,
    question_label: null,
    note: '',
    colour: 'yellow',
    tags: [],
    anchor_state: 'exact',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    deleted_at: null,
    ...overrides,
  };
}
