// Tests that each typed call sends the command name and argument keys the Rust side expects.
import { clearMocks, mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import type { Channel, InvokeArgs } from '@tauri-apps/api/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress, ImportReport } from './bindings';
import {
  asCommandError,
  getDocument,
  importPaths,
  libraryInfo,
  onFilesDropped,
  openSampleLibrary,
  pickAndImport,
  type FileDragEvent,
} from './commands';

const emptyReport: ImportReport = { n_imported: 0, n_duplicates: 0, n_errors: 0, files: [] };

afterEach(() => clearMocks());

describe('commands', () => {
  it('calls library_info with no arguments', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { database_path: '/tmp/library.sqlite3', n_documents: 3 };
    });
    await expect(libraryInfo()).resolves.toEqual({ database_path: '/tmp/library.sqlite3', n_documents: 3 });
    expect(calls[0][0]).toBe('library_info');
  });

  it('passes the id to get_document', async () => {
    let received: InvokeArgs | undefined;
    mockIPC((cmd, args) => {
      if (cmd === 'get_document') received = args;
      return null;
    });
    await getDocument(42);
    expect(received).toEqual({ id: 42 });
  });

  it('sends paths and a camelCase onProgress channel to import_paths, and relays progress', async () => {
    const progress: ImportProgress = { n_done: 1, n_total: 2, current: '/letters/a.txt', n_errors: 0 };
    mockIPC((cmd, args) => {
      expect(cmd).toBe('import_paths');
      const payload = args as { paths: string[]; onProgress: Channel<ImportProgress> };
      expect(payload.paths).toEqual(['/letters']);
      // Tauri maps the Rust parameter on_progress to this key; a snake_case key would be silently ignored.
      payload.onProgress.onmessage(progress);
      return emptyReport;
    });
    const seen: ImportProgress[] = [];
    await expect(importPaths(['/letters'], (update) => seen.push(update))).resolves.toEqual(emptyReport);
    expect(seen).toEqual([progress]);
  });

  it('passes the kind to pick_and_import and returns null when the picker was cancelled', async () => {
    let received: Record<string, unknown> | undefined;
    mockIPC((cmd, args) => {
      if (cmd === 'pick_and_import') received = args as Record<string, unknown>;
      return null;
    });
    await expect(pickAndImport('folder', () => {})).resolves.toBeNull();
    expect(received?.kind).toBe('folder');
    expect(received).toHaveProperty('onProgress');
  });

  it('calls open_sample_library with a progress channel', async () => {
    mockIPC((cmd, args) => {
      expect(cmd).toBe('open_sample_library');
      expect(args).toHaveProperty('onProgress');
      return emptyReport;
    });
    await expect(openSampleLibrary(() => {})).resolves.toEqual(emptyReport);
  });

  it('passes the rejection of a command through unchanged', async () => {
    mockIPC(() => {
      throw { kind: 'not_found', message: 'No document has id 9.' };
    });
    await expect(getDocument(9)).rejects.toEqual({ kind: 'not_found', message: 'No document has id 9.' });
  });
});

describe('asCommandError', () => {
  it('keeps a {kind, message} rejection as it is', () => {
    expect(asCommandError({ kind: 'io', message: 'Disk full', extra: 1 })).toEqual({ kind: 'io', message: 'Disk full' });
  });

  it('wraps strings, Errors and anything else', () => {
    expect(asCommandError('command import_x not found')).toEqual({
      kind: 'internal',
      message: 'command import_x not found',
    });
    expect(asCommandError(new Error('bridge gone')).message).toBe('bridge gone');
    expect(asCommandError(undefined).message).toMatch(/no reason/);
  });
});

describe('onFilesDropped', () => {
  it('reports hover, leave and drop with the absolute paths', async () => {
    mockWindows('main');
    mockIPC(() => null, { shouldMockEvents: true });
    const callback = vi.fn<(event: FileDragEvent) => void>();
    const stop = await onFilesDropped(callback);

    await emit('tauri://drag-enter', { paths: ['/home/me/a.pdf'], position: { x: 1, y: 2 } });
    await emit('tauri://drag-over', { position: { x: 3, y: 4 } });
    await emit('tauri://drag-leave', null);
    await emit('tauri://drag-drop', { paths: ['/home/me/a.pdf', '/home/me/letters'], position: { x: 1, y: 2 } });

    expect(callback.mock.calls.map(([event]) => event)).toEqual([
      { type: 'hover', paths: ['/home/me/a.pdf'] },
      { type: 'leave' },
      { type: 'drop', paths: ['/home/me/a.pdf', '/home/me/letters'] },
    ]);
    stop();
  });
});
