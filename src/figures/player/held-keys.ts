/**
 * Present mode's keys and deck load just after the figure hydrates (present-keys.ts,
 * present-session.ts: lazy imports, out of the reading bundle). A clicker pressed in that moment
 * — the presenter's first PageDown as the page opens, or Next at the last step before the deck
 * knows the next figure — must not be lost: the player holds those keys and replays them once
 * present mode is ready. Only the keys a clicker sends are held (they step wherever focus is,
 * as in present-keys.ts); anything else, Tab included, goes on as usual.
 */
import type { FocusKind } from './steps';

export interface HeldKey {
  readonly key: string;
  readonly kind: FocusKind;
}

/** PageDown and PageUp step even from a text field; the others only outside one (present-keys.ts). */
const ALWAYS = ['PageDown', 'PageUp'];
const OUTSIDE_FIELDS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', ' '];
/** A presenter mashing the clicker while the page loads: the first few presses count, no more. */
const MOST = 8;

export class HeldKeys {
  #keys: HeldKey[] = [];

  /** Holds a clicker key (true: the caller prevents its default); false for any other key. */
  hold(key: string, kind: FocusKind): boolean {
    const clicker = ALWAYS.includes(key) || (OUTSIDE_FIELDS.includes(key) && kind !== 'text' && kind !== 'select');
    if (!clicker) return false;
    if (this.#keys.length < MOST) this.#keys.push({ key, kind });
    return true;
  }

  /** The held keys, oldest first; the queue is empty afterwards. */
  release(): HeldKey[] {
    return this.#keys.splice(0);
  }
}
