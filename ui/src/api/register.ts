// Typed calls for the exemption register and its schedule export.
import { invoke } from '@tauri-apps/api/core';
import type { ExemptionRegister, RegisterQuery, SavedExport, ScheduleFormat } from './bindings';

/** The register over the part of the library the query names; an empty query means the whole library. */
export function exemptionRegister(query: RegisterQuery): Promise<ExemptionRegister> {
  return invoke<ExemptionRegister>('exemption_register', { query });
}

/** Writes the redaction and exemption schedule; resolves to null when the reviewer cancels the save dialog. */
export function exportRegisterSchedule(query: RegisterQuery, format: ScheduleFormat): Promise<SavedExport | null> {
  return invoke<SavedExport | null>('export_register_schedule', { query, format });
}
