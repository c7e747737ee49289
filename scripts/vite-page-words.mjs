// Vite plugin: a figure's view words (`src/figures/{id}/strings.ts`, {en, ja} tables) are the real
// module on the server and in tests, but in the browser bundle the module is replaced by one that
// reads the page's copy of the tables (the scene payload, in the page's language only). Views import
// `./strings` directly, typed by the real file, and an island never ships the other language.
// The figure id is the folder's name; the names exported are the keys of the default export.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIGURES = fileURLToPath(new URL('../src/figures/', import.meta.url));
const PAGE_TEXT = path.join(FIGURES, 'player/page-text.ts');

/** The figure id if `file` is a figure's strings.ts, else undefined. */
function figureOf(file) {
  const rel = path.relative(FIGURES, file.split('?')[0]);
  const [id, name, ...rest] = rel.split(path.sep);
  return name === 'strings.ts' && rest.length === 0 && !id.startsWith('.') ? id : undefined;
}

/** The names of `export default { A, B }`; every `export const` must be among them. */
function tableNames(file) {
  const source = readFileSync(file, 'utf8');
  const list = /^export default \{([^}]*)\};?\s*$/m.exec(source);
  if (!list) throw new Error(`${file}: needs \`export default { …every table… };\` (scripts/vite-page-words.mjs)`);
  const names = list[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const [, name] of source.matchAll(/^export const (\w+)/gm))
    if (!names.includes(name))
      throw new Error(`${file}: table ${name} is missing from the default export, so the browser would not get it`);
  return names;
}

export function pageWords() {
  return {
    name: 'hotpatch-page-words',
    enforce: 'pre',
    load(id) {
      const isClient = this.environment ? this.environment.config.consumer === 'client' : false;
      const figure = isClient ? figureOf(id) : undefined;
      if (!figure) return null;
      const names = tableNames(id.split('?')[0]);
      return [
        `import { pageText } from ${JSON.stringify(PAGE_TEXT)};`,
        `const tables = pageText(${JSON.stringify(figure)});`,
        `export const { ${names.join(', ')} } = tables;`,
        `export default tables;`,
      ].join('\n');
    },
  };
}
