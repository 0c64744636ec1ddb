// What the reviewer selected in a letter, as the commands that annotate or flag it receive it.

/**
 * A passage of the document's stored text: character offsets into `DocumentView.text` (UTF-16 code
 * units as JavaScript counts them; the command converts) plus the quote and the words around it,
 * so the passage can be found again if the text is ever read differently.
 */
export type TextSelection = {
  /** The selected words exactly as stored. */
  quote: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after the quote. */
  suffix: string;
  /** Offset of the first selected character in the stored text. */
  start: number;
  /** Offset just past the last selected character. */
  end: number;
  /** The question whose answer holds the passage, when it lies in one. */
  questionLabel: string | null;
};
