// Tests for the library's Export menu: each choice calls its command for the letters shown, and says where the file went.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExportMenu from './ExportMenu.svelte';

afterEach(() => clearMocks());

describe('ExportMenu', () => {
  it('exports the notes of the letters shown as JSON and reports the file', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { path: '/exports/annotations.json', n_bytes: 10 };
    });
    const view = render(ExportMenu, { documentIds: [3, 1], onError: vi.fn() });
    await fireEvent.click(view.getByTestId('export-menu'));
    await fireEvent.click(view.getByTestId('export-annotations-json'));
    await waitFor(() => expect(view.getByRole('status').textContent).toContain('/exports/annotations.json'));
    expect(calls, 'the selection is the letters shown, in their order').toEqual([
      ['export_table', { table: 'annotations', format: 'json', selection: { document_ids: [3, 1] } }],
    ]);
  });

  it('writes the printable report of the selection', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    const view = render(ExportMenu, { documentIds: [2], onError: vi.fn() });
    await fireEvent.click(view.getByTestId('export-menu'));
    await fireEvent.click(view.getByTestId('export-report-html'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual(['export_report', { format: 'html', selection: { document_ids: [2] } }]);
    expect(view.queryByRole('status'), 'a cancelled dialog saves nothing and says nothing').toBeNull();
  });

  it('is disabled when no letter is shown', () => {
    const view = render(ExportMenu, { documentIds: [], onError: vi.fn() });
    expect((view.getByTestId('export-menu') as HTMLButtonElement).disabled).toBe(true);
  });
});
