/** Present mode's keys, apart from the reading keys (steps.ts) so a reading page does not ship them. */
import type { FocusKind, StepAction } from './steps';

/**
 * Present mode: a clicker sends PageDown/PageUp (some send arrows or Space), and after a mouse
 * click focus sits on whatever was clicked, so the stepping keys step wherever focus is — the
 * scrubber's own PageDown (which lowers the value) and a button's Space never get them. Only while
 * typing in a text field or choosing in a list do arrows and Space stay the field's; PageDown and
 * PageUp step even then.
 */
export function presentAction(key: string, target: FocusKind): StepAction | null {
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'previous';
  if (target === 'text' || target === 'select') return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case '?':
      return 'help';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'o':
    case 'O':
      return 'overview';
    default:
      return null;
  }
}

/**
 * While the screen is blanked: B, `.` and Esc bring the picture back ('show'); every other key is
 * swallowed ('ignore'), so a clicker cannot advance the figure unseen.
 */
export function keyWhileBlank(key: string): 'show' | 'ignore' {
  return key === 'b' || key === 'B' || key === '.' || key === 'Escape' ? 'show' : 'ignore';
}
