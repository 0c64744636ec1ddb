// Tests for the Notes panel's offer to place an orphaned note on the words selected in the letter.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { AnchorStateCode, AnnotationScopeCode, AnnotationView } from '../api/bindings';
import AnnotationPanel from './AnnotationPanel.svelte';

function note(id: number, anchorState: AnchorStateCode, scope: AnnotationScopeCode = 'passage'): AnnotationView {
  return {
    id,
    document_id: 1,
    scope,
    quote: scope === 'document' ? '' : '12 officers',
    start: anchorState === 'exact' ? 10 : null,
    end: anchorState === 'exact' ? 21 : null,
    question_label: null,
    note: `note ${id}`,
    colour: 'yellow',
    tags: [],
    anchor_state: anchorState,
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T10:00:00Z',
    deleted_at: null,
  };
}

function renderPanel(annotations: AnnotationView[], canPlace: boolean) {
  const onPlace = vi.fn();
  const result = render(AnnotationPanel, {
    annotations,
    activeAnnotationId: null,
    saveState: 'idle',
    preferences: null,
    revision: 0,
    canPlace,
    onPlace,
    onSelect: vi.fn(),
    onEdit: vi.fn(),
    onDelete: vi.fn(),
    onAnnotateDocument: vi.fn(),
    onUndo: vi.fn(),
    onRedo: vi.fn(),
    onReviewerName: vi.fn(),
    onRestored: vi.fn(),
    onError: vi.fn(),
  });
  return { ...result, onPlace };
}

describe('AnnotationPanel placing orphans', () => {
  it('offers "Place on selection" only on orphans, and hands the orphan over when clicked', async () => {
    const { getAllByTestId, onPlace } = renderPanel([note(1, 'exact'), note(2, 'orphan'), note(3, 'document', 'document')], true);
    const buttons = getAllByTestId('place-annotation') as HTMLButtonElement[];
    expect(buttons, 'placed notes and whole-letter notes have no passage to find').toHaveLength(1);
    expect(buttons[0].closest('[data-annotation-id]')?.getAttribute('data-annotation-id'), 'the offer is on the orphan').toBe('2');
    expect(buttons[0].textContent?.trim()).toBe('Place on selection');
    await fireEvent.click(buttons[0]);
    expect(onPlace, 'clicking places that very orphan').toHaveBeenCalledWith(expect.objectContaining({ id: 2 }));
  });

  it('keeps the button disabled until words are selected in the letter', async () => {
    const { getByTestId, onPlace } = renderPanel([note(2, 'orphan')], false);
    const button = getByTestId('place-annotation') as HTMLButtonElement;
    expect(button.disabled, 'with nothing selected there is nowhere to place the note').toBe(true);
    await fireEvent.click(button);
    expect(onPlace, 'a disabled button must not place the note').not.toHaveBeenCalled();
  });
});
