/**
 * Contract checks every scene test can run (used from *.test.ts files only): non-empty bilingual
 * captions and notes, `changed` as a list of strings, serialisable data, deterministic builds,
 * well-formed checkpoints. Returns a list of problems (empty = fine) so tests can print them all.
 */

import type { FigureDefinition, SceneState } from './scene-types';

/** Japanese script (kana and kanji): what a Japanese text must contain and an English one must not. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

export function sceneProblems<D>(states: readonly SceneState<D>[]): string[] {
  const problems: string[] = [];
  states.forEach((s, i) => {
    const at = `state ${i + 1}`;
    if (blank(s.caption.en)) problems.push(`${at}: empty English caption`);
    if (blank(s.caption.ja)) problems.push(`${at}: empty Japanese caption`);
    if (blank(s.note.en)) problems.push(`${at}: empty English note`);
    if (blank(s.note.ja)) problems.push(`${at}: empty Japanese note`);
    if (!Array.isArray(s.changed) || s.changed.some((c) => typeof c !== 'string' || c === ''))
      problems.push(`${at}: bad changed list`);
    if (new Set(s.changed).size !== s.changed.length) problems.push(`${at}: duplicate ids in changed`);
    // Japanese captions should be Japanese, not a copy of the English.
    if (s.caption.ja === s.caption.en) problems.push(`${at}: Japanese caption equals the English one`);
    if (!JAPANESE.test(s.caption.ja)) problems.push(`${at}: Japanese caption has no Japanese text`);
    try {
      const round = JSON.parse(JSON.stringify(s.data)) as unknown;
      if (JSON.stringify(round) !== JSON.stringify(s.data)) problems.push(`${at}: data does not survive JSON`);
    } catch {
      problems.push(`${at}: data is not serialisable`);
    }
    if (s.checkpoint) {
      const c = s.checkpoint;
      if (blank(c.question.en) || blank(c.question.ja)) problems.push(`${at}: checkpoint question missing a language`);
      if (c.choices.filter((x) => x.correct).length !== 1)
        problems.push(`${at}: checkpoint needs exactly one correct choice`);
      for (const x of c.choices) {
        if (blank(x.label.en) || blank(x.label.ja) || blank(x.feedback.en) || blank(x.feedback.ja)) {
          problems.push(`${at}: checkpoint choice ${x.id} missing text`);
        }
      }
    }
  });
  return problems;
}

/**
 * The words of every step as a reader gets them: English captions and notes without Japanese (and
 * at least `least` characters), Japanese ones in Japanese; with `short`, a caption of at most two
 * sentences in each language; with `asks`, a speaker note that asks the room something.
 */
export function stepWordsProblems<D>(
  states: readonly SceneState<D>[],
  { least = 1, short = false, asks = false }: { least?: number; short?: boolean; asks?: boolean } = {},
): string[] {
  const problems: string[] = [];
  states.forEach((s, i) => {
    const at = `state ${i + 1}`;
    for (const [what, text] of [
      ['caption', s.caption.en],
      ['note', s.note.en],
    ] as const) {
      if (text.trim().length < least) problems.push(`${at}: English ${what} under ${least} characters`);
      if (JAPANESE.test(text)) problems.push(`${at}: English ${what} has Japanese in it`);
    }
    if (!JAPANESE.test(s.caption.ja)) problems.push(`${at}: Japanese caption has no Japanese text`);
    if (!JAPANESE.test(s.note.ja)) problems.push(`${at}: Japanese note has no Japanese text`);
    if (short && (s.caption.en.match(/[.?!](\s|$)/g)?.length ?? 0) > 2)
      problems.push(`${at}: English caption over two sentences`);
    if (short && (s.caption.ja.match(/[。？]/g)?.length ?? 0) > 2)
      problems.push(`${at}: Japanese caption over two sentences`);
    if (asks && !s.note.en.includes('?')) problems.push(`${at}: English note asks nothing`);
    if (asks && !/[？?]/.test(s.note.ja)) problems.push(`${at}: Japanese note asks nothing`);
  });
  return problems;
}

/** Two builds with the same params are deep-equal, also after building with other params in between. */
export function isDeterministic<D, P extends object>(figure: FigureDefinition<D, P>, params: P, other?: P): boolean {
  const a = JSON.stringify(figure.build(params));
  if (other) figure.build(other);
  const b = JSON.stringify(figure.build(params));
  return a === b;
}
