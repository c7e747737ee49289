import { describe, expect, it } from 'vitest';
import { longestClaims } from './longest-claims';
import newRedirect from '../../scenes/new-redirect';

describe('longestClaims', () => {
  it('returns an empty list for no steps', () => {
    expect(longestClaims([])).toEqual([]);
  });

  it('prefers more items over fewer items of similar length', () => {
    const one = [{ id: 'hpat', provenance: 'documented' as const, basis: 'x' }];
    const two = [...one, { id: 'forwardBytes', provenance: 'documented' as const, basis: 'y' }];
    expect(longestClaims([one, two, one])).toBe(two);
  });

  it('falls back to the source note for claims the figure has no words for', () => {
    const known = [{ id: 'hpat', provenance: 'documented' as const, basis: 'short' }];
    const unknown = [{ id: 'not-a-claim', provenance: 'inference' as const, basis: 'a'.repeat(400) }];
    expect(longestClaims([known, unknown])).toBe(unknown);
  });

  it('reserves room for the step with the most claims in the real scene', () => {
    const lists = newRedirect.build({ base: 'match' }).map((s) => s.data.claims);
    const most = Math.max(...lists.map((l) => l.length));
    expect(longestClaims(lists).length).toBe(most);
  });
});
