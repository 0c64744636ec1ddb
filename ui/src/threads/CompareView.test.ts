// Tests the comparison screen: both columns in rows, the changed figure with its delta, n / p moving between changes, and letter text kept as text.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerComparison } from '../api/bindings';
import CompareView from '../views/CompareView.svelte';

const hostile = '<img src=x onerror=alert(1)>';

const comparison: AnswerComparison = {
  old: { document_id: 3, reference: 'FC/FOI/23/0501', date: '2023-02-20', title: 'Vetting 2023' },
  new: { document_id: 4, reference: 'FC/FOI/24/0467', date: '2024-02-15', title: 'Vetting 2024' },
  question: '2',
  rows: [
    {
      old: [
        { kind: 'equal', text: 'On 31 December ', change: null, starts_paragraph: false },
        { kind: 'deleted', text: '2022', change: 0, starts_paragraph: false },
        { kind: 'equal', text: ', ', change: null, starts_paragraph: false },
        { kind: 'deleted', text: '11', change: 1, starts_paragraph: false },
        { kind: 'equal', text: ` officers ${hostile}`, change: null, starts_paragraph: false },
      ],
      new: [
        { kind: 'equal', text: 'On 31 December ', change: null, starts_paragraph: false },
        { kind: 'inserted', text: '2023', change: 0, starts_paragraph: false },
        { kind: 'equal', text: ', ', change: null, starts_paragraph: false },
        { kind: 'inserted', text: '8', change: 1, starts_paragraph: false },
        { kind: 'equal', text: ` officers ${hostile}`, change: null, starts_paragraph: false },
      ],
      changes: [0, 1],
    },
  ],
  n_changes: 2,
  figure_changes: [
    { label: 'officers were suspended', unit: 'count', old: 11, new: 8, delta: -3, percent: -27.3, description: '11 → 8, −3, −27.3 %', changed: true },
    { label: 'restricted duties', unit: 'count', old: 5, new: 5, delta: 0, percent: 0, description: '5 → 5, +0, +0.0 %', changed: false },
  ],
  table_changes: [{ row: 'On restricted duties', column: 'Officers', old: '5', new: '9', changed: true }],
  moves: [],
  coarse: false,
};

function serve(): { cmd: string; args: Record<string, unknown> }[] {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'compare_documents') return comparison;
    throw { kind: 'unexpected', message: cmd };
  });
  return calls;
}

describe('CompareView', () => {
  afterEach(() => clearMocks());

  it('asks for the two letters and the question, and shows the changed figure with its delta', async () => {
    const calls = serve();
    const { findAllByTestId, getByTestId } = render(CompareView, { oldId: 3, newId: 4, question: '2', onBack: vi.fn(), onError: vi.fn() });
    const figures = await findAllByTestId('figure-change');
    expect(calls[0].args, 'the command gets both letters and the question label').toMatchObject({ oldId: 3, newId: 4, question: '2' });
    expect(figures, 'only figures that changed are called out').toHaveLength(1);
    expect(figures[0].textContent, 'the delta is spelled out').toContain('11 → 8, −3, −27.3 %');
    expect(getByTestId('cell-change').textContent, 'table cells are compared one by one').toContain('On restricted duties');
    expect(getByTestId('compare-old').textContent, 'the old column holds the old words').toContain('11');
    expect(getByTestId('compare-new').textContent, 'the new column, in the same row, holds the new words').toContain('8');
  });

  it('keeps letter text as text: markup in an answer makes no element', async () => {
    serve();
    const { findByTestId } = render(CompareView, { oldId: 3, newId: 4, question: '2', onBack: vi.fn(), onError: vi.fn() });
    const old = await findByTestId('compare-old');
    expect(old.querySelector('img'), 'an answer quoting markup must never create it').toBeNull();
    expect(old.textContent, 'the markup is shown as characters').toContain(hostile);
  });

  it('moves from change to change with n and p, wrapping round, and outlines the current one', async () => {
    serve();
    const { findByTestId, getByTestId, container } = render(CompareView, { oldId: 3, newId: 4, question: '2', onBack: vi.fn(), onError: vi.fn() });
    await findByTestId('compare-old');
    Element.prototype.scrollIntoView = vi.fn();
    await fireEvent.keyDown(window, { key: 'n' });
    await waitFor(() => expect(getByTestId('change-counter').textContent?.trim(), 'n goes to the first change').toBe('Change 1 of 2'));
    expect(container.querySelectorAll('mark.current[data-change="0"]'), 'both sides of the first change are outlined').toHaveLength(2);
    await fireEvent.keyDown(window, { key: 'n' });
    await waitFor(() => expect(getByTestId('change-counter').textContent?.trim()).toBe('Change 2 of 2'));
    await fireEvent.keyDown(window, { key: 'n' });
    await waitFor(() => expect(getByTestId('change-counter').textContent?.trim(), 'after the last comes the first again').toBe('Change 1 of 2'));
    await fireEvent.keyDown(window, { key: 'p' });
    await waitFor(() => expect(getByTestId('change-counter').textContent?.trim(), 'p goes back').toBe('Change 2 of 2'));
    expect(Element.prototype.scrollIntoView, 'each move brings the change into view').toHaveBeenCalled();
  });

  it('goes back on Escape', async () => {
    serve();
    const onBack = vi.fn();
    const { findByTestId } = render(CompareView, { oldId: 3, newId: 4, question: '2', onBack, onError: vi.fn() });
    await findByTestId('compare-old');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(onBack, 'Escape leaves the comparison').toHaveBeenCalledOnce();
  });
});
