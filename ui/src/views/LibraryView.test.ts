// Tests for the library screen: filtering as you type, sorting by header, and moving through rows by keyboard.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryState } from '../library/library-state.svelte';
import { libraryDocuments } from '../test-documents';
import LibraryView from './LibraryView.svelte';

function loadedLibrary(documents = libraryDocuments): LibraryState {
  const library = new LibraryState();
  library.documents = documents;
  library.loaded = true;
  return library;
}

function renderLibrary(library: LibraryState) {
  const onOpen = vi.fn();
  const onOpenSamples = vi.fn();
  const onPick = vi.fn();
  const result = render(LibraryView, { library, busy: false, onOpen, onOpenSamples, onPick });
  const rowIds = () => result.getAllByTestId('library-row').map((row) => Number(row.dataset.documentId));
  const selectedIds = () =>
    result
      .getAllByTestId('library-row')
      .filter((row) => row.getAttribute('aria-selected') === 'true')
      .map((row) => Number(row.dataset.documentId));
  return { ...result, onOpen, onOpenSamples, onPick, rowIds, selectedIds };
}

describe('LibraryView', () => {
  beforeEach(() => {
    document.body.focus();
  });

  it('shows one row per document, with a missing reference shown as a dash', () => {
    const { getAllByTestId, rowIds } = renderLibrary(loadedLibrary());
    expect(rowIds()).toEqual([1, 2, 3, 4]);
    expect(getAllByTestId('library-row')[2].querySelector('.reference')?.textContent).toBe('—');
  });

  it('filters as you type', async () => {
    const { getByTestId, rowIds, getByRole } = renderLibrary(loadedLibrary());
    await fireEvent.input(getByTestId('library-filter'), { target: { value: 'parking' } });
    expect(rowIds()).toEqual([2]);
    expect(getByRole('status').textContent).toContain('1 of 4 shown');
  });

  it('sorts on header click and says so with aria-sort', async () => {
    const { getByRole, rowIds } = renderLibrary(loadedLibrary());
    const dateButton = getByRole('button', { name: /^Date/ });
    await fireEvent.click(dateButton);
    expect(rowIds()).toEqual([2, 4, 1, 3]);
    expect(dateButton.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await fireEvent.click(dateButton);
    expect(rowIds()).toEqual([1, 4, 2, 3]);
    expect(dateButton.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(getByRole('button', { name: /^Title/ }).closest('th')?.getAttribute('aria-sort')).toBe('none');
  });

  it('moves the selection with the arrow keys and opens it with Enter', async () => {
    const { onOpen, selectedIds } = renderLibrary(loadedLibrary());
    expect(selectedIds()).toEqual([1]);
    await fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    await fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    expect(selectedIds()).toEqual([3]);
    await fireEvent.keyDown(document.body, { key: 'ArrowUp' });
    expect(selectedIds()).toEqual([2]);
    await fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(2);
  });

  it('moves focus along with the selection when a row has focus', async () => {
    const { getAllByTestId } = renderLibrary(loadedLibrary());
    const firstRow = getAllByTestId('library-row')[0];
    firstRow.focus();
    await fireEvent.keyDown(firstRow, { key: 'End' });
    await tick();
    expect(document.activeElement).toBe(getAllByTestId('library-row')[3]);
    expect(getAllByTestId('library-row')[3].getAttribute('tabindex')).toBe('0');
  });

  it('opens a document when its row is clicked', async () => {
    const { getAllByTestId, onOpen } = renderLibrary(loadedLibrary());
    await fireEvent.click(getAllByTestId('library-row')[1]);
    expect(onOpen).toHaveBeenCalledWith(2);
  });

  it('opens the first match when Enter is pressed in the filter', async () => {
    const { getByTestId, onOpen } = renderLibrary(loadedLibrary());
    const filter = getByTestId('library-filter');
    filter.focus();
    await fireEvent.input(filter, { target: { value: 'bus' } });
    await fireEvent.keyDown(filter, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(4);
  });

  it('focuses the filter with / and Ctrl+F, and clears it with Escape', async () => {
    const library = loadedLibrary();
    const { getByTestId, rowIds } = renderLibrary(library);
    const filter = getByTestId('library-filter') as HTMLInputElement;

    await fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(filter);

    filter.blur();
    await fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(filter);

    await fireEvent.input(filter, { target: { value: 'nhs' } });
    expect(rowIds()).toEqual([2]);
    await fireEvent.keyDown(filter, { key: 'Escape' });
    expect(filter.value).toBe('');
    expect(rowIds()).toEqual([1, 2, 3, 4]);
  });

  it('lets "/" type into the filter once it has focus', async () => {
    const { getByTestId } = renderLibrary(loadedLibrary());
    const filter = getByTestId('library-filter');
    filter.focus();
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    filter.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('leaves Enter on a header button to the button', async () => {
    const { getByRole, onOpen } = renderLibrary(loadedLibrary());
    const button = getByRole('button', { name: /^Title/ });
    button.focus();
    await fireEvent.keyDown(button, { key: 'Enter' });
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('welcomes an empty library with the sample and import buttons', async () => {
    const { getByTestId, queryByTestId, onOpenSamples, onPick, getByRole } = renderLibrary(loadedLibrary([]));
    expect(queryByTestId('library-filter')).toBeNull();
    await fireEvent.click(getByTestId('open-samples'));
    expect(onOpenSamples).toHaveBeenCalledOnce();
    await fireEvent.click(getByRole('button', { name: 'Import folder…' }));
    expect(onPick).toHaveBeenCalledWith('folder');
  });

  it('does not show the empty state before the first listing has arrived', () => {
    const library = new LibraryState();
    const { queryByTestId } = renderLibrary(library);
    expect(queryByTestId('open-samples')).toBeNull();
  });

  it('narrows the table to the review status chosen, as the command lists it', async () => {
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== 'list_documents_with_review_status') throw { kind: 'unexpected', message: cmd };
      asked.push(args);
      return [2, 4];
    });
    const library = loadedLibrary();
    const { getByTestId, rowIds } = renderLibrary(library);
    const filter = getByTestId('library-review-filter') as HTMLSelectElement;
    filter.value = 'follow_up';
    await fireEvent.change(filter);
    await waitFor(() => expect(rowIds(), 'only the documents the command listed stay').toEqual([2, 4]));
    expect(asked, 'the status goes to the command by its stored name').toEqual([{ status: 'follow_up' }]);
    filter.value = '';
    await fireEvent.change(filter);
    await waitFor(() => expect(rowIds(), 'any status shows every document again').toEqual([1, 2, 3, 4]));
    clearMocks();
  });

  it('draws only the rows near the view of a large library, and End still reaches the last letter', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      ...libraryDocuments[0],
      id: index + 1,
      reference: `FOI-${String(index + 1).padStart(5, '0')}`,
      title: `Letter ${index + 1}`,
    }));
    const { getAllByTestId, selectedIds } = renderLibrary(loadedLibrary(many));
    const drawn = getAllByTestId('library-row').length;
    expect(drawn, 'ten thousand rows in the page would make every scroll and filter slow').toBeLessThan(500);
    expect(drawn, 'the first screenful is there at once').toBeGreaterThan(20);

    getAllByTestId('library-row')[0].focus();
    await fireEvent.keyDown(getAllByTestId('library-row')[0], { key: 'End' });
    await waitFor(() => expect(selectedIds(), 'End selects the last letter, drawn once it is brought into view').toEqual([10_000]));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-document-id'), 'and focus follows it, so the arrows carry on from there').toBe('10000'),
    );
    expect(getAllByTestId('library-row').length, 'still only the rows near the view are drawn').toBeLessThan(500);
  });
});
