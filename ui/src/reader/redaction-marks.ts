// The redactions found in a letter as marks over its original text, drawn in the withheld layer: where a marker or the words a box leaves stand, titled with the kind, page, provision and the warning. Presentation only; where each lies and what ties it come from the redaction commands.
import type { FoundRedactionView } from '../api/bindings';
import type { PassageMark } from './passage-marks';
import { redactionKindLabel } from './structure-labels';

/** Ids of redaction marks start here, apart from the withheld parts' own (their positions in a list). */
const REDACTION_MARK_IDS = 1_000_000;

/** One line saying what a redaction is, where, and under what. */
export function redactionTitle(redaction: FoundRedactionView): string {
  const where = redaction.page === null ? 'in the text' : `on page ${redaction.page}`;
  const kind = redactionKindLabel(redaction.kind);
  const provision = redaction.provision === null ? 'no exemption given' : `s${redaction.provision}`;
  const warning = redaction.warning === null ? '' : ` — ${redaction.warning}`;
  return `${kind} ${where}: ${provision}${warning}`;
}

/**
 * The redactions that cover words of the letter and are not dismissed, as marks; one lying over a
 * withheld part already marked (a marker the parser reports as removed text) is left to it, so no
 * two marks of one layer overlap.
 */
export function redactionMarks(redactions: FoundRedactionView[], withheld: PassageMark[]): PassageMark[] {
  const marks: PassageMark[] = [];
  redactions.forEach((redaction, index) => {
    if (redaction.decision === 'dismissed' || redaction.end <= redaction.start) return;
    const overlaps = (mark: PassageMark) => mark.start < redaction.end && redaction.start < mark.end;
    if (withheld.some(overlaps) || marks.some(overlaps)) return;
    marks.push({ id: REDACTION_MARK_IDS + index, start: redaction.start, end: redaction.end, title: redactionTitle(redaction) });
  });
  return marks;
}
