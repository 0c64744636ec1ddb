// Tests the thread screen: its years, answers against the reference, trends linking back to letters, and the reviewer's actions.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadDetail, ThreadYear } from '../api/bindings';
import ThreadView from '../views/ThreadView.svelte';

function year(documentId: number, date: string, isReference: boolean, answer: string): ThreadYear {
  return {
    member: { document_id: documentId, reference: `FC/FOI/${date.slice(2, 4)}/0001`, date, question_key: '1', question_label: '1', by_reviewer: false, score: isReference ? null : 0.74 },
    question: `How many officers had their vetting clearance withdrawn in ${Number(date.slice(0, 4)) - 1}?`,
    answer,
    outcome: 'answered',
    is_reference: isReference,
    pieces: isReference ? [] : [{ kind: 'equal', text: answer, change: null, starts_paragraph: false }],
    figure_changes: isReference ? [] : [{ label: 'officers', unit: 'count', old: 27, new: 31, delta: 4, percent: 14.8, description: '27 → 31, +4, +14.8 %', changed: true }],
    variant: 0,
  };
}

function detail(referenceId: number, confirmed = false): ThreadDetail {
  const years = [year(3, '2023-02-20', referenceId === 3, 'In 2022, 27 officers.'), year(4, '2024-02-15', referenceId === 4, 'In 2023, 31 officers.')];
  return {
    thread: { id: 7, title: 'Vetting withdrawn', authority: 'Fernshire Constabulary', confirmed, reviewed: confirmed, status: confirmed ? 'confirmed' : 'suggested', weakest_score: confirmed ? null : 0.74, certainty: confirmed ? null : 'likely', members: years.map((entry) => entry.member) },
    reference_document: referenceId,
    years,
    variants: [{ text: 'In 2022, 27 officers.', document_ids: [3, 4], dates: ['2023-02-20', '2024-02-15'] }],
    trends: [
      {
        label: 'officers',
        unit: 'count',
        periods_differ: false,
        points: [
          { document_id: 3, reference: 'FC/FOI/23/0001', date: '2023-02-20', period: '2022', period_from: 2022, period_to: 2022, value: 27, display: '27', passage: 'In 2022, 27 officers.', read_by_ocr: false },
          { document_id: 4, reference: 'FC/FOI/24/0001', date: '2024-02-15', period: '2023', period_from: 2023, period_to: 2023, value: 31, display: '31', passage: 'In 2023, 31 officers.', read_by_ocr: false },
        ],
      },
    ],
    same_authority: [],
  };
}

function serve() {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  let confirmed = false;
  mockIPC((cmd, args) => {
    const given = args as Record<string, unknown>;
    calls.push({ cmd, args: given });
    if (cmd === 'get_thread') return detail((given.referenceDocument as number | null) ?? 4, confirmed);
    if (cmd === 'confirm_thread') {
      confirmed = true;
      return null;
    }
    throw { kind: 'unexpected', message: cmd };
  });
  return calls;
}

function renderThread() {
  const props = { id: 7, onBack: vi.fn(), onCompare: vi.fn(), onOpenDocument: vi.fn(), onError: vi.fn() };
  return { ...render(ThreadView, props), ...props };
}

describe('ThreadView', () => {
  afterEach(() => clearMocks());

  it('lists every year, the changed figures against the reference, and the figures as a chart with values', async () => {
    serve();
    const { findAllByTestId, getByTestId, getAllByTestId } = renderThread();
    expect(await findAllByTestId('thread-member'), 'one row per year').toHaveLength(2);
    expect(getByTestId('thread-years').textContent, 'the span of years').toBe('2023–2024');
    expect(getByTestId('thread-figure-change').textContent, 'the changed figure with its delta').toContain('27 → 31, +4, +14.8 %');
    expect(getByTestId('trend').querySelector('svg polyline'), 'the series is drawn as a line').not.toBeNull();
    const cells = getAllByTestId('trend-value').map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()));
    expect(cells, 'values listed beside the chart, each with its letter and period').toEqual([
      ['2023 · FC/FOI/23/0001', '2022', '27'],
      ['2024 · FC/FOI/24/0001', '2023', '31'],
    ]);
  });

  it('links each value back to its letter, showing the passage it came from', async () => {
    serve();
    const { findAllByTestId, onOpenDocument } = renderThread();
    const sources = await findAllByTestId('trend-source');
    expect(sources[0].getAttribute('title'), 'the passage the value was read from').toBe('In 2022, 27 officers.');
    await fireEvent.click(sources[0]);
    expect(onOpenDocument, 'the value opens its letter').toHaveBeenCalledWith(3);
  });

  it('reads the thread again against the reference year the reviewer picks', async () => {
    const calls = serve();
    const { findAllByTestId } = renderThread();
    const radios = await findAllByTestId('choose-reference');
    await fireEvent.click(radios[0]);
    await waitFor(() =>
      expect(calls.filter((call) => call.cmd === 'get_thread').at(-1)?.args.referenceDocument, 'the chosen reference letter is asked for').toBe(3),
    );
  });

  it('compares a year with the reference in date order, by its question label', async () => {
    serve();
    const { findAllByTestId, onCompare } = renderThread();
    const [button] = await findAllByTestId('compare-with-reference');
    await fireEvent.click(button);
    expect(onCompare, 'the older letter goes on the left, each question by its own label').toHaveBeenCalledWith(3, 4, '1', '1');
  });

  it('confirms the thread and shows the stored confirmation', async () => {
    const calls = serve();
    const { findByTestId } = renderThread();
    await fireEvent.click(await findByTestId('confirm-thread'));
    await findByTestId('thread-confirmed');
    expect(calls.some((call) => call.cmd === 'confirm_thread' && call.args.id === 7), 'the decision is sent to be stored').toBe(true);
  });
});
