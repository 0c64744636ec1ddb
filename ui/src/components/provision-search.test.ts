// Tests that the provision picker's search finds provisions by number and by name, as reviewers type them.
import { describe, expect, it } from 'vitest';
import { catalogue } from './flag-fixtures';
import { matchingProvisions, provisionKey } from './provision-search';

const keys = (query: string) => matchingProvisions(catalogue, query).map(provisionKey);

describe('matchingProvisions', () => {
  it('finds a section and its subsections by number, and no other section that merely contains the digits', () => {
    expect(keys('40')).toEqual(['FOIA 40', 'FOIA 40(1)', 'FOIA 40(2)', 'FOIA 40(5B)']);
    expect(keys('4')).not.toContain('FOIA 14');
  });

  it('reads the number as reviewers write it: s40(2), section 40(2), 40 (2)', () => {
    for (const query of ['40(2)', 's40(2)', 'section 40(2)', 's. 40(2)', '40 (2)']) {
      expect(keys(query), `"${query}" names 40(2)`).toEqual(['FOIA 40(2)']);
    }
    expect(keys('reg 12(5)')).toEqual(['EIR 12(5)(b)']);
  });

  it('finds provisions by words of their name, in every statute', () => {
    const personal = keys('personal');
    expect(personal).toContain('FOIA 40(2)');
    expect(personal).toContain('EIR 13');
    expect(personal).toContain('FOISA 38(1)(b)');
    expect(personal).not.toContain('FOIA 31(1)');
  });

  it('narrows by statute and every word typed', () => {
    expect(keys('EIR personal')).toEqual(['EIR 13']);
    expect(keys('personal third 40')).toEqual(['FOIA 40(2)', 'FOIA 40(5B)']);
  });

  it('offers the start of the catalogue before anything is typed, and nothing for a miss', () => {
    expect(keys('  ')).toHaveLength(catalogue.length);
    expect(keys('parking')).toEqual([]);
  });
});
