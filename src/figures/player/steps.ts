/**
 * Pure step arithmetic shared by the player, the present and notes pages and the tests.
 * Steps are 1-based in URLs and captions ("Step 3 of 9"), 0-based as array indexes.
 */

/** Clamp any value to a valid 0-based index for `count` states; NaN and non-numbers → 0. */
export function clampIndex(value: number, count: number): number {
  if (count <= 0 || !Number.isFinite(value)) return 0;
  return Math.min(Math.max(Math.trunc(value), 0), count - 1);
}

/** The hash fragment (without '#') that addresses a 0-based step of a figure. */
export function stepHash(figureId: string, index: number): string {
  return `${figureId}-step-${index + 1}`;
}

/**
 * Reads a step from a location hash. Returns a clamped 0-based index when the hash is for this
 * figure (`#id`, `#id-step-n` with any n, even `0`, `-1`, `9999` or `abc`; `#id-step-last`), or null when it is
 * about something else.
 */
export function indexFromHash(hash: string, figureId: string, count: number): number | null {
  let fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    return null;
  }
  if (fragment === figureId) return 0;
  const prefix = `${figureId}-step-`;
  if (!fragment.startsWith(prefix)) return null;
  const raw = fragment.slice(prefix.length);
  // `last`: the deck's Previous from a figure's first step opens the one before at its end.
  if (raw === 'last') return clampIndex(count - 1, count);
  const n = /^-?\d+$/.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isNaN(n) ? 0 : clampIndex(n - 1, count);
}

export type StepAction =
  'next' | 'previous' | 'first' | 'last' | 'toggle-play' | 'help' | 'blank' | 'fullscreen' | 'overview';

export type FocusKind = 'figure' | 'button' | 'range' | 'text' | 'select';

/**
 * Which action a key press means. Reading a page, keys that a focused native control already
 * handles (arrows in a range input, Space on a button) are left to it: `target` says what has
 * focus. Presenting, see presentAction (present-keys.ts, loaded with present mode).
 */
export function actionForKey(key: string, target: FocusKind): StepAction | null {
  if (target === 'text' || target === 'select') return null;
  if (
    target === 'range' &&
    ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(key)
  ) {
    return null;
  }
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
    case 'Spacebar':
      return target === 'button' ? null : 'toggle-play';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** Apply a stepping action to a 0-based index. */
export function stepBy(action: 'next' | 'previous' | 'first' | 'last', index: number, count: number): number {
  switch (action) {
    case 'next':
      return clampIndex(index + 1, count);
    case 'previous':
      return clampIndex(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(count - 1, count);
  }
}
