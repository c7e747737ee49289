/**
 * Bad content fails the build with a message naming the file and the field: cross-reference checks
 * (scripts/content-checks.mjs) on fixture folders, and the schema check through `astro sync`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './content-checks.mjs';

const article = (body: string, title = 'A title') =>
  `---\ntitle: "${title}"\ndescription: "One sentence."\norder: 1\nupdated: 2026-11-25\n---\n\n${body}\n`;

const dirs: string[] = [];
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hx-content-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const CLAIM =
  '- source: chen11\n  en: "is never executed"\n  ja: "実行されません"\n  quote: "the padding is never executed"\n  verdict: supported\n';
const SOURCES =
  '- id: chen11\n  title: T\n  url: https://example.org/\n  publisher: P\n  date: "2011"\n  kind: microsoft\n';

describe('content cross-reference checks', () => {
  it('passes consistent content', () => {
    const root = fixture({
      'content/sources.yaml': SOURCES,
      'content/glossary/padding.yaml': 'term: { en: padding, ja: パディング }\ndefinition: { en: x, ja: y }\n',
      'content/articles/en/a.mdx': article(
        'Padding is never executed <Cite id="chen11" /> <Term id="padding">padding</Term>',
      ),
      'content/articles/ja/a.mdx': article('パディングは実行されません <Cite id="chen11" />'),
      'content/claims/a.yaml': CLAIM,
    });
    expect(checkContent(root)).toEqual([]);
  });

  it('names the file, the line and the id of an unknown citation', () => {
    const root = fixture({
      'content/sources.yaml': SOURCES,
      'content/articles/en/a.mdx': article('Line one.\n\nA claim <Cite id="no-such-source" />.'),
      'content/articles/ja/a.mdx': article('本文'),
    });
    expect(checkContent(root)).toContain(
      'content/articles/en/a.mdx:10: <Cite id="no-such-source">: unknown source id (add it to content/sources.yaml)',
    );
  });

  it('reports an article that exists in one language only', () => {
    const root = fixture({
      'content/sources.yaml': SOURCES,
      'content/articles/en/a.mdx': article('x'),
      'content/articles/en/b.mdx': article('y'),
      'content/articles/ja/a.mdx': article('x'),
    });
    expect(checkContent(root)).toEqual([
      'content/articles/en/b.mdx: no ja version (content/articles/ja/b.mdx is missing)',
    ]);
  });

  it('reports unknown glossary terms, figure ids and glossary source ids', () => {
    const root = fixture({
      'content/sources.yaml': SOURCES,
      'content/glossary/x.yaml':
        'term: { en: x, ja: x }\ndefinition: { en: x, ja: x }\nsources: [nope]\nsee: [{ slug: missing }]\n',
      'content/articles/en/a.mdx': article('<Term id="ghost">g</Term>\n\n<Figure id="not-a-figure" />'),
      'content/articles/ja/a.mdx': article('x'),
    });
    const problems = checkContent(root);
    expect(problems).toContain(
      'content/articles/en/a.mdx:8: <Term id="ghost">: unknown glossary id (no content/glossary/ghost.yaml)',
    );
    expect(problems).toContain('content/articles/en/a.mdx:10: <Figure: unknown figure id "not-a-figure"');
    expect(problems).toContain('content/glossary/x.yaml: sources: unknown source id "nope"');
    expect(problems).toContain('content/glossary/x.yaml: see.slug: unknown article "missing"');
  });

  it('reports duplicate source ids', () => {
    const root = fixture({ 'content/sources.yaml': SOURCES + SOURCES });
    expect(checkContent(root)).toEqual(['content/sources.yaml: id "chen11": duplicate id']);
  });
});

describe('claims: every cited sentence has a checked entry', () => {
  const files = (en: string, ja: string, claims?: string) => ({
    'content/sources.yaml': SOURCES,
    'content/articles/en/a.mdx': article(en),
    'content/articles/ja/a.mdx': article(ja),
    ...(claims === undefined ? {} : { 'content/claims/a.yaml': claims }),
  });

  it('fails when an article with citations has no claims file, naming it', () => {
    const root = fixture(
      files('Padding is never executed <Cite id="chen11" />.', 'パディングは実行されません <Cite id="chen11" />。'),
    );
    expect(checkContent(root)).toEqual([
      'content/claims/a.yaml: missing (content/articles/*/a.mdx has 1 en and 1 ja citations without claim entries)',
    ]);
  });

  it('names the article line and source of a cite whose sentence no entry matches', () => {
    const root = fixture(
      files(
        'First sentence. A new claim about bytes <Cite id="chen11" />.',
        'パディングは実行されません <Cite id="chen11" />。',
        CLAIM,
      ),
    );
    const problems = checkContent(root);
    expect(problems[0]).toMatch(
      /^content\/articles\/en\/a.mdx:8: <Cite id="chen11">: no entry in content\/claims\/a.yaml .* "A new claim about bytes"$/,
    );
    expect(problems).toContain(
      'content/claims/a.yaml: entry 1 (source chen11): its "en" words match no cited sentence of content/articles/en/a.mdx (stale: update or remove it)',
    );
  });

  it('matches only the sentence that carries the cite, not an earlier one', () => {
    const root = fixture(
      files(
        'Padding is never executed. Something else <Cite id="chen11" />.',
        'パディングは実行されません <Cite id="chen11" />。',
        CLAIM,
      ),
    );
    expect(
      checkContent(root).some((p) => p.startsWith('content/articles/en/a.mdx:8: <Cite id="chen11">: no entry')),
    ).toBe(true);
  });

  it('requires the quote and a known verdict, and an inference tag for an inference', () => {
    const bad = '- source: chen11\n  en: "is never executed"\n  ja: "実行されません"\n  verdict: maybe\n';
    const problems = checkContent(
      fixture(
        files(
          'Padding is never executed <Cite id="chen11" />.',
          'パディングは実行されません <Cite id="chen11" />。',
          bad,
        ),
      ),
    );
    expect(problems).toContain(
      'content/claims/a.yaml: entry 1 (source chen11): field "quote": the source\'s own words that support the sentence',
    );
    expect(problems.some((p) => p.includes('field "verdict"'))).toBe(true);
    const inference = CLAIM.replace('supported', 'inference');
    const untagged = checkContent(
      fixture(
        files(
          'Padding is never executed <Cite id="chen11" />.',
          'パディングは実行されません <Cite id="chen11" />。',
          inference,
        ),
      ),
    );
    expect(untagged.some((p) => p.includes('no <Tag kind="inference" />'))).toBe(true);
    const tagged = checkContent(
      fixture(
        files(
          'Padding is never executed <Cite id="chen11" /> <Tag kind="inference" />.',
          'パディングは実行されません <Cite id="chen11" /> <Tag kind="inference" />。',
          inference,
        ),
      ),
    );
    expect(tagged).toEqual([]);
  });
});

describe('schema errors from the real content pipeline', () => {
  it('a malformed article front matter fails `astro sync` naming the file and the field', () => {
    const project = resolve('.');
    const root = mkdtempSync(join(tmpdir(), 'hx-schema-'));
    dirs.push(root);
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'scripts']) {
      cpSync(join(project, item), join(root, item), { recursive: true });
    }
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
    // Minimal valid content, then one article whose `order` is a string instead of a number.
    const files: Record<string, string> = {
      'content/sources.yaml': SOURCES,
      'content/articles/ja/old-hotpatch.mdx': article('本文'),
      'content/articles/en/old-hotpatch.mdx':
        '---\ntitle: "Broken"\ndescription: "x"\norder: "first"\nupdated: 2026-11-25\n---\n\nBody.\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const result = spawnSync(join(project, 'node_modules/.bin/astro'), ['sync'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('en/old-hotpatch.mdx');
    expect(output).toMatch(/order/);
    expect(output).not.toContain('ja/old-hotpatch.mdx');
  }, 120_000);
});
