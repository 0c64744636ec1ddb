// Withheld parts and hand-made flags as marks over the original text: their titles, and how text splits at their edges on top of the reviewer's highlights. Presentation only; where each lies and why come from the flag commands.
import type { RedactionFlag, WithheldPartView } from '../api/bindings';
import { splitAtHighlights, type Highlight, type MarkedRun } from './annotation-marks';
import { provisionLabel } from './structure-labels';

/** A withheld part or a flag placed over `start..end` of the letter, in UTF-16 units, with the words its title shows. */
export type PassageMark = { id: number; start: number; end: number; title: string };

/** A run of text with the highlight, withheld part and flag over it, if any. */
export type FlaggedRun = MarkedRun & { withheld: PassageMark | null; flag: PassageMark | null };

/** The withheld parts that have a place in the text, titled with their reason. */
export function withheldMarks(parts: WithheldPartView[]): PassageMark[] {
  const marks: PassageMark[] = [];
  parts.forEach((part, partIdx) => {
    if (part.start === null || part.end === null || part.end <= part.start) return;
    marks.push({ id: partIdx, start: part.start, end: part.end, title: `Withheld: ${part.reason}` });
  });
  return marks;
}

/** What a flag says, in one line: its provisions, then the reviewer's note. */
export function flagSummary(flag: RedactionFlag): string {
  const provisions = flag.provisions
    .map((provision) => provisionLabel(provision.regime, provision.provision) + (provision.name ? ` (${provision.name})` : ''))
    .join(', ');
  const note = flag.note.trim();
  return note === '' ? provisions : `${provisions} — ${note}`;
}

/** The flags on a passage, titled with their provisions and note. */
export function flagMarks(flags: RedactionFlag[]): PassageMark[] {
  const marks: PassageMark[] = [];
  for (const flag of flags) {
    if (flag.start === null || flag.end === null || flag.end <= flag.start) continue;
    marks.push({ id: flag.id, start: flag.start, end: flag.end, title: `Flagged: ${flagSummary(flag)}` });
  }
  return marks;
}

function asHighlights(marks: PassageMark[]): Highlight[] {
  return marks.map((mark) => ({ id: mark.id, start: mark.start, end: mark.end, colour: '' }));
}

/**
 * Splits `text` (starting at `base` in the whole) at the edges of withheld parts, flags and
 * highlights, using the highlights' own splitting for each layer in turn.
 */
export function splitAtPassageMarks(
  text: string,
  base: number,
  highlights: Highlight[],
  withheld: PassageMark[],
  flags: PassageMark[],
): FlaggedRun[] {
  const runs: FlaggedRun[] = [];
  for (const withheldRun of splitAtHighlights(text, base, asHighlights(withheld))) {
    const withheldMark = withheld.find((mark) => mark.id === withheldRun.highlight?.id) ?? null;
    for (const flagRun of splitAtHighlights(withheldRun.text, withheldRun.start, asHighlights(flags))) {
      const flagMark = flags.find((mark) => mark.id === flagRun.highlight?.id) ?? null;
      for (const run of splitAtHighlights(flagRun.text, flagRun.start, highlights)) {
        runs.push({ ...run, withheld: withheldMark, flag: flagMark });
      }
    }
  }
  return runs;
}
