/**
 * The layering rules, checked on the source (there is no lint step):
 * - a figure is one folder: no figure id is written anywhere under src/ outside its own folder;
 * - the model imports only the model and i18n;
 * - a figure folder imports no sibling figure folder (what several figures use lives in shared/).
 * Test files are exempt: they may exercise real scenes across folders.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS } from '../../scripts/figure-ids.mjs';

const SRC = path.resolve(__dirname, '..');
const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(file);
    return /\.(ts|js|mjs|svelte|astro|json|css)$/.test(d.name) && !/\.test\.ts$/.test(d.name) ? [file] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({ file: rel(file), text: readFileSync(file, 'utf8') }));

/** Relative import targets of a file, as paths under src/. */
function imports(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g)].map((m) => m[1]!);
  return specs.map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
}

const figureOf = (file: string) => /^figures\/([^/]+)\//.exec(file)?.[1];

describe('layering', () => {
  it('finds the figures', () => {
    expect(FIGURE_IDS.length).toBeGreaterThanOrEqual(7);
  });

  it('writes each figure id only inside its own folder', () => {
    const strays = files.flatMap(({ file, text }) =>
      FIGURE_IDS.filter((id) => text.includes(id) && figureOf(file) !== id).map((id) => `${file}: ${id}`),
    );
    expect(strays).toEqual([]);
  });

  it('keeps the model below everything: it imports only the model and i18n', () => {
    const upward = files
      .filter(({ file }) => file.startsWith('model/'))
      .flatMap(({ file, text }) =>
        imports(file, text)
          .filter((t) => !/^(model|i18n)\//.test(t))
          .map((t) => `${file} → ${t}`),
      );
    expect(upward).toEqual([]);
  });

  it('lets no figure folder import a sibling figure folder', () => {
    const sideways = files.flatMap(({ file, text }) => {
      const own = figureOf(file);
      if (!own || !FIGURE_IDS.includes(own)) return [];
      return imports(file, text)
        .filter((t) => {
          const other = figureOf(t);
          return other !== undefined && other !== own && FIGURE_IDS.includes(other);
        })
        .map((t) => `${file} → ${t}`);
    });
    expect(sideways).toEqual([]);
  });
});
