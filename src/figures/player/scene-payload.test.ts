import { describe, expect, it } from 'vitest';
import { decodePayload, keepLanguage, payloadFor, payloadJson } from './scene-payload';
import { FIGURES } from '../registry';

describe('scene payloads', () => {
  it('keeps only the page language in every {en, ja} pair', () => {
    const value = {
      caption: { en: 'Next', ja: '次' },
      list: [{ en: 'a', ja: 'あ' }],
      n: 3,
      other: { en: 'x', ja: 'y', z: 1 },
    };
    expect(keepLanguage(value, 'ja')).toEqual({
      caption: { en: '次', ja: '次' },
      list: [{ en: 'あ', ja: 'あ' }],
      n: 3,
      other: { en: 'x', ja: 'y', z: 1 },
    });
  });

  it('carries the same states as building the scene, in that language', () => {
    for (const definition of Object.values(FIGURES)) {
      const payload = payloadFor(definition, 'en');
      const built = definition.build(definition.defaults);
      expect(payload.states.length).toBe(built.length);
      for (const [i, state] of payload.states.entries()) {
        expect(state.caption.en).toBe(built[i]!.caption.en);
        expect(state.caption.ja).toBe(built[i]!.caption.en);
      }
    }
  });

  it('round-trips through its wire form for every figure, in both languages', () => {
    for (const definition of Object.values(FIGURES))
      for (const lang of ['en', 'ja'] as const) {
        const payload = payloadFor(definition, lang, true);
        const wire = payloadJson(payload);
        // Each text travels once: no {en, ja} pair with the same text twice is left on the wire.
        const doubled = (v: unknown): boolean =>
          Array.isArray(v)
            ? v.some(doubled)
            : !!v &&
              typeof v === 'object' &&
              (('en' in v && 'ja' in v && v.en === v.ja) || Object.values(v).some(doubled));
        expect(doubled(JSON.parse(wire)), `${definition.id} ${lang}`).toBe(false);
        expect(decodePayload(JSON.parse(wire))).toEqual(JSON.parse(JSON.stringify(payload)));
      }
  }, 60_000);

  it('cannot close the script element it is embedded in', () => {
    const json = payloadJson({
      id: 'x',
      title: { en: '</script>', ja: '' },
      description: { en: '', ja: '' },
      params: {},
      states: [],
    });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).title.en).toBe('</script>');
  });
});

describe('speaker notes in payloads', () => {
  it('travel only to the presenter window', () => {
    const definition = Object.values(FIGURES)[0]!;
    expect(payloadFor(definition, 'en').states.every((s) => s.note.en === '')).toBe(true);
    expect(payloadFor(definition, 'en', true).states.every((s) => s.note.en !== '')).toBe(true);
  });
});

describe('wire form (delta-encoded states)', () => {
  it('decodes to the same states for every figure, in both languages', () => {
    for (const definition of Object.values(FIGURES)) {
      for (const lang of ['en', 'ja'] as const) {
        const payload = payloadFor(definition, lang);
        expect(decodePayload(JSON.parse(payloadJson(payload)))).toEqual(JSON.parse(JSON.stringify(payload)));
      }
    }
  });
});
