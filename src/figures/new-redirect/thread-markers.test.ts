import { describe, expect, it } from 'vitest';
import { threadMarkers } from './thread-markers';
import newRedirect from './scene';

describe('threadMarkers', () => {
  const states = newRedirect.build({ base: 'match' });

  it('marks no thread before any thread is inside SetState', () => {
    expect(threadMarkers(states[0]!.data.process.threads)).toEqual([]);
  });

  it('marks T1 running inside the old body once the entry has flipped', () => {
    const flipped = states.find((s) => s.data.step === 'flipped')!;
    const t1 = flipped.data.process.threads.find((t) => t.id === 'T1')!;
    expect(threadMarkers(flipped.data.process.threads)).toEqual([
      { id: 'T1', label: 'T1', address: t1.ip, addressText: t1.ipText, state: 'running' },
    ]);
  });

  it('shows T1 as done after it returns, at an address inside the listing', () => {
    const last = states.at(-1)!;
    const [marker] = threadMarkers(last.data.process.threads);
    expect(marker?.state).toBe('done');
    expect(last.data.listing.rows.some((r) => r.address === marker?.address)).toBe(true);
  });
});
