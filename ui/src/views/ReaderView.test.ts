// Tests for the reader screen: what it fetches, how it shows the letter, and its keys.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationView, LetterStructure, TextSegment } from '../api/bindings';
import type { TextSelection } from '../reader/text-selection';
import { documentView, partlyDisclosedSegments, partlyDisclosedStructure } from '../test-documents';
import ReaderView from './ReaderView.svelte';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** Answers for the reviewer's work on a letter with none yet, so tests about reading need not mock it. */
function reviewWork(cmd: string): unknown {
  if (['list_annotations', 'get_review_statuses', 'carried_forward_annotations', 'list_withheld', 'list_flags', 'list_outcomes', 'list_citations', 'list_redactions'].includes(cmd)) return [];
  if (cmd === 'get_preferences') return { reviewer_name: null };
  return undefined;
}

function serveDocuments(segmentsById: Record<number, TextSegment[]>, structureById: Record<number, LetterStructure> = {}) {
  const requested: number[] = [];
  mockIPC((cmd, args) => {
    const quiet = reviewWork(cmd);
    if (quiet !== undefined) return quiet;
    if (cmd !== 'get_document') throw { kind: 'unexpected', message: cmd };
    const id = (args as { id: number }).id;
    requested.push(id);
    if (!(id in segmentsById)) throw { kind: 'not_found', message: `No document has id ${id}.` };
    return documentView(id, segmentsById[id], structureById[id]);
  });
  return requested;
}

function renderReader(props: {
  id: number;
  previousId?: number | null;
  nextId?: number | null;
  mode?: 'structure' | 'original';
}) {
  const onBack = vi.fn();
  const onNavigate = vi.fn();
  const onError = vi.fn();
  const result = render(ReaderView, {
    previousId: null,
    nextId: null,
    hideFurniture: true,
    ...props,
    onBack,
    onNavigate,
    onError,
  });
  return { ...result, onBack, onNavigate, onError };
}

afterEach(() => clearMocks());

describe('ReaderView', () => {
  it('shows the details and a hostile letter as literal text', async () => {
    const requested = serveDocuments({ 2: [{ text: `Dear requester,\n${hostile}\n`, is_furniture: false, mark: 'plain' }] });
    const { findByTestId, getByTestId, getByText } = renderReader({ id: 2 });

    expect((await findByTestId('reader-title')).textContent).toBe('Hospital parking charges');
    expect(requested).toEqual([2]);
    expect(getByText('FOI/2023/9')).toBeTruthy();
    expect(getByText('NHS England')).toBeTruthy();
    expect(getByText('parking.pdf')).toBeTruthy();
    expect(getByText('UTF-8')).toBeTruthy();

    const text = getByTestId('reader-text');
    expect(text.textContent).toContain(hostile);
    expect(document.querySelector('script, img')).toBeNull();
  });

  it('moves focus to the title once the document arrives', async () => {
    serveDocuments({ 1: [{ text: 'Body', is_furniture: false, mark: 'plain' }] });
    const { findByTestId } = renderReader({ id: 1 });
    const title = await findByTestId('reader-title');
    await waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('hides furniture behind a marker by default and shows it with the toggle', async () => {
    serveDocuments({
      1: [
        { text: 'Body one\n', is_furniture: false, mark: 'plain' },
        { text: 'Page 1 of 2\n', is_furniture: true, mark: 'furniture' },
        { text: 'Body two\n', is_furniture: false, mark: 'plain' },
      ],
    });
    const { findByTestId, getByLabelText, getByTestId } = renderReader({ id: 1 });
    await findByTestId('reader-title');
    expect(getByTestId('reader-text').textContent).toBe('Body one\nBody two\n');
    const toggle = getByLabelText('Hide page furniture') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await fireEvent.click(toggle);
    expect(getByTestId('reader-text').textContent).toBe('Body one\nPage 1 of 2\nBody two\n');
  });

  it('goes back with Escape, Alt+Left and the back button', async () => {
    serveDocuments({ 1: [{ text: 'Body', is_furniture: false, mark: 'plain' }] });
    const { findByTestId, getByTestId, onBack } = renderReader({ id: 1 });
    await findByTestId('reader-title');
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    await fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true });
    await fireEvent.click(getByTestId('back-to-library'));
    expect(onBack).toHaveBeenCalledTimes(3);
  });

  it('asks for the next and previous documents with j and k', async () => {
    serveDocuments({ 3: [{ text: 'Body', is_furniture: false, mark: 'plain' }] });
    const { findByTestId, onNavigate } = renderReader({ id: 3, previousId: 2, nextId: 4 });
    await findByTestId('reader-title');
    await fireEvent.keyDown(document.body, { key: 'j' });
    await fireEvent.keyDown(document.body, { key: 'k' });
    await fireEvent.keyDown(document.body, { key: 'j', ctrlKey: true });
    expect(onNavigate.mock.calls).toEqual([[4], [2]]);
  });

  it('fetches the new document when the id changes', async () => {
    const requested = serveDocuments({
      1: [{ text: 'First letter', is_furniture: false, mark: 'plain' }],
      2: [{ text: 'Second letter', is_furniture: false, mark: 'plain' }],
    });
    const { findByTestId, getByTestId, rerender } = renderReader({ id: 1 });
    await findByTestId('reader-title');
    await rerender({ id: 2 });
    await waitFor(() => expect(getByTestId('reader-text').textContent).toBe('Second letter'));
    expect(requested).toEqual([1, 2]);
  });

  it('reports a failed fetch through onError', async () => {
    serveDocuments({});
    const { findByText, onError } = renderReader({ id: 99 });
    expect(await findByText('This document could not be opened.')).toBeTruthy();
    expect(onError).toHaveBeenCalledWith('No document has id 99.');
  });

  describe('modes', () => {
    function serveStructuredLetter() {
      return serveDocuments({ 5: partlyDisclosedSegments }, { 5: partlyDisclosedStructure() });
    }

    it('opens in Original text, with the letter in reader-text and the Original tab selected', async () => {
      serveStructuredLetter();
      const { findByTestId, getByTestId, queryByTestId } = renderReader({ id: 5 });
      await findByTestId('reader-title');
      expect(getByTestId('reader-text').textContent).toContain('Dear requester,');
      expect(getByTestId('reader-mode-original').getAttribute('aria-selected')).toBe('true');
      expect(getByTestId('reader-mode-structure').getAttribute('aria-selected')).toBe('false');
      expect(queryByTestId('reader-structure')).toBeNull();
    });

    it('switches with the tabs, showing only the chosen mode', async () => {
      serveStructuredLetter();
      const { findByTestId, getByTestId, queryByTestId } = renderReader({ id: 5 });
      await findByTestId('reader-title');
      await fireEvent.click(getByTestId('reader-mode-structure'));
      expect(getByTestId('reader-structure')).toBeTruthy();
      expect(queryByTestId('reader-text')).toBeNull();
      // The side panel has tabs of its own; this is the letter's panel.
      const panel = getByTestId('reader-structure').closest('[role=tabpanel]')!;
      expect(panel.getAttribute('aria-labelledby')).toBe(getByTestId('reader-mode-structure').id);
      await fireEvent.click(getByTestId('reader-mode-original'));
      expect(queryByTestId('reader-structure')).toBeNull();
      expect(getByTestId('reader-text')).toBeTruthy();
    });

    it('switches with s and o, but not while typing or with a modifier held', async () => {
      serveStructuredLetter();
      const { findByTestId, getByTestId, queryByTestId } = renderReader({ id: 5 });
      await findByTestId('reader-title');
      await fireEvent.keyDown(document.body, { key: 's' });
      expect(getByTestId('reader-structure')).toBeTruthy();
      await fireEvent.keyDown(document.body, { key: 'o', ctrlKey: true });
      expect(getByTestId('reader-structure')).toBeTruthy();
      const field = document.createElement('input');
      document.body.append(field);
      try {
        await fireEvent.keyDown(field, { key: 'o' });
        expect(getByTestId('reader-structure')).toBeTruthy();
      } finally {
        field.remove();
      }
      await fireEvent.keyDown(document.body, { key: 'o' });
      expect(queryByTestId('reader-structure')).toBeNull();
      expect(getByTestId('reader-text')).toBeTruthy();
    });

    it('moves between the tabs with the arrow keys', async () => {
      serveStructuredLetter();
      const { findByTestId, getByTestId } = renderReader({ id: 5 });
      await findByTestId('reader-title');
      const original = getByTestId('reader-mode-original');
      original.focus();
      await fireEvent.keyDown(original, { key: 'ArrowLeft' });
      expect(getByTestId('reader-structure')).toBeTruthy();
      expect(document.activeElement).toBe(getByTestId('reader-mode-structure'));
      expect(getByTestId('reader-mode-structure').tabIndex).toBe(0);
      expect(getByTestId('reader-mode-original').tabIndex).toBe(-1);
    });

    it('starts in the mode it is given, so the shell can carry the last choice over', async () => {
      serveStructuredLetter();
      const { findByTestId, getByTestId } = renderReader({ id: 5, mode: 'structure' });
      await findByTestId('reader-title');
      expect(getByTestId('reader-structure')).toBeTruthy();
      expect(getByTestId('decision-badge').textContent).toBe('Partly disclosed');
    });

    it('moves focus between question cards with n and p in Structure mode', async () => {
      serveStructuredLetter();
      const { findByTestId, getAllByTestId } = renderReader({ id: 5, mode: 'structure' });
      await findByTestId('reader-title');
      const cards = getAllByTestId('question-card');
      await fireEvent.keyDown(document.body, { key: 'n' });
      expect(document.activeElement).toBe(cards[0]);
      await fireEvent.keyDown(document.activeElement!, { key: 'n' });
      expect(document.activeElement).toBe(cards[1]);
      await fireEvent.keyDown(document.activeElement!, { key: 'n' });
      await fireEvent.keyDown(document.activeElement!, { key: 'n' });
      expect(document.activeElement).toBe(cards[2]);
      await fireEvent.keyDown(document.activeElement!, { key: 'p' });
      expect(document.activeElement).toBe(cards[1]);
    });

    it('moves focus to the chosen tab when the focused card goes away with the mode', async () => {
      serveStructuredLetter();
      const { findByTestId, getByTestId } = renderReader({ id: 5, mode: 'structure' });
      await findByTestId('reader-title');
      await fireEvent.keyDown(document.body, { key: 'n' });
      await fireEvent.keyDown(document.activeElement!, { key: 'o' });
      await waitFor(() => expect(document.activeElement).toBe(getByTestId('reader-mode-original')));
    });

    it('offers the furniture toggle only with the original text', async () => {
      serveStructuredLetter();
      const { findByTestId, queryByLabelText } = renderReader({ id: 5 });
      await findByTestId('reader-title');
      expect(queryByLabelText('Hide page furniture')).not.toBeNull();
      await fireEvent.keyDown(document.body, { key: 's' });
      expect(queryByLabelText('Hide page furniture')).toBeNull();
    });
  });
});

describe('ReaderView annotations', () => {
  const letter = 'Dear requester,\nIn 2021, 19 officers had their vetting withdrawn.\nYours sincerely\n';

  function annotation(overrides: Partial<AnnotationView> = {}): AnnotationView {
    return {
      id: 7,
      document_id: 1,
      scope: 'passage',
      quote: '19 officers',
      start: letter.indexOf('19 officers'),
      end: letter.indexOf('19 officers') + '19 officers'.length,
      question_label: null,
      note: 'Up from 12',
      colour: 'yellow',
      tags: ['figures'],
      anchor_state: 'exact',
      created_at: '2026-01-01T10:00:00Z',
      updated_at: '2026-01-01T10:00:00Z',
      deleted_at: null,
      ...overrides,
    };
  }

  /** A letter, its stored notes, and a record of the annotation commands called. */
  function serveAnnotatedLetter(stored: AnnotationView[]) {
    const calls: { cmd: string; args: Record<string, unknown> }[] = [];
    let notes = [...stored];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      switch (cmd) {
        case 'get_document':
          return documentView(1, [{ text: letter, is_furniture: false, mark: 'plain' }]);
        case 'list_annotations':
          return notes;
        case 'annotate_span': {
          const made = annotation({ id: 8, note: (args as { note: string }).note });
          notes = [...notes, made];
          return made;
        }
        case 'undo_annotation':
          notes = notes.slice(0, -1);
          return stored[0] ?? null;
        default: {
          const quiet = reviewWork(cmd);
          if (quiet !== undefined) return quiet;
          throw { kind: 'unexpected', message: cmd };
        }
      }
    });
    return calls;
  }

  function selectInText(words: string): void {
    const root = document.querySelector('[data-testid=reader-text]')!;
    const at = letter.indexOf(words);
    // One piece per run: find the text node holding the offset from the pieces' data-offset.
    const pieces = Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
    const place = (offset: number): [Node, number] => {
      const piece = pieces.filter((candidate) => Number(candidate.dataset.offset) <= offset).pop()!;
      return [piece.firstChild!, offset - Number(piece.dataset.offset)];
    };
    const range = document.createRange();
    range.setStart(...place(at));
    range.setEnd(...place(at + words.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  }

  it('draws stored highlights over their words and lists them in the Notes tab', async () => {
    serveAnnotatedLetter([annotation()]);
    const { findAllByTestId, getByTestId } = renderReader({ id: 1 });
    const marks = await findAllByTestId('annotation-highlight');
    expect(marks.map((mark) => mark.textContent).join('')).toBe('19 officers');
    expect(getByTestId('reader-text').textContent).toBe(letter);
    const item = (await findAllByTestId('annotation-item'))[0];
    expect(item.textContent).toContain('Up from 12');
    expect(item.textContent).toContain('figures');
  });

  it('highlights the selection with h, sending UTF-16 offsets, and says Saved only after the command resolved', async () => {
    const calls = serveAnnotatedLetter([]);
    const { findByTestId, getByTestId } = renderReader({ id: 1 });
    await findByTestId('reader-title');
    await waitFor(() => expect(calls.some((call) => call.cmd === 'list_annotations')).toBe(true));
    selectInText('vetting withdrawn');
    await findByTestId('selection-popover');
    await fireEvent.keyDown(document.body, { key: 'h' });
    await waitFor(() => expect(getByTestId('annotation-save-state').textContent?.trim()).toBe('Saved'));
    const sent = calls.find((call) => call.cmd === 'annotate_span')!.args as { selection: TextSelection };
    expect(sent.selection.start).toBe(letter.indexOf('vetting withdrawn'));
    expect(sent.selection.end).toBe(letter.indexOf('vetting withdrawn') + 'vetting withdrawn'.length);
    expect(sent.selection.quote).toBe('vetting withdrawn');
    expect(sent.selection.prefix.endsWith('had their ')).toBe(true);
  });

  it('opens the editor from the popover and saves the note with its tags', async () => {
    const calls = serveAnnotatedLetter([]);
    const { findByTestId, getByTestId } = renderReader({ id: 1 });
    await findByTestId('reader-title');
    selectInText('19 officers');
    await fireEvent.click(await findByTestId('popover-note'));
    const note = (await findByTestId('annotation-note')) as HTMLTextAreaElement;
    await fireEvent.input(note, { target: { value: 'Check against 2020' } });
    await fireEvent.input(getByTestId('annotation-tags'), { target: { value: 'figures, follow' } });
    await fireEvent.click(getByTestId('annotation-save'));
    await waitFor(() => expect(getByTestId('annotation-save-state').textContent?.trim()).toBe('Saved'));
    const sent = calls.find((call) => call.cmd === 'annotate_span')!.args;
    expect(sent.note).toBe('Check against 2020');
    expect(sent.tags).toEqual(['figures', 'follow']);
  });

  it('undoes with Ctrl+Z, but not while typing in a field', async () => {
    const calls = serveAnnotatedLetter([annotation()]);
    const { findAllByTestId } = renderReader({ id: 1 });
    await findAllByTestId('annotation-item');
    const field = document.createElement('input');
    document.body.appendChild(field);
    await fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(calls.some((call) => call.cmd === 'undo_annotation')).toBe(false);
    field.remove();
    await fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(calls.some((call) => call.cmd === 'undo_annotation')).toBe(true));
  });

  it('steps between notes with ] and [', async () => {
    const second = annotation({ id: 9, quote: 'Yours', start: letter.indexOf('Yours'), end: letter.indexOf('Yours') + 5 });
    serveAnnotatedLetter([annotation(), second]);
    const { findAllByTestId } = renderReader({ id: 1 });
    const items = await findAllByTestId('annotation-item');
    await fireEvent.keyDown(document.body, { key: ']' });
    await waitFor(() => expect(items[0].classList.contains('active')).toBe(true));
    await fireEvent.keyDown(document.body, { key: ']' });
    await waitFor(() => expect(items[1].classList.contains('active')).toBe(true));
    await fireEvent.keyDown(document.body, { key: '[' });
    await waitFor(() => expect(items[0].classList.contains('active')).toBe(true));
  });

  it('places an orphaned note on the selected words, says Saved once committed, and undoes it with Ctrl+Z', async () => {
    const orphan = annotation({ quote: '12 officers', start: null, end: null, anchor_state: 'orphan' });
    const placed = annotation({ quote: 'vetting withdrawn', start: letter.indexOf('vetting withdrawn'), end: letter.indexOf('vetting withdrawn') + 17 });
    const calls: { cmd: string; args: Record<string, unknown> }[] = [];
    let note = orphan;
    let resolvePlace: () => void = () => {};
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      switch (cmd) {
        case 'get_document':
          return documentView(1, [{ text: letter, is_furniture: false, mark: 'plain' }]);
        case 'list_annotations':
          return [note];
        case 'place_annotation':
          return new Promise((resolve) => {
            resolvePlace = () => {
              note = placed;
              resolve(placed);
            };
          });
        case 'undo_annotation':
          note = orphan;
          return orphan;
        default: {
          const quiet = reviewWork(cmd);
          if (quiet !== undefined) return quiet;
          throw { kind: 'unexpected', message: cmd };
        }
      }
    });
    const { findByTestId, getByTestId, queryAllByTestId } = renderReader({ id: 1 });
    const place = (await findByTestId('place-annotation')) as HTMLButtonElement;
    expect(place.disabled, 'an orphan cannot be placed until words are selected in the letter').toBe(true);
    expect(queryAllByTestId('annotation-highlight'), 'an orphan has no highlight').toHaveLength(0);

    selectInText('vetting withdrawn');
    await waitFor(() => expect(place.disabled, 'selecting words offers the orphan a place').toBe(false));
    await fireEvent.click(place);
    await waitFor(() => expect(calls.some((call) => call.cmd === 'place_annotation')).toBe(true));
    expect(getByTestId('annotation-save-state').textContent?.trim(), '"Saved" must wait for the command to resolve').toBe('Saving…');
    const sent = calls.find((call) => call.cmd === 'place_annotation')!.args as { annotationId: number; selection: TextSelection };
    expect(sent.annotationId, 'the orphan itself is placed, not a new note made').toBe(7);
    expect([sent.selection.quote, sent.selection.start], 'the selection goes with its UTF-16 offsets').toEqual(['vetting withdrawn', letter.indexOf('vetting withdrawn')]);

    resolvePlace();
    await waitFor(() => expect(getByTestId('annotation-save-state').textContent?.trim()).toBe('Saved'));
    const marks = await findByTestId('annotation-highlight');
    expect(marks.textContent, 'the placed note is highlighted on its new words').toBe('vetting withdrawn');
    expect(getByTestId('annotation-item').dataset.anchorState, 'the note no longer shows as an orphan').toBe('exact');
    expect(queryAllByTestId('place-annotation'), 'a placed note has nothing left to place').toHaveLength(0);

    await fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(getByTestId('annotation-item').dataset.anchorState, 'undo makes it an orphan again').toBe('orphan'));
    expect(queryAllByTestId('annotation-highlight'), 'and its highlight goes').toHaveLength(0);
  });
});
