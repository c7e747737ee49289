/** How the scene's thread statuses are drawn as pointer markers (words are in strings.ts). */
import type { ThreadView } from './data';
import type { ThreadMarker } from '../shared/lens-types';

export function markerState(status: ThreadView['status']): NonNullable<ThreadMarker['state']> {
  switch (status) {
    case 'waiting':
      return 'waiting';
    case 'returned':
      return 'done';
    case 'trapped':
    case 'faulted':
      return 'torn';
    default:
      return 'running';
  }
}
