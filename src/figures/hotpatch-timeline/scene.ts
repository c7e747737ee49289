/**
 * Figure "hotpatch-timeline": the dated events of both eras, one step per event in date order
 * (step n = nth event). The view draws a time axis; this scene gives it every event with its dates
 * as ISO strings at the research's precision, and which event is current.
 */
import type { FigureDefinition, SceneState } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import {
  TIMELINE_EVENTS,
  eventSpan,
  sortEvents,
  type Era,
  type EventProvenance,
  type TimelineEvent,
} from '../../model/timeline/events';
import { formatDateAlternatives, formatDateRange, formatPartialDate } from '../../model/timeline/partial-date';

export type TimelineEraFilter = 'all' | Era;

export interface HotpatchTimelineParams {
  readonly era: TimelineEraFilter;
}

export interface TimelineEventView {
  readonly id: string;
  /** Drawn element id, used in `changed`. */
  readonly elementId: string;
  readonly date: string;
  readonly dateAlt: string | null;
  readonly dateEnd: string | null;
  /** "December 2002", "1 or 16 July 2025", "2017–2019" and their Japanese forms. */
  readonly dateLabel: Localized;
  readonly era: Era;
  readonly title: Localized;
  /** The research's description of the event (the view's event card and list show it). */
  readonly detail: Localized;
  readonly provenance: EventProvenance;
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

export const HOTPATCH_TIMELINE_DEFAULTS: HotpatchTimelineParams = { era: 'all' };

export const timelineElementId = (eventId: string): string => `event-${eventId}`;

export function normalizeTimelineParams(params: Partial<HotpatchTimelineParams>): HotpatchTimelineParams {
  const era = params.era;
  return { era: era === 'old' || era === 'new' ? era : 'all' };
}

/** The events a filter shows, in date order. */
export function timelineEventsFor(era: TimelineEraFilter): TimelineEvent[] {
  return sortEvents(era === 'all' ? TIMELINE_EVENTS : TIMELINE_EVENTS.filter((event) => event.era === era));
}

function dateLabel(event: TimelineEvent): Localized {
  const one = (lang: 'en' | 'ja'): string => {
    if (event.dateAlt !== undefined) return formatDateAlternatives(event.date, event.dateAlt, lang);
    if (event.dateEnd !== undefined) return formatDateRange(event.date, event.dateEnd, lang);
    return formatPartialDate(event.date, lang);
  };
  return { en: one('en'), ja: one('ja') };
}

function toView(event: TimelineEvent): TimelineEventView {
  return {
    id: event.id,
    elementId: timelineElementId(event.id),
    date: event.date,
    dateAlt: event.dateAlt ?? null,
    dateEnd: event.dateEnd ?? null,
    dateLabel: dateLabel(event),
    era: event.era,
    title: event.title,
    detail: event.detail,
    provenance: event.provenance ?? 'documented',
    sources: event.sources,
  };
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Labels the page must show next to the claim (research tags [RE], (unverified), conflicting dates). */
function tags(view: TimelineEventView): Localized {
  const en: string[] = [];
  const ja: string[] = [];
  if (view.provenance === 'reverse-engineered') {
    en.push('reverse-engineered');
    ja.push('リバースエンジニアリングによる情報');
  }
  if (view.provenance === 'unverified') {
    en.push('unverified');
    ja.push('未確認');
  }
  if (view.dateAlt !== null) {
    en.push('sources disagree on the date');
    ja.push('資料により日付が異なります');
  }
  return {
    en: en.length > 0 ? ` (${en.join('; ')})` : '',
    ja: ja.length > 0 ? `（${ja.join('、')}）` : '',
  };
}

function caption(view: TimelineEventView): Localized {
  const tag = tags(view);
  return {
    en: `${view.dateLabel.en}: ${view.title.en}${tag.en}.`,
    ja: `${view.dateLabel.ja}: ${view.title.ja}${tag.ja}。`,
  };
}

function note(event: TimelineEvent, view: TimelineEventView, opensNewEra: boolean): Localized {
  const parts: Localized[] = [event.detail];
  if (opensNewEra) {
    parts.push({
      en: 'From here on the story is the VBS-era design: a new mechanism, not the 2003 engine revived. Ask the room what carried over (only the guarantee about the first instruction).',
      ja: 'ここからは新ホットパッチ（VBS 世代）の話で、旧ホットパッチ（2003 年世代）を復活させたものではありません。引き継がれたものは何かを問いかけましょう（最初の命令についての保証だけです）。',
    });
  }
  if (view.provenance === 'reverse-engineered') {
    parts.push({
      en: 'Say that this comes from reverse engineering or debugger observation, not from Microsoft documentation.',
      ja: 'この情報は Microsoft の文書ではなく、リバースエンジニアリングやデバッガーでの観察によるものだと伝えてください。',
    });
  }
  if (view.provenance === 'unverified') {
    parts.push({
      en: 'Say that this is unverified.',
      ja: '未確認の情報であることを伝えてください。',
    });
  }
  if (view.dateAlt !== null) {
    parts.push({
      en: `Sources disagree on the date; give both: ${view.dateLabel.en}.`,
      ja: `資料によって日付が異なるので、両方を示してください（${view.dateLabel.ja}）。`,
    });
  }
  return { en: parts.map((part) => part.en).join(' '), ja: parts.map((part) => part.ja).join('') };
}

function buildHotpatchTimeline(input: HotpatchTimelineParams): SceneState<HotpatchTimelineData>[] {
  const params = normalizeTimelineParams(input);
  const events = timelineEventsFor(params.era);
  const views = events.map(toView);
  const spans = events.map(eventSpan);
  const domain = {
    start: isoDay(new Date(Math.min(...spans.map((span) => span.start.getTime())))),
    end: isoDay(new Date(Math.max(...spans.map((span) => span.end.getTime())))),
  };
  // The VBS-era remark goes on the first new-era event that follows an old-era one (only in 'all').
  const firstNew = views.findIndex((view) => view.era === 'new');
  const opensNewEra = (index: number): boolean => index > 0 && index === firstNew;
  return events.map((event, index) => {
    const view = views[index];
    if (!view) throw new Error('Event views out of step with events');
    const previous = index > 0 ? (views[index - 1] ?? null) : null;
    return {
      caption: caption(view),
      note: note(event, view, opensNewEra(index)),
      changed: previous ? [previous.elementId, view.elementId] : [view.elementId],
      data: { era: params.era, events: views, currentIndex: index, currentId: view.id, domain },
    };
  });
}

export const hotpatchTimeline: FigureDefinition<HotpatchTimelineData, HotpatchTimelineParams> = {
  id: 'hotpatch-timeline',
  order: 7,
  title: {
    en: 'Hotpatch timeline, 2002–2026',
    ja: 'ホットパッチの年表（2002～2026 年）',
  },
  description: {
    en: 'A time axis of dated events, one step per event: the 2003-era engine (from the 2002 patent application to the 2013 mitigation of LdrHotPatchRoutine, plus a 2022 note on x64) and the VBS-era design (from its groundwork in 2017–2019 and the 2021 previews to 2026). Events that are reverse-engineered, unverified or dated differently by different sources are labelled.',
    ja: '出来事を時間軸に並べ、1 ステップごとに 1 つずつたどる年表です。旧ホットパッチ（2003 年世代。2002 年の特許出願から 2013 年の LdrHotPatchRoutine 対策まで、および 2022 年の x64 についての解説）と、新ホットパッチ（VBS 世代。2017～2019 年の下準備と 2021 年のプレビューから 2026 年まで）を扱います。リバースエンジニアリングによる情報、未確認の情報、出典によって日付が異なる情報には、その旨を示しています。',
  },
  defaults: HOTPATCH_TIMELINE_DEFAULTS,
  build: buildHotpatchTimeline,
};

export default hotpatchTimeline;
