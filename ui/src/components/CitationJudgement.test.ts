// Tests that a detected citation can be judged "cited but not applied" or "wrong subsection" (with the right one), shown, and cleared.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { DetectedCitation } from '../api/bindings';
import { catalogue, citationRow } from './flag-fixtures';
import CitationJudgement from './CitationJudgement.svelte';

/** The row for a section 40(2) citation (changed by `overrides`), with the catalogue and spies for its callbacks. */
function renderCitation(overrides: Partial<DetectedCitation> = {}) {
  const onJudge = vi.fn();
  const onClear = vi.fn();
  const view = render(CitationJudgement, { citation: citationRow(overrides), options: catalogue, onJudge, onClear });
  return { ...view, onJudge, onClear };
}

describe('CitationJudgement', () => {
  it('shows the citation as printed, as text', () => {
    const { getByTestId } = renderCitation({ quote: '<b>Section 40(2)</b>' });
    expect(getByTestId('citation-row').textContent, 'the letter’s words are shown as they were printed').toContain('<b>Section 40(2)</b>');
    expect(getByTestId('citation-row').querySelector('b'), 'never as markup').toBeNull();
  });

  it('judges a citation as cited but not applied, with a note', async () => {
    const { getByTestId, onJudge } = renderCitation();
    await fireEvent.click(getByTestId('citation-not-applied'));
    await fireEvent.input(getByTestId('citation-note'), { target: { value: 'only explained' } });
    await fireEvent.submit(getByTestId('citation-save').closest('form')!);
    expect(onJudge, 'no subsection is sent for a citation set aside').toHaveBeenCalledWith('cited_not_applied', null, 'only explained');
  });

  it("offers the same section's other subsections for a wrong subsection", async () => {
    const { getByTestId, onJudge } = renderCitation();
    await fireEvent.click(getByTestId('citation-wrong-subsection'));
    const select = getByTestId('citation-corrected') as HTMLSelectElement;
    const offered = Array.from(select.options).map((option) => option.value);
    expect(offered, 'only section 40’s other provisions can be what was really relied on').toEqual(['40', '40(1)', '40(5B)']);
    await fireEvent.change(select, { target: { value: '40(1)' } });
    await fireEvent.submit(getByTestId('citation-save').closest('form')!);
    expect(onJudge, 'the subsection chosen is sent').toHaveBeenCalledWith('wrong_subsection', '40(1)', '');
  });

  it('shows a verdict and clears it', async () => {
    const { getByTestId, onClear } = renderCitation({
      judgement: 'wrong_subsection',
      corrected_provision: '40(1)',
      judgement_note: 'own data',
    });
    const verdict = getByTestId('citation-verdict').textContent ?? '';
    expect(verdict, 'the verdict is named').toContain('Wrong subsection');
    expect(verdict, 'with the provision it is counted under').toContain('FOIA s40(1)');
    expect(verdict, 'and the reviewer’s note').toContain('own data');
    await fireEvent.click(getByTestId('citation-clear'));
    expect(onClear, 'Clear asks once').toHaveBeenCalledOnce();
  });
});
