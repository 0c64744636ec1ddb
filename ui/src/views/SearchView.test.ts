// Tests for the search screen: debounced type-ahead, stale answers dropped, facets sent, snippets as text with the match marked.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../api/bindings';
import SearchView from './SearchView.svelte';

const hostile = '<img src=x onerror=alert(1)>';

function result(documentId: number, matched: string): SearchResult {
  return {
    kind: 'question',
    document_id: documentId,
    reference: `FC/FOI/${documentId}`,
    title: 'Vetting',
    authority: 'Fernshire Constabulary',
    date: '2023-03-01',
    question_label: 'Q1',
    annotation_id: null,
    snippet: [
      { text: `${hostile} officers whose `, highlighted: false },
      { text: matched, highlighted: true },
      { text: ' was withdrawn', highlighted: false },
    ],
  };
}

const choices = { authorities: ['Fernshire Constabulary'], years: [2024, 2023], decisions: ['full', 'partial'], review_statuses: ['unreviewed', 'reviewed'], exemptions: ['40(2)'], threads: [{ id: 4, title: 'Vetting', authority: 'Fernshire Constabulary' }] };

afterEach(() => clearMocks());

describe('SearchView', () => {
  it('searches once typing pauses, as a prefix, and shows the snippet as text with the match marked', async () => {
    const requests: InvokeArgs[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'search_facet_choices') return choices;
      if (cmd === 'search_library') {
        requests.push(args as InvokeArgs);
        return [result(7, 'vetting')];
      }
      throw { kind: 'unexpected', message: cmd };
    });
    const onOpenDocument = vi.fn();
    const view = render(SearchView, { query: 'vet', onOpenDocument, onError: vi.fn(), debounceMs: 5 });
    await view.rerender({ query: 'vett', onOpenDocument, onError: vi.fn(), debounceMs: 5 });
    await waitFor(() => expect(view.getAllByTestId('search-result')).toHaveLength(1));
    expect(requests, 'keystrokes inside the pause are folded into one search').toHaveLength(1);
    expect(requests[0]).toEqual({ request: { text: 'vett', type_ahead: true } });
    const shown = view.getByTestId('search-result');
    expect(shown.querySelector('mark')?.textContent, 'the matched run is marked').toBe('vetting');
    expect(shown.querySelector('img'), 'letter text in a snippet never becomes markup').toBeNull();
    expect(shown.textContent).toContain(hostile);
    await fireEvent.click(shown);
    expect(onOpenDocument, 'a result opens its letter').toHaveBeenCalledWith(7);
  });

  it('drops the answer to an older search that arrives after a newer one', async () => {
    const pending: Record<string, (value: SearchResult[]) => void> = {};
    mockIPC((cmd, args) => {
      if (cmd === 'search_facet_choices') return choices;
      const text = (args as { request: { text: string } }).request.text;
      return new Promise<SearchResult[]>((resolve) => (pending[text] = resolve));
    });
    const props = { onOpenDocument: vi.fn(), onError: vi.fn(), debounceMs: 1 };
    const view = render(SearchView, { query: 'off', ...props });
    await waitFor(() => expect(pending.off).toBeDefined());
    await view.rerender({ query: 'officers', ...props });
    await waitFor(() => expect(pending.officers).toBeDefined());
    pending.officers([result(2, 'officers')]);
    await waitFor(() => expect(view.getAllByTestId('search-result')).toHaveLength(1));
    pending.off([result(1, 'off'), result(3, 'off')]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.getAllByTestId('search-result'), 'the stale answer must not replace the newer one').toHaveLength(1);
    expect(view.getByTestId('search-result').textContent).toContain('FC/FOI/2');
  });

  it('sends the facets chosen with the words', async () => {
    const requests: InvokeArgs[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'search_facet_choices') return choices;
      requests.push(args as InvokeArgs);
      return [];
    });
    const view = render(SearchView, { query: 'officers ', onOpenDocument: vi.fn(), onError: vi.fn(), debounceMs: 1 });
    await waitFor(() => expect((view.getByTestId('facet-year') as HTMLSelectElement).options.length).toBe(3));
    const year = view.getByTestId('facet-year') as HTMLSelectElement;
    year.value = '2023';
    await fireEvent.change(year);
    await waitFor(() =>
      expect(requests.at(-1), 'a finished word (space typed) is searched whole, narrowed to the year').toEqual({
        request: { text: 'officers ', type_ahead: false, year: 2023 },
      }),
    );
  });
});
