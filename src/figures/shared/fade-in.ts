/**
 * `use:fadeIn`: an element a step brings in fades in (opacity 0 → 1, linear, 250 ms), as
 * svelte/transition's `in:fade` did — but with the Web Animations API, so Svelte's transition
 * runtime stays out of the runtime chunk every figure loads (issue #16). Like an intro it does not
 * play when the figure first draws: not before the reading player has mounted (hydration), and
 * never under reduced motion (OS or the site's toggle), where the change shows at once, still
 * highlighted by the view.
 */
import { motion } from '../player/motion.svelte';

export function fadeIn(node: Element, ms = 250): void {
  if (motion().reduced || typeof node.animate !== 'function') return;
  if (node.closest('.player:not(.mounted)')) return;
  node.animate([{ opacity: 0 }, { opacity: 1 }], { duration: ms, easing: 'linear' });
}
