// Tests the queue of suggestions: y joins, n keeps apart, s skips, each moving on to the next; the count; errors as {kind, message}; text shown as text.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadSuggestionView } from '../api/bindings';
import SuggestionQueueView from './SuggestionQueueView.svelte';

const question = (document_id: number, date: string | null, text: string) => ({
  document_id,
  reference: date ? `FC/FOI/${date.slice(2, 4)}/00${document_id}` : null,
  authority: 'Fernshire Constabulary',
  date,
  question_key: '2',
  question_label: 'Q2',
  text,
});

const suggestions: ThreadSuggestionView[] = [
  {
    thread_id: 7,
    thread_title: 'Vetting withdrawn',
    score: 0.74,
    likelihood: 'likely',
    suggested: question(4, '2024-02-15', 'How many officers had vetting withdrawn in 2023?'),
    counterpart: question(3, '2023-02-20', 'How many officers had vetting withdrawn in 2022?'),
  },
  {
    thread_id: 8,
    thread_title: 'Suspensions',
    score: 0.41,
    likelihood: 'possible',
    suggested: question(5, null, '<b>How many</b> officers were suspended?'),
    counterpart: question(2, '2022-02-01', 'How many officers were suspended on full pay?'),
  },
  {
    thread_id: 9,
    thread_title: 'Overtime',
    score: 0.35,
    likelihood: 'doubtful',
    suggested: question(6, '2024-03-01', 'What did overtime cost?'),
    counterpart: null,
  },
];

function serve(fail: string | null = null) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    if (cmd === fail) throw { kind: 'invalid', message: 'Document 4 has no question in thread 7.' };
    if (cmd === 'list_thread_suggestions') return suggestions;
    if (cmd === 'accept_thread_suggestion' || cmd === 'reject_thread_suggestion') return null;
    throw { kind: 'unexpected', message: cmd };
  });
  return calls;
}

function props() {
  return { backLabel: 'Threads', onBack: vi.fn(), onOpenThread: vi.fn(), onError: vi.fn() };
}

describe('SuggestionQueueView', () => {
  afterEach(() => clearMocks());

  it('shows one suggestion at a time, both questions with their letters, the score in words and number, and the count', async () => {
    serve();
    const { findByTestId, getByTestId } = render(SuggestionQueueView, props());
    expect((await findByTestId('queue-counter')).textContent, 'where the reviewer is in the queue').toBe('1 of 3');
    expect(getByTestId('queue-score').textContent, 'how sure, in words and as a number').toBe('likely, 0.74');
    const suggested = getByTestId('queue-suggested').textContent ?? '';
    expect(suggested, "the suggested letter's reference, authority and date").toContain('FC/FOI/24/004 · Fernshire Constabulary · 2024-02-15');
    expect(suggested, 'the suggested question').toContain('vetting withdrawn in 2023?');
    expect(getByTestId('queue-counterpart').textContent, "the thread's question beside it").toContain('withdrawn in 2022?');
  });

  it('y joins, n keeps apart, s skips, each moving on to the next', async () => {
    const calls = serve();
    const { findByTestId, getByTestId } = render(SuggestionQueueView, props());
    await findByTestId('queue-counter');
    await fireEvent.keyDown(window, { key: 'y' });
    await waitFor(() => expect(getByTestId('queue-counter').textContent, 'y moves on').toBe('2 of 3'));
    expect(calls.find((call) => call.cmd === 'accept_thread_suggestion')?.args, 'y accepts the question shown').toEqual({
      threadId: 7,
      documentId: 4,
      questionKey: '2',
    });
    expect(getByTestId('queue-saved').textContent, 'the decision is said to be saved once stored').toContain('joined to');
    await fireEvent.keyDown(window, { key: 's' });
    expect(getByTestId('queue-counter').textContent, 's skips without a command').toBe('3 of 3');
    expect(calls.filter((call) => call.cmd.endsWith('_thread_suggestion')), 'skipping decides nothing').toHaveLength(1);
    await fireEvent.keyDown(window, { key: 'n' });
    await waitFor(() =>
      expect(calls.find((call) => call.cmd === 'reject_thread_suggestion')?.args, 'n rejects the question shown').toEqual({
        threadId: 9,
        documentId: 6,
        questionKey: '2',
      }),
    );
    await waitFor(() => expect(getByTestId('queue-counter').textContent, 'the skipped one comes round again').toBe('2 of 3'));
    await fireEvent.click(getByTestId('queue-accept'));
    await findByTestId('queue-done');
    expect(calls.filter((call) => call.cmd === 'accept_thread_suggestion'), 'the button does what y does').toHaveLength(2);
  });

  it('renders document text as text, never as markup', async () => {
    serve();
    const { findByTestId, getByTestId } = render(SuggestionQueueView, props());
    await findByTestId('queue-counter');
    await fireEvent.keyDown(window, { key: 's' });
    const suggested = getByTestId('queue-suggested');
    expect(suggested.textContent, 'the angle brackets are shown as typed').toContain('<b>How many</b>');
    expect(suggested.querySelector('b'), 'no element is made from the text').toBeNull();
    expect(suggested.textContent, 'a letter without a date says so').toContain('undated');
  });

  it('shows a failed decision as its kind and message and stays on the suggestion', async () => {
    serve('accept_thread_suggestion');
    const handlers = props();
    const { findByTestId, getByTestId } = render(SuggestionQueueView, handlers);
    await findByTestId('queue-counter');
    await fireEvent.keyDown(window, { key: 'y' });
    const error = await findByTestId('queue-error');
    expect(error.dataset.kind, 'the kind the command gave').toBe('invalid');
    expect(error.textContent, 'the message the command gave').toBe('Document 4 has no question in thread 7.');
    expect(getByTestId('queue-counter').textContent, 'nothing was decided, so the queue stays put').toBe('1 of 3');
    expect(handlers.onError, 'the shell hears of it too').toHaveBeenCalledWith('Document 4 has no question in thread 7.');
  });

  it('types into no key handler when the focus is in a text field', async () => {
    const calls = serve();
    const { findByTestId } = render(SuggestionQueueView, props());
    await findByTestId('queue-counter');
    const input = document.createElement('input');
    document.body.appendChild(input);
    await fireEvent.keyDown(input, { key: 'y' });
    expect(calls.filter((call) => call.cmd === 'accept_thread_suggestion'), 'y typed in a field decides nothing').toHaveLength(0);
    input.remove();
  });
});
