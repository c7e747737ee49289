// Glossary order for each language (used by src/components/mdx/GlossaryList.astro and tested in
// scripts/ja-style.test.ts). Japanese: 五十音順 by the entry's `reading` (ひらがな), falling back to
// the Japanese term (kana terms sort by themselves; a kanji term without a reading fails the build
// see checkGlossaryReadings in ja-style.mjs). English: by the term.

const collators = new Map();
const collator = (lang) => {
  if (!collators.has(lang)) collators.set(lang, new Intl.Collator(lang, { sensitivity: 'base', numeric: true }));
  return collators.get(lang);
};

/** The key an entry sorts by in `lang`. */
export function glossaryKey(entry, lang) {
  const d = entry.data ?? entry;
  return lang === 'ja' ? (d.reading ?? d.term.ja) : d.term.en;
}

/** A comparator for Array.prototype.sort over glossary entries ({ data: { term, reading } }). */
export function compareGlossary(lang) {
  const c = collator(lang === 'ja' ? 'ja' : 'en');
  return (a, b) =>
    c.compare(glossaryKey(a, lang), glossaryKey(b, lang)) ||
    c.compare((a.data ?? a).term[lang], (b.data ?? b).term[lang]);
}
