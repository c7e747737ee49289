// Claims: every cited sentence of an article has an entry in content/claims/{slug}.yaml that names
// its source, quotes the words that support it and gives a verdict. The build fails when a
// `<Cite>` has no entry, when an entry matches no cited sentence any more (stale after an edit), or
// when an entry is malformed. An entry matches a cite when its `en` (or `ja`) words occur in the
// sentence that carries the cite, in that language's article.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const VERDICTS = ['supported', 'partly', 'inference', 'corrected', 'relabelled'];
const LANGS = ['en', 'ja'];
/** Shortest words an entry may match on, so an entry can't match every sentence. */
const MIN_WORDS = { en: 10, ja: 4 };

/** The readable text of an MDX fragment: components reduced to their content, whitespace folded. */
export function plainText(mdx) {
  return mdx
    .replace(/<(Cite|Tag|Verdict|StepLink|Figure)\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
    .replace(/\{" "\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where each sentence starts: after . ! ? (followed by space), 。！？, a table cell bar, or the line start. */
function sentenceStart(lineBefore, lang) {
  const re = lang === 'ja' ? /[。！？|]|[.!?]["”’)]?\s/g : /[.!?]["”’)]?\s|\|/g;
  let start = 0;
  for (const m of lineBefore.matchAll(re)) start = m.index + m[0].length;
  return start;
}

/** Every `<Cite id>` of an MDX body with its line and the plain text of the sentence it closes. */
export function citedSentences(body, lang) {
  const out = [];
  const lines = body.split('\n');
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const m of line.matchAll(/<Cite\s+id="([^"]+)"\s*\/>/g)) {
      // Cites that follow each other share the sentence before the first of them.
      const before = line.slice(0, m.index).replace(/(\s*<Cite\s+id="[^"]+"\s*\/>\s*)+$/, '');
      const sentence = plainText(before.slice(sentenceStart(before, lang)));
      out.push({ source: m[1], line: i + 1, sentence, paragraph: line });
    }
  });
  return out;
}

const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** Checks content/claims against the articles; returns problems (file and field named). */
export function checkClaims(root = process.cwd(), sourceIds = null) {
  const problems = [];
  const dir = join(root, 'content', 'claims');
  const slugs = existsSync(join(root, 'content/articles/en'))
    ? readdirSync(join(root, 'content/articles/en'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.slice(0, -4))
    : [];
  for (const slug of slugs) {
    const rel = `content/claims/${slug}.yaml`;
    const cites = Object.fromEntries(
      LANGS.map((lang) => {
        const file = join(root, 'content/articles', lang, `${slug}.mdx`);
        return [lang, existsSync(file) ? citedSentences(readFileSync(file, 'utf8'), lang) : []];
      }),
    );
    if (!existsSync(join(root, rel))) {
      if (cites.en.length + cites.ja.length > 0)
        problems.push(
          `${rel}: missing (content/articles/*/${slug}.mdx has ${cites.en.length} en and ${cites.ja.length} ja citations without claim entries)`,
        );
      continue;
    }
    let entries;
    try {
      entries = parse(readFileSync(join(root, rel), 'utf8')) ?? [];
    } catch (error) {
      problems.push(`${rel}: not valid YAML: ${error.message.split('\n')[0]}`);
      continue;
    }
    if (!Array.isArray(entries)) {
      problems.push(`${rel}: must be a list of claim entries`);
      continue;
    }
    const used = entries.map(() => ({ en: false, ja: false }));
    entries.forEach((e, i) => {
      const at = `${rel}: entry ${i + 1}${e?.source ? ` (source ${e.source})` : ''}`;
      if (!e || typeof e !== 'object') return problems.push(`${at}: not an object`);
      if (typeof e.source !== 'string') problems.push(`${at}: field "source" is missing`);
      else if (sourceIds && !sourceIds.has(e.source))
        problems.push(`${at}: field "source": unknown source id "${e.source}"`);
      for (const lang of LANGS) {
        if (typeof e[lang] !== 'string' || fold(e[lang]).length < MIN_WORDS[lang])
          problems.push(
            `${at}: field "${lang}": the words of the ${lang} sentence that carries the cite (at least ${MIN_WORDS[lang]} characters)`,
          );
      }
      if (typeof e.quote !== 'string' || e.quote.trim().length < 8)
        problems.push(`${at}: field "quote": the source's own words that support the sentence`);
      if (!VERDICTS.includes(e.verdict)) problems.push(`${at}: field "verdict": one of ${VERDICTS.join(', ')}`);
    });
    for (const lang of LANGS) {
      const article = `content/articles/${lang}/${slug}.mdx`;
      for (const cite of cites[lang]) {
        const text = fold(cite.sentence);
        const hits = entries
          .map((e, i) => [e, i])
          .filter(([e]) => e?.source === cite.source && typeof e[lang] === 'string' && text.includes(fold(e[lang])));
        if (hits.length === 0) {
          problems.push(
            `${article}:${cite.line}: <Cite id="${cite.source}">: no entry in ${rel} with source "${cite.source}" whose "${lang}" words occur in: "${text.slice(-160)}"`,
          );
          continue;
        }
        for (const [e, i] of hits) {
          used[i][lang] = true;
          if (e.verdict === 'inference' && !/<Tag\s+kind="inference"/.test(cite.paragraph)) {
            problems.push(
              `${article}:${cite.line}: <Cite id="${cite.source}">: its claim is an inference (${rel} entry ${i + 1}) but the paragraph has no <Tag kind="inference" />`,
            );
          }
        }
      }
    }
    entries.forEach((e, i) => {
      for (const lang of LANGS) {
        if (e && typeof e[lang] === 'string' && !used[i][lang])
          problems.push(
            `${rel}: entry ${i + 1} (source ${e.source}): its "${lang}" words match no cited sentence of content/articles/${lang}/${slug}.mdx (stale: update or remove it)`,
          );
      }
    });
  }
  return problems;
}
