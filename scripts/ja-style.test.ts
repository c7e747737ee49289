import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkText,
  fixText,
  loadTerms,
  checkJapanese,
  fixJapanese,
  checkGlossaryReadings,
  startsWithKanji,
} from './ja-style.mjs';
import { compareGlossary } from './ja-collate.mjs';

const terms = loadTerms(process.cwd());
const rules = (kind: string, src: string) => checkText(kind, src, terms).map((p: { rule: string }) => p.rule);
const fix = (kind: string, src: string) => fixText(kind, src, terms);

describe('rule (a): spaces between Japanese and half-width text', () => {
  it('flags both directions, and inline code', () => {
    expect(rules('mdx', '2021年以降のWindowsの仕組み\n')).toEqual([
      'space-ja-latin',
      'space-ja-latin',
      'space-ja-latin',
    ]);
    expect(rules('mdx', '命令`mov edi, edi`を使う\n')).toEqual(['space-ja-latin', 'space-ja-latin']);
    expect(rules('mdx', '2021 年以降の Windows の仕組み\n')).toEqual([]);
  });
  it('inserts the space outside markup, so emphasis and tags stay intact', () => {
    expect(fix('mdx', 'Windowsは**再び**Windowsになる\n')).toBe('Windows は**再び** Windows になる\n');
    expect(fix('mdx', 'これは**GA**です\n')).toBe('これは **GA** です\n');
    expect(fix('mdx', 'の<Term id="gdr">GDR</Term>の更新\n')).toBe('の <Term id="gdr">GDR</Term> の更新\n');
    expect(fix('mdx', '[リンク](https://example.com/a_b)とWindows\n')).toBe(
      '[リンク](https://example.com/a_b)と Windows\n',
    );
    expect(fix('mdx', '図の<StepLink figure="x" step={2}>ステップ2</StepLink>へ\n')).toBe(
      '図の<StepLink figure="x" step={2}>ステップ 2</StepLink> へ\n',
    );
  });
  it('never reads code fences, inline code, JSX attributes, {…}, URLs or imports', () => {
    const src = [
      'import X from "./日本語x.astro";',
      '```asm',
      'int 3 ; パディング5バイト',
      '```',
      '<Aside title="情報源2つ">本文</Aside>',
      '{/* コメント2つ */}',
      '`コード2つ`',
      'https://example.com/日本語2',
      '',
    ].join('\n');
    expect(rules('mdx', src)).toEqual([]);
    expect(fix('mdx', src)).toBe(src);
  });
  it('reads front-matter titles in any quoting, and nothing else of the front matter', () => {
    expect(fix('mdx', "---\ntitle: '実行時: Windows'\ndescription: 2つの仕組み\nupdated: 2026-11-25\n---\n")).toBe(
      "---\ntitle: '実行時：Windows'\ndescription: 2 つの仕組み\nupdated: 2026-11-25\n---\n",
    );
  });
  it('keeps the nospace exceptions (インサイドWindows)', () => {
    expect(rules('mdx', '『インサイドWindows 第 6 版』\n')).toEqual([]);
  });
  it('reads TS literals with the TypeScript parser: a quote in a regex or a comment is not a string', () => {
    const src = "const re = /['\"]/g; // 'コメント2つ'\nconst t = { ja: 'Windows2つ' };\n";
    expect(fix('ts', src)).toBe("const re = /['\"]/g; // 'コメント2つ'\nconst t = { ja: 'Windows2 つ' };\n");
    const tpl = "const u = { ja: `第${n}回はWindows${x ? '版' : ''}です` };\n";
    expect(fix('ts', tpl)).toBe("const u = { ja: `第${n}回は Windows${x ? '版' : ''}です` };\n");
  });
  it('reports literals in .svelte/.astro markup, never fixes them', () => {
    const src = "<p>{lang === 'ja' ? '着想元: ' : 'From: '}{lang === 'en' ? x : `${n}年`}</p>\n<p>本文2つ</p>\n";
    expect(rules('markup', src)).toEqual(['space-ja-latin', 'punct-halfwidth']);
    expect(fix('markup', src)).toBe(src);
  });
  it('reports `${n}年` in templates but does not fix it', () => {
    const src = 'const x = { ja: `${year}年の${n}回目の再起動` };\n';
    expect(rules('ts', src)).toEqual(['space-ja-latin', 'space-ja-latin']);
    expect(fix('ts', src)).toBe(src);
  });
});

describe('rules (b) and (c): spaces next to punctuation and citations', () => {
  it('removes a space before <Cite> and next to 、。「」（）', () => {
    expect(fix('mdx', '再起動は不要です <Cite id="x" />。\n')).toBe('再起動は不要です<Cite id="x" />。\n');
    expect(fix('mdx', 'あれ、 これ 「引用」 です。\n')).toBe('あれ、これ「引用」です。\n');
    expect(fix('mdx', '（ Windows ）\n')).toBe('（Windows）\n');
  });
  it('allows a space after ？ that continues the sentence, and spaces next to table pipes', () => {
    expect(rules('mdx', '新機能？ それとも 20 年前からある？\n')).toEqual([]);
    expect(rules('mdx', '| 「時期」 | 2021 年 |\n')).toEqual([]);
  });
  it('keeps the space CommonMark needs after a closing ** that follows 」', () => {
    const src = '- **「脆弱性」** 2026 年 6 月の話。\n';
    expect(rules('mdx', src)).toEqual([]);
    expect(fix('mdx', src)).toBe(src);
  });
});

describe('rule (d): punctuation', () => {
  it('makes : ? ! next to Japanese full-width, then drops the space after it', () => {
    expect(fix('mdx', '## 実行時: パッチの適用\n')).toBe('## 実行時：パッチの適用\n');
    expect(fix('ts', "const a = { ja: '本当に正しいですか?' };\n")).toBe("const a = { ja: '本当に正しいですか？' };\n");
    expect(rules('mdx', '12:30 と Note: English\n')).toEqual([]);
    expect(fix('mdx', '長いジャンプ（ニアジャンプ, E9 rel32）と 1,000 個、`mov edi, edi`\n')).toBe(
      '長いジャンプ（ニアジャンプ、E9 rel32）と 1,000 個、`mov edi, edi`\n',
    );
    expect(fix('ts', 'const c = `提供: ${label}。`;\n')).toBe('const c = `提供：${label}。`;\n');
  });
  it('replaces 〜 with ～ and ／ with " / "', () => {
    expect(fix('mdx', '2017〜2019 年、Standard／Datacenter\n')).toBe('2017～2019 年、Standard / Datacenter\n');
  });
  it('fixes YAML values in place and the file still parses', () => {
    const src =
      'term: { en: "x", ja: "ベースライン" }\ndefinition:\n  en: "Jan: x"\n  ja: "1月・4月（と計画外ベースラインの月）: 再起動 <Cite>"\n';
    const out = fix('glossary', src);
    expect(out).toContain('ja: "1 月・4 月（と計画外ベースラインの月）：再起動 <Cite>"');
    expect(out).toContain('en: "Jan: x"');
  });
  it('is idempotent', () => {
    const src = '2021年以降、Windowsは再起動なしで: 適用できます <Cite id="a" />。\n';
    const once = fix('mdx', src);
    expect(fix('mdx', once)).toBe(once);
    expect(rules('mdx', once).filter((r: string) => r !== 'term')).toEqual([]);
  });
});

describe('rules (e) and (f): books, terms, people (reported, never fixed)', () => {
  it('flags a book title outside 『』', () => {
    expect(rules('mdx', 'Windows Internals 第 6 版によれば\n')).toEqual(['book-title']);
    expect(rules('mdx', '『Windows Internals』第 6 版によれば\n')).toEqual([]);
  });
  it('flags term variants, 暦 only as a standalone word', () => {
    expect(rules('mdx', 'コンパイラーとプロセッサー\n')).toEqual(['term', 'term']);
    expect(rules('mdx', '更新の暦です\n')).toEqual(['term']);
    expect(rules('mdx', '西暦と暦年\n')).toEqual([]);
    expect(rules('mdx', 'ベース イメージ\n')).toEqual(['term']);
    const src = 'コンパイラーを使う\n';
    expect(fix('mdx', src)).toBe(src);
  });
  it('flags a person without 氏', () => {
    expect(rules('mdx', 'EliCZ がコールドパッチを\n')).toEqual(['honorific']);
    expect(rules('mdx', 'Raymond Chen 氏の説明\n')).toEqual([]);
    expect(rules('mdx', 'Raymond Chen の説明\n')).toEqual(['honorific']);
  });
});

describe('files', () => {
  it('checks and fixes a small tree, names file:line', () => {
    const root = mkdtempSync(join(tmpdir(), 'ja-style-'));
    mkdirSync(join(root, 'content', 'articles', 'ja'), { recursive: true });
    mkdirSync(join(root, 'content', 'glossary'), { recursive: true });
    mkdirSync(join(root, 'src', 'figures', 'x'), { recursive: true });
    cpSync(join(process.cwd(), 'content', 'ja-terms.yaml'), join(root, 'content', 'ja-terms.yaml'));
    writeFileSync(
      join(root, 'content', 'articles', 'ja', 'a.mdx'),
      '---\ntitle: "新しい仕組み: VBS"\norder: 1\n---\n\n本文はWindowsです <Cite id="x" />。\n',
    );
    writeFileSync(
      join(root, 'content', 'glossary', 'g.yaml'),
      'term: { en: "validation", ja: "検証" }\ndefinition: { en: "x", ja: "2つ" }\n',
    );
    writeFileSync(
      join(root, 'src', 'figures', 'x', 'strings.ts'),
      "export const T = { a: { en: 'A: b', ja: 'A: 2つ' } };\n",
    );
    const problems = checkJapanese(root);
    expect(problems.some((p: string) => p.startsWith('content/articles/ja/a.mdx:2: punct-halfwidth'))).toBe(true);
    expect(problems.some((p: string) => p.startsWith('content/articles/ja/a.mdx:6: space-ja-latin'))).toBe(true);
    expect(problems.some((p: string) => p.startsWith('content/glossary/g.yaml: glossary-reading'))).toBe(true);
    expect(problems.some((p: string) => p.startsWith('src/figures/x/strings.ts:1: space-ja-latin'))).toBe(true);
    mkdirSync(join(root, 'content', 'claims'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'claims', 'a.yaml'),
      '- source: x\n  en: "the body is Windows"\n  ja: "本文はWindowsです"\n  quote: "Windows: x"\n',
    );
    fixJapanese(root);
    expect(readFileSync(join(root, 'content', 'claims', 'a.yaml'), 'utf8')).toBe(
      '- source: x\n  en: "the body is Windows"\n  ja: "本文は Windows です"\n  quote: "Windows: x"\n',
    );
    expect(readFileSync(join(root, 'content', 'articles', 'ja', 'a.mdx'), 'utf8')).toBe(
      '---\ntitle: "新しい仕組み：VBS"\norder: 1\n---\n\n本文は Windows です<Cite id="x" />。\n',
    );
    expect(readFileSync(join(root, 'src', 'figures', 'x', 'strings.ts'), 'utf8')).toBe(
      "export const T = { a: { en: 'A: b', ja: 'A: 2 つ' } };\n",
    );
  });
});

describe('glossary order', () => {
  it('needs a reading for a term that starts with kanji', () => {
    expect(startsWithKanji('検証レコード')).toBe(true);
    expect(startsWithKanji('ベースライン')).toBe(false);
    const root = mkdtempSync(join(tmpdir(), 'ja-gloss-'));
    mkdirSync(join(root, 'content', 'glossary'), { recursive: true });
    writeFileSync(join(root, 'content', 'glossary', 'a.yaml'), 'term: { en: "a", ja: "検証" }\n');
    writeFileSync(
      join(root, 'content', 'glossary', 'b.yaml'),
      'term: { en: "b", ja: "長いジャンプ" }\nreading: "ながいじゃんぷ"\n',
    );
    writeFileSync(
      join(root, 'content', 'glossary', 'c.yaml'),
      'term: { en: "c", ja: "仮想化" }\nreading: "カソウカ"\n',
    );
    expect(checkGlossaryReadings(root)).toEqual([
      'content/glossary/a.yaml: glossary-reading: term.ja 「検証」 starts with kanji: add reading: (ひらがな) so /ja/glossary/ can sort it 五十音順',
      'content/glossary/c.yaml: glossary-reading: reading 「カソウカ」 must be hiragana',
    ]);
  });
  it('sorts Japanese by reading (五十音順), English by term', () => {
    const e = (en: string, ja: string, reading?: string) => ({ data: { term: { en, ja }, reading } });
    const list = [
      e('short jump', '短いジャンプ', 'みじかいじゃんぷ'),
      e('image', 'イメージ'),
      e('virtualization', '仮想化', 'かそうか'),
      e('baseline', 'ベースライン'),
      e('coldpatch', 'コールドパッチ'),
    ];
    expect([...list].sort(compareGlossary('ja')).map((x) => x.data.term.ja)).toEqual([
      'イメージ',
      '仮想化',
      'コールドパッチ',
      'ベースライン',
      '短いジャンプ',
    ]);
    expect([...list].sort(compareGlossary('en')).map((x) => x.data.term.en)).toEqual([
      'baseline',
      'coldpatch',
      'image',
      'short jump',
      'virtualization',
    ]);
  });
});
