// Matching key presses to the app's shortcuts, with Cmd on macOS standing in for Ctrl elsewhere.

export type Shortcut = {
  key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  const modPressed = isMac ? event.metaKey : event.ctrlKey;
  // The other platform's modifier must be up, so Ctrl+O on a Mac stays free for the system.
  const otherPressed = isMac ? event.ctrlKey : event.metaKey;
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    modPressed === Boolean(shortcut.mod) &&
    !otherPressed &&
    event.shiftKey === Boolean(shortcut.shift) &&
    event.altKey === Boolean(shortcut.alt)
  );
}

/** True when a key press belongs to a text field, where letters must type rather than act. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export const modLabel = isMac ? '⌘' : 'Ctrl+';
