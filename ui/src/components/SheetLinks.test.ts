// Tests the reader's note of a sheet's letter and a letter's sheets: each named with how it was linked, and opened on click.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SheetLinks from './SheetLinks.svelte';

describe('SheetLinks', () => {
  it('names the letter a sheet goes with and opens it', async () => {
    const onOpen = vi.fn();
    const { getByTestId, getByRole } = render(SheetLinks, {
      goesWith: { id: 4, reference: 'FC/FOI/23/0101', file_name: 'response.pdf', link: 'reviewer' },
      sheets: [],
      onOpen,
    });
    expect(getByTestId('sheet-goes-with').textContent, 'the reviewer sees which letter and why').toContain('FC/FOI/23/0101 (linked by you)');
    await fireEvent.click(getByRole('button', { name: 'FC/FOI/23/0101' }));
    expect(onOpen, 'the letter opens from its name').toHaveBeenCalledWith(4);
  });

  it("lists a letter's sheets with how each came", () => {
    const { getAllByTestId, getByTestId } = render(SheetLinks, {
      goesWith: null,
      sheets: [
        { id: 8, reference: null, file_name: 'stops.csv', link: 'attached' },
        { id: 9, reference: 'FC/FOI/23/0101', file_name: 'arrests.xlsx', link: 'reference' },
      ],
      onOpen: vi.fn(),
    });
    expect(getAllByTestId('letter-sheet').map((sheet) => sheet.textContent), 'every sheet is listed').toEqual(['stops.csv', 'arrests.xlsx']);
    expect(getByTestId('letter-sheets').textContent, 'each with how it came').toContain('arrests.xlsx (same reference)');
  });

  it('says nothing for a document without links', () => {
    const { container } = render(SheetLinks, { goesWith: null, sheets: [], onOpen: vi.fn() });
    expect(container.querySelector('.sheet-links'), 'no sheets, no note').toBeNull();
  });
});
