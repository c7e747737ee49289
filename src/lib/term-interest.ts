/**
 * Glossary terms open on hover and on keyboard focus as well as on click (WCAG 1.4.13: the popup
 * stays while the pointer is over the term or the popup, and Esc closes it — the popover's own light
 * dismiss). Without script a term still opens on click, tap, Enter or Space (`popovertarget`).
 * This is the standard way to do what Chromium's non-standard `interestfor` does, in every browser.
 */
const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 500;

function wire(term: HTMLButtonElement, popup: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  const open = () => {
    clearTimeout(timer);
    if (popup.matches(':popover-open')) return;
    // `source` makes the term the popup's anchor and puts the popup next in the focus order.
    try {
      popup.showPopover({ source: term } as ShowPopoverOptions);
    } catch {
      popup.showPopover();
    }
  };
  const close = () => {
    clearTimeout(timer);
    if (popup.matches(':popover-open') && !popup.contains(document.activeElement)) popup.hidePopover();
  };
  for (const el of [term, popup]) {
    el.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse') later(open, el === term ? OPEN_DELAY_MS : 0);
    });
    el.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') later(close, CLOSE_DELAY_MS);
    });
  }
  term.addEventListener('focus', () => {
    if (term.matches(':focus-visible')) open();
  });
  term.addEventListener('blur', () => later(close, CLOSE_DELAY_MS));
  popup.addEventListener('focusout', () => later(close, CLOSE_DELAY_MS));
}

interface ShowPopoverOptions {
  source?: HTMLElement;
}

export function initTerms(): void {
  for (const term of document.querySelectorAll<HTMLButtonElement>('button.term[popovertarget]')) {
    const popup = document.getElementById(term.getAttribute('popovertarget') ?? '');
    if (popup) wire(term, popup);
  }
}
