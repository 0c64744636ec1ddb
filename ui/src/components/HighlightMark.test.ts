// Tests that a highlight is drawn in its note's colour, outlined when chosen, and shows the letter's words as text.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HighlightMark from './HighlightMark.svelte';

const highlight = { id: 12, start: 40, end: 52, colour: 'green' };

describe('HighlightMark', () => {
  it('draws the words in the highlight colour with the ids tests and selections use', () => {
    const { getByTestId } = render(HighlightMark, { text: '<b>9 officers</b>', highlight, active: false, offset: 40 });
    const mark = getByTestId('annotation-highlight');
    expect(mark.style.backgroundColor, 'the tint comes from the colour the note was saved with').toBe('var(--highlight-green)');
    expect(mark.dataset.annotationId, 'the side panel finds its note by id').toBe('12');
    expect(mark.dataset.offset, 'a selection starting here maps back to the letter').toBe('40');
    expect(mark.textContent, 'letter text is shown as text').toBe('<b>9 officers</b>');
    expect(mark.querySelector('b'), 'never as markup').toBeNull();
    expect(mark.classList.contains('active'), 'only the chosen note is outlined').toBe(false);
  });

  it('carries no offset where the text is rearranged, and is outlined when its note is chosen', () => {
    const { getByTestId } = render(HighlightMark, { text: 'officers', highlight, active: true });
    const mark = getByTestId('annotation-highlight');
    expect(mark.hasAttribute('data-offset'), 'structure-view text has no offsets in the letter').toBe(false);
    expect(mark.classList.contains('active'), 'the chosen note is outlined').toBe(true);
  });
});
