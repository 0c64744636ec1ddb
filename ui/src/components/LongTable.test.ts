// Tests for the long table: a sheet of 100,000 rows draws only a window of them, as text.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { TableView } from '../api/bindings';
import DataTable from './DataTable.svelte';

function sheet(n_rows: number): TableView {
  return {
    caption: 'Stop and search',
    header: ['Area', 'Stops'],
    rows: Array.from({ length: n_rows }, (_, idx) => [`Area ${idx + 1}`, String(idx)]),
  };
}

describe('LongTable', () => {
  it('draws only the rows near the view of a sheet of 100,000 rows', () => {
    const { getAllByTestId, getByText } = render(DataTable, { table: sheet(100_000) });
    const drawn = getAllByTestId('long-table-row');
    expect(drawn.length).toBeGreaterThan(0);
    // Without layout the window is the rows drawn before layout plus the margin: far fewer than the sheet.
    expect(drawn.length).toBeLessThan(500);
    expect(drawn[0].textContent).toContain('Area 1');
    expect(getByText('Stops').tagName).toBe('TH');
  });

  it('says how many rows the sheet holds', () => {
    const { container } = render(DataTable, { table: sheet(100_000) });
    expect(container.querySelector('caption')?.textContent).toContain((100_000).toLocaleString());
  });

  it('draws a short table whole, as before', () => {
    const { container, queryAllByTestId } = render(DataTable, { table: sheet(12) });
    expect(queryAllByTestId('long-table-row')).toHaveLength(0);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(12);
  });

  it('renders cells as text, never as markup', () => {
    const hostile = { caption: null, header: null, rows: Array.from({ length: 1000 }, () => ['<img src=x onerror=alert(1)>']) };
    const { container } = render(DataTable, { table: hostile });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('td')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
