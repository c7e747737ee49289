/** The provenance flags an event must show in words (research tags [RE], (unverified), conflicting dates). */
import type { Localized } from '../../i18n/lang';
import type { TimelineEventView } from './data';
import { TIMELINE_TEXT as T } from './strings';

export function eventFlags(event: TimelineEventView): Localized[] {
  const flags: Localized[] = [];
  if (event.provenance === 'reverse-engineered') flags.push(T.reverseEngineered);
  if (event.provenance === 'unverified') flags.push(T.unverified);
  if (event.dateAlt !== null) flags.push(T.disagree);
  return flags;
}

/** "Sources: pat, ishai" / "出典: pat、ishai", or a plain statement that the research gives none. */
export function sourcesLine(event: TimelineEventView, lang: 'en' | 'ja'): string {
  if (event.sources.length === 0) return `${T.sources[lang]}: ${T.noSource[lang]}`;
  return `${T.sources[lang]}: ${event.sources.join(lang === 'en' ? ', ' : '、')}`;
}
