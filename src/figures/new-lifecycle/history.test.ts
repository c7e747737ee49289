import { describe, expect, it } from 'vitest';
import { monthColumns } from './history';
import newLifecycle from './scene';

describe('monthColumns', () => {
  for (const unplanned of [true, false]) {
    const states = newLifecycle.build({ unplanned });

    it(`has one column per month, filled up to the current one (unplanned: ${unplanned})`, () => {
      for (const s of states) {
        const columns = monthColumns(s.data);
        expect(columns.map((c) => c.month.month)).toEqual(s.data.months.map((m) => m.month));
        expect(columns.filter((c) => c.current).map((c) => c.month.month)).toEqual([s.data.month]);
        for (const c of columns) expect(c.data !== undefined).toBe(c.month.month <= s.data.month);
      }
    });

    it(`shows each past month as its last step showed it (unplanned: ${unplanned})`, () => {
      states.forEach((s, i) => {
        for (const c of monthColumns(s.data)) {
          if (c.current || !c.data) continue;
          const last = states.slice(0, i).filter((p) => p.data.month === c.month.month).at(-1)?.data;
          expect(c.data).toEqual({ month: last?.month, event: last?.event, disk: last?.disk, chain: last?.chain, processes: last?.processes });
        }
      });
    });
  }

  it('keeps the earlier step of a month out of the history once the month has a later step', () => {
    const states = newLifecycle.build({ unplanned: true });
    const after = states.find((s) => s.data.event === 'planned-baseline' && s.data.month > 1)!;
    const march = monthColumns(after.data).find((c) => c.month.month === 3);
    expect(march?.data?.event).toBe('process-start');
    expect(march?.data?.processes.length).toBe(2);
  });
});
