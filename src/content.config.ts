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

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: z.object({
    title: z.string().min(1),
    url: z.url().optional(),
    publisher: z.string().min(1),
    date: sourceDate,
    kind: z.enum(['microsoft', 'reverse-engineering', 'press', 'paper']),
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
    see: z
      .array(z.object({ slug: z.string().min(1), hash: z.string().min(1).optional() }))
      .default([]),
    sources: z.array(z.string()).default([]),
  }),
});

const homeLink = z.object({ title: z.string(), text: z.string(), href: z.string(), sources: z.array(z.string()).default([]) });
const home = defineCollection({
  loader: glob({ base: './content/home', pattern: '{en,ja}.yaml' }),
  schema: z.object({
    hero: z.object({ title: z.string(), lede: z.string() }),
    questions: z.array(z.object({ q: z.string(), a: z.string(), href: z.string(), sources: z.array(z.string()).default([]) })).min(1),
    paths: z.array(homeLink).min(1),
    trainers: z.object({ title: z.string(), text: z.string() }),
    sources: z.array(z.string()).default([]),
  }),
});

export const collections = { articles, sources, glossary, home };
