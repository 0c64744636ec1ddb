// Tests that question keys read as headings, including the "#N" keys of unnumbered questions.
import { describe, expect, it } from 'vitest';
import { questionKeyHeading } from './question-keys';

describe('questionKeyHeading', () => {
  it('reads a positional key as the question at that place, not as a label', () => {
    expect(questionKeyHeading('#2')).toBe('Question 2');
  });

  it('reads printed labels as the reader does', () => {
    expect(questionKeyHeading('3')).toBe('Question 3');
    expect(questionKeyHeading('Q4')).toBe('Q4');
  });
});
