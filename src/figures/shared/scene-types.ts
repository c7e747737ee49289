/**
 * The scene contract shared by every figure.
 *
 * A scene is an ordered list of immutable states. State n depends only on n (and on the figure's
 * parameters, such as an architecture toggle), so jumping to a step draws the same picture as
 * stepping there. Captions and speaker notes exist in both languages for every state.
 */

import type { Localized } from '../../i18n/lang';

/** A predict-then-reveal question shown on a step; the answer is revealed on the next step. */
export interface Checkpoint {
  readonly question: Localized;
  readonly choices: readonly CheckpointChoice[];
}

export interface CheckpointChoice {
  readonly id: string;
  readonly label: Localized;
  readonly correct: boolean;
  /** Shown after the reader picks this choice. */
  readonly feedback: Localized;
}

export interface SceneState<D> {
  /** One or two sentences: what this step shows. Announced in the figure's status region. */
  readonly caption: Localized;
  /** Speaker note for trainers: what to point at, what to ask the room. */
  readonly note: Localized;
  /** Ids of drawn elements that changed since the previous state (highlighted by the view). */
  readonly changed: readonly string[];
  /** Everything the view needs to draw this state. Plain data, serialisable. */
  readonly data: D;
  readonly checkpoint?: Checkpoint;
}

export type Scene<D> = readonly SceneState<D>[];

/** The words of one step: what a figure's words.ts gives for each step key. */
export type StepWords = Pick<SceneState<unknown>, 'caption' | 'note' | 'checkpoint'>;

/**
 * A figure: its id (the public contract, and the name of its folder), its place in lists, title,
 * long description (the text alternative for the drawing), default parameters and a pure function
 * building its scene from parameters.
 */
export interface FigureDefinition<D, P extends object = Record<string, never>> {
  readonly id: string;
  /** Position in lists of every figure (the home page's trainer list). */
  readonly order: number;
  readonly title: Localized;
  readonly description: Localized;
  readonly defaults: P;
  build(params: P): Scene<D>;
}
