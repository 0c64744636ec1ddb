// Tests for mapping highlights onto shown text and DOM selections back to offsets in the letter.
import { describe, expect, it } from 'vitest';
import {
  highlightsInShownText,
  selectionInOriginalText,
  selectionInStructure,
  splitAtHighlights,
  UNPLACED_OFFSET,
} from './annotation-marks';
import { annotationView } from './annotation-fixtures';

describe('splitAtHighlights', () => {
  it('splits a run at highlight edges, keeping every character once and in order', () => {
    const runs = splitAtHighlights('abcdefgh', 10, [{ id: 1, start: 12, end: 15, colour: 'yellow' }]);
    expect(runs.map((run) => run.text).join('')).toBe('abcdefgh');
    expect(runs.map((run) => [run.start, run.highlight?.id ?? null])).toEqual([
      [10, null],
      [12, 1],
      [15, null],
    ]);
  });

  it('lets the later note win where two overlap, so a new highlight is always visible', () => {
    const runs = splitAtHighlights('abcdef', 0, [
      { id: 1, start: 0, end: 4, colour: 'yellow' },
      { id: 2, start: 2, end: 6, colour: 'blue' },
    ]);
    expect(runs.map((run) => [run.text, run.highlight?.id])).toEqual([
      ['ab', 1],
      ['cd', 2],
      ['ef', 2],
    ]);
  });
});

describe('highlightsInShownText', () => {
  it('finds a note on the same question even where the card rejoins the lines', () => {
    const found = highlightsInShownText('How many officers were suspended?', 'Q2', [
      annotationView({ id: 3, quote: 'officers\nwere', question_label: 'Q2' }),
      annotationView({ id: 4, quote: 'officers', question_label: 'Q3' }),
    ]);
    expect(found).toEqual([{ id: 3, start: 9, end: 22, colour: 'yellow' }]);
  });
});

/** An element with attributes and text, built as the reader builds its own: never from markup. */
function element(tag: string, attributes: Record<string, string>, text: string): HTMLElement {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.textContent = text;
  return made;
}

describe('selections', () => {
  it('maps a selection in the original text to offsets in the whole letter, hidden furniture included', () => {
    const fullText = 'Dear requester,\nPage 1\nIn 2021, 19 officers left.\n';
    const root = document.createElement('div');
    // The furniture "Page 1\n" is hidden: it is not on screen, but it is in the letter's offsets.
    root.append(
      element('span', { 'data-offset': '0' }, 'Dear requester,\n'),
      element('button', {}, ''),
      element('span', { 'data-offset': '23' }, 'In 2021, 19 officers left.\n'),
    );
    document.body.appendChild(root);
    const text = root.querySelectorAll('span')[1].firstChild!;
    const range = document.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 20);
    const selection = selectionInOriginalText(root, range, fullText)!;
    expect(selection.quote).toBe('19 officers');
    expect(fullText.slice(selection.start, selection.end)).toBe('19 officers');
    expect(selection.prefix.endsWith('In 2021, ')).toBe(true);
    root.remove();
  });

  it('sends a structure-view selection with its question and no offsets, for the command to place', () => {
    const root = document.createElement('div');
    root.append(
      element('p', { 'data-annotatable': '', 'data-question-label': 'Q2' }, 'On 31 December, 9 officers were suspended.'),
    );
    document.body.appendChild(root);
    const text = root.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 16);
    range.setEnd(text, 26);
    const selection = selectionInStructure(root, range)!;
    expect(selection).toMatchObject({ quote: '9 officers', questionLabel: 'Q2', start: UNPLACED_OFFSET });
    expect(selection.prefix).toBe('On 31 December, ');
    root.remove();
  });
});
