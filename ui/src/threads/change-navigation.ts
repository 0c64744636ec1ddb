// Moving between the numbered changes of a comparison: n / j for the next, p / k for the previous, wrapping round.

/** The change to show after `current` when moving by `step` (+1 or −1) among `nChanges`; null when there are none. */
export function stepChange(current: number | null, step: 1 | -1, nChanges: number): number | null {
  if (nChanges <= 0) return null;
  if (current === null) return step === 1 ? 0 : nChanges - 1;
  return (current + step + nChanges) % nChanges;
}

/** The keys that move between changes, as shown to the reader and matched on key presses. */
export const nextChangeKeys = ['n', 'j'] as const;
export const previousChangeKeys = ['p', 'k'] as const;
