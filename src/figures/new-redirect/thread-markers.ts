/** The threads of a new-redirect state as instruction-pointer markers for the byte listing. */
import type { ThreadView } from './data';
import type { ThreadMarker } from '../shared/lens-types';

export const MARKER_STATE: Record<ThreadView['status'], NonNullable<ThreadMarker['state']>> = {
  idle: 'waiting',
  calling: 'waiting',
  'inside-old-body': 'running',
  'in-patch': 'running',
  returned: 'done',
};

/** Only threads whose instruction pointer the scene knows get a marker. */
export function threadMarkers(threads: readonly ThreadView[]): ThreadMarker[] {
  return threads.flatMap((t) =>
    t.ip !== undefined && t.ipText !== undefined
      ? [{ id: t.id, label: t.id, address: t.ip, addressText: t.ipText, state: MARKER_STATE[t.status] }]
      : [],
  );
}
