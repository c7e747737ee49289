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

/** Replace the URL hash without adding history entries or scrolling. */
export function replaceHash(fragment: string): void {
  const url = new URL(location.href);
  url.hash = fragment;
  history.replaceState(history.state, '', url);
}

export function reducedMotionNow(): boolean {
  const site = document.documentElement.dataset.motion;
  if (site === 'reduce') return true;
  if (site === 'allow') return false;
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
