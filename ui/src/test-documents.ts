// Document summaries and views the tests render; shaped like what the Rust commands return.
import type { DocumentSummary, DocumentView, ExemptionBadge, LetterStructure, MarkCode, TextSegment } from './api/bindings';

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
    decision: 'unknown',
    corrected: [],
    date_source: overrides.date === null ? null : 'letter',
    ...overrides,
  };
}

export const libraryDocuments: DocumentSummary[] = [
  summary({ id: 1, reference: 'FOI-2024-0010', title: 'Road safety cameras', authority: 'Department for Transport', date: '2024-03-02' }),
  summary({ id: 2, reference: 'FOI/2023/9', title: 'Hospital parking charges', authority: 'NHS England', date: '2023-11-20', format: 'pdf', file_name: 'parking.pdf' }),
  summary({ id: 3, reference: null, title: 'School meal budgets', authority: 'Ministère Council', date: null, format: 'html', file_name: 'meals-answer.html' }),
  summary({ id: 4, reference: 'FOI-2024-0002', title: 'Bus lane fines', authority: null, date: '2024-01-15', format: 'docx', file_name: 'bus.docx' }),
];

/** A run of letter text; furniture marks also set `is_furniture`, as the Rust side does. */
export function segment(text: string, mark: MarkCode = 'plain'): TextSegment {
  return { text, is_furniture: mark === 'furniture', mark };
}

/** What the reader gets for a letter nothing could be read from. */
export function emptyStructure(): LetterStructure {
  return {
    decision: 'unknown',
    decision_quote: null,
    ncnd: false,
    exemptions: [],
    questions: [],
    clarifications: [],
    tables: [],
    issues: [],
    parser_version: 1,
  };
}

export function documentView(id: number, segments: TextSegment[], structure: LetterStructure = emptyStructure()): DocumentView {
  const found = libraryDocuments.find((document) => document.id === id) ?? summary({ id });
  return { summary: found, encoding: 'UTF-8', byte_len: 1234, sha256: 'ab'.repeat(32), segments, structure, pages: [], can_read_again: false, goes_with: null, sheets: [] };
}

export const hostileAnswer = '<img src=x onerror=alert(1)>';

export const personalInformation: ExemptionBadge = {
  provision: '40(2)',
  regime: 'FOIA',
  cited_as: '40(2)(a)(b)&(3)(a)(i)',
  name: 'Personal information',
  nature: 'absolute_in_most_cases',
  public_interest_test: false,
  ncnd: false,
  ncnd_provision: '40(5)',
  note: 'Third-party personal data whose release would breach data protection law.',
  quote: 'section 40(2) of the Act applies to the names of officers',
};

export const lawEnforcement: ExemptionBadge = {
  provision: '31(1)(a)',
  regime: 'FOIA',
  cited_as: '31(1)(a)',
  name: 'Law enforcement',
  nature: 'qualified',
  public_interest_test: true,
  ncnd: false,
  ncnd_provision: '31(3)',
  note: 'Prejudice to the prevention or detection of crime.',
  quote: 'exempt under section 31(1)(a)',
};

/** A partly disclosed letter with three numbered questions, question 3 missing, and one of everything the reader shows. */
export function partlyDisclosedStructure(): LetterStructure {
  return {
    decision: 'partial',
    decision_quote: 'We are able to provide some of the information you asked for.',
    ncnd: false,
    exemptions: [personalInformation, lawEnforcement],
    questions: [
      {
        label: '1',
        text: 'How many Family Liaison Officers does the force employ?',
        parts: [],
        answer: 'The force employs 377 Family Liaison Officers.',
        outcome: 'answered',
        exemptions: [],
        tables: [],
        figures: [{ value: 377, unit: 'count', label: 'Family Liaison Officers' }],
      },
      {
        label: '2',
        text: 'What did training cost, by year?',
        parts: [
          { label: 'a', text: 'for new officers' },
          { label: 'b', text: 'for refresher courses' },
        ],
        answer: `Costs are below; the trainers' names are withheld. ${hostileAnswer}`,
        outcome: 'partly_withheld',
        exemptions: [personalInformation],
        tables: [
          {
            caption: 'Training costs',
            header: ['Year', 'Cost'],
            rows: [
              ['2022', '£12,500'],
              ['2023', '£14,250.50'],
            ],
          },
        ],
        figures: [
          { value: 12500, unit: 'pounds', label: 'training in 2022' },
          { value: 14250.5, unit: 'pounds', label: 'training in 2023' },
          { value: 12.5, unit: 'percent', label: 'rise in cost' },
        ],
      },
      {
        label: '4',
        text: 'Which operations used covert officers?',
        parts: [],
        answer: null,
        outcome: 'withheld',
        exemptions: [lawEnforcement],
        tables: [],
        figures: [],
      },
    ],
    clarifications: ['By "officers" I mean warranted officers only.'],
    tables: [{ caption: null, header: null, rows: [['Ref', 'FOI-77']] }],
    issues: [
      { kind: 'question_number_gap', detail: 'Question 3 is missing from the sequence' },
      { kind: 'unanswered_question', detail: 'Question 4 has no answer in the letter' },
    ],
    parser_version: 1,
  };
}

/** The marked runs of the same letter's original text. */
export const partlyDisclosedSegments: TextSegment[] = [
  segment('Dear requester,\n'),
  segment('1. How many Family Liaison Officers does the force employ?\n', 'question'),
  segment('The force employs 377 Family Liaison Officers.\n', 'answer'),
  segment('Page 1 of 2\n', 'furniture'),
  segment('The names are exempt under '),
  segment('section 40(2) of the Act', 'exemption'),
  segment('.\n'),
  segment('You may ask for an internal review.\n', 'boilerplate'),
];
