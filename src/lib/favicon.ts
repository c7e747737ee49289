/**
 * The site icon, inlined as a data: URL. Chromium re-checks a linked favicon whenever a figure writes
 * its step into the URL (history.replaceState); inline, there is nothing to fetch, and no request
 * can be left half-done when the reader navigates away mid-check.
 */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57d0"/><text x="16" y="21" font-family="monospace" font-size="12" font-weight="700" text-anchor="middle" fill="#fff">EB</text></svg>';

export const FAVICON_HREF = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;
