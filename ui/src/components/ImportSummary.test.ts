// Tests the import summary's word on threads: which new questions continue existing threads, with a way into the queue.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../api/bindings';
import ImportSummary from './ImportSummary.svelte';

const report: ImportReport = {
  n_imported: 2,
  n_duplicates: 1,
  n_errors: 0,
  files: [
    { path: '/letters/2024.txt', status: 'imported', id: 11, error: null },
    { path: '/letters/2025.txt', status: 'imported', id: 12, error: null },
    { path: '/letters/2023.txt', status: 'duplicate', id: 9, error: null },
  ],
};

describe('ImportSummary', () => {
  afterEach(() => clearMocks());

  it('says which new questions continue threads and opens the queue', async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'thread_continuations') return { n_questions: 4, n_threads: 3, description: '4 questions continue 3 threads' };
      throw { kind: 'unexpected', message: cmd };
    });
    const onOpenQueue = vi.fn();
    const onDismiss = vi.fn();
    const { findByTestId, getByTestId } = render(ImportSummary, { report, onDismiss, onOpenQueue, onError: vi.fn() });
    expect((await findByTestId('import-continuations')).textContent, 'the summary counts questions and threads').toContain(
      '4 questions continue 3 threads',
    );
    expect(calls, 'only the letters this import added are asked about').toEqual([
      { cmd: 'thread_continuations', args: { documentIds: [11, 12] } },
    ]);
    await fireEvent.click(getByTestId('import-open-queue'));
    expect(onOpenQueue, 'the button opens the queue').toHaveBeenCalledTimes(1);
    expect(onDismiss, 'and the summary makes way for it').toHaveBeenCalledTimes(1);
  });

  it('says nothing of threads when the new letters continue none, or nothing new came in', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return { n_questions: 0, n_threads: 0, description: null };
    });
    const { queryByTestId, findByText } = render(ImportSummary, { report, onDismiss: vi.fn(), onOpenQueue: vi.fn() });
    await findByText('Import finished');
    await Promise.resolve();
    expect(queryByTestId('import-continuations'), 'no sentence about threads that are not continued').toBeNull();
    clearMocks();
    calls.length = 0;
    mockIPC((cmd) => {
      calls.push(cmd);
      return null;
    });
    const duplicatesOnly = { ...report, n_imported: 0, files: report.files.filter((file) => file.status === 'duplicate') };
    render(ImportSummary, { report: duplicatesOnly, onDismiss: vi.fn() });
    await Promise.resolve();
    expect(calls, 'with no new letter there is nothing to ask').toEqual([]);
  });
});
