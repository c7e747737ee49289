/**
 * Which step of a scene is shown, and whether it plays: the state the player and the presenter
 * window share (each creates its own cursor). A rune class, so components stay mostly markup and
 * the rules (clamping, play from the end restarts, autoplay stops at the last step) are unit-tested.
 *
 * `go` is a move made here: it calls `onMove` (the URL hash, the other window). `show` is a move
 * made elsewhere (the hash, the other window) and calls nothing back, so the two windows never echo.
 */
import { clampIndex, stepBy } from './steps';

export type StepMove = 'next' | 'previous' | 'first' | 'last';

export class StepCursor {
  #requested = $state(0);
  #count: () => number;
  #onMove: (index: number) => void;
  playing = $state(false);

  /** `count` is read live: the scene can change length when the reader changes a parameter. */
  constructor(count: () => number, onMove: (index: number) => void = () => {}) {
    this.#count = count;
    this.#onMove = onMove;
  }

  get count(): number {
    return this.#count();
  }

  /** The 0-based step shown: the one asked for, clamped to the scene's current length. */
  get index(): number {
    return clampIndex(this.#requested, this.#count());
  }

  get atFirst(): boolean {
    return this.index === 0;
  }

  get atLast(): boolean {
    return this.index === this.#count() - 1;
  }

  /** Move to a step because of something done here (clamped); tells `onMove`. */
  go(target: number): void {
    this.#requested = clampIndex(target, this.#count());
    this.#onMove(this.#requested);
  }

  /** Show a step because of something done elsewhere; tells nobody. */
  show(target: number): void {
    this.#requested = target;
  }

  /** A step button or key: stops playing, then moves. */
  move(action: StepMove): void {
    this.playing = false;
    this.go(stepBy(action, this.index, this.#count()));
  }

  next(): void {
    this.move('next');
  }
  previous(): void {
    this.move('previous');
  }
  first(): void {
    this.move('first');
  }
  last(): void {
    this.move('last');
  }

  /** Play (from the start again when at the end) or pause. */
  togglePlay(): void {
    if (this.playing) {
      this.playing = false;
      return;
    }
    if (this.atLast) this.go(0);
    this.playing = true;
  }

  /** One autoplay tick: the next step, or stop at the last one. */
  tick(): void {
    if (this.index >= this.#count() - 1) this.playing = false;
    else this.go(this.index + 1);
  }
}
