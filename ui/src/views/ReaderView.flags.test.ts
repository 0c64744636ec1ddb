// Tests that the reader marks withheld parts and hand-made flags where they are in the letter, from the flag commands, and refreshes them when the Flags tab changes something.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FoundRedactionView, LetterStructure, RedactionFlag, WithheldPartView } from '../api/bindings';
import { documentView, emptyStructure } from '../test-documents';
import ReaderView from './ReaderView.svelte';

const hostile = '<img src=x onerror=alert(2)>';
const letter = `Q1 How many officers? Answer: <5 officers. ${hostile}\nQ2 Their rank and station? Withheld under section 40(2).\n`;
const at = (words: string) => ({ start: letter.indexOf(words), end: letter.indexOf(words) + words.length });

const structure: LetterStructure = {
  ...emptyStructure(),
  questions: [
    { label: 'Q1', text: 'How many officers?', parts: [], answer: '<5 officers.', outcome: 'partly_withheld', exemptions: [], tables: [], figures: [] },
    { label: 'Q2', text: 'Their rank and station?', parts: [], answer: 'Withheld under section 40(2).', outcome: 'withheld', exemptions: [], tables: [], figures: [] },
  ],
};

const withheld: WithheldPartView[] = [{ kind: 'suppressed_cell', reason: 'Suppressed: fewer than 5', quote: '<5', ...at('<5'), question_key: 'Q1' }];

const storedFlag: RedactionFlag = {
  id: 7,
  document_id: 1,
  question_key: 'Q2',
  quote: 'rank and station',
  ...at('rank and station'),
  provisions: [{ regime: 'FOIA', provision: '40(2)', name: 'Personal information of third parties' }],
  note: 'identifies officers',
  created_at: '2024-03-01T10:00:00Z',
  updated_at: '2024-03-01T10:00:00Z',
};

/** A box drawn over words the file still holds, found on reading the PDF. */
const redactionBox: FoundRedactionView = {
  key: 'box:1:72,700,80,14',
  kind: 'box',
  page: 1,
  area: [72, 700, 80, 14],
  provision: '40(2)',
  found_provision: '40(2)',
  tied_by: 'paragraph',
  label: null,
  warning: 'the text under this redaction is still in the file',
  question_key: 'Q1',
  decision: null,
  note: '',
  reviewer: null,
  ...at('How many officers'),
};

/** A letter with one withheld part and one flag, whose flag can be removed; records each command called. */
function serveFlaggedLetter() {
  const calls: string[] = [];
  let flags = [storedFlag];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    switch (cmd) {
      case 'get_document':
        return documentView(1, [{ text: letter, is_furniture: false, mark: 'plain' }], structure);
      case 'list_withheld':
        return withheld;
      case 'list_flags':
        return flags;
      case 'list_redactions':
        return [redactionBox];
      case 'list_outcomes':
        return structure.questions.map((question, questionIdx) => ({
          question_idx: questionIdx,
          question_key: question.label!,
          question_label: question.label,
          derived: question.outcome,
          corrected: null,
          correction_note: null,
          outcome: question.outcome,
        }));
      case 'delete_flag':
        flags = flags.filter((flag) => flag.id !== (args as { flagId: number }).flagId);
        return null;
      case 'list_annotations':
      case 'get_review_statuses':
      case 'carried_forward_annotations':
      case 'list_provisions':
      case 'list_citations':
        return [];
      case 'get_preferences':
        return { reviewer_name: null };
      default:
        throw { kind: 'unexpected', message: cmd };
    }
  });
  return calls;
}

function renderReader(mode: 'structure' | 'original') {
  const onError = vi.fn();
  const result = render(ReaderView, {
    id: 1,
    previousId: null,
    nextId: null,
    hideFurniture: true,
    mode,
    onBack: vi.fn(),
    onNavigate: vi.fn(),
    onError,
  });
  return { ...result, onError };
}

afterEach(() => clearMocks());

describe('ReaderView withheld parts and flags', () => {
  it('marks the withheld part and the flag at their words in the original text, with their reasons as titles', async () => {
    const calls = serveFlaggedLetter();
    const { findAllByTestId, getByTestId, onError } = renderReader('original');
    const flagMarks = await findAllByTestId('flag-mark');
    expect(flagMarks.map((mark) => mark.textContent).join(''), 'the flag marks the words the command placed it on').toBe('rank and station');
    expect(flagMarks[0].title, 'the flag’s title gives its provisions and note').toContain('FOIA s40(2)');
    expect(flagMarks[0].title).toContain('identifies officers');
    await waitFor(async () => expect(await findAllByTestId('withheld-mark')).toHaveLength(2));
    const allWithheld = await findAllByTestId('withheld-mark');
    const withheldMarks = allWithheld.filter((mark) => mark.title.startsWith('Withheld:'));
    expect(withheldMarks.map((mark) => mark.textContent).join(''), 'the withheld mark covers the marker').toBe('<5');
    expect(withheldMarks[0].title, 'the withheld mark gives the letter’s reason').toBe('Withheld: Suppressed: fewer than 5');
    const boxMarks = allWithheld.filter((mark) => mark.title.startsWith('Redaction box'));
    expect(boxMarks.map((mark) => mark.textContent).join(''), 'the box is marked on the words it fails to hide').toBe('How many officers');
    expect(boxMarks[0].title, 'with its page, provision and warning').toBe(
      'Redaction box on page 1: s40(2) — the text under this redaction is still in the file',
    );
    expect(getByTestId('reader-text').textContent, 'the letter stays exactly its text').toBe(letter);
    expect(document.querySelector('[data-testid=reader-text] img'), 'a hostile image tag in the letter stays text').toBeNull();
    expect(calls, 'both lists come from the flag commands').toEqual(expect.arrayContaining(['list_withheld', 'list_flags']));
    expect(onError).not.toHaveBeenCalled();
  });

  it('shows flag lines on the questions in the structure view', async () => {
    serveFlaggedLetter();
    const { findAllByTestId } = renderReader('structure');
    await waitFor(async () => expect(await findAllByTestId('question-flag')).toHaveLength(2));
    const cards = await findAllByTestId('question-card');
    expect(within(cards[0]).getByTestId('question-flag').textContent, 'Q1 shows its withheld part').toContain('Suppressed: fewer than 5');
    expect(within(cards[1]).getByTestId('question-flag').textContent, 'Q2 shows its flag').toContain('identifies officers');
  });

  it('fetches the flags again when the Flags tab changes one, so the mark goes with the flag', async () => {
    serveFlaggedLetter();
    const { findAllByTestId, findByTestId, getByTestId, queryAllByTestId } = renderReader('original');
    await findAllByTestId('flag-mark');
    await fireEvent.click(getByTestId('side-tab-flags'));
    await fireEvent.click(await findByTestId('flag-remove'));
    await waitFor(() => expect(queryAllByTestId('flag-mark'), 'the removed flag’s mark must leave the letter').toHaveLength(0));
    expect(queryAllByTestId('withheld-mark'), 'the withheld part and the redaction box stay marked').toHaveLength(2);
  });
});
