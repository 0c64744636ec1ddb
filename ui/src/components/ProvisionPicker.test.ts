// Tests that the provision picker finds a provision as you type, picks it by click or keyboard, and lets chosen ones be removed.
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ProvisionChoice } from '../api/bindings';
import { catalogue } from './flag-fixtures';
import ProvisionPicker from './ProvisionPicker.svelte';

function renderPicker(selected: ProvisionChoice[] = []) {
  const onChange = vi.fn();
  const result = render(ProvisionPicker, { options: catalogue, selected, onChange });
  const input = result.getByTestId('provision-picker-input') as HTMLInputElement;
  const shown = () => result.getAllByTestId('provision-option').map((option) => option.dataset.provision);
  return { ...result, onChange, input, shown };
}

describe('ProvisionPicker', () => {
  it('lists the matches for a typed number and picks one by click', async () => {
    const { input, shown, getAllByTestId, onChange } = renderPicker();
    await fireEvent.input(input, { target: { value: '40' } });
    expect(shown()).toEqual(['40', '40(1)', '40(2)', '40(5B)']);
    const option = getAllByTestId('provision-option').find((element) => element.dataset.provision === '40(2)')!;
    await fireEvent.click(option);
    expect(onChange).toHaveBeenCalledWith([{ regime: 'FOIA', provision: '40(2)' }]);
  });

  it('finds a provision by name and picks the highlighted match with the arrow keys and Enter', async () => {
    const { input, onChange, getAllByRole } = renderPicker();
    await fireEvent.input(input, { target: { value: 'personal' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = getAllByRole('option').find((option) => option.getAttribute('aria-selected') === 'true')!;
    expect(input.getAttribute('aria-activedescendant')).toBe(active.id);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    expect(enter.defaultPrevented, 'Enter picks rather than submitting the form around the picker').toBe(true);
    expect(onChange).toHaveBeenCalledWith([{ regime: active.dataset.regime, provision: active.dataset.provision }]);
  });

  it('shows the chosen provisions as chips, leaves them out of the matches, and removes one by its button', async () => {
    const { input, shown, getAllByTestId, getByRole, onChange } = renderPicker([
      { regime: 'FOIA', provision: '40(2)' },
      { regime: 'FOIA', provision: '31(1)' },
    ]);
    expect(getAllByTestId('provision-chosen').map((chip) => chip.dataset.provision)).toEqual(['40(2)', '31(1)']);
    expect(getAllByTestId('provision-chosen')[0].textContent).toContain('Personal information of third parties');
    await fireEvent.input(input, { target: { value: '40' } });
    expect(shown()).not.toContain('40(2)');
    await fireEvent.click(getByRole('button', { name: 'Remove FOIA s31(1)' }));
    expect(onChange).toHaveBeenCalledWith([{ regime: 'FOIA', provision: '40(2)' }]);
  });

  it('closes the list with Escape without letting the reader go back', async () => {
    const { input } = renderPicker();
    await fireEvent.input(input, { target: { value: '40' } });
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(escape);
    await tick();
    expect(escape.defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when nothing matches', async () => {
    const { input, queryAllByTestId, getByRole } = renderPicker();
    await fireEvent.input(input, { target: { value: 'parking' } });
    expect(queryAllByTestId('provision-option')).toHaveLength(0);
    expect(getByRole('listbox').textContent).toContain('No provision matches “parking”.');
  });
});
