// Tests the short labels of threads and their years.
import { describe, expect, it } from 'vitest';
import { memberLabel, yearsOf } from './thread-labels';

describe('yearsOf', () => {
  it('gives the span of years whatever the order of the members', () => {
    expect(yearsOf([{ date: '2024-02-01' }, { date: '2021-03-04' }, { date: null }]), 'first to last year').toBe('2021–2024');
    expect(yearsOf([{ date: '2022-01-01' }, { date: '2022-12-01' }]), 'one year is not a range').toBe('2022');
    expect(yearsOf([{ date: null }]), 'a thread of undated letters says so').toBe('undated');
  });

  it('names a member by its year and reference, or its library number without one', () => {
    expect(memberLabel({ document_id: 3, reference: 'FC/FOI/23/0501', date: '2023-02-20' })).toBe('2023 · FC/FOI/23/0501');
    expect(memberLabel({ document_id: 9, reference: null, date: null }), 'no reference, no date').toBe('undated · document 9');
  });
});
