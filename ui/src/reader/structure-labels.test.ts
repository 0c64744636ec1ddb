// Tests for the words and number formats the structure view uses for the codes the Rust side sends.
import { describe, expect, it } from 'vitest';
import {
  decisionLabel,
  letterDate,
  formatFigure,
  issueLabel,
  natureLabel,
  outcomeLabel,
  partLabel,
  provisionLabel,
  provisionTitle,
  questionHeading,
  toneOf,
  outcomeCodes,
} from './structure-labels';

describe('structure labels', () => {
  it('names every decision, with a readable fallback for codes this build does not know', () => {
    expect(decisionLabel('full')).toBe('Disclosed in full');
    expect(decisionLabel('partial')).toBe('Partly disclosed');
    expect(decisionLabel('refused')).toBe('Refused');
    expect(decisionLabel('not_held')).toBe('Information not held');
    expect(decisionLabel('ncnd')).toBe('Neither confirm nor deny');
    expect(decisionLabel('unknown')).toBe('Decision not found');
    expect(decisionLabel('transferred_elsewhere')).toBe('Transferred elsewhere');
  });

  it('names every outcome and issue kind', () => {
    expect(outcomeLabel('partly_withheld')).toBe('Partly withheld');
    expect(outcomeLabel('refused_cost')).toBe('Refused on cost');
    expect(outcomeLabel('not_held')).toBe('Information not held');
    expect(issueLabel('question_number_gap')).toBe('Gap in question numbers');
    expect(issueLabel('odd_thing')).toBe('Odd thing');
    expect(natureLabel('qualified')).toBe('Qualified exemption');
  });

  it('keeps unknown codes out of class names', () => {
    expect(toneOf('withheld', outcomeCodes)).toBe('withheld');
    expect(toneOf('x" onclick="y', outcomeCodes)).toBe('unknown');
  });

  it('writes provisions the way reviewers do', () => {
    expect(provisionLabel('FOIA', '40(2)')).toBe('FOIA s40(2)');
    expect(provisionLabel('EIR', '12(5)(b)')).toBe('EIR reg 12(5)(b)');
    expect(provisionTitle({ regime: 'FOISA', provision: '38(1)(b)' })).toBe(
      'Freedom of Information (Scotland) Act 2002, section 38(1)(b)',
    );
    expect(provisionTitle({ regime: 'EIR', provision: '13' })).toBe('Environmental Information Regulations 2004, regulation 13');
  });

  it('heads questions by their number and labels parts consistently', () => {
    expect(questionHeading('3')).toBe('Question 3');
    expect(questionHeading('Q3')).toBe('Q3');
    expect(questionHeading(null)).toBe('Unnumbered question');
    expect(partLabel('a')).toBe('a)');
    expect(partLabel('b)')).toBe('b)');
    expect(partLabel('c.')).toBe('c)');
  });

  it('formats counts, pounds and percentages', () => {
    expect(formatFigure({ value: 377, unit: 'count' })).toBe('377');
    expect(formatFigure({ value: 1234567, unit: 'count' })).toBe('1,234,567');
    expect(formatFigure({ value: 12500, unit: 'pounds' })).toBe('£12,500');
    expect(formatFigure({ value: 14250.5, unit: 'pounds' })).toBe('£14,250.50');
    expect(formatFigure({ value: 12.5, unit: 'percent' })).toBe('12.5%');
  });
});

describe('letterDate', () => {
  it('shows a year read from the reference as a year, never as 1 January', () => {
    const shown = letterDate('2022-01-01', 'reference');
    expect(shown.text, 'the letter prints no date, so no day or month may be shown').toBe('2022');
    expect(shown.note, 'and the reader is told where the year came from').toMatch(/reference/);
  });

  it('shows a printed date as printed, and a missing one as a dash', () => {
    expect(letterDate('2024-03-02', 'letter'), 'a date the letter prints needs no note').toEqual({ text: '2024-03-02', note: null });
    expect(letterDate(null, null).text, 'no date reads as a dash').toBe('—');
  });
});

describe('provision labels for every law', () => {
  it('numbers each law as its letters do', () => {
    expect(provisionLabel('EIRS', '10(4)(a)'), 'the Scottish regulations are regulations too').toBe('EIRS reg 10(4)(a)');
    expect(provisionLabel('US FOIA', '(b)(6)'), 'a US exemption is named by its paragraph, never as a section').toBe('US FOIA (b)(6)');
    expect(provisionLabel('NZ OIA', '9(2)(a)'), 'other Acts cite sections').toBe('NZ OIA s9(2)(a)');
  });
});
