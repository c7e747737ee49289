/** What changed between two states: the ids a view highlights. */

/** Ids present in exactly one of the two lists, or in both with different values (by key). */
export function changedKeys<T>(prev: ReadonlyMap<string, T> | undefined, next: ReadonlyMap<string, T>): string[] {
  const out = new Set<string>();
  const same = (a: T | undefined, b: T | undefined) => JSON.stringify(a) === JSON.stringify(b);
  for (const [k, v] of next) if (!prev || !same(prev.get(k), v)) out.add(k);
  if (prev) for (const k of prev.keys()) if (!next.has(k)) out.add(k);
  return [...out];
}
