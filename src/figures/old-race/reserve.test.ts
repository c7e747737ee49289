import { describe, expect, it } from 'vitest';
import definition from './scene';
import { raceReserve } from './reserve';

describe('raceReserve', () => {
  it('reserves the torn instruction in the naive run, and the verdict from the last step', () => {
    const states = definition.build({ write: 'naive' });
    const r = raceReserve(states);
    expect(r.torn?.thread).toBe('T2');
    expect(r.threads.T2?.some((t) => t.lastExecuted?.whole === false)).toBe(true);
    expect(r.verdict?.tornSchedules).toBeGreaterThan(0);
    expect(states[0]?.data.verdict).toBeUndefined();
  });

  it('keeps every status each thread goes through in the two-step run, largest entry of each', () => {
    const states = definition.build({ write: 'two-step' });
    const r = raceReserve(states);
    expect(r.torn).toBeUndefined();
    expect(r.verdict?.tornSchedules).toBe(0);
    expect(new Set(r.threads.T1?.map((t) => t.status))).toEqual(new Set(['running', 'in-replacement']));
    expect(new Set(r.threads.T3?.map((t) => t.status))).toEqual(new Set(['running', 'returned']));
    // T2 walks the prologue on unchanged code: of its running steps, the one with the longest
    // instruction (8B EC mov ebp, esp) is kept, besides the "nothing executed yet" card.
    const running = r.threads.T2?.filter((t) => t.status === 'running' && t.lastExecuted) ?? [];
    expect(running.map((t) => t.lastExecuted?.text)).toEqual(['mov ebp, esp']);
    expect(r.threads.T2?.some((t) => t.lastExecuted === undefined)).toBe(true);
    // Every status/verdict kind of every state is still represented.
    for (const s of states)
      for (const t of s.data.threads) expect(r.threads[t.id]?.some((v) => v.status === t.status)).toBe(true);
  });
});
