import { describe, expect, it } from 'vitest';
import {
  BASELINE_MONTHS,
  assertMonth,
  countHotpatches,
  countRestarts,
  isBaselineMonth,
  planMonth,
  planYear,
  restartsWithAndWithoutHotpatch,
} from './rules';

describe('isBaselineMonth', () => {
  // Expected values written out month by month from the documented rule (Jan/Apr/Jul/Oct).
  const expected: [number, boolean][] = [
    [1, true],
    [2, false],
    [3, false],
    [4, true],
    [5, false],
    [6, false],
    [7, true],
    [8, false],
    [9, false],
    [10, true],
    [11, false],
    [12, false],
  ];
  it.each(expected)('month %i → baseline %s', (month, baseline) => {
    expect(isBaselineMonth(month)).toBe(baseline);
  });

  it('derives BASELINE_MONTHS from the rule', () => {
    expect(BASELINE_MONTHS).toEqual([1, 4, 7, 10]);
  });

  it.each([0, 13, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects invalid month %s', (month) => {
    expect(() => isBaselineMonth(month)).toThrow(RangeError);
    expect(() => assertMonth(month)).toThrow(RangeError);
    expect(() => planMonth(month, { hotpatchEnabled: true })).toThrow(RangeError);
  });

  it('rejects invalid unplanned months', () => {
    expect(() => planYear({ hotpatchEnabled: true, unplannedBaselines: [13] })).toThrow(RangeError);
    expect(() => planYear({ hotpatchEnabled: true, unplannedBaselines: [0] })).toThrow(RangeError);
  });
});

describe('planYear with hotpatch', () => {
  const plan = planYear({ hotpatchEnabled: true });

  it('has 12 months in order', () => {
    expect(plan.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('has 4 restarts and 8 hotpatches a year', () => {
    expect(countRestarts(plan)).toBe(4);
    expect(countHotpatches(plan)).toBe(8);
  });

  it('restarts exactly in baseline months, with the planned-baseline reason', () => {
    for (const month of plan) {
      expect(month.restart).toBe(isBaselineMonth(month.month));
      expect(month.reason).toBe(month.restart ? 'planned-baseline' : 'hotpatch');
      expect(month.kind).toBe(month.restart ? 'baseline' : 'hotpatch');
    }
  });

  it('follows each baseline with exactly two hotpatch months', () => {
    const kinds = plan.map((m) => (m.kind === 'baseline' ? 'B' : 'H')).join('');
    expect(kinds).toBe('BHHBHHBHHBHH');
  });
});

describe('unplanned baselines', () => {
  it('replace only the named hotpatch months', () => {
    const plan = planYear({ hotpatchEnabled: true, unplannedBaselines: [5, 11] });
    expect(countRestarts(plan)).toBe(6);
    expect(countHotpatches(plan)).toBe(6);
    expect(plan[4]).toEqual({ month: 5, kind: 'baseline', restart: true, reason: 'unplanned-baseline' });
    expect(plan[10]?.reason).toBe('unplanned-baseline');
    expect(plan[5]?.reason).toBe('hotpatch'); // June keeps its hotpatch
  });

  it('change nothing when they name a baseline month or repeat', () => {
    const plan = planYear({ hotpatchEnabled: true, unplannedBaselines: [4, 4, 7] });
    expect(countRestarts(plan)).toBe(4);
    expect(plan[3]?.reason).toBe('planned-baseline');
    const twice = planYear({ hotpatchEnabled: true, unplannedBaselines: [2, 2] });
    expect(countRestarts(twice)).toBe(5);
  });

  it('can turn every month into a restart', () => {
    const all = [2, 3, 5, 6, 8, 9, 11, 12];
    expect(countRestarts(planYear({ hotpatchEnabled: true, unplannedBaselines: all }))).toBe(12);
  });
});

describe('without hotpatch', () => {
  it('every month is a cumulative update with a restart: 12 restarts', () => {
    const plan = planYear({ hotpatchEnabled: false });
    expect(countRestarts(plan)).toBe(12);
    expect(countHotpatches(plan)).toBe(0);
    expect(new Set(plan.map((m) => m.reason))).toEqual(new Set(['cumulative-update']));
  });
});

describe('restartsWithAndWithoutHotpatch', () => {
  it('compares a plain year: 4 vs 12', () => {
    expect(restartsWithAndWithoutHotpatch()).toEqual({ withHotpatch: 4, withoutHotpatch: 12, avoided: 8 });
  });

  it('counts unplanned baselines on the hotpatch side only', () => {
    expect(restartsWithAndWithoutHotpatch({ unplannedBaselines: [2, 9] })).toEqual({
      withHotpatch: 6,
      withoutHotpatch: 12,
      avoided: 6,
    });
  });

  it('counts partial plans too', () => {
    const plan = planYear({ hotpatchEnabled: true });
    expect(countRestarts(plan.slice(0, 3))).toBe(1);
    expect(countRestarts(plan.slice(0, 4))).toBe(2);
    expect(countRestarts([])).toBe(0);
  });
});
