/**
 * Content collections over the top-level content/ folder. A malformed entry fails the build with
 * Astro's message naming the file and the field; cross-references (citation ids, glossary ids,
 * figure ids, language parity) are checked by scripts/content-checks.mjs.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const localized = z.object({ en: z.string().min(1), ja: z.string().min(1) });

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '{en,ja}/*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().nonnegative(),
    updated: z.coerce.date(),
  }),
});

/** "YYYY", "YYYY-MM", "YYYY-MM-DD", or "n.d." when no date is known. */
const sourceDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/, { error: 'date must be "YYYY", "YYYY-MM", "YYYY-MM-DD" or "n.d."' });

/**
 * What kind of source it is, for the reader's trust: `microsoft` = published by Microsoft or said by
 * a Microsoft engineer (docs, blogs, PR comments, SDK headers); `reverse-engineering` = third-party
 * analysis of Windows binaries (headers, disassembly, tools); `press` = trade press; `community` =
 * Q&A sites, forums, personal blogs and open-source discussions that are not analysis of Windows;
 * `book`; `paper` = papers, theses and other vendors' technical manuals; `patent`; `advisory` =
 * vulnerability records not published by Microsoft (CVE).
 */
const SOURCE_KINDS = [
  'microsoft',
  'reverse-engineering',
  'press',
  'community',
  'book',
  'paper',
  'patent',
  'advisory',
] as const;

/**
 * A bibliography entry. Which fields must come together (a URL, or an ISBN with pages; an author or
 * a publisher; "n.d." only with a note) is checked by scripts/source-checks.mjs, whose messages name
 * the entry id and the field.
 */
const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: z.object({
    title: z.string().min(1),
    url: z.url().optional(),
    /** ISBN-10 or ISBN-13 of a book (hyphens allowed); needs `pages` when there is no URL. */
    isbn: z
      .string()
      .regex(/^[\d\s-]{9,16}[\dXx]$/, { error: 'isbn must be an ISBN-10 or ISBN-13' })
      .optional(),
    /** The page or pages cited, e.g. "301" or "301–303". */
    pages: z.string().min(1).optional(),
    /** The source's own byline (person or team). */
    author: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    date: sourceDate,
    kind: z.enum(SOURCE_KINDS),
    lang: z.enum(['en', 'ja']).optional(),
    note: z.string().optional(),
  }),
});

const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: z.object({
    term: localized,
    reading: z.string().optional(),
    definition: localized,
    see: z.array(z.object({ slug: z.string().min(1), hash: z.string().min(1).optional() })).default([]),
    sources: z.array(z.string()).default([]),
  }),
});

const homeLink = z.object({
  title: z.string(),
  text: z.string(),
  href: z.string(),
  sources: z.array(z.string()).default([]),
});
const home = defineCollection({
  loader: glob({ base: './content/home', pattern: '{en,ja}.yaml' }),
  schema: z.object({
    hero: z.object({ title: z.string(), lede: z.string() }),
    questions: z
      .array(z.object({ q: z.string(), a: z.string(), href: z.string(), sources: z.array(z.string()).default([]) }))
      .min(1),
    paths: z.array(homeLink).min(1),
    trainers: z.object({ title: z.string(), text: z.string() }),
    sources: z.array(z.string()).default([]),
  }),
});

export const collections = { articles, sources, glossary, home };
