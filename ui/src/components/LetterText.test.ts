// Tests that letter text is only ever rendered as text, and how page furniture is shown and hidden.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { MarkCode, TextSegment } from '../api/bindings';
import { partlyDisclosedSegments } from '../test-documents';
import LetterText from './LetterText.svelte';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('LetterText', () => {
  it('renders markup in a letter as literal characters, creating no elements', () => {
    const { getByTestId } = render(LetterText, {
      segments: [{ text: `Dear requester,\n${hostile}\nYours sincerely`, is_furniture: false, mark: 'plain' }],
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
      segments: [{ text: hostile, is_furniture: true, mark: 'furniture' }],
      hideFurniture: false,
      onShowFurniture: () => {},
    });
    const text = getByTestId('reader-text');
    expect(text.querySelector('script, img')).toBeNull();
    expect(text.textContent).toBe(hostile);
  });

  const pageBreak: TextSegment[] = [
    { text: 'Thank you for your request.\n', is_furniture: false, mark: 'plain' },
    { text: 'Page 1 of 2\n', is_furniture: true, mark: 'furniture' },
    { text: 'OFFICIAL\n', is_furniture: true, mark: 'furniture' },
    { text: 'The information is held.\n', is_furniture: false, mark: 'plain' },
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

  it('gives each run a class for its role and keeps the text exactly as sent', () => {
    const { getByTestId } = render(LetterText, {
      segments: partlyDisclosedSegments,
      hideFurniture: false,
      onShowFurniture: () => {},
    });
    const text = getByTestId('reader-text');
    expect(text.textContent).toBe(partlyDisclosedSegments.map((segment) => segment.text).join(''));
    expect(text.querySelector('.mark-question')?.textContent).toBe(
      '1. How many Family Liaison Officers does the force employ?\n',
    );
    expect(text.querySelector('.mark-answer')?.textContent).toBe('The force employs 377 Family Liaison Officers.\n');
    expect(text.querySelector('.mark-exemption')?.textContent).toBe('section 40(2) of the Act');
    expect(text.querySelector('.mark-boilerplate')?.textContent).toBe('You may ask for an internal review.\n');
    expect(text.querySelectorAll('.mark-plain')).toHaveLength(3);
    expect(text.querySelector('.furniture')?.textContent).toBe('Page 1 of 2\n');
  });

  it('explains the colours in a legend outside the letter text', () => {
    const { getByRole, getByTestId } = render(LetterText, {
      segments: partlyDisclosedSegments,
      hideFurniture: true,
      onShowFurniture: () => {},
    });
    const legend = getByRole('list', { name: 'Highlight colours' });
    expect(legend.textContent).toContain('Question');
    expect(legend.textContent).toContain('Answer');
    expect(legend.textContent).toContain('Exemption cited');
    expect(getByTestId('reader-text').contains(legend)).toBe(false);
  });

  it('gives a mark it does not know the plain look, never a class made from the data', () => {
    const { getByTestId, queryByRole } = render(LetterText, {
      segments: [{ text: 'Body', is_furniture: false, mark: 'x onclick' as MarkCode }],
      hideFurniture: true,
      onShowFurniture: () => {},
    });
    const span = getByTestId('reader-text').querySelector('span')!;
    expect(span.className).toContain('mark-unknown');
    expect(span.className).not.toContain('onclick');
    // Plain text alone has nothing to explain.
    expect(queryByRole('list', { name: 'Highlight colours' })).toBeNull();
  });
});

describe('LetterText highlights', () => {
  const segments: TextSegment[] = [
    { text: 'Dear requester,\n', is_furniture: false, mark: 'plain' },
    { text: 'Page 1\n', is_furniture: true, mark: 'furniture' },
    { text: 'In 2021, 19 officers left.\n', is_furniture: false, mark: 'answer' },
  ];

  it('draws a highlight over its offsets in the whole letter, counting hidden furniture', () => {
    const start = segments.map((segment) => segment.text).join('').indexOf('19 officers');
    const { getByTestId, getAllByTestId } = render(LetterText, {
      segments,
      hideFurniture: true,
      onShowFurniture: () => {},
      highlights: [{ id: 4, start, end: start + '19 officers'.length, colour: 'pink' }],
      activeAnnotationId: 4,
    });
    const marks = getAllByTestId('annotation-highlight');
    expect(marks.map((mark) => mark.textContent)).toEqual(['19 officers']);
    expect(marks[0].classList.contains('active')).toBe(true);
    expect(getByTestId('reader-text').textContent).toBe('Dear requester,\nIn 2021, 19 officers left.\n');
  });

  it('labels every piece of text with its offset, so a selection maps back to the letter', () => {
    const { getByTestId } = render(LetterText, { segments, hideFurniture: false, onShowFurniture: () => {} });
    const offsets = Array.from(getByTestId('reader-text').querySelectorAll<HTMLElement>('[data-offset]')).map((piece) => [
      Number(piece.dataset.offset),
      piece.textContent,
    ]);
    expect(offsets).toEqual([
      [0, 'Dear requester,\n'],
      [16, 'Page 1\n'],
      [23, 'In 2021, 19 officers left.\n'],
    ]);
  });
});

describe('LetterText withheld parts and flags', () => {
  const letter = 'Officers in post: <5 in 2021. Their names [redacted] and rank and station are withheld.\n';
  const at = (words: string) => ({ start: letter.indexOf(words), end: letter.indexOf(words) + words.length });
  const withheld = [{ id: 0, ...at('<5'), title: 'Withheld: Suppressed: fewer than 5' }];
  const flags = [{ id: 7, ...at('rank and station'), title: 'Flagged: FOIA s40(2) — identifies officers' }];

  function renderMarked(text = letter, extra: Record<string, unknown> = {}) {
    return render(LetterText, {
      segments: [{ text, is_furniture: false, mark: 'plain' }],
      hideFurniture: true,
      onShowFurniture: () => {},
      withheldMarks: withheld,
      flagMarks: flags,
      ...extra,
    });
  }

  it('marks each withheld part and flag over its own words, with the reason or provisions and note as the title', () => {
    const { getAllByTestId, getByTestId } = renderMarked();
    const withheldMarks = getAllByTestId('withheld-mark');
    expect(withheldMarks.map((mark) => mark.textContent), 'the withheld mark must cover exactly the suppressed cell').toEqual(['<5']);
    expect(withheldMarks[0].title, 'the title carries the letter’s reason').toBe('Withheld: Suppressed: fewer than 5');
    const flagMarks = getAllByTestId('flag-mark');
    expect(flagMarks.map((mark) => mark.textContent), 'the flag mark must cover exactly the flagged passage').toEqual(['rank and station']);
    expect(flagMarks[0].title, 'the title carries the provisions and note').toBe('Flagged: FOIA s40(2) — identifies officers');
    expect(flagMarks[0].classList.contains('opens'), 'the first piece of a mark shows its label').toBe(true);
    expect(getByTestId('reader-text').textContent, 'marks add no characters to the letter').toBe(letter);
  });

  it('keeps the offsets of marked pieces, so a selection inside a mark still maps to the letter', () => {
    const { getAllByTestId } = renderMarked();
    const inner = getAllByTestId('flag-mark')[0].querySelector<HTMLElement>('[data-offset]');
    expect(Number(inner?.dataset.offset), 'the piece under the flag must know where it starts in the letter').toBe(at('rank and station').start);
  });

  it('draws a flag and a highlight over the same words together', () => {
    const { getAllByTestId } = renderMarked(letter, {
      highlights: [{ id: 3, ...at('rank'), colour: 'yellow' }],
    });
    const flagMarks = getAllByTestId('flag-mark');
    expect(flagMarks.map((mark) => mark.textContent).join(''), 'the flag still covers its whole passage').toBe('rank and station');
    expect(flagMarks[0].querySelector('[data-testid=annotation-highlight]')?.textContent, 'the highlight sits inside the flag').toBe('rank');
  });

  it('leaves hostile markup under a mark as text, creating no elements', () => {
    const text = `Withheld: ${hostile} end\n`;
    const { getAllByTestId, getByTestId } = renderMarked(text, {
      withheldMarks: [{ id: 0, start: text.indexOf(hostile), end: text.indexOf(hostile) + hostile.length, title: `Withheld: ${hostile}` }],
      flagMarks: [],
    });
    const marks = getAllByTestId('withheld-mark');
    expect(marks.map((mark) => mark.textContent).join(''), 'the hostile words are shown as they are').toBe(hostile);
    expect(document.querySelector('script, img'), 'letter text must never become elements').toBeNull();
    expect(marks[0].title, 'a reason with markup stays a plain attribute').toBe(`Withheld: ${hostile}`);
    expect(getByTestId('reader-text').textContent).toBe(text);
  });
});
