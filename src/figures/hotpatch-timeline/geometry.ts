/**
 * Where an event sits on a time axis, from its dates at the research's precision: a year-precise
 * date covers the whole year, so the view draws that span instead of inventing a day.
 */
import type { TimelineEventView } from './data';
import { partialDateSpan } from '../../model/timeline/partial-date';

export interface EventGeometry {
  readonly id: string;
  /** Where the marker goes (ms since the epoch): the middle of the event's own span. */
  readonly anchor: number;
  /** The whole span the event may cover, including a second date when sources disagree. */
  readonly start: number;
  readonly end: number;
  /** The other date's marker, when sources disagree; else null. */
  readonly altAnchor: number | null;
}

const middle = (start: Date, end: Date): number => (start.getTime() + end.getTime()) / 2;

export function eventGeometry(event: TimelineEventView): EventGeometry {
  const own = partialDateSpan(event.date);
  if (event.dateEnd !== null) {
    const last = partialDateSpan(event.dateEnd);
    return {
      id: event.id,
      anchor: middle(own.start, last.end),
      start: own.start.getTime(),
      end: last.end.getTime(),
      altAnchor: null,
    };
  }
  if (event.dateAlt !== null) {
    const alt = partialDateSpan(event.dateAlt);
    return {
      id: event.id,
      anchor: middle(own.start, own.end),
      start: Math.min(own.start.getTime(), alt.start.getTime()),
      end: Math.max(own.end.getTime(), alt.end.getTime()),
      altAnchor: middle(alt.start, alt.end),
    };
  }
  return {
    id: event.id,
    anchor: middle(own.start, own.end),
    start: own.start.getTime(),
    end: own.end.getTime(),
    altAnchor: null,
  };
}

/** The scene's suggested domain ('YYYY-MM-DD', end exclusive) as epoch milliseconds. */
export function domainMs(domain: { readonly start: string; readonly end: string }): [number, number] {
  return [Date.parse(`${domain.start}T00:00:00Z`), Date.parse(`${domain.end}T00:00:00Z`)];
}
