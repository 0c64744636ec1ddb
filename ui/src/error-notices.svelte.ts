// Error messages waiting to be read and dismissed in the banner.

export type ErrorNotice = { id: number; message: string };

export class ErrorNotices {
  list = $state<ErrorNotice[]>([]);
  #nextId = 1;

  push(message: string): void {
    // The same failure repeated (a retried import, say) should not stack identical lines.
    if (this.list.some((notice) => notice.message === message)) return;
    this.list.push({ id: this.#nextId++, message });
  }

  dismiss(id: number): void {
    this.list = this.list.filter((notice) => notice.id !== id);
  }
}
