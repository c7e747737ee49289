import { describe, expect, it } from 'vitest';
import { FIGURE_IDS } from './registry';
import { FIGURE_TEXT } from './text-tables';
import { keepLanguage } from './player/scene-payload';
import { fill } from './player/page-text';

/** Every {en, ja} pair in a table, with its path. */
function pairs(value: unknown, path = ''): Array<[string, { en: unknown; ja: unknown }]> {
  if (!value || typeof value !== 'object') return [];
  if ('en' in value && 'ja' in value) return [[path, value as { en: unknown; ja: unknown }]];
  return Object.entries(value).flatMap(([k, v]) => pairs(v, `${path}.${k}`));
}

describe('figure word tables', () => {
  it('exist for every figure', () => {
    expect(Object.keys(FIGURE_TEXT).sort()).toEqual([...FIGURE_IDS].sort());
  });

  for (const id of FIGURE_IDS) {
    it(`${id}: survive the trip through the page as JSON, in each language`, () => {
      for (const lang of ['en', 'ja'] as const) {
        const carried = keepLanguage(FIGURE_TEXT[id], lang);
        expect(JSON.parse(JSON.stringify(carried))).toEqual(carried); // no functions, nothing lost
      }
    });

    it(`${id}: say everything in both languages`, () => {
      for (const [path, pair] of pairs(FIGURE_TEXT[id])) {
        expect(pair.en, `${id}${path}.en`).toBeTruthy();
        expect(pair.ja, `${id}${path}.ja`).toBeTruthy();
      }
    });
  }
});

describe('fill', () => {
  it('puts values into a template and leaves unknown names visible', () => {
    expect(fill('{torn} of {n} schedules', { torn: 7, n: 27 })).toBe('7 of 27 schedules');
    expect(fill('ステップ {n} / {total}', { n: 3 })).toBe('ステップ 3 / {total}');
  });
});
