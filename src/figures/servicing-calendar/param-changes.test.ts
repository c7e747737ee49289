import { describe, expect, it } from 'vitest';
import servicingCalendar from './scene';
import { CALENDAR_PRODUCT_OPTIONS, SEED_PLAN_OPTION_ID, normalizeCalendarParams } from './data';
import { withProduct, withUnplanned } from './param-changes';

const defaults = servicingCalendar.defaults;
const options = servicingCalendar.build(defaults)[0]?.data.productOptions ?? [];

describe('withProduct', () => {
  it('keeps the year when the new product offers it', () => {
    const other = CALENDAR_PRODUCT_OPTIONS.find((o) => o.id !== defaults.product && o.years.includes(defaults.year));
    if (!other) throw new Error('expected a second product offering the default year');
    expect(withProduct(defaults, other.id, options)).toMatchObject({ product: other.id, year: defaults.year });
  });

  it('moves the year into the plan’s years and drops unplanned months for the reported plan', () => {
    const next = withProduct({ ...defaults, year: 2025, unplanned: [2, 5] }, SEED_PLAN_OPTION_ID, options);
    const plan = options.find((o) => o.id === SEED_PLAN_OPTION_ID);
    expect(plan?.years).toContain(next.year);
    expect(next.unplanned).toEqual([]);
  });

  it('gives the params the scene would have normalised them to, for every option and year', () => {
    for (const option of options) {
      for (const year of [2019, 2021, 2022, 2024, 2026, 2030]) {
        const start = { ...defaults, year, unplanned: [5, 8] };
        expect(withProduct(start, option.id, options)).toEqual(
          normalizeCalendarParams({ ...start, product: option.id }),
        );
      }
    }
  });

  it('ignores an unknown product', () => {
    expect(withProduct(defaults, 'nope', options)).toBe(defaults);
  });
});

describe('withUnplanned', () => {
  it('adds and removes a month, keeping the list sorted without repeats', () => {
    const a = withUnplanned({ ...defaults, unplanned: [8] }, 2, true);
    expect(a.unplanned).toEqual([2, 8]);
    expect(withUnplanned(a, 2, true).unplanned).toEqual([2, 8]);
    expect(withUnplanned(a, 8, false).unplanned).toEqual([2]);
  });
});
