/** How the race's thread statuses are drawn as pointer markers (words are in strings.ts). */
import type { RaceThreadView } from './data';
import type { ThreadMarker } from '../shared/lens-types';

export function raceMarkerState(status: RaceThreadView['status']): NonNullable<ThreadMarker['state']> {
  switch (status) {
    case 'returned':
      return 'done';
    case 'torn':
    case 'trapped':
    case 'faulted':
      return 'torn';
    default:
      return 'running';
  }
}
