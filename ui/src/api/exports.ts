// Typed calls for exports (library, notes, review statuses, reports) and for the library's backups.
import { invoke } from '@tauri-apps/api/core';
import type { BackupInfo, ExportSelection, ExportTable, ReportFormat, SavedExport, TableFormat } from './bindings';

/** Writes one table of the selected letters; null when the reviewer cancels the save dialog. */
export function exportTable(table: ExportTable, format: TableFormat, selection: ExportSelection): Promise<SavedExport | null> {
  return invoke<SavedExport | null>('export_table', { table, format, selection });
}

/** Writes the review report of a letter, a thread or the selected letters; null when cancelled. */
export function exportReport(format: ReportFormat, selection: ExportSelection): Promise<SavedExport | null> {
  return invoke<SavedExport | null>('export_report', { format, selection });
}

/** The backups kept beside the library, newest first. */
export function listBackups(): Promise<BackupInfo[]> {
  return invoke<BackupInfo[]>('list_backups');
}

export function backUpNow(): Promise<BackupInfo> {
  return invoke<BackupInfo>('back_up_now');
}

/** Replaces the library with a backup; the current state is backed up first. */
export function restoreBackup(path: string): Promise<void> {
  return invoke<void>('restore_backup', { path });
}
