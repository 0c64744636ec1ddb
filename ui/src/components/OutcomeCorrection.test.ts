// Tests that a question's outcome shows what was read and what the reviewer corrected, and that correcting and clearing call back.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { outcomeRow } from './flag-fixtures';
import OutcomeCorrection from './OutcomeCorrection.svelte';

describe('OutcomeCorrection', () => {
  it('shows the derived outcome and offers no clearing when nothing is corrected', () => {
    const { getByTestId, queryByTestId } = render(OutcomeCorrection, {
      outcome: outcomeRow(),
      questionText: 'How many officers?',
      onCorrect: vi.fn(),
      onClear: vi.fn(),
    });
    expect(getByTestId('outcome-value').textContent).toBe('Answered');
    expect(queryByTestId('outcome-corrected')).toBeNull();
    expect(queryByTestId('outcome-clear')).toBeNull();
  });

  it('corrects the outcome with a note', async () => {
    const onCorrect = vi.fn();
    const { getByTestId, queryByTestId } = render(OutcomeCorrection, {
      outcome: outcomeRow(),
      questionText: null,
      onCorrect,
      onClear: vi.fn(),
    });
    await fireEvent.click(getByTestId('outcome-edit'));
    await fireEvent.change(getByTestId('outcome-select'), { target: { value: 'partly_withheld' } });
    await fireEvent.input(getByTestId('outcome-note'), { target: { value: 'one figure held back' } });
    await fireEvent.submit(getByTestId('outcome-save').closest('form')!);
    expect(onCorrect).toHaveBeenCalledWith('partly_withheld', 'one figure held back');
    await vi.waitFor(() => expect(queryByTestId('outcome-select'), 'the form closes once saved').toBeNull());
  });

  it('shows a correction beside what was read, with its note, and clears it', async () => {
    const onClear = vi.fn();
    const { getByTestId, getByText } = render(OutcomeCorrection, {
      outcome: outcomeRow({ corrected: 'withheld', outcome: 'withheld', correction_note: 'the answer is a refusal' }),
      questionText: null,
      onCorrect: vi.fn(),
      onClear,
    });
    expect(getByTestId('outcome-value').textContent).toBe('Withheld');
    expect(getByTestId('outcome-corrected').textContent).toContain('Answered');
    expect(getByText('the answer is a refusal')).toBeTruthy();
    await fireEvent.click(getByTestId('outcome-clear'));
    expect(onClear).toHaveBeenCalledOnce();
  });
});
