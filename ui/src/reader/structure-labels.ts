// Words and number formats for showing a letter's structure: the one table of labels for the codes the Rust side sends.
// Typed by the generated unions, so a code added on the Rust side fails the type check until it has its words here.
import type {
  AnchorStateCode,
  BackupKindCode,
  CorrectedFieldCode,
  DecisionCode,
  ExemptionBadge,
  FigureView,
  JudgementCode,
  MarkCode,
  NatureCode,
  OutcomeCode,
  RedactionDecisionCode,
  RedactionKindCode,
  ReviewStatusCode,
  SearchHitKind,
  TiedByCode,
  WithheldKindCode,
} from '../api/bindings';

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

export function reviewStatusLabel(status: ReviewStatusCode): string {
  return reviewStatusLabels[status] ?? humanise(status);
}

/** The review statuses in the order a review goes through them, with their words, for pickers and filters. */
export const reviewStatusChoices: readonly { value: ReviewStatusCode; label: string }[] = (
  ['unreviewed', 'in_review', 'reviewed', 'follow_up'] as const
).map((value) => ({ value, label: reviewStatusLabels[value] }));

const natureLabels: Record<NatureCode, string> = {
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

export function natureLabel(nature: NatureCode): string {
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
export const markCodes: readonly MarkCode[] = ['plain', 'furniture', 'boilerplate', 'question', 'answer', 'exemption'];

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

const withheldKindLabels: Record<WithheldKindCode, string> = {
  missing_question: 'Missing question',
  unanswered_question: 'No answer',
  suppressed_cell: 'Suppressed figure',
  removed_text: 'Text removed',
};

/** What kind of withheld part the parser found: "Suppressed figure". */
export function withheldKindLabel(kind: WithheldKindCode): string {
  return withheldKindLabels[kind] ?? humanise(kind);
}

const judgementLabels: Record<JudgementCode, string> = {
  cited_not_applied: 'Cited but not applied',
  wrong_subsection: 'Wrong subsection',
};

/** The reviewer's verdict on a citation: "Wrong subsection". */
export function judgementLabel(judgement: JudgementCode): string {
  return judgementLabels[judgement] ?? humanise(judgement);
}

/** Said beside a note placed anywhere but on its own words; nothing for a note where it was made. */
const anchorStateNotes: Record<AnchorStateCode, string | null> = {
  exact: null,
  document: null,
  fuzzy: 'placed on similar words',
  orphan: 'not found in the text — place or dismiss',
};

export function anchorStateNote(state: AnchorStateCode): string | null {
  return anchorStateNotes[state] ?? null;
}

const correctedFieldLabels: Record<CorrectedFieldCode, string> = {
  authority: 'Authority',
  date: 'Date',
  reference: 'Reference',
  decision: 'Decision',
};

/** The fact of a letter a reviewer corrected: "Authority". */
export function correctedFieldLabel(field: CorrectedFieldCode): string {
  return correctedFieldLabels[field] ?? humanise(field);
}

const tiedByLabels: Record<TiedByCode, string> = {
  label: 'labelled on the redaction',
  paragraph: 'cited beside it',
  letter: "the letter's exemption",
  none: 'no exemption given',
};

/** How a found redaction was tied to its provision, as the end of "provision: …". */
export function tiedByLabel(tiedBy: TiedByCode): string {
  return tiedByLabels[tiedBy] ?? humanise(tiedBy);
}

const redactionKindLabels: Record<RedactionKindCode, string> = {
  box: 'Redaction box',
  image: 'Redacted region',
  marker: 'Redaction marker',
};

/** How a found redaction shows: "Redaction box". */
export function redactionKindLabel(kind: RedactionKindCode): string {
  return redactionKindLabels[kind] ?? humanise(kind);
}

const redactionDecisionLabels: Record<RedactionDecisionCode, string> = {
  confirmed: 'Confirmed',
  corrected: 'Provision corrected',
  dismissed: 'Dismissed: not a redaction',
};

/** The reviewer's decision on a found redaction. */
export function redactionDecisionLabel(decision: RedactionDecisionCode): string {
  return redactionDecisionLabels[decision] ?? humanise(decision);
}

const backupKindLabels: Record<BackupKindCode, string> = {
  auto: 'Automatic',
  manual: 'Taken by hand',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an upgrade',
};

/** Why a backup was taken: "Before a restore". */
export function backupKindLabel(kind: BackupKindCode): string {
  return backupKindLabels[kind] ?? humanise(kind);
}

const searchHitLabels: Record<SearchHitKind, string> = { document: 'Letter', question: 'Question', annotation: 'Note' };

/** What a search result is: "Letter", "Question" or "Note". */
export function searchHitLabel(kind: SearchHitKind): string {
  return searchHitLabels[kind] ?? humanise(kind);
}

const sheetLinkLabels: Record<string, string> = {
  attached: 'attached',
  reviewer: 'linked by you',
  reference: 'same reference',
};

/** How a spreadsheet goes with its letter: "attached", "linked by you", "same reference". */
export function sheetLinkLabel(link: string): string {
  return sheetLinkLabels[link] ?? humanise(link).toLowerCase();
}
