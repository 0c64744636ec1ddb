// What the letter being read holds back, the redactions in the document itself, and what the reviewer flagged and judged in it, fetched from the flag and redaction commands and marked where they are in the letter: the one copy the letter's marks and the Flags tab both show.
import type { DetectedCitation, FoundRedactionView, QuestionOutcome, RedactionFlag, WithheldPartView } from '../api/bindings';
import { listCitations, listFlags, listOutcomes, listWithheld } from '../api/flags';
import { listRedactions } from '../api/redactions';
import { flagMarks, withheldMarks } from './passage-marks';
import { redactionMarks } from './redaction-marks';

export class FlagWork {
  withheld = $state<WithheldPartView[]>([]);
  flags = $state<RedactionFlag[]>([]);
  outcomes = $state<QuestionOutcome[]>([]);
  citations = $state<DetectedCitation[]>([]);
  /** Whether the letter's flags, parts, outcomes and citations have arrived. */
  loaded = $state(false);

  redactions = $state<FoundRedactionView[]>([]);

  withheldInText = $derived(withheldMarks(this.withheld));
  /** The withheld parts, then the redactions found in the document that cover words no withheld part marks. */
  withheldAndRedactedInText = $derived([...this.withheldInText, ...redactionMarks(this.redactions, this.withheldInText)]);
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
    this.citations = [];
    this.loaded = false;
    this.redactions = [];
  }

  /** Run again whenever the Flags tab changes something. */
  async load(documentId: number): Promise<void> {
    void this.loadRedactions(documentId);
    try {
      const [loadedWithheld, loadedFlags, loadedOutcomes, loadedCitations] = await Promise.all([
        listWithheld(documentId),
        listFlags(documentId),
        listOutcomes(documentId),
        listCitations(documentId),
      ]);
      if (documentId !== this.currentDocumentId()) return;
      this.withheld = loadedWithheld;
      this.flags = loadedFlags;
      this.outcomes = loadedOutcomes;
      this.citations = loadedCitations;
      this.loaded = true;
    } catch (reason) {
      this.reportError(reason);
    }
  }

  /** Apart from the rest, so a letter's flags show even when its redactions cannot be listed. */
  private async loadRedactions(documentId: number): Promise<void> {
    try {
      const loaded = await listRedactions(documentId);
      if (documentId !== this.currentDocumentId()) return;
      this.redactions = loaded;
    } catch (reason) {
      this.reportError(reason);
    }
  }
}
