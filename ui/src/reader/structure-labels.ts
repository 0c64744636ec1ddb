// Words and number formats for showing a letter's structure: the one table of labels for the codes the Rust side sends.
// Typed by the generated unions, so a code added on the Rust side fails the type check until it has its words here.
import type { DecisionCode, ExemptionBadge, FigureView, OutcomeCode, ReviewStatusCode } from '../api/bindings';

const decisionLabels: Record<DecisionCode, string> = {
  full: 'Disclosed in full',
  partial: 'Partly disclosed',
  refused: 'Refused',
  not_held: 'Information not held',
  ncnd: 'Neither confirm nor deny',
  unknown: 'Decision not found',
};

const outcomeLabels: Record<OutcomeCode, string> = {
  answered: 'Answered',
  partly_withheld: 'Partly withheld',
  withheld: 'Withheld',
  not_held: 'Information not held',
  ncnd: 'Neither confirm nor deny',
  refused_cost: 'Refused on cost',
  unknown: 'Unknown',
};

const reviewStatusLabels: Record<ReviewStatusCode, string> = {
  unreviewed: 'Unreviewed',
  in_review: 'In review',
  reviewed: 'Reviewed',
  follow_up: 'Follow-up',
};

/** The review statuses in the order a review goes through them, with their words, for pickers and filters. */
export const reviewStatusChoices: readonly { value: ReviewStatusCode; label: string }[] = (
  ['unreviewed', 'in_review', 'reviewed', 'follow_up'] as const
).map((value) => ({ value, label: reviewStatusLabels[value] }));

const natureLabels: Record<string, string> = {
  absolute: 'Absolute exemption',
  qualified: 'Qualified exemption',
  absolute_in_most_cases: 'Absolute in most cases',
  mixed: 'Partly absolute, partly qualified',
  limit: 'A limit on the request, not an exemption',
};

const issueLabels: Record<string, string> = {
  question_number_gap: 'Gap in question numbers',
  unanswered_question: 'Unanswered question',
  truncated: 'Letter may be cut short',
  boilerplate: 'Boilerplate',
};

const regimeNames: Record<string, string> = {
  FOIA: 'Freedom of Information Act 2000',
  EIR: 'Environmental Information Regulations 2004',
  FOISA: 'Freedom of Information (Scotland) Act 2002',
  EIRS: 'Environmental Information (Scotland) Regulations 2004',
  'NZ OIA': 'Official Information Act 1982 (New Zealand)',
  'AU FOI': 'Freedom of Information Act 1982 (Australia)',
  'US FOIA': 'Freedom of Information Act (United States)',
  'IE FOI': 'Freedom of Information Act 2014 (Ireland)',
};

/** The laws numbered by regulation rather than by section. */
const byRegulation = new Set(['EIR', 'EIRS']);

/** Codes this build does not know yet still read as words rather than as `snake_case`. */
function humanise(code: string): string {
  const words = code.replace(/_/g, ' ').trim();
  return words.length === 0 ? 'Unknown' : words.charAt(0).toUpperCase() + words.slice(1);
}

export function decisionLabel(decision: string): string {
  return decisionLabels[decision as DecisionCode] ?? humanise(decision);
}

export function outcomeLabel(outcome: string): string {
  return outcomeLabels[outcome as OutcomeCode] ?? humanise(outcome);
}

export function natureLabel(nature: string): string {
  return natureLabels[nature] ?? humanise(nature);
}

export function issueLabel(kind: string): string {
  return issueLabels[kind] ?? humanise(kind);
}

/** Known codes map to a fixed set of class names; anything else gets the neutral look. */
export function toneOf(code: string, known: readonly string[]): string {
  return known.includes(code) ? code : 'unknown';
}

export const decisionCodes: readonly DecisionCode[] = ['full', 'partial', 'refused', 'not_held', 'ncnd', 'unknown'];
export const outcomeCodes: readonly OutcomeCode[] = ['answered', 'partly_withheld', 'withheld', 'not_held', 'ncnd', 'refused_cost', 'unknown'];
export const markCodes = ['plain', 'furniture', 'boilerplate', 'question', 'answer', 'exemption'] as const;

/** The EIR are regulations, so their provisions are regulations; the Acts have sections. */
function provisionPrefix(regime: string): string {
  if (byRegulation.has(regime)) return 'reg ';
  // The US Act's exemptions are named by their paragraph, "(b)(6)", not as sections.
  return regime === 'US FOIA' ? '' : 's';
}

/** A provision as people write it in reviews, e.g. `FOIA s40(2)` or `EIR reg 12(5)(b)`. */
export function provisionLabel(regime: string, provision: string): string {
  return `${regime} ${provisionPrefix(regime)}${provision}`;
}

/** The long form for explanations, e.g. `Freedom of Information Act 2000, section 40(2)`. */
export function provisionTitle(badge: Pick<ExemptionBadge, 'regime' | 'provision'>): string {
  const act = regimeNames[badge.regime] ?? badge.regime;
  const part = byRegulation.has(badge.regime) ? 'regulation' : badge.regime === 'US FOIA' ? 'exemption' : 'section';
  return `${act}, ${part} ${badge.provision}`;
}

/** A question's heading: a bare number reads as `Question 3`; `Q3` or `a` are kept as the requester wrote them. */
export function questionHeading(label: string | null): string {
  if (label === null || label.trim() === '') return 'Unnumbered question';
  return /^\d+$/.test(label.trim()) ? `Question ${label.trim()}` : label.trim();
}

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const wholePoundsFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPenceFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** `377`, `£12,500`, `£3.50`, `12.5%`: pence only when the letter gave pence. */
export function formatFigure(figure: Pick<FigureView, 'value' | 'unit'>): string {
  switch (figure.unit) {
    case 'pounds':
      return (Number.isInteger(figure.value) ? wholePoundsFormat : poundsAndPenceFormat).format(figure.value);
    case 'percent':
      return `${percentFormat.format(figure.value)}%`;
    default:
      return countFormat.format(figure.value);
  }
}

/** A sub-part's label as `a)`, whether the requester wrote `a`, `a)` or `a.`. */
export function partLabel(label: string): string {
  return `${label.trim().replace(/[).]+$/, '')})`;
}

/** A letter's date as the library shows it: a year read from the reference is only a year. */
export function letterDate(date: string | null, source: string | null): { text: string; note: string | null } {
  if (date === null) return { text: '—', note: null };
  switch (source) {
    case 'reference':
      return { text: date.slice(0, 4), note: 'Only the year is known, read from the reference; the letter prints no date' };
    case 'file':
      return { text: date, note: "The file's creation date; the letter prints no date" };
    case 'email':
      return { text: date, note: "The e-mail's date" };
    default:
      return { text: date, note: null };
  }
}
