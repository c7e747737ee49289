/**
 * The site header's behaviour — search dialog, language switch, theme and motion preferences — in one
 * module, so that a page loads one script for its header instead of one per component (issue #16).
 * The markup stays in Search.astro, LanguageSwitch.astro and SiteControls.astro.
 */
import { applyPreference, readPreference, type PreferenceName } from '../scripts/preferences';
import { toSearchHit, type PagefindFragment, type SearchHit } from '../scripts/search-results';

interface PagefindResult {
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at once (Pagefind loads each one's fragment on demand). */
const MAX_RESULTS = 8;

/** One result: the page, linking to its best section, and up to three sections as `#` links. */
function resultItem(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const page = document.createElement('a');
  page.className = 'result-page';
  page.href = hit.url;
  page.textContent = hit.title;
  const sections = document.createElement('ul');
  sections.className = 'result-sections';
  for (const section of hit.sections) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = section.url;
    // "#" marks a section of the page ("↑" its opening, before the first heading); not read aloud.
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = section.url.includes('#') ? '# ' : '↑ ';
    link.append(mark, section.title);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = section.excerpt; // the page's own text, with <mark> around the matches
    item.append(link, excerpt);
    sections.append(item);
  }
  li.append(page, sections);
  return li;
}

/** Searches as the reader types (Pagefind loads on the first call); only the latest query's results are shown. */
function createSearch(dialog: HTMLDialogElement, status: HTMLElement, list: HTMLOListElement) {
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  function load(): Promise<Pagefind> {
    // The URL is built at run time so the bundler leaves Pagefind (generated after the build) alone.
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    return pagefind;
  }
  void load(); // start fetching the index while the reader types

  async function run(query: string) {
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = dialog.dataset.loading ?? '';
    let hits: SearchHit[];
    try {
      const found = await (await load()).search(query);
      const fragments = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      hits = fragments.map(toSearchHit);
    } catch {
      // The index is made after the build (npm run build runs Pagefind); say so instead of hanging.
      pagefind = undefined;
      if (ticket === latest) status.textContent = dialog.dataset.failed ?? '';
      return;
    }
    if (ticket !== latest) return;
    list.replaceChildren(...hits.map(resultItem));
    status.textContent = hits.length ? `${hits.length} ${dialog.dataset.count}` : `${dialog.dataset.empty} “${query}”`;
  }
  return { run };
}

/** Site search with Pagefind: nothing loads until the reader opens the dialog. */
export function initSearch(): void {
  const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  let search: ReturnType<typeof createSearch> | undefined;

  if (openButton && dialog && input && status && list) {
    openButton.hidden = false;
    openButton.addEventListener('click', () => {
      dialog.showModal();
      input.focus();
      search ??= createSearch(dialog, status, list);
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // One Esc closes the dialog (in a search field, Chromium's first Esc would only clear the query).
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation(); // the phone menu around the dialog stays open
      dialog.close();
    });
    // A result may be a section of this very page: close the dialog so the reader lands there.
    // Closing gives focus back to the button that opened it (the dialog does that itself).
    list.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('a')) dialog.close();
    });
    dialog.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    input.addEventListener('input', () => void search?.run(input.value));
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
  // Opening the search dialog from the menu leaves the menu open behind it, so closing the dialog
  // gives focus back to the Search button (a closed menu would leave it nowhere).
}

/** The table of contents is a closed disclosure on narrow screens and open beside the article on wide ones. */
export function initToc(): void {
  const toc = document.querySelector<HTMLDetailsElement>('[data-toc]');
  if (toc && matchMedia('(min-width: 70rem)').matches) toc.open = true;
}
