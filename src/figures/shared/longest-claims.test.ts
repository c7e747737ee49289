import { describe, expect, it } from 'vitest';
import { longestClaims } from './longest-claims';
import newRedirect from '../new-redirect/scene';

const claim = (id: string, en: string, ja = en) => ({
  id: id as never,
  provenance: 'documented' as const,
  text: { en, ja },
});

describe('longestClaims', () => {
  it('returns an empty list for no steps', () => {
    expect(longestClaims([], 'en')).toEqual([]);
  });

  it('prefers more items over fewer items of similar length', () => {
    const one = [claim('hpat', 'x')];
    const two = [...one, claim('forwardBytes', 'y')];
    expect(longestClaims([one, two, one], 'en')).toBe(two);
  });

  it('measures the page language only: a Japanese character is wider than a Latin one', () => {
    const longInEnglish = [claim('a', 'a'.repeat(100), 'あ'.repeat(10))];
    const longInJapanese = [claim('b', 'b'.repeat(60), 'い'.repeat(40))];
    expect(longestClaims([longInEnglish, longInJapanese], 'en')).toBe(longInEnglish);
    expect(longestClaims([longInEnglish, longInJapanese], 'ja')).toBe(longInJapanese);
  });

  it('reserves room for the step with the most claims in the real scene', () => {
    const lists = newRedirect.build({ base: 'match' }).map((s) => s.data.claims);
    const most = Math.max(...lists.map((l) => l.length));
    expect(longestClaims(lists, 'en').length).toBe(most);
    expect(longestClaims(lists, 'ja').length).toBe(most);
  });
});
