// Which threads the list shows and in what order: one authority or all, newest letter first by default.
import type { ThreadSummary } from '../api/bindings';

export type ThreadSort = 'newest' | 'oldest' | 'least-sure';

export const threadSorts: { sort: ThreadSort; label: string }[] = [
  { sort: 'newest', label: 'Newest letter first' },
  { sort: 'oldest', label: 'Oldest letter first' },
  { sort: 'least-sure', label: 'Least sure first' },
];

/** The latest response date among a thread's letters (`YYYY-MM-DD`), or null when all are undated. */
export function latestDate(thread: ThreadSummary): string | null {
  let latest: string | null = null;
  for (const member of thread.members) {
    if (member.date !== null && (latest === null || member.date > latest)) latest = member.date;
  }
  return latest;
}

/** The authorities the threads are of, each once, in alphabetical order; "" (none read) last. */
export function authoritiesOf(threads: ThreadSummary[]): string[] {
  const names = [...new Set(threads.map((thread) => thread.authority))];
  return names.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
}

/** Compares two dates that may be missing; an undated thread always goes last. */
function byDate(a: string | null, b: string | null, newestFirst: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return newestFirst ? b.localeCompare(a) : a.localeCompare(b);
}

/**
 * The threads to list: of `authority` only (null for all), sorted by their latest letter, or by
 * their weakest score with settled threads last; ties keep the order the command returned.
 */
export function visibleThreads(threads: ThreadSummary[], authority: string | null, sort: ThreadSort): ThreadSummary[] {
  const shown = threads.filter((thread) => authority === null || thread.authority === authority);
  const keyed = shown.map((thread, index) => ({ thread, index, latest: latestDate(thread) }));
  keyed.sort((a, b) => {
    let order = 0;
    if (sort === 'least-sure') {
      const scoreA = a.thread.weakest_score ?? Number.POSITIVE_INFINITY;
      const scoreB = b.thread.weakest_score ?? Number.POSITIVE_INFINITY;
      order = scoreA === scoreB ? byDate(a.latest, b.latest, true) : scoreA - scoreB;
    } else {
      order = byDate(a.latest, b.latest, sort === 'newest');
    }
    return order === 0 ? a.index - b.index : order;
  });
  return keyed.map(({ thread }) => thread);
}
