// Tests for "recently deleted": what it lists and that Restore calls the command and refetches.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeletedAnnotation } from '../api/bindings';
import { annotationView } from '../reader/annotation-fixtures';
import RecentlyDeleted from './RecentlyDeleted.svelte';

afterEach(() => clearMocks());

const deleted: DeletedAnnotation = {
  annotation: annotationView({
    id: 12,
    document_id: 3,
    quote: '9 officers',
    start: null,
    end: null,
    question_label: '2',
    note: 'Up from 7',
    updated_at: '2026-01-02T00:00:00Z',
    deleted_at: '2026-01-02T00:00:00Z',
  }),
  document_title: 'Vetting and suspensions 2022',
  retention_days: 90,
};

describe('RecentlyDeleted', () => {
  it('lists deleted notes with their letter and restores one', async () => {
    let list = [deleted];
    const restored: number[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'list_deleted_annotations') return list;
      if (cmd === 'restore_annotation') {
        restored.push((args as { id: number }).id);
        list = [];
        return deleted.annotation;
      }
      throw { kind: 'unexpected', message: cmd };
    });
    const onRestored = vi.fn();
    const { findByTestId, findByText } = render(RecentlyDeleted, { revision: 0, onRestored, onError: vi.fn() });
    const item = await findByTestId('deleted-annotation');
    expect(item.textContent).toContain('Vetting and suspensions 2022');
    expect(item.textContent).toContain('Up from 7');
    await fireEvent.click(await findByTestId('restore-annotation'));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(3));
    expect(restored).toEqual([12]);
    await findByText('No notes deleted in the last 90 days.');
  });
});
