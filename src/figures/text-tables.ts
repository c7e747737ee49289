/**
 * Every figure's word tables (the default export of its strings.ts) by figure id, found by
 * convention. FigureFrame puts the page's language of them into the scene payload, where the
 * figure's strings.ts finds them in the browser (scripts/vite-page-words.mjs, player/page-text.ts).
 */
const tables = import.meta.glob<object>('./*/strings.ts', { eager: true, import: 'default' });

export const FIGURE_TEXT: Readonly<Record<string, object>> = Object.fromEntries(
  Object.entries(tables).map(([path, table]) => [path.split('/')[1]!, table]),
);
