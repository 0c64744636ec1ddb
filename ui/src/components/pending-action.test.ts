// Tests that an action waiting on a command is sent once at a time, and frees its buttons whether it succeeds or fails.
import { describe, expect, it, vi } from 'vitest';
import { PendingAction } from './pending-action.svelte';

describe('PendingAction', () => {
  it('is busy while the command runs and ignores a second press meanwhile', async () => {
    const pending = new PendingAction();
    let answer: () => void = () => {};
    const action = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    const first = pending.run(action);
    expect(pending.busy, 'the buttons are disabled while the command runs').toBe(true);
    expect(await pending.run(action), 'a press while busy does nothing').toBe(false);
    expect(action, 'a second press must not send the change twice').toHaveBeenCalledOnce();
    answer();
    expect(await first, 'the first press finishes').toBe(true);
    expect(pending.busy, 'the buttons come back once the command answered').toBe(false);
  });

  it('ends a failed action quietly, skipping what follows it, and frees the buttons for another try', async () => {
    const pending = new PendingAction();
    let closed = false;
    const finished = await pending.run(async () => {
      await Promise.reject(new Error('locked'));
      closed = true;
    });
    expect(finished, 'the caller learns the action did not finish').toBe(false);
    expect(closed, 'a failed save must not close the form that holds the draft').toBe(false);
    expect(pending.busy, 'a failed command must not leave the buttons disabled').toBe(false);
  });
});
