// Tests for the report buttons: what they ask the app to write, and what they say afterwards.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ReportExport from './ReportExport.svelte';

afterEach(() => clearMocks());

describe('ReportExport', () => {
  it('asks for the report of exactly what it covers and says it was saved', async () => {
    const calls: InvokeArgs[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== 'export_report') throw { kind: 'unexpected', message: cmd };
      calls.push(args as InvokeArgs);
      return { path: '/tmp/thread-4.html', n_bytes: 1200 };
    });
    const view = render(ReportExport, { selection: { thread_id: 4 }, onError: vi.fn() });
    await fireEvent.click(view.getByTestId('report-export-html'));
    await waitFor(() => expect(view.getByTestId('report-saved').title).toBe('/tmp/thread-4.html'));
    expect(calls, 'the thread is the report, in the format chosen').toEqual([{ format: 'html', selection: { thread_id: 4 } }]);
  });

  it('says nothing was saved when the reviewer cancels, and reports failures as errors', async () => {
    let fail = false;
    mockIPC(() => {
      if (fail) throw { kind: 'export', message: 'could not write /x.md: read-only' };
      return null;
    });
    const onError = vi.fn();
    const view = render(ReportExport, { selection: { document_id: 2 }, onError });
    await fireEvent.click(view.getByTestId('report-export-md'));
    await waitFor(() => expect(view.getByTestId('report-export-md').hasAttribute('disabled')).toBe(false));
    expect(view.queryByTestId('report-saved'), 'a cancelled dialog saved nothing').toBeNull();
    fail = true;
    await fireEvent.click(view.getByTestId('report-export-md'));
    await waitFor(() => expect(onError).toHaveBeenCalledWith('could not write /x.md: read-only'));
  });
});
