/**
 * Figure "hotpatch-timeline": the data contract the view draws. One step per dated event, in date
 * order; every state carries the same event list (dates as ISO strings at the research's precision)
 * and says which event is current. The story that builds it is scene.ts, its words words.ts.
 */
import type { Localized } from '../../i18n/lang';
import type { Era, EventProvenance } from '../../model/timeline/events';

export type TimelineEraFilter = 'all' | Era;

export interface HotpatchTimelineParams {
  /** Which era's events are shown ('all': both lanes). */
  readonly era: TimelineEraFilter;
}

export const HOTPATCH_TIMELINE_DEFAULTS: HotpatchTimelineParams = { era: 'all' };

/** Bad values (a hand-edited URL, an old link) clamp to both eras. */
export function normalizeTimelineParams(params: Partial<HotpatchTimelineParams>): HotpatchTimelineParams {
  const era = params.era;
  return { era: era === 'old' || era === 'new' ? era : 'all' };
}

export interface TimelineEventView {
  readonly id: string;
  /** Drawn element id, used in `changed`. */
  readonly elementId: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': the research's precision, never a made-up day. */
  readonly date: string;
  /** A second date when sources disagree. */
  readonly dateAlt: string | null;
  /** The end of a span ("2017–2019"). */
  readonly dateEnd: string | null;
  /** "December 2002", "1 or 16 July 2025", "2017–2019" and their Japanese forms. */
  readonly dateLabel: Localized;
  readonly era: Era;
  readonly title: Localized;
  /** The research's description of the event (the detail layer and the event list show it). */
  readonly detail: Localized;
  readonly provenance: EventProvenance;
  /** Source ids from content/sources.yaml. */
  readonly sources: readonly string[];
}

export interface HotpatchTimelineData {
  readonly era: TimelineEraFilter;
  /** Every event shown, in date order (the same list in every state). */
  readonly events: readonly TimelineEventView[];
  /** 0-based index into events of the current step's event. */
  readonly currentIndex: number;
  readonly currentId: string;
  /** Suggested axis domain: start of the first event's span to end of the last one's ('YYYY-MM-DD', end exclusive). */
  readonly domain: { readonly start: string; readonly end: string };
}

export const timelineElementId = (eventId: string): string => `event-${eventId}`;
