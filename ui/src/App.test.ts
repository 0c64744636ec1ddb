// Tests for the app shell: imports from every entry point, the summary, errors, and moving between screens.
import { emit } from '@tauri-apps/api/event';
import type { Channel, InvokeArgs } from '@tauri-apps/api/core';
import { clearMocks, mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import type { DocumentSummary, ImportProgress, ImportReport } from './api/bindings';
import { documentView, libraryDocuments } from './test-documents';

type Handler = (args: InvokeArgs | undefined) => unknown;

/** A fake backend: a library listing plus per-command overrides, recording every call. */
function fakeBackend(documents: DocumentSummary[], handlers: Record<string, Handler> = {}) {
  const state = { documents, calls: [] as { cmd: string; args: InvokeArgs | undefined }[] };
  mockIPC(
    (cmd, args) => {
      state.calls.push({ cmd, args });
      if (cmd in handlers) return handlers[cmd](args);
      switch (cmd) {
        case 'library_info':
          return { database_path: '/home/me/.local/share/desk/library.sqlite3', n_documents: state.documents.length };
        case 'list_documents':
          return state.documents;
        case 'get_document':
          return documentView((args as { id: number }).id, [{ text: 'Letter body', is_furniture: false, mark: 'plain' }]);
        case 'take_opened_files':
          return [];
        default:
          throw { kind: 'unexpected', message: `unexpected command ${cmd}` };
      }
    },
    { shouldMockEvents: true },
  );
  return state;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const samplesReport: ImportReport = {
  n_imported: 4,
  n_duplicates: 1,
  n_errors: 1,
  files: [
    { path: '/samples/a.txt', status: 'imported', id: 1, error: null },
    { path: '/samples/dup.txt', status: 'duplicate', id: 1, error: null },
    { path: '/samples/broken.pdf', status: 'error', id: null, error: 'The PDF has no text layer.' },
  ],
};

beforeEach(() => mockWindows('main'));
afterEach(async () => {
  // Let the drop listener finish registering, then unmount while the mocked bridge is still there to unlisten.
  await new Promise((settle) => setTimeout(settle, 0));
  cleanup();
  clearMocks();
});

describe('App', () => {
  it('shows the library path and the documents listed', async () => {
    fakeBackend(libraryDocuments);
    const { findAllByTestId, getByText } = render(App);
    expect(await findAllByTestId('library-row')).toHaveLength(4);
    expect(getByText('/home/me/.local/share/desk/library.sqlite3')).toBeTruthy();
  });

  it('opens the sample library with progress, then a summary, then the refreshed list', async () => {
    const finish = deferred<ImportReport>();
    let channel: Channel<ImportProgress> | undefined;
    const backend = fakeBackend([], {
      open_sample_library: (args) => {
        channel = (args as { onProgress: Channel<ImportProgress> }).onProgress;
        return finish.promise;
      },
    });
    const { findByTestId, getByTestId, findAllByTestId, queryByTestId } = render(App);

    await fireEvent.click(await findByTestId('open-samples'));
    const progress = await findByTestId('import-progress');
    expect((getByTestId('import-files') as HTMLButtonElement).disabled).toBe(true);

    channel!.onmessage({ n_done: 2, n_total: 6, current: '/samples/b.txt', n_errors: 1 });
    await waitFor(() => expect(progress.textContent).toContain('Importing 2 of 6'));
    expect(progress.textContent).toContain('/samples/b.txt');
    expect(progress.textContent).toContain('1 failed so far');

    backend.documents = libraryDocuments;
    finish.resolve(samplesReport);
    const summary = await findByTestId('import-summary');
    expect(queryByTestId('import-progress')).toBeNull();
    expect(summary.querySelector('[data-count="imported"]')?.textContent).toBe('4');
    expect(summary.querySelector('[data-count="duplicates"]')?.textContent).toBe('1');
    expect(summary.querySelector('[data-count="errors"]')?.textContent).toBe('1');
    expect(summary.textContent).toContain('/samples/broken.pdf');
    expect(summary.textContent).toContain('The PDF has no text layer.');
    expect(summary.textContent).not.toContain('/samples/dup.txt');
    expect(await findAllByTestId('library-row')).toHaveLength(4);
  });

  it('gives the summary focus and closes it with Escape without leaving the screen', async () => {
    fakeBackend(libraryDocuments, { pick_and_import: () => samplesReport });
    const { findByTestId, findAllByTestId, queryByTestId, getByRole } = render(App);
    await findAllByTestId('library-row');
    await fireEvent.click(await findByTestId('import-files'));
    await findByTestId('import-summary');
    const close = getByRole('button', { name: 'Close' });
    await waitFor(() => expect(document.activeElement).toBe(close));
    await fireEvent.keyDown(close, { key: 'Escape' });
    expect(queryByTestId('import-summary')).toBeNull();
    expect(await findAllByTestId('library-row')).toHaveLength(4);
  });

  it('imports files with Ctrl+O and a folder with Ctrl+Shift+O, and shows nothing when the picker is cancelled', async () => {
    const backend = fakeBackend(libraryDocuments, { pick_and_import: () => null });
    const { findAllByTestId, queryByTestId } = render(App);
    await findAllByTestId('library-row');
    await fireEvent.keyDown(document.body, { key: 'o', ctrlKey: true });
    await waitFor(() => expect(backend.calls.some((call) => call.cmd === 'pick_and_import')).toBe(true));
    await waitFor(() => expect(queryByTestId('import-progress')).toBeNull());
    await fireEvent.keyDown(document.body, { key: 'O', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(backend.calls.filter((call) => call.cmd === 'pick_and_import')).toHaveLength(2));
    const kinds = backend.calls
      .filter((call) => call.cmd === 'pick_and_import')
      .map((call) => (call.args as { kind: string }).kind);
    expect(kinds).toEqual(['files', 'folder']);
    expect(queryByTestId('import-summary')).toBeNull();
  });

  it('shows an overlay while files are dragged over and imports what is dropped', async () => {
    const backend = fakeBackend(libraryDocuments, { import_paths: () => samplesReport });
    const { findAllByTestId, findByText, queryByText, findByTestId } = render(App);
    await findAllByTestId('library-row');
    // The drag-and-drop listener registers asynchronously after mount; let it settle before events arrive.
    await new Promise((settle) => setTimeout(settle, 0));

    await emit('tauri://drag-enter', { paths: ['/home/me/letters'], position: { x: 0, y: 0 } });
    expect(await findByText('Drop files or folders to import')).toBeTruthy();
    await emit('tauri://drag-drop', { paths: ['/home/me/letters'], position: { x: 0, y: 0 } });
    await waitFor(() => expect(queryByText('Drop files or folders to import')).toBeNull());

    await findByTestId('import-summary');
    const importCall = backend.calls.find((call) => call.cmd === 'import_paths');
    expect((importCall?.args as { paths: string[] }).paths).toEqual(['/home/me/letters']);
  });

  it('shows a command error in the banner, and dismisses it', async () => {
    fakeBackend([], {
      list_documents: () => {
        throw { kind: 'database', message: 'The library database is newer than this app.' };
      },
    });
    const { findByTestId, getByRole, queryByTestId } = render(App);
    const banner = await findByTestId('error-banner');
    expect(banner.textContent).toContain('The library database is newer than this app.');
    await fireEvent.click(getByRole('button', { name: 'Dismiss' }));
    expect(queryByTestId('error-banner')).toBeNull();
  });

  it('reports a failed import in the banner', async () => {
    fakeBackend(libraryDocuments, {
      open_sample_library: () => {
        throw { kind: 'io', message: 'The sample letters are missing from this installation.' };
      },
      pick_and_import: () => {
        throw { kind: 'io', message: 'The folder could not be read.' };
      },
    });
    const { findAllByTestId, findByTestId, getByTestId } = render(App);
    await findAllByTestId('library-row');
    await fireEvent.click(getByTestId('import-folder'));
    expect((await findByTestId('error-banner')).textContent).toContain('The folder could not be read.');
  });

  it('opens a row in the reader, steps with j, and returns to the same row with Escape', async () => {
    fakeBackend(libraryDocuments);
    const { findAllByTestId, findByTestId, queryByTestId } = render(App);
    const rows = await findAllByTestId('library-row');
    await fireEvent.click(rows[0]);
    expect((await findByTestId('reader-title')).textContent).toBe('Road safety cameras');
    expect(queryByTestId('library-filter')).toBeNull();

    await fireEvent.keyDown(document.body, { key: 'j' });
    await waitFor(() => expect(queryByTestId('reader-title')?.textContent).toBe('Hospital parking charges'));

    await fireEvent.keyDown(document.body, { key: 'Escape' });
    const rowsAgain = await findAllByTestId('library-row');
    expect(rowsAgain[1].getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(rowsAgain[1]);
  });

  it('opens the first document in Original text and remembers the mode chosen for the rest of the session', async () => {
    fakeBackend(libraryDocuments);
    const { findAllByTestId, findByTestId, queryByTestId } = render(App);
    await fireEvent.click((await findAllByTestId('library-row'))[0]);
    await findByTestId('reader-title');
    expect((await findByTestId('reader-text')).textContent).toBe('Letter body');

    await fireEvent.keyDown(document.body, { key: 's' });
    expect(await findByTestId('reader-structure')).toBeTruthy();

    await fireEvent.keyDown(document.body, { key: 'Escape' });
    await fireEvent.click((await findAllByTestId('library-row'))[2]);
    await waitFor(() => expect(queryByTestId('reader-title')?.textContent).toBe('School meal budgets'));
    expect(queryByTestId('reader-structure')).not.toBeNull();
    expect(queryByTestId('reader-text')).toBeNull();
  });
});

describe('files opened from the operating system', () => {
  it('imports the files the app was launched with, through the usual import', async () => {
    let opened = ['/home/me/letters/2024.txt'];
    const backend = fakeBackend([], {
      take_opened_files: () => {
        const paths = opened;
        opened = [];
        return paths;
      },
      import_paths: () => ({ n_imported: 1, n_duplicates: 0, n_errors: 0, files: [] }),
    });
    render(App);
    await waitFor(() => {
      const call = backend.calls.find((c) => c.cmd === 'import_paths');
      expect(call, 'a file named at launch must be imported without the user asking again').toBeDefined();
      expect((call?.args as { paths: string[] }).paths).toEqual(['/home/me/letters/2024.txt']);
    });
  });

  it('imports files a second launch hands over', async () => {
    let opened: string[] = [];
    const backend = fakeBackend([], {
      take_opened_files: () => {
        const paths = opened;
        opened = [];
        return paths;
      },
      import_paths: () => ({ n_imported: 1, n_duplicates: 0, n_errors: 0, files: [] }),
    });
    render(App);
    await waitFor(() => expect(backend.calls.some((c) => c.cmd === 'take_opened_files')).toBe(true));
    opened = ['/tmp/forwarded.eml'];
    await emit('files-opened');
    await waitFor(() => {
      expect(
        backend.calls.some((c) => c.cmd === 'import_paths'),
        'the running window, not a second copy, must import what a second launch opened',
      ).toBe(true);
    });
  });

  it('brings the reader back to the search results a letter was opened from', async () => {
    fakeBackend(libraryDocuments, {
      search_facet_choices: () => ({ authorities: [], years: [], decisions: [], review_statuses: [], exemptions: [], threads: [] }),
      search_library: () => [
        {
          kind: 'document',
          document_id: libraryDocuments[1].id,
          reference: libraryDocuments[1].reference,
          title: libraryDocuments[1].title,
          authority: null,
          date: null,
          question_label: null,
          annotation_id: null,
          snippet: [{ text: 'vetting', highlighted: true }],
        },
      ],
    });
    const { findAllByTestId, findByTestId, getByTestId } = render(App);
    await findAllByTestId('library-row');
    await fireEvent.input(getByTestId('search-box'), { target: { value: 'vetting' } });
    await fireEvent.click((await findAllByTestId('search-result'))[0]);
    const back = await findByTestId('back-to-library');
    expect(back.textContent, 'Back names where it returns to').toContain('Search results');
    await fireEvent.click(back);
    expect(await findByTestId('search-view'), 'Back returns to the results, not to the library').toBeTruthy();
  });
});
