// Tests for the reader screen: what it fetches, how it shows the letter, and its keys.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TextSegment } from '../api/bindings';
import { documentView } from '../test-documents';
import ReaderView from './ReaderView.svelte';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function serveDocuments(segmentsById: Record<number, TextSegment[]>) {
  const requested: number[] = [];
  mockIPC((cmd, args) => {
    if (cmd !== 'get_document') throw { kind: 'unexpected', message: cmd };
    const id = (args as { id: number }).id;
    requested.push(id);
    if (!(id in segmentsById)) throw { kind: 'not_found', message: `No document has id ${id}.` };
    return documentView(id, segmentsById[id]);
  });
  return requested;
}

function renderReader(props: { id: number; previousId?: number | null; nextId?: number | null }) {
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
    const requested = serveDocuments({ 2: [{ text: `Dear requester,\n${hostile}\n`, is_furniture: false }] });
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
    serveDocuments({ 1: [{ text: 'Body', is_furniture: false }] });
    const { findByTestId } = renderReader({ id: 1 });
    const title = await findByTestId('reader-title');
    await waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('hides furniture behind a marker by default and shows it with the toggle', async () => {
    serveDocuments({
      1: [
        { text: 'Body one\n', is_furniture: false },
        { text: 'Page 1 of 2\n', is_furniture: true },
        { text: 'Body two\n', is_furniture: false },
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
    serveDocuments({ 1: [{ text: 'Body', is_furniture: false }] });
    const { findByTestId, getByTestId, onBack } = renderReader({ id: 1 });
    await findByTestId('reader-title');
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    await fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true });
    await fireEvent.click(getByTestId('back-to-library'));
    expect(onBack).toHaveBeenCalledTimes(3);
  });

  it('asks for the next and previous documents with j and k', async () => {
    serveDocuments({ 3: [{ text: 'Body', is_furniture: false }] });
    const { findByTestId, onNavigate } = renderReader({ id: 3, previousId: 2, nextId: 4 });
    await findByTestId('reader-title');
    await fireEvent.keyDown(document.body, { key: 'j' });
    await fireEvent.keyDown(document.body, { key: 'k' });
    await fireEvent.keyDown(document.body, { key: 'j', ctrlKey: true });
    expect(onNavigate.mock.calls).toEqual([[4], [2]]);
  });

  it('fetches the new document when the id changes', async () => {
    const requested = serveDocuments({
      1: [{ text: 'First letter', is_furniture: false }],
      2: [{ text: 'Second letter', is_furniture: false }],
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
});
