// The bare-HTML floor of a built page (issue #16, the method of research/audits/performance-vs-peers.md):
// the same visible text in the barest valid document — doctype, lang, charset, viewport and title,
// then the body with every attribute but href removed and no script, style, svg, comment, template
// or closed dialog (what a reader sees; a term's popover counts: it is text the reader opens).
// No page with that text can be smaller, so a byte target below it is a design question, not a
// markup one: budgets.mjs reports each text page's floor next to its size.

/** The floor document for a page's HTML. */
export function floorHtml(html) {
  const lang = html.match(/<html\b[^>]*\blang="([^"]+)"/i)?.[1] ?? 'en';
  const title = html.match(/<title>([\s\S]*?)<\/title>/i)?.[1] ?? '';
  const start = html.search(/<body\b/i);
  const end = html.search(/<\/body>/i);
  const body = (start < 0 ? '' : html.slice(start, end < 0 ? undefined : end))
    .replace(/<(script|style|svg|template|dialog)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(\/?)([a-z][\w-]*)\b([^>]*)>/gi, (_, close, tag, attrs) => {
      const href = close ? null : attrs.match(/\shref="([^"]*)"/i);
      return `<${close}${tag}${href ? ` href="${href[1]}"` : ''}>`;
    })
    // Wrappers that carry nothing once their attributes are gone.
    .replace(/<\/?(?:span|div|astro-island|astro-slot|body)>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>${body}</html>`;
}
