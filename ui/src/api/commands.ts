// Typed calls to the Rust commands and webview events; the only module that talks to Tauri.
import { Channel, invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import type {
  CommandError,
  DocumentSummary,
  DocumentView,
  ImportProgress,
  ImportReport,
  LibraryInfo,
  PickKind,
  ReadAgainReport,
} from './bindings';

export type ProgressListener = (progress: ImportProgress) => void;

export function libraryInfo(): Promise<LibraryInfo> {
  return invoke<LibraryInfo>('library_info');
}

export function listDocuments(): Promise<DocumentSummary[]> {
  return invoke<DocumentSummary[]>('list_documents');
}

export function getDocument(id: number): Promise<DocumentView> {
  return invoke<DocumentView>('get_document', { id });
}

/** Reads a stored letter again from the file it was imported from; the reviewer's work on it is kept. */
export function readDocumentAgain(id: number): Promise<ReadAgainReport> {
  return invoke<ReadAgainReport>('read_document_again', { id });
}

export function importPaths(paths: string[], onProgress: ProgressListener): Promise<ImportReport> {
  return invoke<ImportReport>('import_paths', { paths, onProgress: new Channel(onProgress) });
}

/** Resolves to null when the user closes the native picker without choosing anything. */
export function pickAndImport(kind: PickKind, onProgress: ProgressListener): Promise<ImportReport | null> {
  return invoke<ImportReport | null>('pick_and_import', { kind, onProgress: new Channel(onProgress) });
}

export function openSampleLibrary(onProgress: ProgressListener): Promise<ImportReport> {
  return invoke<ImportReport>('open_sample_library', { onProgress: new Channel(onProgress) });
}

/** Files the operating system asked the app to open (at launch, or from a second launch). */
export function takeOpenedFiles(): Promise<string[]> {
  return invoke<string[]>('take_opened_files');
}

/** Calls back whenever a second launch hands files to this window; take them with takeOpenedFiles. */
export async function onFilesOpened(callback: () => void): Promise<Unlisten> {
  const stop = await listen('files-opened', () => callback());
  return () => {
    Promise.resolve().then(stop).catch(() => {});
  };
}

export type FileDragEvent =
  | { type: 'hover'; paths: string[] }
  | { type: 'leave' }
  | { type: 'drop'; paths: string[] };

export type Unlisten = () => void;

/**
 * Reports files dragged over and dropped onto the window, with absolute paths.
 * The webview intercepts native drag-and-drop, so DOM drag events never carry paths.
 */
export async function onFilesDropped(callback: (event: FileDragEvent) => void): Promise<Unlisten> {
  const stop = await getCurrentWebview().onDragDropEvent((event) => {
    const payload = event.payload;
    switch (payload.type) {
      case 'enter':
        callback({ type: 'hover', paths: payload.paths });
        break;
      case 'drop':
        callback({ type: 'drop', paths: payload.paths });
        break;
      case 'leave':
        callback({ type: 'leave' });
        break;
      case 'over':
        break;
    }
  });
  return () => {
    // Unlistening happens as a view goes away; if the bridge is already gone there is nothing left to stop.
    // The declared type says void, but the function really returns a promise that can reject.
    Promise.resolve().then(stop).catch(() => {});
  };
}

/** Commands reject with `{kind, message}`; anything else (a bridge failure, a thrown Error) is folded into that shape. */
export function asCommandError(reason: unknown): CommandError {
  if (typeof reason === 'object' && reason !== null) {
    const candidate = reason as Record<string, unknown>;
    if (typeof candidate.kind === 'string' && typeof candidate.message === 'string') {
      return { kind: candidate.kind, message: candidate.message };
    }
    if (reason instanceof Error) {
      return { kind: 'internal', message: reason.message };
    }
  }
  if (typeof reason === 'string' && reason.length > 0) {
    return { kind: 'internal', message: reason };
  }
  return { kind: 'internal', message: 'Something went wrong, and no reason was given.' };
}
