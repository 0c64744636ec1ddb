// Tests for filtering, sorting and selection moves in the library table.
import { describe, expect, it } from 'vitest';
import { libraryDocuments, summary } from '../test-documents';
import {
  filterDocuments,
  moveSelection,
  neighbours,
  nextSortOrder,
  sortDocuments,
  visibleDocuments,
} from './visible-documents';

const ids = (documents: { id: number }[]) => documents.map((document) => document.id);

describe('filterDocuments', () => {
  it('keeps every document when the filter is blank', () => {
    expect(ids(filterDocuments(libraryDocuments, '   '))).toEqual([1, 2, 3, 4]);
  });

  it('matches reference, title, authority and file name, ignoring case', () => {
    expect(ids(filterDocuments(libraryDocuments, 'foi/2023'))).toEqual([2]);
    expect(ids(filterDocuments(libraryDocuments, 'PARKING'))).toEqual([2]);
    expect(ids(filterDocuments(libraryDocuments, 'nhs england'))).toEqual([2]);
    expect(ids(filterDocuments(libraryDocuments, 'meals-answer'))).toEqual([3]);
  });

  it('matches the decision as the table shows it', () => {
    const documents = [summary({ id: 7, decision: 'partial' }), summary({ id: 8, decision: 'unknown' })];
    expect(ids(filterDocuments(documents, 'partly')), 'a reviewer finds partial refusals by the words shown').toEqual([7]);
    expect(ids(filterDocuments(documents, 'found')), 'an unread decision adds no words to match').toEqual([]);
  });

  it('requires every typed word, in any field', () => {
    expect(ids(filterDocuments(libraryDocuments, 'transport cameras'))).toEqual([1]);
    expect(ids(filterDocuments(libraryDocuments, 'transport parking'))).toEqual([]);
  });

  it('ignores accents so people can type without them', () => {
    expect(ids(filterDocuments(libraryDocuments, 'ministere'))).toEqual([3]);
  });

  it('does not match across the boundary between two fields', () => {
    // Reference "FOI-2024-0002" followed by title "Bus lane fines" must not yield "0002bus".
    expect(ids(filterDocuments(libraryDocuments, '0002bus'))).toEqual([]);
  });
});

describe('sortDocuments', () => {
  it('leaves the command order alone when no column is chosen', () => {
    expect(ids(sortDocuments(libraryDocuments, null))).toEqual([1, 2, 3, 4]);
  });

  it('sorts dates both ways with blanks last in either direction', () => {
    expect(ids(sortDocuments(libraryDocuments, { column: 'date', direction: 'ascending' }))).toEqual([2, 4, 1, 3]);
    expect(ids(sortDocuments(libraryDocuments, { column: 'date', direction: 'descending' }))).toEqual([1, 4, 2, 3]);
  });

  it('compares numbers inside references by value', () => {
    const documents = [
      { ...libraryDocuments[0], id: 10, reference: 'REF-10' },
      { ...libraryDocuments[0], id: 9, reference: 'REF-9' },
    ];
    expect(ids(sortDocuments(documents, { column: 'reference', direction: 'ascending' }))).toEqual([9, 10]);
  });

  it('keeps equal values in their original order', () => {
    const documents = [1, 2, 3].map((id) => ({ ...libraryDocuments[0], id }));
    expect(ids(sortDocuments(documents, { column: 'format', direction: 'descending' }))).toEqual([1, 2, 3]);
  });

  it('does not reorder the array it was given', () => {
    const before = ids(libraryDocuments);
    sortDocuments(libraryDocuments, { column: 'title', direction: 'ascending' });
    expect(ids(libraryDocuments)).toEqual(before);
  });
});

describe('visibleDocuments', () => {
  it('keeps only the documents with the review status chosen, then applies the text filter', () => {
    expect(ids(visibleDocuments(libraryDocuments, '', null, new Set([2, 4]))), 'the listed ids narrow the table').toEqual([2, 4]);
    expect(ids(visibleDocuments(libraryDocuments, 'foi/2023', null, new Set([4]))), 'both filters must hold').toEqual([]);
    expect(ids(visibleDocuments(libraryDocuments, '', null, null)), 'no status chosen keeps everything').toEqual([1, 2, 3, 4]);
  });

  it('filters then sorts', () => {
    expect(ids(visibleDocuments(libraryDocuments, 'foi', { column: 'reference', direction: 'ascending' }))).toEqual([
      4, 1, 2,
    ]);
  });
});

describe('nextSortOrder', () => {
  it('starts a new column ascending and flips the current one', () => {
    const first = nextSortOrder(null, 'title');
    expect(first).toEqual({ column: 'title', direction: 'ascending' });
    const second = nextSortOrder(first, 'title');
    expect(second).toEqual({ column: 'title', direction: 'descending' });
    expect(nextSortOrder(second, 'date')).toEqual({ column: 'date', direction: 'ascending' });
  });
});

describe('moveSelection', () => {
  const order = [7, 3, 9];

  it('starts at the first row when nothing is selected', () => {
    expect(moveSelection(order, null, 'next')).toBe(7);
    expect(moveSelection(order, 42, 'previous')).toBe(7);
  });

  it('steps and stops at either end instead of wrapping', () => {
    expect(moveSelection(order, 7, 'next')).toBe(3);
    expect(moveSelection(order, 9, 'next')).toBe(9);
    expect(moveSelection(order, 3, 'previous')).toBe(7);
    expect(moveSelection(order, 7, 'previous')).toBe(7);
  });

  it('jumps to the ends and handles an empty list', () => {
    expect(moveSelection(order, 3, 'first')).toBe(7);
    expect(moveSelection(order, 3, 'last')).toBe(9);
    expect(moveSelection([], null, 'next')).toBeNull();
  });
});

describe('neighbours', () => {
  it('gives the documents either side in library order', () => {
    expect(neighbours([7, 3, 9], 3)).toEqual({ previousId: 7, nextId: 9 });
    expect(neighbours([7, 3, 9], 7)).toEqual({ previousId: null, nextId: 3 });
    expect(neighbours([7, 3, 9], 9)).toEqual({ previousId: 3, nextId: null });
    expect(neighbours([7, 3, 9], 1)).toEqual({ previousId: null, nextId: null });
  });
});
