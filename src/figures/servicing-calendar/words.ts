/**
 * Figure `servicing-calendar`: the words of each month (caption, note, checkpoint), from the
 * month's reason and the running restart tally, so the words never drift from the drawing.
 */
import type { Checkpoint } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import { MONTHS_PER_YEAR } from '../../model/calendar/rules';
import { firstAvailability, type HotpatchProduct } from '../../model/calendar/products';
import { SEED_PLAN, SEED_PLAN_ATTRIBUTION } from '../../model/calendar/seed-plan-2022';
import { formatDateAlternatives, formatMonth, formatPartialDate, monthName } from '../../model/timeline/partial-date';
import type { CalendarMonthCell, CellReason, RestartTally, ServicingCalendarData } from './data';

/** English ordinal suffixes by last digit (11th–13th aside). */
const ORDINAL_SUFFIX: Readonly<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (ORDINAL_SUFFIX[n % 10] ?? 'th')}`;
}

export function listMonths(months: readonly number[]): Localized {
  const en = months.map((month) => monthName(month, 'en'));
  const last = en.pop();
  return {
    en: en.length > 0 ? `${en.join(', ')} and ${last ?? ''}` : (last ?? ''),
    ja: months.map((month) => `${month} 月`).join('、'),
  };
}

const REASON_TEXT: Record<CellReason, Localized> = {
  'planned-baseline': {
    en: 'planned baseline — the full cumulative update is installed and the machine restarts',
    ja: '計画ベースラインです。完全な累積更新プログラムを適用して再起動します',
  },
  hotpatch: {
    en: 'hotpatch — security fixes take effect without a restart',
    ja: 'ホットパッチ月です。セキュリティ修正を再起動なしで適用します',
  },
  'unplanned-baseline': {
    en: 'unplanned baseline — a fix that cannot ship as a hotpatch turns this hotpatch month into a full cumulative update with a restart',
    ja: '計画外ベースラインです。ホットパッチで出せない修正があるため、この月はホットパッチの代わりに累積更新プログラムを適用して再起動します',
  },
  'cumulative-update': {
    en: 'cumulative update with a restart (no hotpatch)',
    ja: '再起動を伴う累積更新プログラムです（ホットパッチなし）',
  },
  'reported-cumulative': {
    en: 'a regular cumulative update with a restart',
    ja: '通常の累積更新プログラムで、再起動します',
  },
  'reported-hotpatch': {
    en: 'a hotpatch, without a restart',
    ja: 'ホットパッチで、再起動しません',
  },
};

function restartCountText(cell: CalendarMonthCell, running: RestartTally, year: number, fullYear: boolean): Localized {
  const n = running.withHotpatch;
  if (cell.restart === true) {
    return fullYear
      ? { en: `the ${ordinal(n)} restart of ${year}`, ja: `${year} 年の ${n} 回目の再起動` }
      : { en: `the ${ordinal(n)} counted restart of ${year}`, ja: `${year} 年に数えた ${n} 回目の再起動` };
  }
  const plural = n === 1 ? 'restart' : 'restarts';
  return fullYear
    ? { en: `${n} ${plural} in ${year} so far`, ja: `${year} 年の再起動はここまで ${n} 回` }
    : { en: `${n} counted ${plural} in ${year} so far`, ja: `${year} 年に数えた再起動はここまで ${n} 回` };
}

function compareText(running: RestartTally): Localized {
  const m = running.withoutHotpatch;
  return {
    en: `Without hotpatch every month would be a cumulative update with a restart: ${m} so far.`,
    ja: `ホットパッチがなければ毎月が再起動を伴う累積更新プログラムになり、ここまでで ${m} 回です。`,
  };
}

function dateText(date: string, dateAlt: string | null): Localized {
  return dateAlt === null
    ? { en: formatPartialDate(date, 'en'), ja: formatPartialDate(date, 'ja') }
    : { en: formatDateAlternatives(date, dateAlt, 'en'), ja: formatDateAlternatives(date, dateAlt, 'ja') };
}

/** A qualifier right after the month name: preview, unverified availability, or an implied plan month. */
function monthQualifier(cell: CalendarMonthCell): Localized {
  if (cell.availability === 'preview') return { en: ' (preview)', ja: '（プレビュー期間）' };
  if (cell.availabilityProvenance === 'unverified') {
    return { en: ' (available only through an unverified extension)', ja: '（未確認の延長による提供）' };
  }
  if (cell.seedPlan) {
    return cell.seedPlan.basis === 'implied'
      ? {
          en: ', in the @IT plan (implied: not among its hotpatch months)',
          ja: '（@IT の計画、ホットパッチ月に含まれないことからの推定）',
        }
      : { en: ', in the @IT plan', ja: '（@IT の計画）' };
  }
  return { en: '', ja: '' };
}

/** Joins Japanese text, with the style sheet's half-width space where Latin letters or digits meet kana/kanji. */
export function jaJoin(a: string, b: string): string {
  const latin = /[A-Za-z0-9)]$/u.test(a) || /^[A-Za-z0-9(]/u.test(b);
  const wide =
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(a) ||
    /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(b);
  return latin && wide ? `${a} ${b}` : `${a}${b}`;
}

export function caption(
  data: ServicingCalendarData,
  cell: CalendarMonthCell,
  product: HotpatchProduct | null,
): Localized {
  const month = cell.label;
  if (cell.availability === 'not-available' && product) {
    const first = firstAvailability(product);
    const when = dateText(first.date, first.dateAlt);
    return {
      en: `${month.en}: hotpatch is not yet available for ${product.name.en} (first offered: ${first.label.en}, ${when.en}).`,
      ja: `${month.ja}：${jaJoin(product.name.ja, 'ではまだホットパッチを利用できません')}（最初の提供は${when.ja}の${first.label.ja}）。`,
    };
  }
  if (cell.availability === 'outside-plan') {
    const first = SEED_PLAN[0];
    const start = first
      ? { en: formatMonth(first.year, first.month, 'en'), ja: formatMonth(first.year, first.month, 'ja') }
      : month;
    return {
      en: `${month.en}: outside the plan ${SEED_PLAN_ATTRIBUTION.en}, which starts in ${start.en}.`,
      ja: `${month.ja}：${SEED_PLAN_ATTRIBUTION.ja}計画の範囲外です（計画は ${start.ja}からです）。`,
    };
  }
  const reason = cell.reason ?? 'hotpatch';
  const fullYear = data.totals.countedMonths === MONTHS_PER_YEAR;
  const count = restartCountText(cell, data.running, data.year, fullYear);
  const qualifier = monthQualifier(cell);
  const first: Localized = {
    en: `${month.en}${qualifier.en}: ${REASON_TEXT[reason].en} (${count.en}).`,
    ja: `${month.ja}${qualifier.ja}：${REASON_TEXT[reason].ja}（${count.ja}）。`,
  };
  if (cell.seedPlan && !cell.seedPlan.matchesRule) {
    return {
      en: `${first.en} The rule would make this ${cell.seedPlan.ruleKind === 'hotpatch' ? 'a hotpatch' : 'a baseline'} month; why it differs is not verified.`,
      ja: `${first.ja}ルールではこの月は${cell.seedPlan.ruleKind === 'hotpatch' ? 'ホットパッチ月' : 'ベースライン月'}になるはずで、違う理由は確認できていません。`,
    };
  }
  if (data.compare) {
    const second = compareText(data.running);
    return { en: `${first.en} ${second.en}`, ja: `${first.ja}${second.ja}` };
  }
  return first;
}

const SAME_CALENDAR_NOTE: Localized = {
  en: 'Our research notes say the calendar is the same for every hotpatch-capable OS, though one OS can get an extra baseline while another is in a hotpatch month (not found in the documentation we could read).',
  ja: '調査メモによれば、この更新カレンダーはホットパッチに対応するすべての OS で共通ですが、ある OS だけが追加のベースラインを受け取り、ほかの OS はホットパッチ月のまま、ということもあります（参照できたドキュメントでは未確認）。',
};

/** Audit fix A9: the figure draws the documented rule, not a record of what shipped. */
const RULE_NOT_RECORD_NOTE: Localized = {
  en: 'The figure applies the documented rule; real years can include unplanned baselines — Microsoft’s “Release notes for Hotpatch” list what actually shipped.',
  ja: 'この図は文書化されたルールを当てはめたものです。実際の年には計画外ベースラインが入ることもあります。実際に出た月は Microsoft の「Release notes for Hotpatch」で確認できます。',
};

const BASELINE_NOTE = (baselines: Localized): Localized => ({
  en: `Point at the restart marker: baselines come in ${baselines.en}. Ask the room how many restarts that makes in a year, and what the machine runs after the restart (new base images with every fix built in).`,
  ja: `再起動のマークを指してください。ベースラインは ${baselines.ja}に来ます。1 年で再起動が何回になるか、そして再起動後に動くのは何か（すべての修正を含んだ新しいベースイメージ）を問いかけましょう。`,
});
const HOTPATCH_NOTE: Localized = {
  en: 'Point out that the machine keeps running. Ask what can still force a restart in a hotpatch month: non-security fixes, .NET, drivers and firmware are outside hotpatch.',
  ja: 'マシンが動き続けていることを示してください。ホットパッチ月でも再起動が必要になるのはどんな場合かを問いかけましょう。セキュリティ以外の修正、.NET、ドライバー、ファームウェアはホットパッチの対象外です。',
};

/** What the trainer says about a month, by its reason (none for a plain cumulative update). */
const REASON_NOTE: Record<CellReason, ((baselines: Localized) => Localized) | null> = {
  'planned-baseline': BASELINE_NOTE,
  'reported-cumulative': BASELINE_NOTE,
  hotpatch: () => HOTPATCH_NOTE,
  'reported-hotpatch': () => HOTPATCH_NOTE,
  'unplanned-baseline': () => ({
    en: 'This month was set as an unplanned baseline. Ask why a hotpatch month might become one: an important fix, such as a zero-day, that cannot ship as a hotpatch. The other months keep their plan in this figure.',
    ja: 'この月は計画外ベースラインに設定されています。ホットパッチ月がそうなる理由を問いかけましょう。ゼロデイの修正など、ホットパッチでは出せない重要な修正がある場合です。この図では、ほかの月は計画どおりのままです。',
  }),
  'cumulative-update': null,
};

/** A month without a reason is not counted: why, by its availability. */
const UNCOUNTED_NOTE: Partial<Record<CalendarMonthCell['availability'], Localized>> = {
  'outside-plan': {
    en: 'The @IT plan does not cover this month, so it is left out of both restart counts.',
    ja: '@IT の計画はこの月を扱っていないため、再起動の回数にはどちらも数えていません。',
  },
  'not-available': {
    en: 'Hotpatch was not offered for this product yet, so this month is left out of both restart counts. Point at when it arrived.',
    ja: 'この製品ではまだホットパッチが提供されていないため、この月は再起動の回数にどちらも数えていません。提供が始まった時期を示してください。',
  },
};

export function note(data: ServicingCalendarData, cell: CalendarMonthCell): Localized {
  const parts: Localized[] = [];
  const baselines = listMonths(data.baselineMonths);
  const disagrees = cell.seedPlan !== null && !cell.seedPlan.matchesRule;
  if (disagrees) {
    parts.push({
      en: 'Point at this month: the reported plan and the rule disagree here, and nobody has verified why. Say so rather than guessing.',
      ja: 'この月を指してください。報じられた計画とルールがここで食い違っており、理由は確認されていません。推測で説明せず、そのまま伝えましょう。',
    });
  }
  if (!disagrees) {
    const said =
      cell.reason === null
        ? (UNCOUNTED_NOTE[cell.availability] ?? UNCOUNTED_NOTE['not-available'])
        : REASON_NOTE[cell.reason]?.(baselines);
    if (said) parts.push(said);
  }
  if (cell.availability === 'preview') {
    parts.push({
      en: 'This month falls in the preview period: the figure applies today’s documented rule, which the research has not checked against the preview’s actual releases.',
      ja: 'この月はプレビュー期間です。図は現在文書化されているルールを当てはめたもので、プレビュー中に実際に配信された内容とは照合していません。',
    });
  }
  if (cell.availabilityProvenance === 'unverified') {
    parts.push({
      en: 'Availability this month rests on the extension to October 2027 that trade press reports from Microsoft’s Windows release health (mid-2026); Microsoft’s own text was not read here — say so.',
      ja: 'この月の提供は、2026 年半ばに Windows release health を引用して報じられた 2027 年 10 月までの延長に基づいています。Microsoft の原文はここでは確認していないことを伝えてください。',
    });
  }
  if (cell.seedPlan) {
    parts.push({
      en: `This is a plan ${SEED_PLAN_ATTRIBUTION.en}, not a record of what shipped.`,
      ja: `これは、${SEED_PLAN_ATTRIBUTION.ja}計画で、実際に配信された記録ではありません。`,
    });
    parts.push(cell.seedPlan.explanation);
    if (!cell.seedPlan.matchesRule && data.compare) parts.push(compareText(data.running));
  }
  if (data.unplanned.includes(cell.month) && cell.reason === 'planned-baseline') {
    parts.push({
      en: 'This month was also marked as unplanned, but it is a planned baseline anyway, so nothing changes.',
      ja: 'この月は計画外ベースラインにも指定されていますが、もともと計画ベースラインなので何も変わりません。',
    });
  }
  if (cell.month === 1) {
    if (!data.isSeedPlan) parts.push(RULE_NOT_RECORD_NOTE);
    parts.push(SAME_CALENDAR_NOTE);
  }
  return { en: parts.map((part) => part.en).join(' '), ja: parts.map((part) => part.ja).join('') };
}

/** Step 1's question, asked only for a plain rule year (all months counted, no unplanned baselines). */
export function yearCheckpoint(data: ServicingCalendarData): Checkpoint | undefined {
  if (data.isSeedPlan || data.unplanned.length > 0 || data.totals.countedMonths !== MONTHS_PER_YEAR) return undefined;
  const baselines = listMonths(data.baselineMonths);
  const hotpatchMonths = data.months.filter((cell) => cell.kind === 'hotpatch').length;
  const candidates = [3, data.totals.withHotpatch, data.totals.withoutHotpatch];
  if (new Set(candidates).size !== candidates.length) return undefined;
  const feedback = (value: number): Localized => {
    if (value === data.totals.withHotpatch) {
      return {
        en: `Yes: ${baselines.en} are baselines with a restart; the other ${hotpatchMonths} months are hotpatches.`,
        ja: `そのとおりです。${baselines.ja}は再起動を伴うベースラインで、残りの ${hotpatchMonths} か月はホットパッチです。`,
      };
    }
    if (value === data.totals.withoutHotpatch) {
      return {
        en: 'That is the count without hotpatch, when every month is a cumulative update with a restart.',
        ja: 'それはホットパッチを使わない場合の回数です。その場合は毎月が再起動を伴う累積更新プログラムになります。',
      };
    }
    return {
      en: 'That would mean three of every four months are hotpatches — a common mistake. In fact two of every three months are.',
      ja: 'それでは 4 か月のうち 3 か月がホットパッチということになります。よくある誤解で、実際には 3 か月のうち 2 か月です。',
    };
  };
  return {
    question: {
      en: `With hotpatch, how many restarts does ${data.year} need?`,
      ja: `ホットパッチを使うと、${data.year} 年の再起動は何回必要でしょうか。`,
    },
    choices: [...candidates]
      .sort((a, b) => a - b)
      .map((value) => ({
        id: `restarts-${value}`,
        label: { en: String(value), ja: `${value} 回` },
        correct: value === data.totals.withHotpatch,
        feedback: feedback(value),
      })),
  };
}
