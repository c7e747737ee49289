/**
 * Whether figures may animate: the site's motion setting (<html data-motion>) wins, else the OS
 * setting (prefers-reduced-motion). Reduced motion means instant changes with the change
 * highlighted — never no feedback.
 */
// MediaQuery rather than svelte/motion's prefersReducedMotion: that entry pulls in tweened/spring.
import { MediaQuery } from 'svelte/reactivity';

const prefersReducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);

class MotionPreference {
  #site = $state<string | undefined>(undefined);

  constructor() {
    if (typeof document === 'undefined') return;
    this.#site = document.documentElement.dataset.motion;
    document.addEventListener('hx-preference-change', () => {
      this.#site = document.documentElement.dataset.motion;
    });
  }

  get reduced(): boolean {
    if (this.#site === 'reduce') return true;
    if (this.#site === 'allow') return false;
    return prefersReducedMotion.current;
  }

  /** Duration for a JS-driven transition: the given value, or 0 under reduced motion. */
  duration(ms: number): number {
    return this.reduced ? 0 : ms;
  }
}

let shared: MotionPreference | undefined;

export function motion(): MotionPreference {
  shared ??= new MotionPreference();
  return shared;
}
