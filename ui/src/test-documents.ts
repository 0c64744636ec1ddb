// Document summaries and views the tests render; shaped like what the Rust commands return.
import type { DocumentSummary, DocumentView } from './api/bindings';

export function summary(overrides: Partial<DocumentSummary> & { id: number }): DocumentSummary {
  return {
    reference: `FOI-${overrides.id}`,
    title: `Letter ${overrides.id}`,
    authority: 'Department for Transport',
    date: '2024-01-01',
    format: 'txt',
    file_name: `letter-${overrides.id}.txt`,
    source_path: null,
    imported_at: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export const libraryDocuments: DocumentSummary[] = [
  summary({ id: 1, reference: 'FOI-2024-0010', title: 'Road safety cameras', authority: 'Department for Transport', date: '2024-03-02' }),
  summary({ id: 2, reference: 'FOI/2023/9', title: 'Hospital parking charges', authority: 'NHS England', date: '2023-11-20', format: 'pdf', file_name: 'parking.pdf' }),
  summary({ id: 3, reference: null, title: 'School meal budgets', authority: 'Ministère Council', date: null, format: 'html', file_name: 'meals-answer.html' }),
  summary({ id: 4, reference: 'FOI-2024-0002', title: 'Bus lane fines', authority: null, date: '2024-01-15', format: 'docx', file_name: 'bus.docx' }),
];

export function documentView(id: number, segments: DocumentView['segments']): DocumentView {
  const found = libraryDocuments.find((document) => document.id === id) ?? summary({ id });
  return { summary: found, encoding: 'UTF-8', byte_len: 1234, sha256: 'ab'.repeat(32), segments };
}
