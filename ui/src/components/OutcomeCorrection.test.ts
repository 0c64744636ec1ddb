// Tests that a question's outcome shows what was read and what the reviewer corrected, and that correcting and clearing call back.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { QuestionOutcome } from '../api/bindings';
import { outcomeRow } from './flag-fixtures';
import OutcomeCorrection from './OutcomeCorrection.svelte';

/** The row for Q1's outcome (changed by `overrides`), with spies for its callbacks. */
function renderOutcome(overrides: Partial<QuestionOutcome> = {}, questionText: string | null = null) {
  const onCorrect = vi.fn();
  const onClear = vi.fn();
  const view = render(OutcomeCorrection, { outcome: outcomeRow(overrides), questionText, onCorrect, onClear });
  return { ...view, onCorrect, onClear };
}

describe('OutcomeCorrection', () => {
  it('shows the derived outcome and offers no clearing when nothing is corrected', () => {
    const { getByTestId, queryByTestId } = renderOutcome({}, 'How many officers?');
    expect(getByTestId('outcome-value').textContent, 'the outcome as read').toBe('Answered');
    expect(queryByTestId('outcome-corrected'), 'nothing was corrected').toBeNull();
    expect(queryByTestId('outcome-clear'), 'so there is nothing to clear').toBeNull();
  });

  it('corrects the outcome with a note', async () => {
    const { getByTestId, queryByTestId, onCorrect } = renderOutcome();
    await fireEvent.click(getByTestId('outcome-edit'));
    await fireEvent.change(getByTestId('outcome-select'), { target: { value: 'partly_withheld' } });
    await fireEvent.input(getByTestId('outcome-note'), { target: { value: 'one figure held back' } });
    await fireEvent.submit(getByTestId('outcome-save').closest('form')!);
    expect(onCorrect, 'the outcome chosen and the note are sent').toHaveBeenCalledWith('partly_withheld', 'one figure held back');
    await vi.waitFor(() => expect(queryByTestId('outcome-select'), 'the form closes once saved').toBeNull());
  });

  it('shows a correction beside what was read, with its note, and clears it', async () => {
    const { getByTestId, getByText, onClear } = renderOutcome({
      corrected: 'withheld',
      outcome: 'withheld',
      correction_note: 'the answer is a refusal',
    });
    expect(getByTestId('outcome-value').textContent, 'the corrected outcome is the one shown').toBe('Withheld');
    expect(getByTestId('outcome-corrected').textContent, 'beside what the parser read').toContain('Answered');
    expect(getByText('the answer is a refusal'), 'with the reviewer’s reason').toBeTruthy();
    await fireEvent.click(getByTestId('outcome-clear'));
    expect(onClear, 'Clear asks once').toHaveBeenCalledOnce();
  });
});
