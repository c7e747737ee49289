import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elapsedText, readTalkStart, wallClock, writeTalkStart } from './talk-clock';

describe('talk clock', () => {
  const store = new Map<string, string>();
  beforeEach(() =>
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    }),
  );
  afterEach(() => {
    store.clear();
    vi.unstubAllGlobals();
  });

  it('keeps the start of a talk per language and talk, and refuses a start in the future', () => {
    writeTalkStart('en', 'old-race', 1_000);
    expect(readTalkStart('en', 'old-race', 5_000)).toBe(1_000);
    expect(readTalkStart('ja', 'old-race', 5_000)).toBeNull();
    expect(readTalkStart('en', 'deck:old-race,new-redirect', 5_000)).toBeNull();
    writeTalkStart('en', 'old-race', 9_000);
    expect(readTalkStart('en', 'old-race', 5_000)).toBeNull();
  });

  it('writes elapsed time as mm:ss, hours when needed, never negative', () => {
    expect(elapsedText(0)).toBe('00:00');
    expect(elapsedText(65_400)).toBe('01:05');
    expect(elapsedText(3_600_000 + 61_000)).toBe('1:01:01');
    expect(elapsedText(-5_000)).toBe('00:00');
  });

  it('writes the time of day in each language', () => {
    const t = new Date(2026, 11, 3, 15, 5).getTime();
    expect(wallClock(t, 'en')).toBe('3:05 PM');
    expect(wallClock(t, 'ja')).toBe('15:05');
  });
});
