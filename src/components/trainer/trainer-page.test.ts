import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, figureById } from '../../figures/registry';
import { figureTitles, scriptJson, trainerPage } from './trainer-page';

describe('trainerPage', () => {
  const id = FIGURE_IDS[0]!;
  const definition = figureById(id)!;

  it('gives each kind of page its path, title, chrome and indexing', () => {
    const present = trainerPage({ lang: 'en', id }, 'present').base;
    expect(present).toMatchObject({ path: `present/${id}/`, chrome: false, noindex: true });
    expect(present.title).toBe(`${definition.title.en} — Present`);
    expect(trainerPage({ lang: 'ja', id }, 'notes').base.path).toBe(`present/${id}/notes/`);
    const embed = trainerPage({ lang: 'en', id }, 'embed').base;
    expect(embed.title).toBe(definition.title.en);
    const handout = trainerPage({ lang: 'ja', id }, 'handout').base;
    expect(handout).toMatchObject({ path: `handout/${id}/`, chrome: true, noindex: false });
    expect(handout.description).toBe(definition.description.ja);
  });

  it('refuses an unknown figure, naming the known ones', () => {
    expect(() => trainerPage({ lang: 'en', id: 'no-such-figure' }, 'present')).toThrow(id);
  });
});

describe('figureTitles', () => {
  it('lists every figure once, in the figures’ order, in the language asked for', () => {
    for (const lang of ['en', 'ja'] as const) {
      const titles = figureTitles(lang);
      expect(Object.keys(titles)).toEqual(FIGURE_IDS);
      for (const [id, title] of Object.entries(titles)) expect(title).toBe(figureById(id)!.title[lang]);
    }
  });
});

describe('scriptJson', () => {
  it('cannot close its <script> element and parses back to the same value', () => {
    const value = { title: 'a </script><script>alert(1)</script> b', n: [1, 2] };
    const text = scriptJson(value);
    expect(text).not.toMatch(/</);
    expect(JSON.parse(text)).toEqual(value);
  });
});
