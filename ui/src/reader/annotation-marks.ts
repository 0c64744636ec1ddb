// Where highlights fall in the text on screen, and what the reviewer selected: DOM selections become TextSelections, text becomes runs split at highlight edges. Presentation only; placing a passage in the letter is the commands' work.

import type { AnnotationView, HighlightColourCode } from '../api/bindings';
import type { TextSelection } from './text-selection';

/** The colours a highlight may have, as the annotation commands accept them. */
export const HIGHLIGHT_COLOURS: readonly HighlightColourCode[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** How many characters of context a selection keeps on each side, as the core's anchoring does. */
export const CONTEXT_CHARS = 32;

/** Offsets sent when the selection was made in rearranged text (the structure view): the command finds the words. */
export const UNPLACED_OFFSET = -1;

/** A highlight over `start..end` of some text, in UTF-16 units. */
export type Highlight = { id: number; start: number; end: number; colour: string };

/** A piece of text with its offset in the whole, and the highlight over it if any. */
export type MarkedRun = { text: string; start: number; highlight: Highlight | null };

/** The highlights of placed passages, for the original text. */
export function placedHighlights(annotations: AnnotationView[]): Highlight[] {
  const highlights: Highlight[] = [];
  for (const annotation of annotations) {
    if (annotation.start === null || annotation.end === null || annotation.end <= annotation.start) continue;
    highlights.push({ id: annotation.id, start: annotation.start, end: annotation.end, colour: annotation.colour });
  }
  return highlights;
}

/**
 * Highlights for text shown on its own (a question or an answer in the structure view): the
 * notes on that question whose quote appears in it, found by their words since the structure
 * view shows the letter's lines rejoined.
 */
export function highlightsInShownText(text: string, questionLabel: string | null, annotations: AnnotationView[]): Highlight[] {
  const highlights: Highlight[] = [];
  if (questionLabel === null) return highlights;
  const flattened = text.replace(/\s/g, ' ');
  for (const annotation of annotations) {
    if (annotation.question_label !== questionLabel || annotation.scope !== 'passage' || annotation.start === null) continue;
    const quote = annotation.quote.replace(/\s/g, ' ');
    if (quote.trim() === '') continue;
    const at = flattened.indexOf(quote);
    if (at >= 0) highlights.push({ id: annotation.id, start: at, end: at + quote.length, colour: annotation.colour });
  }
  return highlights;
}

/** Splits `text` (starting at `base` in the whole) at highlight edges; where highlights overlap, the later-made wins. */
export function splitAtHighlights(text: string, base: number, highlights: Highlight[]): MarkedRun[] {
  const end = base + text.length;
  const inside = highlights.filter((highlight) => highlight.start < end && highlight.end > base);
  if (inside.length === 0) return [{ text, start: base, highlight: null }];
  const edges = new Set<number>([base, end]);
  for (const highlight of inside) {
    edges.add(Math.max(base, highlight.start));
    edges.add(Math.min(end, highlight.end));
  }
  const sorted = Array.from(edges).sort((a, b) => a - b);
  const runs: MarkedRun[] = [];
  for (let edgeIdx = 0; edgeIdx + 1 < sorted.length; edgeIdx++) {
    const from = sorted[edgeIdx];
    const to = sorted[edgeIdx + 1];
    let covering: Highlight | null = null;
    for (const highlight of inside) {
      if (highlight.start <= from && highlight.end >= to && (covering === null || highlight.id > covering.id)) covering = highlight;
    }
    runs.push({ text: text.slice(from - base, to - base), start: from, highlight: covering });
  }
  return runs;
}

/** The offset in the whole text of a DOM boundary inside an element whose pieces carry `data-offset`. */
function offsetOfBoundary(root: Element, node: Node, offset: number, atEnd: boolean): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const owner = node.parentElement?.closest<HTMLElement>('[data-offset]');
    if (owner && root.contains(owner)) return Number(owner.dataset.offset) + offset;
  }
  // A boundary between elements: take the nearest piece after it (for a start) or before it (for an end).
  const pieces = Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
  const boundary = document.createRange();
  boundary.setStart(node, offset);
  if (atEnd) {
    for (let pieceIdx = pieces.length - 1; pieceIdx >= 0; pieceIdx--) {
      const piece = pieces[pieceIdx];
      if (boundary.comparePoint(piece, piece.childNodes.length) >= 0) continue;
      return Number(piece.dataset.offset) + (piece.textContent ?? '').length;
    }
    return null;
  }
  for (const piece of pieces) {
    if (boundary.comparePoint(piece, 0) < 0) continue;
    return Number(piece.dataset.offset);
  }
  return null;
}

/**
 * The selection as a TextSelection when it lies inside `root`, the original text, whose pieces
 * carry their offset in `fullText` as `data-offset`; null when nothing (or nothing inside) is selected.
 */
export function selectionInOriginalText(root: Element, range: Range, fullText: string): TextSelection | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOfBoundary(root, range.startContainer, range.startOffset, false);
  const end = offsetOfBoundary(root, range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  const quote = fullText.slice(start, end);
  if (quote.trim() === '') return null;
  return {
    quote,
    prefix: fullText.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: fullText.slice(end, end + CONTEXT_CHARS),
    start,
    end,
    questionLabel: null,
  };
}

/**
 * The selection as a TextSelection when it lies inside one `[data-annotatable]` element of the
 * structure view (a question, an answer, a table); the offsets are UNPLACED_OFFSET because the
 * text there is rearranged, and the command finds the words within `data-question-label`'s question.
 */
export function selectionInStructure(root: Element, range: Range): TextSelection | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  const common = range.commonAncestorContainer;
  const element = (common instanceof Element ? common : common.parentElement)?.closest<HTMLElement>('[data-annotatable]');
  if (!element || !root.contains(element)) return null;
  const quote = range.toString();
  if (quote.trim() === '') return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const shown = element.textContent ?? '';
  const at = before.toString().length;
  return {
    quote,
    prefix: shown.slice(Math.max(0, at - CONTEXT_CHARS), at),
    suffix: shown.slice(at + quote.length, at + quote.length + CONTEXT_CHARS),
    start: UNPLACED_OFFSET,
    end: UNPLACED_OFFSET,
    questionLabel: element.dataset.questionLabel ?? null,
  };
}
