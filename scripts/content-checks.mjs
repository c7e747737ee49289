// Cross-reference checks the content schemas can't express. Each failure names the file and the
// field, and fails the build (and the dev server start) before any page renders.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkClaims } from './claims.mjs';
import { checkSources } from './source-checks.mjs';
import { checkJapanese } from './ja-style.mjs';
import { FIGURE_IDS } from './figure-ids.mjs';

/** The figure ids, from the figure folders (one list for the site, the checks and the tests). */
export { FIGURE_IDS };

const LANGS = ['en', 'ja'];

/** Attribute values of every `<Tag attr="…">` in an MDX body, with their line numbers. */
function attributeUses(body, tag, attr) {
  const uses = [];
  const re = new RegExp(`<${tag}\\b[^>]*?\\b${attr}=(?:"([^"]*)"|\\{(\\d+)\\})`, 'g');
  for (const m of body.matchAll(re)) {
    const line = body.slice(0, m.index).split('\n').length;
    uses.push({ value: m[1] ?? m[2], line, raw: m[0] });
  }
  return uses;
}

/** Runs every check over the content folder; returns a list of messages (empty when all is well). */
export function checkContent(root = process.cwd()) {
  const problems = [];
  const content = join(root, 'content');
  const sourcesFile = join(content, 'sources.yaml');
  const sources = existsSync(sourcesFile) ? (parse(readFileSync(sourcesFile, 'utf8')) ?? []) : [];
  const sourceIds = new Set();
  for (const [i, s] of sources.entries()) {
    if (!s || typeof s.id !== 'string') problems.push(`content/sources.yaml: entry ${i + 1}: field "id" is missing`);
    else if (sourceIds.has(s.id)) problems.push(`content/sources.yaml: id "${s.id}": duplicate id`);
    else sourceIds.add(s.id);
  }
  problems.push(...checkSources(sources));

  const glossaryDir = join(content, 'glossary');
  const glossaryIds = new Set(
    existsSync(glossaryDir)
      ? readdirSync(glossaryDir)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => f.slice(0, -5))
      : [],
  );

  const slugsByLang = Object.fromEntries(
    LANGS.map((lang) => {
      const dir = join(content, 'articles', lang);
      return [
        lang,
        new Set(
          existsSync(dir)
            ? readdirSync(dir)
                .filter((f) => f.endsWith('.mdx'))
                .map((f) => f.slice(0, -4))
            : [],
        ),
      ];
    }),
  );
  for (const lang of LANGS) {
    const other = LANGS.find((l) => l !== lang);
    for (const slug of slugsByLang[lang]) {
      if (!slugsByLang[other].has(slug)) {
        problems.push(
          `content/articles/${lang}/${slug}.mdx: no ${other} version (content/articles/${other}/${slug}.mdx is missing)`,
        );
      }
    }
  }

  for (const lang of LANGS) {
    for (const slug of slugsByLang[lang]) {
      const rel = `content/articles/${lang}/${slug}.mdx`;
      const body = readFileSync(join(root, rel), 'utf8');
      for (const use of attributeUses(body, 'Cite', 'id')) {
        if (!sourceIds.has(use.value))
          problems.push(
            `${rel}:${use.line}: <Cite id="${use.value}">: unknown source id (add it to content/sources.yaml)`,
          );
      }
      for (const use of attributeUses(body, 'Term', 'id')) {
        if (!glossaryIds.has(use.value))
          problems.push(
            `${rel}:${use.line}: <Term id="${use.value}">: unknown glossary id (no content/glossary/${use.value}.yaml)`,
          );
      }
      for (const use of [...attributeUses(body, 'Figure', 'id'), ...attributeUses(body, 'StepLink', 'figure')]) {
        if (!FIGURE_IDS.includes(use.value))
          problems.push(`${rel}:${use.line}: ${use.raw.split(/\s/)[0]}: unknown figure id "${use.value}"`);
      }
    }
  }

  for (const id of glossaryIds) {
    const rel = `content/glossary/${id}.yaml`;
    const entry = parse(readFileSync(join(root, rel), 'utf8')) ?? {};
    for (const s of entry.sources ?? []) {
      if (!sourceIds.has(s)) problems.push(`${rel}: sources: unknown source id "${s}"`);
    }
    for (const see of entry.see ?? []) {
      if (!slugsByLang.en.has(see.slug)) problems.push(`${rel}: see.slug: unknown article "${see.slug}"`);
    }
  }

  for (const lang of LANGS) {
    const rel = `content/home/${lang}.yaml`;
    if (!existsSync(join(root, rel))) continue;
    const home = parse(readFileSync(join(root, rel), 'utf8')) ?? {};
    const ids = [
      ...(home.sources ?? []),
      ...(home.questions ?? []).flatMap((q) => q.sources ?? []),
      ...(home.paths ?? []).flatMap((p) => p.sources ?? []),
    ];
    for (const s of ids) if (!sourceIds.has(s)) problems.push(`${rel}: sources: unknown source id "${s}"`);
  }

  // While an article's claims are being written, HOTPATCH_CLAIMS_PARTIAL=1 skips articles that have
  // no claims file yet; everything else about claims is always checked.
  const partial = process.env.HOTPATCH_CLAIMS_PARTIAL === '1';
  for (const p of checkClaims(root, sourceIds)) if (!(partial && /: missing \(/.test(p))) problems.push(p);

  // The Japanese style sheet (scripts/ja-style.mjs: spacing, punctuation, terms, 氏, glossary
  // readings); `npm run ja:check` lists the same problems, `npm run ja:fix` mends the mechanical ones.
  // A tree without the style sheet's data (a test fixture) has nothing to check against.
  if (existsSync(join(root, 'content', 'ja-terms.yaml'))) problems.push(...checkJapanese(root));
  return problems;
}

/** Astro integration: run the checks before building or serving. */
export function contentChecks() {
  return {
    name: 'hotpatch-content-checks',
    hooks: {
      'astro:config:setup': () => {
        const problems = checkContent();
        if (problems.length > 0) {
          const shown = problems.slice(0, 40);
          const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
          throw new Error(`Content check failed (${problems.length}):\n  ${shown.join('\n  ')}${more}`);
        }
      },
    },
  };
}
