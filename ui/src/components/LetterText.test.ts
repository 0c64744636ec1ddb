// Tests that letter text is only ever rendered as text, and how page furniture is shown and hidden.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import LetterText from './LetterText.svelte';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('LetterText', () => {
  it('renders markup in a letter as literal characters, creating no elements', () => {
    const { getByTestId } = render(LetterText, {
      segments: [{ text: `Dear requester,\n${hostile}\nYours sincerely`, is_furniture: false }],
      hideFurniture: true,
      onShowFurniture: () => {},
    });
    const text = getByTestId('reader-text');
    expect(text.querySelector('script, img')).toBeNull();
    expect(document.querySelector('script, img')).toBeNull();
    expect(text.textContent).toContain(hostile);
  });

  it('renders hostile furniture as text too', () => {
    const { getByTestId } = render(LetterText, {
      segments: [{ text: hostile, is_furniture: true }],
      hideFurniture: false,
      onShowFurniture: () => {},
    });
    const text = getByTestId('reader-text');
    expect(text.querySelector('script, img')).toBeNull();
    expect(text.textContent).toBe(hostile);
  });

  const pageBreak = [
    { text: 'Thank you for your request.\n', is_furniture: false },
    { text: 'Page 1 of 2\n', is_furniture: true },
    { text: 'OFFICIAL\n', is_furniture: true },
    { text: 'The information is held.\n', is_furniture: false },
  ];

  it('shows furniture muted and keeps the text exactly as sent, with no added whitespace', () => {
    const { getByTestId } = render(LetterText, { segments: pageBreak, hideFurniture: false, onShowFurniture: () => {} });
    const text = getByTestId('reader-text');
    expect(text.textContent).toBe(pageBreak.map((segment) => segment.text).join(''));
    expect(text.querySelectorAll('.furniture')).toHaveLength(1);
    expect(text.querySelector('.furniture')?.textContent).toBe('Page 1 of 2\nOFFICIAL\n');
  });

  it('folds neighbouring furniture into one marker that leaves the body text contiguous', async () => {
    const onShowFurniture = vi.fn();
    const { getByTestId, getAllByRole } = render(LetterText, {
      segments: pageBreak,
      hideFurniture: true,
      onShowFurniture,
    });
    const text = getByTestId('reader-text');
    expect(text.textContent).toBe('Thank you for your request.\nThe information is held.\n');
    const markers = getAllByRole('button', { name: /page furniture hidden/i });
    expect(markers).toHaveLength(1);
    await fireEvent.click(markers[0]);
    expect(onShowFurniture).toHaveBeenCalledOnce();
  });
});
