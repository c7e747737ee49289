// The Japanese style sheet (wt/brief/content-common.md, review audits/japanese-edition.md §2–3) as a
// check over every Japanese text of the site, with a fixer for the mechanical rules.
//
//   checkJapanese(root)  → ["file:line: rule: excerpt", …]
//   fixJapanese(root)    → rewrites files in place (rules a–d only), returns the changed files
//   node scripts/ja-style.mjs [--fix] [--summary]
//
// Texts: content/articles/ja/*.mdx (front-matter title/description and prose; code fences, inline
// code, JSX attributes, {…} expressions, URLs, import/export lines are never read as prose), the
// `ja` fields of content/glossary/*.yaml, the string values of content/home/ja.yaml, and every
// string or template literal that contains Japanese in src/**/*.ts (not tests): that covers
// src/i18n/*.ts and the `ja:` strings of the scenes and figures wherever they live; plus one-line
// literals with Japanese in src/**/*.svelte and *.astro (reported, never fixed).
//
// Rules (ids as printed):
//   space-ja-latin      (a) a half-width space between Japanese and half-width letters/digits or
//                           inline code, both directions (exceptions: `nospace` in ja-terms.yaml)
//   space-punct         (b) no space next to full-width punctuation (a space after ？ ！ that
//                           ends a sentence inside a line is allowed)
//   space-before-cite   (c) no space before <Cite …/>
//   punct-halfwidth     (d) half-width : ? ! next to Japanese → ：？！, and , → 、 (「、 inside （）」)
//   punct-wave-dash     (d) 〜 (U+301C) → ～ (U+FF5E)
//   punct-slash         (d) ／ → " / "
//   book-title          (e) book titles from ja-terms.yaml inside 『』
//   term                (f) variants listed in content/ja-terms.yaml (report only)
//   honorific           (f) a known person name (ja-terms.yaml `people`) not followed by 氏
// --fix applies (a)–(d) only and never edits code, URLs, JSX attributes, {…}, imports or the term
// list; it repeats until nothing changes (a fixed ":" can then need (b)).
import { readFileSync, writeFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { parse, parseDocument, isMap, isSeq, isScalar, isPair } from 'yaml';

// ---------------------------------------------------------------------------------------------
// Characters

/** Japanese letters: kana, kanji, the prolonged sound mark and iteration marks. */
const JA = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆ヵヶ]/u;
/** Half-width letters and digits (and % after a number, 「99.999% の」). */
const LATIN = /[A-Za-z0-9%]/;
/** Full-width punctuation that takes no space on either side. */
const FW_PUNCT = /[、。，．・：；「」『』（）【】〔〕［］〈〉《》｛｝]/;
/** ？ and ！ may be followed by a space when the sentence goes on (「新機能？ それとも」). */
const FW_STOP = /[？！]/;
/** Counters after which a `${n}` placeholder is a number (「${year}年」 needs 「${year} 年」). */
const COUNTERS = /^(年|か月|ヶ月|月|日|回|件|個|つ|週|時|分|秒|行|番|台|人|版|度|バイト|ビット|コア|ステップ)/;

export const isJapanese = (ch) => !!ch && JA.test(ch);
const isLatin = (ch) => !!ch && LATIN.test(ch);

// ---------------------------------------------------------------------------------------------
// Tokens. A scanner turns a source into tokens over its offsets:
//   t  one prose character            c  inline code (counts as half-width, never edited)
//   o  opening inline markup           x  closing inline markup (transparent: text flows across)
//   b  boundary (JSX block, {…}, URL, table pipe, line-start marker): no rule looks across it
//   n  a `${…}` placeholder            nl end of line
// A token: { k, s, e } (source offsets [s, e)), plus `cite: true` on <Cite/> boundaries.

const INLINE_TAGS = new Set([
  'Term',
  'StepLink',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'span',
  'abbr',
  'sup',
  'sub',
  'kbd',
  'dfn',
  'q',
]);

/** Index of the `}` that closes the `{` at i (strings and nesting respected), or -1. */
function matchBrace(src, i) {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const ch = src[j];
    if (ch === '"' || ch === "'" || ch === '`') {
      const close = src.indexOf(ch, j + 1);
      if (close < 0) return -1;
      j = close;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return j;
  }
  return -1;
}

/** End (exclusive) of the JSX/HTML tag starting at i, quotes and braces respected, or -1. */
function tagEnd(src, i) {
  for (let j = i + 1; j < src.length; j++) {
    const ch = src[j];
    if (ch === '"' || ch === "'") {
      const close = src.indexOf(ch, j + 1);
      if (close < 0) return -1;
      j = close;
    } else if (ch === '{') {
      const close = matchBrace(src, j);
      if (close < 0) return -1;
      j = close;
    } else if (ch === '>') return j + 1;
  }
  return -1;
}

/** Inline scanner shared by MDX prose, YAML values and TS literals, over src[from, to). */
function scanInline(src, from, to, tokens, opts = {}) {
  const { mdx = false, ts = false } = opts;
  const emph = new Map(); // delimiter run → open?
  let i = from;
  while (i < to) {
    const ch = src[i];
    if (ch === '\n') {
      tokens.push({ k: 'nl', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (ts && ch === '\\') {
      tokens.push({ k: 'b', s: i, e: Math.min(i + 2, to) });
      i += 2;
      continue;
    }
    if (ts && ch === '$' && src[i + 1] === '{') {
      const close = matchBrace(src, i + 1);
      const e = close < 0 ? to : close + 1;
      tokens.push({ k: 'n', s: i, e });
      i = e;
      continue;
    }
    if (ch === '`' && !ts) {
      let n = 1;
      while (src[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const close = src.indexOf(fence, i + n);
      const nl = src.indexOf('\n', i);
      if (close >= 0 && close < to && (nl < 0 || close < nl || !mdx)) {
        tokens.push({ k: 'c', s: i, e: close + n });
        i = close + n;
        continue;
      }
    }
    if (/^https?:\/\//.test(src.slice(i, i + 8))) {
      let e = i;
      while (e < to && !/[\s)>\]」』）、。"'`]/.test(src[e])) e++;
      tokens.push({ k: 'b', s: i, e });
      i = e;
      continue;
    }
    if (mdx && ch === '\\' && i + 1 < to) {
      tokens.push({ k: 'b', s: i, e: i + 1 });
      tokens.push({ k: 't', s: i + 1, e: i + 2 });
      i += 2;
      continue;
    }
    if (mdx && ch === '{') {
      const close = matchBrace(src, i);
      const e = close < 0 ? to : close + 1;
      tokens.push({ k: 'b', s: i, e });
      i = e;
      continue;
    }
    if (mdx && ch === '<' && /[A-Za-z/!]/.test(src[i + 1] ?? '')) {
      const e = tagEnd(src, i);
      if (e > 0) {
        const raw = src.slice(i, e);
        const name = /^<\/?([A-Za-z][\w.]*)/.exec(raw)?.[1] ?? '';
        const closing = raw.startsWith('</');
        const selfClosing = raw.endsWith('/>');
        if (INLINE_TAGS.has(name) && !selfClosing) tokens.push({ k: closing ? 'x' : 'o', s: i, e });
        else tokens.push({ k: 'b', s: i, e, cite: name === 'Cite' });
        i = e;
        continue;
      }
    }
    if (mdx && ch === '[') {
      const nl = src.indexOf('\n', i);
      const close = src.indexOf('](', i);
      if (close > 0 && (nl < 0 || close < nl)) {
        tokens.push({ k: 'o', s: i, e: i + 1 });
        i++;
        continue;
      }
    }
    if (mdx && ch === ']' && src[i + 1] === '(') {
      let depth = 0;
      let e = i + 1;
      for (; e < to; e++) {
        if (src[e] === '(') depth++;
        else if (src[e] === ')' && --depth === 0) break;
      }
      tokens.push({ k: 'x', s: i, e: Math.min(e + 1, to) });
      i = e + 1;
      continue;
    }
    if (mdx && (ch === '*' || ch === '_' || ch === '~')) {
      let n = 1;
      while (src[i + n] === ch) n++;
      const run = ch.repeat(n);
      // `_` inside a word is a literal underscore (CommonMark), not emphasis.
      if (ch === '_' && /[A-Za-z0-9]/.test(src[i - 1] ?? '') && /[A-Za-z0-9]/.test(src[i + n] ?? '')) {
        for (let j = 0; j < n; j++) tokens.push({ k: 't', s: i + j, e: i + j + 1 });
        i += n;
        continue;
      }
      const open = !emph.get(run);
      emph.set(run, open);
      tokens.push({ k: open ? 'o' : 'x', s: i, e: i + n, emph: true });
      i += n;
      continue;
    }
    if (mdx && ch === '|') {
      tokens.push({ k: 'b', s: i, e: i + 1 });
      i++;
      continue;
    }
    // Astral characters (a few kanji) are one token of two code units.
    const cp = src.codePointAt(i);
    const w = cp > 0xffff ? 2 : 1;
    tokens.push({ k: 't', s: i, e: i + w });
    i += w;
  }
}

/** Tokens of a Japanese MDX article. */
function scanMdx(src) {
  const tokens = [];
  const lines = src.split('\n');
  let off = 0;
  let fence = null;
  let inFront = false;
  for (const [n, line] of lines.entries()) {
    const start = off;
    const end = off + line.length;
    off = end + 1;
    const nl = () => {
      if (end < src.length) tokens.push({ k: 'nl', s: end, e: end + 1 });
    };
    if (n === 0 && line === '---') {
      inFront = true;
      tokens.push({ k: 'b', s: start, e: end });
      nl();
      continue;
    }
    if (inFront) {
      if (line === '---') inFront = false;
      // title/description, double-quoted, single-quoted or plain (one line each).
      const m = /^((?:title|description):\s*)(["']?)(.*?)\2\s*$/.exec(line);
      if (m && m[3]) {
        const vs = start + m[1].length + m[2].length;
        tokens.push({ k: 'b', s: start, e: vs });
        scanInline(src, vs, vs + m[3].length, tokens, { ts: m[2] === '"' });
        tokens.push({ k: 'b', s: vs + m[3].length, e: end });
      } else tokens.push({ k: 'b', s: start, e: end });
      nl();
      continue;
    }
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      tokens.push({ k: 'b', s: start, e: end });
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      nl();
      continue;
    }
    if (f) {
      fence = f[1];
      tokens.push({ k: 'b', s: start, e: end });
      nl();
      continue;
    }
    if (/^(import|export)\s/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) {
      tokens.push({ k: 'b', s: start, e: end });
      nl();
      continue;
    }
    // Block markers at a line start: headings, list items, quotes.
    const marker = /^(\s*(#{1,6}|[-*+]|\d+\.|>)\s+)/.exec(line);
    let from = start;
    if (marker) {
      tokens.push({ k: 'b', s: start, e: start + marker[1].length });
      from += marker[1].length;
    }
    scanInline(src, from, end, tokens, { mdx: true });
    nl();
  }
  // A JSX tag or {…} spanning lines was consumed whole by scanInline; drop the line tokens it
  // swallowed (tokens are in order, so any token starting inside an earlier one is redundant).
  const out = [];
  let reach = 0;
  for (const t of tokens) {
    if (t.s < reach) continue;
    out.push(t);
    reach = t.e;
  }
  return out;
}

/** Tokens of the `ja` string values of a YAML file: `pick(path)` says which values to read. */
function scanYaml(src, pick, inline = {}) {
  const tokens = [];
  const doc = parseDocument(src);
  const ranges = [];
  const walk = (node, path) => {
    if (isMap(node))
      for (const pair of node.items)
        walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isScalar(node) && typeof node.value === 'string' && node.range && pick(path)) {
      let [s, e] = node.range;
      if (src[s] === '"' || src[s] === "'") {
        s++;
        e--;
      } else if (src[s] === '|' || src[s] === '>') s = src.indexOf('\n', s) + 1;
      ranges.push([s, e, src[node.range[0]] === '"']);
    }
  };
  walk(doc.contents, []);
  ranges.sort((a, b) => a[0] - b[0]);
  let prev = 0;
  for (const [s, e, dq] of ranges) {
    if (s > prev) tokens.push({ k: 'b', s: prev, e: s, sep: true });
    scanInline(src, s, e, tokens, { ts: dq, ...inline });
    prev = e;
  }
  if (prev < src.length) tokens.push({ k: 'b', s: prev, e: src.length, sep: true });
  return tokens;
}

/** TypeScript's parser, loaded on first use (the build imports this module but rarely scans TS). */
let tsLib = null;
const typescript = () => (tsLib ??= createRequire(import.meta.url)('typescript'));

/**
 * Tokens of the string and template literals with Japanese in a TypeScript file. The literals come
 * from TypeScript's own parser, so a quote inside a regex or a comment is never taken for a string.
 */
function scanTs(src, file = 'x.ts') {
  if (!JA.test(src)) return [{ k: 'b', s: 0, e: src.length, sep: true }];
  const ts = typescript();
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literals = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      literals.push({ s: node.getStart(sf), e: node.end, parts: [[node.getStart(sf) + 1, node.end - 1]] });
      return;
    }
    if (ts.isTemplateExpression(node)) {
      // `head${a}middle${b}tail`: text parts, with each ${…} between them as a placeholder.
      const parts = [[node.head.getStart(sf) + 1, node.head.end - 2]];
      for (const span of node.templateSpans) {
        const lit = span.literal;
        const isTail = lit.kind === ts.SyntaxKind.TemplateTail;
        parts.push([lit.getStart(sf) + 1, lit.end - (isTail ? 1 : 2)]);
      }
      literals.push({ s: node.getStart(sf), e: node.end, parts });
      // Literals inside the ${…} expressions are visited on their own.
      for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  literals.sort((a, b) => a.s - b.s);
  const tokens = [];
  let prev = 0;
  for (const lit of literals) {
    if (!JA.test(src.slice(lit.s, lit.e)) || lit.s < prev) continue;
    if (lit.s > prev) tokens.push({ k: 'b', s: prev, e: lit.s, sep: true });
    tokens.push({ k: 'b', s: lit.s, e: lit.parts[0][0] });
    for (const [i, [a, b]] of lit.parts.entries()) {
      if (i > 0) tokens.push({ k: 'n', s: lit.parts[i - 1][1], e: a });
      scanInline(src, a, b, tokens, { ts: true });
    }
    tokens.push({ k: 'b', s: lit.parts[lit.parts.length - 1][1], e: lit.e });
    prev = lit.e;
  }
  if (prev < src.length) tokens.push({ k: 'b', s: prev, e: src.length, sep: true });
  return tokens;
}

/**
 * Tokens of the one-line string literals with Japanese in a .svelte or .astro file (their script
 * blocks and `{lang === 'ja' ? '…' : '…'}` expressions). Report only: `--fix` leaves these files alone.
 */
function scanMarkupLiterals(src) {
  const tokens = [];
  let prev = 0;
  const re = /(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g;
  for (const m of src.matchAll(re)) {
    if (!JA.test(m[2]) || m.index < prev) continue;
    // Only literals inside {…} or a <script>/front-matter line: `=`, `:`, `?`, `(`, `,`, `[` or `{` before.
    if (!/[=:?(,[{]\s*$/.test(src.slice(Math.max(0, m.index - 20), m.index))) continue;
    const s = m.index + 1;
    const e = s + m[2].length;
    if (m.index > prev) tokens.push({ k: 'b', s: prev, e: m.index, sep: true });
    tokens.push({ k: 'b', s: m.index, e: s });
    if (m[1] === '`') {
      // ${…} placeholders inside a template.
      let i = s;
      for (const ph of m[2].matchAll(/\$\{[^}]*\}/g)) {
        scanInline(src, i, s + ph.index, tokens, { ts: true });
        tokens.push({ k: 'n', s: s + ph.index, e: s + ph.index + ph[0].length });
        i = s + ph.index + ph[0].length;
      }
      scanInline(src, i, e, tokens, { ts: true });
    } else scanInline(src, s, e, tokens, { ts: true });
    tokens.push({ k: 'b', s: e, e: e + 1 });
    prev = e + 1;
  }
  if (prev < src.length) tokens.push({ k: 'b', s: prev, e: src.length, sep: true });
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Projection: the prose of each line as a list of "cells" (one per character, inline code as one
// half-width cell, boundaries as one empty cell), with the markup tokens that sit between them.

function project(src, tokens) {
  const lines = [];
  let cells = [];
  let gap = [];
  const flush = () => {
    lines.push(cells);
    cells = [];
    gap = [];
  };
  for (const t of tokens) {
    if (t.k === 'nl') {
      flush();
      continue;
    }
    if (t.k === 'o' || t.k === 'x') {
      gap.push(t);
      continue;
    }
    const cell = {
      ch: t.k === 't' ? src.slice(t.s, t.e) : t.k === 'c' ? 'A' : t.k === 'n' ? 'N' : '\0',
      k: t.k,
      s: t.s,
      e: t.e,
      gap,
      cite: !!t.cite,
    };
    if (t.k === 'b' && t.sep) {
      // Between two values of a YAML/TS file: a hard separator, and its own newlines count.
      for (let j = 0; j < (src.slice(t.s, t.e).match(/\n/g)?.length ?? 0); j++) flush();
      cells.push({ ...cell, ch: '\0' });
    } else cells.push(cell);
    gap = [];
  }
  lines.push(cells);
  return lines;
}

/** Where to insert a space between cells a and b: outside the markup that sits between them. */
function insertAt(a, b) {
  let pos = a.e;
  for (const t of b.gap) {
    if (t.k === 'x') pos = t.e;
    else break;
  }
  return pos;
}

// ---------------------------------------------------------------------------------------------
// Rules

let TERMS_CACHE = null;
export function loadTerms(root) {
  const file = join(root, 'content', 'ja-terms.yaml');
  if (TERMS_CACHE?.file === file) return TERMS_CACHE.data;
  const data = existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {};
  const compile = (v) =>
    v.startsWith('/') && v.lastIndexOf('/') > 0
      ? new RegExp(v.slice(1, v.lastIndexOf('/')), 'gu' + v.slice(v.lastIndexOf('/') + 1).replace(/[gu]/g, ''))
      : new RegExp(v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
  const out = {
    terms: (data.terms ?? []).map((t) => ({ ...t, res: (t.flag ?? []).map(compile) })),
    people: (data.people ?? []).map((p) => ({ ...p, res: [p.name, ...(p.also ?? [])].map(compile) })),
    books: data.books ?? [],
    nospace: data.nospace ?? [],
    allow: (data.allow ?? []).filter((a) => a && a.file && a.text),
  };
  TERMS_CACHE = { file, data: out };
  return out;
}

/**
 * Problems in one line of cells. Each: { rule, at: cell index, msg, fix?: edit[] } where an edit is
 * { s, e, text } on the source (replace [s, e) with text).
 */
function lineProblems(cells, terms, kind) {
  const out = [];
  const text = cells.map((c) => (c.ch.length === 1 ? c.ch : c.ch)).join('');
  // Offsets of each cell in `text` (astral characters are two code units).
  const at = [];
  let o = 0;
  for (const c of cells) {
    at.push(o);
    o += c.ch.length;
  }
  const cellAt = (off) => {
    let lo = 0;
    while (lo + 1 < at.length && at[lo + 1] <= off) lo++;
    return lo;
  };
  const inNoSpace = (i) =>
    terms.nospace.some((w) => {
      for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1))
        if (at[i] >= p && at[i] < p + w.length - 1) return true;
      return false;
    });

  for (let i = 0; i + 1 < cells.length; i++) {
    const a = cells[i];
    const b = cells[i + 1];
    // (a) Japanese next to half-width letters/digits or inline code, no space in between.
    const aLat = a.k === 'c' || (a.k === 't' && isLatin(a.ch));
    const bLat = b.k === 'c' || (b.k === 't' && isLatin(b.ch));
    const aJa = a.k === 't' && isJapanese(a.ch);
    const bJa = b.k === 't' && isJapanese(b.ch);
    if (((aJa && bLat) || (aLat && bJa)) && !inNoSpace(i)) {
      out.push({
        rule: 'space-ja-latin',
        at: i,
        msg: 'half-width space needed between Japanese and half-width text',
        fix: [{ s: insertAt(a, b), e: insertAt(a, b), text: ' ' }],
      });
    }
    // `${n}年`: a number placeholder before a counter (reported, not fixed).
    if (a.k === 'n' && b.k === 't' && COUNTERS.test(text.slice(at[i + 1])) && !b.gap.length) {
      out.push({
        rule: 'space-ja-latin',
        at: i,
        msg: 'half-width space needed between a number placeholder ${…} and its counter (not auto-fixed)',
      });
    }
    if (a.k === 't' && isJapanese(a.ch) && b.k === 'n' && /^(第)$/.test(a.ch)) {
      out.push({
        rule: 'space-ja-latin',
        at: i,
        msg: 'half-width space needed after 第 before a number placeholder (not auto-fixed)',
      });
    }
  }

  // Runs of spaces: (b) next to full-width punctuation, (c) before <Cite>.
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].k !== 't' || !/[ \u3000]/.test(cells[i].ch)) continue;
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].k === 't' && /[ \u3000]/.test(cells[j + 1].ch)) j++;
    const before = cells[i - 1];
    const after = cells[j + 1];
    const del = [{ s: cells[i].s, e: cells[j].e, text: '' }];
    // Markup between the spaces and their neighbours does not change the verdict.
    if (after?.cite && kind === 'mdx' && before && before.k !== 'b') {
      out.push({ rule: 'space-before-cite', at: i, msg: 'no space before <Cite>', fix: del });
    } else if ([...cells.slice(i, j + 1), after].some((c) => c?.gap.some((t) => t.emph))) {
      // 「**「強調」** 次」: CommonMark needs that space (a closing ** after 」 must be followed by
      // whitespace or punctuation), so it stays. Use <strong> to drop it.
    } else if (before && after && before.k !== 'b' && after.k !== 'b') {
      // A ${…} placeholder is text of unknown kind: the punctuation on the other side decides.
      const bP = before.k === 't' && FW_PUNCT.test(before.ch);
      const aP = after.k === 't' && (FW_PUNCT.test(after.ch) || FW_STOP.test(after.ch));
      const bStop = before.k === 't' && FW_STOP.test(before.ch);
      if (bP || aP) out.push({ rule: 'space-punct', at: i, msg: 'no space next to full-width punctuation', fix: del });
      else if (bStop && cells[i].ch === '\u3000')
        out.push({
          rule: 'space-punct',
          at: i,
          msg: 'use a half-width space after ？/！',
          fix: [{ s: cells[i].s, e: cells[j].e, text: ' ' }],
        });
    } else if (cells[i].ch === '\u3000') {
      out.push({ rule: 'space-punct', at: i, msg: 'full-width space in text' });
    }
    i = j;
  }

  // (d) punctuation.
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.k !== 't') continue;
    const prev = cells[i - 1];
    const next = cells[i + 1];
    if (c.ch === ':' || c.ch === '?' || c.ch === '!' || c.ch === ',') {
      const prevJa = prev && prev.k === 't' && (isJapanese(prev.ch) || /[」』）]/.test(prev.ch));
      const nextJa = next && next.k === 't' && isJapanese(next.ch);
      const numbers = prev && next && /\d/.test(prev.ch) && /\d/.test(next.ch);
      if ((prevJa || nextJa) && !numbers) {
        const fw = { ':': '：', '?': '？', '!': '！', ',': '、' }[c.ch];
        out.push({
          rule: 'punct-halfwidth',
          at: i,
          msg: `half-width "${c.ch}" next to Japanese: use "${fw}"`,
          fix: [{ s: c.s, e: c.e, text: fw }],
        });
      }
    } else if (c.ch === '\u301C') {
      out.push({
        rule: 'punct-wave-dash',
        at: i,
        msg: '〜 (U+301C): use ～ (U+FF5E)',
        fix: [{ s: c.s, e: c.e, text: '～' }],
      });
    } else if (c.ch === '／') {
      const sp = (n) => n && n.k === 't' && n.ch === ' ';
      out.push({
        rule: 'punct-slash',
        at: i,
        msg: 'full-width ／: use " / "',
        fix: [{ s: c.s, e: c.e, text: `${sp(prev) ? '' : ' '}/${sp(next) ? '' : ' '}` }],
      });
    }
  }

  // (e) book titles inside 『』.
  for (const book of terms.books) {
    for (let p = text.indexOf(book); p >= 0; p = text.indexOf(book, p + book.length)) {
      const left = text.slice(0, p);
      const open = left.lastIndexOf('『');
      if (open < 0 || left.lastIndexOf('』') > open || text.indexOf('』', p) < 0) {
        out.push({ rule: 'book-title', at: cellAt(p), msg: `book title ${book} goes inside 『』` });
      }
    }
  }

  // (f) terms and people.
  for (const t of terms.terms) {
    for (const re of t.res) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        // A "term" that runs across markup (「…ライン</StepLink>** ゼロデイ」) is two texts.
        const first = cellAt(m.index);
        const last = cellAt(m.index + m[0].length - 1);
        if (cells.slice(first + 1, last + 1).some((c) => c.gap.length > 0 || c.k !== 't')) continue;
        out.push({
          rule: 'term',
          at: cellAt(m.index),
          msg: `「${m[0]}」 → 「${t.term}」${t.note ? ` (${t.note})` : ''}`,
        });
      }
    }
  }
  for (const person of terms.people) {
    const ends = new Set();
    for (const re of person.res) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        if (ends.has(end)) continue;
        ends.add(end);
        if (/^[A-Za-z]/.test(text.slice(end))) continue; // part of a longer word
        if (!/^\s?氏/.test(text.slice(end)))
          out.push({ rule: 'honorific', at: cellAt(m.index), msg: `${person.name}: add 氏 (「${m[0]} 氏」)` });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Files

function walkFiles(dir, pred, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules') walkFiles(p, pred, out);
    } else if (pred(p)) out.push(p);
  }
  return out;
}

/** Every file with Japanese text, with the scanner for it. */
export function japaneseFiles(root) {
  const files = [];
  const jaDir = join(root, 'content', 'articles', 'ja');
  for (const p of walkFiles(jaDir, (p) => p.endsWith('.mdx')).sort()) files.push({ path: p, kind: 'mdx' });
  for (const p of walkFiles(join(root, 'content', 'glossary'), (p) => p.endsWith('.yaml')).sort())
    files.push({ path: p, kind: 'glossary' });
  const home = join(root, 'content', 'home', 'ja.yaml');
  if (existsSync(home)) files.push({ path: home, kind: 'home' });
  for (const p of walkFiles(
    join(root, 'src'),
    (p) => p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts'),
  ).sort())
    files.push({ path: p, kind: 'ts' });
  for (const p of walkFiles(join(root, 'src'), (p) => p.endsWith('.svelte') || p.endsWith('.astro')).sort())
    files.push({ path: p, kind: 'markup' });
  return files;
}

function tokensFor(kind, src) {
  if (kind === 'mdx') return scanMdx(src);
  if (kind === 'glossary') return scanYaml(src, (path) => path[path.length - 1] === 'ja' && path[0] !== 'reading');
  // Claim entries quote the article's Japanese words (with **, <Term> text, `code`): fixed like MDX so
  // they still match the fixed sentences.
  if (kind === 'claims') return scanYaml(src, (path) => path[path.length - 1] === 'ja', { mdx: true });
  if (kind === 'markup') return scanMarkupLiterals(src);
  if (kind === 'home') return scanYaml(src, (path) => !path.includes('href') && !path.includes('sources'));
  return scanTs(src);
}

/** Problems of one source text (exported for the unit tests). */
export function checkText(kind, src, terms) {
  const lines = project(src, tokensFor(kind, src));
  const problems = [];
  for (const cells of lines) {
    for (const p of lineProblems(cells, terms, kind)) {
      const cell = cells[p.at];
      const line = src.slice(0, cell.s).split('\n').length;
      const lineStart = src.lastIndexOf('\n', cell.s - 1) + 1;
      const col = cell.s - lineStart;
      const lineText = src.slice(lineStart, src.indexOf('\n', cell.s) < 0 ? src.length : src.indexOf('\n', cell.s));
      const excerpt = [...lineText.slice(Math.max(0, col - 12), col + 14)].join('');
      problems.push({ ...p, line, excerpt });
    }
  }
  return problems;
}

/** The text with rules (a)–(d) fixed, repeated until stable (exported for the unit tests). */
export function fixText(kind, src, terms) {
  // In claims, a space next to 、。 is usually where the claims check put a <Cite> ("…が 、…"):
  // the article keeps that space's position through its Cite, so the claim keeps it too.
  if (kind === 'markup') return src;
  const skip = kind === 'claims' ? new Set(['space-punct', 'space-before-cite']) : new Set();
  for (let round = 0; round < 6; round++) {
    const edits = checkText(kind, src, terms)
      .filter((p) => !skip.has(p.rule))
      .flatMap((p) => p.fix ?? []);
    if (edits.length === 0) return src;
    // Apply from the end; skip an edit that overlaps one already applied.
    edits.sort((a, b) => b.s - a.s || b.e - a.e);
    let out = src;
    let floor = Infinity;
    const seen = new Set();
    for (const ed of edits) {
      const key = `${ed.s}:${ed.e}:${ed.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (ed.e > floor || (ed.s === ed.e && ed.s === floor)) continue;
      out = out.slice(0, ed.s) + ed.text + out.slice(ed.e);
      floor = ed.s;
    }
    if (out === src) return src;
    src = out;
  }
  return src;
}

/** All style problems, as "file:line: rule: message: …excerpt…". */
export function checkJapanese(root = process.cwd()) {
  const terms = loadTerms(root);
  const problems = [];
  for (const f of japaneseFiles(root)) {
    const src = readFileSync(f.path, 'utf8');
    const rel = relative(root, f.path);
    for (const p of checkText(f.kind, src, terms)) {
      // ja-terms.yaml `allow`: accepted exceptions, by file (suffix) and the text of the finding.
      if (
        terms.allow.some(
          (a) =>
            rel.endsWith(a.file) &&
            (!a.rule || a.rule === p.rule) &&
            (p.msg.includes(a.text) || p.excerpt.includes(a.text)),
        )
      )
        continue;
      problems.push(`${rel}:${p.line}: ${p.rule}: ${p.msg}: …${p.excerpt.replace(/\n/g, ' ')}…`);
    }
  }
  problems.push(...checkGlossaryReadings(root));
  return problems;
}

/** Applies the mechanical rules in place; returns the files it changed. */
export function fixJapanese(root = process.cwd()) {
  const terms = loadTerms(root);
  const changed = [];
  // content/claims/*.yaml `ja:` words are copies of article text: fix them the same way (not checked).
  const claims = walkFiles(join(root, 'content', 'claims'), (p) => p.endsWith('.yaml'))
    .sort()
    .map((path) => ({ path, kind: 'claims' }));
  for (const f of [...japaneseFiles(root), ...claims]) {
    const src = readFileSync(f.path, 'utf8');
    const out = fixText(f.kind, src, terms);
    if (out !== src) {
      if (f.kind !== 'mdx' && f.kind !== 'ts') parse(out); // a YAML file must still parse
      writeFileSync(f.path, out);
      changed.push(relative(root, f.path));
    }
  }
  return changed;
}

// ---------------------------------------------------------------------------------------------
// Glossary readings (五十音順 on /ja/glossary/)

/** A reading is hiragana (with ー, ・, spaces; Latin letters and digits for names like VTL). */
export const READING = /^[\p{Script=Hiragana}ー・ A-Za-z0-9]+$/u;
export const startsWithKanji = (s) => /^[\p{Script=Han}々]/u.test(s ?? '');

/** Glossary entries that cannot be sorted 五十音順: no `reading` and a term starting with kanji. */
export function checkGlossaryReadings(root = process.cwd()) {
  const dir = join(root, 'content', 'glossary');
  const problems = [];
  for (const p of walkFiles(dir, (p) => p.endsWith('.yaml')).sort()) {
    const rel = relative(root, p);
    const entry = parse(readFileSync(p, 'utf8')) ?? {};
    const ja = entry.term?.ja ?? '';
    if (entry.reading == null && startsWithKanji(ja))
      problems.push(
        `${rel}: glossary-reading: term.ja 「${ja}」 starts with kanji: add reading: (ひらがな) so /ja/glossary/ can sort it 五十音順`,
      );
    else if (entry.reading != null && !READING.test(String(entry.reading)))
      problems.push(`${rel}: glossary-reading: reading 「${entry.reading}」 must be hiragana`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// CLI

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const root = process.cwd();
  if (process.argv.includes('--fix')) {
    const changed = fixJapanese(root);
    console.log(changed.length ? `fixed (rules a–d): ${changed.join(', ')}` : 'nothing to fix');
  }
  const problems = checkJapanese(root);
  if (process.argv.includes('--summary')) {
    const counts = new Map();
    for (const p of problems) {
      const [file, , rule] = /^([^:]+):(\d+:)? ([\w-]+):/.exec(p) ?? [];
      const m = /^([^:]+):(?:\d+:)? ([\w-]+):/.exec(p);
      if (!m) continue;
      const row = counts.get(m[1]) ?? {};
      row[m[2]] = (row[m[2]] ?? 0) + 1;
      counts.set(m[1], row);
    }
    const rules = [...new Set([...counts.values()].flatMap((r) => Object.keys(r)))].sort();
    console.log(`| file | ${rules.join(' | ')} | total |`);
    console.log(`|---|${rules.map(() => '---:').join('|')}|---:|`);
    for (const [file, row] of counts)
      console.log(
        `| ${file} | ${rules.map((r) => row[r] ?? 0).join(' | ')} | ${Object.values(row).reduce((a, b) => a + b, 0)} |`,
      );
  } else for (const p of problems) console.log(p);
  console.log(`${problems.length} Japanese style problem(s)`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
