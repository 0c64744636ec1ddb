// Tests moving from change to change in a comparison.
import { describe, expect, it } from 'vitest';
import { stepChange } from './change-navigation';

describe('stepChange', () => {
  it('starts at the first change going forward and the last going back', () => {
    expect(stepChange(null, 1, 3), 'n before any change shows the first').toBe(0);
    expect(stepChange(null, -1, 3), 'p before any change shows the last').toBe(2);
  });

  it('wraps round at either end so the reader can keep pressing the same key', () => {
    expect(stepChange(2, 1, 3), 'after the last change comes the first').toBe(0);
    expect(stepChange(0, -1, 3), 'before the first change comes the last').toBe(2);
    expect(stepChange(1, 1, 3), 'the next change follows the current one').toBe(2);
  });

  it('has nowhere to go when the texts are the same', () => {
    expect(stepChange(null, 1, 0), 'no change to show').toBeNull();
  });
});
