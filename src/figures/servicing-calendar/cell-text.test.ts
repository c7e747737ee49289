import { describe, expect, it } from 'vitest';
import servicingCalendar from './scene';
import { SEED_PLAN_OPTION_ID, type CalendarMonthCell, type ServicingCalendarParams } from './data';
import { canMarkUnplanned, cellNote, cellText } from './cell-text';
import { localMonthName } from '../../i18n/month-name';

function months(change: Partial<ServicingCalendarParams>): readonly CalendarMonthCell[] {
  const data = servicingCalendar.build({ ...servicingCalendar.defaults, ...change })[0]?.data;
  if (!data) throw new Error('no data');
  return data.months;
}
function month(list: readonly CalendarMonthCell[], n: number): CalendarMonthCell {
  const cell = list.find((candidate) => candidate.month === n);
  if (!cell) throw new Error(`no month ${n}`);
  return cell;
}

describe('cellText', () => {
  const year = months({ product: 'ws2022-ae-core', year: 2025, unplanned: [5] });

  it('says baseline with the restart icon and hotpatch with the no-restart icon', () => {
    const jan = cellText(month(year, 1));
    expect(jan).toMatchObject({ style: 'baseline', icon: '↻' });
    expect(jan.kind.en).toBe('baseline');
    expect(jan.restart.en).toBe('restart');
    const feb = cellText(month(year, 2));
    expect(feb).toMatchObject({ style: 'hotpatch', icon: '⚡' });
    expect(feb.restart.en).toBe('no restart');
  });

  it('draws an unplanned baseline differently from a planned one, with its own words', () => {
    const may = cellText(month(year, 5));
    expect(may.style).toBe('unplanned');
    expect(may.kind.en).toBe('unplanned baseline');
    expect(may.restart.en).toBe('restart');
  });

  it('marks months before availability as not counted', () => {
    const early = cellText(month(months({ product: 'ws2022-ae-core', year: 2021 }), 1));
    expect(early.style).toBe('not-counted');
    expect(early.kind.en).toBe('not available');
  });

  it('labels every month of the @IT plan as a plan, and the months that disagree with the rule', () => {
    const plan2021 = months({ product: SEED_PLAN_OPTION_ID, year: 2021 });
    const dec = cellText(month(plan2021, 12));
    expect(dec.badges.map((badge) => badge.en)).toEqual(expect.arrayContaining(['plan', '≠ rule']));
    const nov = cellText(month(plan2021, 11));
    expect(nov.badges.map((badge) => badge.en)).toContain('plan');
    expect(nov.badges.map((badge) => badge.en)).not.toContain('≠ rule');
    expect(cellText(month(plan2021, 1)).kind.en).toBe('outside the plan');
    const apr2022 = cellText(month(months({ product: SEED_PLAN_OPTION_ID, year: 2022 }), 4));
    expect(apr2022.badges.map((badge) => badge.en)).toContain('implied');
  });

  it('flags months whose availability is unverified', () => {
    const late = months({ product: 'ws2022-ae-core', year: 2026 });
    expect(cellText(month(late, 11)).badges.map((badge) => badge.en)).toContain('? unverified');
    expect(cellText(month(late, 5)).badges).toEqual([]);
  });
});

describe('canMarkUnplanned', () => {
  it('allows hotpatch months (and unplanned ones, to undo) but not baselines or unavailable months', () => {
    const year = months({ product: 'ws2022-ae-core', year: 2025, unplanned: [5] });
    expect(canMarkUnplanned(month(year, 2))).toBe(true);
    expect(canMarkUnplanned(month(year, 5))).toBe(true);
    expect(canMarkUnplanned(month(year, 4))).toBe(false);
    expect(canMarkUnplanned(month(months({ product: 'ws2022-ae-core', year: 2021 }), 3))).toBe(false);
  });
});

describe('cellNote', () => {
  it('names the milestone that starts in a month, with its date', () => {
    const note = cellNote(month(months({ product: 'ws2022-ae-core', year: 2022 }), 2), 2022, 'en');
    expect(note).toContain('From this month: general availability');
    expect(note).toContain('February 2022');
  });

  it('repeats the plan’s own explanation, in both languages', () => {
    const dec = month(months({ product: SEED_PLAN_OPTION_ID, year: 2021 }), 12);
    expect(cellNote(dec, 2021, 'en')).toContain(dec.seedPlan?.explanation.en ?? '∅');
    expect(cellNote(dec, 2021, 'ja')).toContain(dec.seedPlan?.explanation.ja ?? '∅');
  });
});

describe('localMonthName', () => {
  it('names months from Intl in both languages', () => {
    expect(localMonthName(1, 'en')).toBe('January');
    expect(localMonthName(12, 'en', 'short')).toBe('Dec');
    expect(localMonthName(4, 'ja')).toBe('4月');
  });
});
