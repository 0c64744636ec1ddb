// Tests for the Backups dialog: listing, backing up now, and a restore that happens only after its confirmation.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../api/bindings';
import BackupsDialog from './BackupsDialog.svelte';

const older: BackupInfo = { path: '/lib.backups/a-auto.sqlite3', file_name: 'a-auto.sqlite3', n_bytes: 204800, taken_at_ms: 1_700_000_000_000, kind: 'auto' };

afterEach(() => clearMocks());

describe('BackupsDialog', () => {
  it('lists backups and restores one only after the confirmation', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'list_backups') return [older];
      if (cmd === 'restore_backup') return null;
      throw { kind: 'unexpected', message: cmd };
    });
    const onRestored = vi.fn();
    const view = render(BackupsDialog, { onClose: vi.fn(), onRestored, onError: vi.fn() });
    await waitFor(() => expect(view.getAllByTestId('backup-row')).toHaveLength(1));
    expect(view.getByTestId('backup-row').textContent, 'the kind and size are shown').toContain('Automatic');
    expect(view.getByTestId('backup-row').textContent).toContain('200 KB');

    await fireEvent.click(view.getByText('Restore…'));
    expect(calls.some(([cmd]) => cmd === 'restore_backup'), 'choosing a backup alone must not replace the library').toBe(false);
    expect(view.getByTestId('restore-confirmation').textContent, 'the confirmation says the current state is kept').toContain(
      'backed up first',
    );
    await fireEvent.click(view.getByText('Restore this backup'));
    await waitFor(() => expect(onRestored, 'the app reads the library again after a restore').toHaveBeenCalled());
    expect(calls.find(([cmd]) => cmd === 'restore_backup')?.[1]).toEqual({ path: older.path });
  });

  it('backs up now and shows the new backup', async () => {
    let listed: BackupInfo[] = [];
    mockIPC((cmd) => {
      if (cmd === 'list_backups') return listed;
      if (cmd === 'back_up_now') {
        listed = [{ ...older, kind: 'manual', path: '/lib.backups/b-manual.sqlite3' }];
        return listed[0];
      }
      throw { kind: 'unexpected', message: cmd };
    });
    const view = render(BackupsDialog, { onClose: vi.fn(), onRestored: vi.fn(), onError: vi.fn() });
    await waitFor(() => expect(view.getByText('No backups yet.')).toBeTruthy());
    await fireEvent.click(view.getByTestId('back-up-now'));
    await waitFor(() => expect(view.getAllByTestId('backup-row')).toHaveLength(1));
    expect(view.getByTestId('backup-row').textContent).toContain('Taken by hand');
  });

  it('closes with Escape, and Escape first cancels a pending confirmation', async () => {
    mockIPC(() => [older]);
    const onClose = vi.fn();
    const view = render(BackupsDialog, { onClose, onRestored: vi.fn(), onError: vi.fn() });
    await waitFor(() => expect(view.getAllByTestId('backup-row')).toHaveLength(1));
    await fireEvent.click(view.getByText('Restore…'));
    await fireEvent.keyDown(view.getByTestId('backups-dialog'), { key: 'Escape' });
    expect(view.queryByTestId('restore-confirmation'), 'Escape backs out of the restore first').toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await fireEvent.keyDown(view.getByTestId('backups-dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
