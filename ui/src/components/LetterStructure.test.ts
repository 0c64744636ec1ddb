// Tests for the structure view: decision, exemptions, issues, question cards with their tables and figures, all as text only.
import { fireEvent, render, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { emptyStructure, hostileAnswer, partlyDisclosedStructure } from '../test-documents';
import type { DecisionCode } from '../api/bindings';
import LetterStructure from './LetterStructure.svelte';

function renderStructure(structure = partlyDisclosedStructure()) {
  return render(LetterStructure, { structure });
}

describe('LetterStructure', () => {
  it('shows the decision as a badge with its quote as the title and as visible text', () => {
    const { getByTestId, getByText } = renderStructure();
    const badge = getByTestId('decision-badge');
    expect(badge.textContent).toBe('Partly disclosed');
    expect(badge.getAttribute('title')).toBe('We are able to provide some of the information you asked for.');
    expect(getByText('We are able to provide some of the information you asked for.')).toBeTruthy();
  });

  it.each([
    ['full', 'Disclosed in full'],
    ['refused', 'Refused'],
    ['not_held', 'Information not held'],
    ['ncnd', 'Neither confirm nor deny'],
    ['unknown', 'Decision not found'],
  ])('names the %s decision', (decision, label) => {
    const { getByTestId } = renderStructure({ ...emptyStructure(), decision: decision as DecisionCode });
    expect(getByTestId('decision-badge').textContent).toBe(label);
  });

  it('lists the letter-wide exemptions as focusable badges whose explanation opens on focus', async () => {
    const { getByTestId } = renderStructure();
    const strip = getByTestId('reader-structure').querySelector('[aria-label="Exemptions applied"]') as HTMLElement;
    const badges = within(strip).getAllByTestId('exemption-badge');
    expect(badges.map((badge) => badge.textContent)).toEqual([
      'FOIA s40(2) Personal information',
      'FOIA s31(1)(a) Law enforcement',
    ]);
    expect(badges.every((badge) => badge.tagName === 'BUTTON')).toBe(true);

    badges[1].focus();
    await fireEvent.focus(badges[1]);
    const tooltip = document.getElementById(badges[1].getAttribute('aria-describedby')!)!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('public interest test applies');
    expect(tooltip.textContent).toContain('exempt under section 31(1)(a)');
  });

  it('shows each issue, including the gap in question numbers', () => {
    const { getAllByTestId } = renderStructure();
    const issues = getAllByTestId('parse-issue');
    expect(issues).toHaveLength(2);
    expect(issues[0].textContent).toContain('Gap in question numbers');
    expect(issues[0].textContent, 'a missing question reads as a withheld part').toContain('Withheld or missing part');
    expect(issues[0].textContent).toContain('Question 3 is missing from the sequence');
    expect(issues[1].textContent).toContain('Question 4 has no answer in the letter');
  });

  it('shows each question as a card with its outcome, parts and exemptions', () => {
    const { getAllByTestId } = renderStructure();
    const cards = getAllByTestId('question-card');
    expect(cards).toHaveLength(3);
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Question 1',
      'Question 2',
      'Question 4',
    ]);
    expect(cards.map((card) => within(card).getByTestId('outcome-chip').textContent)).toEqual([
      'Answered',
      'Partly withheld',
      'Withheld',
    ]);
    expect(cards[1].textContent).toContain('What did training cost, by year?');
    expect(within(cards[1]).getAllByRole('listitem').map((item) => item.textContent)).toContain('a) for new officers');
    expect(within(cards[1]).getAllByTestId('exemption-badge').map((badge) => badge.textContent)).toEqual([
      'FOIA s40(2) Personal information',
    ]);
    expect(within(cards[0]).queryAllByTestId('exemption-badge')).toHaveLength(0);
  });

  it('says so when a question has no answer', () => {
    const { getAllByTestId } = renderStructure();
    const card = getAllByTestId('question-card')[2];
    expect(within(card).getByText('No answer found in the letter')).toBeTruthy();
  });

  it('renders a hostile answer as literal text, creating no elements', () => {
    const { getAllByTestId } = renderStructure();
    const card = getAllByTestId('question-card')[1];
    expect(card.textContent).toContain(hostileAnswer);
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('renders answer tables as real tables with a caption and header cells', () => {
    const { getAllByTestId } = renderStructure();
    const table = within(getAllByTestId('question-card')[1]).getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Training costs');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((cell) => cell.textContent)).toEqual(['Year', 'Cost']);
    expect(headers.every((cell) => cell.tagName === 'TH')).toBe(true);
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '2022',
      '£12,500',
      '2023',
      '£14,250.50',
    ]);
  });

  it('renders a table without a header row with no header cells', () => {
    const { getByRole } = renderStructure();
    const otherTables = getByRole('region', { name: 'Other tables' });
    const table = within(otherTables).getByRole('table');
    expect(table.querySelectorAll('th')).toHaveLength(0);
    expect(table.querySelector('caption')).toBeNull();
    expect(table.textContent).toContain('FOI-77');
  });

  it('lists figures with their units written out', () => {
    const { getAllByTestId } = renderStructure();
    const cards = getAllByTestId('question-card');
    const firstFigures = within(cards[0]).getByRole('list', { name: 'Figures in the answer' });
    expect(within(firstFigures).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '377 — Family Liaison Officers',
    ]);
    const secondFigures = within(cards[1]).getByRole('list', { name: 'Figures in the answer' });
    expect(within(secondFigures).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '£12,500 — training in 2022',
      '£14,250.50 — training in 2023',
      '12.5% — rise in cost',
    ]);
  });

  it('shows clarifications', () => {
    const { getByRole } = renderStructure();
    const section = getByRole('region', { name: 'Clarifications' });
    expect(section.textContent).toContain('By "officers" I mean warranted officers only.');
  });

  it('says when no questions, exemptions or issues were found', () => {
    const { getByText, queryAllByTestId } = renderStructure(emptyStructure());
    expect(getByText('No exemptions cited.')).toBeTruthy();
    expect(getByText(/No questions were found in this letter/)).toBeTruthy();
    expect(queryAllByTestId('parse-issue')).toHaveLength(0);
    expect(queryAllByTestId('question-card')).toHaveLength(0);
  });

  it('puts withheld parts and flags on the question the commands name, matching unlabelled keys by position', () => {
    const structure = partlyDisclosedStructure();
    structure.questions[0] = { ...structure.questions[0], label: null };
    const { getAllByTestId } = render(LetterStructure, {
      structure,
      outcomes: structure.questions.map((question, questionIdx) => ({
        question_idx: questionIdx,
        question_key: question.label ?? `#${questionIdx + 1}`,
        question_label: question.label,
        derived: question.outcome,
        corrected: null,
        correction_note: null,
        outcome: question.outcome,
      })),
      withheld: [
        { kind: 'unanswered_question', reason: 'Question 4 has no answer in the letter', quote: null, start: 0, end: 5, question_key: '4' },
        { kind: 'missing_question', reason: 'Question 3 is missing from the sequence', quote: null, start: null, end: null, question_key: null },
      ],
      flags: [
        {
          id: 9,
          document_id: 1,
          question_key: '#1',
          quote: null,
          start: null,
          end: null,
          provisions: [{ regime: 'FOIA', provision: '31(1)', name: null }],
          note: 'names held back',
          created_at: '2024-03-01T10:00:00Z',
          updated_at: '2024-03-01T10:00:00Z',
        },
      ],
    });
    const cards = getAllByTestId('question-card');
    const flagsOn = (card: HTMLElement) => within(card).queryAllByTestId('question-flag').map((line) => line.textContent ?? '');
    expect(flagsOn(cards[0]), 'the flag on the unlabelled first question (#1) shows on it').toEqual([expect.stringContaining('names held back')]);
    expect(flagsOn(cards[1]), 'question 2 has nothing withheld or flagged').toEqual([]);
    expect(flagsOn(cards[2]), 'question 4’s unanswered part shows with its reason').toEqual([
      expect.stringContaining('Question 4 has no answer in the letter'),
    ]);
  });
});
