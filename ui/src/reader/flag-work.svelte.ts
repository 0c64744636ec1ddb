// What the letter being read holds back and what the reviewer flagged in it, fetched from the flag commands and marked where they are in the letter.
import type { QuestionOutcome, RedactionFlag, WithheldPartView } from '../api/bindings';
import { listFlags, listOutcomes, listWithheld } from '../api/flags';
import { flagMarks, withheldMarks } from './passage-marks';

export class FlagWork {
  withheld = $state<WithheldPartView[]>([]);
  flags = $state<RedactionFlag[]>([]);
  outcomes = $state<QuestionOutcome[]>([]);

  withheldInText = $derived(withheldMarks(this.withheld));
  flagsInText = $derived(flagMarks(this.flags));

  /**
   * `currentDocumentId` is the letter on screen now: an answer for a letter already left behind is dropped.
   * `reportError` hears every failed command.
   */
  constructor(
    private readonly currentDocumentId: () => number,
    private readonly reportError: (reason: unknown) => void,
  ) {}

  /** Forgets the last letter's parts and flags before the next letter's arrive. */
  clear(): void {
    this.withheld = [];
    this.flags = [];
    this.outcomes = [];
  }

  /** Run again whenever the Flags tab changes something. */
  async load(documentId: number): Promise<void> {
    try {
      const [loadedWithheld, loadedFlags, loadedOutcomes] = await Promise.all([
        listWithheld(documentId),
        listFlags(documentId),
        listOutcomes(documentId),
      ]);
      if (documentId !== this.currentDocumentId()) return;
      this.withheld = loadedWithheld;
      this.flags = loadedFlags;
      this.outcomes = loadedOutcomes;
    } catch (reason) {
      this.reportError(reason);
    }
  }
}
