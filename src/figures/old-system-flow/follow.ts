/**
 * Keeps the current step in sight: when the drawing is wider than its scroll area (phones, the
 * article column), scrolls that area sideways so the active boxes and arrows are visible beside
 * the sticky lane titles. Browser only; never scrolls the page itself.
 */

/** `active` are the elements to show; `covered` is the width hidden under sticky titles (px). */
export function followActive(
  scroller: HTMLElement,
  active: readonly Element[],
  covered: number,
  smooth: boolean,
): void {
  if (active.length === 0 || scroller.scrollWidth <= scroller.clientWidth + 1) return;
  const rects = active.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
  if (rects.length === 0) return;
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  const view = scroller.getBoundingClientRect();
  const margin = 16;
  const viewLeft = view.left + scroller.clientLeft + covered + margin;
  const viewRight = view.left + scroller.clientLeft + scroller.clientWidth - margin;
  if (left >= viewLeft && right <= viewRight) return;
  // Centre the active items; if they are wider than the view, show where they start.
  const delta = right - left > viewRight - viewLeft ? left - viewLeft : (left + right) / 2 - (viewLeft + viewRight) / 2;
  scroller.scrollBy({ left: delta, behavior: smooth ? 'smooth' : 'instant' });
}
