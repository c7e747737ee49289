import { describe, expect, it } from 'vitest';
import { stepWordsProblems } from './scene-checks';
import type { SceneState } from './scene-types';

const state = (caption: { en: string; ja: string }, note: { en: string; ja: string }): SceneState<null> => ({
  caption,
  note,
  changed: [],
  data: null,
});
const good = state(
  { en: 'The jump is written.', ja: 'ジャンプを書き込みます。' },
  { en: 'What runs next?', ja: '次に何が動きますか？' },
);

describe('stepWordsProblems', () => {
  it('passes words that follow the rules', () => {
    expect(stepWordsProblems([good], { least: 10, short: true, asks: true })).toEqual([]);
  });

  it('names each broken rule and the step', () => {
    const bad = state(
      { en: 'One. Two. Three ジャンプ.', ja: 'Not Japanese.' },
      { en: 'No question here.', ja: '質問がありません。' },
    );
    expect(stepWordsProblems([good, bad], { least: 30, short: true, asks: true })).toEqual([
      'state 1: English caption under 30 characters',
      'state 1: English note under 30 characters',
      'state 2: English caption under 30 characters',
      'state 2: English caption has Japanese in it',
      'state 2: English note under 30 characters',
      'state 2: Japanese caption has no Japanese text',
      'state 2: English caption over two sentences',
      'state 2: English note asks nothing',
      'state 2: Japanese note asks nothing',
    ]);
  });

  it('checks sentence counts and questions only when asked to', () => {
    const long = state({ en: 'One. Two. Three.', ja: '一。二。三。' }, { en: 'A note.', ja: 'メモ。' });
    expect(stepWordsProblems([long])).toEqual([]);
    expect(stepWordsProblems([long], { short: true })).toEqual([
      'state 1: English caption over two sentences',
      'state 1: Japanese caption over two sentences',
    ]);
  });
});
