import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, FIGURES } from './registry';
import { LANGS } from '../i18n/lang';

describe('figure registry and the scene contract', () => {
  it('has a definition for every public figure id, under that id', () => {
    for (const id of FIGURE_IDS) expect(FIGURES[id]?.id).toBe(id);
  });

  for (const id of FIGURE_IDS) {
    describe(id, () => {
      const definition = FIGURES[id]!;
      const states = definition.build(definition.defaults);

      it('has at least two states, each with a caption and a note in both languages', () => {
        expect(states.length).toBeGreaterThanOrEqual(2);
        for (const [i, state] of states.entries()) {
          for (const lang of LANGS) {
            expect(state.caption[lang].trim(), `${id} step ${i + 1} caption.${lang}`).not.toBe('');
            expect(state.note[lang].trim(), `${id} step ${i + 1} note.${lang}`).not.toBe('');
          }
        }
      });

      it('has a title and a text description in both languages', () => {
        for (const lang of LANGS) {
          expect(definition.title[lang].trim()).not.toBe('');
          expect(definition.description[lang].trim()).not.toBe('');
        }
      });

      it('builds the same states however often it is asked (state n depends only on n)', () => {
        const again = definition.build(structuredClone(definition.defaults));
        expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(states)));
      });

      it('keeps state data serialisable (the presenter window and handout receive it as data)', () => {
        for (const state of states) expect(() => structuredClone(state.data)).not.toThrow();
      });

      it('gives every checkpoint a correct answer and feedback for each choice', () => {
        for (const state of states.filter((s) => s.checkpoint)) {
          const choices = state.checkpoint!.choices;
          expect(choices.filter((c) => c.correct).length).toBe(1);
          for (const c of choices) for (const lang of LANGS) expect(c.feedback[lang].trim()).not.toBe('');
        }
      });
    });
  }
});
