// Tests that the facts form sends only what the reviewer changed, shows the letter's own value beside a correction, and clears it.
import { fireEvent, render } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorrectedFact } from '../api/bindings';
import { summary } from '../test-documents';
import FactsCorrection from './FactsCorrection.svelte';

const authorityCorrected: CorrectedFact = {
  field: 'authority',
  value: 'Wessex Police',
  parsed: 'Information Team',
  reviewer: 'Ada',
  set_at: '2026-12-04T10:00:00Z',
};

afterEach(() => clearMocks());

describe('FactsCorrection', () => {
  it('sends only the fields the reviewer changed and reports once saved', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === 'correct_document_facts' ? [authorityCorrected] : [];
    });
    const onCorrected = vi.fn();
    const { getByTestId, findByRole } = render(FactsCorrection, {
      summary: summary({ id: 5, authority: 'Information Team' }),
      onCorrected,
      onError: vi.fn(),
    });
    expect(calls, 'a letter without corrections costs no call').toEqual([]);
    await fireEvent.click(getByTestId('fact-edit'));
    expect((getByTestId('fact-save') as HTMLButtonElement).disabled, 'nothing changed yet, nothing to save').toBe(true);
    await fireEvent.input(getByTestId('fact-authority'), { target: { value: 'Wessex Police' } });
    await fireEvent.submit(getByTestId('fact-save').closest('form')!);
    await findByRole('status');
    expect(calls[0], 'only the authority is sent: untouched facts must not become corrections').toEqual([
      'correct_document_facts',
      { documentId: 5, correction: { clear: [], authority: 'Wessex Police' } },
    ]);
    expect(onCorrected, 'the reader reloads the facts in force').toHaveBeenCalledOnce();
  });

  it('shows what the letter reads beside a correction and goes back to it', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === 'list_document_corrections' ? [authorityCorrected] : [];
    });
    const { findByTestId, getByTestId } = render(FactsCorrection, {
      summary: summary({ id: 5, authority: 'Wessex Police', corrected: ['authority'] }),
      onCorrected: vi.fn(),
      onError: vi.fn(),
    });
    const row = await findByTestId('fact-correction');
    expect(row.textContent, 'the letter’s own value is shown').toContain('Information Team');
    expect(row.textContent, 'with who corrected it').toContain('Ada');
    await fireEvent.click(getByTestId('fact-clear'));
    await vi.waitFor(() =>
      expect(calls.at(-1), 'clearing asks for the letter’s value back').toEqual([
        'correct_document_facts',
        { documentId: 5, correction: { clear: ['authority'] } },
      ]),
    );
  });

  it('shows the library’s refusal of a bad value', async () => {
    mockIPC((cmd) => {
      if (cmd === 'correct_document_facts') throw { kind: 'invalid', message: 'That is not a date.' };
      return [];
    });
    const onError = vi.fn();
    const { getByTestId } = render(FactsCorrection, { summary: summary({ id: 5 }), onCorrected: vi.fn(), onError });
    await fireEvent.click(getByTestId('fact-edit'));
    await fireEvent.input(getByTestId('fact-reference'), { target: { value: 'FOI/9' } });
    await fireEvent.submit(getByTestId('fact-save').closest('form')!);
    await vi.waitFor(() => expect(onError, 'the reviewer is told why').toHaveBeenCalledWith('That is not a date.'));
    expect(getByTestId('fact-reference'), 'the form stays open with the draft for another try').toBeTruthy();
  });
});
