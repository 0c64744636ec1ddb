// Short labels for threads and their years: "2021–2024", "2023 (FC/FOI/23/0501)".

/** The year of a `YYYY-MM-DD` date, or null. */
export function yearOf(date: string | null): string | null {
  return date && /^\d{4}/.test(date) ? date.slice(0, 4) : null;
}

/** The span of years a thread's letters were answered in: "2021–2024", "2022", or "undated". */
export function yearsOf(members: { date: string | null }[]): string {
  const years = members.map((member) => yearOf(member.date)).filter((year): year is string => year !== null);
  if (years.length === 0) return 'undated';
  const sorted = [...years].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first === last ? first : `${first}–${last}`;
}

/** How a letter is named beside its year: its reference, else its library number. */
export function letterName(member: { document_id: number; reference: string | null }): string {
  return member.reference ?? `document ${member.document_id}`;
}

/** A member's year and name: "2023 · FC/FOI/23/0501". */
export function memberLabel(member: { document_id: number; reference: string | null; date: string | null }): string {
  return `${yearOf(member.date) ?? 'undated'} · ${letterName(member)}`;
}
