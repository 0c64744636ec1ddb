// Narrowing the exemption catalogue as the reviewer types in the provision picker: by number ("40", "s40(2)", "reg 12(5)") or by words of the name ("personal").
import type { ProvisionOption } from '../api/bindings';

/** "s. 40 (2)" and "section 40(2)" read as "40(2)"; "reg 12" as "12". */
function asProvisionNumber(word: string): string {
  return word
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(regulation|section|reg\.?|sec\.?|s\.?)(?=\d)/, '');
}

function matchesWord(option: ProvisionOption, word: string): boolean {
  const lower = word.toLowerCase();
  if (option.regime.toLowerCase() === lower) return true;
  const number = asProvisionNumber(word);
  if (/^\d/.test(number)) return option.provision.toLowerCase().startsWith(number);
  return option.name.toLowerCase().includes(lower);
}

/**
 * The catalogue entries every typed word matches, in catalogue order (FOIA, then EIR, then
 * FOISA; sections before their subsections). A number matches provisions that start with it, so
 * "40" finds 40, 40(1), 40(2)… but not 14; other words match the regime or the name.
 */
export function matchingProvisions(options: readonly ProvisionOption[], query: string, limit = 30): ProvisionOption[] {
  // A number typed with its brackets spaced ("40 (2)") is one word, not two.
  const compact = query.trim().replace(/\s+(?=\()/g, '');
  const words = compact
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/^(regulation|section|reg\.?|sec\.?|s\.?)$/i.test(word));
  if (words.length === 0) return options.slice(0, limit);
  return options.filter((option) => words.every((word) => matchesWord(option, word))).slice(0, limit);
}

/** The stable key of a catalogue entry, e.g. `FOIA 40(2)`. */
export function provisionKey(option: Pick<ProvisionOption, 'regime' | 'provision'>): string {
  return `${option.regime} ${option.provision}`;
}
