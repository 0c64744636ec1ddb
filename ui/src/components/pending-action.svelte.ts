// Whether a reviewer's action that waits on a command is under way, so the buttons that send it stay disabled until the answer.

export class PendingAction {
  /** True from the moment the action is sent until its command answers or fails. */
  busy = $state(false);

  /**
   * Runs `action` unless one is already under way (a second press must not send it twice) and
   * resolves to whether it finished. A failure ends it quietly: whoever sends the command has shown
   * the reviewer why, and the form that asked stays open with its draft for another try.
   */
  async run(action: () => Promise<void> | void): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      await action();
      return true;
    } catch {
      return false;
    } finally {
      this.busy = false;
    }
  }
}
