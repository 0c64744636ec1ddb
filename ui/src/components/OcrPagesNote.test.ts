// Tests for the OCR note: pages read from a scan are named with their confidence; a letter read from its text says nothing.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OcrPagesNote from './OcrPagesNote.svelte';

describe('OcrPagesNote', () => {
  it('names the pages read by OCR with their confidence', () => {
    const { getByTestId } = render(OcrPagesNote, {
      pages: [
        { number: 1, source: 'text', confidence: null },
        { number: 2, source: 'ocr', confidence: 87.4 },
        { number: 3, source: 'ocr', confidence: 61.6 },
      ],
    });
    const note = getByTestId('ocr-pages').textContent ?? '';
    expect(note).toContain('page 2 (confidence 87 %)');
    expect(note).toContain('page 3 (confidence 62 %)');
    expect(note).not.toContain('page 1');
    expect(note).toContain('check the figures');
  });

  it('says nothing for a letter read from its text layer', () => {
    const { queryByTestId } = render(OcrPagesNote, { pages: [{ number: 1, source: 'text', confidence: null }] });
    expect(queryByTestId('ocr-pages')).toBeNull();
  });
});
