/**
 * Figure "hotpatch-timeline": the words of each step. An event's caption is its date and title;
 * its speaker note is the research's description plus what the trainer must say about it. The
 * labels a claim must carry (reverse-engineered, unverified, disputed date) are one table.
 */
import type { Localized } from '../../i18n/lang';
import type { StepWords } from '../shared/scene-types';
import type { EventProvenance } from '../../model/timeline/events';
import type { TimelineEventView } from './data';

/** What a flag adds to the caption (a tag in parentheses) and to the note (what to tell the room). */
interface FlagWords {
  readonly tag: Localized;
  readonly note: (view: TimelineEventView) => Localized;
}

const PROVENANCE_WORDS: Partial<Record<EventProvenance, FlagWords>> = {
  'reverse-engineered': {
    tag: { en: 'reverse-engineered', ja: 'リバースエンジニアリングによる情報' },
    note: () => ({
      en: 'Say that this comes from reverse engineering or debugger observation, not from Microsoft documentation.',
      ja: 'この情報は Microsoft の文書ではなく、リバースエンジニアリングやデバッガーでの観察によるものだと伝えてください。',
    }),
  },
  unverified: {
    tag: { en: 'unverified', ja: '未確認' },
    note: () => ({ en: 'Say that this is unverified.', ja: '未確認の情報であることを伝えてください。' }),
  },
};

const DISPUTED_DATE: FlagWords = {
  tag: { en: 'sources disagree on the date', ja: '資料により日付が異なります' },
  note: (view) => ({
    en: `Sources disagree on the date; give both: ${view.dateLabel.en}.`,
    ja: `資料によって日付が異なるので、両方を示してください（${view.dateLabel.ja}）。`,
  }),
};

const NEW_ERA_NOTE: Localized = {
  en: 'From here on the story is the VBS-era design: a new mechanism, not the 2003 engine revived. Ask the room what carried over (only the guarantee about the first instruction).',
  ja: 'ここからは新ホットパッチ（VBS 世代）の話で、旧ホットパッチ（2003 年世代）を復活させたものではありません。引き継がれたものは何かを問いかけましょう（最初の命令についての保証だけです）。',
};

/** The flags an event carries, in the order the caption names them. */
function flagsOf(view: TimelineEventView): FlagWords[] {
  const provenance = PROVENANCE_WORDS[view.provenance];
  return [...(provenance ? [provenance] : []), ...(view.dateAlt !== null ? [DISPUTED_DATE] : [])];
}

/** Caption and note of the step that shows `view`; `opensNewEra` on the first VBS-era event after the 2003 ones. */
export function stepWords(view: TimelineEventView, opensNewEra: boolean): StepWords {
  const flags = flagsOf(view);
  const tag: Localized = {
    en: flags.length > 0 ? ` (${flags.map((f) => f.tag.en).join('; ')})` : '',
    ja: flags.length > 0 ? `（${flags.map((f) => f.tag.ja).join('、')}）` : '',
  };
  const parts: Localized[] = [view.detail, ...(opensNewEra ? [NEW_ERA_NOTE] : []), ...flags.map((f) => f.note(view))];
  return {
    caption: {
      en: `${view.dateLabel.en}: ${view.title.en}${tag.en}.`,
      ja: `${view.dateLabel.ja}: ${view.title.ja}${tag.ja}。`,
    },
    note: { en: parts.map((p) => p.en).join(' '), ja: parts.map((p) => p.ja).join('') },
  };
}
