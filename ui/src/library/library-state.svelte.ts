// The library as the window holds it: the documents last listed and how the table is filtered, sorted and selected.
import type { DocumentSummary, LibraryInfo } from '../api/bindings';
import { visibleDocuments, type SortOrder } from './visible-documents';

export class LibraryState {
  info = $state<LibraryInfo | null>(null);
  documents = $state<DocumentSummary[]>([]);
  /** False until the first listing arrives, so an empty table is not mistaken for an empty library. */
  loaded = $state(false);
  filterText = $state('');
  sortOrder = $state<SortOrder | null>(null);
  selectedId = $state<number | null>(null);

  /** The review status the table is narrowed to (`''` for any). */
  reviewStatus = $state('');
  /** The documents with that status, as the command listed them; null while any status is shown. */
  reviewIds = $state<ReadonlySet<number> | null>(null);

  visible = $derived(visibleDocuments(this.documents, this.filterText, this.sortOrder, this.reviewIds));
  visibleIds = $derived(this.visible.map((document) => document.id));

  /** The row Enter would open: the chosen one if still shown, else the first shown, so typing then Enter opens the best match. */
  activeId = $derived(
    this.selectedId !== null && this.visibleIds.includes(this.selectedId)
      ? this.selectedId
      : (this.visibleIds[0] ?? null),
  );
}
