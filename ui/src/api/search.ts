// Typed calls for search as the reviewer types, the facets that narrow it, and the library's review filter.
import { invoke } from '@tauri-apps/api/core';
import type { SearchFacetChoices, SearchRequest, SearchResult } from './bindings';

/** Ranked results for what was typed; `type_ahead` treats the last word as a prefix. */
export function searchLibrary(request: SearchRequest): Promise<SearchResult[]> {
  return invoke<SearchResult[]>('search_library', { request });
}

/** The authorities, years, decisions and review statuses a search can be narrowed to. */
export function searchFacetChoices(): Promise<SearchFacetChoices> {
  return invoke<SearchFacetChoices>('search_facet_choices');
}

/** Ids of the documents whose own review status is `status` (`unreviewed`, `in_review`, `reviewed`, `follow_up`). */
export function listDocumentsWithReviewStatus(status: string): Promise<number[]> {
  return invoke<number[]>('list_documents_with_review_status', { status });
}
