// Tests "Read again": offered only while the letter's file is on disk, it asks for the new reading of that letter, says what changed and has the reader reload.
import { fireEvent, render } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ReadAgainButton from './ReadAgainButton.svelte';

afterEach(() => clearMocks());

describe('ReadAgainButton', () => {
  it('reads the letter again, says how many pages OCR read, and has the reader reload', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { document_id: 7, text_changed: true, n_ocr_pages: 2 };
    });
    const onRead = vi.fn();
    const { getByTestId, findByTestId } = render(ReadAgainButton, { documentId: 7, canReadAgain: true, onRead, onError: vi.fn() });
    await fireEvent.click(getByTestId('read-again'));
    const done = await findByTestId('read-again-done');
    expect(calls, 'the letter shown is the one read again').toEqual([['read_document_again', { id: 7 }]]);
    expect(done.textContent, 'the reviewer learns what the new reading changed').toBe('Read again: the text changed; 2 pages read by OCR.');
    expect(onRead, 'the reader must show the new text, not the old').toHaveBeenCalledOnce();
  });

  it('is not offered for a letter whose file is gone', () => {
    const { queryByTestId } = render(ReadAgainButton, { documentId: 7, canReadAgain: false, onRead: vi.fn(), onError: vi.fn() });
    expect(queryByTestId('read-again'), 'without its file a letter cannot be read again').toBeNull();
  });

  it('shows the reason when the file cannot be read, such as a program still missing', async () => {
    mockIPC(() => {
      throw { kind: 'unreadable', message: 'Tesseract, which reads them, is not installed' };
    });
    const onError = vi.fn();
    const onRead = vi.fn();
    const { getByTestId } = render(ReadAgainButton, { documentId: 7, canReadAgain: true, onRead, onError });
    await fireEvent.click(getByTestId('read-again'));
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError, 'the message says what is missing').toHaveBeenCalledWith('Tesseract, which reads them, is not installed');
    expect(onRead, 'nothing changed, nothing to reload').not.toHaveBeenCalled();
  });
});
