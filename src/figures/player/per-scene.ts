/**
 * Memoises a computation over a whole scene (such as the room a view reserves for its largest step)
 * by the states array itself: the player hands the same array to every step, so it runs once per
 * scene — again only when the parameters build a new one.
 */
export function perScene<S extends object, R>(compute: (states: S) => R): (states: S) => R {
  const cache = new WeakMap<S, R>();
  return (states) => {
    if (!cache.has(states)) cache.set(states, compute(states));
    return cache.get(states) as R;
  };
}
