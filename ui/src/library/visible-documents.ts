// Which documents the library table shows, in what order, and where the selection moves; no IO.
import type { DocumentSummary } from '../api/bindings';
import { decisionLabel } from '../reader/structure-labels';

export type SortColumn = 'reference' | 'title' | 'authority' | 'date' | 'decision' | 'format';
export type SortDirection = 'ascending' | 'descending';
export type SortOrder = { column: SortColumn; direction: SortDirection };

/** Lower-cased with accents dropped, so "ministere" finds "Ministère". */
function foldForMatching(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');
}

/** Every word typed must appear in the reference, title, authority, decision or file name. */
export function filterDocuments(documents: DocumentSummary[], filterText: string): DocumentSummary[] {
  const words = foldForMatching(filterText).split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return documents;
  return documents.filter((document) => {
    const haystack = foldForMatching(
      // An unread decision's label ("Decision not found") would match words like "not" everywhere.
      [document.reference, document.title, document.authority, document.decision === 'unknown' ? null : decisionLabel(document.decision), document.file_name]
        .filter((field): field is string => field !== null)
        .join('\u0000'),
    );
    return words.every((word) => haystack.includes(word));
  });
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Stable; documents without a value in the sorted column go last in either direction, since a blank tells the reader nothing. */
export function sortDocuments(documents: DocumentSummary[], order: SortOrder | null): DocumentSummary[] {
  if (order === null) return documents;
  const sign = order.direction === 'ascending' ? 1 : -1;
  return documents
    .map((document, position) => ({ document, position }))
    .sort((left, right) => {
      const leftValue = left.document[order.column];
      const rightValue = right.document[order.column];
      if (leftValue === null && rightValue === null) return left.position - right.position;
      if (leftValue === null) return 1;
      if (rightValue === null) return -1;
      return sign * collator.compare(leftValue, rightValue) || left.position - right.position;
    })
    .map(({ document }) => document);
}

/** `onlyIds`, when given, keeps just those documents (e.g. the ones with the review status chosen, as the command listed them). */
export function visibleDocuments(
  documents: DocumentSummary[],
  filterText: string,
  order: SortOrder | null,
  onlyIds: ReadonlySet<number> | null = null,
): DocumentSummary[] {
  const kept = onlyIds === null ? documents : documents.filter((document) => onlyIds.has(document.id));
  return sortDocuments(filterDocuments(kept, filterText), order);
}

/** Clicking the sorted column flips it; clicking another column sorts it ascending. */
export function nextSortOrder(current: SortOrder | null, column: SortColumn): SortOrder {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}

export type SelectionMove = 'next' | 'previous' | 'first' | 'last';

/** The id selected after a move; stops at the ends rather than wrapping, so holding a key never jumps across the list. */
export function moveSelection(ids: number[], selectedId: number | null, move: SelectionMove): number | null {
  if (ids.length === 0) return null;
  const index = selectedId === null ? -1 : ids.indexOf(selectedId);
  switch (move) {
    case 'first':
      return ids[0];
    case 'last':
      return ids[ids.length - 1];
    case 'next':
      return index === -1 ? ids[0] : ids[Math.min(index + 1, ids.length - 1)];
    case 'previous':
      return index === -1 ? ids[0] : ids[Math.max(index - 1, 0)];
  }
}

/** The documents either side of one, in the order the library shows them; used by the reader's j and k. */
export function neighbours(ids: number[], id: number): { previousId: number | null; nextId: number | null } {
  const index = ids.indexOf(id);
  if (index === -1) return { previousId: null, nextId: null };
  return {
    previousId: index > 0 ? ids[index - 1] : null,
    nextId: index < ids.length - 1 ? ids[index + 1] : null,
  };
}
