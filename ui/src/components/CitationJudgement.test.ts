// Tests that a detected citation can be judged "cited but not applied" or "wrong subsection" (with the right one), shown, and cleared.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { catalogue, citationRow } from './flag-fixtures';
import CitationJudgement from './CitationJudgement.svelte';

describe('CitationJudgement', () => {
  it('shows the citation as printed, as text', () => {
    const { getByTestId } = render(CitationJudgement, {
      citation: citationRow({ quote: '<b>Section 40(2)</b>' }),
      options: catalogue,
      onJudge: vi.fn(),
      onClear: vi.fn(),
    });
    expect(getByTestId('citation-row').textContent).toContain('<b>Section 40(2)</b>');
    expect(getByTestId('citation-row').querySelector('b')).toBeNull();
  });

  it('judges a citation as cited but not applied, with a note', async () => {
    const onJudge = vi.fn();
    const { getByTestId } = render(CitationJudgement, {
      citation: citationRow(),
      options: catalogue,
      onJudge,
      onClear: vi.fn(),
    });
    await fireEvent.click(getByTestId('citation-not-applied'));
    await fireEvent.input(getByTestId('citation-note'), { target: { value: 'only explained' } });
    await fireEvent.submit(getByTestId('citation-save').closest('form')!);
    expect(onJudge).toHaveBeenCalledWith('cited_not_applied', null, 'only explained');
  });

  it("offers the same section's other subsections for a wrong subsection", async () => {
    const onJudge = vi.fn();
    const { getByTestId } = render(CitationJudgement, {
      citation: citationRow(),
      options: catalogue,
      onJudge,
      onClear: vi.fn(),
    });
    await fireEvent.click(getByTestId('citation-wrong-subsection'));
    const select = getByTestId('citation-corrected') as HTMLSelectElement;
    const offered = Array.from(select.options).map((option) => option.value);
    expect(offered).toEqual(['40', '40(1)', '40(5B)']);
    await fireEvent.change(select, { target: { value: '40(1)' } });
    await fireEvent.submit(getByTestId('citation-save').closest('form')!);
    expect(onJudge).toHaveBeenCalledWith('wrong_subsection', '40(1)', '');
  });

  it('shows a verdict and clears it', async () => {
    const onClear = vi.fn();
    const { getByTestId } = render(CitationJudgement, {
      citation: citationRow({ judgement: 'wrong_subsection', corrected_provision: '40(1)', judgement_note: 'own data' }),
      options: catalogue,
      onJudge: vi.fn(),
      onClear,
    });
    const verdict = getByTestId('citation-verdict').textContent ?? '';
    expect(verdict).toContain('Wrong subsection');
    expect(verdict).toContain('FOIA s40(1)');
    expect(verdict).toContain('own data');
    await fireEvent.click(getByTestId('citation-clear'));
    expect(onClear).toHaveBeenCalledOnce();
  });
});
