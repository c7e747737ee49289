/**
 * The site header's behaviour — search dialog, language switch, theme and motion preferences — in one
 * module, so that a page loads one script for its header instead of one per component (issue #16).
 * The markup stays in Search.astro, LanguageSwitch.astro and SiteControls.astro.
 */
import { applyPreference, readPreference, type PreferenceName } from '../scripts/preferences';

interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind { search(q: string): Promise<{ results: PagefindResult[] } | null>; debouncedSearch?: unknown }

/** Site search with Pagefind: nothing loads until the reader opens the dialog. */
export function initSearch(): void {
  const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  function load(): Promise<Pagefind> {
    // The URL is built at run time so the bundler leaves Pagefind (generated after the build) alone.
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    return pagefind;
  }

  async function run(query: string) {
    if (!dialog || !status || !list) return;
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = dialog.dataset.loading ?? '';
    let found: Awaited<ReturnType<Pagefind['search']>>;
    try {
      found = await (await load()).search(query);
    } catch {
      // The index is made after the build (npm run build runs Pagefind); say so instead of hanging.
      pagefind = undefined;
      if (ticket === latest) status.textContent = dialog.dataset.failed ?? '';
      return;
    }
    const items = await Promise.all((found?.results ?? []).slice(0, 10).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta.title ?? item.url;
        const p = document.createElement('p');
        p.innerHTML = item.excerpt; // Pagefind's own excerpt: our text with <mark> around matches
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = items.length ? `${items.length} ${dialog.dataset.count}` : `${dialog.dataset.empty} “${query}”`;
  }

  if (openButton && dialog && input) {
    openButton.hidden = false;
    openButton.addEventListener('click', () => {
      dialog.showModal();
      input.focus();
      void load();
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    dialog.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    input.addEventListener('input', () => void run(input.value));
  }
}

/** Keep the reader's place (a heading or a figure step) when switching language. */
export function initLanguageSwitch(): void {
  // Also remember the choice for the root language picker.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    link.addEventListener('click', () => {
      const url = new URL(link.href);
      url.hash = location.hash;
      link.href = url.href;
      try {
        localStorage.setItem('hx-lang', link.hreflang);
      } catch {
        /* storage may be unavailable (private mode): the link still works */
      }
    });
  }
}

/** Theme and motion preferences: native selects, remembered in localStorage. */
export function initSiteControls(): void {
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-pref]')) {
    const name = select.dataset.pref as PreferenceName;
    select.value = readPreference(name);
    select.addEventListener('change', () => applyPreference(name, select.value));
  }
}

/** Phones: the header's one menu button shows and hides the menu (articles, search, language, preferences). */
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const menu = document.querySelector<HTMLElement>('[data-menu]');
  if (!button || !menu) return;
  button.hidden = false;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    set(false);
    button.focus();
  });
  document.addEventListener('click', (e) => {
    const target = e.target as Node | null;
    if (target && !menu.contains(target) && !button.contains(target)) set(false);
  });
  // Opening the search dialog from the menu closes the menu behind it.
  menu.querySelector('[data-search-open]')?.addEventListener('click', () => set(false));
}

/** The table of contents is a closed disclosure on narrow screens and open beside the article on wide ones. */
export function initToc(): void {
  const toc = document.querySelector<HTMLDetailsElement>('[data-toc]');
  if (toc && matchMedia('(min-width: 70rem)').matches) toc.open = true;
}
