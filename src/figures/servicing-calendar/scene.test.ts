import { describe, expect, it } from 'vitest';
import { stepWordsProblems } from '../shared/scene-checks';
import servicingCalendarDefault, { servicingCalendar } from './scene';
import {
  CALENDAR_PRODUCT_OPTIONS,
  COUNTER_WITHOUT_HOTPATCH_ID,
  COUNTER_WITH_HOTPATCH_ID,
  SEED_PLAN_OPTION_ID,
  monthCellId,
  normalizeCalendarParams,
  type ServicingCalendarParams,
} from './data';
import { countRestarts, planYear } from '../../model/calendar/rules';

const build = (params: Partial<ServicingCalendarParams>) =>
  servicingCalendar.build({ ...servicingCalendar.defaults, ...params });

/** The restart number a caption quotes ("the 2nd restart", "3 restarts", "2回目", "ここまで3回"). */
function quotedRestarts(caption: { en: string; ja: string }): { en: number; ja: number } {
  const en = /the (\d+)(?:st|nd|rd|th) (?:counted )?restart|(\d+) (?:counted )?restarts? in/.exec(caption.en);
  const ja = /(\d+) 回目の再起動|再起動はここまで (\d+) 回/.exec(caption.ja);
  if (!en || !ja) throw new Error(`no count in ${JSON.stringify(caption)}`);
  return { en: Number(en[1] ?? en[2]), ja: Number(ja[1] ?? ja[2]) };
}

describe('servicing-calendar figure', () => {
  it('is exported as default and by name, with the public id', () => {
    expect(servicingCalendarDefault).toBe(servicingCalendar);
    expect(servicingCalendar.id).toBe('servicing-calendar');
  });

  const combos: Partial<ServicingCalendarParams>[] = [
    {},
    { compare: false },
    { unplanned: [5, 11] },
    { product: 'win11-ent-24h2-x64', year: 2025 },
    { product: 'win11-ent-24h2-arm64', year: 2023 },
    { product: 'ws2025-arc', year: 2024 },
    { product: 'ws2022-ae-core', year: 2026 },
    { product: 'ws2022-ae-core', year: 2021 },
    { product: SEED_PLAN_OPTION_ID, year: 2022 },
    { product: SEED_PLAN_OPTION_ID, year: 2021 },
  ];

  it.each(combos.map((c) => [JSON.stringify(c), c] as const))(
    '%s: 12 states, month n at step n, both languages',
    (_, params) => {
      const scene = build(params);
      expect(scene).toHaveLength(12);
      scene.forEach((state, i) => {
        expect(state.data.currentMonth).toBe(i + 1);
        expect(state.data.months).toHaveLength(12);
        expect(stepWordsProblems([state])).toEqual([]);
        expect(state.changed).toContain(monthCellId(i + 1));
        if (i > 0) expect(state.changed).toContain(monthCellId(i));
      });
    },
  );

  it('is pure: building twice gives equal scenes', () => {
    expect(build({ unplanned: [2] })).toEqual(build({ unplanned: [2] }));
  });

  it('quotes restart counts equal to countRestarts over the months so far', () => {
    for (const unplanned of [[], [5], [2, 3, 8]]) {
      const plan = planYear({ hotpatchEnabled: true, unplannedBaselines: unplanned });
      const scene = build({ year: 2025, product: 'ws2022-ae-core', unplanned });
      scene.forEach((state, i) => {
        const expected = countRestarts(plan.slice(0, i + 1));
        expect(quotedRestarts(state.caption)).toEqual({ en: expected, ja: expected });
        expect(state.data.running.withHotpatch).toBe(expected);
        expect(state.data.running.withoutHotpatch).toBe(i + 1);
      });
      expect(scene[0]?.data.totals.withHotpatch).toBe(countRestarts(plan));
    }
  });

  it('quotes the without-hotpatch count when comparing', () => {
    const scene = build({ compare: true });
    scene.forEach((state, i) => {
      expect(state.caption.en).toContain(`restart: ${i + 1} so far`);
      expect(state.caption.ja).toContain(`ここまでで ${i + 1} 回`);
    });
    expect(build({ compare: false })[5]?.caption.en).not.toContain('Without hotpatch');
  });

  it('writes ordinals correctly', () => {
    const scene = build({ unplanned: [2, 3, 5, 6, 8, 9, 11, 12] });
    expect(scene[0]?.caption.en).toContain('the 1st restart of 2025');
    expect(scene[1]?.caption.en).toContain('the 2nd restart');
    expect(scene[2]?.caption.en).toContain('the 3rd restart');
    expect(scene[10]?.caption.en).toContain('the 11th restart');
    expect(scene[11]?.caption.en).toContain('the 12th restart');
    expect(scene[11]?.caption.ja).toContain('2025 年の 12 回目の再起動');
  });

  it('describes each month kind from the model', () => {
    const scene = build({ unplanned: [5] });
    expect(scene[3]?.caption.en).toMatch(/^April 2025: planned baseline/);
    expect(scene[3]?.caption.ja).toMatch(/^2025 年 4 月：計画ベースライン/);
    expect(scene[4]?.caption.en).toMatch(/^May 2025: unplanned baseline/);
    expect(scene[5]?.caption.en).toMatch(/^June 2025: hotpatch/);
    expect(scene[4]?.data.months[4]).toMatchObject({ kind: 'baseline', restart: true, reason: 'unplanned-baseline' });
  });

  it('marks months before availability as not available and leaves them out of the counts', () => {
    const scene = build({ product: 'win11-ent-24h2-arm64', year: 2025 });
    const months = scene[0]?.data.months ?? [];
    expect(months.slice(0, 6).every((m) => m.availability === 'not-available' && !m.counted)).toBe(true);
    expect(months.slice(6).every((m) => m.availability === 'ga')).toBe(true);
    expect(scene[0]?.caption.en).toContain('not yet available');
    expect(scene[0]?.caption.en).toContain('July 2025');
    expect(scene[6]?.caption.en).toMatch(/^July 2025: planned baseline.*the 1st counted restart of 2025/);
    expect(scene[11]?.data.totals).toEqual({ withHotpatch: 2, withoutHotpatch: 6, countedMonths: 6 });
    const before = build({ product: 'win11-ent-24h2-arm64', year: 2023 });
    expect(before.every((s) => s.caption.en.includes('not yet available'))).toBe(true);
  });

  it('labels preview months and conflicting first dates', () => {
    const scene = build({ product: 'win11-ent-24h2-x64', year: 2025 });
    expect(scene[0]?.caption.en).toMatch(/^January 2025 \(preview\)/);
    expect(scene[0]?.caption.ja).toMatch(/^2025 年 1 月（プレビュー期間）/);
    expect(scene[3]?.caption.en).not.toContain('preview');
  });

  it('flags WS2022 Azure Edition months that rest on the unverified extension', () => {
    const scene = build({ product: 'ws2022-ae-core', year: 2026 });
    expect(scene[9]?.caption.en).not.toContain('unverified');
    expect(scene[10]?.caption.en).toContain('unverified');
    expect(scene[10]?.caption.ja).toContain('未確認');
    expect(scene[10]?.data.months[10]?.availabilityProvenance).toBe('unverified');
  });

  it('offers the @IT seed plan for 2022, labelled as a plan reported in Jan 2022', () => {
    const option = CALENDAR_PRODUCT_OPTIONS.find((o) => o.id === SEED_PLAN_OPTION_ID);
    expect(option?.years).toContain(2022);
    const scene = build({ product: SEED_PLAN_OPTION_ID, year: 2022, unplanned: [5] });
    const data = scene[0]?.data;
    expect(data?.isSeedPlan).toBe(true);
    expect(data?.planLabel?.en).toMatch(/reported by @IT on 26 January 2022/);
    expect(data?.unplanned).toEqual([]); // a reported plan is not edited
    expect(data?.sources).toContain('seed');
    expect(data?.months.map((m) => m.kind)).toEqual(planYear({ hotpatchEnabled: true }).map((m) => m.kind));
    expect(data?.totals.withHotpatch).toBe(4);
    expect(scene[3]?.caption.en).toContain('implied');
    expect(scene[1]?.note.en).toContain('not a record of what shipped');
  });

  it('shows the Dec 2021 mismatch in the seed plan instead of hiding it', () => {
    const scene = build({ product: SEED_PLAN_OPTION_ID, year: 2021 });
    expect(scene[0]?.data.months[0]?.availability).toBe('outside-plan');
    expect(scene[10]?.data.months[10]).toMatchObject({ kind: 'hotpatch', seedPlan: { matchesRule: true } });
    const dec = scene[11];
    expect(dec?.data.months[11]).toMatchObject({ kind: 'baseline', restart: true, seedPlan: { matchesRule: false } });
    expect(dec?.caption.en).toMatch(/not verified/);
    expect(dec?.caption.ja).toMatch(/確認できていません/);
    expect(dec?.note.en).toMatch(/Not verified why/);
  });

  it('asks a checkpoint on step 1 of a plain year, with the computed answer correct', () => {
    const first = build({})[0];
    const correct = first?.checkpoint?.choices.filter((c) => c.correct) ?? [];
    expect(correct).toHaveLength(1);
    expect(correct[0]?.label.en).toBe(String(first?.data.totals.withHotpatch));
    expect(build({ unplanned: [2] })[0]?.checkpoint).toBeUndefined();
    expect(build({ product: SEED_PLAN_OPTION_ID, year: 2022 })[0]?.checkpoint).toBeUndefined();
  });

  it('reports counter changes only when a count changes', () => {
    const scene = build({ compare: true });
    expect(scene[1]?.changed).not.toContain(COUNTER_WITH_HOTPATCH_ID); // Feb: hotpatch
    expect(scene[1]?.changed).toContain(COUNTER_WITHOUT_HOTPATCH_ID);
    expect(scene[3]?.changed).toContain(COUNTER_WITH_HOTPATCH_ID); // Apr: baseline
    expect(build({ compare: false })[1]?.changed).not.toContain(COUNTER_WITHOUT_HOTPATCH_ID);
  });

  it('carries the product list and counter ids in every state, for controls that load no scene code', () => {
    const scene = build({ product: SEED_PLAN_OPTION_ID, year: 2022 });
    for (const state of scene) {
      expect(state.data.productOptions).toEqual(CALENDAR_PRODUCT_OPTIONS);
      expect(state.data.counterIds).toEqual({
        withHotpatch: COUNTER_WITH_HOTPATCH_ID,
        withoutHotpatch: COUNTER_WITHOUT_HOTPATCH_ID,
      });
    }
    // The reported plan is the one option whose months cannot be marked unplanned.
    expect(CALENDAR_PRODUCT_OPTIONS.filter((o) => !o.acceptsUnplanned).map((o) => o.id)).toEqual([SEED_PLAN_OPTION_ID]);
    // The ids the view draws are the ids `changed` reports.
    expect(build({ compare: true })[0]?.changed).toEqual(
      expect.arrayContaining(Object.values(scene[0]?.data.counterIds ?? {})),
    );
  });

  it('normalises bad params instead of failing', () => {
    expect(
      normalizeCalendarParams({ year: 1999, product: 'nope', unplanned: [0, 5, 5, 13, 2.5, 2], compare: true }),
    ).toEqual({
      year: 2021,
      product: 'ws2022-ae-core',
      unplanned: [2, 5],
      compare: true,
    });
    expect(normalizeCalendarParams({ year: Number.NaN })).toMatchObject({ year: 2025 });
    expect(normalizeCalendarParams({ year: 2030 })).toMatchObject({ year: 2026 });
    expect(normalizeCalendarParams({ product: SEED_PLAN_OPTION_ID, year: 2025 })).toMatchObject({ year: 2022 });
    expect(build({ year: 3000, product: 'bogus' })).toHaveLength(12);
  });
});
