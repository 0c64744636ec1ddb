// One thread as the reviewer works on it: the thread read against a reference year, and the reviewer's decisions on it (confirm, rename, split, merge, move a question out or in, export the figures), each sent to the thread commands and the thread read again so the page shows what was stored.
import type { ThreadDetail, ThreadYear } from '../api/bindings';
import {
  confirmThread,
  exportThreadSeries,
  getThread,
  mergeThreads,
  moveThreadMember,
  renameThread,
  splitThread,
} from '../api/threads';
import { memberLabel } from './thread-labels';

/** The name a year goes by in the split selection: its letter and question. */
export const memberKey = (year: ThreadYear): string => `${year.member.document_id}:${year.member.question_key}`;

export class ThreadWork {
  detail = $state<ThreadDetail | null>(null);
  failed = $state(false);
  /** The letter every year is read against; null until the first reading chose one. */
  referenceDocument = $state<number | null>(null);
  busy = $state(false);
  notice = $state<string | null>(null);
  /** The years selected to split off, by `memberKey`. */
  splitKeys = $state<string[]>([]);

  /**
   * `currentId` is the thread on screen now: an answer for a thread already left behind is dropped.
   * `reportError` hears every failed command.
   */
  constructor(
    private readonly currentId: () => number,
    private readonly reportError: (reason: unknown) => void,
  ) {}

  /** Forgets the last thread before another is read. */
  reset(): void {
    this.referenceDocument = null;
    this.detail = null;
  }

  async load(): Promise<void> {
    const requestedId = this.currentId();
    const requestedReference = this.referenceDocument;
    try {
      const loaded = await getThread(requestedId, requestedReference);
      if (requestedId !== this.currentId() || requestedReference !== this.referenceDocument) return;
      this.detail = loaded;
      this.failed = false;
      this.referenceDocument = loaded.reference_document;
      this.splitKeys = this.splitKeys.filter((key) => loaded.years.some((year) => memberKey(year) === key));
    } catch (reason) {
      this.failed = true;
      this.reportError(reason);
    }
  }

  chooseReference(documentId: number): void {
    this.referenceDocument = documentId;
    void this.load();
  }

  /** Runs a reviewer action, then reads the thread again so the page shows what was stored. */
  async act(action: () => Promise<void>, done: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notice = null;
    try {
      await action();
      this.notice = done;
      await this.load();
    } catch (reason) {
      this.reportError(reason);
    } finally {
      this.busy = false;
    }
  }

  confirm(): Promise<void> {
    const id = this.currentId();
    return this.act(() => confirmThread(id), 'Confirmed.');
  }

  rename(title: string): Promise<void> {
    const id = this.currentId();
    return this.act(() => renameThread(id, title), 'Renamed.');
  }

  async split(): Promise<void> {
    const id = this.currentId();
    const members = (this.detail?.years ?? [])
      .filter((year) => this.splitKeys.includes(memberKey(year)))
      .map((year) => ({ document_id: year.member.document_id, question_key: year.member.question_key }));
    if (members.length === 0) return;
    let newId: number | null = null;
    await this.act(async () => {
      newId = await splitThread(id, members);
    }, `Split ${members.length} ${members.length === 1 ? 'question' : 'questions'} into a new thread.`);
    this.splitKeys = [];
    if (newId !== null) this.notice = `Split into thread ${newId}.`;
  }

  /** Merges this thread into `into`; true once it is gone, so the page can leave it. */
  async merge(into: number): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      await mergeThreads(this.currentId(), into);
      return true;
    } catch (reason) {
      this.reportError(reason);
      return false;
    } finally {
      this.busy = false;
    }
  }

  moveOut(year: ThreadYear): Promise<void> {
    const id = this.currentId();
    return this.act(
      () => moveThreadMember(id, year.member.document_id, year.member.question_key, null),
      `Moved ${memberLabel(year.member)} out of this thread.`,
    );
  }

  moveIn(documentId: number, question: string): Promise<void> {
    const id = this.currentId();
    return this.act(() => moveThreadMember(id, documentId, question, id), `Question ${question} moved into this thread.`);
  }

  async exportSeries(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const saved = await exportThreadSeries(this.currentId());
      if (saved) this.notice = `Figures saved to ${saved.path}.`;
    } catch (reason) {
      this.reportError(reason);
    } finally {
      this.busy = false;
    }
  }
}
