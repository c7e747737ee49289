/**
 * Figure "hotpatch-timeline": the story. The dated events of both eras, one step per event in date
 * order (step n = nth event); the data the view draws is data.ts, the words of each step words.ts.
 */
import type { FigureDefinition, SceneState } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import { TIMELINE_EVENTS, eventSpan, sortEvents, type TimelineEvent } from '../../model/timeline/events';
import { formatDateAlternatives, formatDateRange, formatPartialDate } from '../../model/timeline/partial-date';
import {
  HOTPATCH_TIMELINE_DEFAULTS,
  normalizeTimelineParams,
  timelineElementId,
  type HotpatchTimelineData,
  type HotpatchTimelineParams,
  type TimelineEraFilter,
  type TimelineEventView,
} from './data';
import { stepWords } from './words';

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
  return views.map((view, index) => ({
    ...stepWords(view, index > 0 && index === firstNew),
    // What a step changes: which event is current (its marker and the callout that names it).
    changed: [view.elementId],
    data: { era: params.era, events: views, currentIndex: index, currentId: view.id, domain },
  }));
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
