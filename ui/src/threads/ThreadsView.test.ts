// Tests the threads list: one row per thread with its authority, years, letters, certainty and status; a filter by authority; newest letter first; keys to move, q for the queue.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadSummary } from '../api/bindings';
import ThreadsView from '../views/ThreadsView.svelte';

const member = (document_id: number, date: string | null, score: number | null = null, by_reviewer = false) => ({
  document_id,
  reference: date ? `FC/FOI/${date.slice(2, 4)}/0001` : null,
  date,
  question_key: '1',
  question_label: '1',
  by_reviewer,
  score,
});

const threads: ThreadSummary[] = [
  {
    id: 1,
    title: 'How many officers had their vetting clearance withdrawn in 2023?',
    authority: 'Fernshire Constabulary',
    confirmed: true,
    reviewed: true,
    status: 'confirmed',
    weakest_score: null,
    certainty: null,
    members: [member(1, '2021-02-01', null, true), member(4, '2024-02-15', null, true)],
  },
  {
    id: 2,
    title: 'How many officers were suspended on full pay?',
    authority: 'Fernshire Constabulary',
    confirmed: false,
    reviewed: false,
    status: 'suggested',
    weakest_score: 0.52,
    certainty: 'possible',
    members: [member(2, '2022-02-01'), member(3, '2023-02-20', 0.91), member(5, '2025-03-01', 0.52)],
  },
  {
    id: 3,
    title: 'How much was spent on agency staff?',
    authority: 'Ashby Borough Council',
    confirmed: false,
    reviewed: false,
    status: 'suggested',
    weakest_score: 0.83,
    certainty: 'very likely',
    members: [member(6, null), member(7, null, 0.83)],
  },
];

function props() {
  return { onOpenThread: vi.fn(), onOpenQueue: vi.fn(), onError: vi.fn() };
}

const cell = (row: HTMLElement, column: string) => row.querySelector(`[data-column="${column}"]`)?.textContent?.trim();

describe('ThreadsView', () => {
  afterEach(() => clearMocks());

  it('shows each thread with its authority, years, letters, how sure it is and whether it was confirmed', async () => {
    mockIPC((cmd) => {
      if (cmd === 'list_threads') return threads;
      throw { kind: 'unexpected', message: cmd };
    });
    const handlers = props();
    const { findAllByTestId } = render(ThreadsView, handlers);
    const rows = await findAllByTestId('thread-row');
    expect(rows, 'one row per thread').toHaveLength(3);
    const suspended = rows.find((row) => row.dataset.threadId === '2') as HTMLElement;
    expect(cell(suspended, 'authority'), 'the authority asked').toBe('Fernshire Constabulary');
    expect(cell(suspended, 'years'), 'first to last year').toBe('2022–2025');
    expect(cell(suspended, 'letters'), 'how many letters').toBe('3 letters');
    expect(cell(suspended, 'certainty'), 'the weakest member decides how sure the thread is').toBe('possible at weakest');
    expect(cell(suspended, 'status'), 'nobody confirmed it').toBe('Suggested');
    const vetting = rows.find((row) => row.dataset.threadId === '1') as HTMLElement;
    expect(cell(vetting, 'status'), 'the reviewer confirmed it').toBe('Confirmed');
    expect(cell(vetting, 'certainty'), 'a settled thread has nothing left to be unsure of').toBeUndefined();
    const agency = rows.find((row) => row.dataset.threadId === '3') as HTMLElement;
    expect(cell(agency, 'years'), 'letters without dates say so').toBe('undated');
    await fireEvent.click(suspended);
    expect(handlers.onOpenThread, 'the row opens its thread').toHaveBeenCalledWith(2);
  });

  it('lists the thread with the most recent letter first, undated ones last, and sorts by certainty on request', async () => {
    mockIPC(() => threads);
    const { findAllByTestId, getByTestId } = render(ThreadsView, props());
    let rows = await findAllByTestId('thread-row');
    expect(rows.map((row) => row.dataset.threadId), 'newest letter first: 2025, 2024, undated').toEqual(['2', '1', '3']);
    await fireEvent.change(getByTestId('thread-sort'), { target: { value: 'least-sure' } });
    rows = await findAllByTestId('thread-row');
    expect(rows.map((row) => row.dataset.threadId), 'least sure first, settled last').toEqual(['2', '3', '1']);
  });

  it('filters the list by authority', async () => {
    mockIPC(() => threads);
    const { findAllByTestId, getByTestId } = render(ThreadsView, props());
    await findAllByTestId('thread-row');
    const filter = getByTestId('thread-authority-filter') as HTMLSelectElement;
    const choices = Array.from(filter.options).map((option) => option.textContent);
    expect(choices, 'every authority once, alphabetically, after all').toEqual([
      'All authorities',
      'Ashby Borough Council',
      'Fernshire Constabulary',
    ]);
    await fireEvent.change(filter, { target: { value: 'Ashby Borough Council' } });
    const rows = await findAllByTestId('thread-row');
    expect(rows.map((row) => row.dataset.threadId), "only the council's thread is left").toEqual(['3']);
    expect(getByTestId('threads-shown').textContent, 'the list says how much it hides').toBe('1 of 3 threads');
  });

  it('moves between threads with the arrow keys and opens the queue with q', async () => {
    mockIPC(() => threads);
    const handlers = props();
    const { findAllByTestId, getByTestId } = render(ThreadsView, handlers);
    const rows = await findAllByTestId('thread-row');
    await fireEvent.keyDown(window, { key: 'ArrowDown' });
    expect(document.activeElement, 'the first press lands on the first thread').toBe(rows[0]);
    await fireEvent.keyDown(rows[0], { key: 'ArrowDown' });
    expect(document.activeElement, 'the next press moves down').toBe(rows[1]);
    await fireEvent.keyDown(window, { key: 'q' });
    expect(handlers.onOpenQueue, 'q opens the queue of suggestions').toHaveBeenCalledTimes(1);
    expect(getByTestId('open-queue').textContent, 'the button counts the open suggestions').toContain('(3)');
  });

  it('reports a failure to read the threads as a sentence', async () => {
    mockIPC(() => {
      throw { kind: 'database', message: 'The library could not be read.' };
    });
    const handlers = props();
    const { findByTestId } = render(ThreadsView, handlers);
    await findByTestId('threads-empty');
    expect(handlers.onError, 'the shell shows the message').toHaveBeenCalledWith('The library could not be read.');
  });
});
