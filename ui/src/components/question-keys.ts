// Headings for the question keys the flag commands use: a printed label, or "#N" for the Nth question when the letter numbers none.
import { questionHeading } from '../reader/structure-labels';

/** `#2` reads as `Question 2`; a printed label reads as the reader shows it elsewhere (`Question 3`, `Q3`, `a`). */
export function questionKeyHeading(key: string): string {
  const position = /^#(\d+)$/.exec(key.trim());
  return position ? `Question ${position[1]}` : questionHeading(key);
}
