// Tests for the register screen: rows grouped by weighing, a trend per provision, drill-down to letters, filters and the schedule export.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExemptionRegister, ProvisionRow, RegisterEntry, WeighingCode } from '../api/bindings';
import RegisterView from './RegisterView.svelte';

const hostile = '<img src=x onerror=alert(1)>';

function entry(documentId: number, provision: string, extra: Partial<RegisterEntry> = {}): RegisterEntry {
  return {
    document_id: documentId,
    reference: `FC/FOI/${documentId}`,
    authority: 'Fernshire Constabulary',
    year: 2023,
    question_label: '2',
    regime: 'FOIA',
    provision,
    cited_provision: provision,
    name: 'Personal information',
    weighing_label: 'absolute',
    source: 'cited',
    flag_id: null,
    quote: `section ${provision}`,
    start_byte: 10,
    end_byte: 20,
    note: null,
    judgement: null,
    ...extra,
  };
}

/** One FOIA provision applied in one Fernshire letter, as the register command counts it. */
function provisionRow(provision: string, name: string, weighing: WeighingCode, extra: Partial<ProvisionRow> = {}): ProvisionRow {
  return {
    regime: 'FOIA',
    provision,
    name,
    weighing,
    weighing_label: weighing,
    n_documents: 1,
    n_entries: 1,
    n_flags: 0,
    n_found: 0,
    trend: [],
    n_undated: 0,
    by_authority: [{ authority: 'Fernshire Constabulary', n_documents: 1 }],
    entry_indexes: [],
    ...extra,
  };
}

const register: ExemptionRegister = {
  title: 'Exemption and redaction schedule',
  n_documents: 2,
  years: [2022, 2023, 2024],
  provisions: [
    provisionRow('40(2)', 'Personal information', 'absolute', { trend: [0, 1, 0], entry_indexes: [0] }),
    provisionRow('43(2)', 'Commercial interests', 'public_interest_test', {
      weighing_label: 'qualified',
      n_flags: 1,
      trend: [0, 0, 1],
      entry_indexes: [1],
    }),
  ],
  entries: [
    entry(7, '40(2)'),
    entry(9, '43(2)', { source: 'flag', flag_id: 3, year: 2024, quote: hostile, note: 'contractor numbers' }),
  ],
  set_aside: [],
  authorities: ['Fernshire Constabulary', 'Wessex Police'],
  threads: [{ id: 4, title: 'Vetting withdrawn', authority: 'Fernshire Constabulary' }],
};

function serve(answer: ExemptionRegister = register) {
  const calls: [string, InvokeArgs | undefined][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    if (cmd === 'exemption_register') return answer;
    if (cmd === 'export_register_schedule') return { path: '/exports/exemption-schedule.csv', n_bytes: 120 };
    throw { kind: 'unexpected', message: cmd };
  });
  return calls;
}

afterEach(() => clearMocks());

describe('RegisterView', () => {
  it('shows one row per provision, absolute ones apart from public interest ones, with a trend each', async () => {
    serve();
    const view = render(RegisterView, { onOpenDocument: vi.fn(), onError: vi.fn() });
    await waitFor(() => expect(view.getAllByTestId('register-row')).toHaveLength(2));
    const headings = view.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings, 'the register keeps qualified provisions apart from absolute ones').toEqual([
      'No public interest test (absolute)',
      'Subject to the public interest test',
    ]);
    const bars = view.getAllByTestId('register-trend')[1].querySelectorAll('rect');
    expect(
      Array.from(bars).map((bar) => bar.getAttribute('data-value')),
      'the trend draws the numbers the command returned, one bar per year',
    ).toEqual(['0', '0', '1']);
  });

  it('drills down from a count to the letters behind it and opens one', async () => {
    serve();
    const onOpenDocument = vi.fn();
    const view = render(RegisterView, { onOpenDocument, onError: vi.fn() });
    await waitFor(() => expect(view.getAllByTestId('register-row')).toHaveLength(2));
    const flagged = view.getAllByTestId('register-row')[1];
    await fireEvent.keyDown(flagged, { key: 'Enter' });
    const entries = view.getAllByTestId('register-entry');
    expect(entries, 'Enter opens the entries behind the count').toHaveLength(1);
    expect(entries[0].textContent, 'a flag made by hand is marked as such').toContain('Flagged by hand');
    expect(entries[0].querySelector('img'), 'quoted letter text is shown as text, never as markup').toBeNull();
    expect(entries[0].textContent).toContain(hostile);
    await fireEvent.click(view.getByText('FC/FOI/9'));
    expect(onOpenDocument, 'the reference opens the letter').toHaveBeenCalledWith(9);
  });

  it('asks again with the filters chosen and exports the schedule for them', async () => {
    const calls = serve();
    const view = render(RegisterView, { onOpenDocument: vi.fn(), onError: vi.fn() });
    await waitFor(() => expect(view.getAllByTestId('register-row')).toHaveLength(2));
    const authority = view.getByTestId('register-authority') as HTMLSelectElement;
    authority.value = 'Wessex Police';
    await fireEvent.change(authority);
    const since = view.getByTestId('register-since') as HTMLInputElement;
    await fireEvent.input(since, { target: { value: '2023' } });
    await fireEvent.change(since);
    await waitFor(() =>
      expect(calls.at(-1), 'the filters go to the command, which does the counting').toEqual([
        'exemption_register',
        { query: { authority: 'Wessex Police', since: 2023 } },
      ]),
    );
    await fireEvent.click(view.getByTestId('register-export-csv'));
    await waitFor(() => expect(view.getByRole('status').textContent).toContain('/exports/exemption-schedule.csv'));
    const exported = calls.find(([cmd]) => cmd === 'export_register_schedule');
    expect(exported?.[1], 'the schedule covers what is shown').toEqual({
      query: { authority: 'Wessex Police', since: 2023 },
      format: 'csv',
    });
    await fireEvent.click(view.getByText('Clear filters'));
    expect(since.value, 'clearing the filters empties the year typed').toBe('');
    await waitFor(() =>
      expect(calls.at(-1), 'and asks for the whole register again').toEqual(['exemption_register', { query: {} }]),
    );
  });
});
