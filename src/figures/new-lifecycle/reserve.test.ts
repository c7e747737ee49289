import { describe, expect, it } from 'vitest';
import { lifecycleReserve } from './reserve';
import newLifecycle from './scene';

describe('lifecycleReserve', () => {
  for (const unplanned of [true, false]) {
    it(`covers every step (unplanned: ${unplanned})`, () => {
      const states = newLifecycle.build({ unplanned });
      const r = lifecycleReserve(states, 'en');
      for (const s of states) {
        expect(s.data.chain.length).toBeLessThanOrEqual(r.chainSlots);
        expect(s.data.processes.length).toBeLessThanOrEqual(r.processSlots);
        for (const p of s.data.processes) expect(p.maps.filter((m) => m.kind === 'patch').length).toBeLessThanOrEqual(r.patchSlots);
      }
    });
  }

  it('is tight: some step needs every reserved slot', () => {
    const states = newLifecycle.build({ unplanned: true });
    const r = lifecycleReserve(states, 'en');
    expect(states.some((s) => s.data.chain.length === r.chainSlots)).toBe(true);
    expect(states.some((s) => s.data.processes.length === r.processSlots)).toBe(true);
  });

  it('reserves one slot of each even for an empty scene', () => {
    expect(lifecycleReserve([], 'en')).toMatchObject({ chainSlots: 1, processSlots: 1, patchSlots: 0, claims: [] });
  });
});

