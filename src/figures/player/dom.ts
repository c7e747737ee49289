/** DOM helpers for the player (browser only; called from event handlers and effects). */

/** What kind of control has focus, so keys a native control handles are left to it. */
export function focusKind(el: EventTarget | null): 'figure' | 'button' | 'range' | 'text' | 'select' {
  if (el instanceof HTMLInputElement) {
    if (el.type === 'range') return 'range';
    if (['button', 'checkbox', 'radio', 'submit', 'reset'].includes(el.type)) return 'button';
    return 'text';
  }
  if (el instanceof HTMLSelectElement) return 'select';
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable)) return 'text';
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el instanceof HTMLElement && el.tagName === 'SUMMARY') return 'button';
  return 'figure';
}

/**
 * Replace the URL hash without adding history entries or scrolling. Writes are coalesced: a
 * replaceState makes the browser re-resolve every SVG `url(#…)` reference (and re-check the
 * favicon), which cost up to 20 ms per step on the timeline. The last step wins after a short
 * pause, and a pending hash is written at once before a link is followed, so the language switch
 * carries the current step.
 */
const HASH_DELAY_MS = 200;
let pendingHash: string | undefined;
let hashTimer: ReturnType<typeof setTimeout> | undefined;

export function flushHash(): void {
  if (hashTimer !== undefined) clearTimeout(hashTimer);
  hashTimer = undefined;
  if (pendingHash === undefined) return;
  const url = new URL(location.href);
  url.hash = pendingHash;
  pendingHash = undefined;
  history.replaceState(history.state, '', url);
}

let flushHooked = false;

export function replaceHash(fragment: string): void {
  pendingHash = fragment;
  if (hashTimer !== undefined) clearTimeout(hashTimer);
  hashTimer = setTimeout(flushHash, HASH_DELAY_MS);
  if (!flushHooked) {
    flushHooked = true;
    // Capture phase: runs before a link's own click handler (e.g. the language switch). Not on
    // pagehide: a URL change while the page unloads only starts requests the navigation aborts.
    document.addEventListener('click', (e) => e.target instanceof Element && e.target.closest('a') && flushHash(), true);
  }
}

export function reducedMotionNow(): boolean {
  const site = document.documentElement.dataset.motion;
  if (site === 'reduce') return true;
  if (site === 'allow') return false;
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The nearest ancestor that scrolls sideways or up and down (its content overflows), if any. */
function scrollerOf(el: Element): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const style = getComputedStyle(p);
    const x = /(auto|scroll)/.test(style.overflowX) && p.scrollWidth > p.clientWidth;
    const y = /(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight;
    if (x || y) return p;
  }
  return null;
}

/**
 * Keep `el` (the current item of a sideways-scrolling figure) inside its scroll container, moving
 * the container only as far as needed and never scrolling the page. Call it from a view's effect
 * after the step changed. Smooth unless reduced motion.
 */
export function keepInView(el: Element | null | undefined, margin = 16): void {
  if (!el) return;
  const scroller = scrollerOf(el);
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const item = el.getBoundingClientRect();
  let dx = 0;
  let dy = 0;
  if (item.left < box.left + margin) dx = item.left - box.left - margin;
  else if (item.right > box.right - margin) dx = Math.min(item.right - box.right + margin, item.left - box.left - margin);
  if (item.top < box.top + margin) dy = item.top - box.top - margin;
  else if (item.bottom > box.bottom - margin) dy = Math.min(item.bottom - box.bottom + margin, item.top - box.top - margin);
  if (dx === 0 && dy === 0) return;
  scroller.scrollBy({ left: dx, top: dy, behavior: reducedMotionNow() ? 'auto' : 'smooth' });
}
