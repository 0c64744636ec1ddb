// Tests the threads list: one row per thread with its years and status, keys to move, Enter or a click to open.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadSummary } from '../api/bindings';
import ThreadsView from '../views/ThreadsView.svelte';

const member = (document_id: number, date: string) => ({
  document_id,
  reference: `FC/FOI/${date.slice(2, 4)}/0001`,
  date,
  question_key: '1',
  question_label: '1',
  by_reviewer: false,
});

const threads: ThreadSummary[] = [
  { id: 1, title: 'How many officers had their vetting clearance withdrawn in 2023?', authority: 'Fernshire Constabulary', confirmed: true, reviewed: true, members: [member(1, '2021-02-01'), member(4, '2024-02-15')] },
  { id: 2, title: 'How many officers were suspended on full pay?', authority: 'Fernshire Constabulary', confirmed: false, reviewed: false, members: [member(2, '2022-02-01'), member(3, '2023-02-20')] },
];

describe('ThreadsView', () => {
  afterEach(() => clearMocks());

  it('lists each thread with its years and whether the reviewer confirmed it, and opens it on click', async () => {
    mockIPC((cmd) => {
      if (cmd === 'list_threads') return threads;
      throw { kind: 'unexpected', message: cmd };
    });
    const onOpenThread = vi.fn();
    const { findAllByTestId } = render(ThreadsView, { onOpenThread, onError: vi.fn() });
    const rows = await findAllByTestId('thread-row');
    expect(rows, 'one row per thread').toHaveLength(2);
    expect(rows[0].textContent, 'the span of years the thread covers').toContain('2021–2024');
    expect(rows[0].textContent, 'a confirmed thread says so').toContain('Confirmed');
    expect(rows[1].textContent, 'a thread nobody acted on is a suggestion').toContain('Suggested');
    await fireEvent.click(rows[1]);
    expect(onOpenThread, 'the row opens its thread').toHaveBeenCalledWith(2);
  });

  it('moves between threads with the arrow keys', async () => {
    mockIPC(() => threads);
    const { findAllByTestId } = render(ThreadsView, { onOpenThread: vi.fn(), onError: vi.fn() });
    const rows = await findAllByTestId('thread-row');
    await fireEvent.keyDown(window, { key: 'ArrowDown' });
    expect(document.activeElement, 'the first press lands on the first thread').toBe(rows[0]);
    await fireEvent.keyDown(rows[0], { key: 'ArrowDown' });
    expect(document.activeElement, 'the next press moves down').toBe(rows[1]);
  });

  it('reports a failure to read the threads as a sentence', async () => {
    mockIPC(() => {
      throw { kind: 'database', message: 'The library could not be read.' };
    });
    const onError = vi.fn();
    const { findByTestId } = render(ThreadsView, { onOpenThread: vi.fn(), onError });
    await findByTestId('threads-empty');
    expect(onError, 'the shell shows the message').toHaveBeenCalledWith('The library could not be read.');
  });
});
