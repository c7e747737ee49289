import { describe, expect, it } from 'vitest';
import { listingFrame, type FrameRegion } from './listing-frame';
import oldPatchBytes from '../old-patch-bytes/scene';
import oldRace from '../old-race/scene';
import type { ByteListing } from './byte-listing';

const regionsOf = (f: ReturnType<typeof listingFrame>) => f.groups.filter((g): g is FrameRegion => g.kind === 'region');

describe('listingFrame', () => {
  const states = oldPatchBytes.build(oldPatchBytes.defaults);
  const frame = listingFrame(states.map((s) => s.data.listing));

  it('gives every row of every state a slot, so each row keeps its place', () => {
    const slotSet = new Set(regionsOf(frame).flatMap((r) => r.slots));
    for (const s of states) for (const row of s.data.listing.rows) expect(slotSet.has(row.address)).toBe(true);
    // Padding keeps its five slots after it became one 5-byte jump row.
    const padding = regionsOf(frame).find((r) => r.id === 'padding');
    expect(padding?.slots).toHaveLength(5);
    const maxRows = Math.max(...states.map((s) => s.data.listing.rows.length));
    expect(frame.slotCount).toBeGreaterThanOrEqual(maxRows);
  });

  it('keeps slots in address order and marks gaps between regions that do not touch', () => {
    const addresses = regionsOf(frame).flatMap((r) => r.slots);
    expect([...addresses].sort((a, b) => a - b)).toEqual(addresses);
    const order = frame.groups.map((g) => (g.kind === 'gap' ? 'gap' : g.id));
    // The caller sits away from the function body, and the patch module far away.
    expect(order.indexOf('gap')).toBeGreaterThan(order.indexOf('body'));
    expect(order.filter((o) => o === 'gap').length).toBe(2);
    expect(order.slice(0, 4)).toEqual(['prev-tail', 'padding', 'entry', 'body']);
  });

  it('sizes columns for the widest state', () => {
    expect(frame.addressChars).toBe(8);
    expect(frame.maxBytes).toBe(5);
    const longest = Math.max(...states.flatMap((s) => s.data.listing.rows.map((r) => r.text.length)));
    expect(frame.maxTextChars).toBe(longest);
  });

  it('reserves a region that exists only in some states (x64 leftover bytes)', () => {
    const x64 = oldPatchBytes.build({
      ...oldPatchBytes.defaults,
      arch: 'x64',
      functionAddress: 0x140001000,
      patchAddress: 0x7ff600001000,
    });
    const f = listingFrame(x64.map((s) => s.data.listing));
    expect(f.addressChars).toBe(16);
    const ids = regionsOf(f).map((r) => r.id);
    expect(ids).toContain('leftover');
    expect(x64[0]?.data.listing.regions.some((r) => r.id === 'leftover')).toBe(false);
    // The 8-byte slot is the widest row.
    expect(f.maxBytes).toBe(8);
  });

  it('gives the naive race the same slots as the two-step race', () => {
    const a = listingFrame(oldRace.build({ write: 'two-step' }).map((s) => s.data.listing));
    const b = listingFrame(oldRace.build({ write: 'naive' }).map((s) => s.data.listing));
    expect(b.slotCount).toBe(a.slotCount);
  });

  it('is empty for no listings or a failed layout', () => {
    expect(listingFrame([]).groups).toEqual([]);
    const empty: ByteListing = { mode: 'x86', regions: [], rows: [], changedIds: [] };
    expect(listingFrame([empty]).slotCount).toBe(0);
  });
});
