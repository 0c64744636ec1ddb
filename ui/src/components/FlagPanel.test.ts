// Tests the reader's Flags tab: flagging the selection with a provision found by typing, removing and undoing, detected withheld parts, outcome corrections and citation verdicts.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asCommandError } from '../api/commands';
import type { OutcomeCode, QuestionOutcome, RedactionFlag, WithheldPartView } from '../api/bindings';
import { FlagWork } from '../reader/flag-work.svelte';
import type { TextSelection } from '../reader/text-selection';
import { catalogue, citationRow, outcomeRow } from './flag-fixtures';
import FlagPanel from './FlagPanel.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

const selection: TextSelection = {
  quote: 'rank and station',
  prefix: 'please give their ',
  suffix: '.',
  start: 120,
  end: 136,
  questionLabel: 'Q4',
};

const storedFlag: RedactionFlag = {
  id: 7,
  document_id: 3,
  question_key: 'Q4',
  quote: 'rank and station',
  start: 120,
  end: 136,
  provisions: [{ regime: 'FOIA', provision: '40(2)', name: 'Personal information of third parties' }],
  note: 'identifies officers',
  created_at: '2024-03-01T10:00:00Z',
  updated_at: '2024-03-01T10:00:00Z',
};

const withheldParts: WithheldPartView[] = [
  { kind: 'missing_question', reason: 'Question 3 is missing from the numbering.', quote: null, start: null, end: null, question_key: null },
  { kind: 'suppressed_cell', reason: 'Suppressed: fewer than 5', quote: '<5', start: 40, end: 42, question_key: 'Q2' },
];

/** A fake back end: the panel's commands over a list of flags it keeps, recording every call. */
function serve(initialFlags: RedactionFlag[] = []) {
  const calls: Call[] = [];
  let flags = [...initialFlags];
  let outcomes: QuestionOutcome[] = [
    outcomeRow(),
    outcomeRow({ question_idx: 1, question_key: 'Q4', question_label: 'Q4', derived: 'withheld', outcome: 'withheld' }),
  ];
  mockIPC((cmd, rawArgs) => {
    const args = (rawArgs ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    switch (cmd) {
      case 'list_provisions':
        return catalogue;
      case 'list_flags':
        return flags;
      case 'list_withheld':
        return withheldParts;
      case 'list_outcomes':
        return outcomes;
      case 'list_citations':
        return [citationRow()];
      case 'list_redactions':
        return [];
      case 'flag_redaction':
        flags = [...flags, storedFlag];
        return storedFlag;
      case 'delete_flag':
        flags = flags.filter((flag) => flag.id !== args.flagId);
        return null;
      case 'restore_flag':
        flags = [...flags, storedFlag];
        return storedFlag;
      case 'correct_outcome':
        outcomes = outcomes.map((row) =>
          row.question_key === args.questionKey
            ? { ...row, corrected: args.outcome as OutcomeCode, outcome: args.outcome as OutcomeCode, correction_note: String(args.note) }
            : row,
        );
        return outcomes;
      case 'judge_citation':
        return [citationRow({ judgement: 'cited_not_applied' })];
      default:
        throw { kind: 'unexpected', message: cmd };
    }
  });
  return calls;
}

function renderPanel(props: { selection?: TextSelection | null } = {}) {
  const onChanged = vi.fn();
  const onError = vi.fn();
  // The reader's one copy of the letter's flags, loaded as the reader loads it.
  const work = new FlagWork(() => 3, (reason) => onError(asCommandError(reason).message));
  void work.load(3);
  const result = render(FlagPanel, {
    work,
    documentId: 3,
    selection: props.selection ?? null,
    questions: [],
    onChanged,
    onError,
  });
  return { ...result, onChanged, onError };
}

afterEach(() => clearMocks());

describe('FlagPanel', () => {
  it('flags the selection under a provision found by typing, with a note, and lists the new flag', async () => {
    const calls = serve();
    const { getByTestId, findAllByTestId, getAllByTestId, onChanged, onError } = renderPanel({ selection });
    expect(getByTestId('flag-selection').textContent).toBe('rank and station');
    const save = getByTestId('flag-save') as HTMLButtonElement;
    expect(save.disabled, 'a flag needs a provision').toBe(true);

    await fireEvent.input(getByTestId('provision-picker-input'), { target: { value: '40' } });
    const option = (await findAllByTestId('provision-option')).find((element) => element.dataset.provision === '40(2)')!;
    await fireEvent.click(option);
    await fireEvent.input(getByTestId('flag-note'), { target: { value: 'identifies officers' } });
    await fireEvent.submit(save.closest('form')!);

    await waitFor(() => expect(getAllByTestId('flag-item')).toHaveLength(1));
    const sent = calls.find((call) => call.cmd === 'flag_redaction')!;
    expect(sent.args).toEqual({
      documentId: 3,
      draft: {
        question_key: 'Q4',
        quote: 'rank and station',
        prefix: 'please give their ',
        suffix: '.',
        start: 120,
        end: 136,
        provisions: [{ regime: 'FOIA', provision: '40(2)' }],
        note: 'identifies officers',
      },
    });
    expect(getByTestId('flag-provisions').textContent).toContain('FOIA s40(2)');
    expect(onChanged).toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('flags a whole answer by its question when nothing is selected', async () => {
    const calls = serve();
    const { getByTestId, findAllByTestId } = renderPanel();
    await findAllByTestId('outcome-row');
    await fireEvent.change(getByTestId('flag-question'), { target: { value: 'Q4' } });
    await fireEvent.input(getByTestId('provision-picker-input'), { target: { value: 'personal' } });
    await fireEvent.click((await findAllByTestId('provision-option'))[0]);
    await fireEvent.submit(getByTestId('flag-save').closest('form')!);
    await waitFor(() => expect(calls.some((call) => call.cmd === 'flag_redaction')).toBe(true));
    const draft = calls.find((call) => call.cmd === 'flag_redaction')!.args.draft as Record<string, unknown>;
    expect(draft.question_key).toBe('Q4');
    expect(draft.quote, 'a whole answer has no passage').toBeNull();
    expect(draft.start).toBeNull();
  });

  it('removes a flag and brings it back with Undo', async () => {
    const calls = serve([storedFlag]);
    const { findAllByTestId, getByTestId, queryAllByTestId } = renderPanel();
    const [item] = await findAllByTestId('flag-item');
    expect(item.textContent).toContain('identifies officers');
    await fireEvent.click(getByTestId('flag-remove'));
    await waitFor(() => expect(queryAllByTestId('flag-item')).toHaveLength(0));
    await fireEvent.click(getByTestId('flag-undo'));
    await waitFor(() => expect(queryAllByTestId('flag-item')).toHaveLength(1));
    expect(calls.find((call) => call.cmd === 'restore_flag')?.args).toEqual({ flagId: 7 });
  });

  it('undoes a removal with Ctrl+Z when focus is not in a text field', async () => {
    const calls = serve([storedFlag]);
    const { findAllByTestId, getByTestId, queryAllByTestId } = renderPanel();
    await findAllByTestId('flag-item');
    await fireEvent.click(getByTestId('flag-remove'));
    await waitFor(() => expect(queryAllByTestId('flag-item')).toHaveLength(0));
    await fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(calls.some((call) => call.cmd === 'restore_flag')).toBe(true));
  });

  it('lists the withheld parts the parser found, with their reasons, as text', async () => {
    serve();
    const { findAllByTestId } = renderPanel();
    const parts = await findAllByTestId('withheld-item');
    expect(parts.map((part) => part.dataset.kind)).toEqual(['missing_question', 'suppressed_cell']);
    expect(parts[0].textContent).toContain('Question 3 is missing from the numbering.');
    expect(parts[1].textContent).toContain('Suppressed: fewer than 5');
    expect(parts[1].textContent).toContain('<5');
  });

  it('corrects a question outcome and judges a citation through the commands', async () => {
    const calls = serve();
    const { findAllByTestId, getAllByTestId, getByTestId, onChanged } = renderPanel();
    const rows = await findAllByTestId('outcome-row');
    await fireEvent.click(rows[0].querySelector('[data-testid=outcome-edit]')!);
    await fireEvent.change(getByTestId('outcome-select'), { target: { value: 'withheld' } });
    await fireEvent.submit(getByTestId('outcome-save').closest('form')!);
    await waitFor(() => expect(getAllByTestId('outcome-corrected')).toHaveLength(1));
    expect(calls.find((call) => call.cmd === 'correct_outcome')?.args).toEqual({
      documentId: 3,
      questionKey: 'Q1',
      outcome: 'withheld',
      note: '',
    });

    await fireEvent.click(getByTestId('citation-not-applied'));
    await fireEvent.submit(getByTestId('citation-save').closest('form')!);
    await waitFor(() => expect(getByTestId('citation-verdict').textContent).toContain('Cited but not applied'));
    const judged = calls.find((call) => call.cmd === 'judge_citation')!.args;
    expect(judged.judgement).toMatchObject({ regime: 'FOIA', provision: '40(2)', verdict: 'cited_not_applied' });
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('reports a refused outcome correction and keeps the form open with the draft', async () => {
    serve();
    mockIPC((cmd) => {
      if (cmd === 'correct_outcome') throw { kind: 'invalid', message: 'The outcome could not be saved.' };
      if (cmd === 'list_outcomes') return [outcomeRow()];
      if (cmd === 'list_provisions') return catalogue;
      return [];
    });
    const { findAllByTestId, getByTestId, onChanged, onError } = renderPanel();
    const [row] = await findAllByTestId('outcome-row');
    await fireEvent.click(row.querySelector('[data-testid=outcome-edit]')!);
    await fireEvent.input(getByTestId('outcome-note'), { target: { value: 'a refusal in all but name' } });
    await fireEvent.submit(getByTestId('outcome-save').closest('form')!);
    await waitFor(() => expect(onError, 'the refusal is shown to the reviewer').toHaveBeenCalledWith('The outcome could not be saved.'));
    expect((getByTestId('outcome-note') as HTMLInputElement).value, 'the draft stays for another try').toBe('a refusal in all but name');
    expect((getByTestId('outcome-save') as HTMLButtonElement).disabled, 'Save is offered again').toBe(false);
    expect(onChanged, 'nothing changed in the letter').not.toHaveBeenCalled();
  });

  it('reports a refused flag through onError', async () => {
    serve();
    mockIPC((cmd) => {
      if (cmd === 'flag_redaction') throw { kind: 'invalid', message: 'FOIA 99 is not a provision in the catalogue.' };
      if (cmd === 'list_provisions') return catalogue;
      return [];
    });
    const { getByTestId, findAllByTestId, onError } = renderPanel({ selection });
    await fireEvent.input(getByTestId('provision-picker-input'), { target: { value: '40(2)' } });
    await fireEvent.click((await findAllByTestId('provision-option'))[0]);
    await fireEvent.submit(getByTestId('flag-save').closest('form')!);
    await waitFor(() => expect(onError).toHaveBeenCalledWith('FOIA 99 is not a provision in the catalogue.'));
  });
});
