// Tests the redaction marks over a letter's text: titled with kind, page, provision and warning, never over a withheld part already marked, and gone once dismissed.
import { describe, expect, it } from 'vitest';
import type { FoundRedactionView } from '../api/bindings';
import { redactionMarks, redactionTitle } from './redaction-marks';

function found(overrides: Partial<FoundRedactionView> = {}): FoundRedactionView {
  return {
    key: 'box:1:1,1,80,16',
    kind: 'box',
    page: 1,
    area: [1, 1, 80, 16],
    provision: '40(2)',
    found_provision: '40(2)',
    tied_by: 'label',
    label: null,
    warning: 'the text under this redaction is still in the file',
    question_key: null,
    decision: null,
    note: '',
    reviewer: null,
    start: 10,
    end: 20,
    ...overrides,
  };
}

describe('redaction marks', () => {
  it('titles a box with its page, provision and warning', () => {
    expect(redactionTitle(found()), 'the reviewer reads what it is on hover').toBe(
      'Redaction box on page 1: s40(2) — the text under this redaction is still in the file',
    );
    expect(redactionTitle(found({ kind: 'marker', page: null, provision: null, warning: null })), 'a marker with no provision').toBe(
      'Redaction marker in the text: no exemption given',
    );
  });

  it('marks words only, leaves withheld parts to their own mark, and drops dismissed ones', () => {
    const withheld = [{ id: 0, start: 30, end: 40, title: 'Withheld: Text removed' }];
    const marks = redactionMarks(
      [found(), found({ start: 30, end: 40 }), found({ start: 50, end: 50 }), found({ start: 60, end: 70, decision: 'dismissed' })],
      withheld,
    );
    expect(marks.map((mark) => [mark.start, mark.end]), 'only the box over words 10–20 gets a mark of its own').toEqual([[10, 20]]);
  });
});
