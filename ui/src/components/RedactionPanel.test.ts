// Tests the redactions found in a letter: each listed with its place and provision, the warning when the text survives (the words fetched only when asked), and confirm, correct, dismiss and undo sent to the library.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { FoundRedactionView } from '../api/bindings';
import RedactionPanel from './RedactionPanel.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

function found(overrides: Partial<FoundRedactionView> = {}): FoundRedactionView {
  return {
    key: 'box:1:245,695,80,16',
    kind: 'box',
    page: 1,
    area: [245, 695, 80, 16],
    provision: '40(2)',
    found_provision: '40(2)',
    tied_by: 'label',
    label: 'S40(2)',
    warning: 'the text under this redaction is still in the file',
    question_key: null,
    decision: null,
    note: '',
    reviewer: null,
    start: 10,
    end: 20,
    ...overrides,
  };
}

/** A fake back end over a list of redactions, recording every call. */
function serve(initial: FoundRedactionView[]) {
  const calls: Call[] = [];
  let redactions = [...initial];
  mockIPC((cmd, rawArgs) => {
    const args = (rawArgs ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    switch (cmd) {
      case 'list_redactions':
        return redactions;
      case 'reveal_redacted_text':
        return 'John Smith';
      case 'decide_on_redaction': {
        const decision = args.decision as { action: string; provision?: string };
        redactions = redactions.map((redaction) =>
          redaction.key !== args.key
            ? redaction
            : {
                ...redaction,
                decision: decision.action === 'undo' ? null : decision.action === 'confirm' ? 'confirmed' : decision.action === 'correct' ? 'corrected' : 'dismissed',
                provision: decision.action === 'correct' ? (decision.provision ?? null) : redaction.found_provision,
              },
        );
        return redactions;
      }
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return calls;
}

afterEach(() => clearMocks());

describe('RedactionPanel', () => {
  it('lists each redaction at its place and reveals surviving text only when asked', async () => {
    const calls = serve([found(), found({ key: 'marker:[REDACTED]#0', kind: 'marker', page: null, area: null, warning: null, label: '[REDACTED]', tied_by: 'none', provision: null })]);
    const view = render(RedactionPanel, { documentId: 3, onError: () => {} });
    await waitFor(() => expect(view.getAllByTestId('redaction-item')).toHaveLength(2));
    expect(view.getByText('Page 1, box at 245, 695 (80 × 16 pt)'), 'a box says its page and place').toBeTruthy();
    expect(view.getByText('Marker in the text'), 'a marker is in the text itself').toBeTruthy();
    expect(view.getByText('No exemption given'), 'an untied redaction says so').toBeTruthy();
    expect(view.getByTestId('redaction-warning').textContent, 'the surviving text is warned of').toContain('still in the file');
    expect(view.queryByText('John Smith'), 'the words are not shown before the reviewer asks').toBeNull();
    expect(calls.some((call) => call.cmd === 'reveal_redacted_text'), 'nor even fetched').toBe(false);
    await fireEvent.click(view.getByTestId('redaction-reveal'));
    await waitFor(() => expect(view.getByTestId('redaction-revealed').textContent, 'shown once asked').toBe('John Smith'));
  });

  it('confirms, corrects, dismisses and undoes through the library', async () => {
    const calls = serve([found()]);
    const view = render(RedactionPanel, { documentId: 3, onError: () => {} });
    await waitFor(() => expect(view.getByTestId('redaction-confirm')).toBeTruthy());
    await fireEvent.click(view.getByTestId('redaction-correct'));
    await fireEvent.input(view.getByTestId('redaction-provision-input'), { target: { value: '43(2)' } });
    await fireEvent.submit(view.getByTestId('redaction-provision-input').closest('form') as HTMLFormElement);
    await waitFor(() => expect(view.getByTestId('redaction-provision').textContent, 'the corrected provision is shown').toBe('43(2)'));
    const sent = calls.find((call) => call.cmd === 'decide_on_redaction');
    expect(sent?.args, 'the correction goes to the library with the key').toMatchObject({
      documentId: 3,
      key: 'box:1:245,695,80,16',
      decision: { action: 'correct', provision: '43(2)' },
    });
    await fireEvent.click(view.getByTestId('redaction-undo'));
    await waitFor(() => expect(view.getByTestId('redaction-dismiss'), 'undo brings the three actions back').toBeTruthy());
    await fireEvent.click(view.getByTestId('redaction-dismiss'));
    await waitFor(() => expect(view.getByTestId('redaction-decision').textContent, 'dismissed').toContain('Dismissed'));
  });
});
