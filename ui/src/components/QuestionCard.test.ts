// Tests for a question card's review work: highlights over the answer, the answer's review status, and last year's notes offered for copying.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { AnnotationView, CarriedAnnotation, QuestionView } from '../api/bindings';
import { annotationView } from '../reader/annotation-fixtures';
import QuestionCard from './QuestionCard.svelte';

const question: QuestionView = {
  label: '2',
  text: 'How many officers were suspended?',
  parts: [],
  answer: 'On 31 December 2021, 9 officers were suspended on full pay.',
  outcome: 'answered',
  exemptions: [],
  tables: [],
  figures: [],
};

/** Q2's note on "9 officers" in its answer; `overrides` change it. */
function note(overrides: Partial<AnnotationView>): AnnotationView {
  return annotationView({
    document_id: 2,
    quote: '9 officers',
    start: 100,
    end: 110,
    question_label: '2',
    note: 'Up from 7',
    colour: 'green',
    ...overrides,
  });
}

describe('QuestionCard', () => {
  it('highlights a note on this question over the answer, leaving the answer text as it was', () => {
    const { getByTestId, getAllByTestId } = render(QuestionCard, { question, annotations: [note({})] });
    expect(getAllByTestId('annotation-highlight').map((mark) => mark.textContent)).toEqual(['9 officers']);
    expect(getByTestId('answer-text').textContent).toBe(question.answer);
    expect(getByTestId('answer-text').dataset.questionLabel).toBe('2');
  });

  it('offers last year’s note and copies it onto this answer', async () => {
    const offer: CarriedAnnotation = {
      question_label: '2',
      annotation: note({ id: 5, document_id: 1, note: 'Chase the appeal', start: null, end: null }),
      from_document_id: 1,
      from_reference: 'FC/FOI/21/0101',
      from_date: '2021-02-01',
      from_question_label: '2',
    };
    const onCopyForward = vi.fn();
    const { getByTestId } = render(QuestionCard, { question, carried: [offer], onCopyForward, onSetStatus: vi.fn() });
    expect(getByTestId('carried-annotation').textContent).toContain('Chase the appeal');
    expect(getByTestId('carried-annotation').textContent).toContain('FC/FOI/21/0101');
    await fireEvent.click(getByTestId('copy-forward'));
    expect(onCopyForward).toHaveBeenCalledWith(offer);
  });

  it('sets the answer’s review status and shows who set it', async () => {
    const onSetStatus = vi.fn();
    const status = { document_id: 2, question_label: '2', status: 'reviewed' as const, reviewer: 'Ada', updated_at: '2026-03-04T09:30:00Z' };
    const { getByTestId, getByLabelText } = render(QuestionCard, { question, status, onSetStatus });
    expect(getByTestId('review-stamp').textContent).toContain('Ada');
    const select = getByLabelText(/Review of answer/) as HTMLSelectElement;
    expect(select.value).toBe('reviewed');
    await fireEvent.change(select, { target: { value: 'follow_up' } });
    expect(onSetStatus).toHaveBeenCalledWith('2', 'follow_up');
  });
});

describe('QuestionCard flags', () => {
  it('shows a flag line for each withheld part and hand-made flag of the question, with the reason or provisions and note', () => {
    const { getAllByTestId } = render(QuestionCard, {
      question: { ...question, outcome: 'partly_withheld' },
      withheld: [{ kind: 'suppressed_cell', reason: 'Suppressed: fewer than 5', quote: '<5', start: 40, end: 42, question_key: '2' }],
      flags: [
        {
          id: 7,
          document_id: 2,
          question_key: '2',
          quote: '<img src=x onerror=alert(1)>',
          start: 10,
          end: 20,
          provisions: [{ regime: 'FOIA', provision: '40(2)', name: 'Personal information of third parties' }],
          note: 'identifies officers',
          created_at: '2024-03-01T10:00:00Z',
          updated_at: '2024-03-01T10:00:00Z',
        },
      ],
    });
    const lines = getAllByTestId('question-flag');
    expect(lines, 'one line per withheld part and per flag').toHaveLength(2);
    expect(lines[0].textContent, 'the withheld line says so and gives the reason').toContain('Withheld');
    expect(lines[0].textContent).toContain('Suppressed: fewer than 5');
    expect(lines[1].textContent, 'the flag line gives the provisions').toContain('FOIA s40(2) (Personal information of third parties)');
    expect(lines[1].textContent, 'and the reviewer’s note').toContain('identifies officers');
    expect(lines[1].textContent, 'the flagged quote is shown as text').toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img'), 'a quote never becomes an element').toBeNull();
  });

  it('shows no flag line when nothing on the question is withheld or flagged', () => {
    const { queryAllByTestId } = render(QuestionCard, { question });
    expect(queryAllByTestId('question-flag'), 'an answered, unflagged question has nothing to flag').toHaveLength(0);
  });
});
