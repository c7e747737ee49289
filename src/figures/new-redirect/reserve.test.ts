import { describe, expect, it } from 'vitest';
import { redirectReserve } from './reserve';
import { threadMarkers } from './thread-markers';
import newRedirect from './scene';

describe('redirectReserve', () => {
  for (const base of ['match', 'mismatch'] as const) {
    it(`gives every row of every step a slot (${base})`, () => {
      const states = newRedirect.build({ base });
      const r = redirectReserve(states, 'en');
      const slots = new Set(r.frame.groups.flatMap((g) => (g.kind === 'region' ? g.slots : [])));
      for (const s of states) for (const row of s.data.listing.rows) expect(slots.has(row.address)).toBe(true);
    });

    it(`keeps room for the most thread markers any step shows (${base})`, () => {
      const states = newRedirect.build({ base });
      const r = redirectReserve(states, 'en');
      const most = Math.max(...states.map((s) => threadMarkers(s.data.process.threads).length));
      expect(r.lens?.threads.length).toBe(most);
    });
  }

  it('has nothing to reserve for an empty scene', () => {
    const r = redirectReserve([], 'en');
    expect(r.lens).toBeUndefined();
    expect(r.claims).toEqual([]);
  });
});

