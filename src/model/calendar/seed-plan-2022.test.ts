import { describe, expect, it } from 'vitest';
import { planYear } from './rules';
import {
  SEED_PLAN,
  SEED_PLAN_LABEL,
  SEED_PLAN_PRODUCT_ID,
  SEED_PLAN_SOURCES,
  checkSeedPlanAgainstRule,
  isSeedPlanConsistentFor,
  seedPlanEntry,
  seedPlanMismatches,
} from './seed-plan-2022';
import { findProduct } from './products';

describe('the @IT seed plan as data', () => {
  it('is marked as a plan reported by @IT on 26 Jan 2022 and cites the seed article', () => {
    expect(SEED_PLAN_LABEL.en).toBe('Plan reported by @IT on 26 January 2022');
    expect(SEED_PLAN_LABEL.ja).toBe('@IT が2022年1月26日に報じた計画');
    expect(SEED_PLAN_SOURCES).toEqual(['seed']);
    expect(findProduct(SEED_PLAN_PRODUCT_ID)).toBeDefined();
  });

  it('holds the months the article states', () => {
    expect(seedPlanEntry(2021, 11)?.kind).toBe('hotpatch');
    expect(seedPlanEntry(2021, 12)?.kind).toBe('cumulative');
    expect(seedPlanEntry(2022, 1)?.kind).toBe('cumulative');
    const hotpatch2022 = SEED_PLAN.filter((e) => e.year === 2022 && e.kind === 'hotpatch').map((e) => e.month);
    expect(hotpatch2022).toEqual([2, 3, 5, 6, 8, 9, 11, 12]);
    expect(SEED_PLAN.filter((e) => e.year === 2022 && e.kind === 'hotpatch').every((e) => e.basis === 'stated')).toBe(
      true,
    );
  });

  it('labels the 2022 months the article does not name as implied cumulative updates', () => {
    const implied = SEED_PLAN.filter((e) => e.basis === 'implied');
    expect(implied.map((e) => `${e.year}-${e.month}`)).toEqual(['2022-4', '2022-7', '2022-10']);
    expect(implied.every((e) => e.kind === 'cumulative')).toBe(true);
  });

  it('covers all of 2022 and Nov–Dec 2021, in date order', () => {
    expect(SEED_PLAN.filter((e) => e.year === 2022)).toHaveLength(12);
    expect(SEED_PLAN.filter((e) => e.year === 2021).map((e) => e.month)).toEqual([11, 12]);
    const keys = SEED_PLAN.map((e) => e.year * 12 + e.month);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });
});

describe('the seed plan against the rule', () => {
  it('matches the rule for 2022, month by month', () => {
    expect(isSeedPlanConsistentFor(2022)).toBe(true);
    const rule = planYear({ hotpatchEnabled: true });
    for (const entry of SEED_PLAN.filter((e) => e.year === 2022)) {
      const ruleMonth = rule[entry.month - 1];
      expect(entry.kind === 'cumulative' ? 'baseline' : 'hotpatch').toBe(ruleMonth?.kind);
    }
  });

  it('flags December 2021 as a mismatch, not verified why', () => {
    const mismatches = seedPlanMismatches();
    expect(mismatches.map((c) => [c.entry.year, c.entry.month])).toEqual([[2021, 12]]);
    const dec = mismatches[0];
    expect(dec?.ruleKind).toBe('hotpatch');
    expect(dec?.entry.kind).toBe('cumulative');
    expect(dec?.explanation.en).toMatch(/not verified why/i);
    expect(dec?.explanation.ja).toMatch(/確認できていません/);
    expect(isSeedPlanConsistentFor(2021)).toBe(false);
  });

  it('agrees with the rule for November 2021', () => {
    const nov = checkSeedPlanAgainstRule().find((c) => c.entry.year === 2021 && c.entry.month === 11);
    expect(nov?.matches).toBe(true);
  });

  it('is not consistent for a year it does not cover', () => {
    expect(isSeedPlanConsistentFor(2023)).toBe(false);
  });
});
