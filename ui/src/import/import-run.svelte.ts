// The state of the one import that may run at a time: live progress while it runs, its report once it ends.
import type { ImportProgress, ImportReport } from '../api/bindings';
import type { ProgressListener } from '../api/commands';

export type StartImport = (onProgress: ProgressListener) => Promise<ImportReport | null>;

export class ImportRun {
  running = $state(false);
  progress = $state<ImportProgress | null>(null);
  /** The last finished import's report, kept until the user dismisses the summary. */
  report = $state<ImportReport | null>(null);

  /** Resolves to null when the user cancelled; rejects with whatever the command rejected with. */
  async run(start: StartImport): Promise<ImportReport | null> {
    if (this.running) throw new Error('An import is already running.');
    this.running = true;
    this.progress = null;
    this.report = null;
    try {
      const report = await start((progress) => {
        // A message that arrives after the command returned would resurrect a finished bar.
        if (this.running) this.progress = progress;
      });
      this.report = report;
      return report;
    } finally {
      this.running = false;
      this.progress = null;
    }
  }

  dismissReport(): void {
    this.report = null;
  }
}
